import {cli} from '../src/cli.js'
import {InputError} from '../src/config/inputs.js'
import {resolveEndpoints} from '../src/ibm/endpoints.js'
import {start, type Emulator} from './emulator/index.js'
import {preflight} from './support/preflight.js'

/**
 * schematics-job: the plan of an IBM Cloud Schematics job (GetJobFiles, file_type=plan_json) is read from
 * the emulator's Schematics service and pre-flighted exactly as the same plan given as terraform-plan.
 */
const RESIZE = 'us-south.JOB.prod-iks-resize.a1b2c3d4'
const TWO = 'us-south.JOB.two-clusters.5e6f7a8b'
const NO_PLAN = 'us-south.JOB.apply-only.9c0d1e2f'
const OTHER = 'us-south.JOB.other-account.0a1b2c3d'
const plan = (name: string): string =>
  `test/fixtures/terraform-plans/${name}.json`

const verdicts = (r: {
  findings: Array<{check: string; target: string; status: string}>
}) => r.findings.map(f => `${f.check}|${f.target}|${f.status}`)

async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

describe('schematics-job (emulator)', () => {
  let emu: Emulator
  beforeEach(async () => {
    emu = await start('healthy-mixed')
  })
  afterEach(async () => emu.close())

  test("a job's plan is read with GetJobFiles plan_json and pre-flighted as the same terraform-plan", async () => {
    const viaJob = await preflight(emu, {'schematics-job': RESIZE})
    const reads = emu.requests.filter(r => r.service === 'schematics')
    expect(reads.map(r => [r.method, r.path, r.query])).toEqual([
      ['GET', `/v2/jobs/${RESIZE}/files`, {file_type: 'plan_json'}]
    ])
    expect(reads[0]!.headers['authorization']).toMatch(/^Bearer /)
    const viaFile = await preflight(emu, {
      'terraform-plan': plan('vpc-worker-pool-resize')
    })
    expect(viaJob.operation).toBe('worker-pool-resize')
    expect(verdicts(viaJob)).toEqual(verdicts(viaFile))
    expect(viaJob.findings.length).toBeGreaterThan(3)
  })

  test("a blocker in the job's plan fails the run as the file would", async () => {
    const r = await preflight(emu, {'schematics-job': TWO})
    expect(r.operation).toBe('worker-pool-resize, cluster-update')
    expect(r.result).toBe('fail')
    expect(
      r.findings.find(
        f =>
          f.check === 'cluster-access' &&
          f.target === 'stage-vpc · cluster-update'
      )?.status
    ).toBe('fail')
  })

  test('a job that kept no plan is a bad schematics-job naming why, never a pass', async () => {
    const e = await inputError(preflight(emu, {'schematics-job': NO_PLAN}))
    expect(e.input).toBe('schematics-job')
    expect(e.message).toContain(NO_PLAN)
    expect(e.message).toContain('no plan_json content')
  })

  test("another account's job is not found, and IBM's answer is named", async () => {
    const e = await inputError(preflight(emu, {'schematics-job': OTHER}))
    expect(e.input).toBe('schematics-job')
    expect(e.message).toContain('IBM Cloud Schematics')
    expect(e.message).toContain('HTTP 404')
    // Schematics puts the status in its error code: said once, and one full stop at the end.
    expect(e.message).not.toMatch(/404 404|\.\.$/)
  })

  test('a plan that is not a terraform plan is named as the job, not as terraform-plan', async () => {
    emu.setFaults([
      {
        service: 'schematics',
        path: `/v2/jobs/${RESIZE}/files`,
        kind: 'status',
        status: 200,
        body: {job_id: RESIZE, file_type: 'plan_json', file_content: '{"a":1}'}
      }
    ])
    const e = await inputError(preflight(emu, {'schematics-job': RESIZE}))
    expect(e.message).toMatch(
      /^Input 'schematics-job': the plan of Schematics job/
    )
    expect(e.message).not.toContain("'terraform-plan'")
  })

  test('with terraform-plan, or with operation inputs, or a malformed ID, nothing is sent', async () => {
    for (const [inputs, says] of [
      [
        {'schematics-job': RESIZE, 'terraform-plan': plan('two-clusters')},
        'give one plan'
      ],
      [{'schematics-job': 'us-south.JOB/../x'}, 'a Schematics job ID'],
      [
        {'schematics-job': RESIZE, operation: 'worker-reload'},
        'given together with operation'
      ]
    ] as const) {
      emu.clearRequests()
      const e = await inputError(preflight(emu, inputs))
      expect(e.input).toBe('schematics-job')
      expect(e.message).toContain(says)
      if (says !== 'given together with operation')
        expect(emu.requests).toHaveLength(0)
    }
  })

  test('CLI --schematics-job runs the plan and exits 3 on its blocker', async () => {
    let out = ''
    const code = await cli(['--schematics-job', TWO, '--format', 'json'], {
      stdout: s => (out += s),
      stderr: () => undefined,
      env: {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey},
      isTTY: false
    })
    expect(code).toBe(3)
    expect(
      (JSON.parse(out) as {failedChecks: string[]}).failedChecks
    ).toContain('cluster-access')
    expect(out).not.toContain(emu.scenario.pipelineKey)
  })
})

describe('the Schematics endpoint', () => {
  test("the Terraform provider's regional naming, the SDK's global default, private, and the variable", () => {
    expect(resolveEndpoints({}, 'public', 'us-south').schematics).toBe(
      'https://us-south.schematics.cloud.ibm.com'
    )
    expect(resolveEndpoints({}, 'public').schematics).toBe(
      'https://schematics.cloud.ibm.com'
    )
    expect(resolveEndpoints({}, 'private', 'eu-de').schematics).toBe(
      'https://private-eu-de.schematics.cloud.ibm.com'
    )
    expect(
      resolveEndpoints(
        {IBMCLOUD_SCHEMATICS_API_ENDPOINT: 'https://schematics.example/'},
        'public',
        'us-south'
      ).schematics
    ).toBe('https://schematics.example')
    expect(() =>
      resolveEndpoints({IBMCLOUD_SCHEMATICS_API_ENDPOINT: 'ftp://x'}, 'public')
    ).toThrow(/IBMCLOUD_SCHEMATICS_API_ENDPOINT/)
  })
})
