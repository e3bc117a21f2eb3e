import {t} from '../messages/index.js'
import {
  allClear,
  checksHeading,
  footer,
  problemsHeading,
  reportParts,
  tableHead
} from './blocks.js'
import {escapeHtml as h} from './escape.js'
import type {Report} from './model.js'

/** Finds our sticky comment on re-runs. Changing it would make every open PR get a second comment. */
export const COMMENT_MARKER = '<!-- iks-preflight:comment -->'
/** GitHub rejects issue comments longer than this (counted in characters; JS length is never below that). */
export const COMMENT_MAX = 65_536

export interface CommentOptions {
  /** false for the CLI's Markdown: the same content without the hidden marker. */
  marker?: boolean
  maxChars?: number
  /** Link to the workflow run, shown in the truncation note. */
  runUrl?: string
}

/**
 * The PR comment (and the CLI's Markdown): the job summary's content, cut to fit. Fixes come first
 * and are kept whole; when the body would exceed the limit, whole fixes and table rows are dropped
 * from the end and a note says how many findings are shown.
 */
export function renderComment(
  report: Report,
  opts: CommentOptions = {}
): string {
  const max = opts.maxChars ?? COMMENT_MAX
  const parts = reportParts(report)
  const top = [
    ...(opts.marker === false ? [] : [COMMENT_MARKER]),
    ...parts.head
  ]
  const end = footer(report)
  const total = report.findings.length
  const note = (shown: number): string =>
    `<blockquote>✂️ ${h(t('report.truncated', {shown, total}, report.language))}${opts.runUrl ? ` <a href="${h(opts.runUrl)}">${h(t('report.run-link', undefined, report.language))}</a>` : ''}</blockquote>`
  const full = assemble(
    report,
    top,
    parts.problems,
    parts.problemRows,
    parts.passed,
    end
  )
  if (full.length <= max) return full

  // Reserve room for the note, then keep problem blocks (and their rows) in rank order while they fit.
  const reserve = note(total).length + 2
  // Each kept problem adds its block and its table row; the frame (headings, table tags) is measured once.
  const frame = assemble(report, top, [''], [''], undefined, end).length
  let size = frame
  let kept = 0
  while (
    kept < parts.problems.length &&
    size +
      parts.problems[kept]!.length +
      1 +
      parts.problemRows[kept]!.length +
      reserve <=
      max
  ) {
    size += parts.problems[kept]!.length + 1 + parts.problemRows[kept]!.length
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
  return `${body}\n${note(kept)}`
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
