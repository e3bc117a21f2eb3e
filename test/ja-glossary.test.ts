/**
 * Japanese uses one word per concept (docs/ja-glossary.md): no message may use a form the glossary lists as
 * "Not used", and every chosen form is in use (a glossary row nobody follows any more is stale).
 */
import {readFileSync} from 'node:fs'
import {ja} from '../src/messages/ja.js'

interface Row {
  english: string
  chosen: string[]
  avoid: Array<{shown: string; re: RegExp}>
}

/** A backticked form: `/regex/` or a literal. */
function forms(cell: string): Array<{shown: string; re: RegExp}> {
  return [...cell.matchAll(/`([^`]+)`/g)].map(([, f]) => {
    const re = /^\/(.+)\/$/.exec(f!)
    return {
      shown: f!,
      re: re
        ? new RegExp(re[1]!, 'u')
        : new RegExp(f!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u')
    }
  })
}

function glossary(): Row[] {
  const text = readFileSync(
    new URL('../docs/ja-glossary.md', import.meta.url),
    'utf8'
  )
  return text
    .split('\n')
    .filter(
      l =>
        l.startsWith('| ') &&
        !l.startsWith('| English') &&
        !l.startsWith('| ---')
    )
    .map(l => {
      const [english = '', chosen = '', avoid = ''] = l
        .slice(2, -2)
        .split(' | ')
      return {
        english,
        chosen: forms(chosen).map(f => f.shown),
        avoid: forms(avoid)
      }
    })
}

const messages = Object.entries(ja as Record<string, string>)

describe('Japanese glossary (docs/ja-glossary.md)', () => {
  const rows = glossary()

  test('the glossary is read: every row has a chosen form and forms it replaces', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25)
    for (const r of rows) {
      expect(r.chosen.length).toBeGreaterThan(0)
      expect(r.avoid.length).toBeGreaterThan(0)
    }
    // The test catches what it is for.
    const worker = rows.find(r => r.english === 'worker node')!
    expect(worker.avoid.some(a => a.re.test('ワーカーノードを追加'))).toBe(true)
    expect(worker.avoid.some(a => a.re.test('ワーカー・ノードを追加'))).toBe(
      false
    )
    const cluster = rows.find(r => r.english === 'cluster')!
    expect(cluster.avoid.some(a => a.re.test('クラスタの'))).toBe(true)
    expect(cluster.avoid.some(a => a.re.test('クラスターの'))).toBe(false)
  })

  test.each(glossary().map(r => [r.english, r] as const))(
    '%s: one form across every Japanese message',
    (_english, row) => {
      const offenders = messages.flatMap(([id, text]) =>
        row.avoid
          .filter(a => a.re.test(text))
          .map(a => `${id}: ${a.shown} in "${text}"`)
      )
      expect(offenders).toEqual([])
      for (const chosen of row.chosen)
        expect(messages.some(([, text]) => text.includes(chosen))).toBe(true)
    }
  )
})
