/**
 * The bottom of the input layers: raw values, the error a bad one raises, and the helpers every reader
 * of inputs shares (action inputs, CLI flags, plan files, endpoint variables, FIFOs given as files).
 * Imports no layer of ours: only Node's fs.
 */
import {closeSync, constants, open, openSync, writeSync} from 'node:fs'
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

/**
 * Opening a FIFO blocks until a writer opens it, in a thread that cannot be cancelled. At the deadline,
 * open the write end ourselves (never blocks: a reader is waiting) and close it: the reader sees EOF.
 */
export async function openFifo(
  path: string,
  signal: AbortSignal
): Promise<number> {
  // A raw descriptor (callback open), not a FileHandle: the read stream owns and closes it, and a FileHandle
  // would try to close it again when collected (EBADF, which aborts the process).
  const opening = new Promise<number>((resolve, reject) =>
    open(path, 'r', (err, fd) => (err ? reject(err) : resolve(fd)))
  )
  const release = (): void => {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK))
    } catch {
      // A writer came and went: the open has returned already.
    }
  }
  if (signal.aborted) release()
  else signal.addEventListener('abort', release, {once: true})
  try {
    return await opening
  } finally {
    signal.removeEventListener('abort', release)
  }
}

/** A read blocked on a FIFO whose writer stays silent is woken by one byte of ours, so the process can end. */
export function wakeFifo(path: string): void {
  try {
    const fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)
    try {
      writeSync(fd, '\n')
    } finally {
      closeSync(fd)
    }
  } catch {
    // No reader left or the pipe is full: nothing is blocked on it.
  }
}
