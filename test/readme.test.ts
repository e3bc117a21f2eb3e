import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {INPUT_NAMES} from '../src/config/types.js'
import {generatedBlocks, syncReadme} from '../scripts/readme.js'

const actionYml = readFileSync('action.yml', 'utf8')
const readme = readFileSync('README.md', 'utf8')

describe('README and action.yml stay in sync', () => {
  test('the generated blocks of README.md are current (run `npm run readme` when this fails)', () => {
    expect(syncReadme(readme, generatedBlocks(actionYml))).toBe(readme)
  })

  test('action.yml declares exactly the inputs the code reads', () => {
    const action = parse(actionYml) as {
      inputs: Record<string, unknown>
      runs: {using: string; main: string}
    }
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    expect(action.runs).toEqual({using: 'node24', main: 'dist/index.js'})
  })

  test('a drifted README is detected', () => {
    const drifted = readme.replace('| `fail-on` |', '| `fail_on` |')
    expect(drifted).not.toBe(readme)
    expect(syncReadme(drifted, generatedBlocks(actionYml))).not.toBe(drifted)
  })
})

test('src/version.ts matches package.json', async () => {
  const {VERSION} = await import('../src/version.js')
  expect(VERSION).toBe(
    (JSON.parse(readFileSync('package.json', 'utf8')) as {version: string})
      .version
  )
})
