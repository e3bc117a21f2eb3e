import {t} from '../messages/index.js'
import {clip} from './escape.js'
import {problems, type Report} from './model.js'
import {findingText} from './plain.js'

/** The runner keeps 10 annotations of each type per step and cuts messages at 4096 characters. */
export const ANNOTATION_LIMIT = 10
const MESSAGE_MAX = 4000

export interface Annotation {
  type: 'error' | 'warning'
  title: string
  message: string
}

/**
 * Ranked annotations, worst first, at most 10 per type. When the job will fail, one error slot is
 * left for core.setFailed's own annotation. The last shown annotation of a type says how many more
 * are in the job summary.
 */
export function planAnnotations(report: Report): Annotation[] {
  const out: Annotation[] = []
  const ranked = problems(report)
  for (const type of ['error', 'warning'] as const) {
    // fail-on: never is report-only: the job stays green, so red error annotations would say the
    // opposite of its status. Every problem is a warning then (worst first); the summary keeps ❌/❓.
    const reportOnly = report.failOn === 'never'
    const ofType = ranked.filter(f =>
      reportOnly
        ? type === 'warning'
        : type === 'error'
          ? f.status !== 'warn'
          : f.status === 'warn'
    )
    const limit =
      type === 'error' && report.jobFailed
        ? ANNOTATION_LIMIT - 1
        : ANNOTATION_LIMIT
    const shown = ofType.slice(0, limit)
    shown.forEach((f, i) => {
      // The runner cuts a message at 4096 characters: 20 data lines, the rest are in the summary.
      let text = findingText(f, report.language, {maxDetails: 20})
      const more = ofType.length - shown.length
      const suffix =
        i === shown.length - 1 && more > 0
          ? `\n${t('report.more-in-summary', {count: more}, report.language)}`
          : ''
      text = clip(text, MESSAGE_MAX - suffix.length) + suffix
      out.push({
        type,
        title: clip(`${f.check}: ${f.title} [${f.target}]`, 200),
        message: text
      })
    })
  }
  return out
}
