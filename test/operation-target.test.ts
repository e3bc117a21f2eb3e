/** operation-target (issue 20): what an operation names resolves in IKS before any check judges it. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {InputError, parseConfig, type RawInputs} from '../src/config/inputs.js'
import type {Report} from '../src/report/model.js'
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {start, type Emulator} from './emulator/index.js'

const PLANS = 'test/fixtures/terraform-plans'
const VPC_POOL_ID = 'cvpcprod000000000001-5e0a9c1'
const EDGE_ID = 'cq8f1kq20r7b3m4n5p6g'

describe('operation-target', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  /** [status, message id, summary] of each finding of one check on one target. */
  const of = (
    report: Report,
    check: string,
    target: string
  ): Array<[string, string, string]> =>
    findingsOf(report, check, target).map(f => [
      f.status,
      f.messageId,
      f.summary
    ])
  const needs: [string, string, string] = [
    'skip',
    'common.needs',
    'Not checked: needs operation-target.'
  ]

  describe('a pool IKS does not have is one fail; the checks that read it wait', () => {
    const base = {cluster: 'prod-vpc', 'worker-pool': 'nosuch'}
    const cases: Array<[string, RawInputs, string[]]> = [
      [
        'worker-pool-resize',
        {...base, 'workers-per-zone': '2'},
        ['worker-minimum', 'flavor']
      ],
      ['worker-pool-delete', base, ['worker-minimum']],
      ['worker-add', base, ['flavor']],
      ['zone-add', {...base, zones: 'us-south-3'}, ['flavor', 'vpc-subnets']]
    ]
    test.each(cases)('%s', async (operation, inputs, dependants) => {
      emu = await start('healthy-mixed')
      const report = await preflight(emu, {operation, ...inputs})
      expect(of(report, 'operation-target', 'prod-vpc')).toEqual([
        [
          'fail',
          'operation-target.pool-unknown',
          'IKS has no worker pool nosuch in cluster prod-vpc; pools: default.'
        ]
      ])
      const [f] = findingsOf(report, 'operation-target', 'prod-vpc')
      expect(commandsOf(f!)).toEqual([
        'ibmcloud ks worker-pool ls --cluster cvpcprod000000000001'
      ])
      for (const check of dependants)
        expect(of(report, check, 'prod-vpc')).toEqual([needs])
      // Nothing that reads the pool passes.
      expect(
        report.findings.filter(
          x => dependants.includes(x.check) && x.status === 'pass'
        )
      ).toEqual([])
      expect(report.result).toBe('fail')
    })
  })

  describe('a pool given by its ID is the same pool as by its name', () => {
    // prod-vpc is a Kubernetes cluster: deleting its only pool leaves none, which IBM's pages leave unclear
    // (worker-minimum.kubernetes-zero warns); by ID it must be judged exactly as by name.
    test('deleting the only pool by ID is judged by worker-minimum as by name', async () => {
      emu = await start('operation-targets')
      for (const pool of [VPC_POOL_ID, 'default']) {
        const report = await preflight(emu, {
          operation: 'worker-pool-delete',
          cluster: 'prod-vpc',
          'worker-pool': pool
        })
        expect(
          of(report, 'operation-target', 'prod-vpc')[0]!.slice(0, 2)
        ).toEqual(['pass', 'operation-target.pass'])
        const [f] = findingsOf(report, 'worker-minimum', 'prod-vpc')
        expect([f!.status, f!.messageId, f!.summary]).toEqual([
          'warn',
          'worker-minimum.zero',
          'Cluster prod-vpc would keep no workers after worker-pool-delete (3 now).'
        ])
      }
    })

    test('a resize to 0 by ID is counted, not skipped', async () => {
      emu = await start('operation-targets')
      const report = await preflight(emu, {
        operation: 'worker-pool-resize',
        cluster: 'prod-vpc',
        'worker-pool': VPC_POOL_ID,
        'workers-per-zone': '0'
      })
      const [f] = findingsOf(report, 'worker-minimum', 'prod-vpc')
      expect([f!.status, f!.messageId]).toEqual(['warn', 'worker-minimum.zero'])
      expect(f!.details).toContain(
        'pool default: 3 → 0 (0 × 3 zone(s): us-south-1, us-south-2, us-south-3)'
      )
      const [t] = findingsOf(report, 'operation-target', 'prod-vpc')
      expect(t!.details).toEqual([
        `pool ${VPC_POOL_ID}: default (${VPC_POOL_ID}), zones us-south-1, us-south-2, us-south-3`
      ])
    })

    test('healthy: a resize by ID that keeps workers passes everywhere', async () => {
      emu = await start('operation-targets')
      const report = await preflight(emu, {
        operation: 'worker-pool-resize',
        cluster: 'prod-vpc',
        'worker-pool': VPC_POOL_ID,
        'workers-per-zone': '2'
      })
      expect(of(report, 'operation-target', 'prod-vpc')).toEqual([
        [
          'pass',
          'operation-target.pass',
          'Everything the worker-pool-resize names resolves in cluster prod-vpc.'
        ]
      ])
      expect(findingsOf(report, 'worker-minimum', 'prod-vpc')[0]!.status).toBe(
        'pass'
      )
      expect(findingsOf(report, 'flavor', 'prod-vpc')[0]!.status).toBe('pass')
    })
  })

  describe('a new pool needs a name the cluster does not use (E0d39)', () => {
    test('from inputs: an existing name fails, a new one passes', async () => {
      emu = await start('healthy-mixed')
      const create = (name: string): RawInputs => ({
        operation: 'worker-pool-create',
        cluster: 'prod-vpc',
        'worker-pool': name,
        flavor: 'bx2.4x16',
        'workers-per-zone': '1'
      })
      const taken = await preflight(emu, create('default'))
      expect(of(taken, 'operation-target', 'prod-vpc')).toEqual([
        [
          'fail',
          'operation-target.pool-name-taken',
          'Cluster prod-vpc already has a worker pool named default; IKS refuses a second pool of the same name (E0d39).'
        ]
      ])
      expect(of(taken, 'flavor', 'prod-vpc')).toEqual([needs])
      const free = await preflight(emu, create('batch'))
      expect(of(free, 'operation-target', 'prod-vpc')[0]!.slice(0, 2)).toEqual([
        'pass',
        'operation-target.pass'
      ])
      expect(
        findingsOf(free, 'operation-target', 'prod-vpc')[0]!.details
      ).toEqual(['pool batch: a new name in cluster prod-vpc'])
    })

    /** vpc-worker-pool-replace.json replaces pool edge of edge-vpc with create_before_destroy (create, delete). */
    const replacePlan = (actions: string[]): string => {
      const plan = JSON.parse(
        readFileSync(`${PLANS}/vpc-worker-pool-replace.json`, 'utf8')
      ) as {resource_changes: Array<{change: {actions: string[]}}>}
      plan.resource_changes[0]!.change.actions = actions
      const file = join(mkdtempSync(join(tmpdir(), 'targets-')), 'plan.json')
      writeFileSync(file, JSON.stringify(plan))
      return file
    }

    test('a plan: create_before_destroy keeping the name fails; delete-then-create passes', async () => {
      emu = await start('vpc-subnets')
      const first = await preflight(emu, {
        'terraform-plan': `${PLANS}/vpc-worker-pool-replace.json`
      })
      const created = first.findings.filter(
        f => f.check === 'operation-target' && f.target.startsWith(EDGE_ID)
      )
      expect(
        created
          .filter(f => f.status !== 'skip')
          .map(f => [f.status, f.messageId, f.summary])
      ).toContainEqual([
        'fail',
        'operation-target.pool-name-taken-replace',
        'ibm_container_vpc_worker_pool.edge replaces worker pool edge of cluster edge-vpc by creating the new pool before it deletes the old one (create_before_destroy); IKS refuses the create while the old pool holds the name (E0d39).'
      ])
      expect(first.result).toBe('fail')

      const ordered = await preflight(emu, {
        'terraform-plan': replacePlan(['delete', 'create'])
      })
      const verdicts = ordered.findings.filter(
        f => f.check === 'operation-target' && f.target.startsWith(EDGE_ID)
      )
      expect(verdicts.filter(f => f.status === 'fail')).toEqual([])
      expect(
        verdicts.find(f => f.operation === 'worker-pool-create')?.details
      ).toEqual([
        'pool edge: the plan deletes the pool of this name first',
        'zones us-south-1, us-south-2: VPC zones of region us-south'
      ])
    })

    test('a plan that deletes the pool in one resource and creates its name in another warns (order unknown)', async () => {
      const del = JSON.parse(
        readFileSync(`${PLANS}/vpc-worker-pool-delete.json`, 'utf8')
      ) as {resource_changes: Array<{address: string; name: string}>}
      const add = JSON.parse(
        readFileSync(`${PLANS}/vpc-worker-pool-create.json`, 'utf8')
      ) as {resource_changes: Array<{address: string; name: string}>}
      const created = add.resource_changes[0]!
      created.address = 'ibm_container_vpc_worker_pool.edge_new'
      created.name = 'edge_new'
      del.resource_changes.push(created)
      const file = join(mkdtempSync(join(tmpdir(), 'targets-')), 'plan.json')
      writeFileSync(file, JSON.stringify(del))
      emu = await start('vpc-subnets')
      const report = await preflight(emu, {'terraform-plan': file})
      const verdicts = report.findings.filter(
        f =>
          f.check === 'operation-target' &&
          f.target.startsWith(EDGE_ID) &&
          f.operation === 'worker-pool-create'
      )
      expect(verdicts.map(f => [f.status, f.messageId])).toEqual([
        ['warn', 'operation-target.pool-name-order']
      ])
    })
  })

  describe('zones resolve against the region', () => {
    const create = (zones: string, region = 'us-south'): RawInputs => ({
      operation: 'cluster-create',
      cluster: 'new-cluster',
      region,
      provider: 'vpc-gen2',
      flavor: 'bx2.4x16',
      zones
    })

    test('a VPC create in us-south with eu-de-1 is one fail naming the region of the zone', async () => {
      emu = await start('healthy-vpc')
      const report = await preflight(emu, create('eu-de-1'))
      expect(of(report, 'operation-target', 'new-cluster')).toEqual([
        [
          'fail',
          'operation-target.zone-region',
          'Zone(s) eu-de-1 of the cluster-create are not IKS VPC zones of region us-south; its zones: us-south-1, us-south-2, us-south-3.'
        ]
      ])
      const [f] = findingsOf(report, 'operation-target', 'new-cluster')
      expect(f!.details).toEqual(['eu-de-1: a zone of region eu-de'])
      expect(commandsOf(f!)).toEqual([
        'ibmcloud ks zone ls --provider vpc-gen2'
      ])
      for (const check of ['vpc-region', 'flavor', 'vpc-subnets'])
        expect(of(report, check, 'new-cluster')).toEqual([needs])
      expect(report.result).toBe('fail')
    })

    test('healthy: zones of the region pass, and so do vpc-region and flavor', async () => {
      emu = await start('healthy-vpc')
      const report = await preflight(emu, create('us-south-1,us-south-2'))
      expect(of(report, 'operation-target', 'new-cluster')).toEqual([
        [
          'pass',
          'operation-target.pass-zones',
          'Zones us-south-1, us-south-2 are IKS VPC zones of region us-south.'
        ]
      ])
      expect(findingsOf(report, 'vpc-region', 'new-cluster')[0]!.status).toBe(
        'pass'
      )
      expect(findingsOf(report, 'flavor', 'new-cluster')[0]!.status).toBe(
        'pass'
      )
    })

    test('a zone add to an existing VPC cluster of a zone of another region fails', async () => {
      emu = await start('healthy-mixed')
      const report = await preflight(emu, {
        operation: 'zone-add',
        cluster: 'prod-vpc',
        'worker-pool': 'default',
        zones: 'us-east-1'
      })
      expect(of(report, 'operation-target', 'prod-vpc')).toEqual([
        [
          'fail',
          'operation-target.zone-region',
          'Zone(s) us-east-1 of the zone-add are not IKS VPC zones of region us-south; its zones: us-south-1, us-south-2, us-south-3.'
        ]
      ])
    })

    test('classic: a zone IKS does not list fails; a listed one passes and says the region is not checked', async () => {
      emu = await start('healthy-mixed')
      const typo = await preflight(emu, {
        operation: 'zone-add',
        cluster: 'prod-classic',
        'worker-pool': 'default',
        zones: 'dal99'
      })
      expect(of(typo, 'operation-target', 'prod-classic')).toEqual([
        [
          'fail',
          'operation-target.zone-unknown',
          'Zone(s) dal99 of the zone-add are not classic zones IKS lists.'
        ]
      ])
      const [f] = findingsOf(typo, 'operation-target', 'prod-classic')
      expect(commandsOf(f!)).toEqual(['ibmcloud ks zone ls --provider classic'])
      expect(of(typo, 'flavor', 'prod-classic')).toEqual([needs])
      emu.clearRequests()
      const created = await preflight(emu, {
        operation: 'cluster-create',
        cluster: 'new-classic',
        region: 'us-south',
        provider: 'classic',
        zones: 'dal10'
      })
      expect(of(created, 'operation-target', 'new-classic')).toEqual([
        [
          'pass',
          'operation-target.pass-classic-zones',
          "Zones dal10 are classic zones IKS lists; IKS's list names their metro, not their region, so region us-south is not checked against them."
        ]
      ])
      expect(emu.count({service: 'iks', path: '/v1/zones'})).toBe(1)
    })
  })

  describe('a zone add of a zone the pool has warns (no public IBM source)', () => {
    test('warn for a zone already in the pool; pass for a new one', async () => {
      emu = await start('kms-pool-encrypted')
      const again = await preflight(emu, {
        operation: 'zone-add',
        cluster: 'prod-vpc',
        'worker-pool': 'edge',
        zones: 'us-south-2'
      })
      expect(of(again, 'operation-target', 'prod-vpc')).toEqual([
        [
          'warn',
          'operation-target.zone-in-pool',
          'Worker pool edge already has zone(s) us-south-2 (its zones: us-south-1, us-south-2): the zone-add adds nothing there, and IKS may refuse it.'
        ]
      ])
      // A warning blocks nothing: flavor still judges the zone.
      expect(findingsOf(again, 'flavor', 'prod-vpc')[0]!.messageId).not.toBe(
        'common.needs'
      )
      const fresh = await preflight(emu, {
        operation: 'zone-add',
        cluster: 'prod-vpc',
        'worker-pool': 'edge',
        zones: 'us-south-3'
      })
      expect(of(fresh, 'operation-target', 'prod-vpc')[0]!.slice(0, 2)).toEqual(
        ['pass', 'operation-target.pass']
      )
    })
  })

  test('nothing named: not checked, never a pass', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'worker-reboot',
      cluster: 'prod-vpc'
    })
    expect(of(report, 'operation-target', 'prod-vpc')).toEqual([
      [
        'skip',
        'operation-target.nothing',
        'Not checked: the worker-reboot names no worker pool or zone to resolve.'
      ]
    ])
    expect(emu.count({service: 'iks', path: '/v2/getWorkerPools'})).toBe(0)
  })

  test('Japanese: the unknown pool', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'worker-pool-delete',
      cluster: 'prod-vpc',
      'worker-pool': 'nosuch',
      language: 'ja'
    })
    expect(of(report, 'operation-target', 'prod-vpc')[0]![2]).toBe(
      'IKS のクラスター prod-vpc にワーカー・プール nosuch はありません。ワーカー・プール: default。'
    )
  })
})

describe('region from zones (issue 20 item 4)', () => {
  const KEY = {'api-key': 'emu-key-test-0000'}
  const create = (zones: string, provider = 'vpc-gen2'): RawInputs => ({
    ...KEY,
    operation: 'cluster-create',
    cluster: 'new-cluster',
    provider,
    zones
  })
  const inputError = (f: () => unknown): InputError => {
    try {
      f()
    } catch (e) {
      if (e instanceof InputError) return e
      throw e
    }
    throw new Error('expected an InputError')
  }

  test('VPC zones of one region give the region', () => {
    expect(parseConfig(create('us-south-1,us-south-2'), CHECK_IDS).region).toBe(
      'us-south'
    )
    // A region given wins: operation-target then judges the zones against it.
    expect(
      parseConfig({...create('eu-de-1'), region: 'us-south'}, CHECK_IDS).region
    ).toBe('us-south')
  })

  test('zones of two regions are an input error naming both', () => {
    const e = inputError(() =>
      parseConfig(create('us-south-1,eu-de-1'), CHECK_IDS)
    )
    expect(e.input).toBe('zones')
    expect(e.message).toContain('us-south: us-south-1; eu-de: eu-de-1')
  })

  test('classic zones name no region: the region input stays required', () => {
    const e = inputError(() =>
      parseConfig(create('dal10', 'classic'), CHECK_IDS)
    )
    expect(e.input).toBe('region')
  })
})
