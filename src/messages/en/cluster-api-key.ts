/** cluster-api-key: the stored key's owner is still an active user of the account (issue 11). */
export const clusterApiKey = {
  'cluster-api-key.owner.detail.active':
    'Its owner {owner} is an active user of account {accountId} ({iamId}).',
  'cluster-api-key.owner.detail.key-verified':
    "Verified: IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}; only its owner's state is unknown.",
  'cluster-api-key.owner.detail.service-id':
    "Its owner {owner} has no e-mail address in IKS's answer (a service ID): User Management lists users only, so the owner's state was not checked.",
  'cluster-api-key.owner-gone':
    'IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}, but the owner is no longer a user of account {accountId}: no user there has the e-mail address {email}.',
  'cluster-api-key.owner-inactive':
    'IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}, but that user ({iamId}) is in state {state} in account {accountId}, not ACTIVE.',
  'cluster-api-key.owner.why':
    'IKS makes the IAM and infrastructure calls of {operation} with the stored key of a user who is not an active user of the account: IAM refuses that key and the operation fails with "Provided user not found or active" (P0005, BXNIM0410E).',
  'cluster-api-key.owner-inactive.why.pending':
    'PENDING: the user was invited and has not joined the account yet, so the key cannot act in it. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
  'cluster-api-key.owner-inactive.why.processing':
    'PROCESSING: the invitation is still being created; the user is not active in the account. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
  'cluster-api-key.owner-inactive.why.vpn-only':
    'VPN_ONLY: IBM restricts the user to VPN access to classic devices; they cannot use the console or IAM-enabled resources. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
  'cluster-api-key.owner-inactive.why.suspended':
    'SUSPENDED: IBM documents that a suspended user cannot perform any action in the account. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
  'cluster-api-key.owner-inactive.why.invalid':
    'IAMID_INVALID: the user\'s IBMid was deleted and IBM documents that they cannot access IAM-enabled resources. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
  'cluster-api-key.owner-inactive.why.no-classic':
    'DISABLED_CLASSIC_INFRASTRUCTURE: IBM documents that the user keeps the console and platform resources but can no longer access classic infrastructure. IKS orders, reloads and deletes the classic workers of this cluster with this key, so {operation} fails.',
  'cluster-api-key.owner-inactive.why.no-classic-vpc':
    'DISABLED_CLASSIC_INFRASTRUCTURE: IBM documents that the user keeps the console and platform resources and loses only classic infrastructure, which a VPC cluster does not use. IBM does not document whether IKS accepts such an owner for {operation}; an active owner removes the doubt.',
  'cluster-api-key.owner-inactive.why.other':
    'IBM lists only ACTIVE as a working user; IKS makes the calls of {operation} with this key and answers "Provided user not found or active" (P0005) for an owner who is not active.',
  'cluster-api-key.owner.fix':
    'An active user of the account (not a service ID) with the Administrator role on Kubernetes Service stores their own key for region {region}, resource group {resourceGroup}; keys are stored per resource group, so target it first:',
  'cluster-api-key.owner.fix.verify':
    'Then check that IKS names the new owner:',
  'cluster-api-key.owner.self-only':
    'Could not check whether the owner of the stored key, {owner}, is still an active user of account {accountId}: User Management listed only the caller, as it does for a caller without a User Management role.',
  'cluster-api-key.owner.self-only.fix':
    'Give the key that runs pre-flight the Viewer role on User Management:',
  // The owner of the stored key as shown: name, e-mail, and the key's ID.
  'cluster-api-key.owner.detail.with-key': '{owner} (API key {key})',
  'cluster-api-key.owner.detail.key-only': 'API key {key}'
} as const
