import {cmd, type Command} from '../commands/ibmcloud.js'
import type {Facts, TargetInfo} from '../facts.js'
import {findClusterGateway} from '../facts/vpe.js'
import type {Finding, FixStep, Outcome} from '../findings.js'
import {ApiError} from '../ibm/errors.js'
import type {EndpointGateway} from '../ibm/vpc.js'

/** Kept free of the wait so the last poll, and the report, still fit in timeout-seconds. */
const RESERVE_MS = 3000
const MIN_POLL_MS = 250
const MAX_POLL_MS = 5000

export interface VpeRemediation {
  /** ISO time the refresh was accepted. */
  requestedAt: string
  /** The gateway that appeared, if it did within the wait. */
  gateway?: EndpointGateway
  /** Seconds from the refresh to the gateway's appearance, or to the end of the wait. */
  elapsedSeconds: number
  /** The wait actually allowed: remediate-wait-seconds, cut down to what timeout-seconds leaves. */
  waitSeconds: number
  limitedBy: 'remediate-wait-seconds' | 'timeout-seconds'
  polls: number
}

/** The steady poll interval: about 20 polls per wait, 0.25–5 s apart (quick on the emulator, gentle on IBM). */
export const pollIntervalMs = (waitMs: number): number =>
  Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Math.round(waitMs / 20)))

/** Poll n (0-based) waits 0.25 s, 0.5 s, 1 s… up to the steady interval: a quick re-creation is seen quickly. */
export const pollDelayMs = (n: number, waitMs: number): number =>
  Math.min(pollIntervalMs(waitMs), MIN_POLL_MS * 2 ** Math.min(n, 10))

const secondsSince = (t0: number): number =>
  Math.round((Date.now() - t0) / 100) / 10

/**
 * The one write of the product (only with `remediate: vpe`, only for a missing gateway): refresh the
 * master, which re-creates iks-<cluster ID>, then poll for it, bypassing memoised facts, until it
 * exists or the wait ends. A refused refresh throws the ApiError for the caller to report.
 */
export async function refreshAndWaitForGateway(
  facts: Facts,
  t: TargetInfo
): Promise<VpeRemediation> {
  const clusterId = t.id ?? t.ref
  await facts.containers.refreshMaster(await facts.accessToken(), clusterId)
  const t0 = Date.now()
  const requestedAt = new Date(t0).toISOString()
  const deadline = facts.http.deadline
  const wanted = facts.config.remediateWaitSeconds * 1000
  const allowed = Math.max(0, deadline.remaining() - RESERVE_MS)
  const waitMs = Math.min(wanted, allowed)
  const base = {
    requestedAt,
    waitSeconds: Math.round(waitMs / 1000),
    limitedBy: allowed < wanted ? 'timeout-seconds' : 'remediate-wait-seconds'
  } as const
  let polls = 0
  do {
    const remaining = waitMs - (Date.now() - t0)
    if (
      !(await deadline.sleep(
        Math.max(0, Math.min(pollDelayMs(polls, waitMs), remaining))
      ))
    )
      break
    polls++
    // A poll that fails (after the HTTP layer's retries) must not hide that a refresh was made: keep polling.
    const gateway = await findClusterGateway(
      facts,
      t,
      [`iks-${clusterId}`],
      true
    ).catch((e: unknown) => {
      if (e instanceof ApiError) return undefined
      throw e
    })
    if (gateway)
      return {...base, gateway, elapsedSeconds: secondsSince(t0), polls}
  } while (Date.now() - t0 < waitMs)
  return {...base, elapsedSeconds: secondsSince(t0), polls}
}

const SUPPORT_URL = 'https://cloud.ibm.com/unifiedsupport/cases/add'

const clusterIdOf = (t: TargetInfo): string => t.id ?? t.ref

/** What the refresh did, as the commands a person would type (so re-checked findings do not repeat it). */
export const doneCommands = (t: TargetInfo): Command[] => [
  cmd.masterRefresh(clusterIdOf(t))
]

const showGateway = (t: TargetInfo): Command[] => [
  cmd.targetRegion(t.region),
  cmd.endpointGateway(`iks-${clusterIdOf(t)}`)
]

/** What the remediation step does with a missing gateway's finding, and what it leaves to a re-check. */
export type VpeResult =
  {kind: 'final'; outcome: Outcome} | {kind: 'appeared'; statement: Outcome}

/**
 * Refresh and wait, then say what happened in vpe-gateway's words. `before` is the check's "missing"
 * finding: the refused and unhealed outcomes keep its why and details. When the gateway appeared,
 * the caller re-checks on fresh facts and shows `statement` (before → after) above the new findings.
 */
export async function remediateVpe(
  facts: Facts,
  t: TargetInfo,
  before: Finding
): Promise<VpeResult> {
  const name = `iks-${clusterIdOf(t)}`
  const refresh: FixStep[] = [
    {text: {id: 'vpe-gateway.fix.refresh'}, commands: doneCommands(t)},
    {text: {id: 'vpe-gateway.fix.recheck'}, commands: showGateway(t)}
  ]
  const {remedy: _remedy, check: _check, target: _target, ...base} = before
  let r: VpeRemediation
  try {
    r = await refreshAndWaitForGateway(facts, t)
  } catch (e) {
    if (!(e instanceof ApiError)) throw e
    return {
      kind: 'final',
      outcome: {
        ...base,
        status: 'fail',
        summary: {
          id: 'vpe-gateway.remediate-refused',
          params: {
            name,
            answer: e.answer
          }
        },
        fix: [{text: {id: 'vpe-gateway.fix.operator'}}, ...refresh],
        ibm: {
          service: e.service,
          status: e.status,
          code: e.code,
          incidentID: e.incidentID,
          recoveryCLI: e.recoveryCLI
        }
      }
    }
  }
  const at = {name, at: r.requestedAt, seconds: r.elapsedSeconds}
  if (!r.gateway)
    return {
      kind: 'final',
      outcome: {
        ...base,
        status: 'fail',
        summary: {
          id: 'vpe-gateway.remediate-timeout',
          params: {...at, wait: r.waitSeconds, limit: r.limitedBy}
        },
        // The refresh is done: what is left is waiting, then support.
        fix: [
          {text: {id: 'vpe-gateway.fix.wait-longer'}, commands: showGateway(t)},
          {
            text: {
              id: 'vpe-gateway.fix.support-missing',
              params: {url: SUPPORT_URL, cluster: clusterIdOf(t)}
            }
          }
        ]
      }
    }
  const gw = r.gateway
  return {
    kind: 'appeared',
    statement: {
      status: 'warn',
      summary: {
        id: 'vpe-gateway.remediated',
        params: {
          ...at,
          gateway: `${gw.name} (${gw.id})`,
          state: gw.lifecycleState,
          health: gw.healthState
        }
      },
      why: {id: 'vpe-gateway.remediated.why'}
    }
  }
}
