import {OPERATIONS} from '../config/types.js'
import type {TargetInfo} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {WorkerInfo} from '../ibm/containers.js'
import {cmd} from '../commands/ibmcloud.js'
import type {Check} from './types.js'
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
  docs: VPE_DOCS,
  needs:
    'Viewer platform role on Kubernetes Service; Operator to replace workers',
  rules: [],
  async run(ctx): Promise<Outcome[]> {
    const t = await ctx.facts.target(ctx.target)
    const workers = await ctx.facts.workers(t.id ?? t.ref)
    const now = Date.now()
    const affected = workers
      .map(w => classify(w, now))
      .filter((a): a is Affected => a !== undefined)
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
        summary: {id: 'worker-endpoints.pass', params: {total: workers.length}}
      })
    return outcomes
  }
}
