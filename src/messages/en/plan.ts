/** What a Terraform plan holds and a run does not pre-flight (the report's notes), one sentence each. */
export const plan = {
  'plan.note.skipped':
    'terraform-plan: {address}{actions}{attributes} is not pre-flighted: {reason} [{code}].',
  'plan.note.not-preflighted': 'terraform-plan: not pre-flighted: {note}.',
  'plan.note.name-after-apply':
    '{what}: the name of {address} is known only after apply',
  'plan.note.cluster-after-apply':
    '{what}: the cluster it acts on (cluster attribute) is known only after apply',
  'plan.note.created-first':
    '{what} on {cluster}: the plan creates {cluster} first, so IBM Cloud cannot be asked about it yet',
  'plan.note.group-after-apply':
    "{address}.resource_group_id is known only after apply: the cluster-create of {cluster} is checked in the resource-group input's group (the account's default group when it is not given)",
  'plan.reason.not-an-iks-operation': 'the change is not sent to IKS',
  'plan.reason.zone-remove': 'a zone removal',
  'plan.reason.zone-network-change':
    "the zone's network changes (the provider adds the zone on the new network, then removes it)",
  'plan.reason.orphan-on-delete':
    'orphan_on_delete keeps the pool in IBM Cloud',
  'plan.reason.import-on-create': 'import_on_create adopts an existing pool',
  'plan.reason.forget':
    'the object leaves the Terraform state and stays in IBM Cloud',
  'plan.reason.iks-change-not-preflighted':
    'the provider sends this change to IKS, and no check covers it yet',
  'plan.reason.offering-change':
    'the provider refuses it: "Modifying the \'offering\' field after cluster creation is currently unsupported."',
  'plan.reason.all-workers-at-once':
    'wait_for_worker_update = false: the provider replaces every worker at once, which its documentation says causes cluster downtime',
  'plan.reason.cluster-feature':
    'ibm_container_cluster_feature changes service endpoints; refresh_api_servers refreshes the master, reload_workers reloads every worker',
  'plan.reason.api-key-reset':
    "ibm_container_api_key_reset resets the IKS API key of the region and resource group to the caller's key",
  'plan.reason.deferred': 'Terraform deferred it to a later plan',
  'plan.reason.plan-incomplete':
    'the plan is not complete (complete: false): another plan and apply follow it',
  'plan.reason.sensitive-value':
    'a value it needs is sensitive and cannot be shown, so it is not used'
} as const
