import {
  allClear,
  checksHeading,
  footer,
  problemsHeading,
  reportParts,
  tableHead
} from './blocks.js'
import {clip} from './escape.js'
import type {Report} from './model.js'

export {RESULT_ICON, STATUS_ICON, resultLine} from './blocks.js'

// The runner accepts 1 MiB per step summary; stay well inside it.
const SUMMARY_MAX = 900 * 1024

/** The job summary as HTML: banner and counts, identity, the fixes, then the table (passes folded). */
export function renderSummary(report: Report): string {
  const parts = reportParts(report)
  const out = [...parts.head]
  if (parts.problems.length > 0)
    out.push(problemsHeading(report), ...parts.problems)
  else out.push(allClear(report))
  out.push(checksHeading(report))
  if (parts.problemRows.length > 0)
    out.push(`<table>${tableHead(report)}${parts.problemRows.join('')}</table>`)
  if (parts.passed) out.push(parts.passed)
  out.push(footer(report))
  const html = out.join('\n')
  return html.length > SUMMARY_MAX
    ? `${clip(html, SUMMARY_MAX)}\n<p>…</p>`
    : html
}
