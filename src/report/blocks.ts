import type {ReportDetail} from '../config/types.js'
import type {Status} from '../findings.js'
import {t} from '../messages/index.js'
import {escapeHtml as h} from './escape.js'
import {problems, type RenderedFinding, type Report} from './model.js'

/**
 * HTML blocks shared by the job summary, the PR comment and the CLI's Markdown: GitHub's Markdown
 * passes block HTML through, and building HTML lets every piece of API text be escaped in one way.
 */

export const STATUS_ICON: Record<Status, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '❓',
  skip: '⏭️'
}
export const RESULT_ICON = {pass: '✅', warn: '⚠️', fail: '❌'} as const
/** A finding can carry thousands of data lines (workers, permissions); the rest are counted. */
export const MAX_DETAILS = 50
const MAX_TARGETS = 20
const COUNT_ORDER: readonly Status[] = ['fail', 'error', 'warn', 'pass', 'skip']

/** Check ids with one of the statuses, each once, in report order. */
function checksWith(report: Report, status: Status): string[] {
  return [
    ...new Set(
      report.findings.filter(f => f.status === status).map(f => f.check)
    )
  ]
}

/** The one-line verdict every channel starts with; a failure names its count and its checks. */
export function resultLine(report: Report): string {
  const L = report.language
  if (report.operation === 'explain') {
    const blockers = report.counts.fail + report.counts.error
    return t(
      `explain.result.${report.result}`,
      {count: blockers, warnings: report.counts.warn},
      L
    )
  }
  if (report.nothingToPreflight)
    return t('report.result.no-iks-change', undefined, L)
  if (report.nothingVerified)
    return t('report.result.nothing-verified', {operation: report.operation}, L)
  if (report.result !== 'fail')
    return t(`report.result.${report.result}`, {operation: report.operation}, L)
  const failed = checksWith(report, 'fail')
  const unverified = checksWith(report, 'error').filter(
    c => !failed.includes(c)
  )
  const parts = [
    failed.length > 0 &&
      t(
        'report.result.would-fail',
        {count: report.counts.fail, checks: failed.join(', ')},
        L
      ),
    unverified.length > 0 &&
      t(
        'report.result.unverified',
        {count: unverified.length, checks: unverified.join(', ')},
        L
      )
  ].filter((p): p is string => typeof p === 'string')
  // A run of several operations (a plan) names only those that would fail, never all of them.
  const failing = [
    ...new Set(
      report.findings
        .filter(f => f.status === 'fail' || f.status === 'error')
        .map(f => f.operation)
    )
  ]
  return t(
    'report.result.fail',
    {
      operation: failing.every(o => o !== undefined)
        ? failing.join(', ')
        : report.operation,
      problems: parts.join(t('report.result.and', undefined, L))
    },
    L
  )
}

/** "N requests to IBM Cloud in S s." with the singular for one. */
export function requestsLine(report: Report): string {
  const n = report.requests.total
  return t(
    n === 1 ? 'report.requests.one' : 'report.requests',
    {requests: n, seconds: (report.durationMs / 1000).toFixed(1)},
    report.language
  )
}

export function banner(report: Report): string {
  const L = report.language
  const counts = COUNT_ORDER.filter(s => report.counts[s] > 0).map(s => {
    const text = `${STATUS_ICON[s]} ${h(t(`report.count.${s}`, {count: report.counts[s]}, L))}`
    return s === 'fail' || s === 'error' ? `<b>${text}</b>` : text
  })
  const lines = [
    `<h2>${RESULT_ICON[report.result]} iks-preflight: ${h(resultLine(report))}</h2>`
  ]
  if (counts.length > 0) lines.push(`<p>${counts.join(' · ')}</p>`)
  if (report.notes !== undefined && report.notes.length > 0)
    lines.push(
      `<details><summary>${h(t('report.plan-notes', {count: report.notes.length}, L))}</summary>\n<ul>${report.notes.map(n => `<li>${h(n)}</li>`).join('')}</ul>\n</details>`
    )
  if (report.operation !== 'explain' && report.targets.length > 0) {
    const named = report.targets
      .slice(0, MAX_TARGETS)
      .map(
        x =>
          `<b>${h(x.name ?? x.ref)}</b>${x.region ? ` (${h(x.region)})` : ''}`
      )
    if (report.targets.length > MAX_TARGETS)
      named.push(
        h(
          t(
            'report.more-details',
            {count: report.targets.length - MAX_TARGETS},
            L
          )
        )
      )
    const targets = named.join(', ')
    lines.push(
      `<p>${t('report.operation-line', {operation: `<code>${h(report.operation)}</code>`, targets}, L)}</p>`
    )
  }
  return lines.join('\n')
}

/** Who ran the check; explain mode has no identity (no API call) and shows none. */
export function identityBlock(report: Report): string | undefined {
  const L = report.language
  if (report.operation === 'explain') return undefined
  const id = report.identity
  if (!id)
    return `<p><b>${h(t('report.identity', undefined, L))}:</b> ${h(t('report.identity-unknown', undefined, L))}</p>`
  return (
    `<table><tr><th>${h(t('report.account', undefined, L))}</th><td>${h(id.accountId)}${id.accountName ? ` (${h(id.accountName)})` : ''}</td></tr>` +
    `<tr><th>${h(t('report.iam-id', undefined, L))}</th><td>${h(id.iamId)}</td></tr>` +
    `<tr><th>${h(t('report.caller', undefined, L))}</th><td>${h(id.name ?? id.email ?? '')} (${h(t(`report.kind.${id.kind}`, undefined, L))})</td></tr></table>`
  )
}

export function tableHead(report: Report): string {
  const L = report.language
  const th = (
    id:
      | 'report.col.status'
      | 'report.col.check'
      | 'report.col.target'
      | 'report.col.summary'
  ): string => `<th>${h(t(id, undefined, L))}</th>`
  return `<tr>${th('report.col.status')}${th('report.col.check')}${th('report.col.target')}${th('report.col.summary')}</tr>`
}

export function findingRow(f: RenderedFinding, report: Report): string {
  return `<tr><td>${STATUS_ICON[f.status]} ${h(t(`report.status.${f.status}`, undefined, report.language))}</td><td><code>${h(f.check)}</code></td><td>${h(f.target)}</td><td>${h(f.summary)}</td></tr>`
}

/** Passes and skips, folded away: the reader needs them only to confirm what was looked at. */
export function passedBlock(
  report: Report,
  rows?: string[]
): string | undefined {
  const quiet = report.findings.filter(
    f => f.status === 'pass' || f.status === 'skip'
  )
  if (quiet.length === 0) return undefined
  const body = rows ?? quiet.map(f => findingRow(f, report))
  return `<details><summary>${STATUS_ICON.pass} ${h(t('report.passed-details', {count: quiet.length}, report.language))}</summary>\n\n<table>${tableHead(report)}${body.join('')}</table>\n</details>`
}

/**
 * Whether a view lists only the problems. Unset, a fleet (several clusters) or a plan (several operations)
 * shows problems only: dozens of passes and skips would bury the few lines a reader needs.
 */
export function problemsOnly(report: Report, detail?: ReportDetail): boolean {
  if (detail !== undefined) return detail === 'problems'
  return (
    report.operation !== 'explain' &&
    (report.targets.filter(x => x.sameAs === undefined).length > 1 ||
      report.findings.some(f => f.operation !== undefined))
  )
}

/** The one line that counts what a problems-only view leaves out; undefined when nothing was left out. */
export function leftOutLine(report: Report): string | undefined {
  const {pass, skip} = report.counts
  if (pass + skip === 0) return undefined
  return t('report.left-out', {passes: pass, skips: skip}, report.language)
}

/** One problem: what was seen, why it matters, the fix as numbered steps with the exact commands. */
export function problemBlock(f: RenderedFinding, report: Report): string {
  const L = report.language
  const block: string[] = [
    `<h4>${STATUS_ICON[f.status]} <code>${h(f.check)}</code> · ${h(f.target)} — ${h(f.title)}</h4>`,
    `<p>${h(f.summary)}</p>`
  ]
  if (f.why)
    block.push(`<p><b>${h(t('report.why', undefined, L))}:</b> ${h(f.why)}</p>`)
  if (f.fix.length > 0) {
    const steps = f.fix.map(
      s =>
        `<li>${h(s.text)}${s.commands.length > 0 ? `<pre><code>${s.commands.map(h).join('\n')}</code></pre>` : ''}</li>`
    )
    block.push(
      `<p><b>${h(t('report.fix', undefined, L))}:</b></p><ol>${steps.join('')}</ol>`
    )
  }
  if (f.details.length > 0) {
    const shown = f.details
      .slice(0, MAX_DETAILS)
      .map(d => `<li><code>${h(d)}</code></li>`)
    if (f.details.length > MAX_DETAILS)
      shown.push(
        `<li>${h(t('report.more-details', {count: f.details.length - MAX_DETAILS}, L))}</li>`
      )
    block.push(`<ul>${shown.join('')}</ul>`)
  }
  const ibm =
    f.ibm &&
    [
      f.ibm.code && `${t('report.ibm.code', undefined, L)} ${f.ibm.code}`,
      f.ibm.incidentID &&
        `${t('report.ibm.incident', undefined, L)} ${f.ibm.incidentID}`,
      f.ibm.recoveryCLI && `recoveryCLI: ${f.ibm.recoveryCLI}`
    ].filter(Boolean)
  if (ibm && ibm.length > 0)
    block.push(
      `<p><b>${h(t('report.ibm', undefined, L))}:</b> ${ibm.map(s => h(String(s))).join(' · ')}</p>`
    )
  const links = [
    f.reference &&
      `<a href="${h(f.reference)}">${h(t('report.more-docs', undefined, L))}</a>`,
    f.docs && `<a href="${h(f.docs)}">${h(t('report.docs', undefined, L))}</a>`
  ].filter(Boolean)
  if (links.length > 0) block.push(`<p>📖 ${links.join(' · ')}</p>`)
  return block.join('\n')
}

export function problemsHeading(report: Report): string {
  return `<h3>${h(t('report.problems', undefined, report.language))}</h3>`
}

export function checksHeading(report: Report): string {
  return `<h3>${h(t('report.checks', undefined, report.language))}</h3>`
}

export function allClear(report: Report): string {
  return `<p>${STATUS_ICON.pass} ${h(t('report.all-clear', undefined, report.language))}</p>`
}

export function footer(report: Report): string {
  return `<p><sub>${h(requestsLine(report))} iks-preflight ${h(report.tool.version)}</sub></p>`
}

/** The ordered pieces of a full report; the comment drops pieces from the end of each list to fit. */
export function reportParts(
  report: Report,
  detail?: ReportDetail
): {
  head: string[]
  problems: string[]
  problemRows: string[]
  passed?: string
} {
  const probs = problems(report)
  const head = [banner(report)]
  const id = identityBlock(report)
  if (id) head.push(id)
  return {
    head,
    problems: probs.map(f => problemBlock(f, report)),
    problemRows: probs.map(f => findingRow(f, report)),
    passed: problemsOnly(report, detail)
      ? ((line: string | undefined) =>
          line && `<p>${STATUS_ICON.skip} ${h(line)}</p>`)(leftOutLine(report))
      : passedBlock(report)
  }
}

export interface FitOptions {
  /** Pieces before the banner (the PR comment's hidden marker). */
  before?: string[]
  max: number
  /** How the limit counts: characters for a comment, UTF-8 bytes for the job summary. */
  measure: (s: string) => number
  /** The note that replaces what was cut: "shows {shown} of {total} findings". */
  note: (shown: number, total: number) => string
  /** report-detail; unset: problems only for fleets and plans. */
  detail?: ReportDetail
}

/**
 * The full report as HTML when it fits; otherwise problem blocks (and their table rows) are kept whole in
 * rank order while they fit, the folded passes are dropped, and the note says how many are shown. The cut
 * always falls between findings, never inside a tag.
 */
export function fitReport(report: Report, opts: FitOptions): string {
  return fitted(report, opts).html
}

/**
 * How many problems (in rank order, see problems()) the fitted report shows in full: the annotations' "N more
 * in the job summary" counts only those.
 */
export function problemsShown(report: Report, opts: FitOptions): number {
  return fitted(report, opts).kept
}

function fitted(
  report: Report,
  opts: FitOptions
): {html: string; kept: number} {
  const parts = reportParts(report, opts.detail)
  const top = [...(opts.before ?? []), ...parts.head]
  const end = footer(report)
  const full = assemble(
    report,
    top,
    parts.problems,
    parts.problemRows,
    parts.passed,
    end
  )
  if (opts.measure(full) <= opts.max)
    return {html: full, kept: parts.problems.length}
  const total = report.findings.length
  const reserve = opts.measure(opts.note(total, total)) + 2
  // The frame (headings, table tags) is measured once; each kept problem adds its block and its row.
  let size = opts.measure(assemble(report, top, [''], [''], undefined, end))
  let kept = 0
  while (kept < parts.problems.length) {
    const more =
      opts.measure(parts.problems[kept]!) +
      1 +
      opts.measure(parts.problemRows[kept]!)
    if (size + more + reserve > opts.max) break
    size += more
    kept++
  }
  const body = assemble(
    report,
    top,
    parts.problems.slice(0, kept),
    parts.problemRows.slice(0, kept),
    undefined,
    end
  )
  return {html: `${body}\n${opts.note(kept, total)}`, kept}
}

function assemble(
  report: Report,
  top: string[],
  problems: string[],
  rows: string[],
  passed: string | undefined,
  end: string
): string {
  const out = [...top]
  if (problems.length > 0) out.push(problemsHeading(report), ...problems)
  else if (report.result === 'pass') out.push(allClear(report))
  out.push(checksHeading(report))
  if (rows.length > 0)
    out.push(`<table>${tableHead(report)}${rows.join('')}</table>`)
  if (passed) out.push(passed)
  out.push(end)
  return out.join('\n')
}
