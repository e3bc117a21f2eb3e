import {writeFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {CATALOGUE, CHECK_IDS} from './checks/catalogue.js'
import {
  InputError,
  isExplain,
  parseConfig,
  parseExplainConfig,
  secretInputs,
  shown,
  type RawInputs
} from './config/inputs.js'
import {EXPLAIN, INPUT_NAMES} from './config/types.js'
import {runExplain} from './explain/run.js'
import {supportedLanguage, t, type Language} from './messages/index.js'
import {renderComment} from './report/comment.js'
import {renderJunit} from './report/junit.js'
import type {Report} from './report/model.js'
import {resultLine} from './report/summary.js'
import {renderText} from './report/text.js'
import {runPreflight} from './run.js'
import {redact, registerSecret} from './secrets.js'
import {VERSION} from './version.js'

/** Exit codes, stable for scripts: 0 pass, 1 internal error, 2 bad usage, 3 blockers, 4 warnings only. */
export const EXIT = {
  pass: 0,
  internal: 1,
  usage: 2,
  blockers: 3,
  warnings: 4
} as const

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  env: Partial<Record<string, string>>
  isTTY: boolean
  /** Standard input, for `explain -`. */
  stdin?: () => Promise<string>
  /** Standard input as a stream: explain reads only its end, within the deadline. */
  stdinStream?: NodeJS.ReadableStream & {isTTY?: boolean}
}

export const FORMATS = ['text', 'json', 'markdown', 'junit'] as const
export type Format = (typeof FORMATS)[number]

/** One report, four shapes. Markdown is the PR comment without its marker and length limit. */
export function renderAs(
  report: Report,
  format: Format,
  color: boolean
): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`
  if (format === 'markdown')
    return `${renderComment(report, {marker: false, maxChars: Number.POSITIVE_INFINITY})}\n`
  if (format === 'junit') return renderJunit(report)
  return `${renderText(report, {color})}\n`
}

/** IKS_PREFLIGHT_FAIL_ON for --fail-on, and so on. */
export const envName = (input: string): string =>
  `IKS_PREFLIGHT_${input.toUpperCase().replace(/-/g, '_')}`

export function helpText(): string {
  const inputs = INPUT_NAMES.map(
    n => `  --${n.padEnd(22)} (env ${envName(n)})`
  ).join('\n')
  const checks = CATALOGUE.map(
    c =>
      `  ${c.id.padEnd(20)} ${t(c.title)}${c.providers ? ` [${c.providers.join(', ')}]` : ''}${c.operations && c.operations.length < 3 ? ` (${c.operations.join(', ')})` : ''}`
  ).join('\n')
  return `iks-preflight ${VERSION}: check whether an IBM Cloud Kubernetes Service operation can succeed, before it runs.

Usage: iks-preflight --operation OP --cluster NAME [options]
       iks-preflight explain [FILE|-] [options]   read a failed run's output (file, or stdin with - or none)
                                                  and report the known blockers in it; no API call

Options (each also read from the environment variable shown; the API key also from IBMCLOUD_API_KEY or IC_API_KEY):
${inputs}
  --format FORMAT          text (default), json, markdown or junit (JUnit XML: one testcase per finding)
  --json                   same as --format json
  --output FILE            write the report to FILE; stdout keeps a one-line result
  --quiet                  print nothing on stdout; the exit code tells the result
  --lang LANG              same as --language
  --help, --version

Checks:
${checks}

Exit codes: 0 pass, 1 internal error, 2 bad usage, 3 blockers (or could not verify), 4 warnings only (with --fail-on warning).
`
}

export async function cli(argv: string[], io: CliIo): Promise<number> {
  const options: Record<string, {type: 'string' | 'boolean'}> = {
    json: {type: 'boolean'},
    format: {type: 'string'},
    output: {type: 'string'},
    quiet: {type: 'boolean'},
    lang: {type: 'string'},
    help: {type: 'boolean'},
    version: {type: 'boolean'}
  }
  for (const n of INPUT_NAMES) options[n] = {type: 'string'}
  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  const usage = (message: string): number => {
    io.stderr(
      `iks-preflight: ${message}\nRun iks-preflight --help for the options.\n`
    )
    return EXIT.usage
  }
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: true
    }))
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e))
  }
  const explainCommand = positionals[0] === EXPLAIN
  if (positionals.length > (explainCommand ? 2 : 0))
    return usage(
      `unexpected argument ${shown(positionals[explainCommand ? 2 : 0]!)}.`
    )
  const format = (
    values['json']
      ? 'json'
      : ((values['format'] as string | undefined) ??
        io.env['IKS_PREFLIGHT_FORMAT'] ??
        'text')
  ) as Format
  if (!FORMATS.includes(format))
    return usage(
      `--format: got ${shown(format)}; allowed: ${FORMATS.join(', ')}.`
    )
  const outputFile =
    (values['output'] as string | undefined) ?? io.env['IKS_PREFLIGHT_OUTPUT']
  const quiet =
    values['quiet'] === true || io.env['IKS_PREFLIGHT_QUIET'] === '1'
  if (values['help']) {
    io.stdout(helpText())
    return EXIT.pass
  }
  if (values['version']) {
    io.stdout(`${VERSION}\n`)
    return EXIT.pass
  }
  const raw: RawInputs = {}
  for (const n of INPUT_NAMES) {
    const v = values[n]
    raw[n] = typeof v === 'string' ? v : io.env[envName(n)]
  }
  if (
    typeof values['lang'] === 'string' &&
    typeof values['language'] !== 'string'
  )
    raw['language'] = values['lang']
  if (explainCommand) {
    raw['operation'] = EXPLAIN
    // `explain` with no FILE reads stdin, unless the text or a file came in as an option.
    if (positionals[1] !== undefined) raw['error-file'] = positionals[1]
    else if (!raw['error-text'] && !raw['error-file']) raw['error-file'] = '-'
  }
  for (const secret of secretInputs(raw, io.env)) registerSecret(secret)
  let language: Language = 'en'
  try {
    const config = isExplain(raw)
      ? parseExplainConfig(raw)
      : parseConfig(raw, CHECK_IDS, io.env)
    language = supportedLanguage(config.language)
    const debug = io.env['IKS_PREFLIGHT_DEBUG'] === '1'
    const report =
      config.operation === EXPLAIN
        ? await runExplain(config, raw, {
            env: io.env,
            log: {debug: m => debug && io.stderr(`debug: ${redact(m)}\n`)},
            language,
            stdin: io.stdin,
            stdinStream: io.stdinStream,
            stderr: io.stderr
          })
        : await runPreflight(config, {
            env: io.env,
            log: {debug: m => debug && io.stderr(`debug: ${redact(m)}\n`)},
            language
          })
    // Colour only for a person at a terminal, and never into a file.
    const rendered = redact(
      renderAs(report, format, io.isTTY && !io.env['NO_COLOR'] && !outputFile)
    )
    if (outputFile) {
      writeFileSync(outputFile, rendered)
      if (!quiet)
        io.stdout(
          `iks-preflight: ${resultLine(report)} ${t('report.written', {format, file: outputFile}, language)}\n`
        )
    } else if (!quiet) {
      io.stdout(rendered)
    }
    if (!report.jobFailed) return EXIT.pass
    return report.result === 'fail' ? EXIT.blockers : EXIT.warnings
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`iks-preflight: ${e.message}\n`)
      return EXIT.usage
    }
    io.stderr(
      `iks-preflight: ${t('report.internal-error', {message: redact(e instanceof Error ? e.message : String(e))}, language)}\n`
    )
    return EXIT.internal
  }
}
