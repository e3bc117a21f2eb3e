/** cluster-state (issue 11 item 2): cluster, master and worker states vs the operation, from inputs and from a plan. */
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {start, type Emulator} from './emulator/index.js'

const PLANS = 'test/fixtures/terraform-plans'

describe('cluster-state', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  const statesOf = (
    report: Awaited<ReturnType<typeof preflight>>,
    target: string
  ): Array<[string, string]> =>
    findingsOf(report, 'cluster-state', target).map(f => [
      f.status,
      f.messageId
    ])

  test('pass: a settled cluster, master and workers (the workers are read for a worker operation)', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'worker-reboot',
      cluster: 'prod-classic'
    })
    expect(statesOf(report, 'prod-classic')).toEqual([
      ['pass', 'cluster-state.pass']
    ])
    expect(emu.count({service: 'iks', path: /getWorkers/})).toBeGreaterThan(0)
  })

  test('pass for a master operation claims nothing about workers', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'cluster-update',
      cluster: 'prod-vpc'
    })
    expect(statesOf(report, 'prod-vpc')).toEqual([
      ['pass', 'cluster-state.pass-cluster']
    ])
  })

  test('fail: cluster-update while the master is updating (Ef9cc)', async () => {
    emu = await start('cluster-busy')
    const report = await preflight(emu, {
      operation: 'cluster-update',
      cluster: 'prod-vpc'
    })
    expect(statesOf(report, 'prod-vpc')).toEqual([
      ['fail', 'cluster-state.master']
    ])
    expect(report.result).toBe('fail')
  })

  test('warn: a worker operation meets a master update and a reloading worker, listed by ID', async () => {
    emu = await start('cluster-busy')
    const report = await preflight(emu, {
      operation: 'worker-reboot',
      cluster: 'prod-vpc'
    })
    expect(statesOf(report, 'prod-vpc')).toEqual([
      ['warn', 'cluster-state.master'],
      ['warn', 'cluster-state.workers']
    ])
    const workers = findingsOf(report, 'cluster-state', 'prod-vpc')[1]!
    expect(workers.details).toEqual([
      'kube-cvpcprod000000000001-prodvpc-default-00000202 (pool default): reloading, pending reload',
      // Without the workers input every worker is judged, and the report says so.
      'The workers input names no worker: every worker of the cluster was judged.'
    ])
    expect(commandsOf(workers)).toEqual([
      'ibmcloud ks worker ls --cluster cvpcprod000000000001'
    ])
    // cluster-access only says the cluster can be read: the state is one finding, here.
    expect(findingsOf(report, 'cluster-access', 'prod-vpc')).toMatchObject([
      {status: 'pass'}
    ])
  })

  test('worker-pool narrows the workers: a busy worker of another pool does not count', async () => {
    emu = await start('cluster-busy')
    const report = await preflight(emu, {
      operation: 'worker-reload',
      cluster: 'prod-vpc',
      'worker-pool': 'edge'
    })
    expect(statesOf(report, 'prod-vpc')).toEqual([
      ['warn', 'cluster-state.master']
    ])
  })

  test('fail: an unsupported cluster before worker-add; a delete passes in any state', async () => {
    emu = await start('cluster-unsupported')
    const add = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(statesOf(add, 'prod-classic')).toEqual([
      ['fail', 'cluster-state.state'],
      ['warn', 'cluster-state.workers']
    ])
    const del = await preflight(emu, {
      operation: 'cluster-delete',
      cluster: 'prod-classic'
    })
    expect(statesOf(del, 'prod-classic')).toEqual([
      ['pass', 'cluster-state.pass-delete']
    ])
  })

  test('a cluster that cannot be read is one root cause: cluster-state is not checked', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'worker-reload',
      cluster: 'no-such-cluster'
    })
    expect(statesOf(report, 'no-such-cluster')).toEqual([
      ['skip', 'common.needs']
    ])
  })

  test('from a plan: classic cluster-update warns on an unsupported cluster, the worker-reload after it fails', async () => {
    emu = await start('cluster-unsupported')
    const report = await preflight(emu, {
      'terraform-plan': `${PLANS}/classic-cluster-update.json`
    })
    expect(statesOf(report, 'prod-classic · cluster-update')).toEqual([
      ['warn', 'cluster-state.state']
    ])
    expect(statesOf(report, 'prod-classic · worker-reload')).toEqual([
      ['fail', 'cluster-state.state'],
      ['warn', 'cluster-state.workers']
    ])
  })

  test('from a plan: vpc cluster-update fails on a busy master, worker-replace warns; pass on a healthy world', async () => {
    emu = await start('cluster-busy')
    const busy = await preflight(emu, {
      'terraform-plan': `${PLANS}/vpc-cluster-update.json`
    })
    expect(statesOf(busy, 'prod-vpc · cluster-update')).toEqual([
      ['fail', 'cluster-state.master']
    ])
    expect(statesOf(busy, 'prod-vpc · worker-replace')).toEqual([
      ['warn', 'cluster-state.master'],
      ['warn', 'cluster-state.workers']
    ])
    await emu.close()
    emu = await start('healthy-mixed')
    const healthy = await preflight(emu, {
      'terraform-plan': `${PLANS}/vpc-cluster-update.json`
    })
    expect(statesOf(healthy, 'prod-vpc · cluster-update')).toEqual([
      ['pass', 'cluster-state.pass-cluster']
    ])
    expect(statesOf(healthy, 'prod-vpc · worker-replace')).toEqual([
      ['pass', 'cluster-state.pass']
    ])
  })
})
