/** Issue 11, wiring: a Terraform plan (or the intent inputs) drives one run over every operation and cluster. */
import {readFileSync} from 'node:fs'
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {cli, EXIT} from '../src/cli.js'
import {InputError, parseConfig} from '../src/config/inputs.js'
import {intentFromPlan} from '../src/intent/plan.js'
import {render} from '../src/messages/index.js'
import {passesOf} from '../src/run.js'
import {start, type Emulator} from './emulator/index.js'
import {findingOf, findingsOf, preflight} from './support/preflight.js'

const PLANS = 'test/fixtures/terraform-plans'
const plan = (name: string): string => `${PLANS}/${name}.json`
const KEY = {'api-key': 'emu-key-config-test-0001'}

function inputError(f: () => unknown): InputError {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

describe('config: terraform-plan', () => {
  test('a plan alone is a full config: its clusters, its operations, no operation input', () => {
    const config = parseConfig(
      {...KEY, 'terraform-plan': plan('two-clusters')},
      CHECK_IDS
    )
    expect(config.planFile).toBe(plan('two-clusters'))
    expect(config.clusters).toEqual(['prod-vpc', 'stage-vpc'])
    expect(
      config.intent.clusters.map(c => [
        c.cluster.nameOrId,
        c.operations.map(o => o.operation)
      ])
    ).toEqual([
      ['prod-vpc', ['worker-pool-resize']],
      ['stage-vpc', ['cluster-update']]
    ])
  })

  test('inputs the plan already says are refused, named', () => {
    const e = inputError(() =>
      parseConfig(
        {
          ...KEY,
          'terraform-plan': plan('two-clusters'),
          operation: 'worker-add',
          flavor: 'bx2.4x16'
        },
        CHECK_IDS
      )
    )
    expect(e.input).toBe('terraform-plan')
    expect(e.message).toContain('given together with operation, flavor')
  })

  test('a missing file and a file that is not a plan are errors naming terraform-plan', () => {
    const missing = inputError(() =>
      parseConfig({...KEY, 'terraform-plan': `${PLANS}/nope.json`}, CHECK_IDS)
    )
    expect(missing.input).toBe('terraform-plan')
    expect(missing.message).toContain('no such file')
    const notPlan = inputError(() =>
      parseConfig({...KEY, 'terraform-plan': 'package.json'}, CHECK_IDS)
    )
    expect(notPlan.input).toBe('terraform-plan')
  })

  test('a plan that creates a cluster needs the region, unless its VPC zones name it (issue 20)', () => {
    // Classic zones (dal10) name no region: the region input stays required.
    const e = inputError(() =>
      parseConfig(
        {...KEY, 'terraform-plan': plan('classic-cluster-create')},
        CHECK_IDS
      )
    )
    expect(e.input).toBe('region')
    // VPC zone IDs carry their region.
    expect(
      parseConfig(
        {...KEY, 'terraform-plan': plan('vpc-cluster-create')},
        CHECK_IDS
      ).region
    ).toBe('us-south')
    const config = parseConfig(
      {
        ...KEY,
        'terraform-plan': plan('vpc-cluster-create'),
        region: 'us-south'
      },
      CHECK_IDS
    )
    expect(config.operation).toBe('cluster-create')
  })

  test('without a plan, operation is required and the error points to terraform-plan', () => {
    const e = inputError(() =>
      parseConfig({...KEY, cluster: 'prod-vpc'}, CHECK_IDS)
    )
    expect(e.input).toBe('operation')
    expect(e.message).toContain('terraform-plan')
  })

  test('without a plan, the intent inputs are validated into the config', () => {
    const config = parseConfig(
      {
        ...KEY,
        operation: 'worker-pool-resize',
        cluster: 'prod-vpc',
        'worker-pool': 'default',
        'workers-per-zone': '3'
      },
      CHECK_IDS
    )
    expect(config.intent.clusters[0]?.operations[0]).toMatchObject({
      operation: 'worker-pool-resize',
      pool: 'default',
      workersPerZone: 3
    })
    const e = inputError(() =>
      parseConfig(
        {
          ...KEY,
          operation: 'cluster-delete',
          cluster: 'prod-vpc',
          flavor: 'bx2.4x16'
        },
        CHECK_IDS
      )
    )
    expect(e.input).toBe('flavor')
  })
})

describe('passes of a plan', () => {
  const of = (name: string) =>
    passesOf(intentFromPlan(readFileSync(plan(name), 'utf8')))

  test('one pass per operation, each on the clusters it names', () => {
    expect(of('two-clusters').passes).toEqual([
      {operation: 'worker-pool-resize', clusters: ['prod-vpc']},
      {operation: 'cluster-update', clusters: ['stage-vpc']}
    ])
  })

  test('operations on a cluster the plan creates first are noted, not run against IBM', () => {
    const {passes, notes} = of('vpc-cluster-create')
    expect(passes).toEqual([
      {
        operation: 'cluster-create',
        clusters: ['prod-vpc'],
        provider: 'vpc-gen2'
      }
    ])
    expect(notes.map(n => render(n))).toEqual([
      // The note names the resource (issue 22), not only the operation.
      'ibm_container_vpc_worker_pool.edge (worker-pool-create) on prod-vpc: the plan creates prod-vpc first, so IBM Cloud cannot be asked about it yet'
    ])
  })

  test('a replace is the delete, then the create', () => {
    expect(of('vpc-cluster-replace').passes.map(p => p.operation)).toEqual([
      'cluster-delete',
      'cluster-create'
    ])
  })
})

describe('a run over a plan (emulator)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('two clusters, two operations: both reported, each finding names its operation, account checks once', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      'terraform-plan': plan('two-clusters')
    })
    expect(report.operation).toBe('worker-pool-resize, cluster-update')
    const prod = findingOf(
      report,
      'cluster-access',
      'prod-vpc · worker-pool-resize'
    )
    expect(prod.status).toBe('pass')
    expect(prod.operation).toBe('worker-pool-resize')
    // stage-vpc is not in the account: one root cause on that cluster, for its operation.
    const stage = findingOf(
      report,
      'cluster-access',
      'stage-vpc · cluster-update'
    )
    expect(stage.status).toBe('fail')
    expect(findingsOf(report, 'api-key')).toHaveLength(1)
    expect(findingOf(report, 'api-key').operation).toBeUndefined()
    expect(report.result).toBe('fail')
  })

  test('a replace: the create is checked knowing the plan deletes the old cluster first', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      'terraform-plan': plan('vpc-cluster-replace'),
      region: 'us-south'
    })
    const name = findingOf(report, 'cluster-name', 'prod-vpc · cluster-create')
    expect(name.status).toBe('pass')
    expect(name.messageId).toBe('cluster-name.pass-replaced')
    expect(
      findingOf(report, 'cluster-access', 'prod-vpc · cluster-delete').status
    ).toBe('pass')
  })

  test('the same run without a plan keeps one operation and unlabelled targets', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'cluster-create',
      cluster: 'prod-vpc',
      provider: 'vpc-gen2',
      region: 'us-south'
    })
    const name = findingOf(report, 'cluster-name', 'prod-vpc')
    expect(name.messageId).toBe('cluster-name.taken')
    expect(name.operation).toBeUndefined()
    expect(report.operation).toBe('cluster-create')
  })

  test('CLI --terraform-plan: what the plan holds and is not pre-flighted is said on stderr', async () => {
    emu = await start('healthy-mixed')
    let out = ''
    let err = ''
    const code = await cli(
      ['--terraform-plan', plan('vpc-cluster-update'), '--format', 'json'],
      {
        stdout: s => (out += s),
        stderr: s => (err += s),
        env: {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey},
        isTTY: false
      }
    )
    expect(err).toContain(
      'ibm_container_vpc_cluster.cluster (update) tags is not pre-flighted: the change is not sent to IKS [not-an-iks-operation]'
    )
    const report = JSON.parse(out) as {operation: string; result: string}
    expect(report.operation).toBe('cluster-update, worker-replace')
    // prod-vpc is healthy in this world: both operations can go ahead.
    expect(report.result).toBe('pass')
    expect(code).toBe(EXIT.pass)
  })
})
