/** vpc-security-groups (issue 12): the VPC's security-group quota on a create, remote-rule limits when adding workers or zones. */
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {InputError, parseConfig, type RawInputs} from '../src/config/inputs.js'
import type {Report} from '../src/report/model.js'
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {loadScenario, start, type Emulator} from './emulator/index.js'

const PLANS = 'test/fixtures/terraform-plans'
const PROD_VPC = 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'
// The VPC of the vpc-cluster-create plan; no cluster of the world is in it.
const PLAN_VPC = 'r006-6a2f3b4c-1d2e-4f5a-8b9c-0d1e2f3a4b5c'
const DEV_VPC = 'r014-0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'
// The plan's pool joins the new cluster, whose ID is known after apply: one pass, cluster-create.
const CREATE_TARGET = 'prod-vpc'

const create = (vpc?: string): RawInputs => ({
  operation: 'cluster-create',
  cluster: 'new-vpc-cluster',
  provider: 'vpc-gen2',
  region: 'us-south',
  ...(vpc === undefined ? {} : {'vpc-id': vpc})
})
const plan = (name: string): RawInputs => ({
  'terraform-plan': `${PLANS}/${name}.json`,
  region: 'us-south'
})

const verdicts = (
  report: Report,
  target: string
): Array<[string, string, string]> =>
  findingsOf(report, 'vpc-security-groups', target).map(f => [
    f.status,
    f.messageId,
    f.summary
  ])

const groupPages = (emu: Emulator): number =>
  emu.count({service: 'vpc', path: '/security_groups'})

describe('vpc-security-groups: cluster create', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('pass: the VPC of prod-vpc has 5 groups and kube-vpegw-<VPC ID>, so the create adds 3', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, create(PROD_VPC))
    const [f, ...rest] = findingsOf(
      report,
      'vpc-security-groups',
      'new-vpc-cluster'
    )
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId, f!.summary]).toEqual([
      'pass',
      'vpc-security-groups.pass-create',
      `VPC ${PROD_VPC} has 5 security group(s); creating 1 cluster(s) adds 3: 8 of the quota of 100.`
    ])
    expect(f!.details).toEqual([
      `kube-vpegw-${PROD_VPC} exists: the new cluster reuses it.`,
      'Worker groups of clusters (kube-<cluster ID>): 1; groups not named kube-…: 1.'
    ])
    expect(groupPages(emu)).toBe(1)
    const [req] = emu.requests.filter(r => r.path === '/security_groups')
    expect(req!.query).toMatchObject({'vpc.id': PROD_VPC, limit: '100'})
  })

  test('pass at exactly the quota, read over 3 pages: 97 + 3 and, without the shared group, 96 + 4', async () => {
    emu = await start('sg-quota-edge')
    const report = await preflight(emu, create(PROD_VPC))
    expect(verdicts(report, 'new-vpc-cluster')).toEqual([
      [
        'pass',
        'vpc-security-groups.pass-create',
        `VPC ${PROD_VPC} has 97 security group(s); creating 1 cluster(s) adds 3: 100 of the quota of 100.`
      ]
    ])
    expect(groupPages(emu)).toBe(3)
    emu.clearRequests()
    const other = await preflight(emu, create(PLAN_VPC))
    const [f] = findingsOf(other, 'vpc-security-groups', 'new-vpc-cluster')
    expect([f!.status, f!.summary]).toEqual([
      'pass',
      `VPC ${PLAN_VPC} has 96 security group(s); creating 1 cluster(s) adds 4: 100 of the quota of 100.`
    ])
    expect(f!.details[0]).toBe(
      `kube-vpegw-${PLAN_VPC} does not exist yet: the new cluster creates it (the first Secure by Default cluster in the VPC).`
    )
    expect(groupPages(emu)).toBe(3)
  })

  test('fail: 97 groups and no cluster yet, the create would make 101; the fix lists, deletes, or asks for a quota', async () => {
    emu = await start('sg-quota-full')
    const report = await preflight(emu, create(PLAN_VPC))
    const [f, ...rest] = findingsOf(
      report,
      'vpc-security-groups',
      'new-vpc-cluster'
    )
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId, f!.summary]).toEqual([
      'fail',
      'vpc-security-groups.quota',
      `VPC ${PLAN_VPC} has 97 security group(s); creating 1 cluster(s) adds 4, 101 in all, over the quota of 100 per VPC.`
    ])
    expect(f!.why).toContain('kube-vpegw-<VPC ID>')
    expect(commandsOf(f!)).toEqual([
      'ibmcloud target -r us-south',
      `ibmcloud is security-groups --vpc ${PLAN_VPC}`,
      'ibmcloud is security-group-delete <security-group-id>'
    ])
    expect(f!.fix.map(s => s.text)).toEqual([
      'Delete at least 1 unused security group(s) of the VPC (never the kube-… groups of a live cluster):',
      'Or ask IBM for a higher security-group quota for the VPC in a support case (https://cloud.ibm.com/unifiedsupport/cases/add), then set security-group-quota to it.'
    ])
    expect(f!.details[2]).toMatch(
      /^Groups not named kube-…: app-sg-001, app-sg-002, .* … \(\+77\)$/
    )
    expect(groupPages(emu)).toBe(3)
    expect(report.result).toBe('fail')
  })

  test('security-group-quota: a quota IBM raised for the account turns the same VPC into a pass; a bad value names the input', async () => {
    emu = await start('sg-quota-full')
    const report = await preflight(emu, {
      ...create(PLAN_VPC),
      'security-group-quota': '150'
    })
    expect(verdicts(report, 'new-vpc-cluster')).toEqual([
      [
        'pass',
        'vpc-security-groups.pass-create',
        `VPC ${PLAN_VPC} has 97 security group(s); creating 1 cluster(s) adds 4: 101 of the quota of 150.`
      ]
    ])
    let e: unknown
    try {
      parseConfig(
        {
          ...create(PLAN_VPC),
          'api-key': emu.scenario.pipelineKey,
          'security-group-quota': '0'
        },
        CHECK_IDS,
        {}
      )
    } catch (err) {
      e = err
    }
    expect(e).toBeInstanceOf(InputError)
    expect((e as Error).message).toBe(
      'Input \'security-group-quota\': got "0"; allowed: a whole number from 1 to 10000.'
    )
  })

  test('from a plan (ibm_container_vpc_cluster create with vpc_id): fail, pass and warn as by inputs', async () => {
    emu = await start('sg-quota-full')
    const full = await preflight(emu, plan('vpc-cluster-create'))
    const fail = findingsOf(full, 'vpc-security-groups', CREATE_TARGET)
    expect(fail.map(f => [f.status, f.messageId])).toEqual([
      ['fail', 'vpc-security-groups.quota']
    ])
    expect(fail[0]!.summary).toContain(
      'creating 1 cluster(s) adds 4, 101 in all'
    )
    await emu.close()

    emu = await start('sg-quota-edge')
    const edge = await preflight(emu, plan('vpc-cluster-create'))
    expect(
      findingsOf(edge, 'vpc-security-groups', CREATE_TARGET).map(f => [
        f.status,
        f.summary
      ])
    ).toEqual([
      [
        'pass',
        `VPC ${PLAN_VPC} has 96 security group(s); creating 1 cluster(s) adds 4: 100 of the quota of 100.`
      ]
    ])
    await emu.close()

    emu = await start('sg-many-clusters')
    const many = await preflight(emu, plan('vpc-cluster-create'))
    expect(
      findingsOf(many, 'vpc-security-groups', CREATE_TARGET).map(f => [
        f.status,
        f.messageId
      ])
    ).toEqual([
      ['pass', 'vpc-security-groups.pass-create'],
      ['warn', 'vpc-security-groups.shared-rules.create'],
      ['warn', 'vpc-security-groups.many-clusters']
    ])
  })

  test('a plan that creates two clusters in one VPC counts both: 96 + 2 × 3 + 1 fails where one create passes', async () => {
    emu = await start('sg-quota-edge')
    const report = await preflight(emu, plan('vpc-two-cluster-creates'))
    for (const target of ['prod-vpc', 'prod-vpc-b']) {
      const [f, ...rest] = findingsOf(report, 'vpc-security-groups', target)
      expect(rest).toEqual([])
      expect([f!.status, f!.summary]).toEqual([
        'fail',
        `VPC ${PLAN_VPC} has 96 security group(s); creating 2 cluster(s) adds 7, 103 in all, over the quota of 100 per VPC.`
      ])
      expect(f!.details).toContain(
        'The plan creates 2 clusters in this VPC (prod-vpc, prod-vpc-b); their groups are counted together.'
      )
    }
    // Both creates read the one list (memoised): 3 pages, once.
    expect(groupPages(emu)).toBe(3)
  })

  test('warn by inputs: 25 clusters already in the VPC (IBM recommends 25 at most) and the shared group over 15 remote rules', async () => {
    emu = await start('sg-many-clusters')
    const report = await preflight(emu, create(PLAN_VPC))
    const found = verdicts(report, 'new-vpc-cluster')
    expect(found).toEqual([
      [
        'pass',
        'vpc-security-groups.pass-create',
        `VPC ${PLAN_VPC} has 52 security group(s); creating 1 cluster(s) adds 3: 55 of the quota of 100.`
      ],
      [
        'warn',
        'vpc-security-groups.shared-rules.create',
        `The shared group kube-vpegw-${PLAN_VPC} already has 25 remote rule(s) (IBM names a limit of 15); the new cluster adds one more.`
      ],
      [
        'warn',
        'vpc-security-groups.many-clusters',
        `VPC ${PLAN_VPC} already holds 25 cluster(s); IBM recommends at most 25 clusters per VPC.`
      ]
    ])
    expect(report.result).toBe('warn')
  })

  test('no vpc-id: not checked, naming the input; no security-group read', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, create())
    expect(verdicts(report, 'new-vpc-cluster')).toEqual([
      [
        'skip',
        'vpc-security-groups.needs-input',
        'Not checked: cluster-create needs the vpc-id input to count the security groups of the VPC.'
      ]
    ])
    expect(groupPages(emu)).toBe(0)
  })

  test('a plan that creates the VPC too: vpc_id known after apply, not checked', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, plan('vpc-cluster-create-new-vpc'))
    expect(verdicts(report, 'prod-vpc')).toEqual([
      [
        'skip',
        'vpc-security-groups.after-apply',
        'Not checked: ibm_container_vpc_cluster.cluster.vpc_id is known after apply.'
      ]
    ])
    expect(groupPages(emu)).toBe(0)
  })

  test('a VPC with no visible group (every VPC has its default group) is "could not verify", never a pass', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(
      emu,
      create('r006-00000000-0000-4000-8000-000000000000')
    )
    const [f] = findingsOf(report, 'vpc-security-groups', 'new-vpc-cluster')
    expect([f!.status, f!.messageId]).toEqual([
      'error',
      'vpc-security-groups.none-visible'
    ])
    expect(commandsOf(f!)).toEqual([
      'ibmcloud target -r us-south',
      'ibmcloud is vpc r006-00000000-0000-4000-8000-000000000000'
    ])
  })

  test('a classic create is not for this check', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      ...create(),
      provider: 'classic'
    })
    expect(verdicts(report, 'new-vpc-cluster').map(v => v[1])).toEqual([
      'common.not-for-provider'
    ])
  })
})

describe('vpc-security-groups: adding workers or zones to a cluster', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('pass: every group of prod-vpc is under 15 remote rules; the details give each count', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'zone-add',
      cluster: 'prod-vpc'
    })
    const [f, ...rest] = findingsOf(report, 'vpc-security-groups', 'prod-vpc')
    expect(rest).toEqual([])
    expect([f!.status, f!.summary]).toEqual([
      'pass',
      "Cluster prod-vpc's security groups are under IBM's limit of 15 remote rules per group."
    ])
    expect(f!.details).toEqual([
      'kube-cvpcprod000000000001: 5/15',
      'kube-vpegw-cvpcprod000000000001: 2/15',
      `kube-vpegw-${PROD_VPC}: 1/15`
    ])
    const [req] = emu.requests.filter(r => r.path === '/security_groups')
    expect(req!.query['vpc.id']).toBe(PROD_VPC)
  })

  test.each(['worker-add', 'worker-pool-create', 'worker-pool-resize'])(
    'fail on %s: the worker group kube-<cluster ID> is at 15 remote rules (NHC010)',
    async operation => {
      emu = await start('sg-remote-rules')
      const report = await preflight(emu, {operation, cluster: 'prod-vpc'})
      const [f, ...rest] = findingsOf(report, 'vpc-security-groups', 'prod-vpc')
      expect(rest).toEqual([])
      expect([f!.status, f!.messageId, f!.summary]).toEqual([
        'fail',
        'vpc-security-groups.remote-rules',
        `Cluster prod-vpc's security group kube-cvpcprod000000000001 has 15 remote rule(s), at IBM's limit of 15 (NHC010): ${operation} may fail.`
      ])
      expect(f!.why).toContain('NHC010')
      expect(commandsOf(f!)).toEqual([
        'ibmcloud target -r us-south',
        expect.stringMatching(
          /^ibmcloud is security-group-rules r006-[0-9a-f-]{36}$/
        )
      ])
    }
  )

  test('warn: the cluster VPE group and the shared VPE group at 15 remote rules (the limit may not apply to them)', async () => {
    emu = await start('sg-remote-rules')
    const report = await preflight(emu, {
      operation: 'zone-add',
      cluster: 'dev-vpc'
    })
    expect(verdicts(report, 'dev-vpc')).toEqual([
      [
        'warn',
        'vpc-security-groups.vpe-rules',
        "The cluster's VPE gateway group kube-vpegw-cvpcdev0000000000002 has 15 remote rule(s), at IBM's limit of 15 remote rules per group (NHC010)."
      ],
      [
        'warn',
        'vpc-security-groups.shared-rules',
        `The shared group kube-vpegw-${DEV_VPC} has 15 remote rule(s); IBM names a limit of 15 remote rules per group (NHC010).`
      ]
    ])
    expect(report.result).toBe('warn')
    const [req] = emu.requests.filter(r => r.path === '/security_groups')
    expect(req!.query['vpc.id']).toBe(DEV_VPC)
  })

  test('from a plan: a pool shrunk to 0 adds no worker (not checked); a size known after apply is checked', async () => {
    emu = await start('sg-remote-rules')
    const report = await preflight(emu, {
      'terraform-plan': `${PLANS}/vpc-worker-pool-shrink.json`
    })
    expect(verdicts(report, 'prod-vpc')).toEqual([
      [
        'skip',
        'vpc-security-groups.not-adding',
        'Not checked: the plan adds no worker to cluster prod-vpc (every resized pool keeps or lowers its size).'
      ]
    ])
    expect(verdicts(report, 'dev-vpc').map(v => [v[0], v[1]])).toEqual([
      ['warn', 'vpc-security-groups.vpe-rules'],
      ['warn', 'vpc-security-groups.shared-rules']
    ])
  })

  test('a group VPC sends without its rules is "could not verify"; so is a cluster without its worker group', async () => {
    const world = loadScenario('healthy-mixed')
    emu = await start({
      ...world,
      securityGroups: [
        {
          name: 'kube-cvpcprod000000000001',
          vpcId: PROD_VPC,
          region: 'us-south',
          omitRules: true,
          extraRemoteRules: 0
        }
      ]
    })
    const report = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-vpc'
    })
    expect(verdicts(report, 'prod-vpc')).toEqual([
      [
        'error',
        'vpc-security-groups.rules-unknown',
        `Could not verify: VPC sent security group kube-cvpcprod000000000001 of VPC ${PROD_VPC} without its rules.`
      ]
    ])
    await emu.close()

    // Only the master VPE group, under the limit: the worker group NHC010 names was not seen, so no pass.
    emu = await start({
      ...world,
      deriveSecurityGroups: false,
      securityGroups: [
        {
          name: 'kube-vpegw-cvpcprod000000000001',
          vpcId: PROD_VPC,
          region: 'us-south',
          rules: [],
          extraRemoteRules: 2,
          omitRules: false
        }
      ]
    })
    const none = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-vpc'
    })
    expect(verdicts(none, 'prod-vpc')).toEqual([
      [
        'error',
        'vpc-security-groups.cluster-groups-missing',
        `Could not verify: VPC ${PROD_VPC} has no security group kube-cvpcprod000000000001, the worker group of cluster prod-vpc.`
      ]
    ])
  })

  test('only for creates and operations that add workers or zones, and only VPC clusters', async () => {
    emu = await start('sg-remote-rules')
    const reboot = await preflight(emu, {
      operation: 'worker-reboot',
      cluster: 'prod-vpc'
    })
    expect(verdicts(reboot, 'prod-vpc').map(v => v[1])).toEqual([
      'common.not-for-operation'
    ])
    const classic = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(verdicts(classic, 'prod-classic').map(v => v[1])).toEqual([
      'common.not-for-provider'
    ])
    expect(groupPages(emu)).toBe(0)
  })

  test('a VPC error on the list is "could not verify", naming the VPC role', async () => {
    emu = await start('healthy-mixed')
    emu.setFaults([
      {service: 'vpc', path: '/security_groups', kind: 'status', status: 403}
    ])
    const report = await preflight(emu, {
      operation: 'zone-add',
      cluster: 'prod-vpc'
    })
    const [f] = findingsOf(report, 'vpc-security-groups', 'prod-vpc')
    expect(f!.status).toBe('error')
    expect(commandsOf(f!).join('\n')).toContain('--service-name is')
  })
})
