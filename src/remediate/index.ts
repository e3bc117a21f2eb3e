import {renderCommand, type Command} from '../commands/ibmcloud.js'
import type {Config} from '../config/types.js'
import type {Facts} from '../facts.js'
import type {Finding, FixStep} from '../findings.js'
import {doneCommands, remediateVpe} from './vpe.js'

/**
 * The remediation step: after every check has run, and only with the `remediate` input. Checks name
 * a remedy on an outcome (Outcome.remedy); this step applies it, then has the affected checks run
 * again on fresh facts, so the report shows the state after the write, not before it.
 */
export interface RemediationStep {
  config: Config
  facts: Facts
  findings: readonly Finding[]
  /** Re-run some checks on one target (the engine, passed in: remediate/ never imports checks/). */
  recheck(
    facts: Facts,
    checks: readonly string[],
    target: string
  ): Promise<Finding[]>
}

/** The checks a master refresh can change the verdict of. */
const VPE_AFFECTS = ['vpe-gateway', 'worker-endpoints']
/** The facts a master refresh can change: the cluster, its workers, its gateways. */
const VPE_STALE = [
  'cluster:',
  'clusters:',
  'target:',
  'workers:',
  'endpoint-gateways:'
]

const group = (f: Pick<Finding, 'check' | 'target'>): string =>
  `${f.check}\u0000${f.target}`

/** A step whose every command was already run by the remediation is not advice any more. */
function withoutDone(fix: FixStep[] | undefined, done: readonly Command[]) {
  const ran = new Set(done.map(renderCommand))
  return fix?.filter(
    s =>
      !(s.commands && s.commands.length > 0) ||
      !s.commands.every(c => ran.has(renderCommand(c)))
  )
}

async function vpe(step: RemediationStep, before: Finding): Promise<Finding[]> {
  const {facts, recheck} = step
  const t = await facts.target(before.target)
  const r = await remediateVpe(facts, t, before)
  const at = {check: before.check, target: before.target}
  if (r.kind === 'final') return [{...r.outcome, ...at}]
  const done = doneCommands(t)
  const after = await recheck(
    facts.refreshed(VPE_STALE),
    VPE_AFFECTS,
    before.target
  )
  const was = new Map(step.findings.map(f => [group(f), f]))
  const rechecked = after
    // The gateway's own pass would only repeat the statement above it.
    .filter(f => !(f.check === before.check && f.status === 'pass'))
    .map(f => {
      const prior = was.get(group(f))
      const changed =
        prior !== undefined && prior.check !== before.check
          ? prior.status !== f.status
          : false
      return {
        ...f,
        fix: withoutDone(f.fix, done),
        details: changed
          ? [
              {
                id: 'common.remediation.before' as const,
                params: {status: prior!.status, summary: prior!.summary}
              },
              ...(f.details ?? [])
            ]
          : f.details
      }
    })
  return [{...r.statement, ...at}, ...rechecked]
}

/** Apply what the user opted into; findings of untouched checks pass through as they are. */
export async function remediate(step: RemediationStep): Promise<Finding[]> {
  if (step.config.remediate !== 'vpe') return [...step.findings]
  const todo = new Map<string, Finding>()
  for (const f of step.findings)
    if (f.remedy === 'vpe' && !todo.has(f.target)) todo.set(f.target, f)
  if (todo.size === 0) return [...step.findings]
  const results = await Promise.all(
    [...todo.values()].map(f =>
      vpe(step, f).catch((e: unknown): Finding[] => [
        {
          ...f,
          status: 'error',
          summary: {
            id: 'common.internal-error',
            params: {message: e instanceof Error ? e.message : String(e)}
          }
        }
      ])
    )
  )
  // Each target's new findings replace that target's findings of the same checks, in place.
  const replaced = new Map<string, Finding[]>()
  for (const found of results)
    for (const f of found) {
      const list = replaced.get(group(f)) ?? []
      list.push(f)
      replaced.set(group(f), list)
    }
  const out: Finding[] = []
  const emitted = new Set<string>()
  for (const f of step.findings) {
    const g = group(f)
    const instead = replaced.get(g)
    if (instead === undefined) out.push(f)
    else if (!emitted.has(g)) {
      emitted.add(g)
      out.push(...instead)
    }
  }
  return out
}
