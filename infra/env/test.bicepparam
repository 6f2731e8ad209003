// Test environment. Identifiers come from environment variables that deploy.sh checks (they are not secrets, but
// they belong to the tenant, not to this repository); no secret is ever set here: the SMTP password lives in Key Vault.
using '../main.bicep'

param environmentName = 'test'
param appServicePlanSku = 'B1'
// Serverless: up to 1 vCore, pauses after an hour without connections.
param sqlDatabaseSkuName = 'GP_S_Gen5'
param sqlDatabaseCapacity = 1
param sqlAutoPauseDelayMinutes = 60
param sqlAdminGroupName = readEnvironmentVariable('LCPEERS_SQL_ADMIN_GROUP_NAME', 'lcpeers-sql-admins-test')
param sqlAdminGroupObjectId = readEnvironmentVariable('LCPEERS_SQL_ADMIN_GROUP_ID', '')
param azureAdTenantId = readEnvironmentVariable('LCPEERS_AZUREAD_TENANT_ID', '')
param azureAdClientId = readEnvironmentVariable('LCPEERS_AZUREAD_CLIENT_ID', '')
param smtpHost = readEnvironmentVariable('LCPEERS_SMTP_HOST', '')
param smtpPort = 587
param smtpUseTls = true
param smtpUser = readEnvironmentVariable('LCPEERS_SMTP_USER', '')
param emailFrom = readEnvironmentVariable('LCPEERS_EMAIL_FROM', '')
param logRetentionDays = 30
