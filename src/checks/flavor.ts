import {cmd, type Command} from '../commands/ibmcloud.js'
import type {Provider} from '../config/types.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {ClusterInfo} from '../ibm/containers.js'
import type {FlavorInfo, WorkerPoolInfo} from '../ibm/iks-more.js'
import {
  isAfterApply,
  known,
  type OperationIntent,
  type Planned
} from '../intent/types.js'
import {
  clusterPlatform,
  versionPlatform,
  type Platform
} from '../facts/platform.js'
import {intentsOf, intentsOrBare, poolByRef} from './helpers.js'
import type {Check, CheckContext, Rule} from './types.js'

type Input = 'flavor' | 'zones' | 'worker-pool' | 'flavor or worker-pool'

/** What one operation orders: a flavor in zones, either a flavor the run chooses or an existing pool's own. */
interface Order {
  flavor: string
  zones: string[]
  provider: Provider
  /** The pool the workers join (absent for a cluster create's default pool). */
  pool?: string
  /** The flavor is the existing pool's: it cannot be changed, and a deprecated one only warns. */
  own: boolean
  /** For the fix: the pool's size per zone. */
  perZone?: number
  /** The cluster's platform (or the requested version's, for a create): OpenShift refuses ocp_unsupported flavors. */
  platform?: Platform
}

type Plan = Order | Outcome

/** Operations that may order an existing pool's own flavor. */
const GROWS_POOL = new Set(['worker-pool-resize', 'zone-add', 'worker-add'])

const VPC_ZONE = /^[a-z]{2}-[a-z]+-\d$/

const skip = (summary: Outcome['summary']): Outcome => ({
  status: 'skip',
  summary
})

const needs = (operation: string, input: Input): Outcome =>
  skip({id: 'flavor.needs-input', params: {operation, input}})

const afterApply = (input: Input): Outcome =>
  skip({id: 'flavor.after-apply', params: {input}})

/** A value the operation needs: the value, or the skip that names the input. */
function value<T>(
  v: Planned<T> | undefined,
  operation: string,
  input: Input
): T | Outcome {
  if (isAfterApply(v)) return afterApply(input)
  if (v === undefined) return needs(operation, input)
  return v
}

/** The zone names of the operation, or the skip that names the zones input. */
function zonesOf(o: OperationIntent): string[] | Outcome | undefined {
  if (o.zones === undefined) return undefined
  if (isAfterApply(o.zones)) return afterApply('zones')
  const names: string[] = []
  for (const p of o.zones) {
    if (isAfterApply(p.zone)) return afterApply('zones')
    // A subnet or VLAN given without its zone: the zone is IBM's to tell, and we cannot ask for flavors there.
    if (p.zone === undefined) return needs(o.operation, 'zones')
    names.push(p.zone)
  }
  return names.length > 0 ? names : undefined
}

const isOutcome = (v: unknown): v is Outcome =>
  typeof v === 'object' && v !== null && 'status' in v && 'summary' in v

/**
 * The provider of a new cluster: the intent's (inputs and plans put the cluster's provider on each of its
 * operations), else the input, else what its zones are (us-south-1 is VPC; dal10, or a mix, classic).
 */
function newProvider(
  o: OperationIntent,
  given: Provider | undefined,
  zones: string[]
): Provider {
  return (
    o.provider ??
    given ??
    (zones.every(z => VPC_ZONE.test(z)) ? 'vpc-gen2' : 'classic')
  )
}

/** What a create orders: the flavor and zones the run chose. */
function newOrder(
  o: OperationIntent,
  provider: (zones: string[]) => Provider
): Plan {
  const flavor = value(o.flavor, o.operation, 'flavor')
  if (isOutcome(flavor)) return flavor
  const zones = zonesOf(o) ?? needs(o.operation, 'zones')
  if (isOutcome(zones)) return zones
  return {
    flavor,
    zones,
    provider: provider(zones),
    pool: known(o.pool),
    own: false,
    platform: versionPlatform(known(o.kubeVersion))
  }
}

/**
 * What an operation on an existing cluster orders. Growing an existing pool orders the pool's own flavor in the
 * pool's zones (resize, worker add) or in the added zones (zone add); a pool the same plan creates first is not
 * listed yet, so the plan's flavor stands in for it.
 */
async function existingOrder(
  o: OperationIntent,
  cluster: ClusterInfo,
  provider: Provider,
  pools: () => Promise<WorkerPoolInfo[]>
): Promise<Plan> {
  const op = o.operation
  const platform = clusterPlatform(cluster)
  const onCluster = (p: Plan): Plan => (isOutcome(p) ? p : {...p, platform})
  if (op === 'worker-pool-create') return onCluster(newOrder(o, () => provider))
  if (op === 'worker-add' && o.pool === undefined && o.flavor !== undefined)
    return onCluster(newOrder(o, () => provider))
  const ref = value(
    o.pool,
    op,
    op === 'worker-add' ? 'flavor or worker-pool' : 'worker-pool'
  )
  if (isOutcome(ref)) return ref
  // A resize grows the pool in the zones it has; a zone add orders in the added zones only.
  const zones = op === 'worker-pool-resize' ? undefined : zonesOf(o)
  if (isOutcome(zones)) return zones
  if (op === 'zone-add' && zones === undefined) return needs(op, 'zones')
  const pool = poolByRef(await pools(), ref)
  if (pool === undefined) {
    const flavor = known(o.flavor)
    if (flavor !== undefined && zones !== undefined)
      return {flavor, zones, provider, pool: ref, own: false, platform}
    return skip({
      id: 'flavor.pool-unknown',
      params: {name: cluster.name, pool: ref}
    })
  }
  if (pool.flavor === undefined)
    return skip({id: 'flavor.pool-no-flavor', params: {pool: ref}})
  const from = o.previousWorkersPerZone ?? pool.workersPerZone
  const to = known(o.workersPerZone)
  // A shrink orders no worker: the flavor does not matter to it.
  if (op === 'worker-pool-resize' && to !== undefined && from !== undefined)
    if (to <= from)
      return {
        status: 'pass',
        summary: {
          id: 'flavor.no-order',
          params: {pool: ref, flavor: pool.flavor, from, to}
        }
      }
  const where = zones ?? pool.zones.map(z => z.id)
  if (where.length === 0)
    return skip({
      id: 'flavor.pool-no-zones',
      params: {pool: ref, operation: op}
    })
  return {
    flavor: pool.flavor,
    zones: where,
    provider,
    pool: ref,
    own: true,
    perZone: pool.workersPerZone,
    platform
  }
}

const same = (a: string, b: string): boolean =>
  a.toLowerCase() === b.toLowerCase()

/** One zone's answer, as a details line. */
function zoneLine(
  zone: string,
  provider: string,
  list: FlavorInfo[],
  found: FlavorInfo | undefined,
  platform: Platform | undefined
): Msg {
  if (found?.ocpUnsupported && platform === 'openshift')
    return {id: 'flavor.detail.zone.ocp-unsupported', params: {zone}}
  if (found?.deprecated)
    return found.correspondingFlavor
      ? {
          id: 'flavor.detail.zone.deprecated-successor',
          params: {zone, successor: found.correspondingFlavor}
        }
      : {id: 'flavor.detail.zone.deprecated', params: {zone}}
  if (found) return {id: 'flavor.detail.zone.offered', params: {zone}}
  return list.length === 0
    ? {id: 'flavor.detail.zone.none-listed', params: {zone, provider}}
    : {
        id: 'flavor.detail.zone.others',
        params: {zone, provider, count: list.length}
      }
}

/** The two ways IKS lists a flavor it will not order, by message and rule. */
const REFUSALS = {
  ocpUnsupported: {
    pool: 'flavor.ocp-unsupported-pool',
    order: 'flavor.ocp-unsupported',
    param: 'unsupported',
    poolRule: 'flavor.ocp-unsupported-pool',
    orderRule: 'flavor.ocp-unsupported'
  },
  deprecated: {
    pool: 'flavor.deprecated-pool',
    order: 'flavor.deprecated',
    param: 'deprecated',
    poolRule: 'flavor.deprecated-pool',
    orderRule: 'flavor.not-deprecated'
  }
} as const

/** Ask for every zone's flavors together, then judge the order. */
async function judge(
  order: Order,
  operation: string,
  ctx: CheckContext,
  clusterId: string | undefined
): Promise<Outcome> {
  const lists = await Promise.all(
    order.zones.map(z => ctx.facts.flavors(z, order.provider))
  )
  const found = lists.map(list => list.find(f => same(f.name, order.flavor)))
  const details = order.zones.map((z, i) =>
    zoneLine(z, order.provider, lists[i]!, found[i], order.platform)
  )
  const missing = order.zones.filter((_, i) => found[i] === undefined)
  const deprecated = order.zones.filter((_, i) => found[i]?.deprecated)
  const ocpUnsupported =
    order.platform === 'openshift'
      ? order.zones.filter((_, i) => found[i]?.ocpUnsupported === true)
      : []
  const params = {
    operation,
    flavor: order.flavor,
    provider: order.provider,
    zones: order.zones.join(', '),
    pool: order.pool ?? 'default'
  }
  // Where the fix can point: a new pool with another flavor, for a pool whose flavor cannot change.
  const newPool = (): Command[] =>
    clusterId === undefined
      ? []
      : [
          cmd.workerPoolCreate(order.provider, clusterId, order.perZone ?? 1),
          cmd.zoneAdd(order.provider, clusterId)
        ]
  const listing = (zones: string[]): Command[] =>
    zones.slice(0, 3).map(z => cmd.flavors(z, order.provider))

  if (missing.length > 0) {
    const fix: FixStep[] = order.own
      ? [
          {
            text: {id: 'flavor.not-offered-pool.fix', params},
            commands: [...listing(missing), ...newPool()]
          }
        ]
      : [
          {
            text: {id: 'flavor.not-offered.fix'},
            commands: listing(missing)
          }
        ]
    return {
      status: 'fail',
      summary: {
        id: order.own ? 'flavor.not-offered-pool' : 'flavor.not-offered',
        params: {...params, missing: missing.join(', ')}
      },
      why: {id: 'flavor.not-offered.why'},
      fix,
      details,
      rule: 'flavor.offered-in-zone'
    }
  }
  // A flavor IKS lists but will not order: a pool's own flavor warns (it cannot change; the fix is
  // another pool), a flavor the operation orders fails.
  const refused = (
    zones: string[],
    k: (typeof REFUSALS)[keyof typeof REFUSALS]
  ): Outcome =>
    order.own
      ? {
          status: 'warn',
          summary: {
            id: k.pool,
            params: {...params, [k.param]: zones.join(', ')}
          },
          why: {id: `${k.pool}.why`},
          fix: [
            {
              text: {id: 'flavor.deprecated-pool.fix', params},
              commands: [...listing(zones.slice(0, 1)), ...newPool()]
            }
          ],
          details,
          rule: k.poolRule
        }
      : {
          status: 'fail',
          summary: {
            id: k.order,
            params: {...params, [k.param]: zones.join(', ')}
          },
          why: {id: `${k.order}.why`},
          fix: [
            {
              text: {id: `${k.order}.fix`},
              commands: listing(zones.slice(0, 1))
            }
          ],
          details,
          rule: k.orderRule
        }
  if (ocpUnsupported.length > 0)
    return refused(ocpUnsupported, REFUSALS.ocpUnsupported)
  if (deprecated.length > 0) return refused(deprecated, REFUSALS.deprecated)
  return {
    status: 'pass',
    summary: {id: order.own ? 'flavor.pass-pool' : 'flavor.pass', params},
    details
  }
}

/** The rules flavor applies (docs/rules.md). */
const RULES: readonly Rule[] = [
  {
    id: 'flavor.offered-in-zone',
    says: 'The flavor an operation orders is offered for the provider in every zone it orders workers in; IKS refuses the request otherwise (E4e5b).',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        code: 'E4e5b',
        text: 'Could not find flavor in the requested zone.',
        where:
          'HTTP 400 body (recoveryCLI "To list available flavors, run \'ibmcloud ks flavors --zone <zone>\'."), cloud-native-toolkit/ibm-garage-iteration-zero#242, 2020-12-15'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-create-vpc-gen2',
        quote:
          'To view available flavors, first list available VPC zones with `ibmcloud oc zone ls --provider vpc-gen2`, and then use the zone to list supported flavors by running `ibmcloud oc flavors --zone <VPC_zone> --provider vpc-gen2`.',
        read: 'ibm-cloud-docs/openshift@e8eca99'
      }
    ]
  },
  {
    id: 'flavor.not-deprecated',
    says: 'A new order (cluster create, new pool, workers with a chosen flavor) does not use a flavor IKS marks deprecated in a zone of it (E0146).',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        code: 'E0146',
        text: 'The specified flavor is deprecated.',
        where:
          'IKS CLI output "The specified flavor is deprecated. (E0146)" with "To list available flavors for a location, run \'ibmcloud ks flavors --zone <zone>\'.", IBM/cloud-pak-operations-cli#21, 2021-01-28'
      },
      {
        kind: 'sdk',
        repo: 'IBM-Cloud/container-services-go-sdk',
        path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go @454a2ae (model Flavor, GET /v2/getFlavors)',
        quote: 'Deprecated *bool `json:"deprecated,omitempty"`'
      }
    ]
  },
  {
    id: 'flavor.deprecated-pool',
    says: 'Growing an existing pool whose own flavor is deprecated warns: IKS refuses new orders of it, but no public source says whether it still adds workers to an existing pool.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'E0146 is captured on creates only; adding workers to an existing pool of a deprecated flavor is not documented either way.'
      }
    ]
  },
  {
    id: 'flavor.ocp-unsupported',
    says: 'A new order on a Red Hat OpenShift cluster (or a create of one) does not use a flavor IKS marks ocp_unsupported in a zone of it.',
    level: 'fail',
    sources: [
      {
        kind: 'sdk',
        repo: 'IBM-Cloud/container-services-go-sdk',
        path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go @454a2ae (models FlavorResponse and MachineType)',
        quote: 'OcpUnsupported *bool `json:"ocp_unsupported,omitempty"`'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-create-vpc-gen2',
        quote:
          'use the zone to list supported flavors by running `ibmcloud oc flavors --zone <VPC_zone> --provider vpc-gen2`',
        read: 'ibm-cloud-docs/openshift@e8eca99'
      }
    ],
    history:
      "IBM's SDK carries the field without a comment; its name is the whole definition. The SDK's getFlavors model (Flavor) omits it, so the check reads it when IKS sends it and says nothing when it does not: an absent field is never read as supported or unsupported."
  },
  {
    id: 'flavor.ocp-unsupported-pool',
    says: 'Growing an existing pool of an OpenShift cluster whose own flavor IKS marks ocp_unsupported warns: the pool exists, and no source says whether IKS refuses more workers of it.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'The SDK field says the flavor is not supported for OpenShift; the pool already runs it, and no IBM text says what IKS does with more workers of it.'
      }
    ]
  }
]

/**
 * The flavor an operation orders is offered in every zone it orders workers in (GET /v2/getFlavors per zone,
 * E4e5b), and not deprecated (E0146). An existing pool that grows orders its own flavor.
 */
export const flavorCheck: Check = {
  id: 'flavor',
  family: 'credentials',
  title: 'flavor.title',
  scope: 'cluster',
  operations: [
    'cluster-create',
    'worker-add',
    'worker-pool-create',
    'worker-pool-resize',
    'zone-add'
  ],
  requires: ['api-key', 'cluster-access', 'operation-target'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-planning_worker_nodes',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: RULES,
  async run(ctx): Promise<Outcome[]> {
    const {config, facts, target} = ctx
    const operation = config.operation
    const create = operation === 'cluster-create'
    // An existing pool's flavor must be read before its zones' flavors: ask IKS for the pools by the name or ID
    // given, together with the cluster itself, so the chain stays token → cluster and pools → flavors.
    const early =
      GROWS_POOL.has(operation) &&
      intentsOf(config, [target]).some(o => known(o.pool) !== undefined)
        ? facts.workerPools(target)
        : undefined
    const cluster = create ? undefined : await facts.cluster(target)
    const all = intentsOrBare(config, [target, cluster?.id, cluster?.name])

    let provider: Provider | undefined
    if (cluster !== undefined) {
      if (cluster.provider !== 'classic' && cluster.provider !== 'vpc-gen2')
        return [
          skip({
            id: 'common.not-for-provider',
            params: {
              provider: cluster.provider,
              providers: 'classic, vpc-gen2'
            }
          })
        ]
      provider = cluster.provider
    }
    const pools = (): Promise<WorkerPoolInfo[]> =>
      early ?? facts.workerPools(cluster!.id)
    const plans = await Promise.all(
      all.map(o =>
        cluster === undefined
          ? newOrder(o, zones => newProvider(o, config.provider, zones))
          : existingOrder(o, cluster, provider!, pools)
      )
    )
    return Promise.all(
      plans.map(p => (isOutcome(p) ? p : judge(p, operation, ctx, cluster?.id)))
    )
  }
}
