import type {Outcome} from '../findings.js'
import type {Check, Rule, Source} from './types.js'

/**
 * The rule ledger: every rule a check applies, with IBM's word for it (docs/rules.md is generated from
 * here). A verdict that can stop a job names its source: `enforceLedger` turns a `fail` whose rule is
 * missing, unknown to its check, or without a direct IBM source into a warning that says so.
 */

/** Rules of the engine itself, not of one check. */
export const COMMON_RULES: readonly Rule[] = [
  {
    id: 'common.input',
    says: 'An input that cannot be checked as given (a malformed value, a cluster the plan names in no way IKS can find) stops the run: nothing was verified.',
    level: 'fail',
    sources: [
      {
        kind: 'tool',
        note: "This product's own input contract: a run that cannot read its inputs verifies nothing, so it must not pass."
      }
    ]
  }
]

const DIRECT: ReadonlySet<Source['kind']> = new Set([
  'doc',
  'sdk',
  'error',
  'answer',
  'user'
])

/** Whether a rule may fail a job: fail level, and at least one direct source (the engine's own rules: its contract). */
export function canFail(rule: Rule): boolean {
  if (rule.level !== 'fail') return false
  const common = COMMON_RULES.includes(rule)
  return rule.sources.some(
    s => DIRECT.has(s.kind) || (common && s.kind === 'tool')
  )
}

/** The rule an outcome of `check` names, from the check's own rules or the common ones. */
export function ruleOf(check: Check, outcome: Outcome): Rule | undefined {
  if (outcome.rule === undefined) return undefined
  return (
    check.rules.find(r => r.id === outcome.rule) ??
    COMMON_RULES.find(r => r.id === outcome.rule)
  )
}

/** A `fail` stands only on a rule that can fail; otherwise it is reported as a warning naming the gap. */
export function enforceLedger(check: Check, outcome: Outcome): Outcome {
  if (outcome.status !== 'fail') return outcome
  const rule = ruleOf(check, outcome)
  if (rule !== undefined && canFail(rule)) return outcome
  return {
    ...outcome,
    status: 'warn',
    details: [
      ...(outcome.details ?? []),
      {
        id: 'common.rule-unsourced',
        params: {rule: outcome.rule ?? `${check.id} (none named)`}
      }
    ]
  }
}
