using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LcPeers.Infrastructure.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "DirectoryConfirmedAt",
                table: "LearningCommunities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "DirectoryStaleSince",
                table: "LearningCommunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastDirectoryConfirmationRequestAt",
                table: "LearningCommunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AvailabilityConfirmedAt",
                table: "Experts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "ConfirmationRequestsSent",
                table: "Experts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LastConfirmationRequestAt",
                table: "Experts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StaleSince",
                table: "Experts",
                type: "INTEGER",
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
