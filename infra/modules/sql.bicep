// Azure SQL logical server with Entra-only authentication (no SQL login, no password) and the app's database.
@description('Azure region.')
param location string

@description('Name of the logical server (globally unique).')
param serverName string

@description('Name of the database.')
param databaseName string

@description('GP_S_Gen5: serverless with auto-pause; GP_Gen5: provisioned.')
@allowed([
  'GP_S_Gen5'
  'GP_Gen5'
])
param skuName string

@description('vCores (the maximum for serverless).')
param capacity int

@description('Serverless only: minutes idle before pausing.')
param autoPauseDelayMinutes int

@description('Whether the database is spread over availability zones.')
param zoneRedundant bool

@description('Redundancy of the automatic backups.')
@allowed([
  'Local'
  'Zone'
  'Geo'
])
param backupStorageRedundancy string

@description('Display name of the Entra ID group that administers the server.')
param adminGroupName string

@description('Object id of that group.')
param adminGroupObjectId string

@description('Tags on every resource.')
param tags object

var isServerless = skuName == 'GP_S_Gen5'

resource server 'Microsoft.Sql/servers@2023-08-01' = {
  name: serverName
  location: location
  tags: tags
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      principalType: 'Group'
      login: adminGroupName
      sid: adminGroupObjectId
      tenantId: tenant().tenantId
    }
  }
}

// Lets Azure services (the web app) connect; Entra-only authentication still decides who gets in.
resource allowAzureServices 'Microsoft.Sql/servers/firewallRules@2023-08-01' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.Sql/servers/databases@2023-08-01' = {
  parent: server
  name: databaseName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: 'GeneralPurpose'
    family: 'Gen5'
    capacity: capacity
  }
  properties: {
    collation: 'SQL_Latin1_General_CP1_CI_AS'
    zoneRedundant: zoneRedundant
    requestedBackupStorageRedundancy: backupStorageRedundancy
    ...(isServerless
      ? {
          autoPauseDelay: autoPauseDelayMinutes
          minCapacity: json('0.5')
        }
      : {})
  }
}

@description('Fully qualified name of the server.')
output serverFqdn string = server.properties.fullyQualifiedDomainName

@description('Name of the database.')
output databaseName string = database.name
