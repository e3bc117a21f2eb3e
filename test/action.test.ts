/**
 * The bundled action (dist/index.js) run as a GitHub runner runs it, against the emulator:
 * annotations, the annotation cap, the job summary, outputs, the JSON report and masking.
 */
import {loadScenario, start, type Emulator} from './emulator/index.js'
import {runAction, type ActionRun} from './support/run-action.js'

async function runOn(
  emu: Emulator,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    inputs: {'api-key': emu.scenario.pipelineKey, ...inputs},
    env: {...emu.env, ...env}
  })
}

/** Everything a person or a log collector could see of a run. `::add-mask::` lines are consumed by the runner, never shown. */
const channels = (r: ActionRun): string =>
  [
    r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n'),
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
    r.reportText
  ].join('\n')

describe('bundled action', () => {
  test('a blocked run: error annotations titled with the check id, outputs, report, exit code 1', async () => {
    const emu = await start('missing-infra-permissions')
    try {
      const run = await runOn(emu, {
        operation: 'worker-add',
        cluster: 'prod-classic'
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({
        result: 'fail',
        'failed-checks': 'infra-permissions',
        'warned-checks': '',
        'account-id': 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
      })
      const errors = run.annotations.filter(a => a.type === 'error')
      // One for the finding, one from setFailed.
      expect(errors).toHaveLength(2)
      expect(errors[0]!.title).toBe(
        // The title states the problem (the summary's statement), never the check's passing title.
        'infra-permissions: The infrastructure credentials of region us-south, resource group default lack 3 required classic permission(s) [prod-classic]'
      )
      expect(errors[0]!.message).toContain(
        'ibmcloud sl user permission-edit <user-id> --permission SERVER_ADD --enable true'
      )
      expect(run.report).toMatchObject({
        schemaVersion: 1,
        operation: 'worker-add',
        result: 'fail',
        failedChecks: ['infra-permissions']
      })
      expect((run.report!['requests'] as {total: number}).total).toBe(
        emu.requests.length
      )
      expect(typeof run.report!['durationMs']).toBe('number')
    } finally {
      await emu.close()
    }
  })

  test('fail-on never reports but passes the step; fail-on warning fails on warnings', async () => {
    const emu = await start('locked-key')
    try {
      const never = await runOn(emu, {
        operation: 'worker-add',
        cluster: 'prod-classic',
        'fail-on': 'never'
      })
      expect(never.exitCode).toBe(0)
      expect(never.outputs['result']).toBe('warn')
      expect(never.outputs['warned-checks']).toBe('api-key')
      const strict = await runOn(emu, {
        operation: 'worker-add',
        cluster: 'prod-classic',
        'fail-on': 'warning'
      })
      expect(strict.exitCode).toBe(1)
      const lenient = await runOn(emu, {
        operation: 'worker-add',
        cluster: 'prod-classic'
      })
      expect(lenient.exitCode).toBe(0)
      expect(
        lenient.annotations.filter(a => a.type === 'warning').map(a => a.title)
      ).toEqual([
        'api-key: The API key ci-pipeline is locked: it authenticates, but it cannot be changed, rotated or deleted until it is unlocked [account]'
      ])
    } finally {
      await emu.close()
    }
  })

  test('annotations are capped at 10 per type, worst first, and the last says how many more', async () => {
    const emu = await start('cluster-not-found')
    try {
      const clusters = Array.from(
        {length: 14},
        (_, i) => `ghost-${i + 1}`
      ).join(',')
      const run = await runOn(emu, {
        operation: 'cluster-update',
        cluster: clusters
      })
      const errors = run.annotations.filter(a => a.type === 'error')
      expect(errors).toHaveLength(10)
      // 9 findings + setFailed's own annotation; 14 clusters fail cluster-access, so 5 more are in the summary.
      const findings = errors.slice(0, 9)
      expect(findings.every(a => a.title.startsWith('cluster-access: '))).toBe(
        true
      )
      const report = run.report as {findings: Array<{status: string}>}
      const problems = report.findings.filter(
        f => f.status === 'fail' || f.status === 'error'
      ).length
      expect(findings[8]!.message).toContain(
        `${problems - 9} more finding(s) of this kind are in the job summary.`
      )
      expect(
        findings.slice(0, 8).every(a => !a.message.includes('more finding(s)'))
      ).toBe(true)
      // Every one of them is in the summary.
      for (let i = 1; i <= 14; i++) expect(run.summary).toContain(`ghost-${i}<`)
    } finally {
      await emu.close()
    }
  })

  test('API text is HTML-escaped in the summary and cannot add annotations', async () => {
    const s = loadScenario('missing-infra-permissions')
    const rg = s.resourceGroups.find(g => g.default)!
    rg.name = '<script>alert(1)</script>|x|'
    const emu = await start(s)
    try {
      const run = await runOn(emu, {
        operation: 'worker-add',
        cluster: 'prod-classic'
      })
      expect(run.summary).not.toContain('<script>')
      expect(run.summary).toContain(
        '&lt;script&gt;alert(1)&lt;/script&gt;&#124;x&#124;'
      )
      expect(run.annotations.filter(a => a.type === 'error')).toHaveLength(2)
    } finally {
      await emu.close()
    }
  })

  test('request lines are debug output: written with step debugging on, not without it', async () => {
    const emu = await start('healthy-classic')
    try {
      const args = {operation: 'worker-add', cluster: 'prod-classic'}
      const on = await runOn(emu, args, {RUNNER_DEBUG: '1'})
      const off = await runOn(emu, args, {RUNNER_DEBUG: '0'})
      const requestLines = (stdout: string): string[] =>
        stdout.split('\n').filter(l => /^::debug::request GET /.test(l))
      expect(requestLines(on.stdout).length).toBeGreaterThan(3)
      expect(requestLines(off.stdout)).toEqual([])
      // The verdict does not depend on it.
      expect(off.outputs['result']).toBe(on.outputs['result'])
    } finally {
      await emu.close()
    }
  })

  test('the API key and IAM tokens appear in no output, with debug logging on', async () => {
    const emu = await start('missing-infra-permissions')
    try {
      const run = await runOn(
        emu,
        {operation: 'worker-add', cluster: 'prod-classic'},
        {ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1'}
      )
      const all = channels(run)
      expect(all).toContain('::debug::')
      expect(all).not.toContain(emu.scenario.pipelineKey)
      // No JWT (IAM tokens start with a base64url JSON header) in any channel.
      expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/)
      // The key is masked for the runner before anything else is printed, and so is the IAM token.
      expect(
        run.stdout.startsWith(`::add-mask::${emu.scenario.pipelineKey}\n`)
      ).toBe(true)
      expect(run.stdout).toMatch(
        /^::add-mask::eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/m
      )
    } finally {
      await emu.close()
    }
  })

  test('a bad input fails at once, naming the input, with no request', async () => {
    const emu = await start('healthy-classic')
    try {
      const run = await runOn(emu, {
        operation: 'worker-add',
        cluster: 'prod-classic',
        'timeout-seconds': 'soon'
      })
      expect(run.exitCode).toBe(1)
      expect(run.annotations).toEqual([
        {
          type: 'error',
          title: '',
          message: `iks-preflight: Input 'timeout-seconds': got "soon"; allowed: a whole number from 5 to 3600.`
        }
      ])
      expect(emu.requests).toHaveLength(0)
    } finally {
      await emu.close()
    }
  })

  test('language ja: the bundle loads the Japanese catalogue (its own chunk) and every channel is in Japanese', async () => {
    const emu = await start('missing-infra-permissions')
    try {
      const run = await runOn(emu, {
        operation: 'worker-add',
        cluster: 'prod-classic',
        language: 'ja'
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({
        result: 'fail',
        'failed-checks': 'infra-permissions'
      })
      const title = 'クラシック・インフラストラクチャーの権限がそろっている'
      // The annotation title states the problem (issue 21), in Japanese.
      const annotation = run.annotations.find(a => a.type === 'error')!.title
      expect(annotation).toMatch(/^infra-permissions: /)
      expect(annotation).toContain('必須のクラシック権限が 3 個不足しています')
      expect(annotation).not.toContain('lack 3 required')
      expect(run.summary).toContain(title)
      expect(run.summary).not.toContain(
        'Classic infrastructure permissions are complete'
      )
    } finally {
      await emu.close()
    }
  })

  test('a GITHUB_OUTPUT that cannot be written ends with a clear message naming the file, no stack trace', async () => {
    const emu = await start('healthy-classic')
    try {
      const file = '/nonexistent-iks-preflight/out'
      const run = await runOn(
        emu,
        {operation: 'worker-reboot', cluster: 'prod-classic'},
        {GITHUB_OUTPUT: file}
      )
      expect(run.exitCode).toBe(1)
      const errors = run.annotations.filter(a => a.type === 'error')
      expect(errors.map(a => a.message)).toEqual([
        expect.stringContaining(
          `iks-preflight: the step outputs could not be written to GITHUB_OUTPUT (${file}): `
        )
      ])
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /)
      // The run itself was reported: the summary holds the result.
      expect(run.summary).toContain('worker-reboot can go ahead')
    } finally {
      await emu.close()
    }
  })
})
