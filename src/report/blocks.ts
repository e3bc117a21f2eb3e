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

export function resultLine(report: Report): string {
  if (report.operation === 'explain') {
    const blockers = report.counts.fail + report.counts.error
    return t(
      `explain.result.${report.result}`,
      {count: blockers, warnings: report.counts.warn},
      report.language
    )
  }
  return t(
    `report.result.${report.result}`,
    {operation: report.operation},
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
      f.ibm.code && `code ${f.ibm.code}`,
      f.ibm.incidentID && `incidentID ${f.ibm.incidentID}`,
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
  return `<p><sub>${h(t('report.requests', {requests: report.requests.total, seconds: (report.durationMs / 1000).toFixed(1)}, report.language))} iks-preflight ${h(report.tool.version)}</sub></p>`
}

/** The ordered pieces of a full report; the comment drops pieces from the end of each list to fit. */
export function reportParts(report: Report): {
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
    passed: passedBlock(report)
  }
}
