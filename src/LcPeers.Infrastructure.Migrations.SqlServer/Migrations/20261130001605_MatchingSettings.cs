using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MatchingSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Weights_Competence = table.Column<double>(type: "float", nullable: false),
                    Weights_KindFit = table.Column<double>(type: "float", nullable: false),
                    Weights_Load = table.Column<double>(type: "float", nullable: false),
                    Weights_OutsidePerspective = table.Column<double>(type: "float", nullable: false),
                    Weights_Phase = table.Column<double>(type: "float", nullable: false),
                    Weights_Region = table.Column<double>(type: "float", nullable: false),
                    Weights_Sector = table.Column<double>(type: "float", nullable: false),
                    Weights_Tools = table.Column<double>(type: "float", nullable: false),
                    Weights_TrackRecord = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingSettings", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingSettings");
        }
    }
}
