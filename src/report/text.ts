import {t} from '../messages/index.js'
import {problems, type Report} from './model.js'
import {leftOutLine, requestsLine, resultLine} from './blocks.js'
import {findingParts, type PlainPart} from './plain.js'
import {DEFAULT_WIDTH, MIN_WIDTH, displayWidth, padTo, wrap} from './layout.js'

const MARK = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  error: 'ERR ',
  skip: 'SKIP'
} as const

/** The status mark and the two spaces after it. */
const MARK_COLUMNS = 6
/** Check ids are ours and short; a longer one still prints whole (the summary moves to the next line). */
const CHECK_CAP = 24
/** Below this the summary column is too narrow to read: summaries go on their own lines instead. */
const MIN_SUMMARY = 30

export interface TextOptions {
  color?: boolean
  problemsOnly?: boolean
  /**
   * Columns to fit: the terminal's width at a terminal, else DEFAULT_WIDTH (a file or pipe gets the same
   * output on every machine). Commands, check ids and targets are never cut; a command line may pass it.
   */
  width?: number
  /** Applied to every piece of text before it is wrapped (the CLI redacts secrets: a wrapped one could not be found). */
  scrub?: (s: string) => string
}

/** The target column: a quarter of the line, within sane bounds; longer targets print whole on their own line. */
const targetCap = (width: number): number =>
  Math.min(40, Math.max(12, Math.floor(width / 4)))

/** Plain text for the CLI and logs. Control characters in API text are made visible so they cannot restyle a terminal. */
export function renderText(report: Report, opts: TextOptions = {}): string {
  const width = Math.max(MIN_WIDTH, opts.width ?? DEFAULT_WIDTH)
  const c = (code: string, s: string): string =>
    opts.color ? `\u001b[${code}m${s}\u001b[0m` : s
  const colorOf = {
    pass: '32',
    warn: '33',
    fail: '31',
    error: '35',
    skip: '90'
  } as const
  const scrub = opts.scrub ?? ((s: string) => s)
  // Newlines too: API text spanning lines could start a line with a workflow command (::error::) in a CI log.
  const safe = (s: string): string =>
    scrub(s).replace(
      // eslint-disable-next-line no-control-regex -- matching control characters is the point: they must not reach a terminal raw
      /[\u0000-\u0008\u000a-\u001f\u007f\u009b]/g,
      ch => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`
    )
  const L = report.language
  const lines: string[] = []
  for (const l of wrap(
    `iks-preflight: ${safe(resultLine(report))}`,
    width,
    '',
    '  '
  ))
    lines.push(c('1', l))
  const id = report.identity
  if (id)
    lines.push(
      ...wrap(
        `${t('report.account', undefined, L)}: ${safe(id.accountId)}${id.accountName ? ` (${safe(id.accountName)})` : ''}  ${t('report.iam-id', undefined, L)}: ${safe(id.iamId)}  (${t(`report.kind.${id.kind}`, undefined, L)})`,
        width,
        '',
        '  '
      )
    )
  lines.push('')
  const quiet = (f: {status: string}): boolean =>
    f.status === 'pass' || f.status === 'skip'
  const rows = report.findings
    .filter(f => !opts.problemsOnly || !quiet(f))
    .map(f => ({
      status: f.status,
      check: safe(f.check),
      target: safe(f.target),
      summary: safe(f.summary)
    }))
  lines.push(...tableLines(rows, width, c, colorOf))
  const leftOut = opts.problemsOnly ? leftOutLine(report) : undefined
  if (leftOut)
    for (const l of wrap(safe(leftOut), width)) lines.push(c('90', l))
  const probs = problems(report)
  if (probs.length > 0) {
    lines.push('', c('1', `${t('report.problems', undefined, L)}:`))
    for (const f of probs) {
      const head = `${MARK[f.status]} ${safe(f.check)}`
      const target = `[${safe(f.target)}]`
      const mark = (l: string): string =>
        l.replace(MARK[f.status], c(colorOf[f.status], MARK[f.status]))
      lines.push('')
      // The target is one piece: beside the check when it fits, else whole on the next line.
      if (displayWidth(`${head} ${target}`) <= width)
        lines.push(mark(`${head} ${target}`))
      else lines.push(mark(head), ...wrap(target, width, '  ', '    '))
      for (const p of findingParts(f, L, {safe}))
        lines.push(...partLines(p, width, '  '))
    }
  }
  lines.push('', ...wrap(safe(requestsLine(report)), width))
  // A line that starts with "::" (API text, after indentation) would be a workflow command in a CI log.
  return lines.map(l => l.replace(/^(\s*):(?=:)/, '$1\\x3a')).join('\n')
}

interface Row {
  status: keyof typeof MARK
  check: string
  target: string
  summary: string
}

/**
 * One row per finding: mark, check, target, summary. Column widths come from the content (capped); the
 * summary wraps inside its column. A check or target wider than its column prints whole and the summary
 * starts on the next line at its column, so every summary starts at the same column.
 */
function tableLines(
  rows: Row[],
  width: number,
  c: (code: string, s: string) => string,
  colorOf: Record<Row['status'], string>
): string[] {
  if (rows.length === 0) return []
  const widest = (k: 'check' | 'target'): number =>
    Math.max(...rows.map(r => displayWidth(r[k])))
  const checkW = Math.min(widest('check'), CHECK_CAP)
  let targetW = Math.min(widest('target'), targetCap(width))
  let summaryAt = MARK_COLUMNS + checkW + 1 + targetW + 1
  // A terminal too narrow for a summary column: each summary goes on its own lines under its row.
  const stacked = width - summaryAt < MIN_SUMMARY
  if (stacked) {
    summaryAt = MARK_COLUMNS
    targetW = 0
  }
  const indent = ' '.repeat(summaryAt)
  const lines: string[] = []
  for (const r of rows) {
    const mark = `${c(colorOf[r.status], MARK[r.status])}  `
    const fits =
      !stacked &&
      displayWidth(r.check) <= checkW &&
      displayWidth(r.target) <= targetW
    if (fits) {
      const [first = '', ...rest] = wrap(
        r.summary,
        width,
        `${' '.repeat(MARK_COLUMNS)}${padTo(r.check, checkW)} ${padTo(r.target, targetW)} `,
        indent
      )
      lines.push(`${mark}${first.slice(MARK_COLUMNS)}`, ...rest)
      continue
    }
    const head = `${padTo(r.check, checkW)} ${r.target}`
    // Too long even for one line beside the mark: the target gets lines of its own, whole (an address has
    // no spaces; only the " · operation" after it may go to the next line).
    if (MARK_COLUMNS + displayWidth(head) <= width) lines.push(`${mark}${head}`)
    else {
      const pad = ' '.repeat(MARK_COLUMNS)
      lines.push(`${mark}${r.check}`, ...wrap(r.target, width, pad, `${pad}  `))
    }
    lines.push(...wrap(r.summary, width, indent))
  }
  return lines
}

/** A finding's line wrapped: commands whole, list items and data lines with a hanging indent. */
function partLines(p: PlainPart, width: number, base: string): string[] {
  const lead = `${base}${' '.repeat(p.indent)}${p.marker ? `${p.marker} ` : ''}`
  if (p.command) return [`${lead}${p.text}`]
  // Continuation lines start under the text; a data line's continuation is indented further, so a
  // wrapped line does not read as the next data line.
  const hang = ' '.repeat(displayWidth(lead) + (p.detail ? 2 : 0))
  return wrap(p.text, width, lead, hang)
}
