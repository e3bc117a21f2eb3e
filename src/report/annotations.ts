import {t} from '../messages/index.js'
import {clip} from './escape.js'
import {problems, type RenderedFinding, type Report} from './model.js'
import {findingText} from './plain.js'
import {summaryProblemsShown} from './summary.js'

/**
 * "N more in the job summary" counts only what the summary shows (it is cut at 1 MiB); the rest are named as
 * being only in the JSON report.
 */
function moreLine(
  rest: RenderedFinding[],
  ranked: RenderedFinding[],
  inSummary: number,
  report: Report
): string {
  if (rest.length === 0) return ''
  const summary = rest.filter(f => ranked.indexOf(f) < inSummary).length
  const only = rest.length - summary
  const L = report.language
  if (only === 0) return `\n${t('report.more-in-summary', {count: summary}, L)}`
  if (summary === 0) return `\n${t('report.more-in-report', {count: only}, L)}`
  return `\n${t('report.more-in-summary-and-report', {count: summary, rest: only}, L)}`
}

/** The runner keeps 10 annotations of each type per step and cuts messages at 4096 characters. */
export const ANNOTATION_LIMIT = 10
const MESSAGE_MAX = 4000
/** A title is one line in the Checks UI: the problem's first sentence, bounded. */
const SENTENCE_MAX = 180
const TITLE_MAX = 200

/** Where the first sentence ends: a stop followed by a space or the end, or 。, outside parentheses. */
function sentenceEnd(line: string): number {
  let depth = 0
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (ch === '(' || ch === '（') depth++
    else if ((ch === ')' || ch === '）') && depth > 0) depth--
    else if (depth === 0 && ch === '。') return i
    // "1.30" and "e.g" inside a word are not stops.
    else if (
      depth === 0 &&
      /[.!?]/.test(ch) &&
      (i + 1 === line.length || /\s/.test(line[i + 1]!))
    )
      return i
  }
  return -1
}

/**
 * The text with its parenthesised asides left out ("key (HTTP 404 …) for" → "key for"). Only an aside
 * after a space: "permission(s)" keeps its "(s)".
 */
function withoutAsides(text: string): string {
  let out = ''
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const opens = ch === '(' || ch === '（'
    if (opens && (depth > 0 || i === 0 || /\s/.test(text[i - 1]!))) depth++
    else if ((ch === ')' || ch === '）') && depth > 0) depth--
    else if (depth === 0) out += ch
  }
  return out
    .replace(/\s+([,.:;])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
}

/**
 * The first sentence of a summary, without its closing stop: "Cluster X was not found with this key".
 * A stop inside IBM's quoted answer "(HTTP 404 A0006: … found. …)" does not end it; a long sentence
 * drops its asides, then a list after a colon, so the statement fits.
 */
export function firstSentence(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  const end = sentenceEnd(line)
  let sentence = end === -1 ? line : line.slice(0, end)
  if (sentence.length > 100) sentence = withoutAsides(sentence) || sentence
  // A long sentence that lists after a colon ("… lack 3 permissions: A, B, C") keeps its statement.
  const colon = sentence.search(/: |：/)
  if (sentence.length > 100 && colon >= 40) sentence = sentence.slice(0, colon)
  return clip(sentence, SENTENCE_MAX)
}

/**
 * The annotation title states the problem (the summary's first sentence) with the check's id before it;
 * the target is added when the sentence does not already name it.
 */
export function annotationTitle(f: RenderedFinding): string {
  const sentence = firstSentence(f.summary)
  const name = f.target.split(' · ')[0]!
  const target =
    sentence.length > 0 && sentence.includes(name) && !f.target.includes(' · ')
      ? ''
      : ` [${f.target}]`
  return clip(`${f.check}: ${sentence || f.title}${target}`, TITLE_MAX)
}

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
export function planAnnotations(
  report: Report,
  /** How many problems (rank order) the job summary shows; by default, what renderSummary keeps. */
  inSummary: number = summaryProblemsShown(report)
): Annotation[] {
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
      const suffix =
        i === shown.length - 1
          ? moreLine(ofType.slice(shown.length), ranked, inSummary, report)
          : ''
      text = clip(text, MESSAGE_MAX - suffix.length) + suffix
      out.push({
        type,
        title: annotationTitle(f),
        message: text
      })
    })
  }
  return out
}
