import {t} from '../messages/index.js'
import {problems, type Report} from './model.js'
import {leftOutLine, requestsLine, resultLine} from './blocks.js'
import {findingLines} from './plain.js'

const MARK = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  error: 'ERR ',
  skip: 'SKIP'
} as const

/** Plain text for the CLI and logs. Control characters in API text are made visible so they cannot restyle a terminal. */
export function renderText(
  report: Report,
  opts: {color?: boolean; problemsOnly?: boolean} = {}
): string {
  const c = (code: string, s: string): string =>
    opts.color ? `\u001b[${code}m${s}\u001b[0m` : s
  const colorOf = {
    pass: '32',
    warn: '33',
    fail: '31',
    error: '35',
    skip: '90'
  } as const
  // Newlines too: API text spanning lines could start a line with a workflow command (::error::) in a CI log.
  const safe = (s: string): string =>
    s.replace(
      // eslint-disable-next-line no-control-regex -- matching control characters is the point: they must not reach a terminal raw
      /[\u0000-\u0008\u000a-\u001f\u007f\u009b]/g,
      ch => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`
    )
  const L = report.language
  const lines: string[] = []
  lines.push(c('1', `iks-preflight: ${resultLine(report)}`))
  const id = report.identity
  if (id)
    lines.push(
      `${t('report.account', undefined, L)}: ${safe(id.accountId)}${id.accountName ? ` (${safe(id.accountName)})` : ''}  ${t('report.iam-id', undefined, L)}: ${safe(id.iamId)}  (${t(`report.kind.${id.kind}`, undefined, L)})`
    )
  lines.push('')
  const quiet = (f: {status: string}): boolean =>
    f.status === 'pass' || f.status === 'skip'
  for (const f of report.findings)
    if (!opts.problemsOnly || !quiet(f))
      lines.push(
        `${c(colorOf[f.status], MARK[f.status])}  ${f.check.padEnd(18)} ${safe(f.target).padEnd(20)} ${safe(f.summary)}`
      )
  const leftOut = opts.problemsOnly ? leftOutLine(report) : undefined
  if (leftOut) lines.push(c('90', leftOut))
  const probs = problems(report)
  if (probs.length > 0) {
    lines.push('', c('1', `${t('report.problems', undefined, L)}:`))
    for (const f of probs) {
      lines.push(
        '',
        `${c(colorOf[f.status], MARK[f.status])} ${f.check} [${safe(f.target)}]`,
        ...findingLines(f, L, {safe}).map(l => `  ${l}`)
      )
    }
  }
  lines.push('', requestsLine(report))
  return lines.join('\n')
}
