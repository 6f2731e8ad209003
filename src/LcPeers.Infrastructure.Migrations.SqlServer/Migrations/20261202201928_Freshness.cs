using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Freshness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DirectoryConfirmationRequestsSent",
                table: "LearningCommunities",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DirectoryConfirmedAt",
                table: "LearningCommunities",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DirectoryStaleSince",
                table: "LearningCommunities",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastDirectoryConfirmationRequestAt",
                table: "LearningCommunities",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AvailabilityConfirmedAt",
                table: "Experts",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "ConfirmationRequestsSent",
                table: "Experts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastConfirmationRequestAt",
                table: "Experts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StaleSince",
                table: "Experts",
                type: "datetimeoffset",
                nullable: true);

            // Existing profiles and entries count as confirmed when they were last edited: nobody is asked at once.
            migrationBuilder.Sql("UPDATE Experts SET AvailabilityConfirmedAt = UpdatedAt;");
            migrationBuilder.Sql("UPDATE LearningCommunities SET DirectoryConfirmedAt = UpdatedAt;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DirectoryConfirmationRequestsSent",
                table: "LearningCommunities");

            migrationBuilder.DropColumn(
                name: "DirectoryConfirmedAt",
                table: "LearningCommunities");

            migrationBuilder.DropColumn(
                name: "DirectoryStaleSince",
                table: "LearningCommunities");

            migrationBuilder.DropColumn(
                name: "LastDirectoryConfirmationRequestAt",
                table: "LearningCommunities");

            migrationBuilder.DropColumn(
                name: "AvailabilityConfirmedAt",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "ConfirmationRequestsSent",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "LastConfirmationRequestAt",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "StaleSince",
                table: "Experts");
        }
    }
}
