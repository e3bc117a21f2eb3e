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
    for (const file of workflows) {
      const wf = parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        permissions?: Record<string, string>
      }
      expect(wf.permissions).toEqual({contents: 'read'})
    }
  })

  describe('release', () => {
    interface Step {
      name?: string
      uses?: string
      run?: string
      with?: Record<string, string>
    }
    const wf = parse(readFileSync(`${dir}/release.yml`, 'utf8')) as {
      on: Record<string, unknown>
      jobs: Record<
        string,
        {permissions?: Record<string, string>; steps: Step[]}
      >
    }
    const job = wf.jobs['release']!
    const steps = job.steps
    const at = (match: (s: Step) => boolean, what: string): number => {
      const i = steps.findIndex(match)
      if (i < 0) throw new Error(`release.yml has no step that ${what}`)
      return i
    }
    const tagged = at(
      s => /gh release create|git tag|git push/.test(s.run ?? ''),
      'creates the tag'
    )

    test('runs before any tag exists (manual dispatch, not on a published release or a tag push)', () => {
      expect(Object.keys(wf.on)).toEqual(['workflow_dispatch'])
      expect(
        at(s => /gh release create/.test(s.run ?? ''), 'creates the release')
      ).toBe(tagged)
    })

    test('lints, tests, checks dist/ and runs the bundle before the tag is created', () => {
      for (const [what, match] of [
        ['lints', (s: Step) => s.run === 'npm run lint'],
        ['tests', (s: Step) => s.run === 'npm test'],
        [
          'checks dist/ is current',
          (s: Step) =>
            /npm run build/.test(s.run ?? '') &&
            /git status --porcelain dist/.test(s.run ?? '')
        ],
        [
          'runs the bundle',
          (s: Step) => /scripts\/dist-smoke\.ts/.test(s.run ?? '')
        ],
        ['packs the tarball', (s: Step) => /npm pack/.test(s.run ?? '')],
        [
          'writes its checksum',
          (s: Step) => /sha256sum .*\.tgz/.test(s.run ?? '')
        ]
      ] as const)
        expect({what, before: at(match, what) < tagged}).toEqual({
          what,
          before: true
        })
    })

    test('attests provenance of dist/ and the tarball before the tag, and attaches tarball and checksum', () => {
      const attest = at(
        s => (s.uses ?? '').startsWith('actions/attest-build-provenance@'),
        'attests provenance'
      )
      expect(attest).toBeLessThan(tagged)
      const subjects = steps[attest]!.with?.['subject-path'] ?? ''
      expect(subjects).toMatch(/^dist\//m)
      expect(subjects).toMatch(/\.tgz$/m)
      expect(job.permissions).toEqual({
        contents: 'write',
        'id-token': 'write',
        attestations: 'write'
      })
      const create = steps[tagged]!.run ?? ''
      expect(create).toMatch(/\.tgz"/)
      expect(create).toMatch(/\.tgz\.sha256"/)
    })
  })
})
