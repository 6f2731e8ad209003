using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GoodPractices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GoodPractices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Phase = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Bottleneck = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WhatWasDone = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WhatItBrought = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ToolId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodPractices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodPractices_Accounts_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoodPractices_Tools_ToolId",
                        column: x => x.ToolId,
                        principalTable: "Tools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_CreatedAt",
                table: "GoodPractices",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_Phase_Bottleneck",
                table: "GoodPractices",
                columns: new[] { "Phase", "Bottleneck" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_RecordedBy",
                table: "GoodPractices",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_GoodPractices_ToolId",
                table: "GoodPractices",
                column: "ToolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoodPractices");
        }
    }
}
