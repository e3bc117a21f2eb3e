/**
 * The part of @actions/core the action uses. Its index (lib/core.js) also loads the OIDC client, whose
 * @actions/http-client pulls undici in at start-up (docs/performance.md); its file-command module loads
 * Node's `crypto` (about 5 ms of a 35 ms start) for one random UUID per output, and its summary module
 * loads `fs.promises` (with readline) for one append. The command encoding (command.js, utils.js) is
 * the library's; the functions below are core.js's, file-command.js's and summary.js's own for the
 * calls main.ts makes, with the same checks, messages and bytes written.
 */
import {accessSync, appendFileSync, constants, existsSync} from 'node:fs'
import {EOL} from 'node:os'
import {issueCommand} from '../../node_modules/@actions/core/lib/command.js'
import {
  toCommandProperties,
  toCommandValue
} from '../../node_modules/@actions/core/lib/utils.js'
import type {AnnotationProperties} from '../../node_modules/@actions/core/lib/core.js'

export function getInput(name: string): string {
  return (
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  ).trim()
}

/** file-command.js's issueFileCommand. */
function issueFileCommand(command: string, message: unknown): void {
  const filePath = process.env[`GITHUB_${command}`]
  if (!filePath)
    throw new Error(
      `Unable to find environment variable for file command ${command}`
    )
  if (!existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`)
  appendFileSync(filePath, `${toCommandValue(message)}${EOL}`, {
    encoding: 'utf8'
  })
}

const hex = (n: number): string => {
  let s = ''
  for (let i = 0; i < n; i++) s += ((Math.random() * 16) | 0).toString(16)
  return s
}

/**
 * A version-4-shaped UUID from Math.random (V8 seeds it per process from the operating system's
 * entropy). The delimiter need not be secret: the check below, kept from the library, refuses a name or
 * value that contains it, so no value can end its block early. Randomness only keeps a value from being
 * made to collide on purpose.
 */
function randomUUID(): string {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[(Math.random() * 4) | 0]}${hex(3)}-${hex(12)}`
}

/** file-command.js's prepareKeyValueMessage, with the UUID above instead of crypto.randomUUID. */
function prepareKeyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  const convertedValue = toCommandValue(value)
  // As the library: a name or value that contains the delimiter is refused, never written.
  if (key.includes(delimiter))
    throw new Error(
      `Unexpected input: name should not contain the delimiter "${delimiter}"`
    )
  if (convertedValue.includes(delimiter))
    throw new Error(
      `Unexpected input: value should not contain the delimiter "${delimiter}"`
    )
  return `${key}<<${delimiter}${EOL}${convertedValue}${EOL}${delimiter}`
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT'] || '')
    return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', {name}, toCommandValue(value))
}

const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY'

/**
 * summary.js's Summary for addRaw and write (append): the same buffer (kept when a write fails, emptied
 * when it succeeds), the same checks and messages, the path remembered after the first good check.
 */
class Summary {
  private buffer = ''
  private filePath: string | undefined

  private path(): string {
    if (this.filePath) return this.filePath
    const pathFromEnv = process.env[SUMMARY_ENV_VAR]
    if (!pathFromEnv)
      throw new Error(
        `Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`
      )
    try {
      accessSync(pathFromEnv, constants.R_OK | constants.W_OK)
    } catch {
      throw new Error(
        `Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`
      )
    }
    this.filePath = pathFromEnv
    return this.filePath
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += text
    if (addEOL) this.buffer += EOL
    return this
  }

  /** Append the buffer to the summary file (async like the library's, so callers await it the same way). */
  async write(): Promise<this> {
    appendFileSync(this.path(), this.buffer, {encoding: 'utf8'})
    this.buffer = ''
    return this
  }
}

export const summary = new Summary()

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1'
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function warning(
  message: string | Error,
  properties: AnnotationProperties = {}
): void {
  issueCommand(
    'warning',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message
  )
}

export function error(
  message: string | Error,
  properties: AnnotationProperties = {}
): void {
  issueCommand(
    'error',
    toCommandProperties(properties),
    message instanceof Error ? message.toString() : message
  )
}

/** Exit code 1 and an error annotation, as core.setFailed. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}
