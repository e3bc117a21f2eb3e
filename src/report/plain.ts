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
 * One line of a finding's plain text: its indent, an optional list marker (`1.`, `-`, `$`) and the text.
 * A command line (`$`) is never wrapped or reworded: it must paste as it is.
 */
export interface PlainPart {
  indent: number
  marker?: string
  text: string
  command?: boolean
  /** A data line (worker, permission, subnet …), shown below the fix. */
  detail?: boolean
}

/**
 * A finding as plain text, the one rendering every plain channel prints (annotations, JUnit, CLI text):
 * what was seen, why it matters, the fix as numbered steps with their commands, data lines, IBM's own
 * diagnostics and the links. Channels only indent, clip, wrap or escape the lines.
 */
export function findingParts(
  f: RenderedFinding,
  lang: Language,
  opts: PlainOptions = {}
): PlainPart[] {
  const safe = opts.safe ?? ((s: string) => s)
  const max = opts.maxDetails ?? MAX_DETAILS
  const parts: PlainPart[] = [{indent: 0, text: safe(f.summary)}]
  if (f.why) parts.push({indent: 0, text: safe(f.why)})
  // Steps are ordered (IBM's fixes are sequences): numbered when there is more than one.
  f.fix.forEach((step, i) => {
    parts.push({
      indent: 0,
      marker: f.fix.length > 1 ? `${i + 1}.` : '-',
      text: safe(step.text)
    })
    for (const c of step.commands)
      parts.push({indent: 4, marker: '$', text: safe(c), command: true})
  })
  for (const d of f.details.slice(0, max))
    parts.push({indent: 4, text: safe(d), detail: true})
  if (f.details.length > max)
    parts.push({
      indent: 4,
      text: t('report.more-details', {count: f.details.length - max}, lang)
    })
  if (f.ibm?.incidentID)
    parts.push({
      indent: 0,
      text: `${t('report.ibm-incident', undefined, lang)}: ${safe(f.ibm.incidentID)}`
    })
  if (f.ibm?.recoveryCLI)
    // IBM's own command: printed whole, like ours.
    parts.push({
      indent: 0,
      text: `IBM recoveryCLI: ${safe(f.ibm.recoveryCLI)}`,
      command: true
    })
  if (f.reference)
    parts.push({
      indent: 0,
      text: `${t('report.more-docs', undefined, lang)}: ${f.reference}`
    })
  if (f.docs)
    parts.push({
      indent: 0,
      text: `${t('report.docs', undefined, lang)}: ${f.docs}`
    })
  return parts
}

/** A part as one unwrapped line. */
export function partLine(p: PlainPart): string {
  return `${' '.repeat(p.indent)}${p.marker ? `${p.marker} ` : ''}${p.text}`
}

export function findingLines(
  f: RenderedFinding,
  lang: Language,
  opts: PlainOptions = {}
): string[] {
  return findingParts(f, lang, opts).map(partLine)
}

export function findingText(
  f: RenderedFinding,
  lang: Language,
  opts?: PlainOptions
): string {
  return findingLines(f, lang, opts).join('\n')
}
