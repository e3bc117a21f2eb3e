import {
  closeSync,
  createReadStream,
  fstatSync,
  openSync,
  readSync,
  statSync
} from 'node:fs'
import {InputError, openFifo, shown, wakeFifo} from '../config/raw.js'

/**
 * Explain keeps only the END of its input: the error is at the end of a failed run's log, and a whole CI
 * log (or /dev/zero, or a pipe that never ends) must not be held in memory. Documented in the README.
 */
export const TAIL_BYTES = 2 * 1024 * 1024
/** A stream (stdin, a FIFO, a device) is read for at most this many bytes; only its last TAIL_BYTES are kept. */
export const STREAM_BYTES = 2 * 1024 * 1024 * 1024

export interface TailLimits {
  tailBytes: number
  streamBytes: number
  /** Aborted when the run's time budget is over: reading stops and keeps what it has. */
  signal: AbortSignal
}

export interface Tail {
  text: string
  /** Bytes seen in total (read or skipped). */
  bytes: number
  /** Why not everything was explained: only the tail was kept, or reading stopped early. */
  cut?: 'tail' | 'stream-limit' | 'deadline'
}

/** Bytes → text, starting at a character boundary (a cut can land inside a UTF-8 sequence). */
function decodeTail(buf: Buffer, cut: boolean): string {
  let start = 0
  if (cut) while (start < buf.length && (buf[start]! & 0xc0) === 0x80) start++
  return buf.subarray(start).toString('utf8')
}

/** Keeps the last `max` bytes of everything pushed, in chunks: memory stays under max + one chunk. */
class TailBuffer {
  private chunks: Buffer[] = []
  private held = 0
  total = 0
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    this.total += chunk.length
    this.chunks.push(chunk)
    this.held += chunk.length
    while (
      this.chunks.length > 1 &&
      this.held - this.chunks[0]!.length >= this.max
    )
      this.held -= this.chunks.shift()!.length
  }
  bytes(): Buffer {
    const all = Buffer.concat(this.chunks)
    return all.length > this.max ? all.subarray(all.length - this.max) : all
  }
}

/** The last bytes of a stream, read until its end, the stream limit or the deadline (whichever is first). */
export async function readStreamTail(
  stream: NodeJS.ReadableStream & {destroy?: () => void},
  limits: TailLimits
): Promise<Tail> {
  const tail = new TailBuffer(limits.tailBytes)
  let stopped: Tail['cut']
  await new Promise<void>((resolve, reject) => {
    const done = (): void => {
      limits.signal.removeEventListener('abort', onAbort)
      stream.removeListener('data', onData)
      stream.removeListener('end', onEnd)
      stream.removeListener('error', onError)
      stream.pause()
      resolve()
    }
    const onAbort = (): void => {
      stopped = 'deadline'
      done()
    }
    const onData = (chunk: Buffer | string): void => {
      tail.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
      if (tail.total >= limits.streamBytes) {
        stopped = 'stream-limit'
        done()
      }
    }
    const onEnd = (): void => done()
    const onError = (e: Error): void => {
      limits.signal.removeEventListener('abort', onAbort)
      reject(e)
    }
    if (limits.signal.aborted) return onAbort()
    limits.signal.addEventListener('abort', onAbort, {once: true})
    stream.on('data', onData)
    stream.once('end', onEnd)
    stream.once('error', onError)
    stream.resume()
  })
  const bytes = tail.bytes()
  const cut = stopped ?? (tail.total > bytes.length ? 'tail' : undefined)
  return {
    text: decodeTail(bytes, cut !== undefined),
    bytes: tail.total,
    ...(cut ? {cut} : {})
  }
}

/** The last bytes of a regular file: one positioned read, whatever the file's size (no 512 MB string limit). */
function readFileTail(fd: number, size: number, tailBytes: number): Tail {
  const length = Math.min(size, tailBytes)
  const buf = Buffer.alloc(length)
  let got = 0
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, size - length + got)
    if (n === 0) break
    got += n
  }
  const cut = size > length
  return {
    text: decodeTail(buf.subarray(0, got), cut),
    bytes: size,
    ...(cut ? {cut: 'tail' as const} : {})
  }
}

const unreadable = (file: string, code: string): InputError =>
  new InputError(
    'error-file',
    `cannot read ${shown(file)} (${code}); give the path of a file with the output of the failed step.`
  )

/** error-file: a regular file is read from its end; anything else (FIFO, device, socket) as a bounded stream. */
export async function readFileOrStreamTail(
  file: string,
  limits: TailLimits
): Promise<Tail> {
  let kind: 'file' | 'fifo' | 'other'
  try {
    const st = statSync(file)
    if (st.isDirectory()) throw unreadable(file, 'EISDIR')
    kind = st.isFile() ? 'file' : st.isFIFO() ? 'fifo' : 'other'
  } catch (e) {
    if (e instanceof InputError) throw e
    throw unreadable(file, (e as NodeJS.ErrnoException).code ?? 'unreadable')
  }
  let fd: number
  try {
    fd =
      kind === 'fifo'
        ? await openFifo(file, limits.signal)
        : openSync(file, 'r')
  } catch (e) {
    throw unreadable(file, (e as NodeJS.ErrnoException).code ?? 'unreadable')
  }
  if (kind === 'file') {
    try {
      return readFileTail(fd, fstatSync(fd).size, limits.tailBytes)
    } finally {
      closeSync(fd)
    }
  }
  const stream = createReadStream('', {fd, autoClose: true})
  const onAbort = (): void => {
    if (kind === 'fifo') wakeFifo(file)
  }
  limits.signal.addEventListener('abort', onAbort, {once: true})
  try {
    return await readStreamTail(stream, limits)
  } catch (e) {
    throw unreadable(file, (e as NodeJS.ErrnoException).code ?? 'unreadable')
  } finally {
    limits.signal.removeEventListener('abort', onAbort)
    stream.destroy()
  }
}
