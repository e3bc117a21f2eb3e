import {inCidr, zoneCoverage} from '../src/facts/vpe.js'
import {formatAge} from '../src/checks/worker-endpoints.js'
import {resolveEndpoints} from '../src/ibm/endpoints.js'
import {startOf, VPC_API_VERSION} from '../src/ibm/vpc.js'
import {pollDelayMs, pollIntervalMs} from '../src/remediate/vpe.js'
import type {Report} from '../src/report/model.js'
import {resolveDate} from './emulator/iks.js'
import {loadScenario, start, type Emulator} from './emulator/index.js'
import {
  commandsOf,
  findingOf,
  findingsOf,
  preflight
} from './support/preflight.js'

const CLUSTER_ID = 'cvpcprod000000000001'
const VPC = 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'
const GW = `iks-${CLUSTER_ID}`
const W = (n: string): string => `kube-${CLUSTER_ID}-prodvpc-default-${n}`
const REPLACE = {operation: 'worker-replace', cluster: 'prod-vpc'}
const REFRESH = `ibmcloud ks cluster master refresh -c ${CLUSTER_ID}`
const SHOW_GW = [
  'ibmcloud target -r us-south',
  `ibmcloud is endpoint-gateway ${GW}`
]
const replaceCmd = (id: string): string =>
  `ibmcloud ks worker replace --cluster ${CLUSTER_ID} --worker ${id}`

/** Run one pre-flight against a fresh emulator; the emulator stays readable after close. */
async function run(
  scenario: Parameters<typeof start>[0],
  inputs: Record<string, string> = {},
  setup?: (emu: Emulator) => void
): Promise<{report: Report; emu: Emulator}> {
  const emu = await start(scenario)
  setup?.(emu)
  try {
    return {report: await preflight(emu, {...REPLACE, ...inputs}), emu}
  } finally {
    await emu.close()
  }
}

// vpe-gateway's VPC reads; vpc-subnets reads the pools' subnets on worker-replace too (issue 19).
const vpcGets = (emu: Emulator) =>
  emu.requests.filter(
    r => r.service === 'vpc' && !r.path.startsWith('/subnets/')
  )
const refreshPuts = (emu: Emulator) =>
  emu.requests.filter(r => r.service === 'iks' && r.method === 'PUT')

describe('vpe-gateway', () => {
  test('healthy VPC cluster: the gateway passes with one filtered, versioned request', async () => {
    const {report, emu} = await run('healthy-vpc')
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('pass')
    expect(f.summary).toContain(
      `${GW} (r006-7a1b2c3d-0e1f-4a2b-8c3d-4e5f6a7b8c01) is stable, health ok`
    )
    const gets = vpcGets(emu)
    expect(gets).toHaveLength(1)
    expect(gets[0]).toMatchObject({method: 'GET', path: '/endpoint_gateways'})
    expect(gets[0]!.query).toMatchObject({
      version: VPC_API_VERSION,
      generation: '2',
      name: GW,
      'vpc.id': VPC,
      limit: '100'
    })
    expect(gets[0]!.headers.authorization).toMatch(/^Bearer /)
    expect(findingOf(report, 'worker-endpoints').status).toBe('pass')
  })

  test('missing gateway fails with the refresh fix, the look-up commands and the opt-in; nothing is changed', async () => {
    const {report, emu} = await run('vpe-missing')
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('fail')
    expect(f.summary).toBe(
      `The cluster's VPE gateway ${GW} is not in VPC ${VPC} (us-south).`
    )
    // The workers that cannot reach the master are this failure's symptom: their replace steps follow (issue 21).
    expect(commandsOf(f)).toEqual([
      REFRESH,
      ...SHOW_GW,
      `ibmcloud ks worker ls --cluster ${CLUSTER_ID}`,
      replaceCmd(W('00000101')),
      replaceCmd(W('00000202'))
    ])
    expect(f.fix.map(s => s.text).join('\n')).toContain('remediate: vpe')
    // Both names were looked for, each filtered by name and VPC.
    expect(vpcGets(emu).map(r => r.query.name)).toEqual([
      GW,
      `kube-${CLUSTER_ID}`
    ])
    expect(refreshPuts(emu)).toEqual([])
    expect(emu.refreshes()).toEqual([])
    expect(report.result).toBe('fail')
  })

  test('a kube-<cluster ID> gateway is accepted', async () => {
    const s = loadScenario('healthy-vpc')
    s.endpointGateways[0]!.name = `kube-${CLUSTER_ID}`
    const {report} = await run(s)
    expect(findingOf(report, 'vpe-gateway')).toMatchObject({status: 'pass'})
    expect(findingOf(report, 'vpe-gateway').summary).toContain(
      `kube-${CLUSTER_ID}`
    )
  })

  test('a gateway in another VPC does not count', async () => {
    const s = loadScenario('healthy-vpc')
    s.endpointGateways[0]!.vpcId = 'r006-00000000-other-vpc'
    const {report} = await run(s)
    expect(findingOf(report, 'vpe-gateway').status).toBe('fail')
  })

  test('failed gateway: failure whose fix is a support case, not a refresh', async () => {
    const {report} = await run('vpe-failed')
    // Lifecycle failed and health faulted are one gateway: one finding, the health its detail (issue 21).
    const [life, ...others] = findingsOf(report, 'vpe-gateway')
    expect(others).toEqual([])
    expect(life).toMatchObject({
      status: 'fail',
      summary: `VPE gateway ${GW} (r006-7a1b2c3d-0e1f-4a2b-8c3d-4e5f6a7b8c01) is in lifecycle state failed.`
    })
    expect(life!.fix[0]!.text).toContain('support case')
    expect(life!.fix[0]!.text).toContain(
      'r006-7a1b2c3d-0e1f-4a2b-8c3d-4e5f6a7b8c01'
    )
    expect(commandsOf(life!)).toEqual([
      'ibmcloud target -r us-south',
      'ibmcloud is endpoint-gateway r006-7a1b2c3d-0e1f-4a2b-8c3d-4e5f6a7b8c01'
    ])
    expect(commandsOf(life!)).not.toContain(REFRESH)
    expect(life!.details.join('\n')).toContain('health state faulted')
  })

  test('suspended gateway fails the same way', async () => {
    const s = loadScenario('healthy-vpc')
    s.endpointGateways[0]!.lifecycleState = 'suspended'
    const {report} = await run(s)
    expect(findingOf(report, 'vpe-gateway')).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining('lifecycle state suspended')
    })
  })

  test('pending gateway warns; its IPs are not judged yet', async () => {
    const {report} = await run('vpe-pending')
    const f = findingOf(report, 'vpe-gateway')
    expect(f).toMatchObject({
      status: 'warn',
      summary: expect.stringContaining('is pending, not yet Stable')
    })
    expect(report.result).toBe('warn')
  })

  test('pending with degraded health: one warning about the gateway, the health its detail; unknown states and health values warn too', async () => {
    const {report} = await run('vpe-unstable')
    const [f, ...others] = findingsOf(report, 'vpe-gateway')
    expect(others).toEqual([])
    expect([f!.status, f!.messageId]).toEqual([
      'warn',
      'vpe-gateway.transitional'
    ])
    expect(f!.details.join('\n')).toMatch(/health/)
    const s = loadScenario('healthy-vpc')
    s.endpointGateways[0]!.lifecycleState = 'hibernating'
    s.endpointGateways[0]!.healthState = 'wobbly'
    const odd = await run(s)
    expect(
      findingsOf(odd.report, 'vpe-gateway').map(f => [f.status, f.messageId])
    ).toEqual([['warn', 'vpe-gateway.unknown-state']])
  })

  test('a deleted reserved IP in one worker zone fails, names the zone and says to keep VPE IPs', async () => {
    const {report, emu} = await run('vpe-ip-deleted')
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain(
      'lost its reserved IP in worker zone us-south-3'
    )
    expect(f.details).toEqual(['us-south-3: reserved IP 10.240.128.9 deleted'])
    expect(commandsOf(f)).toEqual([REFRESH, ...SHOW_GW])
    expect(f.fix.at(-1)!.text).toMatch(/Do not delete reserved IPs/)
    expect(refreshPuts(emu)).toEqual([])
  })

  test('no IP at all in a worker zone fails (zone told from the worker subnet)', async () => {
    const s = loadScenario('healthy-vpc')
    s.endpointGateways[0]!.ips = s.endpointGateways[0]!.ips.filter(
      ip => ip.zone !== 'us-south-2'
    )
    const {report} = await run(s)
    const f = findingOf(report, 'vpe-gateway')
    expect(f).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining(
        'has no reserved IP in worker zone us-south-2'
      ),
      details: ['us-south-2: no reserved IP']
    })
  })

  test('many gateways over several pages, name filter ignored: follows next.href, re-sending version/generation', async () => {
    const {report, emu} = await run('vpe-many-pages')
    expect(findingOf(report, 'vpe-gateway').status).toBe('pass')
    const gets = vpcGets(emu)
    expect(gets).toHaveLength(3)
    for (const g of gets)
      expect(g.query).toMatchObject({
        version: VPC_API_VERSION,
        generation: '2',
        limit: '100'
      })
    expect(gets[0]!.query.start).toBeUndefined()
    expect(gets[1]!.query.start).toMatch(/^r006-/)
    expect(gets[2]!.query.start).not.toBe(gets[1]!.query.start)
  })

  test('missing gateway among many pages: every page of both names is read before "missing"', async () => {
    const s = loadScenario('vpe-many-pages')
    s.endpointGateways = s.endpointGateways.filter(g => g.name !== GW)
    const {report, emu} = await run(s)
    expect(findingOf(report, 'vpe-gateway').messageId).toBe(
      'vpe-gateway.missing'
    )
    expect(vpcGets(emu).map(r => r.query.name)).toEqual([
      GW,
      GW,
      GW,
      `kube-${CLUSTER_ID}`,
      `kube-${CLUSTER_ID}`,
      `kube-${CLUSTER_ID}`
    ])
  })

  test('VPC API errors are "could not verify", never a pass', async () => {
    const down = await run('healthy-vpc', {'timeout-seconds': '10'}, emu =>
      emu.setFaults([
        {
          service: 'vpc',
          path: '/endpoint_gateways',
          kind: 'status',
          status: 403
        }
      ])
    )
    expect(findingOf(down.report, 'vpe-gateway')).toMatchObject({
      status: 'error',
      summary: expect.stringMatching(
        /IBM Cloud VPC \(list endpoint gateways\) HTTP 403/
      )
    })
    const garbled = await run('healthy-vpc', {}, emu =>
      emu.setFaults([
        {service: 'vpc', path: '/endpoint_gateways', kind: 'wrongTypes'}
      ])
    )
    expect(findingOf(garbled.report, 'vpe-gateway').status).toBe('error')
  })

  test('applies to every operation on an existing VPC cluster; skipped with a reason elsewhere', async () => {
    const del = await run('healthy-vpc', {operation: 'cluster-delete'})
    expect(findingOf(del.report, 'vpe-gateway').status).toBe('pass')
    const classic = await run('healthy-classic', {
      operation: 'worker-replace',
      cluster: 'prod-classic'
    })
    expect(findingOf(classic.report, 'vpe-gateway')).toMatchObject({
      status: 'skip',
      summary: 'Not applicable to classic clusters; applies to vpc-gen2.'
    })
    expect(findingOf(classic.report, 'worker-endpoints').status).toBe('skip')
    expect(classic.emu.count({service: 'vpc'})).toBe(0)
    const create = await run('healthy-vpc', {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south',
      'vpc-id': VPC
    })
    expect(findingOf(create.report, 'vpe-gateway')).toMatchObject({
      status: 'skip',
      summary: 'Not applicable to cluster-create.'
    })
  })
})

describe('worker-endpoints', () => {
  // A reload, not a replace: a replace is IBM's fix for these workers (test/workers.test.ts).
  test('each endpoint message: deploy-failed and old pending fail, young pending warns; the Ready worker is not named', async () => {
    const {report} = await run('vpe-worker-messages', {
      operation: 'worker-reload'
    })
    const [blocked, pending] = findingsOf(report, 'worker-endpoints')
    expect(blocked!.status).toBe('fail')
    expect(blocked!.summary).toBe(
      `2 of 4 workers cannot reach the master or registry through the VPE gateway: ${W('00000101')}, ${W('00000202')}.`
    )
    expect(commandsOf(blocked!)).toEqual([
      REFRESH,
      ...SHOW_GW,
      `ibmcloud ks worker ls --cluster ${CLUSTER_ID}`,
      replaceCmd(W('00000101')),
      replaceCmd(W('00000202'))
    ])
    // IBM's order: refresh, check the gateway, replace (reports number the steps).
    expect(
      blocked!.fix.map(s => s.text.split(' ').slice(0, 2).join(' '))
    ).toEqual(['Refresh the', 'Check that', 'If the'])
    expect(blocked!.fix[2]!.text).toMatch(/cordons.*drains.*rescheduled/)
    expect(blocked!.details).toEqual([
      `${W('00000101')} (us-south-1, 10.240.0.4): network to master or registry endpoints failed, for 2 h`,
      `${W('00000202')} (us-south-2, 10.240.64.4): pending endpoint gateway creation, for 45 min`
    ])
    expect(pending!.status).toBe('warn')
    expect(pending!.summary).toContain(W('00000303'))
    expect(commandsOf(pending!)).toEqual([
      REFRESH,
      ...SHOW_GW,
      `ibmcloud ks worker ls --cluster ${CLUSTER_ID}`,
      replaceCmd(W('00000303'))
    ])
    const all = JSON.stringify(findingsOf(report, 'worker-endpoints'))
    expect(all).not.toContain(W('00000104'))
  })

  // The scenario's gateway is pending too, and its warning carries these workers (one cause): the
  // workers' own judgement is read with vpe-gateway skipped.
  const ALONE = {'skip-checks': 'vpe-gateway: judge the workers alone'}

  test('a young pending worker alone only warns', async () => {
    const {report} = await run('vpe-pending', ALONE)
    const f = findingOf(report, 'worker-endpoints')
    expect(f.status).toBe('warn')
    expect(commandsOf(f).at(-1)).toBe(replaceCmd(W('00000101')))
  })

  test('pending of unknown age warns and says so', async () => {
    const s = loadScenario('vpe-pending')
    delete s.clusters[0]!.workers[0]!.messageDate
    const {report} = await run(s, ALONE)
    const f = findingOf(report, 'worker-endpoints')
    expect(f.status).toBe('warn')
    expect(f.details[0]).toMatch(/age unknown$/)
  })

  test('missing gateway with affected workers: one vpe-gateway failure carries the workers, named in order, and their replace commands', async () => {
    const {report} = await run('vpe-missing', {operation: 'worker-reload'})
    // worker-endpoints' symptom folds into the gateway's failure (issue 21: one cause, one annotation).
    expect(findingOf(report, 'worker-endpoints')).toMatchObject({
      status: 'skip',
      summary: 'Not checked: needs vpe-gateway.'
    })
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('fail')
    expect(commandsOf(f).slice(-2)).toEqual([
      replaceCmd(W('00000101')),
      replaceCmd(W('00000202'))
    ])
    expect(commandsOf(f)[0]).toBe(REFRESH)
  })

  test('not run for a cluster-delete (replacing workers of a cluster being deleted is pointless)', async () => {
    const {report} = await run('vpe-missing', {operation: 'cluster-delete'})
    expect(findingOf(report, 'worker-endpoints')).toMatchObject({
      status: 'skip',
      summary: 'Not applicable to cluster-delete.'
    })
    expect(findingOf(report, 'vpe-gateway').status).toBe('fail')
  })
})

describe('remediate: vpe', () => {
  test('missing gateway: one master refresh, polling until the gateway appears; reported as a warning', async () => {
    const {report, emu} = await run('vpe-missing', {
      remediate: 'vpe',
      'remediate-wait-seconds': '10'
    })
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('warn')
    expect(f.messageId).toBe('vpe-gateway.remediated')
    expect(f.summary).toMatch(
      new RegExp(
        `The VPE gateway ${GW} was missing; a master refresh was requested at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(remediate: vpe\\) and ${GW} \\(r006-\\w+\\) appeared after [\\d.]+ s \\(stable, health ok\\)\\.`
      )
    )
    const puts = refreshPuts(emu)
    expect(puts).toHaveLength(1)
    expect(puts[0]).toMatchObject({
      path: `/v1/clusters/${CLUSTER_ID}/masters`,
      status: 204
    })
    expect(JSON.parse(puts[0]!.body)).toEqual({action: 'refresh'})
    // Polls came after the refresh, by name only (what the refresh creates), never from the memo.
    const polls = vpcGets(emu).filter(r => r.at >= puts[0]!.at)
    expect(polls.length).toBeGreaterThanOrEqual(1)
    expect(polls.every(r => r.query.name === GW)).toBe(true)
    // The only non-GET requests: the token exchange and the one refresh.
    expect(
      emu.requests
        .filter(r => r.method !== 'GET')
        .map(r => `${r.service} ${r.method} ${r.path}`)
    ).toEqual([
      'iam POST /identity/token',
      `iks PUT /v1/clusters/${CLUSTER_ID}/masters`
    ])
    // The workers still need their replace: worker-endpoints is unchanged by the refresh. This run is a
    // worker-replace that names no worker, so it warns to make sure the replace targets them.
    expect(
      [findingOf(report, 'worker-endpoints')].map(f => [f.status, f.messageId])
    ).toEqual([['warn', 'worker-endpoints.replace-unnamed']])
  })

  test('refresh that does not heal within remediate-wait-seconds: failure with what was done', async () => {
    const {report, emu} = await run('vpe-never-heals', {
      remediate: 'vpe',
      'remediate-wait-seconds': '1'
    })
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('fail')
    expect(f.summary).toMatch(
      /a master refresh was requested at .* \(remediate: vpe\), and it had not appeared after [\d.]+ s \(wait 1 s, bounded by remediate-wait-seconds\)/
    )
    expect(commandsOf(f)).toEqual(SHOW_GW)
    expect(f.fix[1]!.text).toContain('support case')
    expect(refreshPuts(emu)).toHaveLength(1)
    expect(emu.refreshes()).toHaveLength(1)
  })

  test('the wait is cut to what timeout-seconds leaves, and says so', async () => {
    const {report} = await run('vpe-never-heals', {
      remediate: 'vpe',
      'remediate-wait-seconds': '300',
      'timeout-seconds': '5'
    })
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('fail')
    expect(f.summary).toMatch(/bounded by timeout-seconds\)/)
    expect(report.findings.some(x => x.messageId === 'common.timed-out')).toBe(
      false
    )
  })

  test('a refused refresh (no Operator role) fails naming the role; no polling follows', async () => {
    const {report, emu} = await run('vpe-missing', {remediate: 'vpe'}, e =>
      e.setFaults([
        {
          service: 'iks',
          method: 'PUT',
          path: '/masters',
          kind: 'status',
          status: 403,
          body: {
            code: 'G0106',
            description: 'You are not authorized to refresh this master.'
          }
        }
      ])
    )
    const f = findingOf(report, 'vpe-gateway')
    expect(f).toMatchObject({
      status: 'fail',
      messageId: 'vpe-gateway.remediate-refused'
    })
    expect(f.summary).toContain('HTTP 403 G0106')
    expect(f.fix[0]!.text).toContain('Operator')
    expect(commandsOf(f)).toEqual([REFRESH, ...SHOW_GW])
    // The look-up before the refresh: by both names, then by target CRN; no polling follows.
    expect(vpcGets(emu)).toHaveLength(3)
    expect(refreshPuts(emu)).toHaveLength(1)
  })

  test('only a missing gateway is remediated: healthy, failed and IP-deleted gateways get no write', async () => {
    for (const s of [
      'healthy-vpc',
      'vpe-failed',
      'vpe-ip-deleted',
      'vpe-pending'
    ]) {
      const {emu} = await run(s, {remediate: 'vpe'})
      expect([s, refreshPuts(emu)]).toEqual([s, []])
    }
  })
})

describe('read-only unless remediate: vpe', () => {
  const TOUCHED = [
    'healthy-vpc',
    'vpe-missing',
    'vpe-never-heals',
    'vpe-failed',
    'vpe-pending',
    'vpe-unstable',
    'vpe-ip-deleted',
    'vpe-worker-messages',
    'vpe-many-pages'
  ]
  test.each(TOUCHED)(
    '%s: only GETs, plus the IAM token exchange (a POST that changes nothing)',
    async scenario => {
      for (const op of ['worker-replace', 'cluster-update', 'cluster-delete']) {
        const {emu} = await run(scenario, {operation: op})
        const writes = emu.requests.filter(
          r =>
            !(
              r.method === 'GET' ||
              (r.service === 'iam' && r.path === '/identity/token')
            )
        )
        expect([
          op,
          writes.map(r => `${r.service} ${r.method} ${r.path}`)
        ]).toEqual([op, []])
        expect(emu.refreshes()).toEqual([])
      }
    }
  )
})

describe('endpoints and parsing', () => {
  test('VPC endpoint per region; private visibility uses the private host; IBMCLOUD_IS_NG_API_ENDPOINT overrides both', () => {
    expect(resolveEndpoints({}, 'public').vpc('eu-de')).toBe(
      'https://eu-de.iaas.cloud.ibm.com/v1'
    )
    expect(resolveEndpoints({}, 'private').vpc('eu-de')).toBe(
      'https://eu-de.private.iaas.cloud.ibm.com/v1'
    )
    expect(
      resolveEndpoints(
        {IBMCLOUD_IS_NG_API_ENDPOINT: 'https://vpc.example/v1/'},
        'private'
      ).vpc('eu-de')
    ).toBe('https://vpc.example/v1')
  })

  test('start is taken from next.href (which may lack version/generation)', () => {
    expect(
      startOf('https://x/v1/endpoint_gateways?limit=100&start=r006-abc')
    ).toBe('r006-abc')
    expect(startOf('/v1/endpoint_gateways?limit=100')).toBeUndefined()
  })

  test('IPs are placed in zones by worker subnet ID or CIDR; unplaceable IPs only fail on a shortfall', () => {
    const workers = [
      {
        id: 'a',
        zone: 'z1',
        messages: [],
        subnets: [{id: 's1', cidr: '10.0.0.0/24'}]
      },
      {
        id: 'b',
        zone: 'z2',
        messages: [],
        subnets: [{id: 's2', cidr: '10.0.1.0/24'}]
      }
    ]
    expect(inCidr('10.0.1.7', '10.0.1.0/24')).toBe(true)
    expect(inCidr('10.0.2.7', '10.0.1.0/24')).toBe(false)
    const gw = (
      ips: Array<{address: string; subnetId?: string; deleted?: boolean}>
    ) => ({
      id: 'g',
      name: 'n',
      lifecycleState: 'stable',
      healthState: 'ok',
      lifecycleReasons: [],
      ips: ips.map(i => ({
        deleted: false,
        pending: i.address === '0.0.0.0',
        ...i
      }))
    })
    expect(
      zoneCoverage(
        gw([{address: '10.0.0.9'}, {address: '192.168.0.1', subnetId: 's2'}]),
        workers
      ).uncovered
    ).toEqual([])
    expect(
      zoneCoverage(
        gw([{address: '10.0.0.9'}, {address: '10.0.1.9', deleted: true}]),
        workers
      ).uncovered
    ).toEqual([{zone: 'z2', deleted: ['10.0.1.9'], pending: 0}])
    const noSubnets = workers.map(({subnets: _s, ...w}) => w)
    expect(
      zoneCoverage(
        gw([{address: '10.0.0.9'}, {address: '10.0.1.9'}]),
        noSubnets
      )
    ).toMatchObject({unplaced: 2, liveCount: 2})
    // 0.0.0.0 is VPC's "not selected yet": it covers no zone, even on the zone's subnet.
    expect(
      zoneCoverage(
        gw([{address: '10.0.0.9'}, {address: '0.0.0.0', subnetId: 's2'}]),
        workers
      )
    ).toMatchObject({
      uncovered: [{zone: 'z2', deleted: [], pending: 1}],
      liveCount: 1
    })
  })

  test('poll interval scales with the wait, 0.25 to 5 s, starting quick; ages read well', () => {
    expect(pollIntervalMs(300_000)).toBe(5000)
    expect(pollIntervalMs(1000)).toBe(250)
    expect(pollIntervalMs(40_000)).toBe(2000)
    expect([0, 1, 2, 3, 4, 5, 6].map(n => pollDelayMs(n, 300_000))).toEqual([
      250, 500, 1000, 2000, 4000, 5000, 5000
    ])
    expect([formatAge(45), formatAge(180), formatAge(3 * 1440)]).toEqual([
      '45 min',
      '3 h',
      '3 days'
    ])
  })

  test('emulator: relative message dates', () => {
    const now = Date.parse('2025-06-01T12:00:00Z')
    expect(resolveDate('-30m', now)).toBe('2025-06-01T11:30:00Z')
    expect(resolveDate('-2h', now)).toBe('2025-06-01T10:00:00Z')
    expect(resolveDate('2025-01-01T00:00:00Z', now)).toBe(
      '2025-01-01T00:00:00Z'
    )
    expect(resolveDate(undefined, now)).toBe('')
  })
})

test('remediate: polls that fail do not hide the refresh; the finding still says what was done', async () => {
  let watcher: NodeJS.Timeout | undefined
  const {report, emu} = await run(
    'vpe-never-heals',
    {remediate: 'vpe', 'remediate-wait-seconds': '1'},
    e => {
      // Once the refresh has arrived, every VPC request fails.
      watcher = setInterval(() => {
        if (e.refreshes().length > 0) {
          e.setFaults([
            {
              service: 'vpc',
              path: '/endpoint_gateways',
              kind: 'status',
              status: 500
            }
          ])
          clearInterval(watcher)
        }
      }, 5)
    }
  )
  clearInterval(watcher)
  expect(emu.count({service: 'iks', method: 'PUT'})).toBe(1)
  expect(emu.requests.some(r => r.service === 'vpc' && r.status === 500)).toBe(
    true
  )
  const f = findingOf(report, 'vpe-gateway')
  expect(f).toMatchObject({
    status: 'fail',
    messageId: 'vpe-gateway.remediate-timeout'
  })
  expect(f.summary).toContain('a master refresh was requested at')
})
