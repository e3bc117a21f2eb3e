/**
 * No secret in any channel: every scenario file, through the bundled action with step debug on and
 * in-process (summary, PR comment, text, JSON, debug log), plus end-to-end fault runs of the bundle.
 */
import {
  listScenarios,
  loadScenario,
  start,
  type Emulator,
  type FaultSpec
} from './emulator/index.js'
import {hasCommentChannel, runEngine} from './support/channels.js'
import {runAction, type ActionRun} from './support/run-action.js'
import {findLeaks, secretsOf, withoutMaskCommands} from './support/secrets.js'

function inputsFor(emu: Emulator): Record<string, string> {
  const t = emu.scenario.target
  const create = t?.operation === 'create'
  const inputs: Record<string, string> = {
    'api-key': emu.scenario.pipelineKey,
    operation: create ? 'cluster-create' : 'worker-replace',
    cluster: t?.cluster ?? 'prod-classic',
    'timeout-seconds': '20'
  }
  if (create)
    Object.assign(inputs, {
      provider: t?.provider ?? 'classic',
      region: t?.region ?? 'us-south'
    })
  if (create && t?.provider === 'vpc-gen2')
    inputs['vpc-id'] = 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'
  return inputs
}

/** The scenario with real refresh tokens issued, so they are part of the sweep. */
async function startWithRefreshTokens(
  name: string,
  faults: FaultSpec[] = []
): Promise<Emulator> {
  const s = loadScenario(name)
  for (const k of s.apiKeys) k.refreshToken = true
  const emu = await start(s)
  emu.setFaults(faults)
  return emu
}

function actionChannels(run: ActionRun): Record<string, string> {
  return {
    stdout: withoutMaskCommands(run.stdout),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    report: run.reportText
  }
}

const sweep: Array<{scenario: string; secrets: number; channels: number}> = []

afterAll(() => {
  const secrets = sweep.reduce((n, s) => n + s.secrets, 0)
  console.log(
    `Secret sweep: ${sweep.length} runs, ${secrets} secret values × 6+ encodings checked in ${sweep.reduce((n, s) => n + s.channels, 0)} channel captures; 0 leaks.`
  )
})

describe('no secret reaches any output', () => {
  const scenarios = listScenarios().map(s =>
    typeof s === 'string' ? s : (s as {name: string}).name
  )

  test.each(scenarios)(
    '%s: bundled action with ACTIONS_STEP_DEBUG, and in-process channels incl. PR comment',
    async name => {
      const emu = await startWithRefreshTokens(name)
      try {
        const inputs = inputsFor(emu)
        const run = await runAction({
          inputs,
          env: {...emu.env, ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1'}
        })
        const issuedToBundle = emu.issuedTokens()
        const {'api-key': _key, ...rest} = inputs
        const inProcess = await runEngine(emu, rest)
        const secrets = secretsOf(emu)
        expect(secrets).toContain(emu.scenario.pipelineKey)
        const channels = {
          ...actionChannels(run),
          ...Object.fromEntries(
            Object.entries(inProcess.channels).map(([k, v]) => [
              `in-process ${k}`,
              v
            ])
          )
        }
        expect(findLeaks(channels, secrets)).toEqual([])
        // The key and every token IAM issued to the bundled run were masked the moment they were known.
        const masked = run.stdout
          .split('\n')
          .filter(l => l.startsWith('::add-mask::'))
        expect(masked).toContain(`::add-mask::${emu.scenario.pipelineKey}`)
        for (const token of issuedToBundle)
          expect(masked).toContain(`::add-mask::${token}`)
        sweep.push({
          scenario: name,
          secrets: secrets.length,
          channels: Object.keys(channels).length
        })
      } finally {
        await emu.close()
      }
    },
    60_000
  )

  test('the PR comment is part of the sweep', async () => {
    expect(await hasCommentChannel()).toBe(true)
  })
})

describe('bundled action under faults: bounded, exit code per fail-on, no secrets', () => {
  const base = {
    operation: 'worker-replace',
    cluster: 'prod-classic,prod-vpc',
    'timeout-seconds': '5'
  }

  async function faulted(
    faults: FaultSpec[],
    extra: Record<string, string> = {}
  ): Promise<{run: ActionRun; emu: Emulator}> {
    const emu = await startWithRefreshTokens('healthy-mixed', faults)
    try {
      const run = await runAction({
        inputs: {...base, 'api-key': emu.scenario.pipelineKey, ...extra},
        env: {...emu.env, ACTIONS_STEP_DEBUG: 'true'},
        timeoutMs: 20_000
      })
      expect(findLeaks(actionChannels(run), secretsOf(emu))).toEqual([])
      sweep.push({
        scenario: `fault ${faults.map(f => `${f.kind}@${f.path}`).join(',')}`,
        secrets: secretsOf(emu).length,
        channels: 5
      })
      return {run, emu}
    } finally {
      await emu.close()
    }
  }

  const statusOf = (run: ActionRun, check: string, target: string): unknown =>
    (
      run.report?.['findings'] as Array<{
        check: string
        target: string
        status: string
      }>
    ).find(f => f.check === check && f.target === target)?.status

  test('IKS hangs on one cluster: ends by timeout-seconds, that cluster is error, exit 1', async () => {
    const {run} = await faulted([
      {
        service: 'iks',
        path: '/v2/getCluster?cluster=prod-classic',
        kind: 'hang'
      }
    ])
    expect(run.ms).toBeLessThan(5000 + 4000)
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(statusOf(run, 'cluster-access', 'prod-classic')).toBe('error')
    expect(statusOf(run, 'cluster-access', 'prod-vpc')).toBe('pass')
    expect(statusOf(run, 'api-key', 'account')).toBe('pass')
    expect(
      run.annotations.some(
        a =>
          a.type === 'error' &&
          a.message.includes('IBM Cloud Kubernetes Service (get cluster)')
      )
    ).toBe(true)
  }, 30_000)

  test('the same with fail-on never: result fail, exit 0', async () => {
    const {run} = await faulted(
      [
        {
          service: 'iks',
          path: '/v2/getCluster?cluster=prod-classic',
          kind: 'hang'
        }
      ],
      {'fail-on': 'never'}
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('fail')
  }, 30_000)

  test('IAM token endpoint resets every connection: error naming IAM, nothing passes, exit 1', async () => {
    const {run} = await faulted([
      {service: 'iam', path: '/identity/token', kind: 'reset'}
    ])
    expect(run.exitCode).toBe(1)
    const findings = run.report?.['findings'] as Array<{
      status: string
      summary: string
    }>
    expect(findings.filter(f => f.status === 'pass')).toEqual([])
    expect(
      findings.some(
        f =>
          f.status === 'error' &&
          f.summary.includes('IBM Cloud IAM (exchange API key for IAM token)')
      )
    ).toBe(true)
  }, 30_000)

  test('transient 503s and a reset clear within the retry budget: pass, exit 0', async () => {
    const {run} = await faulted([
      {
        service: 'iks',
        path: '/v2/getCluster?',
        kind: 'status',
        status: 503,
        times: 2
      },
      {service: 'iam', path: '/identity/token', kind: 'reset', times: 1}
    ])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
  }, 30_000)
})
