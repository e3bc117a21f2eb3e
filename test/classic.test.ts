import {classicRegionRuleApplies} from '../src/checks/classic-region.js'
import type {Report} from '../src/report/model.js'
import {loadScenario, start, type Scenario} from './emulator/index.js'
import {
  commandsOf,
  findingOf,
  preflight,
  preflightOn
} from './support/preflight.js'

const DELETE = {operation: 'cluster-delete', cluster: 'prod-classic'}
const CREATE = (region: string): Record<string, string> => ({
  operation: 'cluster-create',
  cluster: 'new-classic',
  provider: 'classic',
  region
})
const GROUP = '5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01'
const TEAM_USER = '7654321_team@acme.example'
const SET_CLASSIC =
  'ibmcloud ks credential set classic --infrastructure-username <classic-username> --infrastructure-api-key <classic-api-key> --region us-south'
const UNSET = [
  'ibmcloud target -g default',
  'ibmcloud ks credential unset --region us-south',
  'ibmcloud ks credential get --region us-south'
]

async function run(
  scenario: string | Scenario,
  inputs: Record<string, string> = DELETE
): Promise<{report: Report; count: (path: RegExp | string) => number}> {
  const emu = await start(scenario)
  try {
    const report = await preflight(emu, inputs)
    return {report, count: path => emu.count({path})}
  } finally {
    await emu.close()
  }
}

/** Move prod-classic's devices from the linked account to the team account (and credentials as given). */
function workersInTeamAccount(base: string, name: string): Scenario {
  const s = loadScenario(base)
  const [linked, team] = s.classicAccounts
  const prod = linked!.devices.filter(d =>
    d.hostname.includes('crbqclassicprod')
  )
  linked!.devices = linked!.devices.filter(d => !prod.includes(d))
  team!.devices.push(...prod.map(d => ({...d, id: d.id + 1000})))
  return {...s, name}
}

describe('healthy classic cluster', () => {
  test('every classic check passes; E0051 names the linked account and never fails; devices are read once', async () => {
    const {report, count} = await run('healthy-classic')
    expect(report.result).toBe('pass')
    expect(findingOf(report, 'infra-credentials')).toMatchObject({
      status: 'pass'
    })
    expect(findingOf(report, 'infra-credentials').summary).toContain(
      'linked classic infrastructure (classic account 1234567); no credentials are set manually (E0051, which is normal)'
    )
    expect(findingOf(report, 'orphaned-workers').summary).toContain(
      'All 3 workers of prod-classic are devices of classic account 1234567'
    )
    expect(findingOf(report, 'credential-switch').status).toBe('pass')
    expect(findingOf(report, 'totp-mfa').summary).toContain(
      'MFA setting is NONE'
    )
    expect(findingOf(report, 'paid-account').summary).toContain(
      'classic account 1234567'
    )
    expect(findingOf(report, 'classic-region')).toMatchObject({
      status: 'skip',
      summary: 'Not applicable to cluster-delete.'
    })
    expect(count('/SoftLayer_Account/getVirtualGuests.json')).toBe(1)
    expect(count('/SoftLayer_Account/getHardware.json')).toBe(1)
  })

  test('the device list is read with apikey:<pipeline key> Basic auth, an object mask and a result limit', async () => {
    const emu = await start('healthy-classic')
    try {
      await preflight(emu, DELETE)
      const sl = emu.requests.filter(r => r.service === 'softlayer')
      expect(sl).toHaveLength(2)
      for (const r of sl) {
        const decoded = Buffer.from(
          r.headers['authorization']!.replace(/^Basic /, ''),
          'base64'
        ).toString('utf8')
        expect(decoded).toBe(`apikey:${emu.scenario.pipelineKey}`)
        expect(r.query['objectMask']).toBe(
          'mask[id,hostname,primaryBackendIpAddress,primaryIpAddress]'
        )
        expect(r.query['resultLimit']).toBe('0,500')
      }
    } finally {
      await emu.close()
    }
  })

  test('a VPC cluster skips every classic check with a reason', async () => {
    const {report} = await preflightOn('healthy-vpc', {
      operation: 'worker-replace',
      cluster: 'prod-vpc'
    })
    for (const id of [
      'infra-credentials',
      'orphaned-workers',
      'credential-switch',
      'totp-mfa',
      'paid-account',
      'classic-region'
    ]) {
      expect(findingOf(report, id).status).toBe('skip')
    }
  })
})

describe('orphaned-workers', () => {
  test('manual credentials point to the team account, workers are in the linked account: fail, fix credential unset', async () => {
    const {report} = await run('orphaned-classic')
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('fail')
    expect(f.summary).toBe(
      `Cluster prod-classic is orphaned: its workers are devices of the linked classic account 1234567, but region us-south, resource group default (${GROUP}) uses the manually set credentials of ${TEAM_USER} (classic account 7654321).`
    )
    expect(commandsOf(f)).toEqual(UNSET)
    expect(f.details[0]).toBe(
      'kube-dal10-crbqclassicprod0000001-w1 (10.176.12.11, deploy_failed) in classic account 1234567: incorrect account for worker'
    )
    expect(findingOf(report, 'infra-credentials').summary).toContain(
      `manually set classic credentials of ${TEAM_USER} (classic account 7654321, not the linked classic account 1234567)`
    )
    // Orphaned is the one failure; the switch orphans nothing else here.
    expect(findingOf(report, 'credential-switch')).toMatchObject({
      status: 'pass'
    })
  })

  test('reverse: the region uses the linked account, workers are elsewhere: fail, fix credential set classic + support step', async () => {
    const {report} = await run('orphaned-reverse')
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain(
      'its workers are not devices of classic account 1234567'
    )
    expect(commandsOf(f)).toEqual([
      'ibmcloud target -g default',
      SET_CLASSIC,
      'ibmcloud ks credential get --region us-south'
    ])
    expect(f.fix.map(s => s.text).join('\n')).toContain(
      "cluster ID bqclassicprod0000001: support can name that account's administrator"
    )
  })

  test('the workers alone decide, without any worker message (b): devices elsewhere = orphaned', async () => {
    const s = loadScenario('orphaned-reverse')
    for (const w of s.clusters[0]!.workers)
      Object.assign(w, {
        healthMessage: 'Ready',
        state: 'normal',
        healthState: 'normal'
      })
    const {report} = await run(s)
    expect(findingOf(report, 'orphaned-workers').status).toBe('fail')
    expect(commandsOf(findingOf(report, 'orphaned-workers'))).toContain(
      SET_CLASSIC
    )
  })

  test('matching by private IP when the host name differs (newer worker IDs)', async () => {
    const s = loadScenario('healthy-classic')
    for (const d of s.classicAccounts[0]!.devices)
      d.hostname = `${d.hostname}-renamed`
    const {report} = await run(s)
    expect(findingOf(report, 'orphaned-workers').status).toBe('pass')
  })

  test('some workers missing and no message: warn (device visibility or a partial move)', async () => {
    const s = loadScenario('healthy-classic')
    s.classicAccounts[0]!.devices = s.classicAccounts[0]!.devices.filter(
      d => !d.hostname.endsWith('-w3')
    )
    const {report} = await run(s)
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('warn')
    expect(f.summary).toContain(
      '1 of 3 workers of prod-classic is not among the devices of classic account 1234567'
    )
    expect(commandsOf(f)).toEqual([
      'ibmcloud sl vs list --hostname kube-dal13-crbqclassicprod0000001-w3'
    ])
  })

  test('manual credentials to an account we cannot read, workers not in the linked account, no message: warn, never orphaned', async () => {
    const s = workersInTeamAccount('orphaned-classic', 'team-account-healthy')
    for (const w of s.clusters[0]!.workers)
      Object.assign(w, {
        healthMessage: 'Ready',
        state: 'normal',
        healthState: 'normal'
      })
    const {report} = await run(s)
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('warn')
    expect(f.summary).toContain(
      `uses the manually set credentials of ${TEAM_USER} (classic account 7654321), whose devices this key cannot read`
    )
    expect(commandsOf(f)[0]).toBe(
      'ibmcloud ks worker ls --cluster bqclassicprod0000001'
    )
    expect(findingOf(report, 'credential-switch').status).toBe('skip')
    expect(report.result).toBe('warn')
  })

  test('a forbidden device list is could-not-verify with the permission fix, never orphaned', async () => {
    const {report} = await run('sl-no-device-permission')
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('error')
    expect(f.summary).toContain(
      'the device list of classic account 1234567 could not be read'
    )
    expect(f.summary).toContain('HTTP 403')
    expect(commandsOf(f)).toEqual([
      'ibmcloud sl user permission-edit <user-id> --permission VIRTUAL_GUEST_VIEW --enable true',
      'ibmcloud sl user permission-edit <user-id> --permission HARDWARE_VIEW --enable true'
    ])
  })

  test('an unreadable device list with "incorrect account for worker" is still proof: fail with both fixes', async () => {
    const s = loadScenario('orphaned-classic')
    s.faults = [
      {
        service: 'softlayer',
        path: '/SoftLayer_Account/get',
        kind: 'status',
        status: 403
      }
    ]
    const {report} = await run(s)
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain(
      '3 worker(s) report "incorrect account for worker"'
    )
    expect(commandsOf(f)).toEqual([
      ...UNSET,
      'ibmcloud target -g default',
      SET_CLASSIC,
      'ibmcloud ks credential get --region us-south'
    ])
    // The switch may orphan clusters we cannot place: with no sibling, none.
    expect(findingOf(report, 'credential-switch').status).toBe('pass')
  })
})

describe('credential-switch (IBM step 7)', () => {
  test('the set fix would orphan edge-classic, whose workers are in the linked account: fail with the lasting fix', async () => {
    const {report} = await run('orphaned-switch')
    expect(findingOf(report, 'orphaned-workers').status).toBe('fail')
    const f = findingOf(report, 'credential-switch')
    expect(f.status).toBe('fail')
    expect(f.summary).toBe(
      `Switching the credentials of region us-south, resource group default (${GROUP}) to fix prod-classic orphans 1 other cluster(s) whose workers are devices of the linked classic account 1234567 used now: edge-classic.`
    )
    expect(f.fix[0]!.text).toContain(
      'recreate the classic clusters of region us-south, resource group default'
    )
    expect(commandsOf(f)).toEqual([
      'ibmcloud ks cluster ls --provider classic',
      'ibmcloud ks worker ls --cluster bqclassicedge0000003'
    ])
  })

  test('the unset fix would likely orphan a cluster working with the team account: warn', async () => {
    const s = loadScenario('orphaned-classic')
    s.clusters.push({
      ...s.clusters[0]!,
      id: 'bqclassicteam0000004',
      name: 'team-classic',
      workers: [
        {
          id: 'kube-dal10-crbqclassicteam0000004-w1',
          zone: 'dal10',
          privateIP: '10.177.1.40',
          state: 'normal',
          healthState: 'normal',
          healthMessage: 'Ready'
        }
      ]
    })
    const {report} = await run(s)
    const f = findingOf(report, 'credential-switch')
    expect(f.status).toBe('warn')
    expect(f.summary).toContain(
      'most likely orphans 1 other cluster(s) that work with the classic account 7654321 used now: team-classic'
    )
  })

  test("could not verify when a sibling cluster's workers cannot be read", async () => {
    const s = loadScenario('orphaned-switch')
    s.faults = [
      {
        service: 'iks',
        path: 'cluster=bqclassicedge0000003',
        kind: 'status',
        status: 403
      }
    ]
    const {report} = await run(s)
    expect(findingOf(report, 'credential-switch').status).toBe('error')
  })
})

describe('totp-mfa', () => {
  test('TOTP with the linked account: fail with both documented fixes, ranked above the checks it blocks', async () => {
    const {report} = await run('totp-linked')
    const f = findingOf(report, 'totp-mfa')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain(
      'Time-based One Time Password authentication is required'
    )
    expect(commandsOf(f)).toEqual([
      'ibmcloud iam account-settings-update --mfa NONE',
      'ibmcloud target -g default',
      SET_CLASSIC,
      'ibmcloud ks credential get --region us-south',
      'ibmcloud ks api-key reset --region us-south'
    ])
    // The checks it blocks are not checked: one root cause, one finding.
    for (const id of ['infra-permissions', 'orphaned-workers'])
      expect(findingOf(report, id)).toMatchObject({
        status: 'skip',
        summary: 'Not checked: needs totp-mfa.'
      })
    expect(report.failedChecks).toEqual(['totp-mfa'])
    expect(
      report.findings.filter(x => x.status === 'fail').map(x => x.check)
    ).toEqual(['totp-mfa'])
  })

  test('TOTP with manual credentials: pass (an API key needs no passcode)', async () => {
    const {report} = await run('totp-manual-creds')
    expect(findingOf(report, 'totp-mfa')).toMatchObject({status: 'pass'})
    expect(findingOf(report, 'totp-mfa').summary).toContain(
      'manually set classic credentials of 1234567_ops@acme.example'
    )
    // Our own read as the pipeline's classic user still needs TOTP: could not verify, named.
    expect(findingOf(report, 'orphaned-workers').summary).toContain(
      'time-based one-time passcode'
    )
  })

  test('the setting alone fails (no call answered with the message yet), in every region with classic clusters', async () => {
    const s = loadScenario('healthy-mixed')
    s.accounts[0]!.mfa = 'TOTP4ALL'
    // No IKS call carries the TOTP message: the setting decides.
    s.faults = [
      {
        service: 'iks',
        path: '/v1/infra-permissions',
        kind: 'status',
        status: 500
      }
    ]
    const {report} = await run(s)
    const f = findingOf(report, 'totp-mfa')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain('Account MFA setting is TOTP4ALL')
    const cmds = commandsOf(f)
    expect(cmds).toContain('ibmcloud target -g ops')
    expect(cmds).toContain('ibmcloud ks api-key reset --region eu-de')
    expect(cmds).toContain('ibmcloud ks api-key reset --region us-south')
  })

  test('LEVEL3 warns', async () => {
    const s = loadScenario('healthy-classic')
    s.accounts[0]!.mfa = 'LEVEL3'
    const {report} = await run(s)
    expect(findingOf(report, 'totp-mfa')).toMatchObject({status: 'warn'})
  })

  test('falls back to settings/identity when effective settings are missing', async () => {
    const s = loadScenario('healthy-classic')
    Object.assign(s.accounts[0]!, {mfa: 'LEVEL2', effectiveSettings: false})
    const {report, count} = await run(s)
    expect(findingOf(report, 'totp-mfa')).toMatchObject({status: 'fail'})
    expect(findingOf(report, 'totp-mfa').summary).toContain(
      'account MFA setting LEVEL2'
    )
    expect(count(/\/settings\/identity$/)).toBeGreaterThanOrEqual(1)
  })

  test('could not verify when IAM settings cannot be read', async () => {
    const s = loadScenario('healthy-classic')
    s.faults = [
      {service: 'iam', path: 'settings/identity', kind: 'status', status: 503}
    ]
    const {report} = await run(s)
    expect(findingOf(report, 'totp-mfa').status).toBe('error')
  })
})

describe('paid-account', () => {
  test('E0057 on a classic create: fail with the fixes; the classic checks it blocks are not checked', async () => {
    const {report} = await run('no-paid-account', CREATE('us-south'))
    const f = findingOf(report, 'paid-account')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain('E0057')
    expect(f.summary).toContain('Ensure that you have a paid account.')
    expect(commandsOf(f)).toEqual([
      'ibmcloud target -g default',
      SET_CLASSIC,
      'ibmcloud ks credential get --region us-south'
    ])
    for (const id of ['infra-permissions', 'infra-credentials'])
      expect(findingOf(report, id).summary).toBe(
        'Not checked: needs paid-account.'
      )
    // A cause of its own (no classic cluster in the region) is still reported.
    expect(report.failedChecks).toEqual(['paid-account', 'classic-region'])
  })

  test('E0057 anywhere on an existing cluster (account lost its classic link)', async () => {
    const s = loadScenario('healthy-classic')
    s.accounts[0]!.linkedSoftlayerAccount = ''
    s.classicAccounts[0]!.linkedToAccount = undefined
    const {report} = await run(s, {
      operation: 'worker-replace',
      cluster: 'prod-classic'
    })
    expect(findingOf(report, 'paid-account').status).toBe('fail')
    expect(findingOf(report, 'orphaned-workers').summary).toBe(
      'Not checked: needs paid-account.'
    )
  })

  test('unlinked account seen by Account Management and the token even when IKS does not answer E0057', async () => {
    const s = loadScenario('no-paid-account')
    s.faults = [
      {
        service: 'iks',
        path: '/v1/infra-permissions',
        kind: 'status',
        status: 500
      }
    ]
    const {report} = await run(s, CREATE('us-south'))
    const f = findingOf(report, 'paid-account')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain(
      'has no linked classic infrastructure (not a paid account)'
    )
  })

  test('unlinked account with manual credentials: pass', async () => {
    const s = loadScenario('no-paid-account')
    s.classicAccounts =
      loadScenario('orphaned-classic').classicAccounts.slice(1)
    s.credentials = [
      {
        accountId: s.accounts[0]!.id,
        region: 'us-south',
        resourceGroupId: GROUP,
        username: TEAM_USER
      }
    ]
    const {report} = await run(s, CREATE('us-south'))
    expect(findingOf(report, 'paid-account')).toMatchObject({status: 'pass'})
  })

  test('could not verify when neither IKS nor Account Management answers', async () => {
    const s = loadScenario('no-paid-account')
    s.faults = [
      {
        service: 'iks',
        path: '/v1/infra-permissions',
        kind: 'status',
        status: 500
      },
      {service: 'accounts', path: '/v4/accounts', kind: 'status', status: 503}
    ]
    const {report} = await run(s, CREATE('us-south'))
    expect(findingOf(report, 'paid-account').status).toBe('error')
  })
})

describe('classic-region', () => {
  test('create in a region with a classic cluster passes', async () => {
    const {report} = await run('classic-create-regions', CREATE('us-south'))
    expect(findingOf(report, 'classic-region').summary).toBe(
      'The account has 1 classic cluster(s) in region us-south (prod-classic), so a classic cluster can be created there.'
    )
  })

  test('create in a region with only VPC clusters fails before the create call (E501e)', async () => {
    const {report} = await run('classic-create-regions', CREATE('eu-de'))
    const f = findingOf(report, 'classic-region')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain('no classic cluster in region eu-de')
    expect(f.why).toContain('E501e')
    expect(f.fix[0]!.text).toContain('(us-south)')
    expect(commandsOf(f)).toEqual([
      'ibmcloud ks cluster ls --provider classic',
      'ibmcloud ks zone ls --provider vpc-gen2'
    ])
  })

  test('the rule starts on 2026-10-01 (before it: warn)', () => {
    expect(classicRegionRuleApplies(Date.UTC(2026, 8, 30, 23, 59))).toBe(false)
    expect(classicRegionRuleApplies(Date.UTC(2026, 9, 1))).toBe(true)
  })

  test('could not verify when the cluster list cannot be read', async () => {
    const s = loadScenario('classic-create-regions')
    s.faults = [
      {service: 'iks', path: '/v2/getClusters', kind: 'status', status: 503}
    ]
    const {report} = await run(s, CREATE('eu-de'))
    expect(findingOf(report, 'classic-region').status).toBe('error')
  })
})

describe('large accounts', () => {
  test('1,506 guests: four pages of 500 (the last three fetched together) and one hardware page', async () => {
    const {report, count} = await run('large-account')
    expect(findingOf(report, 'orphaned-workers').status).toBe('pass')
    expect(count('/SoftLayer_Account/getVirtualGuests.json')).toBe(4)
    expect(count('/SoftLayer_Account/getHardware.json')).toBe(1)
  })

  test('above 25,000 devices the listing stops after the first page and each worker is looked up exactly', async () => {
    const s = loadScenario('large-account')
    s.classicAccounts[0]!.generateDevices = {
      count: 30_000,
      prefix: 'filler-vsi',
      kind: 'guest'
    }
    const {report, count} = await run(s)
    expect(findingOf(report, 'orphaned-workers').status).toBe('pass')
    // 1 first page per kind + 1 host-name lookup per worker per kind (3 workers).
    expect(count('/SoftLayer_Account/getVirtualGuests.json')).toBe(4)
    expect(count('/SoftLayer_Account/getHardware.json')).toBe(4)
  })
})

describe('the same failure gives the same message on every run', () => {
  test('when both device lists fail, the finding quotes the virtual-guest list whichever answer arrives first', async () => {
    const s = loadScenario('sl-no-device-permission')
    // The hardware list fails at once; the guest list fails later (HTTP 200 with SoftLayer's error body,
    // sent slowly). Promise.all would report whichever failed first; the first in argument order is stable.
    s.faults = [
      {
        service: 'softlayer',
        path: 'getVirtualGuests',
        kind: 'trickle',
        delayMs: 4,
        body: {
          error: 'Access Denied to the virtual guests. ',
          code: 'SoftLayer_Exception_Public'
        }
      },
      {
        service: 'softlayer',
        path: 'getHardware',
        kind: 'status',
        status: 403
      }
    ]
    const {report} = await run(s)
    const f = findingOf(report, 'orphaned-workers')
    expect(f.status).toBe('error')
    expect(f.summary).toContain('Access Denied to the virtual guests.')
    expect(f.summary).not.toContain('HTTP 403')
  })
})
