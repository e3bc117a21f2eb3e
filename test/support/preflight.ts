import {CHECK_IDS} from '../../src/checks/catalogue.js'
import {
  parseConfig,
  schematicsPlanOf,
  type RawInputs
} from '../../src/config/inputs.js'
import type {Report, RenderedFinding} from '../../src/report/model.js'
import {runPreflight} from '../../src/run.js'
import {start, type Emulator} from '../emulator/index.js'

/** Run the real engine in-process against an emulator, with the scenario's pipeline key. */
export async function preflight(
  emu: Emulator,
  inputs: RawInputs,
  env: Record<string, string> = {}
): Promise<Report> {
  const raw = {'api-key': emu.scenario.pipelineKey, ...inputs}
  const config = parseConfig(
    raw,
    CHECK_IDS,
    {},
    undefined,
    await schematicsPlanOf(
      raw,
      {...emu.env, ...env},
      {userAgent: 'iks-preflight-test'}
    )
  )
  return runPreflight(config, {
    env: {...emu.env, ...env},
    log: {debug: () => undefined},
    backoffBaseMs: 5
  })
}

/** Start a scenario, run one pre-flight, close the emulator. */
export async function preflightOn(
  scenario: string,
  inputs: RawInputs
): Promise<{report: Report; emu: Emulator}> {
  const emu = await start(scenario)
  try {
    return {report: await preflight(emu, inputs), emu}
  } finally {
    await emu.close()
  }
}

/** The findings of one check (optionally for one target); fails loudly when there is none. */
export function findingsOf(
  report: Report,
  check: string,
  target?: string
): RenderedFinding[] {
  const found = report.findings.filter(
    f => f.check === check && (target === undefined || f.target === target)
  )
  if (found.length === 0)
    throw new Error(
      `no finding for ${check}${target ? ` on ${target}` : ''}; have: ${report.findings.map(f => `${f.check}/${f.target}`).join(', ')}`
    )
  return found
}

export function findingOf(
  report: Report,
  check: string,
  target?: string
): RenderedFinding {
  const [first, ...rest] = findingsOf(report, check, target)
  if (rest.length > 0)
    throw new Error(`${check} has ${rest.length + 1} findings; use findingsOf`)
  return first!
}

/** Every command of a finding's fix, in order. */
export function commandsOf(f: RenderedFinding): string[] {
  return f.fix.flatMap(s => s.commands)
}
