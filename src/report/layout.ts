/**
 * Terminal layout for the CLI's text report: display width (East Asian wide characters take two columns)
 * and word wrapping that never breaks inside a word, an identifier or a `backticked` command. Japanese has
 * no spaces, so it may break between wide characters, except where Japanese typesetting forbids it
 * (no closing punctuation or small kana at a line start, no opening bracket at a line end).
 */

/** Width when stdout is not a terminal (a file, a pipe, CI logs): fixed, so the output is deterministic. */
export const DEFAULT_WIDTH = 100
/** Below this a terminal is treated as this wide: lines of identifiers cannot get shorter anyway. */
export const MIN_WIDTH = 40

/**
 * Characters of East Asian Width W or F (Unicode UAX #11): CJK, kana, hangul, full-width forms and
 * emoji. Ambiguous-width characters (·, ×) count as narrow, as wcwidth and most terminals do.
 */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // hiragana, katakana, bopomofo, compatibility jamo, kanbun, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // full-width ASCII
  [0xffe0, 0xffe6], // full-width signs
  [0x16fe0, 0x18cff], // Tangut and others
  [0x1b000, 0x1b2ff], // kana supplement and extensions
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f680, 0x1f6ff], // transport and map symbols
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff], // supplemental symbols and pictographs
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd] // CJK extensions B and later
]

/** Zero-width: combining marks, zero-width space/joiners, variation selectors. */
const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
  [0xe0100, 0xe01ef]
]

const inRanges = (
  cp: number,
  ranges: ReadonlyArray<readonly [number, number]>
): boolean => {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [a, b] = ranges[mid]!
    if (cp < a) hi = mid - 1
    else if (cp > b) lo = mid + 1
    else return true
  }
  return false
}

/** Columns one character takes in a terminal: 0, 1 or 2. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0
  if (inRanges(cp, ZERO)) return 0
  return inRanges(cp, WIDE) ? 2 : 1
}

// eslint-disable-next-line no-control-regex -- SGR colour sequences take no columns
const SGR = /\u001b\[[0-9;]*m/g

/** Columns a string takes in a terminal; colour sequences take none. */
export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s.replace(SGR, '')) w += charWidth(ch)
  return w
}

/** Pad with spaces to a display width (padEnd counts code units, which is wrong for wide characters). */
export function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)))
}

/** Not at a line start: closing punctuation, small kana, prolonged sound mark, middle dots. */
const NO_START = new Set(
  Array.from(
    '、。，．・：；？！ー」』）］｝〉》】〕〗〙〟’”ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻,.:;?!)]}%\'"'
  )
)
/** Not at a line end: opening brackets and quotes. */
const NO_END = new Set(Array.from('「『（［｛〈《【〔〖〘〝‘“([{\'"$#'))

const isSpace = (ch: string): boolean => ch === ' '

/** A backticked span, or a command in prose: the tool and up to nine words, to the first punctuation. */
const COMMAND_IN_PROSE =
  /`[^`\n]+`|(?<![\w-])(?:ibmcloud|kubectl|terraform|iks-preflight)(?: [^\s,;:)\]`"'\u0080-\uffff]+){1,9}/g

/**
 * The text cut into units that may not be broken; each unit keeps the spaces that follow it. A unit ends
 * after spaces, or between two characters one of which is wide (Japanese), unless a typesetting rule or a
 * `backticked` span forbids it.
 */
export function breakUnits(text: string): string[] {
  // Backticked spans (`ibmcloud ks versions`) and commands named in prose ("create one with ibmcloud is
  // subnet-create;") are never broken: a command must paste as one line. Offsets are UTF-16 code units.
  const guarded = new Set<number>()
  for (const m of text.matchAll(COMMAND_IN_PROSE))
    for (let k = m.index; k < m.index + m[0].length; k++) guarded.add(k)
  const units: string[] = []
  let cur = ''
  let prev: string | undefined
  let prevAt = -1
  let at = 0
  for (const ch of text) {
    if (prev !== undefined && cur !== '') {
      const inside = guarded.has(at) && guarded.has(prevAt)
      const afterSpace = isSpace(prev) && !isSpace(ch)
      const cjk =
        !isSpace(prev) &&
        !isSpace(ch) &&
        (charWidth(prev) === 2 || charWidth(ch) === 2) &&
        !NO_START.has(ch) &&
        !NO_END.has(prev) &&
        ch !== '`' &&
        prev !== '`'
      // Never start a line with "::": a CI log reads it as a workflow command (::error::…).
      const command = text.startsWith('::', at)
      if (!inside && !command && (afterSpace || cjk)) {
        units.push(cur)
        cur = ''
      }
    }
    cur += ch
    prev = ch
    prevAt = at
    at += ch.length
  }
  if (cur !== '') units.push(cur)
  return units
}

/**
 * Greedy word wrap to `width` columns: the first line starts with `first`, the others with `rest`. A unit
 * wider than the room left is never cut: it takes a line of its own and may pass the width.
 */
export function wrap(
  text: string,
  width: number,
  first = '',
  rest = first
): string[] {
  const lines: string[] = []
  let prefix = first
  let line = ''
  let full = displayWidth(first)
  for (const unit of breakUnits(text.trim())) {
    const body = unit.trimEnd()
    const bodyWidth = displayWidth(body)
    if (line !== '' && full + bodyWidth > width) {
      lines.push(prefix + line.trimEnd())
      prefix = rest
      line = ''
      full = displayWidth(rest)
    }
    line += unit
    full += displayWidth(unit)
  }
  lines.push((prefix + line).trimEnd())
  return lines
}
