#!/usr/bin/env bash
# Releases LcPeers to one Azure environment: infrastructure, database schema, then the app.
#
#   infra/deploy.sh <test|production> <resource-group>
#
# Before the first run, follow infra/README.md (app registration, SQL admin group, resource group). You need:
#   - the Azure CLI, signed in (`az login`) as a member of the SQL admin group, with Contributor and
#     User Access Administrator (or Owner) on the resource group;
#   - the .NET 10 SDK, go-sqlcmd (`sqlcmd`, which signs in with -G through your `az login`), and `zip`;
#   - these environment variables (identifiers, not secrets; read by infra/env/<environment>.bicepparam):
#       LCPEERS_AZUREAD_TENANT_ID, LCPEERS_AZUREAD_CLIENT_ID   the app registration
#       LCPEERS_SQL_ADMIN_GROUP_ID (object id), LCPEERS_SQL_ADMIN_GROUP_NAME (optional, display name)
#       LCPEERS_SMTP_HOST, LCPEERS_SMTP_USER, LCPEERS_EMAIL_FROM
#     and optionally LCPEERS_OPERATOR_IP: your public IP address, opened on the SQL firewall during the release.
# The SMTP password is not handled here: a person puts it in Key Vault (infra/README.md).
set -euo pipefail

if [ $# -ne 2 ] || { [ "$1" != "test" ] && [ "$1" != "production" ]; }; then
  echo "usage: $0 <test|production> <resource-group>" >&2
  exit 2
fi
environment=$1
resource_group=$2

# Work from the repository root, whatever the current folder.
cd "$(dirname "$0")/.."
release_dir="artifacts/release/$environment"
mkdir -p "$release_dir"

# 0. Check the tools and settings before changing anything.
for tool in az dotnet sqlcmd zip; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool (see infra/README.md)" >&2; exit 1; }
done
for variable in LCPEERS_AZUREAD_TENANT_ID LCPEERS_AZUREAD_CLIENT_ID LCPEERS_SQL_ADMIN_GROUP_ID \
  LCPEERS_SMTP_HOST LCPEERS_SMTP_USER LCPEERS_EMAIL_FROM; do
  if [ -z "${!variable:-}" ]; then
    echo "environment variable $variable is not set (see infra/README.md)" >&2
    exit 1
  fi
done

# 1. Infrastructure: create or update every resource from infra/main.bicep with the environment's parameter file.
#    Incremental and repeatable: running it again changes only what differs.
deployment="lcpeers-$environment-$(date -u +%Y%m%d%H%M%S)"
echo "==> Deploying infrastructure ($deployment) to resource group $resource_group"
az deployment group create \
  --resource-group "$resource_group" \
  --name "$deployment" \
  --parameters "infra/env/$environment.bicepparam" \
  --output none

# Read the deployment's outputs (names of what was created).
output() {
  az deployment group show --resource-group "$resource_group" --name "$deployment" \
    --query "properties.outputs.$1.value" --output tsv
}
web_app=$(output webAppName)
web_host=$(output webAppHostName)
sql_server=$(output sqlServerFqdn)
sql_database=$(output sqlDatabaseName)
key_vault=$(output keyVaultName)
echo "    web app $web_app (https://$web_host), database $sql_database on $sql_server, Key Vault $key_vault"

# 2. Optional: open the SQL firewall for this machine during the release, and close it again on exit.
if [ -n "${LCPEERS_OPERATOR_IP:-}" ]; then
  sql_server_name=${sql_server%%.*}
  echo "==> Opening the SQL firewall for $LCPEERS_OPERATOR_IP"
  az sql server firewall-rule create --resource-group "$resource_group" --server "$sql_server_name" \
    --name release-operator --start-ip-address "$LCPEERS_OPERATOR_IP" --end-ip-address "$LCPEERS_OPERATOR_IP" \
    --output none
  trap 'az sql server firewall-rule delete --resource-group "$resource_group" --server "$sql_server_name" --name release-operator --output none || true' EXIT
fi

# 3. Database user for the web app's managed identity (needed once; safe to repeat). The identity is named after
#    the web app; it may read and write data, while schema changes stay with the SQL admin group (this release).
echo "==> Granting the web app's managed identity access to the database"
cat >"$release_dir/app-user.sql" <<SQL
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'$web_app')
BEGIN
    CREATE USER [$web_app] FROM EXTERNAL PROVIDER;
END;
ALTER ROLE db_datareader ADD MEMBER [$web_app];
ALTER ROLE db_datawriter ADD MEMBER [$web_app];
SQL
sqlcmd -S "$sql_server" -d "$sql_database" -G -b -i "$release_dir/app-user.sql"

# 4. Schema: generate the idempotent migration script (it applies only the migrations the database lacks) and run it
#    as a member of the SQL admin group, before the new version starts. The app itself does not migrate SQL Server
#    at start (Database__MigrateOnStartup=false).
echo "==> Applying database migrations"
dotnet tool restore
dotnet ef migrations script --idempotent \
  --project src/LcPeers.Infrastructure.Migrations.SqlServer \
  --startup-project src/LcPeers.Infrastructure.Migrations.SqlServer \
  -o "$release_dir/lcpeers-sqlserver.sql"
sqlcmd -S "$sql_server" -d "$sql_database" -G -b -i "$release_dir/lcpeers-sqlserver.sql"

# 5. App: publish a Release build for Linux (App Service runs it on its own .NET 10 runtime), zip it and deploy the
#    zip. App Service restarts the app on the new files.
echo "==> Publishing and deploying the app"
rm -rf "$release_dir/publish" "$release_dir/lcpeers.zip"
dotnet publish src/LcPeers.Api/LcPeers.Api.csproj -c Release -r linux-x64 --self-contained false -o "$release_dir/publish"
(cd "$release_dir/publish" && zip -qr ../lcpeers.zip .)
az webapp deploy --resource-group "$resource_group" --name "$web_app" \
  --src-path "$release_dir/lcpeers.zip" --type zip --output none

# 6. Check: the app answers its readiness probe (it also checks the database).
echo "==> Waiting for https://$web_host/health/ready"
for _ in $(seq 1 30); do
  if [ "$(curl -fsS "https://$web_host/health/ready" 2>/dev/null || true)" = "Healthy" ]; then
    echo "Released to $environment: https://$web_host"
    exit 0
  fi
  sleep 10
done
echo "The app did not report Healthy; see its log stream: az webapp log tail -g $resource_group -n $web_app" >&2
exit 1
