/**
 * The checks on the emulator serving IBM's real shapes: the verdicts issue 9 names, end to end through the
 * engine (states, a malformed list item, per-user MFA, isPaid, VPE target CRN, 0.0.0.0, lifecycle_reasons,
 * SoftLayer's 200 error, IAM's errorDetails, the token's sub_type).
 */
import {describe, expect, test} from '@jest/globals'
import {identityKind} from '../../src/facts.js'
import type {Report} from '../../src/report/model.js'
import {loadScenario, start, type Scenario} from '../emulator/index.js'
import {commandsOf, findingOf, preflight} from '../support/preflight.js'

async function run(
  scenario: string | Scenario,
  inputs: Record<string, string>,
  setup?: (emu: Awaited<ReturnType<typeof start>>) => Promise<void> | void
): Promise<{report: Report; count: (path: string) => number}> {
  const emu = await start(scenario)
  try {
    await setup?.(emu)
    const report = await preflight(emu, inputs)
    return {report, count: path => emu.count({service: 'iks', path})}
  } finally {
    await emu.close()
  }
}

const withState = (state: string): Scenario => {
  const s = loadScenario('healthy-classic')
  s.clusters[0]!.state = state
  return s
}

// The state verdicts are cluster-state's (cluster-access only says the cluster can be read).
describe('cluster states on the wire (snake_case)', () => {
  test.each(['deploy_failed', 'delete_failed', 'aborted', 'deploying'])(
    '%s blocks a worker operation: fail, never a pass',
    async state => {
      const {report} = await run(withState(state), {
        operation: 'worker-add',
        cluster: 'prod-classic'
      })
      const f = findingOf(report, 'cluster-state')
      expect(f.status).toBe('fail')
      expect(f.summary).toContain(`is ${state}`)
    }
  )
  test('unsupported: workers cannot be added (fail); a master update is the way out (warn)', async () => {
    const add = await run(withState('unsupported'), {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(findingOf(add.report, 'cluster-state')).toMatchObject({
      status: 'fail',
      why: expect.stringContaining('out of support')
    })
    const update = await run(withState('unsupported'), {
      operation: 'cluster-update',
      cluster: 'prod-classic'
    })
    expect(findingOf(update.report, 'cluster-state').status).toBe('warn')
  })
  test('critical and warning are reported (warn); normal passes', async () => {
    for (const [state, status] of [
      ['critical', 'warn'],
      ['warning', 'warn'],
      ['normal', 'pass']
    ] as const) {
      const {report} = await run(withState(state), {
        operation: 'worker-reload',
        cluster: 'prod-classic'
      })
      expect([state, findingOf(report, 'cluster-state').status]).toEqual([
        state,
        status
      ])
    }
  })
})

describe('a cluster list with one malformed item', () => {
  test('still serves the other clusters; VPC clusters ask getCluster for their vpcs', async () => {
    const {report, count} = await run(
      'healthy-mixed',
      {
        operation: 'cluster-update',
        cluster: 'prod-classic,prod-vpc,dev-classic,dev-vpc'
      },
      async emu => {
        const token = await fetch(
          `${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/identity/token`,
          {
            method: 'POST',
            body: new URLSearchParams({
              grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
              apikey: emu.scenario.pipelineKey
            })
          }
        )
        const {access_token} = (await token.json()) as {access_token: string}
        const list = (await (
          await fetch(`${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getClusters`, {
            headers: {authorization: `Bearer ${access_token}`}
          })
        ).json()) as Array<Record<string, unknown>>
        expect(list).toHaveLength(4)
        emu.setFaults([
          {
            service: 'iks',
            path: '/v2/getClusters',
            kind: 'status',
            status: 200,
            body: [...list, {id: 7, name: ['not', 'a', 'name']}]
          }
        ])
      }
    )
    for (const c of ['prod-classic', 'prod-vpc', 'dev-classic', 'dev-vpc'])
      expect([c, findingOf(report, 'cluster-access', c).status]).toEqual([
        c,
        'pass'
      ])
    // The classic clusters came from the list; the VPC ones need vpcs, which only getCluster has.
    expect(count('/v2/getCluster')).toBe(2)
    expect(findingOf(report, 'vpe-gateway', 'prod-vpc').status).toBe('pass')
  })
})

describe('per-user MFA (user_mfa) for the owner of the key IKS uses', () => {
  const OWNER = {iamId: 'IBMid-6600000OWN', email: 'owner@acme.example'}
  test('account TOTP, the key owner exempt (NONE): IKS is not blocked, totp-mfa passes naming the override', async () => {
    const s = loadScenario('healthy-classic')
    s.accounts[0]!.mfa = 'TOTP'
    s.accounts[0]!.userMfa = [{...OWNER, mfa: 'NONE'}]
    const {report} = await run(s, {
      operation: 'worker-reload',
      cluster: 'prod-classic'
    })
    const f = findingOf(report, 'totp-mfa')
    expect(f.status).toBe('pass')
    expect(f.summary).toContain(
      'NONE for owner@acme.example, the owner of the API key IKS uses'
    )
    expect(findingOf(report, 'infra-permissions').status).toBe('pass')
  })
  test('account NONE, the key owner on TOTP: fail', async () => {
    const s = loadScenario('healthy-classic')
    s.accounts[0]!.userMfa = [{...OWNER, mfa: 'TOTP'}]
    const {report} = await run(s, {
      operation: 'worker-reload',
      cluster: 'prod-classic'
    })
    expect(findingOf(report, 'totp-mfa').status).toBe('fail')
  })
})

describe('isPaid', () => {
  test("getCluster's isPaid answers paid-account for an existing cluster", async () => {
    const {report} = await run('healthy-classic', {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(findingOf(report, 'paid-account')).toMatchObject({
      status: 'pass',
      messageId: 'paid-account.is-paid'
    })
  })
})

describe('VPE gateway by target CRN, 0.0.0.0 and lifecycle_reasons', () => {
  const UPDATE = {operation: 'cluster-update', cluster: 'prod-vpc'}
  test('a renamed gateway is found by its target CRN', async () => {
    const s = loadScenario('healthy-vpc')
    const gw = s.endpointGateways.find(g => g.name.startsWith('iks-'))!
    gw.name = 'renamed-by-someone'
    gw.targetClusterId = 'cvpcprod000000000001'
    const {report} = await run(s, UPDATE)
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('pass')
    expect(f.summary).toContain('renamed-by-someone')
  })
  test('a gateway named iks-<ID> whose target is another cluster is not this cluster’s', async () => {
    const s = loadScenario('healthy-vpc')
    s.endpointGateways.find(g => g.name.startsWith('iks-'))!.targetClusterId =
      'someotherclusterid00'
    const {report} = await run(s, UPDATE)
    expect(findingOf(report, 'vpe-gateway').messageId).toBe(
      'vpe-gateway.missing'
    )
  })
  test('a reserved IP of 0.0.0.0 is not selected yet: the zone is not covered, warn and wait', async () => {
    const s = loadScenario('healthy-vpc')
    const gw = s.endpointGateways.find(g => g.name.startsWith('iks-'))!
    gw.ips[1]!.address = '0.0.0.0'
    const {report} = await run(s, UPDATE)
    const f = findingOf(report, 'vpe-gateway')
    expect(f).toMatchObject({
      status: 'warn',
      messageId: 'vpe-gateway.ip-pending'
    })
    expect(f.summary).toContain(gw.ips[1]!.zone)
  })
  test("a gateway that is not stable says why, in VPC's words", async () => {
    const s = loadScenario('healthy-vpc')
    const gw = s.endpointGateways.find(g => g.name.startsWith('iks-'))!
    gw.lifecycleState = 'pending'
    gw.lifecycleReasons = [
      {
        code: 'dns_resolution_binding_pending',
        message: 'The DNS resolution binding is pending.'
      }
    ]
    const {report} = await run(s, UPDATE)
    const f = findingOf(report, 'vpe-gateway')
    expect(f.status).toBe('warn')
    expect(f.details).toContain(
      'VPC says: dns_resolution_binding_pending: The DNS resolution binding is pending.'
    )
  })
})

describe('error bodies', () => {
  test('SoftLayer {error, code} with HTTP 200 is an error: orphaned-workers could not verify, never a pass', async () => {
    const {report} = await run(
      'healthy-classic',
      {operation: 'worker-add', cluster: 'prod-classic'},
      emu =>
        emu.setFaults([
          {
            service: 'softlayer',
            path: '/SoftLayer_Account/getVirtualGuests',
            kind: 'status',
            status: 200,
            body: {error: 'Access Denied. ', code: 'SoftLayer_Exception_Public'}
          }
        ])
    )
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('error')
    expect(f.summary).toContain('Access Denied.')
  })
  test("IAM's errorDetails come first and context.requestId is the incident to quote", async () => {
    const {report} = await run(
      'healthy-classic',
      {operation: 'worker-add', cluster: 'prod-classic'},
      emu =>
        emu.setFaults([
          {
            service: 'iam',
            path: '/identity/token',
            kind: 'status',
            status: 400,
            body: {
              errorCode: 'BXNIM0415E',
              errorMessage: 'Provided API key could not be found.',
              errorDetails: 'The API key was deleted on 2026-11-30.',
              context: {requestId: 'req-1234-abcd', url: 'https://iam'}
            }
          }
        ])
    )
    const f = findingOf(report, 'api-key')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain(
      'The API key was deleted on 2026-11-30. (Provided API key could not be found.)'
    )
    expect(f.ibm).toMatchObject({incidentID: 'req-1234-abcd'})
    expect(commandsOf(f).length).toBeGreaterThan(0)
  })
})

test("the token's sub_type tells a service ID or a trusted profile, before the IAM ID prefix", () => {
  expect(identityKind('iam-ServiceId-1', 'ServiceId')).toBe('service-id')
  expect(identityKind('iam-Profile-1', 'Profile')).toBe('profile')
  expect(identityKind('IBMid-1', undefined)).toBe('user')
  // sub_type decides even when the ID has an unfamiliar prefix.
  expect(identityKind('crn-whatever', 'Profile')).toBe('profile')
  expect(identityKind('crn-whatever', undefined)).toBe('other')
})
