using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MonitorSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonitorSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LearningCommunities = table.Column<int>(type: "INTEGER", nullable: false),
                    Requests = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveEngagements = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedEngagements = table.Column<int>(type: "INTEGER", nullable: false),
                    Experts = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpertsWithConsent = table.Column<int>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    AverageRating = table.Column<double>(type: "REAL", nullable: true),
                    FeedbackShare = table.Column<double>(type: "REAL", nullable: true),
                    Figures = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitorSnapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitorSnapshots_Month",
                table: "MonitorSnapshots",
                column: "Month",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitorSnapshots");
        }
    }
}
