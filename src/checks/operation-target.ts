import {cmd} from '../commands/ibmcloud.js'
import type {Msg, Outcome} from '../findings.js'
import type {ClusterInfo} from '../ibm/containers.js'
import type {WorkerPoolInfo} from '../ibm/iks-more.js'
import {
  isAfterApply,
  known,
  regionOfZone,
  type OperationIntent
} from '../intent/types.js'
import {intentsOf, intentsOrBare, poolByRef} from './helpers.js'
import type {Check, CheckContext, Rule} from './types.js'

const ID = 'operation-target'

// Operations that name a pool IKS must already have (a worker operation names one only to narrow it).
const NAMES_POOL = new Set([
  'worker-pool-resize',
  'worker-pool-delete',
  'worker-add',
  'zone-add',
  'worker-delete',
  'worker-reload',
  'worker-reboot',
  'worker-replace'
])

const RULES: readonly Rule[] = [
  {
    id: `${ID}.pool-unknown`,
    says: 'An operation on an existing worker pool names a pool (by name or ID) that IKS lists in the cluster.',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        text: 'The specified worker pool could not be found.',
        where:
          "IKS's HTTP 404 description for a pool it does not have, matched by IBM's Terraform provider (IBM-Cloud/terraform-provider-ibm, ibm/service/kubernetes resource_ibm_container_worker_pool.go and resource_ibm_container_vpc_worker_pool.go)"
      },
      {
        kind: 'sdk',
        repo: 'IBM-Cloud/container-services-go-sdk',
        path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go',
        quote:
          'GetWorkerPools: List the worker pools in a cluster; each WorkerPoolResponse carries id and poolName, and the pool paths take {poolidOrName}'
      }
    ]
  },
  {
    id: `${ID}.pool-name-taken`,
    says: 'A worker pool create names a pool the cluster does not already have (pool names are unique in a cluster), unless the same plan deletes that pool first.',
    level: 'fail',
    sources: [
      {
        kind: 'error',
        code: 'E0d39',
        text: 'A worker pool with the same name already exists within the cluster. Choose another name.',
        where:
          'HTTP 409 body in IBM-Cloud/terraform-provider-ibm#3444 (2022), creating ibm_container_worker_pool'
      }
    ]
  },
  {
    id: `${ID}.pool-name-order`,
    says: 'A worker pool create whose name another resource of the same plan deletes: Terraform orders the two only when one depends on the other, so the create may meet the old pool (E0d39).',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'E0d39 refuses a second pool of the same name; whether the delete ends before the create depends on the plan graph, which the JSON plan does not order for unrelated resources.'
      }
    ]
  },
  {
    id: `${ID}.zone-region`,
    says: "A VPC zone of the operation is one of IKS's VPC zones in the cluster's region.",
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://github.com/ibm-cloud-docs/openshift/blob/master/cluster-create-vpc-gen2.md',
        quote:
          'Make sure that you use a zone that matches the metro city location that you selected when you created your VPC and that you have an existing VPC subnet for that zone. For example, if you created your VPC in the Dallas metro city, your zone must be set to `us-south-1`, `us-south-2`, or `us-south-3`.',
        read: 'ibm-cloud-docs/openshift@e8eca99b'
      },
      {
        kind: 'sdk',
        repo: 'IBM-Cloud/container-services-go-sdk',
        path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go',
        quote: 'VpcGetZones: GET /v2/vpc/getZones?provider=vpc-gen2'
      }
    ]
  },
  {
    id: `${ID}.zone-unknown`,
    says: 'A classic zone of the operation is one of the zones IKS lists (GET /v1/zones).',
    level: 'fail',
    sources: [
      {
        kind: 'sdk',
        repo: 'IBM-Cloud/container-services-go-sdk',
        path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go',
        quote:
          'GetZones : List available zones (data centers) - List available zones (data centers) where you can create a cluster.'
      }
    ]
  },
  {
    id: `${ID}.zone-in-pool`,
    says: 'A zone add names a zone the worker pool does not have yet.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'No public IBM source says whether IKS refuses a zone add of a zone already in the pool (docs/ibm-api-assumptions.md); adding it again changes nothing at best.'
      }
    ]
  }
]

interface Problem {
  outcome: Outcome
}

const names = (list: readonly string[]): string =>
  list.length > 0 ? list.join(', ') : 'none'

/** The zone names an operation gives (known now); subnets or VLANs without their zone name none. */
function zoneNames(o: OperationIntent): string[] {
  const zones = known(o.zones)
  if (zones === undefined) return []
  return zones.flatMap(p => {
    const z = known(p.zone)
    return z === undefined ? [] : [z]
  })
}

/**
 * VPC zones of the operation that are not IKS's zones of `region`: one fail naming them, the region's zones
 * and, for a zone of another region, that region. Undefined when every zone resolves, or the region has no
 * VPC zone at all (vpc-region judges the region itself).
 */
function zonesOutsideRegion(
  zones: readonly string[],
  region: string,
  iksZones: readonly string[],
  operation: string
): Outcome | 'no-region' | undefined {
  const here = iksZones.filter(z => regionOfZone(z) === region).sort()
  if (here.length === 0) return 'no-region'
  const bad = zones.filter(z => !here.includes(z))
  if (bad.length === 0) return undefined
  const elsewhere = bad.map((z): Msg => {
    const r = regionOfZone(z)
    return iksZones.includes(z) && r !== undefined
      ? {
          id: 'operation-target.detail.zone.other-region',
          params: {zone: z, region: r}
        }
      : {id: 'operation-target.detail.zone.not-listed', params: {zone: z}}
  })
  return {
    status: 'fail',
    rule: `${ID}.zone-region`,
    summary: {
      id: 'operation-target.zone-region',
      params: {zones: bad.join(', '), region, operation, here: here.join(', ')}
    },
    why: {id: 'operation-target.zone-region.why'},
    fix: [
      {
        text: {id: 'operation-target.zone-region.fix', params: {region}},
        commands: [cmd.zoneLs('vpc-gen2')]
      }
    ],
    details: elsewhere
  }
}

/** Zones of the operation, resolved: a problem to report, or a line for the details and whether it verified anything. */
interface ZoneAnswer {
  problem?: Outcome
  line: string
  verified: boolean
}

/**
 * VPC zones against IKS's VPC zones of the region; classic zones against IKS's classic zones (GET /v1/zones),
 * which name their metro, not their region: a classic zone of another region is not caught here.
 */
async function resolveZones(
  ctx: CheckContext,
  zones: readonly string[],
  provider: string | undefined,
  region: string,
  operation: string
): Promise<ZoneAnswer> {
  const list = zones.join(', ')
  if (provider === 'vpc-gen2') {
    const outside = zonesOutsideRegion(
      zones,
      region,
      await ctx.facts.vpcZones(),
      operation
    )
    if (outside === 'no-region')
      return {
        line: `zones ${list}: IKS lists no VPC zone in region ${region}; not resolved`,
        verified: false
      }
    if (outside) return {problem: outside, line: '', verified: true}
    return {
      line: `zones ${list}: VPC zones of region ${region}`,
      verified: true
    }
  }
  if (provider !== 'classic')
    return {
      line: `zones ${list}: provider ${provider ?? 'unknown'}; not resolved`,
      verified: false
    }
  const listed = await ctx.facts.classicZones()
  const ids = listed.map(z => z.id)
  const unknown = zones.filter(z => !ids.includes(z))
  if (unknown.length > 0)
    return {
      problem: {
        status: 'fail',
        rule: `${ID}.zone-unknown`,
        summary: {
          id: 'operation-target.zone-unknown',
          params: {zones: unknown.join(', '), operation}
        },
        why: {id: 'operation-target.zone-unknown.why'},
        fix: [
          {
            text: {id: 'operation-target.zone-unknown.fix'},
            commands: [cmd.zoneLs('classic')]
          }
        ],
        details: [`IKS's classic zones: ${ids.sort().join(', ')}`]
      },
      line: '',
      verified: true
    }
  const metros = zones.map(
    z => `${z}: metro ${listed.find(l => l.id === z)?.metro ?? 'not named'}`
  )
  return {
    line: `zones ${list}: classic zones IKS lists (${metros.join('; ')}); IKS names no region for them, so the region is not checked`,
    verified: true
  }
}

/** What a plan does with a pool of this name on the same cluster besides `o`. */
function planDeletes(all: readonly OperationIntent[], pool: string): boolean {
  return all.some(
    d => d.operation === 'worker-pool-delete' && known(d.pool) === pool
  )
}

function plansCreate(all: readonly OperationIntent[], pool: string): boolean {
  return all.some(
    c => c.operation === 'worker-pool-create' && known(c.pool) === pool
  )
}

/** A create whose name is taken: a fail (E0d39), fine when the same resource is deleted first, a warn when another is. */
function nameTaken(
  o: OperationIntent,
  name: string,
  cluster: ClusterInfo,
  all: readonly OperationIntent[]
): Problem | undefined {
  const src = o.source
  if (src.kind === 'plan' && src.actions.join(',') === 'delete,create')
    return undefined
  const params = {pool: name, name: cluster.name}
  const others = all.filter(
    d =>
      d.operation === 'worker-pool-delete' &&
      known(d.pool) === name &&
      !(
        d.source.kind === 'plan' &&
        src.kind === 'plan' &&
        d.source.address === src.address
      )
  )
  if (others.length > 0)
    return {
      outcome: {
        status: 'warn',
        rule: `${ID}.pool-name-order`,
        summary: {id: 'operation-target.pool-name-order', params},
        why: {id: 'operation-target.pool-name-order.why'},
        fix: [{text: {id: 'operation-target.pool-name-order.fix'}}]
      }
    }
  const replace =
    src.kind === 'plan' && src.actions.join(',') === 'create,delete'
  return {
    outcome: {
      status: 'fail',
      rule: `${ID}.pool-name-taken`,
      summary: {
        id: replace
          ? 'operation-target.pool-name-taken-replace'
          : 'operation-target.pool-name-taken',
        params: replace ? {...params, address: src.address} : params
      },
      why: {id: 'operation-target.pool-name-taken.why'},
      fix: [
        {
          text: {
            id: replace
              ? 'operation-target.pool-name-taken-replace.fix'
              : 'operation-target.pool-name-taken.fix'
          },
          commands: [cmd.workerPoolLs(cluster.id)]
        }
      ]
    }
  }
}

async function forNewCluster(ctx: CheckContext): Promise<Outcome[]> {
  const {config, facts, target} = ctx
  const intents = intentsOrBare(config, [target])
  const zones = [...new Set(intents.flatMap(zoneNames))]
  if (zones.length === 0)
    return [
      {
        status: 'skip',
        summary: {
          id: 'operation-target.nothing',
          params: {operation: config.operation}
        }
      }
    ]
  const t = await facts.target(target)
  const provider = intents[0]?.provider ?? config.provider ?? t.provider
  const answer = await resolveZones(
    ctx,
    zones,
    provider,
    t.region,
    config.operation
  )
  if (answer.problem) return [answer.problem]
  if (!answer.verified)
    return [
      {
        status: 'skip',
        summary: {
          id: 'operation-target.not-resolved',
          params: {operation: config.operation}
        },
        details: [answer.line]
      }
    ]
  return [
    {
      status: 'pass',
      summary: {
        id:
          provider === 'vpc-gen2'
            ? 'operation-target.pass-zones'
            : 'operation-target.pass-classic-zones',
        params: {zones: zones.join(', '), region: t.region}
      },
      details: [answer.line]
    }
  ]
}

/**
 * Everything the operation names resolves before other checks judge it: the worker pool (by name or ID) in
 * IKS's pool list, a new pool's name free (E0d39), the zones among IKS's VPC zones of the cluster's region,
 * a zone add's zones new to the pool. One finding per name that does not resolve; the checks that read the
 * target (worker-minimum, flavor, vpc-subnets, …) require this one and say "not checked" when it fails.
 */
export const operationTargetCheck: Check = {
  id: 'operation-target',
  family: 'credentials',
  title: 'operation-target.title',
  scope: 'cluster',
  operations: [
    'cluster-create',
    'worker-add',
    'worker-delete',
    'worker-reload',
    'worker-reboot',
    'worker-replace',
    'worker-pool-resize',
    'worker-pool-create',
    'worker-pool-delete',
    'zone-add'
  ],
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-add-workers',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: RULES,
  async run(ctx): Promise<Outcome[]> {
    const {config, facts, target} = ctx
    if (config.operation === 'cluster-create') return forNewCluster(ctx)
    const cluster = await facts.cluster(target)
    const refs = [target, cluster.id, cluster.name]
    const intents = intentsOf(config, refs)
    // Every operation of the run on this cluster (a plan's other passes too): a pool the plan creates
    // resolves for the resize that follows it.
    const everything = config.intent.clusters
      .filter(c => {
        const ref = known(c.cluster.nameOrId)
        return ref !== undefined && refs.includes(ref)
      })
      .flatMap(c => c.operations)
    const wantsPools = intents.some(
      o =>
        known(o.pool) !== undefined &&
        (NAMES_POOL.has(o.operation) || o.operation === 'worker-pool-create')
    )
    const wantsZones = intents.some(o => zoneNames(o).length > 0)
    if (!wantsPools && !wantsZones)
      return [
        {
          status: 'skip',
          summary: {
            id: 'operation-target.nothing',
            params: {operation: config.operation}
          }
        }
      ]
    const pools: WorkerPoolInfo[] = wantsPools
      ? await facts.workerPools(cluster.id)
      : []
    const poolNames = pools.map(p => p.name ?? p.id)

    const problems: Outcome[] = []
    const resolved: string[] = []
    // Only what was resolved may pass: classic zones alone are "not checked".
    let verified = 0
    for (const o of intents) {
      const ref = known(o.pool)
      let pool: WorkerPoolInfo | undefined
      if (ref !== undefined && o.operation === 'worker-pool-create') {
        const taken = pools.find(p => p.name === ref)
        const problem = taken && nameTaken(o, ref, cluster, everything)
        if (problem) problems.push(problem.outcome)
        else if (taken)
          resolved.push(
            `pool ${ref}: the plan deletes the pool of this name first`
          )
        else resolved.push(`pool ${ref}: a new name in cluster ${cluster.name}`)
        verified++
      } else if (ref !== undefined && NAMES_POOL.has(o.operation)) {
        pool = poolByRef(pools, ref)
        verified++
        if (pool !== undefined)
          resolved.push(
            `pool ${ref}: ${pool.name ?? pool.id} (${pool.id}), zones ${names(pool.zones.map(z => z.id))}`
          )
        else if (plansCreate(everything, ref) && !planDeletes(everything, ref))
          resolved.push(`pool ${ref}: created by the same plan`)
        else
          problems.push({
            status: 'fail',
            rule: `${ID}.pool-unknown`,
            summary: {
              id: 'operation-target.pool-unknown',
              params: {pool: ref, name: cluster.name, pools: names(poolNames)}
            },
            why: {id: 'operation-target.pool-unknown.why'},
            fix: [
              {
                text: {id: 'operation-target.pool-unknown.fix'},
                commands: [cmd.workerPoolLs(cluster.id)]
              }
            ],
            details: pools.map(p => `${p.name ?? '(no name)'}: ${p.id}`)
          })
      } else if (isAfterApply(o.pool))
        resolved.push('pool: known after apply, not resolved')

      const zones = zoneNames(o)
      if (zones.length === 0) continue
      const answer = await resolveZones(
        ctx,
        zones,
        cluster.provider,
        cluster.region,
        o.operation
      )
      if (answer.problem) problems.push(answer.problem)
      else resolved.push(answer.line)
      if (answer.verified && !answer.problem) verified++
      if (o.operation === 'zone-add' && pool !== undefined) {
        const has = pool.zones.map(z => z.id)
        const again = zones.filter(z => has.includes(z))
        if (again.length > 0)
          problems.push({
            status: 'warn',
            rule: `${ID}.zone-in-pool`,
            summary: {
              id: 'operation-target.zone-in-pool',
              params: {
                zones: again.join(', '),
                pool: pool.name ?? pool.id,
                has: names(has)
              }
            },
            why: {id: 'operation-target.zone-in-pool.why'},
            fix: [
              {
                text: {id: 'operation-target.zone-in-pool.fix'},
                commands: [cmd.workerPoolLs(cluster.id)]
              }
            ]
          })
      }
    }
    if (problems.length > 0) return problems
    if (verified === 0)
      return [
        {
          status: 'skip',
          summary: {
            id: 'operation-target.not-resolved',
            params: {operation: config.operation}
          },
          details: resolved
        }
      ]
    return [
      {
        status: 'pass',
        summary: {
          id: 'operation-target.pass',
          params: {operation: config.operation, name: cluster.name}
        },
        details: resolved
      }
    ]
  }
}
