using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReplanRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Changes",
                table: "MatchingRuns",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // runs before re-planning: no changes

            migrationBuilder.AddColumn<bool>(
                name: "Replan",
                table: "MatchingRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Changes",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "Replan",
                table: "MatchingRuns");
        }
    }
}
