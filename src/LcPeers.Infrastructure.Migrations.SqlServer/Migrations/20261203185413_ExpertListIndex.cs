using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExpertListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Experts_DisplayName_Id",
                table: "Experts");

            migrationBuilder.DropIndex(
                name: "IX_Experts_ErasedAt",
                table: "Experts");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_ErasedAt_DisplayName_Id",
                table: "Experts",
                columns: new[] { "ErasedAt", "DisplayName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Experts_ErasedAt_DisplayName_Id",
                table: "Experts");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_DisplayName_Id",
                table: "Experts",
                columns: new[] { "DisplayName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_ErasedAt",
                table: "Experts",
                column: "ErasedAt");
        }
    }
}
