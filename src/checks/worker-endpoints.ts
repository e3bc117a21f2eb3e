import {OPERATIONS} from '../config/types.js'
import type {TargetInfo} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {WorkerInfo} from '../ibm/containers.js'
import {cmd} from '../commands/ibmcloud.js'
import {namedWorkers, resolveWorkers} from './helpers.js'
import type {Check, Rule} from './types.js'
import {VPE_DOCS, refreshCommand, showGatewayCommands} from './vpe-gateway.js'

// IBM's worker status texts (scenarios §3), matched case-insensitively by substring in every message field.
const DEPLOY_FAILED =
  'worker deploy failed due to network communications failing to master or registry endpoints'
const PENDING_GATEWAY = 'pending endpoint gateway creation'
/** A gateway normally appears within minutes; a worker still waiting after this is stuck. */
export const PENDING_GRACE_MS = 20 * 60 * 1000

interface Affected {
  worker: WorkerInfo
  kind: 'deploy-failed' | 'pending'
  /** Minutes since the message was set, when IBM says. */
  ageMinutes?: number
}

function ageMinutes(w: WorkerInfo, now: number): number | undefined {
  const at = w.messageDate ? Date.parse(w.messageDate) : Number.NaN
  return Number.isNaN(at)
    ? undefined
    : Math.max(0, Math.floor((now - at) / 60_000))
}

function classify(w: WorkerInfo, now: number): Affected | undefined {
  const text = w.messages.join('\n').toLowerCase()
  if (text.includes(DEPLOY_FAILED))
    return {worker: w, kind: 'deploy-failed', ageMinutes: ageMinutes(w, now)}
  if (text.includes(PENDING_GATEWAY))
    return {worker: w, kind: 'pending', ageMinutes: ageMinutes(w, now)}
  return undefined
}

export function formatAge(minutes: number): string {
  if (minutes < 120) return `${minutes} min`
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`
  return `${Math.floor(minutes / 1440)} days`
}

/** formatAge's units as a message, so the report's language words them. */
function ageMsg(minutes: number): Msg {
  if (minutes < 120)
    return {id: 'worker-endpoints.detail.age.min', params: {n: minutes}}
  if (minutes < 48 * 60)
    return {
      id: 'worker-endpoints.detail.age.h',
      params: {n: Math.floor(minutes / 60)}
    }
  return {
    id: 'worker-endpoints.detail.age.days',
    params: {n: Math.floor(minutes / 1440)}
  }
}

function line(a: Affected): Msg {
  const age: Msg | string =
    a.ageMinutes === undefined
      ? a.kind === 'pending'
        ? {id: 'worker-endpoints.detail.age.unknown'}
        : ''
      : ageMsg(a.ageMinutes)
  const where = `${a.worker.zone ?? '?'}${a.worker.privateIP ? `, ${a.worker.privateIP}` : ''}`
  return {
    id:
      a.kind === 'deploy-failed'
        ? 'worker-endpoints.detail.deploy-failed'
        : 'worker-endpoints.detail.pending',
    params: {worker: a.worker.id, where, age}
  }
}

/** IBM's order: refresh the master, check the gateway, then replace each affected worker. */
function orderedFix(t: TargetInfo, workers: readonly WorkerInfo[]): FixStep[] {
  const cluster = t.id ?? t.ref
  return [
    {text: {id: 'worker-endpoints.fix.refresh'}, commands: [refreshCommand(t)]},
    {
      text: {id: 'worker-endpoints.fix.gateway'},
      commands: showGatewayCommands(t)
    },
    {
      text: {id: 'worker-endpoints.fix.replace'},
      commands: [
        cmd.workerLs(cluster),
        ...workers.map(w => cmd.workerReplace(cluster, w.id))
      ]
    }
  ]
}

const VPE_TS =
  'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster_infra_errors#vpe-ts'

const RULES: Rule[] = [
  {
    id: 'worker-endpoints.lost-endpoints',
    says: 'Workers that report "Worker deploy failed due to network communications failing to master or registry endpoints", or still "Pending endpoint gateway creation" after 20 minutes, cannot be managed until the master is refreshed or they are replaced; a worker-replace of those workers is the fix itself.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: VPE_TS,
        quote:
          "You can't manage worker nodes for your cluster, and you receive an error message similar to one of the following.",
        read: 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors#vpe-ts',
        quote:
          "If you still can't manage worker nodes after the cluster master is refreshed, replace the worker nodes that you can't access.",
        read: '2026-12'
      }
    ],
    history:
      'Re-read for issue 19: confirmed for every operation but worker-replace, which IBM names as the fix (until issue 19 a replace failed on the workers it was meant to replace).'
  },
  {
    id: 'worker-endpoints.pending-young',
    says: 'A worker "Pending endpoint gateway creation" for less than 20 minutes (or for an unknown time) may still resolve by itself: a warning.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: "IBM lists the message as a symptom without a duration; the 20-minute grace is this product's choice while a new gateway is created."
      }
    ]
  },
  {
    id: 'worker-endpoints.replace-unnamed',
    says: 'A worker-replace on a cluster with such workers, when the workers input does not say which workers it replaces: a warning to make sure the replace names them.',
    level: 'warn',
    sources: [
      {
        kind: 'doc',
        url: VPE_TS,
        quote:
          'Use the worker node ID that is returned from the `ibmcloud oc worker ls --cluster <cluster_name_or_ID>` command.',
        read: 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
      }
    ]
  }
]

/** No worker reports that it cannot reach the master or registry through the cluster's VPE gateway. */
export const workerEndpointsCheck: Check = {
  id: 'worker-endpoints',
  family: 'vpc',
  title: 'worker-endpoints.title',
  scope: 'cluster',
  // Replacing workers of a cluster about to be deleted is pointless; vpe-gateway covers a delete.
  operations: OPERATIONS.filter(
    o => o !== 'cluster-create' && o !== 'cluster-delete'
  ),
  providers: ['vpc-gen2'],
  requires: ['api-key', 'cluster-access'],
  // Workers that cannot reach the master through a missing or broken gateway are its symptom.
  explainedBy: ['vpe-gateway'],
  // Workers waiting for a gateway that is itself still pending are that gateway's wait.
  explainedByWarning: ['vpe-gateway'],
  docs: VPE_DOCS,
  needs:
    'Viewer platform role on Kubernetes Service; Operator to replace workers',
  rules: RULES,
  async run(ctx): Promise<Outcome[]> {
    const t = await ctx.facts.target(ctx.target)
    const all = await ctx.facts.workers(t.id ?? t.ref)
    const now = Date.now()
    // With the workers input, only the workers the operation touches are judged.
    const named = namedWorkers(ctx.config, [ctx.target, t.id, t.name])
    let workers = all
    if (named !== undefined) {
      const {found, unknown} = resolveWorkers(all, named)
      if (unknown.length > 0)
        return [
          {
            status: 'skip',
            summary: {
              id: 'worker-endpoints.workers-unknown',
              params: {workers: unknown.join(', ')}
            }
          }
        ]
      workers = found
    }
    const affected = workers
      .map(w => classify(w, now))
      .filter((a): a is Affected => a !== undefined)
    // A replace is IBM's fix for these workers: never a blocker for it.
    if (ctx.config.operation === 'worker-replace' && affected.length > 0)
      return [replaceOutcome(t, affected, named !== undefined, all.length)]
    // A young "pending" (or one of unknown age) may still resolve by itself: a warning, not a blocker.
    const young = (a: Affected): boolean =>
      a.kind === 'pending' &&
      (a.ageMinutes === undefined || a.ageMinutes * 60_000 < PENDING_GRACE_MS)
    const blocking = affected.filter(a => !young(a))
    const waiting = affected.filter(young)
    const outcomes: Outcome[] = []
    if (blocking.length > 0) {
      outcomes.push({
        status: 'fail',
        rule: 'worker-endpoints.lost-endpoints',
        summary: {
          id: 'worker-endpoints.blocked',
          params: {
            count: blocking.length,
            total: workers.length,
            workers: blocking.map(a => a.worker.id).join(', ')
          }
        },
        why: {id: 'worker-endpoints.blocked.why'},
        fix: orderedFix(
          t,
          blocking.map(a => a.worker)
        ),
        details: blocking.map(line)
      })
    }
    if (waiting.length > 0) {
      outcomes.push({
        status: 'warn',
        rule: 'worker-endpoints.pending-young',
        summary: {
          id: 'worker-endpoints.pending',
          params: {
            count: waiting.length,
            total: workers.length,
            workers: waiting.map(a => a.worker.id).join(', '),
            minutes: PENDING_GRACE_MS / 60_000
          }
        },
        why: {id: 'worker-endpoints.pending.why'},
        fix: [
          {
            text: {
              id: 'worker-endpoints.fix.wait',
              params: {minutes: PENDING_GRACE_MS / 60_000}
            }
          },
          ...orderedFix(
            t,
            waiting.map(a => a.worker)
          )
        ],
        details: waiting.map(line)
      })
    }
    if (outcomes.length === 0)
      outcomes.push({
        status: 'pass',
        summary: {
          id:
            named !== undefined
              ? 'worker-endpoints.pass-named'
              : 'worker-endpoints.pass',
          params: {total: workers.length}
        }
      })
    return outcomes
  }
}

/**
 * A worker-replace on a cluster whose workers lost the endpoints: when the workers input names them, the
 * replace is the fix (pass); when it names none, a warning to make sure the replace targets them.
 */
function replaceOutcome(
  t: TargetInfo,
  affected: readonly Affected[],
  named: boolean,
  total: number
): Outcome {
  const params = {
    count: affected.length,
    total,
    workers: affected.map(a => a.worker.id).join(', ')
  }
  if (named)
    return {
      status: 'pass',
      summary: {id: 'worker-endpoints.replace-fixes', params},
      details: affected.map(line)
    }
  return {
    status: 'warn',
    rule: 'worker-endpoints.replace-unnamed',
    summary: {id: 'worker-endpoints.replace-unnamed', params},
    why: {id: 'worker-endpoints.replace-unnamed.why'},
    fix: orderedFix(
      t,
      affected.map(a => a.worker)
    ),
    details: affected.map(line)
  }
}
