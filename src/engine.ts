import type {Check, CheckId} from './checks/types.js'
import {couldNotVerify} from './checks/helpers.js'
import {renderCommand} from './commands/ibmcloud.js'
import {enforceLedger} from './checks/ledger.js'
import {forPlatform} from './commands/platform.js'
import type {Config} from './config/types.js'
import {FactError, type Facts} from './facts.js'
import {
  STATUS_ORDER,
  type Finding,
  type FixStep,
  type Msg,
  type Outcome,
  type Status
} from './findings.js'
import {isCommand} from './messages/command.js'
import type {Deadline} from './ibm/deadline.js'
import {ApiError, unverifiedKind} from './ibm/errors.js'

export interface EngineLog {
  debug(message: string): void
}

/** One check on one target ("account" for account-scoped checks). */
export interface Job {
  check: Check
  target: string
}

// A check whose requests were all aborted by the deadline settles at once; this margin only
// catches a check stuck on something other than HTTP, so the run still ends.
const DEADLINE_GRACE_MS = 1500

async function describe(
  e: unknown,
  facts: Facts,
  target: string
): Promise<Outcome> {
  if (e instanceof ApiError) {
    // A refused read names the policy command for the key's identity: the identity is memoised, so
    // asking costs nothing when the token exchange worked (and fails fast when it did not).
    const who =
      unverifiedKind(e) === 'access'
        ? await facts.identity().catch(() => undefined)
        : undefined
    return couldNotVerify(e, who, target)
  }
  if (e instanceof FactError) {
    return {
      status: 'fail',
      summary: {id: 'common.input-problem', params: {message: e.message}},
      fix: [{text: {id: 'common.input-problem.fix'}}],
      rule: 'common.input'
    }
  }
  const message = e instanceof Error ? e.message : String(e)
  return {
    status: 'error',
    summary: {id: 'common.internal-error', params: {message}}
  }
}

/** Skips decided by the inputs alone: they need no fact and no prerequisite. */
function skippedByInputs(check: Check, config: Config): Outcome | undefined {
  const skipReason = config.skipChecks.get(check.id)
  if (skipReason !== undefined)
    return {
      status: 'skip',
      summary: {id: 'common.skipped-by-user', params: {reason: skipReason}}
    }
  if (check.operations && !check.operations.includes(config.operation)) {
    return {
      status: 'skip',
      summary: {
        id: 'common.not-for-operation',
        params: {operation: config.operation}
      }
    }
  }
  return undefined
}

async function notForProvider(
  check: Check,
  facts: Facts,
  target: string
): Promise<Outcome | undefined> {
  if (!check.providers) return undefined
  const info = await facts.target(target)
  // IKS may name a provider this version does not know: the check does not apply to it either.
  if ((check.providers as readonly string[]).includes(info.provider))
    return undefined
  return {
    status: 'skip',
    summary: {
      id: 'common.not-for-provider',
      params: {provider: info.provider, providers: check.providers.join(', ')}
    }
  }
}

async function runOne(
  check: Check,
  config: Config,
  facts: Facts,
  target: string,
  log: EngineLog
): Promise<Outcome[]> {
  try {
    const skip = await notForProvider(check, facts, target)
    if (skip) return [skip]
    const outcomes = await check.run({config, facts, target})
    return outcomes.length > 0
      ? outcomes
      : [
          {
            status: 'error',
            summary: {
              id: 'common.internal-error',
              params: {message: 'the check returned no result'}
            }
          }
        ]
  } catch (e) {
    if (
      !(e instanceof ApiError) &&
      !(e instanceof FactError) &&
      e instanceof Error &&
      e.stack
    )
      log.debug(`${check.id} (${target}): ${e.stack}`)
    return [await describe(e, facts, target)]
  }
}

/** A job's outcomes, and the root cause it passes on to the checks that stand on it (if any). */
interface Settled {
  outcomes: Outcome[]
  blocks?: CheckId
  platform?: Finding['platform']
}

/**
 * The target's platform, for a cluster-scoped job that said more than "skipped": the cluster is memoised
 * (cluster-access reads it for every existing target), so asking costs no request of its own; a target that
 * cannot be read has no platform (its own finding says why).
 */
async function platformOf(
  check: Check,
  facts: Facts,
  target: string,
  outcomes: readonly Outcome[]
): Promise<Finding['platform']> {
  if (check.scope !== 'cluster') return undefined
  if (outcomes.every(o => o.status === 'skip')) return undefined
  return facts.platform(target).catch(() => undefined)
}

/**
 * One data step after a check ran: an OpenShift target's fixes print `ibmcloud oc` (IBM's openshift CLI),
 * in the fix commands and in every command a sentence names (a `{command}` parameter).
 */
function withPlatform(
  outcomes: Outcome[],
  platform: Finding['platform']
): Outcome[] {
  if (platform !== 'openshift') return outcomes
  const msg = (m: Msg): Msg =>
    m.params === undefined
      ? m
      : {
          ...m,
          params: Object.fromEntries(
            Object.entries(m.params).map(([k, v]) => [
              k,
              isCommand(v)
                ? forPlatform(v, platform)
                : typeof v === 'object'
                  ? msg(v)
                  : v
            ])
          )
        }
  return outcomes.map(o => ({
    ...o,
    summary: msg(o.summary),
    ...(o.why !== undefined && {why: msg(o.why)}),
    ...(o.details !== undefined && {
      details: o.details.map(d => (typeof d === 'string' ? d : msg(d)))
    }),
    ...(o.fix !== undefined && {
      fix: o.fix.map(step => ({
        ...step,
        text: msg(step.text),
        ...(step.commands !== undefined && {
          commands: step.commands.map(c => forPlatform(c, platform))
        })
      }))
    })
  }))
}

function settle(check: Check, outcomes: Outcome[], root?: CheckId): Settled {
  if (root !== undefined) return {outcomes, blocks: root}
  const failed = outcomes.some(o => o.status === 'fail' || o.status === 'error')
  return {outcomes, blocks: failed ? check.id : undefined}
}

/** Every job of the catalogue: one per account-scoped check, one per cluster for the others. */
export function jobsOf(catalogue: readonly Check[], config: Config): Job[] {
  const jobs: Job[] = []
  for (const check of catalogue) {
    if (check.scope === 'account') jobs.push({check, target: 'account'})
    else for (const target of config.clusters) jobs.push({check, target})
  }
  return jobs
}

/**
 * Run every applicable check for every target concurrently. Facts are shared and memoised, so
 * concurrency here costs no duplicate requests. A check whose prerequisite (Check.requires, same
 * target or the account) failed or could not be verified is "not checked: needs <root cause>": its
 * own result would only echo that cause. It still runs alongside its prerequisites (checks are
 * pure reads), so dependencies cost no wall time; only the verdict waits for them. `jobs` limits the
 * run to some checks (a re-check after remediation); their prerequisites then count as met.
 * Never throws; returns findings in job order.
 */
export async function runChecks(
  catalogue: readonly Check[],
  config: Config,
  facts: Facts,
  deadline: Deadline,
  log: EngineLog,
  jobs: readonly Job[] = jobsOf(catalogue, config)
): Promise<Finding[]> {
  const timedOut = new Promise<Outcome[]>(resolve => {
    const fire = (): void =>
      void setTimeout(
        () =>
          resolve([
            {
              status: 'error',
              summary: {
                id: 'common.timed-out',
                params: {seconds: config.timeoutSeconds}
              }
            }
          ]),
        DEADLINE_GRACE_MS
      ).unref()
    if (deadline.expired) fire()
    else deadline.signal.addEventListener('abort', fire, {once: true})
  })
  const byKey = new Map<string, Promise<Settled>>()
  const key = (id: string, target: string): string => `${id}\u0000${target}`
  const settled = jobs.map(({check, target}) => {
    const result = (async (): Promise<Settled> => {
      const early = skippedByInputs(check, config)
      if (early) return {outcomes: [early]}
      // The ledger is applied before the verdict passes to dependants: a demoted fail blocks nothing.
      const own = Promise.race([
        runOne(check, config, facts, target, log).then(os =>
          os.map(o => enforceLedger(check, o))
        ),
        timedOut
      ])
      const prerequisites = check.requires.flatMap(id => {
        const p = byKey.get(key(id, target)) ?? byKey.get(key(id, 'account'))
        return p ? [p] : []
      })
      const [outcomes, pre] = await Promise.all([
        own,
        Promise.all(prerequisites)
      ])
      const root = pre.find(p => p.blocks !== undefined)?.blocks
      if (root === undefined) {
        const platform = await platformOf(check, facts, target, outcomes)
        return {
          ...settle(check, withPlatform(outcomes, platform)),
          ...(platform !== undefined && {platform})
        }
      }
      return settle(
        check,
        [
          {status: 'skip', summary: {id: 'common.needs', params: {check: root}}}
        ],
        root
      )
    })()
    byKey.set(key(check.id, target), result)
    return result
  })
  const results = await Promise.all(settled)
  return foldSymptoms(
    catalogue,
    jobs.flatMap(({check, target}, i) => {
      const {outcomes, platform} = results[i]!
      return outcomes.map(o => ({
        ...o,
        check: check.id,
        target,
        ...(platform !== undefined && {platform})
      }))
    })
  )
}

const PROBLEM: readonly Status[] = ['fail', 'error', 'warn']

/**
 * One cause, one finding. Outcomes of one check about one object (Outcome.object) merge into the worst
 * of them; a check's problems on a target where a check of its `explainedBy` failed fold into that
 * failure as details, and the check reads "not checked: needs <root>".
 */
export function foldSymptoms(
  catalogue: readonly Check[],
  findings: readonly Finding[]
): Finding[] {
  const out: Finding[] = []
  const byObject = new Map<string, Finding>()
  for (const f of findings) {
    if (f.object === undefined) {
      out.push({...f})
      continue
    }
    const k = `${f.check}\u0000${f.target}\u0000${f.object}`
    const first = byObject.get(k)
    if (first === undefined) {
      const copy = {...f}
      byObject.set(k, copy)
      out.push(copy)
      continue
    }
    // The worst outcome leads; the other symptom of the same object is one of its details.
    const [lead, other] =
      STATUS_ORDER.indexOf(f.status) < STATUS_ORDER.indexOf(first.status)
        ? [{...f}, first]
        : [first, f]
    lead.details = [
      ...(lead.details ?? []),
      {id: 'common.also-seen', params: {summary: other.summary}},
      ...(other.details ?? [])
    ]
    if (lead !== first) {
      out[out.indexOf(first)] = lead
      byObject.set(k, lead)
    }
  }
  const checks = new Map(catalogue.map(c => [c.id, c]))
  const folded: Finding[] = []
  const needs = new Set<string>()
  for (const f of out) {
    const check = checks.get(f.check as CheckId)
    const sameScope = (r: Finding): boolean =>
      (r.target === f.target || r.target === 'account') &&
      r.operation === f.operation
    const failRoot = PROBLEM.includes(f.status)
      ? out.find(
          r =>
            (check?.explainedBy ?? []).includes(r.check as CheckId) &&
            sameScope(r) &&
            r.status === 'fail'
        )
      : undefined
    const warnRoot =
      failRoot === undefined && f.status === 'warn'
        ? out.find(
            r =>
              (check?.explainedByWarning ?? []).includes(r.check as CheckId) &&
              sameScope(r) &&
              r.status === 'warn'
          )
        : undefined
    const root = failRoot ?? warnRoot
    if (root === undefined) {
      folded.push(f)
      continue
    }
    root.details = [
      ...(root.details ?? []),
      {
        id: 'common.symptom',
        params: {check: f.check, summary: f.summary}
      },
      // Its evidence (which workers, since when) stays with it.
      ...(f.details ?? [])
    ]
    // The symptom's own remedies (replace the affected workers) stay, after a failed root's, without
    // repeats; a warning root's advice (wait) stands alone.
    const known = new Set(
      (root.fix ?? []).flatMap(s => (s.commands ?? []).map(renderCommand))
    )
    const extra: FixStep[] = []
    for (const step of root === warnRoot ? [] : (f.fix ?? [])) {
      const commands = (step.commands ?? []).filter(
        c => !known.has(renderCommand(c))
      )
      if (commands.length === 0) continue
      for (const c of commands) known.add(renderCommand(c))
      extra.push({...step, commands})
    }
    if (extra.length > 0) root.fix = [...(root.fix ?? []), ...extra]
    const k = `${f.check}\u0000${f.target}\u0000${f.operation ?? ''}`
    if (needs.has(k)) continue
    needs.add(k)
    folded.push({
      check: f.check,
      target: f.target,
      ...(f.operation && {operation: f.operation}),
      status: 'skip',
      summary: {id: 'common.needs', params: {check: root.check}}
    })
  }
  return folded
}
