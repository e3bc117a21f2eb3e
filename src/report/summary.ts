import {t} from '../messages/index.js'
import {fitReport, problemsShown, type FitOptions} from './blocks.js'
import {escapeHtml as h} from './escape.js'
import type {ReportDetail} from '../config/types.js'
import type {Report} from './model.js'

export {RESULT_ICON, STATUS_ICON, resultLine} from './blocks.js'
// Apart so that the action's start (which may stop on a bad input) loads no report renderer.
export {renderStopSummary} from './stop.js'

/** GitHub keeps at most 1 MiB (bytes, not characters) of job summary per step and drops a larger one. */
export const SUMMARY_MAX_BYTES = 1024 * 1024
// Other steps' summaries do not count against ours, but stay clear of the limit all the same.
const SUMMARY_BUDGET = SUMMARY_MAX_BYTES - 64 * 1024

/**
 * The job summary as HTML: banner and counts, identity, the fixes, then the table (passes folded).
 * Measured in UTF-8 bytes (Japanese text is 3 bytes a character) and cut between whole findings.
 */
export function renderSummary(
  report: Report,
  maxBytes = SUMMARY_BUDGET,
  detail?: ReportDetail
): string {
  return fitReport(report, summaryFit(report, maxBytes, detail))
}

/** How many problems (rank order) the job summary shows in full; the rest are cut by its 1 MiB limit. */
export function summaryProblemsShown(
  report: Report,
  maxBytes = SUMMARY_BUDGET,
  detail?: ReportDetail
): number {
  return problemsShown(report, summaryFit(report, maxBytes, detail))
}

function summaryFit(
  report: Report,
  maxBytes: number,
  detail: ReportDetail | undefined
): FitOptions {
  return {
    detail,
    max: maxBytes,
    measure: s => Buffer.byteLength(s, 'utf8'),
    note: (shown, total) =>
      `<blockquote>✂️ ${h(t('report.summary-truncated', {shown, total}, report.language))}</blockquote>`
  }
}
