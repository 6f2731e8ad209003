using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackNudges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnsubscribeUrl",
                table: "OutboxEmails",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FeedbackReminderSentAt",
                table: "Engagements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FeedbackRequestedAt",
                table: "Engagements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MailPreferences",
                columns: table => new
                {
                    Address = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    NudgesOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailPreferences", x => x.Address);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "MailPreferences");

            migrationBuilder.DropColumn(
                name: "UnsubscribeUrl",
                table: "OutboxEmails");

            migrationBuilder.DropColumn(
                name: "FeedbackReminderSentAt",
                table: "Engagements");

            migrationBuilder.DropColumn(
                name: "FeedbackRequestedAt",
                table: "Engagements");
        }
    }
}
