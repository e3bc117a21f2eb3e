/**
 * What an IKS operation will change, per cluster: the "intent" that intent-aware checks read. Built only by
 * intentFromInputs (action inputs / CLI flags) and intentFromPlan (`terraform show -json`); pure data.
 */

const PLAN_OPERATIONS = [
  'worker-pool-create',
  'worker-pool-delete',
  'zone-add',
  'zone-remove'
] as const
/** Every operation the product pre-flights (docs/terraform-plan.md says what a plan maps to each). */
export const OPERATIONS = [
  'cluster-create',
  'cluster-update',
  'cluster-delete',
  'worker-add',
  'worker-delete',
  'worker-reload',
  'worker-reboot',
  'worker-replace',
  'worker-pool-resize',
  // What a Terraform plan also runs (docs/terraform-plan.md); accepted as inputs too.
  'worker-pool-create',
  'worker-pool-delete',
  'zone-add',
  // A VPC pool losing zones or a classic zone attachment deleted: the zone's workers are deleted.
  'zone-remove'
] as const
export type Operation = (typeof OPERATIONS)[number]

export const PROVIDERS = ['classic', 'vpc-gen2'] as const
export type Provider = (typeof PROVIDERS)[number]

export type IntentOperation = Operation | (typeof PLAN_OPERATIONS)[number]

/** The operations a run can pre-flight: the existing ones plus the three a Terraform plan needs (once each, should the config list them too). */
export const INTENT_OPERATIONS: readonly IntentOperation[] = [
  ...new Set<IntentOperation>([...OPERATIONS, ...PLAN_OPERATIONS])
]

/**
 * A value Terraform only knows after apply (after_unknown). A distinct marker, never a guess: a check that
 * needs it reports "not checked: known after apply".
 */
export interface AfterApply {
  readonly afterApply: true
}
export const AFTER_APPLY: AfterApply = Object.freeze({afterApply: true})

/**
 * A VPC zone ID is its region and a zone number (us-south-1): the region is what precedes the number. Classic
 * zones (dal10) name no region; IKS's zone list (/v1/zones) gives only their metro, so none is derived for them.
 */
export function regionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}-[a-z]+)-\d+$/.exec(zone)?.[1]
}

/** A value, or the marker that it is known only after apply. Absent (undefined) means "not given". */
export type Planned<T> = T | AfterApply

export function isAfterApply(v: unknown): v is AfterApply {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as {afterApply?: unknown}).afterApply === true
  )
}

/** The known value, or undefined when it is absent or known only after apply. */
export function known<T>(v: Planned<T> | undefined): T | undefined {
  return v === undefined || isAfterApply(v) ? undefined : v
}

/** Where one zone of the operation places workers: a VPC subnet or classic VLANs. */
export interface ZonePlacement {
  /** Absent when a subnet or VLAN was given without its zone (the zone is then IBM's to tell). */
  zone?: Planned<string>
  subnetId?: Planned<string>
  privateVlan?: Planned<string>
  publicVlan?: Planned<string>
}

/** A KMS instance and root key the operation uses. */
export interface KmsUse {
  /** 'cluster': secrets encryption (kms_config); 'worker-volumes': VPC worker boot volumes (kms_instance_id + crk). */
  scope: 'cluster' | 'worker-volumes'
  instanceId: Planned<string>
  rootKeyId: Planned<string>
  /** The account holding the KMS instance, when it is not the cluster's. */
  accountId?: Planned<string>
}

/** Where an operation came from, for messages ("from the plan: ibm_container_vpc_worker_pool.pool"). */
export type IntentSource =
  | {kind: 'inputs'}
  | {
      kind: 'plan'
      /** The resource address in the plan. */
      address: string
      /** The plan's change.actions for that resource, e.g. ['update'] or ['delete', 'create']. */
      actions: string[]
      /** The changed attributes that made this operation (empty for create and delete). */
      attributes: string[]
    }

/** One operation on one cluster, with every detail the operation will change that is known. */
export interface OperationIntent {
  operation: IntentOperation
  provider?: Provider
  pool?: Planned<string>
  flavor?: Planned<string>
  /** The zones the operation touches (all zones for a create, the added ones for zone-add, the removed ones for zone-remove). */
  zones?: Planned<ZonePlacement[]>
  workersPerZone?: Planned<number>
  /** The worker IDs a worker-delete / -reload / -reboot / -replace touches (the `workers` input); absent: not named. */
  workers?: string[]
  /** For a resize: the size per zone before it (from the plan's prior state). */
  previousWorkersPerZone?: number
  kubeVersion?: Planned<string>
  /** For a cluster-update: the version before it. */
  previousKubeVersion?: string
  vpcId?: Planned<string>
  /** The Cloud Object Storage instance (CRN or GUID) backing a VPC OpenShift cluster's internal registry (--cos-instance, cos_instance_crn). */
  cosInstance?: Planned<string>
  /** For a cluster-create: the plan's resource_group_id (the group the cluster, its key and its checks belong to). */
  resourceGroupId?: Planned<string>
  kms?: KmsUse[]
  source: IntentSource
}

/** A cluster, by the name or ID the operation uses. */
export interface ClusterRef {
  /** Name or ID; after apply when the plan creates the cluster and refers to its ID. */
  nameOrId: Planned<string>
  /** The plan resource that defines the cluster, when the plan has it. */
  address?: string
}

export interface ClusterIntent {
  cluster: ClusterRef
  provider?: Provider
  /**
   * In the order they will run: the dependency order of the plan's configuration (references and
   * depends_on; deletes after what depends on them), for a replace the order Terraform uses.
   */
  operations: OperationIntent[]
}

/** A plan change iks-preflight does not turn into an operation, and why (for the report, never silently dropped). */
export interface SkippedChange {
  address: string
  actions: string[]
  reason:
    | 'not-an-iks-operation'
    | 'zone-remove'
    | 'zone-network-change'
    | 'orphan-on-delete'
    | 'import-on-create'
    | 'forget'
    /** The provider sends it to IKS (pool labels, taints, operating system, cluster settings) but no check covers it. */
    | 'iks-change-not-preflighted'
    /** The provider refuses it: "Modifying the 'offering' field after cluster creation is currently unsupported." */
    | 'offering-change'
    /** wait_for_worker_update = false: the provider replaces every worker at once (cluster downtime). */
    | 'all-workers-at-once'
    /** ibm_container_cluster_feature: service endpoints changed, the API server refreshed, workers maybe reloaded. */
    | 'cluster-feature'
    /** ibm_container_api_key_reset: the region's and resource group's IKS API key is reset to the caller's. */
    | 'api-key-reset'
    /** Terraform deferred this change (deferred_changes): it is not in this plan. */
    | 'deferred'
    /** The plan is not complete (complete: false): another plan and apply follow. */
    | 'plan-incomplete'
    /** A value the operation needs is sensitive and not a string we can mask; it is not used. */
    | 'sensitive-value'
  /** The changed attributes behind the reason, when there are any. */
  attributes: string[]
}

export interface Intent {
  clusters: ClusterIntent[]
  skipped: SkippedChange[]
  /** Values the plan marks sensitive that the intent holds: shown as "(sensitive value)" in every output. */
  sensitive?: string[]
}

/** The intent of one operation on named clusters with no details: what a run without intent inputs checks. */
export function operationOn(
  operation: IntentOperation,
  clusters: readonly string[]
): Intent {
  return {
    clusters: clusters.map(nameOrId => ({
      cluster: {nameOrId},
      operations: [{operation, source: {kind: 'inputs'}}]
    })),
    skipped: []
  }
}
