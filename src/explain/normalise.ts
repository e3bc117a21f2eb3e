/**
 * Turn a failed run's output into text the patterns can match: whatever wrapped the message
 * (JSON string escaping, Terraform's boxes, log timestamps, colours, line wrapping) is taken off.
 */
export interface Normalised {
  /** One line: whitespace runs collapsed to one space. Values are extracted from this. */
  text: string
  /** Lower-case `text` without any whitespace: a message wrapped mid-word still matches. */
  squashed: string
  /** squashed index → text index. */
  at: number[]
  lines: number
  /** The text is an IBM Cloud Schematics job log (its line prefix, or Schematics named). */
  schematics?: boolean
}

const SCHEMATICS_LOG =
  /^[ \t]*\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} Terraform [a-z]+ \||\bschematics\b/im

// eslint-disable-next-line no-control-regex -- terminal colour sequences are the target
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g
// Log prefixes repeated on every line: GitHub's ISO timestamps, Terraform's box drawing.
// IBM Schematics prefixes every job log line with "2020/12/15 20:03:55 Terraform apply | " (its own lines with the time alone).
const LINE_PREFIX =
  /^[ \t]*(?:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}[ \t]+(?:Terraform [a-z]+ \|[ \t]?)?)?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?[ \t]*)?(?:[│╷╵|][ \t]?)?/gm

/** Undo one level of JSON string escaping (Terraform and SDKs often print a body inside a string). */
function unescapeJson(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_, e: string) => {
    if (e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16))
    return (
      ({n: '\n', r: '\n', t: '\t', b: ' ', f: ' '} as Record<string, string>)[
        e
      ] ?? e
    )
  })
}

export function normalise(raw: string): Normalised {
  let s = raw.replace(ANSI, '')
  // Twice: a body escaped inside a log line that was itself JSON-encoded.
  for (let i = 0; i < 2 && /\\["nu]/.test(s); i++) s = unescapeJson(s)
  const lines = s.split(/\r?\n/).filter(l => l.trim() !== '').length
  const text = s.replace(LINE_PREFIX, '').replace(/\s+/g, ' ').trim()
  const at: number[] = []
  let squashed = ''
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') continue
    squashed += text[i]!.toLowerCase()
    at.push(i)
  }
  return {text, squashed, at, lines, schematics: SCHEMATICS_LOG.test(s)}
}

/** The phrase in the same squashed form as Normalised.squashed. */
export function squash(phrase: string): string {
  return phrase.replace(/\s+/g, '').toLowerCase()
}

/** Every position (in `text`) where the phrase occurs. */
export function findPhrase(n: Normalised, phrase: string): number[] {
  const needle = squash(phrase)
  const out: number[] = []
  for (
    let i = n.squashed.indexOf(needle);
    i !== -1;
    i = n.squashed.indexOf(needle, i + 1)
  )
    out.push(n.at[i]!)
  return out
}

/** Every occurrence of an IKS or IAM error code (a regex source), as a word of its own (E0057 never matches E00571). */
export function findCode(
  n: Normalised,
  code: string
): Array<{at: number; code: string}> {
  const re = new RegExp(`(?<![A-Za-z0-9])${code}(?![A-Za-z0-9])`, 'gi')
  return [...n.text.matchAll(re)].map(m => ({at: m.index, code: m[0]}))
}
