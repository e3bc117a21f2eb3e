/** Tests of the IBM Cloud API emulator itself (test/emulator/). */
/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read loosely typed JSON bodies */
import {afterEach, describe, expect, it} from '@jest/globals'
import {
  type Emulator,
  decodeJwtPayload,
  listScenarios,
  loadScenario,
  applyOverrides,
  parseScenario,
  start
} from './emulator/index.js'

const RG = '5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01'
const ACCOUNT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'

let emu: Emulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

async function token(
  e: Emulator,
  key = e.scenario.pipelineKey
): Promise<Response> {
  return fetch(`${e.env.IBMCLOUD_IAM_API_ENDPOINT}/identity/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json'
    },
    body: new URLSearchParams({
      grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
      apikey: key,
      response_type: 'cloud_iam'
    })
  })
}

async function bearer(e: Emulator): Promise<string> {
  const res = await token(e)
  expect(res.status).toBe(200)
  return ((await res.json()) as {access_token: string}).access_token
}

async function get(
  url: string,
  headers: Record<string, string> = {}
): Promise<{status: number; body: any; res: Response}> {
  const res = await fetch(url, {headers})
  const text = await res.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : ''
  } catch {
    /* not JSON */
  }
  return {status: res.status, body, res}
}

describe('scenario overrides over the base world', () => {
  it('merges objects by key, lists by identity, removes with $remove, replaces anything else', () => {
    const base = {
      a: 1,
      keep: {x: 1, y: 2},
      gone: 'x',
      list: [
        {id: 'c1', n: 1, w: [{id: 'w1', s: 'ok'}]},
        {id: 'c2', n: 2}
      ],
      plain: [1, 2]
    }
    expect(
      applyOverrides(base, {
        a: 2,
        keep: {y: 3},
        gone: {$remove: true},
        list: {
          $merge: [
            {id: 'c1', w: {$merge: [{id: 'w1', s: 'bad'}]}},
            {id: 'c2', $remove: true},
            {id: 'c3', n: 3}
          ]
        },
        plain: [9]
      })
    ).toEqual({
      a: 2,
      keep: {x: 1, y: 3},
      list: [
        {id: 'c1', n: 1, w: [{id: 'w1', s: 'bad'}]},
        {id: 'c3', n: 3}
      ],
      plain: [9]
    })
    // The base is not changed by an override.
    expect(base.list).toHaveLength(2)
  })
})

describe('scenarios', () => {
  it('all scenario files load, validate and carry distinct pipeline keys', () => {
    const names = listScenarios()
    for (const required of [
      'healthy-classic',
      'healthy-vpc',
      'healthy-mixed',
      'unknown-key',
      'disabled-key',
      'locked-key',
      'other-account',
      'cluster-not-found',
      'cluster-forbidden',
      'create-name-taken',
      'service-id-no-stored-key',
      'restricted-apikey',
      'missing-infra-permissions',
      'default-group-named'
    ]) {
      expect(names).toContain(required)
    }
    const keys = names.map(n => loadScenario(n).pipelineKey)
    expect(new Set(keys).size).toBe(keys.length)
    for (const k of keys) expect(k).toMatch(/^emu-key-/)
  })

  it('invalid scenarios fail with the field named', () => {
    expect(() =>
      parseScenario(
        {
          name: 'x',
          pipelineKey: 'k',
          accounts: [{id: 'a', name: 'A', mfa: 'SOMETIMES'}]
        },
        'file bad.json'
      )
    ).toThrow(/bad\.json[\s\S]*accounts\.0\.mfa/)
    expect(() => loadScenario('does-not-exist')).toThrow(
      /Unknown emulator scenario/
    )
  })
})

describe('IAM', () => {
  it('issues a signed three-part JWT with the model claims', async () => {
    emu = await start('healthy-classic')
    const res = await token(emu)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({
      refresh_token: 'not_supported',
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'ibm openid',
      ims_user_id: 7000002
    })
    const parts = String(body.access_token).split('.')
    expect(parts).toHaveLength(3)
    const claims = decodeJwtPayload(String(body.access_token)) as any
    expect(claims.exp - claims.iat).toBe(3600)
    expect(claims.account).toMatchObject({
      bss: ACCOUNT,
      ims: '1234567',
      valid: true,
      boundary: 'global'
    })
    expect(claims.iam_id).toBe('IBMid-6600001PIP')
    expect(body.expiration).toBe(claims.exp)
  })

  it('answers unknown, disabled and malformed requests with IAM token errors; locked keys still work', async () => {
    emu = await start('unknown-key')
    let res = await token(emu)
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({
      errorCode: 'BXNIM0415E',
      errorMessage: 'Provided API key could not be found.',
      context: {requestId: expect.any(String)}
    })
    res = await fetch(`${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/identity/token`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: '{}'
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).errorCode).toBe('BXNIM0106E')
    await emu.close()

    emu = await start('disabled-key')
    res = await token(emu)
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).errorCode).toBe('BXNIM0416E')
    await emu.close()

    emu = await start('locked-key')
    const t = await bearer(emu)
    const details = await get(
      `${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/v1/apikeys/details`,
      {authorization: `Bearer ${t}`, 'IAM-ApiKey': emu.scenario.pipelineKey}
    )
    expect(details.status).toBe(200)
    expect(details.body).toMatchObject({
      locked: true,
      disabled: false,
      account_id: ACCOUNT,
      iam_id: 'IBMid-6600001PIP'
    })
    const unknown = await get(
      `${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/v1/apikeys/details`,
      {authorization: `Bearer ${t}`, 'IAM-ApiKey': 'nope'}
    )
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].code).toBe('not_found')
  })

  it('serves account settings and effective settings', async () => {
    emu = await start('restricted-apikey')
    const auth = {authorization: `bearer ${await bearer(emu)}`}
    const s = await get(
      `${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/v1/accounts/${ACCOUNT}/settings/identity`,
      auth
    )
    expect(s.status).toBe(200)
    expect(s.body).toMatchObject({
      account_id: ACCOUNT,
      mfa: 'NONE',
      restrict_create_platform_apikey: 'RESTRICTED'
    })
    const eff = await get(
      `${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/v1/accounts/${ACCOUNT}/effective_settings/identity`,
      auth
    )
    expect(eff.body.effective.mfa).toBe('NONE')
  })
})

describe('bearer auth', () => {
  it("rejects bad bearers with each service's 401 envelope", async () => {
    emu = await start('healthy-vpc')
    const bad = {authorization: 'Bearer not.a.token'}
    const iks = await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getCluster?cluster=prod-vpc`,
      bad
    )
    expect(iks.status).toBe(401)
    expect(iks.body).toMatchObject({
      incidentID: expect.any(String),
      code: 'A0003',
      description: expect.stringContaining(
        'Your IAM token could not be verified'
      ),
      type: 'Authentication'
    })
    const iam = await get(
      `${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/v1/apikeys/details`,
      {'IAM-ApiKey': 'x'}
    )
    expect(iam.status).toBe(401)
    expect(iam.body.errors[0].code).toBe('invalid_access_token')
    const vpc = await get(
      `${emu.env.IBMCLOUD_IS_NG_API_ENDPOINT}/endpoint_gateways?version=2024-01-01&generation=2`,
      bad
    )
    expect(vpc.status).toBe(401)
    expect(vpc.body.errors[0].code).toBe('not_authorized')
    // a token signed by another emulator instance is rejected
    const other = await start('healthy-vpc')
    const foreign = await bearer(other)
    await other.close()
    const acc = await get(
      `${emu.env.IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT}/v4/accounts/${ACCOUNT}`,
      {authorization: `Bearer ${foreign}`}
    )
    expect(acc.status).toBe(401)
  })
})

describe('IKS', () => {
  it('serves cluster, workers (v1 and v2) and cluster lists in IBM shapes', async () => {
    emu = await start('healthy-mixed')
    const auth = {authorization: `Bearer ${await bearer(emu)}`}
    const cs = emu.env.IBMCLOUD_CS_API_ENDPOINT
    const c = await get(
      `${cs}/v2/getCluster?cluster=prod-vpc&v1-compatible`,
      auth
    )
    expect(c.status).toBe(200)
    expect(c.body).toMatchObject({
      id: 'cvpcprod000000000001',
      name: 'prod-vpc',
      region: 'us-south',
      resourceGroup: RG,
      resourceGroupName: 'default',
      provider: 'vpc-gen2',
      state: 'normal',
      workerCount: 3,
      vpcs: ['r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'],
      workerZones: ['us-south-1', 'us-south-2', 'us-south-3'],
      isPaid: true,
      lifecycle: {masterState: 'deployed', masterStatus: 'Ready'},
      serviceEndpoints: {privateServiceEndpointEnabled: true}
    })
    expect(c.body).toHaveProperty('datacenter')
    const v1 = await get(`${cs}/v1/clusters/bqclassicprod0000001`, auth)
    expect(v1.body).toMatchObject({
      name: 'prod-classic',
      provider: 'classic',
      ingressHostname: expect.any(String)
    })
    const all = await get(`${cs}/v2/getClusters`, auth)
    expect(all.body.map((x: any) => x.name).sort()).toEqual([
      'dev-classic',
      'dev-vpc',
      'prod-classic',
      'prod-vpc'
    ])
    // IBM's list is a subset of getCluster (GetClustersResponse): no vpcs, workerZones, crn or lifecycle.
    for (const item of all.body) {
      expect(item).toHaveProperty('state')
      for (const k of ['vpcs', 'workerZones', 'crn', 'lifecycle'])
        expect(item).not.toHaveProperty(k)
    }
    const vpcOnly = await get(`${cs}/v2/getClusters?provider=vpc-gen2`, auth)
    expect(vpcOnly.body).toHaveLength(2)
    const w2 = await get(`${cs}/v2/getWorkers?cluster=prod-vpc`, auth)
    expect(w2.body).toHaveLength(3)
    expect(w2.body[0]).toMatchObject({
      location: 'us-south-1',
      health: {state: 'normal', message: 'Ready'},
      lifecycle: {desiredState: 'deployed'},
      poolName: 'default'
    })
    expect(w2.body[0].networkInterfaces[0].ipAddress).toBe('10.240.0.4')
    const wc = await get(`${cs}/v2/getWorkers?cluster=prod-classic`, auth)
    expect(wc.body[0].networkInformation.privateIP).toBe('10.176.12.11')
    const w1 = await get(`${cs}/v1/clusters/prod-classic/workers`, auth)
    expect(w1.body[0]).toMatchObject({
      id: 'kube-dal10-crbqclassicprod0000001-w1',
      state: 'normal',
      status: 'Ready',
      errorMessage: '',
      privateIP: '10.176.12.11',
      location: 'dal10'
    })
  })

  it('applies A0006, G0004 and the forbidden-cluster 403', async () => {
    emu = await start('other-account')
    let auth = {authorization: `Bearer ${await bearer(emu)}`}
    const nf = await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getCluster?cluster=prod-classic`,
      auth
    )
    expect(nf.status).toBe(404)
    expect(nf.body).toMatchObject({code: 'A0006', type: 'Authentication'})
    await emu.close()

    emu = await start('healthy-classic')
    auth = {authorization: `Bearer ${await bearer(emu)}`}
    const g = await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getCluster?cluster=prod-classic`,
      {...auth, 'X-Auth-Resource-Group': '7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e02'}
    )
    expect(g.status).toBe(404)
    expect(g.body.code).toBe('G0004')
    await emu.close()

    emu = await start('cluster-forbidden')
    auth = {authorization: `Bearer ${await bearer(emu)}`}
    const f = await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getCluster?cluster=prod-classic`,
      auth
    )
    expect(f.status).toBe(403)
    expect(f.body).toMatchObject({code: 'G0106', type: 'Authorization'})
  })

  it('enforces X-Region / X-Auth-Resource-Group and answers credentials, infra-permissions and key owner', async () => {
    emu = await start('missing-infra-permissions')
    const auth = {authorization: `Bearer ${await bearer(emu)}`}
    const cs = emu.env.IBMCLOUD_CS_API_ENDPOINT
    const scope = {...auth, 'X-Region': 'us-south', 'X-Auth-Resource-Group': RG}
    const noRegion = await get(`${cs}/v1/credentials`, {
      ...auth,
      'X-Auth-Resource-Group': RG
    })
    expect(noRegion.status).toBe(400)
    expect(noRegion.body.description).toContain('X-Region')
    const noGroup = await get(`${cs}/v1/infra-permissions`, {
      ...auth,
      'X-Region': 'us-south'
    })
    expect(noGroup.status).toBe(400)
    expect(noGroup.body.description).toContain('X-Auth-Resource-Group')
    const byName = await get(`${cs}/v1/credentials`, {
      ...auth,
      'X-Region': 'us-south',
      'X-Auth-Resource-Group': 'default'
    })
    expect(byName.status).toBe(400)

    const creds = await get(`${cs}/v1/credentials`, scope)
    expect(creds.status).toBe(404)
    expect(creds.body).toMatchObject({
      incidentID: expect.any(String),
      code: 'E0051',
      description: 'The user credentials could not be found.'
    })

    const perms = await get(`${cs}/v1/infra-permissions`, scope)
    expect(perms.status).toBe(200)
    // IBM's AccountStatus: categories of {required, recommended}; absent parts are sufficient.
    expect(perms.body).toEqual({
      account: '1234567',
      accountType: 'linked account API key',
      virtualWorkerManagerPermissions: {
        required: {
          insufficient: true,
          missingPermissions: [
            'Add Server',
            'View Virtual Server Details',
            'Add Tickets'
          ]
        }
      },
      networkManagerPermissions: {
        recommended: {insufficient: true, missingPermissions: ['Manage DNS']}
      },
      storageManagerPermissions: {
        recommended: {
          insufficient: true,
          missingPermissions: ['Manage Storage']
        }
      }
    })

    const owner = await get(
      `${cs}/v1/logging/prod-classic/clusterkeyowner`,
      scope
    )
    // `id` is the stored API key's ID, not its owner's IAM ID.
    expect(owner.body).toEqual({
      id: expect.stringMatching(/^ApiKey-[0-9a-f]{32}$/),
      name: 'Acme Owner',
      email: 'owner@acme.example'
    })

    // credential set / get / unset round trip
    let r = await fetch(`${cs}/v1/credentials`, {
      method: 'POST',
      headers: {
        ...scope,
        'X-Auth-Softlayer-Username': '1234567_owner@acme.example',
        'X-Auth-Softlayer-APIKey': 'emu-classic-key-1234567-owner-9d41'
      }
    })
    expect(r.status).toBe(204)
    expect((await get(`${cs}/v1/credentials`, scope)).body).toEqual({
      apiUser: '1234567_owner@acme.example'
    })
    r = await fetch(`${cs}/v1/credentials`, {method: 'DELETE', headers: scope})
    expect(r.status).toBe(204)
    expect((await get(`${cs}/v1/credentials`, scope)).status).toBe(404)

    // api-key reset makes the caller the key owner
    r = await fetch(`${cs}/v1/keys`, {method: 'POST', headers: scope})
    expect(r.status).toBe(204)
    const after = (
      await get(`${cs}/v1/logging/prod-classic/clusterkeyowner`, scope)
    ).body
    expect(after.email).toBe('pipeline@acme.example')
    expect(after.id).not.toBe(owner.body.id)
  })

  it('models E0057 (no paid account), E0103 (TOTP) and E0046 (no stored key)', async () => {
    emu = await start('no-paid-account')
    let scope = {
      authorization: `Bearer ${await bearer(emu)}`,
      'X-Region': 'us-south',
      'X-Auth-Resource-Group': RG
    }
    const p = await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v1/infra-permissions`,
      scope
    )
    expect(p.status).toBe(401)
    expect(p.body).toMatchObject({
      code: 'E0057',
      description:
        'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.',
      recoveryCLI: expect.any(String)
    })
    expect(
      (await get(`${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v1/credentials`, scope))
        .body.code
    ).toBe('E0051')
    const sl = await get(
      `${emu.env.IAAS_CLASSIC_ENDPOINT_URL}/SoftLayer_Account/getVirtualGuests.json`,
      {authorization: scope.authorization}
    )
    expect(sl.status).toBe(500)
    expect(sl.body.error).toContain('Token received with no IMS account id')
    await emu.close()

    emu = await start('totp-linked')
    scope = {
      authorization: `Bearer ${await bearer(emu)}`,
      'X-Region': 'us-south',
      'X-Auth-Resource-Group': RG
    }
    const t = await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v1/infra-permissions`,
      scope
    )
    expect(t.status).toBe(401)
    expect(t.body.description).toContain(
      'Time-based One Time Password authentication is required'
    )
    await emu.close()

    emu = await start('service-id-no-stored-key')
    scope = {
      authorization: `Bearer ${await bearer(emu)}`,
      'X-Region': 'us-south',
      'X-Auth-Resource-Group': RG
    }
    const o = await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v1/logging/prod-vpc/clusterkeyowner`,
      scope
    )
    expect(o.status).toBe(404)
    expect(o.body.code).toBe('E0046')
  })

  it('master refresh recreates a missing VPE gateway after the scenario delay', async () => {
    emu = await start('vpe-missing')
    const t = await bearer(emu)
    const list = async (): Promise<any> =>
      (
        await get(
          `${emu!.env.IBMCLOUD_IS_NG_API_ENDPOINT}/endpoint_gateways?version=2024-01-01&generation=2&name=iks-cvpcprod000000000001`,
          {authorization: `Bearer ${t}`}
        )
      ).body
    expect((await list()).endpoint_gateways).toHaveLength(0)
    const r = await fetch(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v1/clusters/prod-vpc/masters`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${t}`,
          'content-type': 'application/json'
        },
        body: JSON.stringify({action: 'refresh'})
      }
    )
    expect(r.status).toBe(204)
    expect(emu.refreshes()).toHaveLength(1)
    expect((await list()).endpoint_gateways).toHaveLength(0)
    await new Promise(res => setTimeout(res, 450))
    const gw = (await list()).endpoint_gateways[0]
    expect(gw).toMatchObject({
      name: 'iks-cvpcprod000000000001',
      lifecycle_state: 'stable',
      health_state: 'ok'
    })
    expect(
      gw.ips.map((i: any) => i.name.split('-').slice(-3).join('-'))
    ).toEqual(['us-south-1', 'us-south-2', 'us-south-3'])
  })
})

describe('Account Management and Resource Manager', () => {
  it('serve the account and its resource groups', async () => {
    emu = await start('default-group-named')
    const auth = {authorization: `Bearer ${await bearer(emu)}`}
    const a = await get(
      `${emu.env.IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT}/v4/accounts/${ACCOUNT}`,
      auth
    )
    expect(a.body).toMatchObject({
      id: ACCOUNT,
      linked_softlayer_account: '1234567',
      owner_iamid: 'IBMid-6600000OWN'
    })
    const g = await get(
      `${emu.env.IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT}/v2/resource_groups?account_id=${ACCOUNT}`,
      auth
    )
    expect(g.body.resources.map((x: any) => [x.name, x.default])).toEqual([
      ['Default', true],
      ['ops', false]
    ])
    expect(g.body.resources[0]).toMatchObject({
      id: RG,
      account_id: ACCOUNT,
      state: 'ACTIVE',
      crn: expect.stringContaining(RG)
    })
  })
})

describe('VPC', () => {
  it('requires version and generation, validates limit and pages with next.href', async () => {
    emu = await start({
      ...loadScenario('healthy-vpc'),
      generateGateways: {
        count: 118,
        vpcId: 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
        region: 'us-south'
      }
    })
    const auth = {authorization: `Bearer ${await bearer(emu)}`}
    const base = `${emu.env.IBMCLOUD_IS_NG_API_ENDPOINT}/endpoint_gateways`
    const noVersion = await get(`${base}?generation=2`, auth)
    expect(noVersion.status).toBe(400)
    expect(noVersion.body.errors[0].target).toMatchObject({
      name: 'version',
      type: 'parameter'
    })
    expect((await get(`${base}?version=2024-01-01`, auth)).status).toBe(400)
    expect(
      (await get(`${base}?version=2024-01-01&generation=2&limit=101`, auth))
        .status
    ).toBe(400)
    expect(
      (await get(`${base}?version=2024-01-01&generation=2&limit=0`, auth))
        .status
    ).toBe(400)

    const names: string[] = []
    let page = await get(`${base}?version=2024-01-01&generation=2`, auth)
    let pages = 0
    for (;;) {
      pages++
      expect(page.status).toBe(200)
      expect(page.body.total_count).toBe(120)
      expect(page.body.limit).toBe(50)
      expect(page.body.first.href).toContain('/endpoint_gateways')
      names.push(...page.body.endpoint_gateways.map((g: any) => g.name))
      if (!page.body.next) break
      const start = new URL(page.body.next.href).searchParams.get('start')
      page = await get(
        `${base}?version=2024-01-01&generation=2&start=${encodeURIComponent(start!)}`,
        auth
      )
    }
    expect(pages).toBe(3)
    expect(new Set(names).size).toBe(120)

    const filtered = await get(
      `${base}?version=2024-01-01&generation=2&name=iks-cvpcprod000000000001&vpc.id=r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d`,
      auth
    )
    expect(filtered.body.endpoint_gateways).toHaveLength(1)
    const gw = filtered.body.endpoint_gateways[0]
    expect(gw).toMatchObject({
      lifecycle_state: 'stable',
      health_state: 'ok',
      resource_type: 'endpoint_gateway',
      vpc: {id: 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'}
    })
    expect(gw.ips).toHaveLength(3)
    const one = await get(
      `${base}/${gw.id}?version=2024-01-01&generation=2`,
      auth
    )
    expect(one.body.id).toBe(gw.id)
    const ips = await get(
      `${base}/${gw.id}/ips?version=2024-01-01&generation=2`,
      auth
    )
    expect(ips.body.ips).toHaveLength(3)
  })
})

describe('SoftLayer', () => {
  it('pages with resultLimit and always sets SoftLayer-Total-Items; accepts Basic apikey:, classic user and bearer', async () => {
    emu = await start('healthy-classic')
    const sl = emu.env.IAAS_CLASSIC_ENDPOINT_URL
    const basicKey = {
      authorization: `Basic ${Buffer.from(`apikey:${emu.scenario.pipelineKey}`).toString('base64')}`
    }
    const all = await get(
      `${sl}/SoftLayer_Account/getVirtualGuests.json?objectMask=mask[id,hostname,primaryBackendIpAddress]`,
      basicKey
    )
    expect(all.status).toBe(200)
    expect(all.res.headers.get('softlayer-total-items')).toBe('3')
    expect(all.body.map((d: any) => d.hostname)).toContain(
      'kube-dal10-crbqclassicprod0000001-w1'
    )
    const page = await get(
      `${sl}/SoftLayer_Account/getVirtualGuests?resultLimit=2,2`,
      basicKey
    )
    expect(page.body).toHaveLength(1)
    expect(page.res.headers.get('softlayer-total-items')).toBe('3')
    const hw = await get(`${sl}/SoftLayer_Account/getHardware.json`, basicKey)
    expect(hw.body[0].hostname).toBe('db-bare-metal-01')

    const user = {
      authorization: `Basic ${Buffer.from('1234567_owner@acme.example:emu-classic-key-1234567-owner-9d41').toString('base64')}`
    }
    const me = await get(`${sl}/SoftLayer_Account/getCurrentUser.json`, user)
    expect(me.body).toMatchObject({
      id: 7000001,
      username: '1234567_owner@acme.example',
      accountId: 1234567
    })
    const acct = await get(`${sl}/SoftLayer_Account/getObject.json`, {
      authorization: `Bearer ${await bearer(emu)}`
    })
    expect(acct.body.id).toBe(1234567)

    const bad = await get(`${sl}/SoftLayer_Account/getVirtualGuests.json`, {
      authorization: `Basic ${Buffer.from('apikey:wrong').toString('base64')}`
    })
    expect(bad.status).toBe(401)
    expect(bad.body).toEqual({
      error: 'Access Denied. ',
      code: 'SoftLayer_Exception_Public'
    })
  })

  it('answers 403 for users that cannot list devices and 401 TOTP for TOTP users', async () => {
    emu = await start('sl-no-device-permission')
    const basicKey = {
      authorization: `Basic ${Buffer.from(`apikey:${emu.scenario.pipelineKey}`).toString('base64')}`
    }
    const r = await get(
      `${emu.env.IAAS_CLASSIC_ENDPOINT_URL}/SoftLayer_Account/getVirtualGuests.json`,
      basicKey
    )
    expect(r.status).toBe(403)
    expect(r.body.code).toBe('SoftLayer_Exception_Public')
    await emu.close()
    emu = await start('totp-linked')
    const t = await get(
      `${emu.env.IAAS_CLASSIC_ENDPOINT_URL}/SoftLayer_Account/getCurrentUser.json`,
      {
        authorization: `Basic ${Buffer.from(`apikey:${emu.scenario.pipelineKey}`).toString('base64')}`
      }
    )
    expect(t.status).toBe(401)
    expect(t.body.error).toContain('Time-based One Time Password')
  })
})

describe('faults', () => {
  it('status with Retry-After, limited by times', async () => {
    emu = await start('healthy-classic')
    const auth = {authorization: `Bearer ${await bearer(emu)}`}
    emu.setFaults([
      {
        service: 'iks',
        path: '/v2/getCluster',
        kind: 'status',
        status: 429,
        retryAfter: '2',
        times: 2
      }
    ])
    const url = `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getCluster?cluster=prod-classic`
    const a = await get(url, auth)
    expect(a.status).toBe(429)
    expect(a.res.headers.get('retry-after')).toBe('2')
    expect(a.body).toMatchObject({
      incidentID: expect.any(String),
      code: expect.any(String)
    })
    expect((await get(url, auth)).status).toBe(429)
    expect((await get(url, auth)).status).toBe(200)
  })

  it('reset, truncated, html, empty, wrongTypes, delay', async () => {
    emu = await start('healthy-vpc')
    const auth = {authorization: `Bearer ${await bearer(emu)}`}
    const url = `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getCluster?cluster=prod-vpc`

    emu.setFaults([
      {service: 'iks', path: '/v2/getCluster', kind: 'reset', times: 1}
    ])
    await expect(fetch(url, {headers: auth})).rejects.toThrow()

    emu.setFaults([{service: 'iks', path: '/v2/getCluster', kind: 'truncated'}])
    const tr = await fetch(url, {headers: auth})
    expect(tr.status).toBe(200)
    const text = await tr.text()
    expect(() => JSON.parse(text)).toThrow()
    expect(text.startsWith('{"addons":[],"createdDate":')).toBe(true)

    emu.setFaults([{service: '*', path: '/v2/getCluster', kind: 'html'}])
    const html = await fetch(url, {headers: auth})
    expect(html.status).toBe(502)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(await html.text()).toContain('<html>')

    emu.setFaults([{service: 'iks', path: '/v2/getCluster', kind: 'empty'}])
    const empty = await fetch(url, {headers: auth})
    expect(empty.status).toBe(200)
    expect(await empty.text()).toBe('')

    emu.setFaults([
      {service: 'iks', path: '/v2/getCluster', kind: 'wrongTypes'}
    ])
    const wrong = await get(url, auth)
    expect(wrong.status).toBe(200)
    expect(typeof wrong.body.vpcs).toBe('string')
    expect(typeof wrong.body.name).toBe('number')

    emu.setFaults([
      {
        service: 'iks',
        method: 'GET',
        path: '/v2/getCluster',
        kind: 'delay',
        delayMs: 150
      }
    ])
    const t0 = Date.now()
    expect((await get(url, auth)).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
    expect(emu.requests.filter(r => r.fault === 'reset')[0]?.status).toBe(0)
  })

  it('trickle sends the body slowly; hang never answers and ends on close', async () => {
    emu = await start('healthy-vpc')
    const auth = {authorization: `Bearer ${await bearer(emu)}`}
    emu.setFaults([
      {service: 'iam', path: '/v1/apikeys/details', kind: 'trickle', delayMs: 1}
    ])
    const tr = await get(
      `${emu.env.IBMCLOUD_IAM_API_ENDPOINT}/v1/apikeys/details`,
      {...auth, 'IAM-ApiKey': emu.scenario.pipelineKey}
    )
    expect(tr.status).toBe(200)
    expect(tr.body.iam_id).toBe('IBMid-6600001PIP')

    emu.setFaults([{service: 'vpc', path: '/endpoint_gateways', kind: 'hang'}])
    const pending = fetch(
      `${emu.env.IBMCLOUD_IS_NG_API_ENDPOINT}/endpoint_gateways?version=2024-01-01&generation=2`,
      {headers: auth}
    ).then(
      () => 'answered',
      () => 'failed'
    )
    const raced = await Promise.race([
      pending,
      new Promise(r => setTimeout(() => r('still-hanging'), 300))
    ])
    expect(raced).toBe('still-hanging')
    await emu.close()
    emu = undefined
    expect(await pending).toBe('failed')
  })

  it('scenario faults and latency apply from the start', async () => {
    emu = await start(
      {
        ...loadScenario('healthy-classic'),
        faults: [
          {
            service: 'iam',
            path: '/identity/token',
            kind: 'status',
            status: 503,
            times: 1
          }
        ]
      },
      {latencyMs: 20}
    )
    const first = await token(emu)
    expect(first.status).toBe(503)
    expect(((await first.json()) as any).errorCode).toEqual(expect.any(String))
    const t0 = Date.now()
    expect((await token(emu)).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(18)
  })
})

describe('request recording', () => {
  it('records service, method, path, query, lower-cased headers and status', async () => {
    emu = await start('healthy-classic')
    const t = await bearer(emu)
    await get(`${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v1/credentials`, {
      authorization: `Bearer ${t}`,
      'X-Region': 'us-south',
      'X-Auth-Resource-Group': RG
    })
    await get(
      `${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v2/getCluster?cluster=prod-classic&v1-compatible`,
      {authorization: `Bearer ${t}`}
    )
    expect(emu.count()).toBe(3)
    expect(
      emu.count({service: 'iam', method: 'post', path: '/identity/token'})
    ).toBe(1)
    const cred = emu.requests.find(r => r.path === '/v1/credentials')!
    expect(cred).toMatchObject({service: 'iks', method: 'GET', status: 404})
    expect(cred.headers['x-region']).toBe('us-south')
    expect(cred.headers['x-auth-resource-group']).toBe(RG)
    expect(typeof cred.at).toBe('number')
    const gc = emu.requests.find(r => r.path === '/v2/getCluster')!
    expect(gc.query).toEqual({cluster: 'prod-classic', 'v1-compatible': ''})
    expect(emu.count({path: /^\/v\d\//})).toBe(2)
    emu.clearRequests()
    expect(emu.requests).toHaveLength(0)
  })
})
