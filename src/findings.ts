import type {FailOn, Operation} from './config/types.js'
import type {Command} from './commands/ibmcloud.js'
import type {Msg} from './messages/types.js'

export type {Msg, Params} from './messages/types.js'

export type Status = 'pass' | 'warn' | 'fail' | 'error' | 'skip'
export type Result = 'pass' | 'warn' | 'fail'

/** One remediation step: what to do, and the exact commands (typed, see src/commands/) with real values filled in. */
export interface FixStep {
  text: Msg
  commands?: Command[]
}

/** IBM's own diagnostics, passed through when an API returned them. */
export interface IbmDiagnostics {
  service?: string
  status?: number
  code?: string
  incidentID?: string
  recoveryCLI?: string
}

/** What a check says about one target, before the engine stamps check id and target on it. */
export interface Outcome {
  status: Status
  /** What was seen. */
  summary: Msg
  /** Why it blocks (or may block) the operation. */
  why?: Msg
  fix?: FixStep[]
  /** Data lines (worker IDs, permission names…): data verbatim, or a message when a line has words around the data. */
  details?: Array<string | Msg>
  ibm?: IbmDiagnostics
  /**
   * A remediation the run may apply for this outcome when the user opted in (the `remediate` input).
   * Checks only name it; the remediation step after the checks acts on it.
   */
  remedy?: Remedy
  /**
   * The ledger rule (`Check.rules`, docs/rules.md) the outcome applies. A `fail` without a rule that has a
   * direct IBM source is reported as a warning by the engine: a verdict that can stop a job names its source.
   */
  rule?: string
  /**
   * The object the outcome is about (a gateway ID…). Two outcomes of one check about one object are one
   * finding: the engine keeps the worst and lists the others as its details.
   */
  object?: string
}

/** The writes this product can make, each opt-in (see src/remediate/). */
export type Remedy = 'vpe'

export interface Finding extends Outcome {
  /** A CheckId, or explain mode's own id when it recognised nothing. */
  check: string
  /** A cluster name/ID as given, or "account" for account-wide checks. */
  target: string
  /** The operation the finding is about, set when a run pre-flights more than one (a Terraform plan). */
  operation?: Operation
  /** The target's platform (src/facts/platform.ts) when known: OpenShift findings print `ibmcloud oc` and link OpenShift docs. */
  platform?: 'kubernetes' | 'openshift'
}

/** Worst first. */
export const STATUS_ORDER: readonly Status[] = [
  'fail',
  'error',
  'warn',
  'skip',
  'pass'
]

export function byWorst(a: Finding, b: Finding): number {
  return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
}

/** fail if anything failed or could not be verified, warn if anything warned, else pass. */
export function overallResult(findings: readonly Finding[]): Result {
  if (findings.some(f => f.status === 'fail' || f.status === 'error'))
    return 'fail'
  if (findings.some(f => f.status === 'warn')) return 'warn'
  return 'pass'
}

export function shouldFailJob(result: Result, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'warning') return result !== 'pass'
  return result === 'fail'
}

/** Check IDs with the given statuses, each once, in catalogue order of first appearance. */
export function checkIdsWith(
  findings: readonly Finding[],
  statuses: readonly Status[]
): string[] {
  return [
    ...new Set(
      findings.filter(f => statuses.includes(f.status)).map(f => f.check)
    )
  ]
}
