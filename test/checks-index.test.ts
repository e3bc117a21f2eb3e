import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {appliesTo, generated} from '../scripts/checks-index.js'
import {CATALOGUE} from '../src/checks/catalogue.js'

const readme = readFileSync('docs/checks/README.md', 'utf8')

describe('the generated check index', () => {
  test('docs/checks/README.md and the family overviews are current (run `npx tsx scripts/checks-index.ts` when this fails)', () => {
    for (const [path, content] of Object.entries(generated(readme)))
      expect([path, readFileSync(path, 'utf8')]).toEqual([path, content])
  })

  test('a drifted index is detected', () => {
    const drifted = readme.replace(
      '| [`api-key`](api-key.md) | credentials |',
      '| [`api-key`](api-key.md) | classic |'
    )
    expect(drifted).not.toBe(readme)
    expect(generated(drifted)['docs/checks/README.md']).toBe(readme)
  })

  test('"applies to" is read from scope, operations and providers', () => {
    const of = (id: string): string =>
      appliesTo(CATALOGUE.find(c => c.id === id)!)
    expect(of('api-key')).toBe('the account')
    expect(of('classic-region')).toBe(
      'the new classic cluster (`cluster-create`)'
    )
    expect(of('worker-endpoints')).toBe(
      'existing `vpc-gen2` clusters (not `cluster-delete`)'
    )
    expect(of('cluster-api-key')).toBe('every cluster')
  })
})

/** Every Markdown file of the repository outside node_modules and dist. */
function markdown(dir = '.'): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(e => {
    if (['node_modules', 'dist', '.git', 'coverage'].includes(e.name)) return []
    const path = join(dir, e.name)
    if (e.isDirectory()) return markdown(path)
    return e.name.endsWith('.md') ? [path] : []
  })
}

test('no relative link in the Markdown files points to a missing file', () => {
  const dangling: string[] = []
  for (const file of markdown()) {
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!.split('#')[0]!
      if (target === '' || /^[a-z]+:/i.test(target)) continue
      if (!existsSync(join(dirname(file), target)))
        dangling.push(`${file} → ${m[1]}`)
    }
  }
  expect(dangling).toEqual([])
})
