/** classic-vlans (issue 12): the VLANs of a classic create or zone add, from inputs and from a plan, against the emulator. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {RawInputs} from '../src/config/inputs.js'
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {loadScenario, start, type Emulator} from './emulator/index.js'

const PLANS = 'test/fixtures/terraform-plans'
const VLANS = /^\/v1\/datacenters\/[^/]+\/vlans$/

const create = (extra: RawInputs): RawInputs => ({
  operation: 'cluster-create',
  cluster: 'new-classic',
  provider: 'classic',
  region: 'us-south',
  ...extra
})

const zoneAdd = (extra: RawInputs): RawInputs => ({
  operation: 'zone-add',
  cluster: 'prod-classic',
  'worker-pool': 'default',
  ...extra
})

type Report = Awaited<ReturnType<typeof preflight>>
const verdicts = (r: Report, target: string): Array<[string, string]> =>
  findingsOf(r, 'classic-vlans', target).map(f => [f.status, f.messageId])

describe('classic-vlans', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('VLANs of the zone with the right types and router pair: pass, with the scope headers sent', async () => {
    emu = await start('healthy-classic')
    const r = await preflight(
      emu,
      create({
        zones: 'dal10',
        'private-vlan': '3249706',
        'public-vlan': '3249704'
      })
    )
    const [f, ...rest] = findingsOf(r, 'classic-vlans', 'new-classic')
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId]).toEqual(['pass', 'classic-vlans.pass'])
    expect(f!.summary).toBe(
      'Zone dal10: private VLAN 3249706 and public VLAN 3249704 are VLANs of the account in the zone, of the right type and on one router pair.'
    )
    const sent = emu.requests.filter(q => VLANS.test(q.path))
    expect(sent.map(q => q.path)).toEqual(['/v1/datacenters/dal10/vlans'])
    expect(sent[0]!.headers['x-region']).toBe('us-south')
    expect(sent[0]!.headers['x-auth-resource-group']).toBe(
      '5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01'
    )
  })

  test('the IAM refresh token goes with the VLAN read only when IAM issued one', async () => {
    const base = loadScenario('healthy-classic')
    emu = await start({
      ...base,
      apiKeys: base.apiKeys.map(k =>
        k.key === base.pipelineKey ? {...k, refreshToken: true} : k
      )
    })
    await preflight(emu, create({zones: 'dal10'}))
    const [withToken] = emu.requests.filter(q => VLANS.test(q.path))
    const refresh = emu.issuedTokens().filter(t => t.startsWith('emu-refresh-'))
    expect(refresh).toHaveLength(1)
    expect(withToken!.headers['x-auth-refresh-token']).toBe(refresh[0])
    await emu.close()
    emu = await start('healthy-classic')
    await preflight(emu, create({zones: 'dal10'}))
    const [without] = emu.requests.filter(q => VLANS.test(q.path))
    expect(without!.headers['x-auth-refresh-token']).toBeUndefined()
  })

  test('no VLANs given where the account has VLANs: fail (E0020) with the values to pass', async () => {
    emu = await start('healthy-classic')
    const r = await preflight(emu, create({zones: 'dal10', flavor: 'b3c.4x16'}))
    const [f] = findingsOf(r, 'classic-vlans', 'new-classic')
    expect([f!.status, f!.messageId]).toEqual(['fail', 'classic-vlans.missing'])
    expect(f!.summary).toContain('--private-vlan, --public-vlan missing')
    expect(f!.summary).toContain('E0020')
    expect(f!.why).toContain('If this is the first standard cluster')
    expect(commandsOf(f!)).toEqual([
      'ibmcloud ks vlan ls --zone dal10',
      'ibmcloud ks cluster create classic --name new-classic --zone dal10 --flavor b3c.4x16 --private-vlan 3249706 --public-vlan 3249704'
    ])
    expect(f!.details).toEqual([
      '3249706 private (bcr01a.dal10, #1204)',
      '3249704 public (fcr01a.dal10, #1123)'
    ])
  })

  test('a VLAN of another zone: fail naming the zone VLANs of that type', async () => {
    emu = await start('healthy-classic')
    const r = await preflight(
      emu,
      create({zones: 'dal10', 'private-vlan': '3311802'})
    )
    const [f] = findingsOf(r, 'classic-vlans', 'new-classic')
    expect([f!.status, f!.messageId]).toEqual([
      'fail',
      'classic-vlans.not-in-zone'
    ])
    expect(f!.summary).toBe(
      'Zone dal10: private VLAN 3311802 is not a VLAN of the account in this zone (the account has 2 VLAN(s) there).'
    )
    expect(f!.details[0]).toBe(
      'The private VLANs of the account in zone dal10: 3249706. Every VLAN of the zone:'
    )
    expect(commandsOf(f!)[1]).toBe(
      'ibmcloud ks cluster create classic --name new-classic --zone dal10 --flavor <flavor> --private-vlan 3249706 --public-vlan 3249704'
    )
  })

  test('a public VLAN given as the private one: wrong type', async () => {
    emu = await start('healthy-classic')
    const r = await preflight(
      emu,
      create({
        zones: 'dal10',
        'private-vlan': '3249704',
        'public-vlan': '3249704'
      })
    )
    const [f] = findingsOf(r, 'classic-vlans', 'new-classic')
    expect([f!.status, f!.messageId]).toEqual([
      'fail',
      'classic-vlans.wrong-type'
    ])
    expect(f!.summary).toBe(
      'Zone dal10: VLAN 3249704 is given as the private VLAN, but it is a public VLAN.'
    )
  })

  test('a zone where the account has no VLANs and none are given: pass, IKS creates them', async () => {
    emu = await start('healthy-classic')
    const r = await preflight(emu, create({zones: 'dal09'}))
    expect(verdicts(r, 'new-classic')).toEqual([
      ['pass', 'classic-vlans.pass-new']
    ])
    expect(findingsOf(r, 'classic-vlans')[0]!.summary).toContain(
      'A private VLAN is created for you'
    )
  })

  test('a VLAN given for a zone without VLANs: fail, leave it out', async () => {
    emu = await start('healthy-classic')
    const r = await preflight(
      emu,
      create({zones: 'dal09', 'private-vlan': '3249706'})
    )
    const [f] = findingsOf(r, 'classic-vlans', 'new-classic')
    expect([f!.status, f!.messageId]).toEqual([
      'fail',
      'classic-vlans.not-in-zone'
    ])
    expect(f!.fix[0]!.text).toContain('leave out the VLANs')
  })

  test("a private VLAN ordered before any cluster makes it required; another account's VLANs are not the account's", async () => {
    emu = await start('classic-vlans-precreated')
    const none = await preflight(emu, create({zones: 'dal09'}))
    const [f] = findingsOf(none, 'classic-vlans', 'new-classic')
    expect([f!.status, f!.messageId]).toEqual(['fail', 'classic-vlans.missing'])
    expect(f!.summary).toContain('(--private-vlan missing)')
    expect(commandsOf(f!)[1]).toBe(
      'ibmcloud ks cluster create classic --name new-classic --zone dal09 --flavor <flavor> --private-vlan 3400102 --private-only'
    )
    const theirs = await preflight(
      emu,
      create({zones: 'dal09', 'private-vlan': '3500202'})
    )
    expect(verdicts(theirs, 'new-classic')).toEqual([
      ['fail', 'classic-vlans.not-in-zone']
    ])
    const ours = await preflight(
      emu,
      create({zones: 'dal09', 'private-vlan': '3400102'})
    )
    expect(verdicts(ours, 'new-classic')).toEqual([
      ['pass', 'classic-vlans.pass-private-only']
    ])
  })

  test('zone add: VLANs on different router pairs fail; only a private VLAN is private-only and passes', async () => {
    emu = await start('healthy-classic')
    const mixed = await preflight(
      emu,
      zoneAdd({
        zones: 'dal12',
        'private-vlan': '3311802',
        'public-vlan': '3311898'
      })
    )
    const [f] = findingsOf(mixed, 'classic-vlans', 'prod-classic')
    expect([f!.status, f!.messageId]).toEqual(['fail', 'classic-vlans.routers'])
    expect(f!.summary).toContain('(router bcr01a.dal12)')
    expect(f!.summary).toContain('(router fcr02a.dal12)')
    // The fix keeps the given private VLAN and picks the public one on its router pair.
    expect(commandsOf(f!)[1]).toBe(
      'ibmcloud ks zone add classic --zone dal12 --cluster bqclassicprod0000001 --worker-pool default --private-vlan 3311802 --public-vlan 3311800'
    )
    const privateOnly = await preflight(
      emu,
      zoneAdd({zones: 'dal12', 'private-vlan': '3311900'})
    )
    expect(verdicts(privateOnly, 'prod-classic')).toEqual([
      ['pass', 'classic-vlans.pass-private-only']
    ])
  })

  test('worker-pool-create: checked when it carries VLANs, else left to its zone-add', async () => {
    emu = await start('healthy-classic')
    const pool = {
      operation: 'worker-pool-create',
      cluster: 'prod-classic',
      'worker-pool': 'batch'
    }
    const withVlans = await preflight(emu, {
      ...pool,
      zones: 'dal10',
      'private-vlan': '3311802'
    })
    expect(verdicts(withVlans, 'prod-classic')).toEqual([
      ['fail', 'classic-vlans.not-in-zone']
    ])
    emu.clearRequests()
    const without = await preflight(emu, {...pool, zones: 'dal10'})
    expect(verdicts(without, 'prod-classic')).toEqual([
      ['skip', 'classic-vlans.pool-no-vlans']
    ])
    expect(emu.count({service: 'iks', path: VLANS})).toBe(0)
  })

  test('several zones: one finding each, read in one round trip', async () => {
    emu = await start('healthy-classic')
    // dal10 answers only after 1.5 s: the other zones are asked before that answer, not after it.
    emu.setFaults([
      {
        service: 'iks',
        path: '/datacenters/dal10/vlans',
        kind: 'delay',
        delayMs: 1500
      }
    ])
    const r = await preflight(
      emu,
      create({
        zones: 'dal10,dal12,dal13',
        'private-vlan': 'dal10:3249706,dal12:3311802,dal13:3311900'
      })
    )
    expect(verdicts(r, 'new-classic')).toEqual([
      ['pass', 'classic-vlans.pass-private-only'],
      ['pass', 'classic-vlans.pass-private-only'],
      ['fail', 'classic-vlans.not-in-zone']
    ])
    const sent = emu.requests.filter(q => VLANS.test(q.path))
    expect(sent.map(q => q.path).sort()).toEqual([
      '/v1/datacenters/dal10/vlans',
      '/v1/datacenters/dal12/vlans',
      '/v1/datacenters/dal13/vlans'
    ])
    const at = (zone: string): number =>
      sent.find(q => q.path.includes(`/${zone}/`))!.at
    expect(at('dal12') - at('dal10')).toBeLessThan(1500)
    expect(at('dal13') - at('dal10')).toBeLessThan(1500)
  })

  // Issue 19 item 8: a multizone classic cluster needs VRF or VLAN spanning (IBM's subnets page); IKS
  // accepts the operation, so spanning off is a warning, read in the same round trip as the VLANs.
  describe('VRF or VLAN spanning across zones', () => {
    const twoZones = create({
      zones: 'dal10,dal12',
      'private-vlan': 'dal10:3249706,dal12:3311802'
    })
    const SPAN = '/v1/subnets/vlan-spanning'

    test('spanning off: one warning naming the zones and how to check VRF', async () => {
      emu = await start({
        ...loadScenario('healthy-classic'),
        classicVlanSpanning: false
      })
      const r = await preflight(emu, twoZones)
      expect(verdicts(r, 'new-classic')).toEqual([
        ['pass', 'classic-vlans.pass-private-only'],
        ['pass', 'classic-vlans.pass-private-only'],
        ['warn', 'classic-vlans.vrf']
      ])
      const f = findingsOf(r, 'classic-vlans', 'new-classic')[2]!
      expect(f.summary).toContain('span 2 zones (dal10, dal12)')
      expect(f.rule).toBe('classic-vlans.vrf')
      expect(commandsOf(f)).toEqual([
        'ibmcloud account show',
        'ibmcloud ks vlan spanning get --region us-south'
      ])
      const span = emu.requests.find(q => q.path === SPAN)!
      expect(span.headers['x-region']).toBe('us-south')
    })

    test('spanning on: nothing more to say; one zone: spanning is not asked', async () => {
      emu = await start('healthy-classic')
      const r = await preflight(emu, twoZones)
      expect(verdicts(r, 'new-classic').map(v => v[1])).not.toContain(
        'classic-vlans.vrf'
      )
      expect(emu.count({service: 'iks', path: SPAN})).toBe(1)
      emu.clearRequests()
      await preflight(emu, create({zones: 'dal10', 'private-vlan': '3249706'}))
      expect(emu.count({service: 'iks', path: SPAN})).toBe(0)
    })

    test('a zone add to a cluster in another zone counts as multizone; an unreadable answer warns, never fails', async () => {
      emu = await start({
        ...loadScenario('healthy-classic'),
        classicVlanSpanning: false
      })
      const r = await preflight(
        emu,
        zoneAdd({zones: 'dal12', 'private-vlan': '3311802'})
      )
      expect(verdicts(r, 'prod-classic').map(v => v[1])).toContain(
        'classic-vlans.vrf'
      )
      emu.setFaults([
        {
          service: 'iks',
          path: '/subnets/vlan-spanning',
          kind: 'status',
          status: 500
        }
      ])
      const bad = await preflight(emu, twoZones)
      const last = findingsOf(bad, 'classic-vlans', 'new-classic').at(-1)!
      expect([last.status, last.messageId]).toEqual([
        'warn',
        'classic-vlans.vrf-unknown'
      ])
    })
  })

  test('no zones: skipped naming zones; a VPC cluster and other operations: not for them, no VLAN read', async () => {
    emu = await start('healthy-mixed')
    const noZones = await preflight(emu, create({}))
    expect(verdicts(noZones, 'new-classic')).toEqual([
      ['skip', 'classic-vlans.needs-zones']
    ])
    expect(findingsOf(noZones, 'classic-vlans')[0]!.summary).toContain(
      'give zones'
    )
    const vpc = await preflight(emu, {
      operation: 'zone-add',
      cluster: 'prod-vpc',
      zones: 'us-south-1'
    })
    expect(verdicts(vpc, 'prod-vpc')).toEqual([
      ['skip', 'common.not-for-provider']
    ])
    const update = await preflight(emu, {
      operation: 'cluster-update',
      cluster: 'prod-classic'
    })
    expect(verdicts(update, 'prod-classic')).toEqual([
      ['skip', 'common.not-for-operation']
    ])
    expect(emu.count({service: 'iks', path: VLANS})).toBe(0)
  })

  test('without classic infrastructure the check is not checked (needs paid-account), never a pass', async () => {
    emu = await start('no-paid-account')
    const r = await preflight(
      emu,
      create({zones: 'dal10', 'private-vlan': '3249706'})
    )
    const [f] = findingsOf(r, 'classic-vlans', 'new-classic')
    expect(f!.status).not.toBe('pass')
    expect(f!.messageId).toBe('common.needs')
    expect(f!.summary).toContain('paid-account')
  })

  test('an unreadable VLAN list is "could not verify"', async () => {
    emu = await start('healthy-classic')
    emu.setFaults([
      {service: 'iks', path: '/vlans', kind: 'wrongTypes', times: 10}
    ])
    const r = await preflight(emu, create({zones: 'dal10'}))
    const [f] = findingsOf(r, 'classic-vlans', 'new-classic')
    expect(f!.status).toBe('error')
    expect(f!.messageId).toMatch(/^common\.could-not-verify/)
    expect(f!.summary).toContain('list zone VLANs')
  })

  test('from a plan: a classic cluster create with its VLANs passes; with a VLAN of another zone it fails', async () => {
    emu = await start('healthy-classic')
    const good = await preflight(emu, {
      'terraform-plan': `${PLANS}/classic-cluster-create.json`,
      region: 'us-south'
    })
    expect(verdicts(good, 'prod-classic')).toEqual([
      ['pass', 'classic-vlans.pass']
    ])
    const dir = mkdtempSync(join(tmpdir(), 'vlans-'))
    const bad = join(dir, 'plan.json')
    writeFileSync(
      bad,
      readFileSync(`${PLANS}/classic-cluster-create.json`, 'utf8').replaceAll(
        '"3249706"',
        '"3311900"'
      )
    )
    const r = await preflight(emu, {'terraform-plan': bad, region: 'us-south'})
    expect(verdicts(r, 'prod-classic')).toEqual([
      ['fail', 'classic-vlans.not-in-zone']
    ])
  })

  test('from a plan: a zone attachment on an existing cluster is a zone add; VLANs known after apply are not checked', async () => {
    emu = await start('healthy-classic')
    const attachment = (after: object, unknown: object = {}): string => {
      const dir = mkdtempSync(join(tmpdir(), 'vlans-'))
      const file = join(dir, 'plan.json')
      writeFileSync(
        file,
        JSON.stringify({
          format_version: '1.2',
          resource_changes: [
            {
              address: 'ibm_container_worker_pool_zone_attachment.dal13',
              mode: 'managed',
              type: 'ibm_container_worker_pool_zone_attachment',
              name: 'dal13',
              change: {
                actions: ['create'],
                before: null,
                after: {
                  cluster: 'bqclassicprod0000001',
                  worker_pool: 'default',
                  zone: 'dal13',
                  ...after
                },
                after_unknown: {id: true, ...unknown}
              }
            }
          ]
        })
      )
      return file
    }
    const missing = await preflight(emu, {
      'terraform-plan': attachment({})
    })
    const [f] = findingsOf(missing, 'classic-vlans')
    expect([f!.status, f!.messageId]).toEqual(['fail', 'classic-vlans.missing'])
    expect(commandsOf(f!)[1]).toBe(
      'ibmcloud ks zone add classic --zone dal13 --cluster bqclassicprod0000001 --worker-pool default --private-vlan 3312006 --public-vlan 3312004'
    )
    const ok = await preflight(emu, {
      'terraform-plan': attachment({
        private_vlan_id: '3312006',
        public_vlan_id: '3312004'
      })
    })
    expect(findingsOf(ok, 'classic-vlans').map(x => x.messageId)).toEqual([
      'classic-vlans.pass'
    ])
    const later = await preflight(emu, {
      'terraform-plan': attachment({}, {private_vlan_id: true})
    })
    expect(
      findingsOf(later, 'classic-vlans').map(x => [x.messageId, x.summary])
    ).toEqual([
      [
        'classic-vlans.after-apply',
        'Not checked: ibm_container_worker_pool_zone_attachment.dal13.private_vlan_id is known only after apply.'
      ]
    ])
  })
})
