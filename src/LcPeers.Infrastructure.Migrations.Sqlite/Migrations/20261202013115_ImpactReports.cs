using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImpactReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImpactReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearningCommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    StudentsTrained = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkersUpskilled = table.Column<int>(type: "INTEGER", nullable: false),
                    Innovations = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnersJoined = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnersLeft = table.Column<int>(type: "INTEGER", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImpactReports_LearningCommunities_LearningCommunityId",
                        column: x => x.LearningCommunityId,
                        principalTable: "LearningCommunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactReports_LearningCommunityId_Period",
                table: "ImpactReports",
                columns: new[] { "LearningCommunityId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactReports_Period",
                table: "ImpactReports",
                column: "Period");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpactReports");
        }
    }
}
