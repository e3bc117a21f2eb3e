import type {Config} from '../config/types.js'
import type {Identity, TargetInfo} from '../facts.js'
import {
  byWorst,
  checkIdsWith,
  overallResult,
  shouldFailJob,
  type Finding,
  type IbmDiagnostics,
  type Result,
  type Status
} from '../findings.js'
import {docsForPlatform} from '../commands/platform.js'
import type {RequestRecord} from '../ibm/http.js'
import {renderCommand} from '../commands/ibmcloud.js'
import {render, t, type Language} from '../messages/index.js'
import type {MessageId} from '../messages/en.js'
import type {Msg} from '../messages/types.js'
import {redact} from '../secrets.js'
import {TOOL_NAME, VERSION} from '../version.js'

export const SCHEMA_VERSION = 1

/** A finding with its text rendered in the report's language; what every output channel prints. */
export interface RenderedFinding {
  check: string
  title: string
  /** The target as shown: with " · <operation>" when the run pre-flights several operations. */
  target: string
  /** The operation the finding is about, when the run pre-flights several. */
  operation?: string
  status: Status
  messageId: MessageId
  summary: string
  why?: string
  fix: Array<{text: string; commands: string[]}>
  details: string[]
  docs: string
  /** This project's page for the check (docs/checks/<id>.md), when it has one. */
  reference?: string
  ibm?: IbmDiagnostics
  /** The ledger rule the verdict applies (docs/rules.md), when the check named one. */
  rule?: string
  /** The target's platform when known; `docs` is the OpenShift page for OpenShift targets. */
  platform?: 'kubernetes' | 'openshift'
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  tool: {name: string; version: string}
  operation: string
  language: Language
  startedAt: string
  durationMs: number
  result: Result
  /** Every applicable check was skipped: nothing was verified, and the result is fail (never a silent pass). */
  nothingVerified?: true
  /** A Terraform plan without IKS change: nothing to pre-flight, and the result is pass. */
  nothingToPreflight?: true
  /** What a Terraform plan holds that was not pre-flighted, one line each (redacted). */
  notes?: string[]
  failOn: string
  jobFailed: boolean
  /** Checks that failed or could not be verified (both stop the job under fail-on: error). */
  failedChecks: string[]
  /** Checks with a blocker: the operation would fail. */
  blockedChecks: string[]
  /** Checks that could not be verified (IBM did not answer, or answered what we cannot read), blocker-free. */
  unverifiedChecks: string[]
  warnedChecks: string[]
  identity?: Identity
  /** Every cluster ref as given; `sameAs` names the ref that stood for it (same cluster, checked once). */
  targets: Array<Partial<TargetInfo> & {ref: string; sameAs?: string}>
  counts: Record<Status, number>
  findings: RenderedFinding[]
  requests: {total: number; byService: Record<string, number>}
}

export interface ReportInput {
  /** Only what the report shows; explain mode has no full Config. */
  config: Pick<Config, 'failOn'> & {operation: string}
  catalogue: readonly {id: string; title: MessageId; docs: string}[]
  findings: Finding[]
  identity?: Identity
  targets: Report['targets']
  startedAt: Date
  durationMs: number
  requests: readonly RequestRecord[]
  language?: Language
  /** URL of a check's page; see report/reference.ts. */
  pageOf?: (checkId: string) => string | undefined
  /** The plan holds no IKS operation: a pass, never "nothing verified". */
  nothingToPreflight?: boolean
  /** What a plan holds and the run does not pre-flight, rendered in the report's language. */
  notes?: readonly Msg[]
}

/** Build the one report every channel prints from. All API-derived text passes through redact. */
export function buildReport(input: ReportInput): Report {
  const lang = input.language ?? 'en'
  const checks = new Map(input.catalogue.map(c => [c.id, c]))
  const findings: RenderedFinding[] = input.findings.map(f => {
    const check = checks.get(f.check)
    return {
      check: f.check,
      title: check ? t(check.title, undefined, lang) : f.check,
      target: f.operation ? `${f.target} · ${f.operation}` : f.target,
      ...(f.operation && {operation: f.operation}),
      status: f.status,
      messageId: f.summary.id,
      summary: redact(render(f.summary, lang)),
      why: f.why ? redact(render(f.why, lang)) : undefined,
      fix: (f.fix ?? []).map(s => ({
        text: redact(render(s.text, lang)),
        commands: (s.commands ?? []).map(c => redact(renderCommand(c)))
      })),
      details: (f.details ?? []).map(d =>
        redact(typeof d === 'string' ? d : render(d, lang))
      ),
      docs: docsForPlatform(check?.docs ?? '', f.platform),
      reference: input.pageOf?.(f.check),
      ibm: f.ibm,
      ...(f.rule && {rule: f.rule}),
      ...(f.platform && {platform: f.platform})
    }
  })
  // A run whose every check was skipped verified nothing; passing it would read as "all clear".
  const nothingVerified =
    input.config.operation !== 'explain' &&
    input.nothingToPreflight !== true &&
    input.findings.every(f => f.status === 'skip')
  const result = nothingVerified ? 'fail' : overallResult(input.findings)
  const failedChecks = checkIdsWith(input.findings, ['fail', 'error'])
  const counts: Record<Status, number> = {
    pass: 0,
    warn: 0,
    fail: 0,
    error: 0,
    skip: 0
  }
  for (const f of input.findings) counts[f.status]++
  const byService: Record<string, number> = {}
  for (const r of input.requests)
    byService[r.service] = (byService[r.service] ?? 0) + 1
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: {name: TOOL_NAME, version: VERSION},
    operation: input.config.operation,
    language: lang,
    startedAt: input.startedAt.toISOString(),
    durationMs: input.durationMs,
    result,
    ...(nothingVerified ? {nothingVerified: true as const} : {}),
    ...(input.nothingToPreflight === true && {
      nothingToPreflight: true as const
    }),
    ...(input.notes !== undefined &&
      input.notes.length > 0 && {
        notes: input.notes.map(n => redact(render(n, lang)))
      }),
    failOn: input.config.failOn,
    jobFailed: shouldFailJob(result, input.config.failOn),
    failedChecks,
    blockedChecks: checkIdsWith(input.findings, ['fail']),
    unverifiedChecks: checkIdsWith(input.findings, ['error']).filter(
      id => !checkIdsWith(input.findings, ['fail']).includes(id)
    ),
    // A check that failed on one target and warned on another is a failed check, listed once.
    warnedChecks: checkIdsWith(input.findings, ['warn']).filter(
      id => !failedChecks.includes(id)
    ),
    identity: input.identity,
    targets: input.targets,
    counts,
    findings,
    requests: {total: input.requests.length, byService}
  }
}

/** Non-pass, non-skip findings, worst first (stable within a status: catalogue order). */
export function problems(report: Report): RenderedFinding[] {
  return report.findings
    .filter(
      f => f.status === 'fail' || f.status === 'error' || f.status === 'warn'
    )
    .map((f, i) => ({f, i}))
    .sort(
      (a, b) =>
        byWorst(a.f as unknown as Finding, b.f as unknown as Finding) ||
        a.i - b.i
    )
    .map(({f}) => f)
}
