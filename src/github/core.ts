/**
 * The part of @actions/core the action uses, built from @actions/core's own command modules. Its index
 * (lib/core.js) also loads the OIDC client, whose @actions/http-client pulls undici in at start-up: about
 * half of `node dist/index.js`'s start (docs/performance.md). The functions below are core.js's own, line
 * for line, for the calls main.ts makes; the command encoding, file commands and summary are the library's.
 */
import {EOL} from 'node:os'
import {issueCommand} from '../../node_modules/@actions/core/lib/command.js'
import {
  issueFileCommand,
  prepareKeyValueMessage
} from '../../node_modules/@actions/core/lib/file-command.js'
import {
  toCommandProperties,
  toCommandValue
} from '../../node_modules/@actions/core/lib/utils.js'
import type {AnnotationProperties} from '../../node_modules/@actions/core/lib/core.js'

export {summary} from '../../node_modules/@actions/core/lib/summary.js'

export function getInput(name: string): string {
  return (
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  ).trim()
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT'] || '')
    return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', {name}, toCommandValue(value))
}

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
