/**
 * The scenario walk: every emulator scenario × a set of operations that together run every check. Tests
 * that must hold for every report the product can print (the rule ledger, printed commands) iterate it.
 */
import type {RawInputs} from '../../src/config/inputs.js'
import {OPERATIONS} from '../../src/config/types.js'
import type {Report} from '../../src/report/model.js'
import {listScenarios, start} from '../emulator/index.js'
import {preflight} from './preflight.js'

const ALL = 'prod-classic,prod-vpc,dev-classic,dev-vpc'

/** Inputs that, over healthy-mixed's clusters, reach every check (as the fault matrix's candidates do). */
export const WALK_INPUTS: ReadonlyArray<{name: string; inputs: RawInputs}> = [
  ...OPERATIONS.filter(o => o !== 'cluster-create').map(operation => ({
    name: operation,
    inputs: {operation, cluster: ALL}
  })),
  {
    name: 'resize-vpc',
    inputs: {
      operation: 'worker-pool-resize',
      cluster: 'prod-vpc',
      'worker-pool': 'default',
      'workers-per-zone': '1'
    }
  },
  {
    // The only pool of a cluster: worker-minimum's fix names a pool to create first (OpenShift fails).
    name: 'delete-only-pool',
    inputs: {
      operation: 'worker-pool-delete',
      cluster: 'prod-vpc',
      'worker-pool': 'default'
    }
  },
  {
    name: 'create-classic',
    inputs: {
      operation: 'cluster-create',
      cluster: 'new-classic',
      provider: 'classic',
      region: 'us-south',
      zones: 'dal10',
      'private-vlan': '3249706',
      'public-vlan': '3249704'
    }
  },
  {
    name: 'create-vpc',
    inputs: {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south',
      'vpc-id': 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
      zones: 'us-south-1',
      'subnet-ids': '0717-fd99ba7ba5071a8c738ac541ec4c'
    }
  },
  {
    name: 'plan-kms-pool',
    inputs: {
      'terraform-plan':
        'test/fixtures/terraform-plans/vpc-worker-pool-create-kms.json'
    }
  }
]

export interface Walked {
  scenario: string
  run: string
  report: Report
}

/** Run the walk once per scenario (one emulator each), calling `visit` with every report. */
export async function walkScenarios(
  visit: (w: Walked) => void,
  scenarios: readonly string[] = listScenarios()
): Promise<number> {
  let runs = 0
  for (const scenario of scenarios) {
    const emu = await start(scenario)
    try {
      for (const {name, inputs} of WALK_INPUTS) {
        visit({scenario, run: name, report: await preflight(emu, inputs)})
        runs++
      }
    } finally {
      await emu.close()
    }
  }
  return runs
}
