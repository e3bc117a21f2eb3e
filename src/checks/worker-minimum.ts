import {cmd} from '../commands/ibmcloud.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {ClusterInfo, WorkerInfo} from '../ibm/containers.js'
import type {MessageId} from '../messages/en.js'
import {
  isAfterApply,
  known,
  type OperationIntent,
  type Planned
} from '../intent/types.js'
import {clusterPlatform, type Platform} from '../facts/platform.js'
import {normaliseState} from './cluster-access.js'
import {intentsOf, namedWorkers, poolByRef, resolveWorkers} from './helpers.js'
import type {Check, Rule} from './types.js'

// What each platform keeps: OpenShift 2 (E1437, E3310, IBM's OpenShift FAQ); Kubernetes 1 (IBM's FAQ).
const MINIMUM: Record<Platform, number> = {openshift: 2, kubernetes: 1}
const PLATFORM_NAME: Record<Platform, string> = {
  openshift: 'OpenShift',
  kubernetes: 'Kubernetes'
}
// Workers already on their way out: they do not count as left.
const GONE_STATES = new Set(['deleted', 'deleting'])
// A pending operation that removes the worker (IBM names none in the SDK; "delete" is what IKS queues).
const REMOVING = /delet|remov/i

const E1437 =
  "The action cannot be completed because it would reduce the worker pool's size below the cluster's minimum requirement of 2 workers. If there are any worker operations pending, you might need wait for them to complete."

const RULES: Rule[] = [
  {
    id: 'worker-minimum.openshift',
    says: 'An OpenShift cluster keeps at least 2 workers: IKS refuses a worker delete, pool delete or resize that leaves fewer.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-faqs#smallest_cluster',
        quote:
          "Clusters must always have at least 2 worker nodes. Note that you can't have a cluster with 0 worker nodes, and you can't power off or suspend billing for your worker nodes.",
        read: 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
      },
      {
        kind: 'error',
        code: 'E1437',
        text: E1437,
        where:
          'IBM-Cloud/terraform-provider-ibm#5598 (terraform destroy of an OpenShift cluster built by terraform-ibm-base-ocp-vpc)'
      },
      {
        kind: 'sdk',
        repo: 'IBM-Cloud/terraform-provider-ibm',
        path: 'website/docs/r/container_vpc_cluster.html.markdown (worker_count)',
        quote:
          'If the requested number of worker nodes is fewer than the minimum 2 worker nodes that are required for an OpenShift cluster, cluster creation does not happen.'
      }
    ],
    history:
      'Until issue 19 the minimum of 2 applied to every cluster. Every public E1437 capture is an OpenShift cluster, and IBM names the 2-worker minimum for OpenShift only; Kubernetes clusters follow worker-minimum.kubernetes-zero.'
  },
  {
    id: 'worker-minimum.kubernetes-zero',
    says: "A Kubernetes cluster left with no worker: IBM's FAQ says it must keep 1, its cluster-states page describes clusters whose workers were all removed; a warning, not a blocker.",
    level: 'warn',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-faqs#smallest_cluster',
        quote:
          "Clusters must always have at least 1 worker node. Note that you can't have a cluster with 0 worker nodes, and you can't power off or suspend billing for your worker nodes.",
        read: '2026-12'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference#cluster-state-warning',
        quote:
          'Your cluster has zero worker nodes, such as if you created a cluster without any worker nodes or manually removed all the worker nodes from the cluster.',
        read: '2026-12'
      }
    ],
    history:
      'IBM documents no IKS refusal for a Kubernetes cluster going to 1 worker (2 → 1 passes) and contradicts itself on 0; by the rule of the weaker outcome, 0 warns.'
  },
  {
    id: 'worker-minimum.pending',
    says: 'Workers with a pending operation may not count toward the minimum while it runs.',
    level: 'warn',
    sources: [
      {
        kind: 'error',
        code: 'E1437',
        text: E1437,
        where: 'IBM-Cloud/terraform-provider-ibm#5598'
      }
    ]
  },
  {
    id: 'worker-minimum.platform-unknown',
    says: 'When IKS names neither the cluster type nor an _openshift version, fewer than 2 workers warns: the OpenShift minimum may or may not apply.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'The minimum differs by platform (worker-minimum.openshift, worker-minimum.kubernetes-zero); without the platform the weaker outcome applies.'
      }
    ]
  }
]

function live(w: WorkerInfo): boolean {
  return (
    !GONE_STATES.has(normaliseState(w.state ?? '')) &&
    !(w.pendingOperation !== undefined && REMOVING.test(w.pendingOperation))
  )
}

type Needed = 'worker-pool' | 'workers-per-zone'

/** The first value the operation needs that is missing or known only after apply. */
function missing(
  intents: OperationIntent[],
  needs: Array<[Needed, (o: OperationIntent) => Planned<unknown> | undefined]>
): {input: Needed; afterApply: boolean} | undefined {
  for (const [input, get] of needs)
    for (const o of intents) {
      const v = get(o)
      if (v === undefined) return {input, afterApply: false}
      if (isAfterApply(v)) return {input, afterApply: true}
    }
  return undefined
}

/**
 * A worker delete, pool delete or resize leaves the cluster the workers its platform needs: OpenShift 2
 * (E1437), Kubernetes 1 (0 warns). Counts the live workers IKS lists (not deleting, no pending delete) and
 * subtracts what the operation removes: the workers the `workers` input names, else one for a worker delete.
 */
export const workerMinimumCheck: Check = {
  id: 'worker-minimum',
  family: 'credentials',
  title: 'worker-minimum.title',
  scope: 'cluster',
  // zone-remove: a plan's VPC pool losing zones or a deleted zone attachment deletes the zone's workers.
  operations: [
    'worker-delete',
    'worker-pool-delete',
    'worker-pool-resize',
    'zone-remove'
  ],
  requires: ['api-key', 'cluster-access', 'operation-target'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-add-workers',
  needs: 'Viewer platform role on Kubernetes Service',
  rules: RULES,
  async run({config, facts, target}): Promise<Outcome[]> {
    const operation = config.operation
    const cluster = await facts.cluster(target)
    // Every operation of this kind on this cluster: a plan that deletes or resizes two pools does both.
    const intents = intentsOf(config, [target, cluster.id, cluster.name])
    const needs: Array<
      [Needed, (o: OperationIntent) => Planned<unknown> | undefined]
    > =
      operation === 'worker-pool-resize'
        ? [
            ['worker-pool', o => o.pool],
            ['workers-per-zone', o => o.workersPerZone]
          ]
        : operation === 'worker-pool-delete' || operation === 'zone-remove'
          ? [['worker-pool', o => o.pool]]
          : []
    const gap = missing(
      intents.length > 0 ? intents : [{operation, source: {kind: 'inputs'}}],
      needs
    )
    if (gap !== undefined)
      return [
        {
          status: 'skip',
          summary: gap.afterApply
            ? {id: 'worker-minimum.after-apply', params: {input: gap.input}}
            : {
                id: 'worker-minimum.needs-input',
                params: {operation, input: gap.input}
              }
        }
      ]

    const workers = await facts.workers(cluster.id)
    const platform = clusterPlatform(cluster)
    // Unknown platform: judged against OpenShift's 2, but never as a blocker (see below).
    const minimum = MINIMUM[platform ?? 'openshift']
    const counted = workers.filter(live)
    const now = counted.length
    const poolOf = (name: string): WorkerInfo[] =>
      counted.filter(w => w.poolName === name)
    const details: Array<string | Msg> = workers
      .filter(w => !live(w))
      .map(
        w =>
          `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: ${w.state ?? 'unknown'}${w.pendingOperation ? `, pending ${w.pendingOperation}` : ''}: not counted`
      )

    // The workers a worker-delete names (the `workers` input): counted as really removed.
    const named =
      operation === 'worker-delete'
        ? namedWorkers(config, [target, cluster.id, cluster.name])
        : undefined
    let removedNamed: WorkerInfo[] = []
    if (named !== undefined) {
      const {found, unknown} = resolveWorkers(workers, named)
      if (unknown.length > 0)
        return [
          {
            status: 'skip',
            summary: {
              id: 'worker-minimum.workers-unknown',
              params: {name: cluster.name, workers: unknown.join(', ')}
            }
          }
        ]
      removedNamed = found.filter(live)
      for (const w of removedNamed)
        details.push({
          id: 'worker-minimum.detail.removed',
          params: {worker: w.id, pool: w.poolName ?? '?', operation}
        })
    }

    // What each pool keeps after the operation; pools not named keep what they have.
    const after = new Map<string, number>()
    let removed = 0
    if (operation === 'worker-delete')
      removed = named !== undefined ? removedNamed.length : Math.min(1, now)
    // The input takes a pool's name or ID; workers carry the pool's name.
    const pools =
      operation === 'worker-delete' ? [] : await facts.workerPools(cluster.id)
    for (const o of operation === 'worker-delete' ? [] : intents) {
      const ref = known(o.pool)!
      const pool = poolByRef(pools, ref)?.name ?? ref
      const has = poolOf(pool)
      if (operation === 'worker-pool-delete') {
        after.set(pool, 0)
        details.push(`pool ${pool}: ${has.length} → 0`)
        continue
      }
      if (operation === 'zone-remove') {
        // The zone's workers go; a zone known only after apply removes none we can count.
        const gone = new Set(
          (known(o.zones) ?? []).flatMap(z => known(z.zone) ?? [])
        )
        const keeps =
          (after.get(pool) ?? has.length) -
          has.filter(w => gone.has(w.zone ?? '')).length
        after.set(pool, keeps)
        details.push(
          `pool ${pool}: ${has.length} → ${keeps} (zones removed: ${[...gone].join(', ')})`
        )
        continue
      }
      const zones = new Set(has.map(w => w.zone ?? ''))
      if (zones.size === 0)
        return [
          {
            status: 'skip',
            summary: {
              id: 'worker-minimum.pool-unknown',
              params: {name: cluster.name, pool}
            }
          }
        ]
      const size = known(o.workersPerZone)! * zones.size
      after.set(pool, size)
      details.push(
        `pool ${pool}: ${has.length} → ${size} (${known(o.workersPerZone)} × ${zones.size} zone(s): ${[...zones].join(', ')})`
      )
    }
    for (const [pool, size] of after) removed += poolOf(pool).length - size
    const left = now - removed
    const params = {
      name: cluster.name,
      operation,
      now,
      left,
      minimum,
      platform: PLATFORM_NAME[platform ?? 'openshift'],
      count: removedNamed.length
    }
    const variant =
      operation !== 'worker-delete'
        ? ''
        : named !== undefined
          ? '-named'
          : '-one'
    // E1437 says pending worker operations may count against the minimum: workers busy with one (a reload)
    // that the operation keeps may not count while it runs.
    const pending = counted.filter(
      w =>
        w.pendingOperation !== undefined &&
        !removedNamed.includes(w) &&
        !(w.poolName !== undefined && after.get(w.poolName) === 0)
    )
    if (
      platform !== undefined &&
      left >= minimum &&
      left - pending.length < minimum
    )
      return [
        {
          status: 'warn',
          rule: 'worker-minimum.pending',
          summary: {
            id: 'worker-minimum.pending',
            params: {...params, count: pending.length}
          },
          why: {id: 'worker-minimum.pending.why', params: {minimum}},
          fix: [
            {
              text: {id: 'worker-minimum.pending.fix'},
              commands: [cmd.workerLs(cluster.id)]
            }
          ],
          details: [
            ...pending.map(
              w =>
                `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: pending ${w.pendingOperation}`
            ),
            ...details
          ]
        }
      ]
    // Enough for the cluster's platform, or for either when IKS did not name it: a pass.
    if (left >= minimum)
      return [
        {
          status: 'pass',
          summary: {
            id:
              platform === undefined
                ? 'worker-minimum.pass-any'
                : (`worker-minimum.pass${variant}` as MessageId),
            params
          },
          ...(details.length > 0 ? {details} : {})
        }
      ]

    const fix = fixSteps(cluster, operation, counted, after, left, minimum)
    if (platform === 'openshift')
      return [
        {
          status: 'fail',
          rule: 'worker-minimum.openshift',
          summary: {
            id: `worker-minimum.fail${variant}` as MessageId,
            params: {...params, left: Math.max(left, 0)}
          },
          why: {id: 'worker-minimum.fail.why'},
          fix,
          details
        }
      ]
    if (platform === undefined)
      return [
        {
          status: 'warn',
          rule: 'worker-minimum.platform-unknown',
          summary: {
            id: 'worker-minimum.platform-unknown',
            params: {...params, left: Math.max(left, 0)}
          },
          why: {id: 'worker-minimum.platform-unknown.why'},
          fix,
          details
        }
      ]
    // Kubernetes, no worker left: IBM's pages disagree on whether IKS allows it.
    return [
      {
        status: 'warn',
        rule: 'worker-minimum.kubernetes-zero',
        summary: {id: 'worker-minimum.zero', params},
        why: {id: 'worker-minimum.zero.why'},
        fix,
        details
      }
    ]
  }
}

/** The fix: grow a pool the operation leaves alone, or the resized pool itself, or create one. */
function fixSteps(
  cluster: ClusterInfo,
  operation: string,
  counted: readonly WorkerInfo[],
  after: ReadonlyMap<string, number>,
  left: number,
  minimum: number
): FixStep[] {
  const poolOf = (name: string): WorkerInfo[] =>
    counted.filter(w => w.poolName === name)
  const need = minimum - Math.max(left, 0)
  const fix: FixStep[] = []
  const others = [
    ...new Set(counted.map(w => w.poolName).filter(p => p !== undefined))
  ].filter(p => !after.has(p))
  const other = others[0]
  if (other !== undefined) {
    const has = poolOf(other)
    const zones = new Set(has.map(w => w.zone ?? '')).size
    fix.push({
      text: {
        id: 'worker-minimum.fail.fix.resize-other',
        params: {pool: other, minimum}
      },
      commands: [
        cmd.workerPoolResize(
          cluster.id,
          other,
          Math.ceil((has.length + need) / Math.max(zones, 1))
        )
      ]
    })
  } else {
    const provider = cluster.provider === 'classic' ? 'classic' : 'vpc-gen2'
    fix.push({
      text: {id: 'worker-minimum.fail.fix.create', params: {minimum}},
      commands: [
        cmd.workerPoolCreate(provider, cluster.id, need),
        cmd.zoneAdd(provider, cluster.id)
      ]
    })
  }
  if (operation === 'worker-pool-resize' && after.size === 1) {
    const [pool, size] = [...after][0]!
    const zones = new Set(poolOf(pool).map(w => w.zone ?? '')).size
    const perZone = Math.ceil((size + need) / zones)
    fix.push({
      text: {
        id: 'worker-minimum.fail.fix.resize-self',
        params: {pool, size: perZone}
      },
      commands: [cmd.workerPoolResize(cluster.id, pool, perZone)]
    })
  }
  return fix
}
