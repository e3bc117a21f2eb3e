import {cli, EXIT} from '../src/cli.js'
import {start, type Emulator} from './emulator/index.js'

async function runCli(
  args: string[],
  env: Record<string, string> = {}
): Promise<{code: number; out: string; err: string}> {
  let out = ''
  let err = ''
  const code = await cli(args, {
    stdout: s => (out += s),
    stderr: s => (err += s),
    env,
    isTTY: false
  })
  return {code, out, err}
}

describe('CLI', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('exit 0 on pass, with human-readable output', async () => {
    emu = await start('healthy-classic')
    const r = await runCli(
      ['--operation', 'worker-reboot', '--cluster', 'prod-classic'],
      {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey}
    )
    expect(r.code).toBe(EXIT.pass)
    expect(r.out).toMatch(
      /^iks-preflight: Pre-flight passed: worker-reboot can go ahead\./
    )
    expect(r.out).toMatch(/PASS {2}cluster-access/)
    expect(r.out).not.toContain(emu.scenario.pipelineKey)
  })

  test('exit 3 on blockers; --json prints the report', async () => {
    emu = await start('missing-infra-permissions')
    const r = await runCli(
      ['--operation', 'worker-add', '--cluster', 'prod-classic', '--json'],
      {...emu.env, IC_API_KEY: emu.scenario.pipelineKey}
    )
    expect(r.code).toBe(EXIT.blockers)
    const report = JSON.parse(r.out) as {result: string; failedChecks: string[]}
    expect(report.result).toBe('fail')
    expect(report.failedChecks).toEqual(['infra-permissions'])
  })

  test('exit 5 when a check could not be verified and nothing blocks; the report lists it apart from blockers', async () => {
    emu = await start('healthy-classic')
    // IKS answers 503 to every infra-permissions read: that check cannot be verified, nothing blocks.
    emu.setFaults([
      {service: 'iks', path: 'infra-permissions', kind: 'status', status: 503}
    ])
    const r = await runCli(
      ['--operation', 'worker-add', '--cluster', 'prod-classic', '--json'],
      {...emu.env, IC_API_KEY: emu.scenario.pipelineKey}
    )
    const report = JSON.parse(r.out) as {
      blockedChecks: string[]
      unverifiedChecks: string[]
    }
    expect(report.blockedChecks).toEqual([])
    expect(report.unverifiedChecks).toContain('infra-permissions')
    expect(r.code).toBe(EXIT.unverified)
  })

  test('exit 4 on warnings only, when fail-on is warning; 0 when it is error', async () => {
    emu = await start('locked-key')
    const env = {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey}
    expect(
      (
        await runCli(
          [
            '--operation',
            'worker-add',
            '--cluster',
            'prod-classic',
            '--fail-on',
            'warning'
          ],
          env
        )
      ).code
    ).toBe(EXIT.warnings)
    expect(
      (
        await runCli(
          ['--operation', 'worker-add', '--cluster', 'prod-classic'],
          env
        )
      ).code
    ).toBe(EXIT.pass)
  })

  test('inputs come from IKS_PREFLIGHT_* variables too', async () => {
    emu = await start('healthy-classic')
    const r = await runCli([], {
      ...emu.env,
      IBMCLOUD_API_KEY: emu.scenario.pipelineKey,
      IKS_PREFLIGHT_OPERATION: 'worker-reboot',
      IKS_PREFLIGHT_CLUSTER: 'prod-classic'
    })
    expect(r.code).toBe(EXIT.pass)
  })

  test('exit 2 on bad usage, naming the input; unknown flags too', async () => {
    const bad = await runCli(['--operation', 'worker-add'], {
      IBMCLOUD_API_KEY: 'emu-key-never-used-0000'
    })
    expect(bad.code).toBe(EXIT.usage)
    expect(bad.err).toContain(
      '--cluster: worker-add needs one or more cluster names'
    )
    const unknown = await runCli(['--clusterz', 'x'])
    expect(unknown.code).toBe(EXIT.usage)
    // The CLI's own words, the nearest known flag suggested; never Node's raw parser text.
    expect(unknown.err).toBe(
      'iks-preflight: unknown option "--clusterz"; did you mean --cluster?\nRun iks-preflight --help for the options.\n'
    )
    const far = await runCli(['--zzzzzzzzzz', 'x'])
    expect(far.err).toContain('unknown option "--zzzzzzzzzz".')
    expect(far.err).not.toContain('did you mean')
    expect((await runCli(['--opertion', 'x'])).err).toContain(
      'did you mean --operation?'
    )
    expect((await runCli(['--only-problem'])).err).toContain(
      'did you mean --only-problems?'
    )
    const missing = await runCli(['--cluster'])
    expect(missing.code).toBe(EXIT.usage)
    expect(missing.err).toContain('--cluster needs a value.')
    expect((await runCli(['--json=1'])).err).toContain('--json takes no value.')
  })

  test('plain http endpoints outside loopback warn (never refuse); loopback ones do not', async () => {
    emu = await start('healthy-classic')
    const r = await runCli(
      ['--operation', 'worker-reboot', '--cluster', 'prod-classic'],
      {
        ...emu.env,
        IBMCLOUD_API_KEY: emu.scenario.pipelineKey,
        IBMCLOUD_SCHEMATICS_API_ENDPOINT: 'http://schematics.example.com:8080'
      }
    )
    expect(r.code).toBe(EXIT.pass)
    expect(r.err).toContain(
      'iks-preflight: warning: IBMCLOUD_SCHEMATICS_API_ENDPOINT is plain http:// to schematics.example.com:8080, outside this machine: the API key and IAM tokens travel in clear'
    )
    // The emulator's own endpoints are http://127.0.0.1: no warning for them.
    expect(r.err.match(/plain http:\/\//g)).toHaveLength(1)
    const {clearTextEndpoints} = await import('../src/ibm/endpoints.js')
    expect(
      clearTextEndpoints({
        IBMCLOUD_IAM_API_ENDPOINT: 'http://localhost:9000',
        IBMCLOUD_CS_API_ENDPOINT: 'http://[::1]:8080',
        IAAS_CLASSIC_ENDPOINT_URL: 'http://127.8.0.2/rest',
        IBMCLOUD_USER_MANAGEMENT_ENDPOINT: 'https://user.example.com',
        IBMCLOUD_IS_NG_API_ENDPOINT: 'http://10.0.0.5/v1'
      })
    ).toEqual([{name: 'IBMCLOUD_IS_NG_API_ENDPOINT', host: '10.0.0.5'}])
  })

  test('--help lists every check', async () => {
    const {CHECK_IDS} = await import('../src/checks/catalogue.js')
    const r = await runCli(['--help'])
    expect(r.code).toBe(EXIT.pass)
    for (const id of CHECK_IDS) expect(r.out).toContain(`  ${id} `)
  })
})
