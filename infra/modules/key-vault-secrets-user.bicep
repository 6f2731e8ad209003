// Gives one principal (the web app's managed identity) the built-in role Key Vault Secrets User on one vault.
@description('Name of the vault.')
param keyVaultName string

@description('Object id of the principal (a managed identity).')
param principalId string

@description('A stable name for the principal (known before deployment), used to name the role assignment.')
param principalKey string

// Built-in role: Key Vault Secrets User (read secret contents).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalKey, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
