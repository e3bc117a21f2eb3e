import {t, type Language} from '../messages/index.js'
import {MAX_DETAILS} from './blocks.js'
import type {RenderedFinding} from './model.js'

export interface PlainOptions {
  /** Data lines shown before "… and N more." */
  maxDetails?: number
  /** Applied to every piece of API-derived text (the CLI makes control characters visible). */
  safe?: (s: string) => string
}

/**
 * A finding as plain text, the one rendering every plain channel prints (annotations, JUnit, CLI text):
 * what was seen, why it matters, the fix as numbered steps with their commands, data lines, IBM's own
 * diagnostics and the links. Channels only indent, clip or escape the lines.
 */
export function findingLines(
  f: RenderedFinding,
  lang: Language,
  opts: PlainOptions = {}
): string[] {
  const safe = opts.safe ?? ((s: string) => s)
  const max = opts.maxDetails ?? MAX_DETAILS
  const lines = [safe(f.summary)]
  if (f.why) lines.push(safe(f.why))
  // Steps are ordered (IBM's fixes are sequences): numbered when there is more than one.
  f.fix.forEach((step, i) => {
    lines.push(`${f.fix.length > 1 ? `${i + 1}.` : '-'} ${safe(step.text)}`)
    for (const c of step.commands) lines.push(`    $ ${safe(c)}`)
  })
  for (const d of f.details.slice(0, max)) lines.push(`    ${safe(d)}`)
  if (f.details.length > max)
    lines.push(
      `    ${t('report.more-details', {count: f.details.length - max}, lang)}`
    )
  if (f.ibm?.incidentID)
    lines.push(
      `${t('report.ibm-incident', undefined, lang)}: ${safe(f.ibm.incidentID)}`
    )
  if (f.ibm?.recoveryCLI)
    lines.push(`IBM recoveryCLI: ${safe(f.ibm.recoveryCLI)}`)
  if (f.reference)
    lines.push(`${t('report.more-docs', undefined, lang)}: ${f.reference}`)
  if (f.docs) lines.push(`${t('report.docs', undefined, lang)}: ${f.docs}`)
  return lines
}

export function findingText(
  f: RenderedFinding,
  lang: Language,
  opts?: PlainOptions
): string {
  return findingLines(f, lang, opts).join('\n')
}
