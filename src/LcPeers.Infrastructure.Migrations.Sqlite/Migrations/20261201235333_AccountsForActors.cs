using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccountsForActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BodyPurgedAt",
                table: "OutboxEmails",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_Status_SentAt",
                table: "OutboxEmails",
                columns: new[] { "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Email",
                table: "Accounts",
                column: "Email",
                unique: true);


            // Every address that named an actor (or owns a profile, or is linked as a coordinator) becomes an account;
            // anything else ("system", "matching-run:…", "demo-data") was background work and becomes the system account.
            var now = new DateTimeOffsetToBinaryConverter().ConvertToProvider(TimeProvider.System.GetUtcNow());
            migrationBuilder.Sql($"""
                INSERT INTO Accounts (Id, Email, DisplayName, CreatedAt, ErasedAt)
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
                       e, NULL, {now}, NULL
                FROM (SELECT DISTINCT lower(trim(Email)) AS e FROM (SELECT CreatedBy AS Email FROM SupportRequests UNION SELECT DecidedBy AS Email FROM Proposals UNION SELECT SubmittedBy AS Email FROM PeerReviewReports UNION SELECT UpdatedBy AS Email FROM MatchingSettings UNION SELECT StartedBy AS Email FROM MatchingRuns UNION SELECT CompletedBy AS Email FROM Engagements UNION SELECT GivenBy AS Email FROM EngagementFeedback UNION SELECT LinkedBy AS Email FROM CoordinatorLinks UNION SELECT Actor AS Email FROM AuditEntries UNION SELECT json_extract(h.value, '$.By') FROM SupportRequests r, json_each(r.History) h UNION SELECT a.value FROM Proposals p, json_each(p.ApprovedBy) a UNION SELECT AccountEmail FROM Experts WHERE ErasedAt IS NULL UNION SELECT Email FROM CoordinatorLinks) WHERE Email LIKE '%@%');
                """);
            migrationBuilder.Sql("UPDATE SupportRequests SET CreatedBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(SupportRequests.CreatedBy))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE Proposals SET DecidedBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(Proposals.DecidedBy))), '00000000-0000-0000-0000-000000000001') WHERE DecidedBy IS NOT NULL;");
            migrationBuilder.Sql("UPDATE PeerReviewReports SET SubmittedBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(PeerReviewReports.SubmittedBy))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE MatchingSettings SET UpdatedBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(MatchingSettings.UpdatedBy))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE MatchingRuns SET StartedBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(MatchingRuns.StartedBy))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE Engagements SET CompletedBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(Engagements.CompletedBy))), '00000000-0000-0000-0000-000000000001') WHERE CompletedBy IS NOT NULL;");
            migrationBuilder.Sql("UPDATE EngagementFeedback SET GivenBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(EngagementFeedback.GivenBy))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE CoordinatorLinks SET LinkedBy = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(CoordinatorLinks.LinkedBy))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE AuditEntries SET Actor = COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(AuditEntries.Actor))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("""
                UPDATE SupportRequests SET History = (
                    SELECT json_group_array(json(json_set(h.value, '$.By',
                        COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(json_extract(h.value, '$.By')))), '00000000-0000-0000-0000-000000000001'))))
                    FROM (SELECT value FROM json_each(SupportRequests.History) ORDER BY key) h);
                """);
            migrationBuilder.Sql("""
                UPDATE Proposals SET ApprovedBy = (
                    SELECT json_group_array(COALESCE((SELECT a.Id FROM Accounts a WHERE a.Email = lower(trim(x.value))), '00000000-0000-0000-0000-000000000001'))
                    FROM (SELECT value FROM json_each(Proposals.ApprovedBy) ORDER BY key) x);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_OutboxEmails_Status_SentAt",
                table: "OutboxEmails");

            migrationBuilder.DropColumn(
                name: "BodyPurgedAt",
                table: "OutboxEmails");
        }
    }
}
