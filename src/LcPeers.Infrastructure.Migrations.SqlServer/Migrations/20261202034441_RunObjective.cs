using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
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
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Gini",
                table: "MatchingRuns",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Objective",
                table: "MatchingRuns",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "total");

            migrationBuilder.AddColumn<double>(
                name: "TopDecileShare",
                table: "MatchingRuns",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WorstRequestId",
                table: "MatchingRuns",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "WorstRequestScore",
                table: "MatchingRuns",
                type: "float",
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
