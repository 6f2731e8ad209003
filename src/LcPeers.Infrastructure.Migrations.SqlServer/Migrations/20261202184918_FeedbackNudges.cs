using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
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
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FeedbackReminderSentAt",
                table: "Engagements",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FeedbackRequestedAt",
                table: "Engagements",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MailPreferences",
                columns: table => new
                {
                    Address = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    NudgesOff = table.Column<bool>(type: "bit", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
