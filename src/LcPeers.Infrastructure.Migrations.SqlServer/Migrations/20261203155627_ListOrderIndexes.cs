using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_LearningCommunityId",
                table: "SupportRequests");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_CreatedAt_Id",
                table: "SupportRequests",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_LearningCommunityId_CreatedAt",
                table: "SupportRequests",
                columns: new[] { "LearningCommunityId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_Status_Id",
                table: "OutboxEmails",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_CreatedAt_Id",
                table: "SupportRequests");

            migrationBuilder.DropIndex(
                name: "IX_SupportRequests_LearningCommunityId_CreatedAt",
                table: "SupportRequests");

            migrationBuilder.DropIndex(
                name: "IX_OutboxEmails_Status_Id",
                table: "OutboxEmails");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_LearningCommunityId",
                table: "SupportRequests",
                column: "LearningCommunityId");
        }
    }
}
