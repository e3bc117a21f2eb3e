/**
 * src/github/core.ts restates @actions/core's setOutput (file command) and job-summary append without
 * loading Node's crypto or fs.promises at start-up (docs/performance.md). These tests hold it to the
 * library: the same bytes in GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, the same refusals and messages.
 */
import * as lib from '@actions/core'
import {jest} from '@jest/globals'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as ours from '../src/github/core.js'

const UUID =
  /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g

const saved = {...process.env}
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iks-preflight-core-'))
})
afterEach(() => {
  process.env = {...saved}
  jest.restoreAllMocks()
})

/** Run `write` with GITHUB_OUTPUT at a fresh file; what it wrote, or what it threw. */
function output(write: () => void): {text: string; error?: string} {
  const file = join(dir, `output-${Math.random()}`)
  writeFileSync(file, '')
  process.env['GITHUB_OUTPUT'] = file
  try {
    write()
  } catch (e) {
    return {text: readFileSync(file, 'utf8'), error: (e as Error).message}
  }
  return {text: readFileSync(file, 'utf8')}
}

describe('setOutput', () => {
  const values: unknown[] = [
    'error',
    '',
    'a,b,c',
    'line one\nline two\r\nline three',
    '日本語の値 ✓',
    '<<EOF',
    {nested: ['json', 1]},
    42,
    undefined
  ]

  test.each(values.map(v => [v]))(
    'writes what @actions/core writes for %p',
    value => {
      const mine = output(() => ours.setOutput('result', value))
      const theirs = output(() => lib.setOutput('result', value))
      expect(mine.error).toBeUndefined()
      // Each block opens and closes with one random delimiter of the library's shape.
      const delimiters = mine.text.match(UUID) ?? []
      expect(delimiters).toHaveLength(2)
      expect(delimiters[0]).toBe(delimiters[1])
      expect(mine.text.replace(UUID, 'D')).toBe(theirs.text.replace(UUID, 'D'))
    }
  )

  test('a new delimiter for every output', () => {
    const {text} = output(() => {
      for (let i = 0; i < 50; i++) ours.setOutput(`o${i}`, 'v')
    })
    expect(new Set(text.match(UUID)).size).toBe(50)
  })

  test('a value or name that contains the delimiter is refused, as by the library, and nothing is written', () => {
    // Math.random at 0 makes the delimiter predictable: the collision check is what must stop it.
    jest.spyOn(Math, 'random').mockReturnValue(0)
    const delimiter = 'ghadelimiter_00000000-0000-4000-8000-000000000000'
    const value = output(() =>
      ours.setOutput('result', `x\n${delimiter}\nstolen<<y`)
    )
    expect(value).toEqual({
      text: '',
      error: `Unexpected input: value should not contain the delimiter "${delimiter}"`
    })
    const name = output(() => ours.setOutput(`a${delimiter}`, 'v'))
    expect(name).toEqual({
      text: '',
      error: `Unexpected input: name should not contain the delimiter "${delimiter}"`
    })
  })

  test('a GITHUB_OUTPUT that does not exist: the library message', () => {
    const missing = join(dir, 'gone')
    const errors = [ours.setOutput, lib.setOutput].map(set => {
      process.env['GITHUB_OUTPUT'] = missing
      try {
        set('result', 'x')
        return undefined
      } catch (e) {
        return (e as Error).message
      }
    })
    expect(errors[0]).toBe(`Missing file at path: ${missing}`)
    expect(errors[0]).toBe(errors[1])
  })
})

describe('summary', () => {
  /** Both summaries, each given the same steps; what each wrote and threw. */
  async function both(
    step: (
      s: typeof ours.summary | typeof lib.summary,
      file: string
    ) => Promise<unknown>
  ): Promise<Array<{text: string; error?: string}>> {
    const out = []
    for (const [name, s] of [
      ['ours', ours.summary],
      ['lib', lib.summary]
    ] as const) {
      const file = join(dir, `summary-${name}`)
      writeFileSync(file, 'before\n')
      let error: string | undefined
      try {
        await step(s, file)
      } catch (e) {
        error = (e as Error).message
      }
      out.push({text: readFileSync(file, 'utf8'), error})
    }
    return out
  }

  // The library's summary remembers its file and keeps its buffer across a failed write, so these run in order.
  test('no GITHUB_STEP_SUMMARY: the library message, and the text is kept for the next write', async () => {
    delete process.env['GITHUB_STEP_SUMMARY']
    const [mine, theirs] = await both(s =>
      s.addRaw('<h2>❓ first</h2>', true).write()
    )
    expect(mine!.error).toBe(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    )
    expect(mine).toEqual(theirs)
  })

  test('a summary file that cannot be read: the library message', async () => {
    const missing = join(dir, 'no-such-summary')
    process.env['GITHUB_STEP_SUMMARY'] = missing
    const [mine, theirs] = await both(s => s.write())
    expect(mine!.error).toBe(
      `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`
    )
    expect(mine).toEqual(theirs)
  })

  test('appends the kept text and the new text, with the EOL addRaw asks for', async () => {
    const [mine, theirs] = await both((s, file) => {
      process.env['GITHUB_STEP_SUMMARY'] = file
      return s.addRaw('<p>second &amp; last</p>', true).addRaw('tail').write()
    })
    expect(mine).toEqual({
      text: 'before\n<h2>❓ first</h2>\n<p>second &amp; last</p>\ntail'
    })
    expect(mine).toEqual(theirs)
  })
})
