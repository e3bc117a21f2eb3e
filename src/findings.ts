import type {FailOn} from './config/types.js'
import type {MessageId} from './messages/en.js'

export type Status = 'pass' | 'warn' | 'fail' | 'error' | 'skip'
export type Result = 'pass' | 'warn' | 'fail'

/** Data filled in as-is, or a nested message rendered in the same language. */
export type Params = Record<string, string | number | Msg>

/** A sentence by message id; reports render it in the chosen language. */
export interface Msg {
  id: MessageId
  params?: Params
}

/** One remediation step: what to do, and the exact commands with real values filled in. */
export interface FixStep {
  text: Msg
  commands?: string[]
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
}

export interface Finding extends Outcome {
  check: string
  /** A cluster name/ID as given, or "account" for account-wide checks. */
  target: string
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
