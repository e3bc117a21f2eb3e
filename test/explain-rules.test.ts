/** Explain's rules (issue 24): each has IBM's source, the ledger's way, and a real text that it recognises. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {explainText} from '../src/explain/explain.js'
import {RULES} from '../src/explain/rules.js'

const DIR = join('test', 'fixtures', 'explain')
const texts = (dir: string): Array<[string, string]> =>
  readdirSync(dir)
    .filter(f => f.endsWith('.txt'))
    .map(f => {
      const raw = readFileSync(join(dir, f), 'utf8')
      const cut = raw.indexOf('\n---\n')
      return [f, cut === -1 ? raw : raw.slice(cut + 5)] as [string, string]
    })
const FIXTURES = [...texts(DIR), ...texts(join(DIR, 'corpus'))]

describe("explain's rules", () => {
  test('rule keys are unique', () => {
    const keys = RULES.map(r => r.key)
    expect(keys.length).toBe(new Set(keys).size)
  })

  test("every rule names IBM's word for it: a docs quote with when it was read, an SDK quote, or a real error text", () => {
    const bad: string[] = []
    for (const r of RULES) {
      if (r.sources.length === 0) bad.push(`${r.key}: no source`)
      for (const s of r.sources) {
        if (s.kind === 'doc') {
          if (
            !/^https:\/\/(cloud\.ibm\.com\/docs\/|github\.com\/ibm-cloud-docs\/)/.test(
              s.url
            )
          )
            bad.push(`${r.key}: doc url ${s.url} is not IBM's docs`)
          if (s.quote.trim().length < 10) bad.push(`${r.key}: empty quote`)
          if (!/^(\d{4}-\d{2}(-\d{2})?|[\w./-]+@[0-9a-f]{7,40})$/.test(s.read))
            bad.push(
              `${r.key}: read "${s.read}" is neither a date nor repo@commit`
            )
        } else if (s.kind === 'sdk') {
          if (!/^(IBM|IBM-Cloud|softlayer)\//.test(s.repo))
            bad.push(`${r.key}: sdk repo ${s.repo} is not IBM's`)
        } else if (s.kind === 'error') {
          if (s.text.trim() === '' || s.where.trim() === '')
            bad.push(`${r.key}: error source without text or where`)
        } else bad.push(`${r.key}: ${s.kind} is not a direct source`)
      }
    }
    expect(bad).toEqual([])
  })

  test('every rule recognises at least one fixture text (corpus or unit fixtures)', () => {
    const fired = new Set(FIXTURES.flatMap(([, t]) => explainText(t).keys))
    expect(RULES.map(r => r.key).filter(k => !fired.has(k))).toEqual([])
  })
})
