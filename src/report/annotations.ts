import {t, type Language} from '../messages/index.js'
import {clip} from './escape.js'
import {problems, type RenderedFinding, type Report} from './model.js'

/** The runner keeps 10 annotations of each type per step and cuts messages at 4096 characters. */
export const ANNOTATION_LIMIT = 10
const MESSAGE_MAX = 4000

export interface Annotation {
  type: 'error' | 'warning'
  title: string
  message: string
}

function message(f: RenderedFinding, lang: Language): string {
  const lines = [f.summary]
  if (f.why) lines.push(f.why)
  // Steps are ordered (IBM's fixes are sequences): number them when there is more than one.
  f.fix.forEach((step, i) => {
    lines.push(f.fix.length > 1 ? `${i + 1}. ${step.text}` : step.text)
    for (const c of step.commands) lines.push(`  $ ${c}`)
  })
  if (f.details.length > 0)
    lines.push(...f.details.slice(0, 20).map(d => `  - ${d}`))
  if (f.ibm?.incidentID) lines.push(`IBM incidentID: ${f.ibm.incidentID}`)
  if (f.ibm?.recoveryCLI) lines.push(`IBM recoveryCLI: ${f.ibm.recoveryCLI}`)
  if (f.reference)
    lines.push(`${t('report.more-docs', undefined, lang)}: ${f.reference}`)
  if (f.docs) lines.push(f.docs)
  return lines.join('\n')
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
    const ofType = ranked.filter(f =>
      type === 'error' ? f.status !== 'warn' : f.status === 'warn'
    )
    const limit =
      type === 'error' && report.jobFailed
        ? ANNOTATION_LIMIT - 1
        : ANNOTATION_LIMIT
    const shown = ofType.slice(0, limit)
    shown.forEach((f, i) => {
      let text = message(f, report.language)
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
