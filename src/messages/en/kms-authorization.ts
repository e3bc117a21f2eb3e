/** kms-authorization: IAM authorizations and the state of the KMS instance an operation encrypts with. */
export const kmsAuthorization = {
  'kms-authorization.title':
    'Kubernetes Service (and Block Storage) may use the KMS instance, and it is active',
  'kms-authorization.pass':
    '{service} instance {name} ({instance}) is active, and the authorizations needed for {scope} are in place.',
  'kms-authorization.detail.scope-cluster':
    'the cluster secrets encryption (kms_config)',
  'kms-authorization.detail.scope-worker-volumes':
    'the encrypted worker volumes (kms_instance_id, crk)',
  'kms-authorization.detail.scope-pool':
    'the encrypted worker volumes of pool {pool} (getWorkerPools workerVolumeEncryption)',
  'kms-authorization.needs-pool':
    "Not checked: {operation} on VPC cluster {name} needs input worker-pool to tell whether the new workers' volumes are encrypted with KMS.",
  'kms-authorization.pool-unknown':
    'Not checked: cluster {name} has no worker pool {pool}.',
  'kms-authorization.missing':
    'No active authorization lets {source} use {service} instance {name} ({instance}) with {missing}, needed for {scope}.',
  'kms-authorization.missing.why':
    'IKS refuses with E09c0 "Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again." IBM\'s docs ask for at least Reader, with the authorization delegated (Authorization Delegator).',
  'kms-authorization.missing.why.block-storage':
    "VPC worker volumes are encrypted by Cloud Block Storage with the root key; IBM's docs ask for an authorization from Cloud Block Storage to the KMS instance with at least Reader, or new workers cannot get their volumes.",
  'kms-authorization.missing.fix':
    'Create the authorization in account {account}, where the KMS instance is (you need Administrator on the KMS instance):',
  'kms-authorization.undetermined':
    'Could not verify that {source} may use {service} instance {name} ({instance}) with {missing}: only policies scoped by attributes or operators this check cannot compare could grant it.',
  'kms-authorization.undetermined.why':
    'Those policies may or may not cover this instance and source; the check never passes on doubt. If none applies, IKS refuses with E09c0.',
  'kms-authorization.undetermined.fix':
    'Read the authorizations named in the details; if none covers the instance, create one:',
  'kms-authorization.instance-missing':
    'Resource Controller answered 404 for KMS instance {instance}, used for {scope}: it does not exist, or this key may not view it.',
  'kms-authorization.instance-missing.why':
    'IKS cannot encrypt with a root key of an instance that does not exist. IBM does not document whether an instance the key may not view answers 403 or 404, so this is not proof.',
  'kms-authorization.instance.fix':
    'Check the instance the operation names, or use an active Key Protect or Hyper Protect Crypto Services instance:',
  'kms-authorization.instance-inactive':
    'KMS instance {name} ({instance}) is {state}, not active.',
  'kms-authorization.instance-inactive.why':
    'Only an active instance serves its root keys; with a removed, inactive or failed instance, IKS likely cannot wrap or unwrap keys (IBM documents no refusal text, so this is a warning).',
  'kms-authorization.none-in-account':
    'Cluster {name} encrypts its secrets with a KMS root key, but no authorization in account {account} lets Kubernetes Service read any Key Protect or Hyper Protect Crypto Services instance.',
  'kms-authorization.none-in-account.why':
    'IKS does not say which KMS instance a cluster uses. IBM creates the Reader authorization when secret encryption is enabled; one deleted since may keep IKS from reading the root key, unless the instance is in another account (where the authorization would live).',
  'kms-authorization.instance-unknown':
    'Not checked: cluster {name} encrypts its secrets with KMS, but IKS does not say which instance; the account has authorizations from Kubernetes Service to KMS (details).',
  'kms-authorization.no-kms':
    'Not checked: {operation} uses no KMS root key (no kms_config, no kms_instance_id and crk; for an update, the cluster does not encrypt its secrets with KMS).',
  'kms-authorization.after-apply':
    'Not checked: the KMS instance of {operation} is known after apply.',
  'kms-authorization.other-account':
    'Not checked: KMS instance {instance} is in account {account}, where its authorizations live; this key lists the policies of account {own}.',
  'kms-authorization.detail.auto-policy':
    'No Reader authorization from {source} to {service} instance {name} ({instance}) was seen; IBM creates it for {scope} when it does not exist (encryption-setup), so it is not needed beforehand.',
  'kms-authorization.unverifiable':
    'Could not verify that {source} may use {service} instance {name} ({instance}) with {missing}, needed for {scope}: this key cannot be shown to read every authorization of the account (it needs {role} on {label}, account-wide).',
  'kms-authorization.unverifiable.why':
    'IAM lists only the policies the caller may read, and an empty list when it may read none (IBM platform-services-go-sdk, ListPolicies): an authorization this key does not see may still exist. A role held only through an access group is not seen either.',
  'kms-authorization.unverifiable.fix':
    "Give the key {role} on {label} so that it can read the account's authorizations, then run again:"
} as const
