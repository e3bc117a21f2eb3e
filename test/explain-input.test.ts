import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {cli, type CliIo} from '../src/cli.js'
import {readFileOrStreamTail, TAIL_BYTES} from '../src/explain/input.js'
import type {Report} from '../src/report/model.js'

const E0007 =
  'FAILED\nA cluster with the same name already exists. Choose another name. (E0007)\n'
const MiB = 1024 * 1024

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'explain-input-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function run(
  args: string[],
  io: Partial<CliIo> = {}
): Promise<{code: number; report?: Report; err: string; out: string}> {
  let out = ''
  let err = ''
  const code = await cli(['explain', ...args, '--format', 'json'], {
    stdout: s => (out += s),
    stderr: s => (err += s),
    env: {},
    isTTY: false,
    ...io
  })
  return {
    code,
    out,
    err,
    report: out.startsWith('{') ? (JSON.parse(out) as Report) : undefined
  }
}

const cut = (r: Report | undefined): string | undefined =>
  r?.findings.find(f => f.messageId.startsWith('explain.cut.'))?.messageId

describe('explain reads only the end of its input, within the deadline', () => {
  test('a 1.9 GB log: only its last 2 MiB are read (no ERR_STRING_TOO_LONG), the cause at its end is found, the cut is said', async () => {
    const file = join(dir, 'huge.log')
    const fd = openSync(file, 'w')
    const size = 1_900_000_000
    // Sparse: the file is 1.9 GB long but takes no disk; its end holds the error.
    ftruncateSync(fd, size)
    writeSync(fd, E0007, size - Buffer.byteLength(E0007))
    closeSync(fd)
    const r = await run([file])
    expect(r.err).toBe('')
    expect(r.code).toBe(3)
    expect(r.report!.findings.map(f => f.check)).toContain('cluster-name')
    expect(cut(r.report)).toBe('explain.cut.tail')
    const note = r.report!.findings.find(
      f => f.messageId === 'explain.cut.tail'
    )
    expect(note!.summary).toBe(
      `Only the last ${(TAIL_BYTES / MiB).toFixed(1)} MiB of ${(size / MiB).toFixed(1)} MiB were read: a cause named earlier in the text was not looked at.`
    )
  })

  test('700 MB on standard input: no "internal error", the error at the end is found, memory stays bounded', async () => {
    const chunk = Buffer.alloc(MiB, 'x')
    const total = 700
    async function* gen(): AsyncGenerator<Buffer> {
      for (let i = 0; i < total; i++) yield chunk
      yield Buffer.from(`\n${E0007}`)
    }
    const before = process.memoryUsage().rss
    const r = await run(['-'], {stdinStream: Readable.from(gen())})
    const grown = process.memoryUsage().rss - before
    expect(r.err).toBe('')
    expect(r.code).toBe(3)
    expect(r.report!.findings.map(f => f.check)).toContain('cluster-name')
    expect(cut(r.report)).toBe('explain.cut.tail')
    // Holding the input would take 700 MB; the tail buffer holds 2 MiB plus a chunk.
    expect(grown).toBeLessThan(200 * MiB)
  })

  test('error-file: /dev/zero does not grow memory: reading stops at the stream limit or the deadline, and says so', async () => {
    const before = process.memoryUsage().rss
    const controller = new AbortController()
    const tail = await readFileOrStreamTail('/dev/zero', {
      tailBytes: TAIL_BYTES,
      streamBytes: 512 * MiB,
      signal: controller.signal
    })
    const grown = process.memoryUsage().rss - before
    expect(tail.cut).toBe('stream-limit')
    expect(tail.bytes).toBeGreaterThanOrEqual(512 * MiB)
    expect(Buffer.byteLength(tail.text)).toBeLessThanOrEqual(TAIL_BYTES)
    expect(grown).toBeLessThan(200 * MiB)
  })

  test('error-file: /dev/zero through the CLI ends within timeout-seconds with the cut named', async () => {
    const r = await run(['/dev/zero', '--timeout-seconds', '1'])
    expect(r.err).toBe('')
    expect(['explain.cut.deadline', 'explain.cut.stream-limit']).toContain(
      cut(r.report)
    )
  })

  test('a FIFO with no writer does not hang: at the deadline explain reports what it had (nothing) and the cut', async () => {
    const fifo = join(dir, 'no-writer.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const r = await run([fifo, '--timeout-seconds', '1'])
    expect(r.err).toBe('')
    // Nothing to explain is a warning, not a failed job (fail-on: error).
    expect(r.code).toBe(0)
    expect(r.report!.result).toBe('warn')
    // Said as it is: nothing was written (issue 24), not "the last 2.0 MiB of the 0.0 MiB read".
    expect(cut(r.report)).toBe('explain.cut.deadline-nothing')
    expect(r.report!.findings.map(f => f.messageId)).toContain(
      'explain.input.empty'
    )
    expect(JSON.stringify(r.report)).not.toContain('0.0 MiB')
  })

  test('a FIFO whose writer goes silent without closing: what was written is explained at the deadline', async () => {
    const fifo = join(dir, 'silent-writer.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    let writer: ChildProcess | undefined
    try {
      writer = spawn(
        'sh',
        ['-c', 'exec 3>"$0"; printf "%s" "$1" >&3; sleep 30', fifo, E0007],
        {stdio: 'ignore'}
      )
      const r = await run([fifo, '--timeout-seconds', '2'])
      expect(r.err).toBe('')
      expect(r.report!.findings.map(f => f.check)).toContain('cluster-name')
      expect(cut(r.report)).toBe('explain.cut.deadline-whole')
    } finally {
      if (writer?.pid !== undefined) writer.kill()
    }
  })

  test('a directory or a missing file is a clear input error naming error-file', async () => {
    const missing = await run([join(dir, 'nope.log')])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(
      /error-file.*cannot read ".*nope\.log" \(ENOENT\)/
    )
    const directory = await run([dir])
    expect(directory.code).toBe(2)
    expect(directory.err).toMatch(/error-file.*\(EISDIR\)/)
  })
})

describe('explain on a terminal', () => {
  const tty = (text: string): PassThrough & {isTTY?: boolean} => {
    const s: PassThrough & {isTTY?: boolean} = new PassThrough()
    s.isTTY = true
    s.end(text)
    return s
  }

  test('says on stderr what it waits for when stdin is a terminal', async () => {
    const r = await run([], {stdinStream: tty(E0007)})
    expect(r.err).toBe(
      'iks-preflight: reading the output of the failed run from standard input: paste it, then press Ctrl-D (or give a FILE).\n'
    )
    expect(r.report!.findings.map(f => f.check)).toEqual(['cluster-name'])
  })

  test('in Japanese with --lang ja', async () => {
    const r = await run(['--lang', 'ja'], {stdinStream: tty(E0007)})
    expect(r.err).toContain('標準入力から読み取っています')
  })

  test('says nothing when stdin is a pipe', async () => {
    const r = await run(['-'], {stdinStream: Readable.from([E0007])})
    expect(r.err).toBe('')
    expect(r.code).toBe(3)
  })
})
