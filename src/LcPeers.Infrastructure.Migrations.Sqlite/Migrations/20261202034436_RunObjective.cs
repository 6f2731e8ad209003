using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RunObjective : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Gap",
                table: "MatchingRuns",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Gini",
                table: "MatchingRuns",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Objective",
                table: "MatchingRuns",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "total");

            migrationBuilder.AddColumn<double>(
                name: "TopDecileShare",
                table: "MatchingRuns",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WorstRequestId",
                table: "MatchingRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "WorstRequestScore",
                table: "MatchingRuns",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Gap",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "Gini",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "Objective",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "TopDecileShare",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "WorstRequestId",
                table: "MatchingRuns");

            migrationBuilder.DropColumn(
                name: "WorstRequestScore",
                table: "MatchingRuns");
        }
    }
}
