/**
 * Every scenario's every answer is a contract shape: the emulator cannot drift from IBM's wire format.
 * For each scenario, every key asks every read endpoint for every cluster (plus a few requests that must
 * fail), and each recorded answer is checked against its template in templates.ts.
 */
import {describe, expect, it} from '@jest/globals'
import {listScenarios, start, type Emulator} from '../emulator/index.js'
import {templateFor} from './routes.js'
import {mismatch, TEMPLATES} from './templates.js'

async function call(
  url: string,
  init: RequestInit = {}
): Promise<{status: number; body: unknown}> {
  const res = await fetch(url, init)
  const text = await res.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = text
  }
  return {status: res.status, body}
}

/** Every page of a VPC collection (up to 10), following `next.href`'s start token as the client does. */
async function pages(
  first: string,
  headers: Record<string, string>
): Promise<void> {
  let next: string | undefined = first
  for (let page = 0; next && page < 10; page++) {
    const r = await call(next, {headers})
    const href = (r.body as {next?: {href?: string}} | undefined)?.next?.href
    const start = href
      ? new URL(href, 'http://x').searchParams.get('start')
      : null
    next = start ? `${first}&start=${start}` : undefined
  }
}

/** Ask every endpoint we read, as every API key of the scenario. */
async function walk(emu: Emulator): Promise<void> {
  const {env, scenario} = emu
  const iam = env.IBMCLOUD_IAM_API_ENDPOINT!
  const cs = env.IBMCLOUD_CS_API_ENDPOINT!
  const vpc = env.IBMCLOUD_IS_NG_API_ENDPOINT!
  const sl = env.IAAS_CLASSIC_ENDPOINT_URL!
  const keys = [
    ...new Set([scenario.pipelineKey, ...scenario.apiKeys.map(k => k.key)])
  ]
  for (const key of keys) {
    const t = await call(`${iam}/identity/token`, {
      method: 'POST',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({
        grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
        apikey: key,
        response_type: 'cloud_iam'
      })
    })
    const basic = `Basic ${Buffer.from(`apikey:${key}`).toString('base64')}`
    await call(`${sl}/SoftLayer_Account/getVirtualGuests.json`, {
      headers: {authorization: basic}
    })
    await call(`${sl}/SoftLayer_Account/getHardware.json`, {
      headers: {authorization: basic}
    })
    if (t.status !== 200) continue
    const token = (t.body as {access_token: string}).access_token
    const auth = {authorization: `Bearer ${token}`}
    const apiKey = scenario.apiKeys.find(k => k.key === key)
    const account = apiKey?.accountId ?? ''
    await call(`${iam}/v1/apikeys/details`, {
      headers: {...auth, 'iam-apikey': key}
    })
    await call(`${iam}/v1/accounts/${account}/settings/identity`, {
      headers: auth
    })
    await call(`${iam}/v1/accounts/${account}/effective_settings/identity`, {
      headers: auth
    })
    await call(
      `${env.IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT}/v4/accounts/${account}`,
      {
        headers: auth
      }
    )
    await call(
      `${env.IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT}/v2/resource_groups?account_id=${account}`,
      {headers: auth}
    )
    await call(`${cs}/v2/getClusters`, {headers: auth})
    await call(`${cs}/v2/getCluster?cluster=no-such-cluster`, {headers: auth})
    await call(`${cs}/v1/zones`, {headers: auth})
    for (const c of scenario.clusters.filter(x => x.accountId === account)) {
      const scope = {
        ...auth,
        'x-region': c.region,
        'x-auth-resource-group': c.resourceGroupId
      }
      await call(`${cs}/v2/getCluster?cluster=${c.id}&v1-compatible`, {
        headers: auth
      })
      await call(`${cs}/v2/getWorkers?cluster=${c.id}`, {headers: auth})
      await call(`${cs}/v2/getWorkerPools?cluster=${c.id}`, {headers: auth})
      await call(`${cs}/v2/getWorkerPool?cluster=${c.id}&workerpool=default`, {
        headers: auth
      })
      for (const zone of new Set(c.workers.map(w => w.zone)))
        await call(`${cs}/v2/getFlavors?zone=${zone}&provider=${c.provider}`, {
          headers: auth
        })
      await call(`${cs}/v1/credentials`, {headers: scope})
      await call(`${cs}/v1/infra-permissions`, {headers: scope})
      await call(`${cs}/v1/logging/${c.id}/clusterkeyowner`, {headers: scope})
      await pages(
        `${vpc}/endpoint_gateways?version=2025-06-03&generation=2&limit=100`,
        auth
      )
    }
    for (const vpcId of new Set([
      ...scenario.clusters.flatMap(c => c.vpcs),
      ...scenario.securityGroups.map(g => g.vpcId)
    ])) {
      await pages(
        `${vpc}/security_groups?version=2025-06-03&generation=2&limit=100&vpc.id=${vpcId}`,
        auth
      )
    }
    await call(`${vpc}/endpoint_gateways?generation=2`, {headers: auth})
    const v = 'version=2025-06-03&generation=2'
    for (const id of [...scenario.subnets.map(x => x.id), '0717-none'])
      await call(`${vpc}/subnets/${id}?${v}`, {headers: auth})
    for (const id of [...scenario.vpcs.map(x => x.id), 'r006-none'])
      await call(`${vpc}/vpcs/${id}?${v}`, {headers: auth})
  }
}

describe('emulator answers are contract shapes', () => {
  it.each(listScenarios())('%s', async name => {
    const emu = await start(name)
    try {
      emu.setFaults([])
      await walk(emu)
      const checked = new Set<string>()
      const problems: string[] = []
      for (const r of emu.requests) {
        if (r.fault || r.status === 0) continue
        const template = templateFor(r)
        if (!template) continue
        checked.add(template)
        const m = mismatch(r.reply, TEMPLATES[template])
        if (m) problems.push(`${r.method} ${r.path} ${r.status}: ${m}`)
      }
      expect(problems).toEqual([])
      // The walk reached the endpoints every scenario has: a walk that asks nothing proves nothing.
      for (const t of ['iamToken', 'iksGetClusters', 'iksError'])
        if (emu.scenario.apiKeys.length > 0) expect(checked).toContain(t)
      if (
        emu.scenario.apiKeys.length > 0 &&
        emu.scenario.clusters.some(c => c.vpcs.length > 0)
      )
        expect(checked).toContain('vpcSecurityGroups')
      if (emu.scenario.subnets.length > 0 && emu.scenario.apiKeys.length > 0)
        expect([...checked]).toEqual(
          expect.arrayContaining(['vpcSubnet', 'vpcVpc'])
        )
      if (name === 'healthy-mixed')
        for (const t of [
          'iksGetWorkerPools',
          'iksGetWorkerPool',
          'iksGetFlavors'
        ] as const)
          expect(checked).toContain(t)
    } finally {
      await emu.close()
    }
  })
})
