/**
 * The bottom of the input layers: raw values, the error a bad one raises, and the helpers every reader
 * of inputs shares (action inputs, CLI flags, plan files, endpoint variables). Imports nothing.
 */
/** A bad input, found before any network call. The message names the input, what was received and what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
    /** What `input` is: an action input / CLI flag, or an environment variable (endpoints, proxy). */
    kind: 'input' | 'variable' = 'input'
  ) {
    super(
      `${kind === 'input' ? 'Input' : 'Environment variable'} '${input}': ${message}`
    )
    this.name = 'InputError'
  }
}

/** Raw values keyed by input name (action inputs and CLI flags share names). Empty string = not given. */
export type RawInputs = Partial<Record<string, string | undefined>>

/** Every secret among the raw inputs and their environment fallbacks, to mask before anything is printed. */
export function secretInputs(
  raw: RawInputs,
  env: Partial<Record<string, string>>
): Array<string | undefined> {
  return [
    raw['api-key'],
    raw['github-token'],
    env['IBMCLOUD_API_KEY'],
    env['IC_API_KEY']
  ]
}

const MAX_SHOWN = 80
/** Quote a received value for an error message without echoing a huge or multi-line blob. */
export function shown(value: string): string {
  const oneLine = JSON.stringify(
    value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value
  )
  return oneLine
}

/** Split on commas and newlines, trim, drop empties. */
export function splitList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[,\n\r]/)
    .map(s => s.trim())
    .filter(s => s !== '')
}

/** Which IBM endpoints a run uses; the endpoint variables (src/ibm/endpoints.ts) read it too. */
export const VISIBILITIES = ['public', 'private'] as const
export type Visibility = (typeof VISIBILITIES)[number]
