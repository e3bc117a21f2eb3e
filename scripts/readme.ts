/**
 * Keeps the README's generated blocks in step with action.yml and the check catalogue:
 *   tsx scripts/readme.ts          rewrite the blocks
 *   tsx scripts/readme.ts --check  exit 1 if README.md is out of date (test/readme.test.ts runs this)
 * Blocks sit between <!-- generated:NAME --> and <!-- /generated:NAME --> markers.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {CATALOGUE} from '../src/checks/catalogue.js'
import {en} from '../src/messages/en.js'
import {t, useCatalogue} from '../src/messages/index.js'

useCatalogue('en', en)

interface ActionYml {
  inputs: Record<
    string,
    {description: string; required?: boolean; default?: string}
  >
  outputs: Record<string, {description: string}>
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function generatedBlocks(actionYml: string): Record<string, string> {
  const action = parse(actionYml) as ActionYml
  const usage = [
    '```yaml',
    '- uses: iks-preflight/iks-preflight@v0',
    '  with:',
    ...Object.entries(action.inputs).flatMap(([name, i]) => [
      ...wrap(i.description, 96).map(l => `    # ${l}`),
      ...(i.required ? ['    # Required.'] : []),
      ...(i.default !== undefined ? [`    # Default: ${i.default}`] : []),
      `    ${name}: ''`,
      ''
    ]),
    '```'
  ]
  usage.splice(usage.length - 2, 1)
  const inputs = [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default !== undefined && i.default !== '' ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`
    )
  ]
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`
    )
  ]
  const checks = [
    '| Check | Family | What it verifies | Applies to | Read access it needs |',
    '| --- | --- | --- | --- | --- |',
    ...CATALOGUE.map(c => {
      const createOnly =
        c.operations?.length === 1 && c.operations[0] === 'cluster-create'
      const what =
        c.scope === 'account'
          ? 'the account'
          : createOnly
            ? 'the new cluster'
            : c.providers
              ? `${c.providers.join(', ')} clusters`
              : 'every cluster'
      const applies = [
        what,
        c.operations && c.operations.length <= 3
          ? `(${c.operations.join(', ')})`
          : ''
      ]
        .filter(Boolean)
        .join(' ')
      return `| [\`${c.id}\`](docs/checks/${c.id}.md) | ${c.family} | ${cell(t(c.title))} | ${applies} | ${cell(c.needs)} |`
    })
  ]
  // The roles table: each access a check declares (`needs`), with the checks that need it.
  const byNeed = new Map<string, string[]>()
  for (const c of CATALOGUE) {
    const ids = byNeed.get(c.needs) ?? []
    ids.push(`\`${c.id}\``)
    byNeed.set(c.needs, ids)
  }
  const roles = [
    '| Access | Checks that need it |',
    '| --- | --- |',
    ...[...byNeed].map(([need, ids]) => `| ${cell(need)} | ${ids.join(', ')} |`)
  ]
  return {
    usage: usage.join('\n'),
    inputs: inputs.join('\n'),
    outputs: outputs.join('\n'),
    checks: checks.join('\n'),
    roles: roles.join('\n')
  }
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}

/** README text with every generated block replaced; throws when a marker pair is missing. */
export function syncReadme(
  readme: string,
  blocks: Record<string, string>
): string {
  let out = readme
  for (const [name, body] of Object.entries(blocks)) {
    const re = new RegExp(
      `(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`
    )
    if (!re.test(out))
      throw new Error(`README.md has no <!-- generated:${name} --> block`)
    out = out.replace(
      re,
      (_m, open: string, close: string) => `${open}\n${body}\n${close}`
    )
  }
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8')
  const next = syncReadme(
    readme,
    generatedBlocks(readFileSync('action.yml', 'utf8'))
  )
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(
        'README.md is out of date with action.yml or the check catalogue: run `npm run readme`.'
      )
      process.exit(1)
    }
    console.log('README.md is in sync.')
  } else {
    writeFileSync('README.md', next)
    console.log('README.md updated.')
  }
}
