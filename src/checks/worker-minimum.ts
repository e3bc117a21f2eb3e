import {cmd} from '../commands/ibmcloud.js'
import type {FixStep, Outcome} from '../findings.js'
import type {WorkerInfo} from '../ibm/containers.js'
import {
  isAfterApply,
  known,
  type OperationIntent,
  type Planned
} from '../intent/types.js'
import {normaliseState} from './cluster-access.js'
import {intentsOf, poolByRef} from './helpers.js'
import type {Check} from './types.js'

// IKS refuses to leave a cluster fewer workers than this (E1437).
const MINIMUM = 2
// Workers already on their way out: they do not count as left.
const GONE_STATES = new Set(['deleted', 'deleting'])
// A pending operation that removes the worker (IBM names none in the SDK; "delete" is what IKS queues).
const REMOVING = /delet|remov/i

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
 * A worker delete, pool delete or resize leaves the cluster at least 2 workers (E1437). Counts the live
 * workers IKS lists (not deleting, no pending delete) and subtracts what the operation removes.
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
  rules: [],
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
    const counted = workers.filter(live)
    const now = counted.length
    const poolOf = (name: string): WorkerInfo[] =>
      counted.filter(w => w.poolName === name)
    const details: string[] = workers
      .filter(w => !live(w))
      .map(
        w =>
          `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: ${w.state ?? 'unknown'}${w.pendingOperation ? `, pending ${w.pendingOperation}` : ''}: not counted`
      )

    // What each pool keeps after the operation; pools not named keep what they have.
    const after = new Map<string, number>()
    let removed = 0
    if (operation === 'worker-delete') removed = Math.min(1, now)
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
    const params = {name: cluster.name, operation, now, left}
    // E1437 says pending worker operations may count against the minimum: workers busy with one (a reload)
    // that the operation keeps may not count while it runs.
    const pending = counted.filter(
      w =>
        w.pendingOperation !== undefined &&
        !(w.poolName !== undefined && after.get(w.poolName) === 0)
    )
    if (left >= MINIMUM && left - pending.length < MINIMUM)
      return [
        {
          status: 'warn',
          summary: {
            id: 'worker-minimum.pending',
            params: {...params, count: pending.length}
          },
          why: {id: 'worker-minimum.pending.why'},
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
    if (left >= MINIMUM)
      return [
        {
          status: 'pass',
          summary: {
            id:
              operation === 'worker-delete'
                ? 'worker-minimum.pass-one'
                : 'worker-minimum.pass',
            params
          },
          ...(details.length > 0 ? {details} : {})
        }
      ]

    // The fix: grow a pool the operation leaves alone, or the resized pool itself, or create one.
    const need = MINIMUM - Math.max(left, 0)
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
          params: {pool: other}
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
        text: {id: 'worker-minimum.fail.fix.create'},
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
    return [
      {
        status: 'fail',
        summary: {
          id:
            operation === 'worker-delete'
              ? 'worker-minimum.fail-one'
              : 'worker-minimum.fail',
          params: {...params, left: Math.max(left, 0)}
        },
        why: {id: 'worker-minimum.fail.why'},
        fix,
        details
      }
    ]
  }
}
