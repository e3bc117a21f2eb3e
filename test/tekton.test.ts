import {execFile, execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {parse} from 'yaml'
import {start} from './emulator/index.js'

/**
 * tekton/iks-preflight.yaml: the Task's shape in IBM's catalog conventions (tekton.dev/v1, every param
 * described, the key from secure-properties), and its step script run under bash against the emulator with
 * the packed CLI installed from a verified tarball, as the step does. @ibm/tekton-lint runs in .ci/run.
 */
interface Param {
  name: string
  type?: string
  description?: string
  default?: string
}
interface Task {
  apiVersion: string
  kind: string
  metadata: {name: string}
  spec: {
    params: Param[]
    results: Array<{name: string; description?: string}>
    workspaces: Array<{name: string; description?: string}>
    steps: Array<{
      name: string
      image: string
      script: string
      env: Array<{
        name: string
        value?: string
        valueFrom?: {secretKeyRef: {name: string; key: string}}
      }>
    }>
  }
}
const task = parse(readFileSync('tekton/iks-preflight.yaml', 'utf8')) as Task
const step = task.spec.steps[0]!
const param = (name: string): Param | undefined =>
  task.spec.params.find(p => p.name === name)

describe('the Tekton Task', () => {
  test('tekton.dev/v1, every param and result described, the three results and a report workspace', () => {
    expect(task.apiVersion).toBe('tekton.dev/v1')
    expect(task.kind).toBe('Task')
    for (const p of task.spec.params) {
      expect({p: p.name, described: (p.description ?? '').length > 10}).toEqual(
        {
          p: p.name,
          described: true
        }
      )
      expect(p.type).toBe('string')
    }
    expect(task.spec.results.map(r => r.name)).toEqual([
      'result',
      'failed-checks',
      'warned-checks'
    ])
    expect(task.spec.workspaces.map(w => w.name)).toEqual(['artifacts'])
  })

  test("the image is a param defaulting to IBM's pipeline base image (Node.js 24 from 3.72)", () => {
    expect(step.image).toBe('$(params.image)')
    const [, tag] =
      /^icr\.io\/continuous-delivery\/pipeline\/pipeline-base-ubi:(\d+\.\d+)$/.exec(
        param('image')?.default ?? ''
      ) ?? [undefined, '0']
    expect(Number(tag!.split('.')[1])).toBeGreaterThanOrEqual(72)
  })

  test('the API key comes from the secure-properties secret, its key a param; no param carries a key', () => {
    const key = step.env.find(e => e.name === 'IBMCLOUD_API_KEY')
    expect(key?.valueFrom?.secretKeyRef).toEqual({
      name: '$(params.continuous-delivery-context-secret)',
      key: '$(params.ibmcloud-apikey-secret-key)'
    })
    expect(param('continuous-delivery-context-secret')?.default).toBe(
      'secure-properties'
    )
    for (const p of task.spec.params)
      expect(p.name).not.toMatch(/^(api-?key|ibmcloud-api-?key)$/)
    // Params reach the script through the environment, never spliced into its text.
    expect(step.script).not.toMatch(/\$\(params\./)
    expect(param('preflight-tarball-sha256')?.default).toBeUndefined()
  })
})

describe('the step script under bash, against the emulator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iks-preflight-tekton-'))
  let tgz = ''
  let sha = ''
  const script = join(dir, 'step.sh')

  beforeAll(() => {
    writeFileSync(script, step.script)
    const out = JSON.parse(
      execFileSync(
        'npm',
        ['pack', '--json', '--pack-destination', dir, '--ignore-scripts'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        }
      )
    ) as Array<{filename: string}>
    tgz = resolve(dir, out[0]!.filename)
    sha = createHash('sha256').update(readFileSync(tgz)).digest('hex')
  }, 120_000)
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  async function runStep(
    emuEnv: Record<string, string>,
    key: string,
    params: Record<string, string>
  ): Promise<{
    code: number
    result: string
    failed: string
    warned: string
    report?: {result: string}
    out: string
  }> {
    const run = mkdtempSync(join(dir, 'run-'))
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: run,
      ...emuEnv,
      IBMCLOUD_API_KEY: key,
      PF_OPERATION: '',
      PF_CLUSTER: '',
      PF_REGION: '',
      PF_RESOURCE_GROUP: '',
      PF_TERRAFORM_PLAN: '',
      PF_SCHEMATICS_JOB: '',
      PF_FAIL_ON: 'error',
      PF_TIMEOUT_SECONDS: '60',
      PF_VISIBILITY: 'public',
      PF_LANGUAGE: 'en',
      PF_VERSION: '0.1.0',
      PF_TARBALL_URL: `file://${tgz}`,
      PF_TARBALL_SHA256: sha,
      PF_REPORT: join(run, 'report.json'),
      PF_RESULT_PATH: join(run, 'result'),
      PF_FAILED_PATH: join(run, 'failed-checks'),
      PF_WARNED_PATH: join(run, 'warned-checks'),
      PIPELINE_DEBUG: '0',
      ...params
    }
    const {code, out} = await new Promise<{code: number; out: string}>(done =>
      execFile(
        'bash',
        [script],
        {cwd: run, env, timeout: 90_000},
        (err, stdout, stderr) =>
          done({
            code: err ? (typeof err.code === 'number' ? err.code : -1) : 0,
            out: stdout + stderr
          })
      )
    )
    const read = (p: string): string => {
      try {
        return readFileSync(p, 'utf8')
      } catch {
        return '<missing>'
      }
    }
    const reportText = read(env['PF_REPORT']!)
    return {
      code,
      out,
      result: read(env['PF_RESULT_PATH']!),
      failed: read(env['PF_FAILED_PATH']!),
      warned: read(env['PF_WARNED_PATH']!),
      report:
        reportText === '<missing>'
          ? undefined
          : (JSON.parse(reportText) as {result: string})
    }
  }

  test('a healthy cluster: exit 0, result pass, the report in the workspace, no key in the log', async () => {
    const emu = await start('healthy-classic')
    try {
      const r = await runStep(emu.env, emu.scenario.pipelineKey, {
        PF_OPERATION: 'worker-reload',
        PF_CLUSTER: 'prod-classic'
      })
      expect({
        code: r.code,
        result: r.result,
        out: r.code === 0 ? '' : r.out
      }).toEqual({
        code: 0,
        result: 'pass',
        out: ''
      })
      expect(r.failed).toBe('')
      expect(r.report?.result).toBe('pass')
      expect(r.out).not.toContain(emu.scenario.pipelineKey)
    } finally {
      await emu.close()
    }
  }, 120_000)

  test('a blocker: exit 3, result fail, failed-checks names the check', async () => {
    const emu = await start('missing-infra-permissions')
    try {
      const r = await runStep(emu.env, emu.scenario.pipelineKey, {
        PF_OPERATION: 'worker-add',
        PF_CLUSTER: 'prod-classic'
      })
      expect(r.code).toBe(3)
      expect(r.result).toBe('fail')
      expect(r.failed.split(',')).toContain('infra-permissions')
    } finally {
      await emu.close()
    }
  }, 120_000)

  test('a Schematics job: its plan is pre-flighted', async () => {
    const emu = await start('healthy-mixed')
    try {
      const r = await runStep(emu.env, emu.scenario.pipelineKey, {
        PF_SCHEMATICS_JOB: 'us-south.JOB.two-clusters.5e6f7a8b'
      })
      expect(r.code).toBe(3)
      expect(r.failed.split(',')).toContain('cluster-access')
      expect(emu.count({service: 'schematics'})).toBe(1)
    } finally {
      await emu.close()
    }
  }, 120_000)

  test('a tarball whose SHA-256 differs is not installed: exit 1, result error, no request', async () => {
    const emu = await start('healthy-classic')
    try {
      const r = await runStep(emu.env, emu.scenario.pipelineKey, {
        PF_OPERATION: 'worker-reload',
        PF_CLUSTER: 'prod-classic',
        PF_TARBALL_SHA256: '0'.repeat(64)
      })
      expect(r.code).toBe(1)
      expect(r.result).toBe('error')
      expect(r.out).toContain('not installed')
      expect(emu.requests).toHaveLength(0)
    } finally {
      await emu.close()
    }
  }, 120_000)

  test('results are cut at a comma, far under the 4,096-byte limit', () => {
    const node = /<<'NODE'\n([\s\S]*?)\nNODE\n/.exec(step.script)?.[1]
    expect(node).toBeDefined()
    const run = mkdtempSync(join(dir, 'cut-'))
    const ids = Array.from({length: 300}, (_, i) => `some-long-check-id-${i}`)
    writeFileSync(
      join(run, 'report.json'),
      JSON.stringify({result: 'fail', failedChecks: ids, warnedChecks: ['a']})
    )
    writeFileSync(join(run, 'cut.cjs'), node!)
    execFileSync('node', [
      join(run, 'cut.cjs'),
      join(run, 'report.json'),
      join(run, 'r'),
      join(run, 'f'),
      join(run, 'w')
    ])
    const failed = readFileSync(join(run, 'f'), 'utf8')
    expect(Buffer.byteLength(failed)).toBeLessThanOrEqual(1000)
    expect(failed.endsWith(',…')).toBe(true)
    expect(ids).toContain(failed.split(',').slice(-2)[0])
    expect(readFileSync(join(run, 'w'), 'utf8')).toBe('a')
  })
})
