import {t} from '../messages/index.js'
import {
  MAX_DETAILS,
  RESULT_ICON,
  STATUS_ICON,
  leftOutLine,
  requestsLine,
  resultLine
} from './blocks.js'
import {problems, type RenderedFinding, type Report} from './model.js'

/** Markdown-escape API and user text for running prose and table cells (one line, no markup, no pipes). */
export function md(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, ' ')
      // Enough to stop emphasis, code, links, HTML and table cells; brackets and < block links and tags.
      .replace(/[\\`*_[\]<>|~]/g, ch => `\\${ch}`)
      .replace(/&/g, '&amp;')
  )
}

/** Inline code that survives backticks inside: the fence is one backtick longer than any run in the text. */
function code(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ')
  const longest = Math.max(
    0,
    ...[...oneLine.matchAll(/`+/g)].map(m => m[0].length)
  )
  const fence = '`'.repeat(longest + 1)
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${oneLine}${pad}${fence}`
}

/** A fenced block for commands; the fence is longer than any backtick run in them. */
function codeBlock(lines: string[]): string {
  const longest = Math.max(
    2,
    ...lines.flatMap(l => [...l.matchAll(/`+/g)].map(m => m[0].length))
  )
  const fence = '`'.repeat(longest + 1)
  return [`${fence}sh`, ...lines.map(l => l.replace(/\r|\n/g, ' ')), fence]
    .map(l => `   ${l}`)
    .join('\n')
}

function row(f: RenderedFinding, report: Report): string {
  return `| ${STATUS_ICON[f.status]} ${md(t(`report.status.${f.status}`, undefined, report.language))} | ${code(f.check)} | ${md(f.target)} | ${md(f.summary)} |`
}

function problem(f: RenderedFinding, report: Report): string {
  const L = report.language
  const out = [
    `#### ${STATUS_ICON[f.status]} ${code(f.check)} · ${md(f.target)} — ${md(f.title)}`,
    '',
    md(f.summary)
  ]
  if (f.why)
    out.push('', `**${md(t('report.why', undefined, L))}:** ${md(f.why)}`)
  if (f.fix.length > 0) {
    out.push('', `**${md(t('report.fix', undefined, L))}:**`, '')
    f.fix.forEach((s, i) => {
      out.push(`${i + 1}. ${md(s.text)}`)
      if (s.commands.length > 0) out.push('', codeBlock(s.commands), '')
    })
  }
  if (f.details.length > 0) {
    out.push('')
    for (const d of f.details.slice(0, MAX_DETAILS)) out.push(`- ${code(d)}`)
    if (f.details.length > MAX_DETAILS)
      out.push(
        `- ${md(t('report.more-details', {count: f.details.length - MAX_DETAILS}, L))}`
      )
  }
  const ibm = [
    f.ibm?.code &&
      `${md(t('report.ibm.code', undefined, L))} ${code(f.ibm.code)}`,
    f.ibm?.incidentID &&
      `${md(t('report.ibm.incident', undefined, L))} ${code(f.ibm.incidentID)}`,
    f.ibm?.recoveryCLI && `recoveryCLI: ${md(f.ibm.recoveryCLI)}`
  ].filter(Boolean)
  if (ibm.length > 0)
    out.push('', `**${md(t('report.ibm', undefined, L))}:** ${ibm.join(' · ')}`)
  const links = [
    f.reference &&
      `[${md(t('report.more-docs', undefined, L))}](<${f.reference}>)`,
    f.docs && `[${md(t('report.docs', undefined, L))}](<${f.docs}>)`
  ].filter(Boolean)
  if (links.length > 0) out.push('', `📖 ${links.join(' · ')}`)
  return out.join('\n')
}

/**
 * The report as CommonMark/GitHub Markdown (the CLI's --format markdown): headings, lists, fenced
 * commands and a table, no HTML. Every piece of API text is escaped so it cannot add markup or links.
 */
export function renderMarkdown(
  report: Report,
  opts: {problemsOnly?: boolean} = {}
): string {
  const L = report.language
  const out = [
    `## ${RESULT_ICON[report.result]} iks-preflight: ${md(resultLine(report))}`
  ]
  const counts = (['fail', 'error', 'warn', 'pass', 'skip'] as const)
    .filter(s => report.counts[s] > 0)
    .map(
      s =>
        `${STATUS_ICON[s]} ${md(t(`report.count.${s}`, {count: report.counts[s]}, L))}`
    )
  if (counts.length > 0) out.push('', counts.join(' · '))
  const id = report.identity
  if (id && report.operation !== 'explain')
    out.push(
      '',
      `| ${md(t('report.account', undefined, L))} | ${md(t('report.iam-id', undefined, L))} | ${md(t('report.caller', undefined, L))} |`,
      '| --- | --- | --- |',
      `| ${md(id.accountId)}${id.accountName ? ` (${md(id.accountName)})` : ''} | ${md(id.iamId)} | ${md(id.name ?? id.email ?? '')} (${md(t(`report.kind.${id.kind}`, undefined, L))}) |`
    )
  const probs = problems(report)
  if (probs.length > 0) {
    out.push('', `### ${md(t('report.problems', undefined, L))}`)
    for (const f of probs) out.push('', problem(f, report))
  } else if (report.result === 'pass') {
    out.push(
      '',
      `${STATUS_ICON.pass} ${md(t('report.all-clear', undefined, L))}`
    )
  }
  const listed = opts.problemsOnly
    ? report.findings.filter(f => f.status !== 'pass' && f.status !== 'skip')
    : report.findings
  if (listed.length > 0)
    out.push(
      '',
      `### ${md(t('report.checks', undefined, L))}`,
      '',
      `| ${md(t('report.col.status', undefined, L))} | ${md(t('report.col.check', undefined, L))} | ${md(t('report.col.target', undefined, L))} | ${md(t('report.col.summary', undefined, L))} |`,
      '| --- | --- | --- | --- |',
      ...listed.map(f => row(f, report))
    )
  const leftOut = opts.problemsOnly ? leftOutLine(report) : undefined
  if (leftOut) out.push('', `${STATUS_ICON.skip} ${md(leftOut)}`)
  out.push(
    '',
    `_${md(requestsLine(report))} iks-preflight ${md(report.tool.version)}_`,
    ''
  )
  return out.join('\n')
}
