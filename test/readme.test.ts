import {spawnSync} from 'node:child_process'
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

describe('README workflow examples', () => {
  interface Step {
    run?: string
    shell?: string
  }
  /** Every `run:` step of every YAML block in the README (blocks are whole workflows or step lists). */
  function runSteps(): Step[] {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m =>
      parse(m[1]!)
    )
    const steps: Step[] = []
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit)
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>
        if (typeof o['run'] === 'string') steps.push(o as Step)
        Object.values(o).forEach(visit)
      }
    }
    blocks.forEach(visit)
    return steps
  }
  // A shell pipe, not `||`.
  const piped = (cmd: string): boolean => /(^|[^|])\|(?!\|)/.test(cmd)

  test('every piped run step uses shell: bash, which GitHub runs with -o pipefail', () => {
    const pipedSteps = runSteps().filter(s => piped(s.run!))
    expect(pipedSteps.length).toBeGreaterThanOrEqual(2)
    for (const s of pipedSteps)
      expect({run: s.run, shell: s.shell}).toEqual({run: s.run, shell: 'bash'})
  })

  test("GitHub's two bash templates: only shell: bash fails a step whose piped command fails", () => {
    // Default shell: `bash -e {0}`; `shell: bash`: `bash --noprofile --norc -eo pipefail {0}` (GitHub docs).
    const step = 'false 2>&1 | tee /dev/null'
    const status = (args: string[]): number | null =>
      spawnSync('bash', [...args, '-c', step]).status
    expect(status(['-e'])).toBe(0)
    expect(status(['--noprofile', '--norc', '-eo', 'pipefail'])).not.toBe(0)
  })
})

test('the release story agrees: package version, README tag, CHANGELOG and release workflow', () => {
  const version = (
    JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}
  ).version
  const major = `v${version.split('.')[0]}`
  const tags = new Set(
    [...readme.matchAll(/iks-preflight\/iks-preflight@(v\d+)/g)].map(m => m[1])
  )
  expect([...tags]).toEqual([major])
  const changelog = readFileSync('CHANGELOG.md', 'utf8')
  expect(changelog).toContain(`## [${version}]`)
  expect(changelog).toContain(`\`${major}\``)
  expect(changelog).not.toMatch(/`v(?!0\b)\d+`/)
  const release = readFileSync('.github/workflows/release.yml', 'utf8')
  // The workflow releases package.json's version and moves v<its major>: for this version, `major`.
  expect(release).toContain('major="v${VERSION%%.*}"')
  expect(release).toMatch(/package\.json version/)
  expect(release).toContain(`iks-preflight@${major}`)
})

// A figure typed into the README goes stale silently; the "(measured)" sections point at the script or test
// that prints each figure instead (issue 25). Thresholds a test asserts ("3.5 s margin") are claims, not
// measurements, and are written as such.
test('the measured sections of the README carry no hand-copied measurements', () => {
  const measured = readme
    .split('\n## ')
    .filter(s => /^[^\n]*\(measured\)/.test(s))
  expect(measured.map(s => s.split('\n')[0])).toEqual([
    'Reliability (measured)',
    'Security (measured)',
    'Speed (measured)'
  ])
  const figures = measured.flatMap(s =>
    [
      ...s.matchAll(
        /[^\n]{0,40}\b\d[\d,.]*\s?(ms|s|MB|KB|×)(?![\w-])[^\n]{0,20}/g
      )
    ]
      .map(m => m[0])
      .filter(
        m => !/margin|budget|Retry-After|per request|100 ms added/.test(m)
      )
  )
  expect(figures).toEqual([])
})
