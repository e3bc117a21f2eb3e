import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {CATALOGUE} from '../src/checks/catalogue.js'
import {en} from '../src/messages/en.js'
import {t} from '../src/messages/index.js'
import {annotationTitle, firstSentence} from '../src/report/annotations.js'

const DIR = 'docs/checks'
const HEADINGS = [
  '## What it verifies',
  '## When it runs',
  '## API calls',
  '## Outcomes',
  '## Fix',
  '## Related'
]
const TROUBLESHOOTING =
  'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors'
// Message id segments that are not an outcome of their own (explanations, fixes, fragments nested in other messages).
const NOT_OUTCOME = new Set([
  'title',
  'why',
  'fix',
  'hint',
  'user',
  'now',
  'detail'
])

const page = (id: string): string => readFileSync(`${DIR}/${id}.md`, 'utf8')

/** The text of one `## ` section, up to the next `## ` heading. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n${heading}\n`)
  if (start === -1) return ''
  const next = md.indexOf('\n## ', start + heading.length + 2)
  return md.slice(start, next === -1 ? undefined : next)
}

/** The summary message ids a check can produce: `<id>.<outcome>` minus why/fix/… texts. */
function outcomeIds(id: string): string[] {
  return Object.keys(en).filter(
    k =>
      k.startsWith(`${id}.`) &&
      !k
        .slice(id.length + 1)
        .split('.')
        .some(s => NOT_OUTCOME.has(s))
  )
}

describe.each(CATALOGUE.map(c => [c.id, c] as const))(
  'docs/checks/%s.md',
  (id, check) => {
    test('exists and starts with "# <id>: <title>"', () => {
      expect(existsSync(`${DIR}/${id}.md`)).toBe(true)
      expect(page(id).startsWith(`# ${id}: ${t(check.title)}\n`)).toBe(true)
    })

    test('has the six sections, in order, and no others', () => {
      const headings = page(id)
        .split('\n')
        .filter(l => l.startsWith('## '))
      expect(headings).toEqual(HEADINGS)
    })

    // The examples are what a person compares their run with: each must be what the code prints now.
    test('every example states its message as the catalogue words it, under the title the code gives', () => {
      const outcomes = section(page(id), '## Outcomes')
      const esc = (x: string): string =>
        x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const stale: string[] = []
      for (const sub of outcomes.split('\n### ').slice(1)) {
        const head = /^\w+: `([^`]+)`/.exec(sub)
        const block = /```text\n([\s\S]*?)```/.exec(sub)
        if (!head || !block) continue
        const template = (en as Record<string, string>)[head[1]!]
        expect([head[1], typeof template]).toEqual([head[1], 'string'])
        const lines = block[1]!.split('\n')
        const annotation =
          /^(Error|Warning) annotation: ([a-z-]+): (.*?)(?: \[([^\]]+)\])?$/.exec(
            lines[0]!
          )
        // Three layouts: an annotation over the summary; a text-report mark line over an indented
        // summary; a text-report row with the summary in its last column.
        const summary = annotation
          ? lines[1]!
          : /^(PASS|SKIP|WARN|FAIL|ERR)\s+\S+\s+\[[^\]]*\]$/.test(lines[0]!)
            ? lines[1]!.trim()
            : lines[0]!
                .replace(/^(PASS|SKIP|WARN|FAIL|ERR)\s+\S+\s+\S+\s+/, '')
                .trim()
        const pattern = new RegExp(
          `^${template!
            // A count form "{count:one|other}" (with placeholders inside) is any text, like a placeholder.
            .replace(/\{[A-Za-z]+:(?:[^{}]|\{[A-Za-z]+\})*\}/g, '{any}')
            .split(/\{[A-Za-z]+\}/)
            .map(esc)
            .join('[\\s\\S]*')}$`
        )
        if (!pattern.test(summary)) stale.push(`${head[1]}: ${summary}`)
        // Without a bracket the sentence itself names the target (annotationTitle leaves it out then).
        if (annotation) {
          const title = annotation[4]
            ? annotationTitle({
                check: annotation[2]!,
                target: annotation[4],
                summary,
                title: ''
              } as never)
            : `${annotation[2]}: ${firstSentence(summary)}`
          const shown = `${annotation[2]}: ${annotation[3]}${annotation[4] ? ` [${annotation[4]}]` : ''}`
          if (shown !== title) stale.push(`${head[1]} title: ${lines[0]}`)
        }
      }
      expect(stale).toEqual([])
    })

    test('every outcome subsection has a ```text example', () => {
      const outcomes = section(page(id), '## Outcomes')
      const subsections = outcomes.split('\n### ').slice(1)
      expect(subsections.length).toBeGreaterThan(0)
      for (const sub of subsections)
        expect([sub.split('\n')[0], sub.includes('```text\n')]).toEqual([
          sub.split('\n')[0],
          true
        ])
    })

    test('documents every outcome message of the check', () => {
      const outcomes = section(page(id), '## Outcomes')
      const ids = outcomeIds(id)
      expect(ids.length).toBeGreaterThan(0)
      expect(ids.filter(m => !outcomes.includes(`\`${m}\``))).toEqual([])
    })

    test("Related links the check's IBM docs and the troubleshooting page", () => {
      const related = section(page(id), '## Related')
      expect(related).toContain(check.docs)
      expect(related).toContain(TROUBLESHOOTING)
    })
  }
)

describe('docs/checks/README.md', () => {
  const index = readFileSync(`${DIR}/README.md`, 'utf8')

  test('links the page of every check', () => {
    expect(
      CATALOGUE.map(c => c.id).filter(
        id => !index.includes(`[\`${id}\`](${id}.md)`)
      )
    ).toEqual([])
  })

  test('there is no page for a check that is not in the catalogue', () => {
    const pages = readdirSync(DIR)
      .filter(f => f.endsWith('.md') && f !== 'README.md')
      .map(f => f.replace(/\.md$/, ''))
    expect(pages.sort()).toEqual(CATALOGUE.map(c => c.id).sort())
  })
})
