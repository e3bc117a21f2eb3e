import {t} from '../messages/index.js'
import {escapeHtml as h} from './escape.js'
import type {Report} from './model.js'

/** The short summary of a run that never produced a report (bad input, internal error). */
export function renderStopSummary(
  kind: 'input-error' | 'internal-error',
  message: string,
  language: Report['language']
): string {
  return `<h2>❓ iks-preflight</h2>\n<p>${h(t(`report.${kind}.summary`, undefined, language))}</p>\n<pre>${h(message)}</pre>`
}
