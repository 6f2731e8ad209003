// App Service plan (Linux) and the web app running the published LcPeers.Api (zip deploy), with a system-assigned
// managed identity that reaches Azure SQL (Entra authentication) and Key Vault (the SMTP password reference).
@description('Azure region.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (globally unique; also the database user of its managed identity).')
param siteName string

@description('App Service plan SKU, e.g. B1 or P0v3.')
param planSku string

@description('Keep the app loaded (production).')
param alwaysOn bool

@description('Name of the Application Insights component in this resource group.')
param appInsightsName string

@description('SQL Server connection string; authenticates with the managed identity, holds no password.')
param connectionString string

@description('Entra ID instance.')
param azureAdInstance string

@description('Entra ID tenant id.')
param azureAdTenantId string

@description('Application (client) id of the app registration.')
param azureAdClientId string

@description('SMTP server.')
param smtpHost string

@description('SMTP port.')
param smtpPort int

@description('Whether SMTP uses TLS.')
param smtpUseTls bool

@description('SMTP user name.')
param smtpUser string

@description('Versionless URI of the Key Vault secret with the SMTP password (the reference follows its latest version).')
param smtpPasswordSecretUri string

@description('Sender address.')
param emailFrom string

@description('Tags on every resource.')
param tags object

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet LcPeers.Api.dll'
      alwaysOn: alwaysOn
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        // The zip holds the output of dotnet publish: nothing to build on the server.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'Database__Provider', value: 'SqlServer' }
        // Managed identity (Active Directory Default), no password; migrations run in the release, not at start.
        { name: 'ConnectionStrings__LcPeers', value: connectionString }
        { name: 'Database__MigrateOnStartup', value: 'false' }
        { name: 'Auth__Mode', value: 'AzureAd' }
        { name: 'AzureAd__Instance', value: azureAdInstance }
        { name: 'AzureAd__TenantId', value: azureAdTenantId }
        { name: 'AzureAd__ClientId', value: azureAdClientId }
        { name: 'Email__Smtp__Host', value: smtpHost }
        { name: 'Email__Smtp__Port', value: string(smtpPort) }
        { name: 'Email__Smtp__UseTls', value: string(smtpUseTls) }
        { name: 'Email__Smtp__User', value: smtpUser }
        { name: 'Email__Smtp__Password', value: '@Microsoft.KeyVault(SecretUri=${smtpPasswordSecretUri})' }
        { name: 'Email__From', value: emailFrom }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
      ]
    }
  }
}

// FTP is off (ftpsState) and so is its basic authentication; zip deploy goes through the SCM site.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('Name of the web app.')
output name string = site.name

@description('Default host name of the web app.')
output defaultHostName string = site.properties.defaultHostName

@description('Object id of the web app\'s system-assigned managed identity.')
output principalId string = site.identity.principalId
