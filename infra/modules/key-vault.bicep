// Key Vault with RBAC authorisation and soft delete. It holds the SMTP password, which a person sets (never a
// template or parameter file: see ../README.md).
@description('Azure region.')
param location string

@description('Name of the vault (globally unique, at most 24 characters).')
@maxLength(24)
param name string

@description('Purge protection: once on, it cannot be turned off (production).')
param enablePurgeProtection bool

@description('Tags on every resource.')
param tags object

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Key Vault refuses an explicit false, so the property is only sent when purge protection is wanted.
    ...(enablePurgeProtection ? { enablePurgeProtection: true } : {})
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault, ending with a slash.')
output vaultUri string = vault.properties.vaultUri
