using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Month = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LearningCommunities = table.Column<int>(type: "int", nullable: false),
                    Requests = table.Column<int>(type: "int", nullable: false),
                    OpenRequests = table.Column<int>(type: "int", nullable: false),
                    ActiveEngagements = table.Column<int>(type: "int", nullable: false),
                    CompletedEngagements = table.Column<int>(type: "int", nullable: false),
                    Experts = table.Column<int>(type: "int", nullable: false),
                    ExpertsWithConsent = table.Column<int>(type: "int", nullable: false),
                    Ratings = table.Column<int>(type: "int", nullable: false),
                    AverageRating = table.Column<double>(type: "float", nullable: true),
                    FeedbackShare = table.Column<double>(type: "float", nullable: true),
                    Figures = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
