/**
 * CI: execute the committed dist/index.js the way a GitHub runner does (INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), under Node 24 with --node24, against the emulator, and
 * check exit code, outputs, annotations and summary. Catches bundles that build but do not run.
 */
import {execFileSync} from 'node:child_process'
import {start} from '../test/emulator/index.js'
import {runAction, type ActionRun} from '../test/support/run-action.js'

// npx's `node` shim runs through sh, which drops INPUT_API-KEY style variables (hyphens are not valid
// shell names), so resolve the real Node 24 binary once and run it directly, as the runner does.
const node = [
  process.argv.includes('--node24')
    ? execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
        encoding: 'utf8'
      }).trim()
    : process.execPath
]
console.log(
  `node: ${execFileSync(node[0]!, ['--version'], {encoding: 'utf8'}).trim()} (${node[0]})`
)
let failures = 0

function expect(what: string, ok: boolean, run: ActionRun): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) {
    failures++
    console.log(
      `     exit ${run.exitCode}; outputs ${JSON.stringify(run.outputs)}\n     stdout: ${run.stdout.slice(0, 2000)}\n     stderr: ${run.stderr.slice(0, 2000)}`
    )
  }
}

async function scenario(
  name: string,
  inputs: Record<string, string>,
  checks: (run: ActionRun, requests: number) => void
): Promise<void> {
  const emu = await start(name)
  try {
    const run = await runAction({
      inputs: {'api-key': emu.scenario.pipelineKey, ...inputs},
      env: emu.env,
      node,
      timeoutMs: 120_000
    })
    console.log(
      `-- ${name}: exit ${run.exitCode}, ${emu.requests.length} requests, ${run.ms} ms`
    )
    checks(run, emu.requests.length)
  } finally {
    await emu.close()
  }
}

await scenario(
  'healthy-classic',
  {operation: 'worker-reload', cluster: 'prod-classic'},
  run => {
    expect('healthy: exit code 0', run.exitCode === 0, run)
    expect('healthy: result output pass', run.outputs['result'] === 'pass', run)
    expect(
      'healthy: account-id output',
      run.outputs['account-id'] === 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      run
    )
    expect(
      'healthy: JSON report with schemaVersion 1',
      run.report?.['schemaVersion'] === 1,
      run
    )
    expect(
      'healthy: job summary written',
      run.summary.includes('iks-preflight') && run.summary.includes('<table>'),
      run
    )
    expect(
      'healthy: no error annotations',
      run.annotations.every(a => a.type !== 'error'),
      run
    )
  }
)

await scenario(
  'missing-infra-permissions',
  {operation: 'worker-add', cluster: 'prod-classic'},
  run => {
    expect('blocked: exit code 1', run.exitCode === 1, run)
    expect('blocked: result output fail', run.outputs['result'] === 'fail', run)
    expect(
      'blocked: failed-checks names infra-permissions',
      (run.outputs['failed-checks'] ?? '')
        .split(',')
        .includes('infra-permissions'),
      run
    )
    expect(
      'blocked: error annotation titled with the check id',
      run.annotations.some(
        a => a.type === 'error' && a.title.startsWith('infra-permissions:')
      ),
      run
    )
  }
)

await scenario(
  'healthy-classic',
  {operation: 'cluster-explode', cluster: 'prod-classic'},
  (run, requests) => {
    expect('bad input: exit code 1', run.exitCode === 1, run)
    expect(
      'bad input: message names the input and the allowed values',
      run.stdout.includes(
        'Input \'operation\': got "cluster-explode"; allowed:'
      ),
      run
    )
    expect('bad input: no request was made', requests === 0, run)
  }
)

if (failures > 0) {
  console.error(`${failures} dist smoke check(s) failed`)
  process.exit(1)
}
console.log('dist smoke: all checks passed')
