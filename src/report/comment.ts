import {t} from '../messages/index.js'
import {fitReport} from './blocks.js'
import {escapeHtml as h} from './escape.js'
import type {ReportDetail} from '../config/types.js'
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
  /** report-detail; unset: problems only for fleets and plans. */
  detail?: ReportDetail
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
  return fitReport(report, {
    detail: opts.detail,
    before: opts.marker === false ? [] : [COMMENT_MARKER],
    max: opts.maxChars ?? COMMENT_MAX,
    measure: s => s.length,
    note: (shown, total) =>
      `<blockquote>✂️ ${h(t('report.truncated', {shown, total}, report.language))}${opts.runUrl ? ` <a href="${h(opts.runUrl)}">${h(t('report.run-link', undefined, report.language))}</a>` : ''}</blockquote>`
  })
}
