/** vpc-security-groups (issues 12, 19): the VPC's security-group quota and the shared VPE group's unique remotes on a create. */
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {InputError, parseConfig, type RawInputs} from '../src/config/inputs.js'
import type {Report} from '../src/report/model.js'
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {loadScenario, start, type Emulator} from './emulator/index.js'

const PLANS = 'test/fixtures/terraform-plans'
const PROD_VPC = 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'
// The VPC of the vpc-cluster-create plan; no cluster of the world is in it.
const PLAN_VPC = 'r006-6a2f3b4c-1d2e-4f5a-8b9c-0d1e2f3a4b5c'
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

const PART =
  ' VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).'

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
      `VPC ${PROD_VPC} shows this key 5 security group(s); creating 1 cluster(s) adds 3: 8 of the quota of 100. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).`
    ])
    expect(f!.details).toEqual([
      `kube-vpegw-${PROD_VPC} exists: the new cluster reuses it.`,
      'Worker groups of clusters (kube-<cluster ID>): 1; groups not named kube-…: 1.',
      `kube-vpegw-${PROD_VPC} has 1 unique remote(s) of VPC's limit of 15; a create adds one per cluster.`
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
        `VPC ${PROD_VPC} shows this key 97 security group(s); creating 1 cluster(s) adds 3: 100 of the quota of 100. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).`
      ]
    ])
    expect(groupPages(emu)).toBe(3)
    emu.clearRequests()
    const other = await preflight(emu, create(PLAN_VPC))
    const [f] = findingsOf(other, 'vpc-security-groups', 'new-vpc-cluster')
    expect([f!.status, f!.summary]).toEqual([
      'pass',
      `VPC ${PLAN_VPC} shows this key 96 security group(s); creating 1 cluster(s) adds 4: 100 of the quota of 100. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).`
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
        `VPC ${PLAN_VPC} shows this key 97 security group(s); creating 1 cluster(s) adds 4: 101 of the quota of 150. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).`
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
        `VPC ${PLAN_VPC} shows this key 96 security group(s); creating 1 cluster(s) adds 4: 100 of the quota of 100. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).`
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
      ['fail', 'vpc-security-groups.shared-remotes'],
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

  // The shared group's 25 remotes are 25 unique ones: VPC refuses a 26th (ErrorSecurityGroupRuleOverQuota,
  // ts-sbd-cluster-create-quota), so this is a fail now; it was a warning before issue 19.
  test('fail by inputs: 25 clusters already in the VPC: the shared group has 25 unique remotes (VPC allows 15); over IBM recommended 25 clusters warns', async () => {
    emu = await start('sg-many-clusters')
    const report = await preflight(emu, create(PLAN_VPC))
    const found = verdicts(report, 'new-vpc-cluster')
    expect(found).toEqual([
      [
        'pass',
        'vpc-security-groups.pass-create',
        `VPC ${PLAN_VPC} shows this key 52 security group(s); creating 1 cluster(s) adds 3: 55 of the quota of 100. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).`
      ],
      [
        'fail',
        'vpc-security-groups.shared-remotes',
        `The shared group kube-vpegw-${PLAN_VPC} already has 25 unique remote(s); creating 1 cluster(s) adds as many, 26 in all, over VPC's limit of 15 unique remotes per security group.`
      ],
      [
        'warn',
        'vpc-security-groups.many-clusters',
        `VPC ${PLAN_VPC} already holds 25 cluster(s); IBM recommends at most 25 clusters per VPC.`
      ]
    ])
    expect(report.result).toBe('fail')
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

describe('vpc-security-groups: the shared VPE group and what the key may see', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('fail: a create that would add a 16th unique remote to kube-vpegw-<VPC ID>; 15 passes', async () => {
    emu = await start('sg-shared-remotes-full')
    const report = await preflight(emu, create(PROD_VPC))
    const found = findingsOf(report, 'vpc-security-groups', 'new-vpc-cluster')
    expect(found.map(f => [f.status, f.messageId, f.rule])).toEqual([
      ['pass', 'vpc-security-groups.pass-create', undefined],
      [
        'fail',
        'vpc-security-groups.shared-remotes',
        'vpc-security-groups.shared-vpe-remotes'
      ]
    ])
    expect(found[1]!.summary).toBe(
      `The shared group kube-vpegw-${PROD_VPC} already has 15 unique remote(s); creating 1 cluster(s) adds as many, 16 in all, over VPC's limit of 15 unique remotes per security group.`
    )
    expect(found[1]!.why).toContain('ErrorSecurityGroupRuleOverQuota')
    expect(commandsOf(found[1]!)[0]).toBe('ibmcloud target -r us-south')
    expect(report.result).toBe('fail')
    await emu.close()

    const world = loadScenario('sg-shared-remotes-full')
    emu = await start({
      ...world,
      securityGroups: world.securityGroups.map(g => ({
        ...g,
        extraRemoteRules: g.extraRemoteRules - 1
      }))
    })
    const ok = findingsOf(
      await preflight(emu, create(PROD_VPC)),
      'vpc-security-groups',
      'new-vpc-cluster'
    )
    expect(ok.map(f => f.status)).toEqual(['pass'])
    expect(ok[0]!.details).toContain(
      `kube-vpegw-${PROD_VPC} has 14 unique remote(s) of VPC's limit of 15; a create adds one per cluster.`
    )
  })

  test('load-balancer node ports: 40 rules in kube-<clusterID>, one remote (kube-lbaas-<clusterID>): adding workers, zones or pools is not checked; a create in the VPC passes', async () => {
    emu = await start('sg-lb-node-ports')
    for (const operation of [
      'worker-add',
      'zone-add',
      'worker-pool-create',
      'worker-pool-resize'
    ]) {
      const report = await preflight(emu, {operation, cluster: 'prod-vpc'})
      // This was a fail (15 remote rules on kube-<clusterID>, the July 2025 NHC010 text) before issue 19.
      expect(verdicts(report, 'prod-vpc').map(v => [v[0], v[1]])).toEqual([
        ['skip', 'common.not-for-operation']
      ])
    }
    expect(groupPages(emu)).toBe(0)
    const report = await preflight(emu, create(PROD_VPC))
    expect(
      findingsOf(report, 'vpc-security-groups', 'new-vpc-cluster').map(
        f => f.status
      )
    ).toEqual(['pass'])
    // The rules are there, as IKS adds them: 40 rules whose remote is kube-lbaas-<clusterID>.
    const [list] = emu.requests.filter(r => r.path === '/security_groups')
    const groups = (
      list!.reply as {
        security_groups: Array<{
          name: string
          rules: Array<{remote: {name?: string}}>
        }>
      }
    ).security_groups
    const workers = groups.find(g => g.name === 'kube-cvpcprod000000000001')!
    expect(
      workers.rules.filter(
        r => r.remote.name === 'kube-lbaas-cvpcprod000000000001'
      )
    ).toHaveLength(41)
  })

  test('a partly visible list: the count is what the key sees, and the pass says the VPC may hold more', async () => {
    emu = await start('sg-partly-visible')
    const report = await preflight(emu, create(PROD_VPC))
    const [f] = findingsOf(report, 'vpc-security-groups', 'new-vpc-cluster')
    expect([f!.status, f!.summary]).toEqual([
      'pass',
      `VPC ${PROD_VPC} shows this key 4 security group(s); creating 1 cluster(s) adds 3: 7 of the quota of 100.${PART}`
    ])
    await emu.close()
    // 97 groups, one hidden from the key: 96 + 4 fits, so it passes, and the pass says the count may be partial.
    const world = loadScenario('sg-quota-full')
    emu = await start({
      ...world,
      apiKeys: world.apiKeys.map(k => ({
        ...k,
        hiddenSecurityGroups: ['app-sg-001']
      }))
    })
    const [g] = findingsOf(
      await preflight(emu, create(PLAN_VPC)),
      'vpc-security-groups',
      'new-vpc-cluster'
    )
    expect([g!.status, g!.summary]).toEqual([
      'pass',
      `VPC ${PLAN_VPC} shows this key 96 security group(s); creating 1 cluster(s) adds 4: 100 of the quota of 100.${PART}`
    ])
  })

  test('only for creates of VPC clusters', async () => {
    emu = await start('sg-remote-rules')
    const reboot = await preflight(emu, {
      operation: 'worker-reboot',
      cluster: 'prod-vpc'
    })
    expect(verdicts(reboot, 'prod-vpc').map(v => v[1])).toEqual([
      'common.not-for-operation'
    ])
    const classic = await preflight(emu, {
      ...create(),
      provider: 'classic'
    })
    expect(verdicts(classic, 'new-vpc-cluster').map(v => v[1])).toEqual([
      'common.not-for-provider'
    ])
    expect(groupPages(emu)).toBe(0)
  })

  test('a VPC error on the list is "could not verify", naming the VPC role', async () => {
    emu = await start('healthy-mixed')
    emu.setFaults([
      {service: 'vpc', path: '/security_groups', kind: 'status', status: 403}
    ])
    const report = await preflight(emu, create(PROD_VPC))
    const [f] = findingsOf(report, 'vpc-security-groups', 'new-vpc-cluster')
    expect(f!.status).toBe('error')
    expect(commandsOf(f!).join('\n')).toContain('--service-name is')
  })
})
