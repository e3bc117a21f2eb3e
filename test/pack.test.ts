import {execFile, execFileSync} from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {start} from './emulator/index.js'

/**
 * The package as published: `npm pack` of the checkout, installed into an empty project with no registry
 * (an empty cache, the registry pointed at a closed port, --offline) so nothing but the tarball can be
 * installed, and the installed `iks-preflight` run against the emulator.
 */
const dir = mkdtempSync(join(tmpdir(), 'iks-preflight-pack-'))
let tarball = ''
let manifest: Record<string, unknown> = {}
let files: string[] = []

beforeAll(() => {
  const out = JSON.parse(
    execFileSync(
      'npm',
      ['pack', '--json', '--pack-destination', dir, '--ignore-scripts'],
      {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}
    )
  ) as Array<{filename: string; files: Array<{path: string}>}>
  tarball = resolve(dir, out[0]!.filename)
  files = out[0]!.files.map(f => f.path).sort()
  const project = join(dir, 'project')
  mkdirSync(project)
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({name: 'consumer', version: '1.0.0', private: true})
  )
  execFileSync(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--cache',
      join(dir, 'empty-cache'),
      '--registry',
      'http://127.0.0.1:9/',
      tarball
    ],
    {
      cwd: project,
      stdio: 'ignore',
      env: {...process.env, npm_config_userconfig: join(dir, 'npmrc')}
    }
  )
  manifest = JSON.parse(
    readFileSync(
      join(project, 'node_modules', 'iks-preflight', 'package.json'),
      'utf8'
    )
  ) as Record<string, unknown>
}, 120_000)

afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** Run the installed bin (asynchronously: the emulator answers from this process). */
function installed(
  args: string[],
  env: Record<string, string>
): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise(done => {
    execFile(
      join(dir, 'project', 'node_modules', '.bin', 'iks-preflight'),
      args,
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: {PATH: process.env['PATH'] ?? '', HOME: dir, ...env}
      },
      (err, stdout, stderr) =>
        done({
          status: err ? (typeof err.code === 'number' ? err.code : null) : 0,
          stdout,
          stderr
        })
    )
  })
}

describe('the packed CLI package', () => {
  test('holds only what runs, with no runtime dependency', () => {
    // dist/cli/<n>.index.js: the CLI's lazily loaded chunks (ncc splits dynamic imports).
    expect(files.filter(f => !/^dist\/cli\/\d+\.index\.js$/.test(f))).toEqual([
      'LICENSE',
      'README.md',
      'SECURITY.md',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/package.json',
      'package.json',
      'schema/report.schema.json'
    ])
    expect(manifest['private']).toBeUndefined()
    expect(manifest['dependencies']).toBeUndefined()
    expect(manifest['bin']).toEqual({'iks-preflight': 'dist/cli/index.js'})
    expect(manifest['license']).toBe('Apache-2.0')
    expect(manifest['repository']).toMatchObject({type: 'git'})
    expect(JSON.stringify(manifest['exports'])).not.toContain('dist/index.js')
    expect(manifest['engines']).toEqual({node: expect.stringMatching(/^>=/)})
  })

  test('installed offline from the tarball, it runs a pre-flight against the emulator', async () => {
    const emu = await start('healthy-classic')
    try {
      const r = await installed(
        ['--operation', 'worker-reload', '--cluster', 'prod-classic', '--json'],
        {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey}
      )
      expect({status: r.status, stderr: r.stderr}).toEqual({
        status: 0,
        stderr: ''
      })
      const report = JSON.parse(r.stdout) as {
        schemaVersion: number
        result: string
      }
      expect(report).toMatchObject({schemaVersion: 1, result: 'pass'})
      expect(emu.requests.length).toBeGreaterThan(3)
      expect(r.stdout).not.toContain(emu.scenario.pipelineKey)
    } finally {
      await emu.close()
    }
  }, 60_000)

  test('a blocker exits 3 and names the check', async () => {
    const emu = await start('missing-infra-permissions')
    try {
      const r = await installed(
        ['--operation', 'worker-add', '--cluster', 'prod-classic', '--json'],
        {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey}
      )
      expect(r.status).toBe(3)
      expect(
        (JSON.parse(r.stdout) as {failedChecks: string[]}).failedChecks
      ).toContain('infra-permissions')
    } finally {
      await emu.close()
    }
  }, 60_000)
})

describe('the README installs what the project publishes', () => {
  const readme = readFileSync('README.md', 'utf8')
  const blocks = [
    ...readme.matchAll(/```(?:sh|bash|yaml)\n([\s\S]*?)```/g)
  ].map(m => m[1]!)

  test('no command runs a bare `npx iks-preflight` (a registry package of that name)', () => {
    const lines = blocks.flatMap(b => b.split('\n'))
    const npx = lines.filter(l => /\bnpx\b[^#]*\biks-preflight\b/.test(l))
    expect(npx.length).toBeGreaterThan(2)
    for (const l of npx) expect(l).toMatch(/npx --no-install iks-preflight/)
  })

  test('the release tarball is installed pinned by version and checked by SHA-256', () => {
    const install = blocks.find(b => b.includes('releases/download/'))
    expect(install).toBeDefined()
    expect(install).toMatch(/iks-preflight-\$V\.tgz/)
    expect(install).toMatch(/sha256sum -c/)
    expect(install!.indexOf('sha256sum -c')).toBeLessThan(
      install!.indexOf('npm install')
    )
  })
})
