using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LcPartnerTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PartnerTypes",
                table: "LearningCommunities",
                type: "TEXT",
                nullable: true,
                defaultValue: "[]"); // rows from before the column: no partner types, not null

            migrationBuilder.AddColumn<int>(
                name: "StartedYear",
                table: "LearningCommunities",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartnerTypes",
                table: "LearningCommunities");

            migrationBuilder.DropColumn(
                name: "StartedYear",
                table: "LearningCommunities");
        }
    }
}
