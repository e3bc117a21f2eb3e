import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {explainReport} from '../src/explain/report.js'
import {RULES} from '../src/explain/rules.js'

/**
 * Real failure output (IBM docs, public issues and logs), each reduced to the error and naming its
 * source, with the verdict explain must give. `expect: none` means no known cause: explain must say so
 * and name no check.
 */
const DIR = join('test', 'fixtures', 'explain', 'corpus')

interface Case {
  name: string
  source: string
  expect: string[] | 'none'
  message?: string
  target?: string
  detail?: string
  text: string
}

function load(name: string): Case {
  const raw = readFileSync(join(DIR, name), 'utf8')
  const cut = raw.indexOf('\n---\n')
  const head = Object.fromEntries(
    raw
      .slice(0, cut)
      .split('\n')
      .map(l => [
        l.slice(0, l.indexOf(':')),
        l.slice(l.indexOf(':') + 1).trim()
      ])
  ) as Record<string, string>
  return {
    name,
    source: head['source'] ?? '',
    expect:
      head['expect'] === 'none' ? 'none' : (head['expect'] ?? '').split(','),
    message: head['message'],
    target: head['target'],
    detail: head['detail'],
    text: raw.slice(cut + 5)
  }
}

const CASES = readdirSync(DIR)
  .filter(f => f.endsWith('.txt'))
  .sort()
  .map(load)

type Verdict = 'recognised' | 'unknown' | 'wrong'

function verdictOf(c: Case): {verdict: Verdict; got: string[]} {
  const r = explainReport(c.text, {failOn: 'error'})
  const got = r.findings.map(f => `${f.check}:${f.status}`)
  const nothing =
    r.findings.length === 1 &&
    ['explain.nothing-recognised', 'explain.not-ibm'].includes(
      r.findings[0]!.messageId ?? ''
    )
  if (c.expect === 'none') return {verdict: nothing ? 'unknown' : 'wrong', got}
  const ok =
    [...got].sort().join() === [...c.expect].sort().join() &&
    (c.message === undefined ||
      r.findings.some(f => f.messageId === c.message)) &&
    (c.target === undefined || r.findings.some(f => f.target === c.target)) &&
    (c.detail === undefined ||
      r.findings.some(f => f.details.includes(c.detail!)))
  return {verdict: ok ? 'recognised' : 'wrong', got}
}

describe('explain corpus: real texts, each with its expected verdict', () => {
  test('at least 120 texts, each naming its source', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(120)
    for (const c of CASES)
      expect({name: c.name, source: c.source}).toEqual({
        name: c.name,
        source: expect.stringMatching(/\S{8,}/)
      })
  })

  test.each(CASES.map(c => [c.name, c] as const))('%s', (_, c) => {
    const {verdict, got} = verdictOf(c)
    expect({got, verdict}).toEqual({
      got: c.expect === 'none' ? ['explain:warn'] : expect.anything(),
      verdict: c.expect === 'none' ? 'unknown' : 'recognised'
    })
  })

  test('every code in the rule table has a fixture in the corpus or the unit fixtures', () => {
    const texts = [
      ...CASES.map(c => c.text),
      ...readdirSync(join('test', 'fixtures', 'explain'))
        .filter(f => f.endsWith('.txt'))
        .map(f => readFileSync(join('test', 'fixtures', 'explain', f), 'utf8'))
    ].join('\n')
    const missing = RULES.flatMap(r => r.codes ?? []).filter(
      code =>
        !new RegExp(`(?<![A-Za-z0-9])${code}(?![A-Za-z0-9])`, 'i').test(texts)
    )
    expect(missing).toEqual([])
  })

  test('tally (printed for the closing note)', () => {
    const tally: Record<Verdict, number> = {recognised: 0, unknown: 0, wrong: 0}
    for (const c of CASES) tally[verdictOf(c).verdict]++
    console.log(
      `explain corpus: ${CASES.length} texts, ${tally.recognised} recognised, ${tally.unknown} unknown (correctly), ${tally.wrong} wrong`
    )
    expect(tally.wrong).toBe(0)
  })
})
