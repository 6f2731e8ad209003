// LcPeers on Azure: one resource group per environment (test, production), deployed with a parameter file from env/.
// App Service (Linux) runs the published app (zip deploy); Azure SQL with Entra-only authentication; Key Vault holds
// the SMTP password; Application Insights on a Log Analytics workspace. The web app reaches SQL and Key Vault with its
// system-assigned managed identity: no password anywhere in here. See README.md beside this file.
targetScope = 'resourceGroup'

@description('The environment this deployment is for; production gets always-on, provisioned SQL and purge protection.')
@allowed([
  'test'
  'production'
])
param environmentName string

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Short name that starts every resource name.')
@minLength(3)
@maxLength(10)
param namePrefix string = 'lcpeers'

@description('App Service plan SKU (Linux), e.g. B1 for test, P0v3 for production.')
param appServicePlanSku string

@description('SQL database SKU name: GP_S_Gen5 is serverless (auto-pause), GP_Gen5 is provisioned.')
@allowed([
  'GP_S_Gen5'
  'GP_Gen5'
])
param sqlDatabaseSkuName string

@description('vCores: the maximum for serverless, the fixed number for provisioned.')
@minValue(1)
param sqlDatabaseCapacity int

@description('Serverless only: minutes without connections before the database pauses (60 or more).')
@minValue(60)
param sqlAutoPauseDelayMinutes int = 60

@description('Display name of the Entra ID group that administers the SQL server (the release runs as a member).')
param sqlAdminGroupName string

@description('Object id of that Entra ID group.')
param sqlAdminGroupObjectId string

@description('Entra ID instance the app signs users in with.')
param azureAdInstance string = environment().authentication.loginEndpoint

@description('Entra ID tenant id of the app registration.')
param azureAdTenantId string

@description('Application (client) id of the app registration.')
param azureAdClientId string

@description('SMTP server the app sends mail through.')
param smtpHost string

@description('SMTP port.')
param smtpPort int = 587

@description('Whether the SMTP connection uses TLS.')
param smtpUseTls bool = true

@description('SMTP user name; its password lives in Key Vault (secret smtpPasswordSecretName), set by a person.')
param smtpUser string

@description('Sender address of the mail the app sends.')
param emailFrom string

@description('Name of the Key Vault secret with the SMTP password.')
param smtpPasswordSecretName string = 'smtp-password'

@description('Days Log Analytics keeps telemetry.')
@minValue(30)
param logRetentionDays int = 30

@description('Tags on every resource.')
param tags object = {}

var isProduction = environmentName == 'production'
var environmentCode = isProduction ? 'prd' : 'tst'
var suffix = take(uniqueString(resourceGroup().id), 6)
var baseName = '${namePrefix}-${environmentCode}-${suffix}'
var allTags = union(tags, {
  application: 'lcpeers'
  environment: environmentName
})

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: 'log-${baseName}'
    appInsightsName: 'appi-${baseName}'
    retentionDays: logRetentionDays
    tags: allTags
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  params: {
    location: location
    serverName: 'sql-${baseName}'
    databaseName: namePrefix
    skuName: sqlDatabaseSkuName
    capacity: sqlDatabaseCapacity
    autoPauseDelayMinutes: sqlAutoPauseDelayMinutes
    zoneRedundant: false
    backupStorageRedundancy: isProduction ? 'Zone' : 'Local'
    adminGroupName: sqlAdminGroupName
    adminGroupObjectId: sqlAdminGroupObjectId
    tags: allTags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    location: location
    name: 'kv-${baseName}'
    enablePurgeProtection: isProduction
    tags: allTags
  }
}

module web 'modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    location: location
    planName: 'asp-${baseName}'
    siteName: 'app-${baseName}'
    planSku: appServicePlanSku
    alwaysOn: isProduction
    appInsightsName: monitoring.outputs.appInsightsName
    connectionString: 'Server=tcp:${sql.outputs.serverFqdn},1433;Database=${sql.outputs.databaseName};Authentication=Active Directory Default;Encrypt=True;'
    azureAdInstance: azureAdInstance
    azureAdTenantId: azureAdTenantId
    azureAdClientId: azureAdClientId
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUseTls: smtpUseTls
    smtpUser: smtpUser
    smtpPasswordSecretUri: '${keyVault.outputs.vaultUri}secrets/${smtpPasswordSecretName}'
    emailFrom: emailFrom
    tags: allTags
  }
}

module keyVaultAccess 'modules/key-vault-secrets-user.bicep' = {
  name: 'key-vault-secrets-user'
  params: {
    keyVaultName: keyVault.outputs.name
    principalId: web.outputs.principalId
    principalKey: 'app-${baseName}'
  }
}

@description('Name of the web app (az webapp deploy --name).')
output webAppName string = web.outputs.name

@description('Host name the app answers on; the redirect URI is https://<this>/signin-oidc.')
output webAppHostName string = web.outputs.defaultHostName

@description('Fully qualified name of the SQL server (sqlcmd -S).')
output sqlServerFqdn string = sql.outputs.serverFqdn

@description('Name of the database (sqlcmd -d).')
output sqlDatabaseName string = sql.outputs.databaseName

@description('Name of the Key Vault that holds the SMTP password.')
output keyVaultName string = keyVault.outputs.name
