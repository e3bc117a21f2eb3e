import {readdirSync, readFileSync} from 'node:fs'
import {parse} from 'yaml'

const dir = '.github/workflows'
const workflows = readdirSync(dir).filter(f => f.endsWith('.yml'))

/** Every `uses:` of every workflow, with the file it is in. */
function uses(): Array<{file: string; ref: string}> {
  const out: Array<{file: string; ref: string}> = []
  for (const file of workflows) {
    const wf = parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
      jobs: Record<string, {steps?: Array<{uses?: string}>}>
    }
    for (const job of Object.values(wf.jobs))
      for (const step of job.steps ?? [])
        if (step.uses) out.push({file, ref: step.uses})
  }
  return out
}

describe('workflows', () => {
  test('there are CI, CodeQL and release workflows', () => {
    expect(workflows.sort()).toEqual(
      expect.arrayContaining(['ci.yml', 'codeql.yml', 'release.yml'])
    )
  })

  test('every third-party action is pinned to a full commit SHA with its version in a comment', () => {
    const refs = uses().filter(u => !u.ref.startsWith('./'))
    expect(refs.length).toBeGreaterThan(5)
    for (const u of refs)
      expect(`${u.file}: ${u.ref}`).toMatch(/: [\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
    for (const file of workflows) {
      for (const line of readFileSync(`${dir}/${file}`, 'utf8')
        .split('\n')
        .filter(l => /uses: [^.]/.test(l))) {
        expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
      }
    }
  })

  test('the CI workflow runs the action itself (uses: ./) against the emulator', () => {
    expect(uses().some(u => u.file === 'ci.yml' && u.ref === './')).toBe(true)
  })

  test('workflows default to read-only permissions', () => {
    for (const file of workflows.filter(f => f !== 'release.yml')) {
      const wf = parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        permissions?: Record<string, string>
      }
      expect(wf.permissions).toEqual({contents: 'read'})
    }
  })
})
