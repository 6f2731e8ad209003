using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnswerWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnswerBy",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnswerReminderSentAt",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "InvitedAt",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Status_AnswerBy",
                table: "Proposals",
                columns: new[] { "Status", "AnswerBy" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Proposals_Status_AnswerBy",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "AnswerBy",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "AnswerReminderSentAt",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "InvitedAt",
                table: "Proposals");
        }
    }
}
