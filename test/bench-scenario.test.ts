/**
 * The benchmark times a healthy fleet: if a check starts to fail on it, `npm run bench` stops (it would
 * time a different run). This keeps the fleet healthy as checks are added, without running the bench.
 */
import {fleetScenario} from '../scripts/bench-scenario.js'
import {start} from './emulator/index.js'
import {preflight} from './support/preflight.js'

test('the bench fleet (classic and VPC clones) passes every check on worker-replace', async () => {
  const emu = await start(fleetScenario(8))
  try {
    const report = await preflight(emu, {
      operation: 'worker-replace',
      cluster: emu.scenario.clusters.map(c => c.name).join(',')
    })
    expect(
      report.findings
        .filter(f => f.status !== 'pass' && f.status !== 'skip')
        .map(f => `${f.check} ${f.target}: ${f.summary}`)
    ).toEqual([])
    expect(report.result).toBe('pass')
  } finally {
    await emu.close()
  }
})
