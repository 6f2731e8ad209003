using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AccountsForActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Email",
                table: "Accounts",
                column: "Email",
                unique: true);

            // Every address that named an actor (or owns a profile, or is linked as a coordinator) becomes an account;
            // anything else ("system", "matching-run:…", "demo-data") was background work and becomes the system account.
            // The columns still hold text here: they take the account id as text, then change type below.
            migrationBuilder.Sql("""
                INSERT INTO Accounts (Id, Email, DisplayName, CreatedAt, ErasedAt)
                SELECT NEWID(), e, NULL, SYSUTCDATETIME(), NULL
                FROM (SELECT DISTINCT LOWER(LTRIM(RTRIM(Email))) AS e FROM (SELECT CreatedBy AS Email FROM SupportRequests UNION SELECT DecidedBy AS Email FROM Proposals UNION SELECT SubmittedBy AS Email FROM PeerReviewReports UNION SELECT UpdatedBy AS Email FROM MatchingSettings UNION SELECT StartedBy AS Email FROM MatchingRuns UNION SELECT CompletedBy AS Email FROM Engagements UNION SELECT GivenBy AS Email FROM EngagementFeedback UNION SELECT LinkedBy AS Email FROM CoordinatorLinks UNION SELECT Actor AS Email FROM AuditEntries UNION SELECT JSON_VALUE(h.value, '$.By') FROM SupportRequests r CROSS APPLY OPENJSON(r.History) h UNION SELECT a.value FROM Proposals p CROSS APPLY OPENJSON(p.ApprovedBy) a UNION SELECT AccountEmail FROM Experts WHERE ErasedAt IS NULL UNION SELECT Email FROM CoordinatorLinks) AS actors WHERE Email LIKE '%@%') AS addresses;
                """);
            migrationBuilder.Sql("UPDATE SupportRequests SET CreatedBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(SupportRequests.CreatedBy)))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE Proposals SET DecidedBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(Proposals.DecidedBy)))), '00000000-0000-0000-0000-000000000001') WHERE DecidedBy IS NOT NULL;");
            migrationBuilder.Sql("UPDATE PeerReviewReports SET SubmittedBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(PeerReviewReports.SubmittedBy)))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE MatchingSettings SET UpdatedBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(MatchingSettings.UpdatedBy)))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE MatchingRuns SET StartedBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(MatchingRuns.StartedBy)))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE Engagements SET CompletedBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(Engagements.CompletedBy)))), '00000000-0000-0000-0000-000000000001') WHERE CompletedBy IS NOT NULL;");
            migrationBuilder.Sql("UPDATE EngagementFeedback SET GivenBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(EngagementFeedback.GivenBy)))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE CoordinatorLinks SET LinkedBy = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(CoordinatorLinks.LinkedBy)))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("UPDATE AuditEntries SET Actor = COALESCE((SELECT CONVERT(nvarchar(36), a.Id) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(AuditEntries.Actor)))), '00000000-0000-0000-0000-000000000001');");
            migrationBuilder.Sql("""
                UPDATE SupportRequests SET History = COALESCE((
                    SELECT '[' + STRING_AGG(CONVERT(nvarchar(max), JSON_MODIFY(h.value, '$.By',
                        COALESCE((SELECT LOWER(CONVERT(nvarchar(36), a.Id)) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(JSON_VALUE(h.value, '$.By'))))), '00000000-0000-0000-0000-000000000001'))), ',')
                        WITHIN GROUP (ORDER BY CONVERT(int, h.[key])) + ']'
                    FROM OPENJSON(SupportRequests.History) h), '[]');
                """);
            migrationBuilder.Sql("""
                UPDATE Proposals SET ApprovedBy = COALESCE((
                    SELECT '[' + STRING_AGG(CONVERT(nvarchar(max), '"' + COALESCE((SELECT LOWER(CONVERT(nvarchar(36), a.Id)) FROM Accounts a WHERE a.Email = LOWER(LTRIM(RTRIM(x.value)))), '00000000-0000-0000-0000-000000000001') + '"'), ',')
                        WITHIN GROUP (ORDER BY CONVERT(int, x.[key])) + ']'
                    FROM OPENJSON(Proposals.ApprovedBy) x), '[]');
                """);

            migrationBuilder.AlterColumn<Guid>(
                name: "CreatedBy",
                table: "SupportRequests",
                type: "uniqueidentifier",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AlterColumn<Guid>(
                name: "DecidedBy",
                table: "Proposals",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254,
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "SubmittedBy",
                table: "PeerReviewReports",
                type: "uniqueidentifier",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BodyPurgedAt",
                table: "OutboxEmails",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "UpdatedBy",
                table: "MatchingSettings",
                type: "uniqueidentifier",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AlterColumn<Guid>(
                name: "StartedBy",
                table: "MatchingRuns",
                type: "uniqueidentifier",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AlterColumn<Guid>(
                name: "CompletedBy",
                table: "Engagements",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254,
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "GivenBy",
                table: "EngagementFeedback",
                type: "uniqueidentifier",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AlterColumn<Guid>(
                name: "LinkedBy",
                table: "CoordinatorLinks",
                type: "uniqueidentifier",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.AlterColumn<Guid>(
                name: "Actor",
                table: "AuditEntries",
                type: "uniqueidentifier",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_Status_SentAt",
                table: "OutboxEmails",
                columns: new[] { "Status", "SentAt" });

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

            migrationBuilder.AlterColumn<string>(
                name: "CreatedBy",
                table: "SupportRequests",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<string>(
                name: "DecidedBy",
                table: "Proposals",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "SubmittedBy",
                table: "PeerReviewReports",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<string>(
                name: "UpdatedBy",
                table: "MatchingSettings",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<string>(
                name: "StartedBy",
                table: "MatchingRuns",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<string>(
                name: "CompletedBy",
                table: "Engagements",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "GivenBy",
                table: "EngagementFeedback",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<string>(
                name: "LinkedBy",
                table: "CoordinatorLinks",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AlterColumn<string>(
                name: "Actor",
                table: "AuditEntries",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");
        }
    }
}
