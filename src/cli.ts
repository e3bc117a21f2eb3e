import {statSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {CATALOGUE, CHECK_IDS} from './checks/catalogue.js'
import {
  InputError,
  isExplain,
  parseConfig,
  preloadPlan,
  parseExplainConfig,
  schematicsPlanOf,
  secretInputs,
  shown,
  type RawInputs
} from './config/inputs.js'
import {
  EXPLAIN,
  FAIL_ON,
  INPUT_NAMES,
  LANGUAGES,
  OPERATIONS,
  PROVIDERS,
  REMEDIATIONS,
  REPORT_DETAILS,
  VISIBILITIES
} from './config/types.js'
import {runExplain} from './explain/run.js'
import {
  supportedLanguage,
  t,
  withProse,
  type Language
} from './messages/index.js'
import {renderJunit} from './report/junit.js'
import {renderMarkdown} from './report/markdown.js'
import type {Report} from './report/model.js'
import {inputNotices} from './report/notices.js'
import {resultLine} from './report/summary.js'
import {DEFAULT_WIDTH, MIN_WIDTH} from './report/layout.js'
import {renderText} from './report/text.js'
import {runPreflight} from './run.js'
import {redact, registerSecret} from './secrets.js'
import {TOOL_NAME, VERSION} from './version.js'

/**
 * Exit codes, stable for scripts: 0 pass, 1 internal error, 2 bad usage, 3 blockers, 4 warnings only,
 * 5 could not verify (no blocker found: retry).
 */
export const EXIT = {
  pass: 0,
  internal: 1,
  usage: 2,
  blockers: 3,
  warnings: 4,
  unverified: 5
} as const

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  env: Partial<Record<string, string>>
  isTTY: boolean
  /** The terminal's width when stdout is one (process.stdout.columns). */
  columns?: number
  /** Standard input, for `explain -`. */
  stdin?: () => Promise<string>
  /** Standard input as a stream: explain reads only its end, within the deadline. */
  stdinStream?: NodeJS.ReadableStream & {isTTY?: boolean}
}

/** How a report is rendered: colour, problems only, and the columns text wraps to. */
export interface RenderOptions {
  color?: boolean
  problemsOnly?: boolean
  /** Text only: the terminal's columns, else DEFAULT_WIDTH (deterministic for files and pipes). */
  width?: number
  /** Text only: applied before wrapping (secret redaction must see each value whole). */
  scrub?: (s: string) => string
}

/** One report, four shapes: the CLI picks its formatter from this table. */
const FORMATTERS = {
  text: (report: Report, o: RenderOptions) => `${renderText(report, o)}\n`,
  // JSON and JUnit are data for programs: every finding, always.
  json: (report: Report) => `${JSON.stringify(report, null, 2)}\n`,
  markdown: (report: Report, o: RenderOptions) =>
    renderMarkdown(report, {problemsOnly: o.problemsOnly}),
  junit: (report: Report) => renderJunit(report)
} as const satisfies Record<
  string,
  (report: Report, o: RenderOptions) => string
>

export type Format = keyof typeof FORMATTERS
export const FORMATS = Object.keys(FORMATTERS) as Format[]

export function renderAs(
  report: Report,
  format: Format,
  color: boolean,
  problemsOnly = false,
  more: Omit<RenderOptions, 'color' | 'problemsOnly'> = {}
): string {
  return FORMATTERS[format](report, {color, problemsOnly, ...more})
}

/**
 * Columns for text: a terminal's own width (never below MIN_WIDTH), else a fixed width, so a file, a
 * pipe or a CI log gets the same bytes on every machine.
 */
export function textWidth(io: Pick<CliIo, 'isTTY' | 'columns'>): number {
  return io.isTTY && io.columns !== undefined && io.columns > 0
    ? Math.max(MIN_WIDTH, io.columns)
    : DEFAULT_WIDTH
}

/** Inputs the action has and the CLI does not: the CLI posts no PR comment (use --format markdown). */
const ACTION_ONLY = ['pr-comment', 'github-token'] as const

/**
 * The CLI speaks in flags: "set remediate: vpe" becomes "set --remediate vpe", "(skip-checks)" becomes
 * "(--skip-checks)", "Input 'cluster':" becomes "--cluster:". Commands (already --flags) are untouched.
 */
export function cliWording(text: string): string {
  // Check ids (api-key) stay as they are: they name checks, not flags.
  const names = INPUT_NAMES.filter(
    n =>
      (n.includes('-') || n === 'remediate') &&
      !(CHECK_IDS as readonly string[]).includes(n)
  )
    .sort((a, b) => b.length - a.length)
    .join('|')
  return text
    .replace(/\bInput '([a-z-]+)'/g, '--$1')
    .replace(
      new RegExp(`(?<![\\w-])(${names}): ([a-z0-9-]+)(?![\\w-])`, 'g'),
      '--$1 $2'
    )
    .replace(new RegExp(`(?<![\\w-])(${names})(?![\\w-])`, 'g'), '--$1')
}

/** Colour: FORCE_COLOR (non-empty, not 0) forces it, NO_COLOR (non-empty) refuses it, else a terminal gets it. */
export function useColor(
  env: Partial<Record<string, string>>,
  isTTY: boolean
): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false')
    return true
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false
  return isTTY
}

/** --output must name a file we can create: checked before any API call, not after. */
function outputProblem(file: string): string | undefined {
  const path = resolve(file)
  try {
    if (statSync(path).isDirectory())
      return `got ${shown(file)}, which is a directory; give a file path such as preflight.xml.`
  } catch {
    // Does not exist yet: its folder must.
  }
  try {
    if (!statSync(dirname(path)).isDirectory())
      return `got ${shown(file)}; ${shown(dirname(path))} is not a folder.`
  } catch {
    return `got ${shown(file)}; its folder ${shown(dirname(path))} does not exist.`
  }
  return undefined
}

/** Edit distance (insert, delete, substitute), for "did you mean". */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    prev = row
  }
  return prev[b.length]!
}

/** The known flag nearest a mistyped one, when it is near enough to be what was meant. */
export function nearestFlag(
  given: string,
  known: readonly string[]
): string | undefined {
  const name = given.replace(/^-+/, '').replace(/=.*$/, '').toLowerCase()
  let best: {flag: string; d: number} | undefined
  for (const k of known) {
    const d = levenshtein(name, k)
    if (!best || d < best.d) best = {flag: k, d}
  }
  return best && best.d <= Math.max(2, Math.floor(name.length / 3))
    ? `--${best.flag}`
    : undefined
}

/** Node's parser errors in the CLI's own words: the flag named, and the nearest known one suggested. */
function parseArgsProblem(e: unknown, known: readonly string[]): string {
  const code = (e as {code?: string} | undefined)?.code
  const message = e instanceof Error ? e.message : String(e)
  const flag = /'(-[^' ]*)/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
    const near = nearestFlag(flag, known)
    return `unknown option ${shown(flag)}${near ? `; did you mean ${near}?` : '.'}`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag)
    return /does not take/.test(message)
      ? `${flag} takes no value.`
      : `${flag} needs a value.`
  return message
}

/** IKS_PREFLIGHT_FAIL_ON for --fail-on, and so on. */
export const envName = (input: string): string =>
  `IKS_PREFLIGHT_${input.toUpperCase().replace(/-/g, '_')}`

/** Allowed values per input, for --help. */
const ALLOWED: Partial<Record<string, readonly string[]>> = {
  operation: [...OPERATIONS, EXPLAIN],
  provider: PROVIDERS,
  'fail-on': FAIL_ON,
  visibility: VISIBILITIES,
  remediate: REMEDIATIONS,
  language: LANGUAGES,
  'report-detail': REPORT_DETAILS
}

export function helpText(): string {
  const inputs = INPUT_NAMES.filter(
    n => !(ACTION_ONLY as readonly string[]).includes(n)
  )
    .map(n => {
      const allowed = ALLOWED[n]
      return `  --${n.padEnd(22)} (env ${envName(n)})${allowed ? `\n${' '.repeat(27)}one of: ${allowed.join(', ')}` : ''}`
    })
    .join('\n')
  const checks = CATALOGUE.map(
    c =>
      `  ${c.id.padEnd(20)} ${t(c.title)}${c.providers ? ` [${c.providers.join(', ')}]` : ''}${c.operations && c.operations.length < 3 ? ` (${c.operations.join(', ')})` : ''}`
  ).join('\n')
  return `iks-preflight ${VERSION}: check whether an IBM Cloud Kubernetes Service operation can succeed, before it runs.

Usage: iks-preflight --operation OP --cluster NAME [options]
       iks-preflight --terraform-plan FILE [options]  every IKS operation of a plan (terraform show -json)
       iks-preflight explain [FILE|-] [options]   read a failed run's output (file, or stdin with - or none)
                                                  and report the known blockers in it; without an API key
                                                  no API call, with one it confirms the findings live

Options (each also read from the environment variable shown; the API key also from IBMCLOUD_API_KEY or IC_API_KEY):
${inputs}
  --skip-checks takes 'check-id: reason' entries, one per line or comma separated; check ids are listed below.
  --workers takes the worker IDs (as ibmcloud ks worker ls lists them) a worker-delete, -reload, -reboot or
            -replace touches, comma separated; without it the checks judge every worker of the cluster.
  --format FORMAT          one of: ${FORMATS.join(', ')} (default text; junit: JUnit XML, one testcase per finding)
  --json                   same as --format json
  --output FILE            write the report to FILE; stdout keeps a one-line result
  --quiet                  print nothing on stdout; the exit code tells the result
  --only-problems          list only blockers, could-not-verify and warnings, and one line counting the
                           passes and skips left out (same as --report-detail problems; text and markdown)
  --lang LANG              same as --language
  --help, --version
Colour: on a terminal; FORCE_COLOR=1 forces it, NO_COLOR=1 turns it off. IKS_PREFLIGHT_DEBUG=1 logs each request to stderr.
The PR comment is the action's (pr-comment); the CLI prints the same content with --format markdown.

Checks:
${checks}

Exit codes: 0 pass, 1 internal error, 2 bad usage, 3 blockers, 4 warnings only (with --fail-on warning),
            5 could not verify and no blocker found (IBM did not answer a read: retry).
`
}

/**
 * The CLI's own prose speaks of --flags (cliWording on every message template rendered during the run);
 * commands and data are never reworded, so a printed command pastes as it is.
 */
export async function cli(argv: string[], io: CliIo): Promise<number> {
  // JSON is the report's data for programs: it keeps the action's wording.
  const wording = {json: false}
  return withProse(
    s => (wording.json ? s : cliWording(s)),
    () => cliRun(argv, io, wording)
  )
}

async function cliRun(
  argv: string[],
  io: CliIo,
  wording: {json: boolean}
): Promise<number> {
  const options: Record<string, {type: 'string' | 'boolean'}> = {
    json: {type: 'boolean'},
    format: {type: 'string'},
    output: {type: 'string'},
    quiet: {type: 'boolean'},
    'only-problems': {type: 'boolean'},
    lang: {type: 'string'},
    help: {type: 'boolean'},
    version: {type: 'boolean'}
  }
  for (const n of INPUT_NAMES) options[n] = {type: 'string'}
  // Accepted by the parser so the refusal below can say why, rather than "unknown option".
  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  const usage = (message: string): number => {
    io.stderr(
      `iks-preflight: ${cliWording(message)}\nRun iks-preflight --help for the options.\n`
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
    return usage(parseArgsProblem(e, Object.keys(options)))
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
  wording.json = format === 'json'
  if (!FORMATS.includes(format))
    return usage(
      `--format: got ${shown(format)}; allowed: ${FORMATS.join(', ')}.`
    )
  for (const n of ACTION_ONLY)
    if (typeof values[n] === 'string' || io.env[envName(n)])
      return usage(
        `--${n}: the CLI posts no PR comment (that is the action's pr-comment); for the same content use --format markdown and post it yourself.`
      )
  const outputFile =
    (values['output'] as string | undefined) ?? io.env['IKS_PREFLIGHT_OUTPUT']
  if (outputFile !== undefined) {
    const problem = outputProblem(outputFile)
    if (problem) return usage(`--output: ${problem}`)
  }
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
      : parseConfig(
          raw,
          CHECK_IDS,
          io.env,
          await preloadPlan(raw),
          await schematicsPlanOf(raw, io.env, {
            userAgent: `${TOOL_NAME}/${VERSION}`,
            debug: m =>
              io.env['IKS_PREFLIGHT_DEBUG'] === '1' &&
              io.stderr(`debug: ${redact(m)}\n`)
          })
        )
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
            log: {
              debug: m => debug && io.stderr(`debug: ${redact(m)}\n`),
              info: m =>
                !quiet && io.stderr(`iks-preflight: ${cliWording(redact(m))}\n`)
            },
            language
          })
    if (config.operation !== EXPLAIN)
      for (const n of inputNotices(config, report, language, io.env))
        io.stderr(`iks-preflight: warning: ${cliWording(redact(n))}\n`)
    // Colour only for a person at a terminal (or FORCE_COLOR), and never into a file.
    // The CLI lists every finding unless asked: a person at a terminal asked for this one run.
    const rendered = redact(
      renderAs(
        report,
        format,
        !outputFile && useColor(io.env, io.isTTY),
        values['only-problems'] === true || config.reportDetail === 'problems',
        // A file gets the fixed width, whatever the terminal.
        {width: outputFile ? DEFAULT_WIDTH : textWidth(io), scrub: redact}
      )
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
    if (report.result !== 'fail') return EXIT.warnings
    // Nothing verified at all is not a blocker-free run to retry: it is a failure (every check skipped).
    return report.operation !== EXPLAIN &&
      report.blockedChecks.length === 0 &&
      report.unverifiedChecks.length > 0 &&
      !report.nothingVerified
      ? EXIT.unverified
      : EXIT.blockers
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`iks-preflight: ${cliWording(e.message)}\n`)
      return EXIT.usage
    }
    io.stderr(
      `iks-preflight: ${t('report.internal-error', {message: redact(e instanceof Error ? e.message : String(e))}, language)}\n`
    )
    return EXIT.internal
  }
}
