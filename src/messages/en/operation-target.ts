/** operation-target (issue 20): what the operation names (pool, zones) resolves in IKS before it is judged. */
export const operationTarget = {
  'operation-target.title':
    'What the operation names (worker pool, zones) exists in IKS',
  'operation-target.pass':
    'Everything the {operation} names resolves in cluster {name}.',
  'operation-target.pass-zones':
    'Zones {zones} are IKS VPC zones of region {region}.',
  'operation-target.pass-classic-zones':
    "Zones {zones} are classic zones IKS lists; IKS's list names their metro, not their region, so region {region} is not checked against them.",
  'operation-target.nothing':
    'Not checked: the {operation} names no worker pool or zone to resolve.',
  'operation-target.not-resolved':
    'Not checked: nothing the {operation} names could be resolved (the details say why).',
  'operation-target.pool-unknown':
    'IKS has no worker pool {pool} in cluster {name}; pools: {pools}.',
  'operation-target.pool-unknown.why':
    'IKS finds a pool by its name or ID within the cluster and answers any other with HTTP 404 "The specified worker pool could not be found."; the other checks of this operation would judge a pool that does not exist.',
  'operation-target.pool-unknown.fix':
    "List the cluster's worker pools and give one of their names or IDs as worker-pool (Terraform: worker_pool_name or worker_pool_id):",
  'operation-target.pool-name-taken':
    'Cluster {name} already has a worker pool named {pool}; IKS refuses a second pool of the same name (E0d39).',
  'operation-target.pool-name-taken-replace':
    '{address} replaces worker pool {pool} of cluster {name} by creating the new pool before it deletes the old one (create_before_destroy); IKS refuses the create while the old pool holds the name (E0d39).',
  'operation-target.pool-name-taken.why':
    'Pool names are unique within a cluster: IKS answers a create with a name the cluster already has with HTTP 409 E0d39 "A worker pool with the same name already exists within the cluster. Choose another name."',
  'operation-target.pool-name-taken.fix':
    "Choose a name none of the cluster's pools uses, or resize the existing pool instead; the cluster's pools:",
  'operation-target.pool-name-taken-replace.fix':
    "Give the new pool another worker_pool_name (one that changes with the replace), or drop create_before_destroy from the resource's lifecycle so that Terraform deletes the old pool first; the cluster's pools:",
  'operation-target.pool-name-order':
    'The plan deletes worker pool {pool} of cluster {name} and creates a pool of the same name in another resource; IKS refuses the create while the old pool exists (E0d39).',
  'operation-target.pool-name-order.why':
    'Terraform orders two resources only when one depends on the other; the plan does not say that the delete ends before the create starts.',
  'operation-target.pool-name-order.fix':
    'Make the new pool depend on the removal of the old one (or give it another name), then plan again.',
  'operation-target.zone-region':
    'Zone(s) {zones} of the {operation} are not IKS VPC zones of region {region}; its zones: {here}.',
  'operation-target.zone-region.why':
    "A VPC cluster lives in one region and its workers go only to that region's zones (for a VPC in Dallas: us-south-1, us-south-2 or us-south-3); IKS lists its VPC zones per region.",
  'operation-target.zone-region.fix':
    "Use zones of region {region}, or set region to the zones' own region; IKS's VPC zones:",
  'operation-target.zone-unknown':
    'Zone(s) {zones} of the {operation} are not classic zones IKS lists.',
  'operation-target.zone-unknown.why':
    'IKS places classic workers only in the zones (data centers) it lists for cluster creation (GET /v1/zones); any other name is a typo or a data center IKS does not use.',
  'operation-target.zone-unknown.fix':
    "Use a zone IKS lists (the details name them); IKS's classic zones:",
  'operation-target.zone-in-pool':
    'Worker pool {pool} already has zone(s) {zones} (its zones: {has}): the zone-add adds nothing there, and IKS may refuse it.',
  'operation-target.zone-in-pool.why':
    'A zone add gives a pool workers in a zone it does not have yet; no public IBM source says whether IKS refuses a zone the pool already has.',
  'operation-target.zone-in-pool.fix':
    "Name only zones the pool does not have yet; the cluster's pools and their zones:",
  // A zone of the operation that is not of the cluster's region, as a details line.
  'operation-target.detail.zone.other-region':
    '{zone}: a zone of region {region}',
  'operation-target.detail.zone.not-listed': '{zone}: not a VPC zone IKS lists'
} as const
