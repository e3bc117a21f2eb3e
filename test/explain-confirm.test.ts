import {parseExplainConfig, type RawInputs} from '../src/config/inputs.js'
import {CATALOGUE} from '../src/checks/catalogue.js'
import {RULES} from '../src/explain/rules.js'
import {runExplain} from '../src/explain/run.js'
import type {Report, RenderedFinding} from '../src/report/model.js'
import {start, type Emulator} from './emulator/index.js'
import {findingOf} from './support/preflight.js'

/** A Terraform create of a classic cluster that IKS answered with E0007. */
const e0007 = (name: string): string => `
+ ibmcloud target -r us-south -g default
+ ibmcloud ks cluster create classic --name ${name} --zone dal10 --flavor b3c.4x16 --workers 3
Creating cluster...
FAILED
A cluster with the same name already exists. Choose another name. (E0007)

Incident ID: 0e240f7a-6d9a-46e6-aa17-a81398598ab0
`

async function explainOn(
  emu: Emulator,
  text: string,
  inputs: RawInputs = {},
  env: Record<string, string> = {}
): Promise<Report> {
  const raw: RawInputs = {operation: 'explain', 'error-text': text, ...inputs}
  return runExplain(parseExplainConfig(raw), raw, {
    env: {...emu.env, ...env},
    log: {debug: () => undefined},
    language: 'en',
    backoffBaseMs: 5
  })
}

const firstDetail = (f: RenderedFinding): string => f.details[0] ?? ''

describe('explain confirms what the text says on the account (emulator)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('E0007 and the name is taken now: confirmed by the live cluster-name check, with the api-key input', async () => {
    emu = await start('create-name-taken')
    const r = await explainOn(emu, e0007('prod-classic'), {
      'api-key': emu.scenario.pipelineKey
    })
    const f = findingOf(r, 'cluster-name')
    expect(f.status).toBe('fail')
    expect(firstDetail(f)).toMatch(
      /^Confirmed on the account: the live check cluster-name finds it on prod-classic now \(/
    )
    expect(r.requests.total).toBeGreaterThan(0)
    expect(emu.count({service: 'iks'})).toBeGreaterThan(0)
  })

  test('E0007 for a name no cluster has now: refuted, and the key is read from IBMCLOUD_API_KEY', async () => {
    emu = await start('healthy-classic')
    const r = await explainOn(
      emu,
      e0007('brand-new-name'),
      {},
      {IBMCLOUD_API_KEY: emu.scenario.pipelineKey}
    )
    const f = findingOf(r, 'cluster-name')
    expect(firstDetail(f)).toMatch(
      /^Not found on the account now: the live check cluster-name passes on brand-new-name/
    )
    expect(emu.count()).toBeGreaterThan(0)
  })

  test('A0006 for a cluster the account does not have: confirmed by cluster-access on the cluster named in the text', async () => {
    emu = await start('cluster-not-found')
    const text = `ibm_container_worker_pool.pool: Modifying... [id=prod-classic/default]
Error: [ERROR] Error retrieving cluster prod-classic: Request failed with status code: 404, ServerErrorResponse: {"incidentID":"3f9a4c1b-0d2e-4f5a-8b7c-6d5e4f3a2b1c","code":"A0006","description":"The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.","type":"Authentication"}`
    const r = await explainOn(emu, text, {
      'api-key': emu.scenario.pipelineKey,
      region: 'us-south'
    })
    const f = findingOf(r, 'cluster-access')
    expect(firstDetail(f)).toMatch(
      /^Confirmed on the account: the live check cluster-access finds it on prod-classic now/
    )
  })

  test('the cluster input overrides the name in the text', async () => {
    emu = await start('create-name-taken')
    const r = await explainOn(emu, e0007('name-in-log'), {
      'api-key': emu.scenario.pipelineKey,
      cluster: 'prod-classic'
    })
    expect(firstDetail(findingOf(r, 'cluster-name'))).toMatch(
      /^Confirmed on the account: the live check cluster-name finds it on prod-classic now/
    )
  })

  test('without a key nothing is sent: every cause says it was read from the text only', async () => {
    emu = await start('create-name-taken')
    const r = await explainOn(emu, e0007('prod-classic'))
    expect(emu.requests).toEqual([])
    expect(r.requests.total).toBe(0)
    expect(firstDetail(findingOf(r, 'cluster-name'))).toBe(
      'Read from the text only: with an API key (api-key, IBMCLOUD_API_KEY or IC_API_KEY) explain confirms it on the account.'
    )
  })

  test('E0020 on a classic create: confirmed by classic-vlans where the zone has VLANs, refuted where it has none', async () => {
    emu = await start('healthy-classic')
    const e0020 = (zone: string): string => `
+ ibmcloud ks cluster create classic --name new-classic --zone ${zone} --flavor b3c.4x16 --workers 3
Creating cluster...
FAILED
One or more required fields are missing. To create a standard cluster, you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN. If this is the first standard cluster that you create in this zone, the public and private VLAN flags are not required. To create a free cluster, specify a cluster name only. (E0020)

Incident ID: 5fb13a93a3138cf7-PDX
`
    const key = {'api-key': emu.scenario.pipelineKey}
    const has = findingOf(
      await explainOn(emu, e0020('dal10'), key),
      'classic-vlans'
    )
    expect(has.status).toBe('fail')
    expect(firstDetail(has)).toMatch(
      /^Confirmed on the account: the live check classic-vlans finds it on new-classic now \(Zone dal10: the account already has 2 VLAN\(s\) there/
    )
    expect(
      emu.count({service: 'iks', path: '/v1/datacenters/dal10/vlans'})
    ).toBe(1)
    const none = findingOf(
      await explainOn(emu, e0020('dal09'), key),
      'classic-vlans'
    )
    expect(firstDetail(none)).toMatch(
      /^Not found on the account now: the live check classic-vlans passes on new-classic/
    )
  })

  // Every cause a rule names is confirmed live: the "not available yet" answer is only for a rule whose check
  // is not in the catalogue, and none is left (issue 13).
  test('every rule that names a check names one in the catalogue, so explain can confirm it live', () => {
    const unlive = RULES.filter(
      r => r.check !== 'explain' && !CATALOGUE.some(c => c.id === r.check)
    ).map(r => r.check)
    expect(unlive).toEqual([])
  })

  test('E4e5b from a cluster create: confirmed by the live flavor check with the flavor and zone of the text', async () => {
    emu = await start('flavor-not-in-zone')
    const text = `+ ibmcloud ks cluster create vpc-gen2 --name edge-cluster --zone us-south-3 --flavor bx2.8x32 --vpc-id r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d --subnet-id 0737-7a3d4e5f-6c7d-4e8f-a091-b23c4d5e6f70 --workers 2
Creating cluster...
FAILED
{"incidentID":"6022c54923742713-DEN","code":"E4e5b","description":"Could not find flavor in the requested zone.","type":"BadRequest","recoveryCLI":"To list available flavors, run 'ibmcloud ks flavors --zone <zone>'."}`
    const r = await explainOn(emu, text, {'api-key': emu.scenario.pipelineKey})
    const f = findingOf(r, 'flavor')
    expect(f.status).toBe('fail')
    expect(firstDetail(f)).toBe(
      'Confirmed on the account: the live check flavor finds it on edge-cluster now (Flavor bx2.8x32 is not offered for vpc-gen2 in us-south-3 (zones of the cluster-create: us-south-3); IKS would refuse it with E4e5b.).'
    )
    expect(
      emu.requests.filter(q => q.path === '/v2/getFlavors').map(q => q.query)
    ).toEqual([{zone: 'us-south-3', provider: 'vpc-gen2'}])
  })

  test('E4e5b for a flavor the zone offers now: refuted by the live flavor check', async () => {
    emu = await start('healthy-vpc')
    const text = `ibmcloud ks cluster create vpc-gen2 --name edge-cluster --zone us-south-3 --flavor bx2.8x32
FAILED
Could not find flavor in the requested zone. (E4e5b)`
    const r = await explainOn(emu, text, {'api-key': emu.scenario.pipelineKey})
    expect(firstDetail(findingOf(r, 'flavor'))).toMatch(
      /^Not found on the account now: the live check flavor passes on edge-cluster/
    )
  })

  // Issue 19: vpc-security-groups checks cluster creates only (NHC010's 15-remote-rule limit on kube-<clusterID>,
  // the July 2025 text, is gone; VPC limits unique remotes, which a create adds to the shared VPE group), so a
  // resize log's NHC010 can no longer be confirmed by the live check: it says it does not apply, and never claims it.
  test('NHC010 after a worker-pool resize: the live vpc-security-groups check does not run for a resize, so it is not confirmed', async () => {
    const text = `+ ibmcloud ks worker-pool resize --cluster prod-vpc --worker-pool default --size-per-zone 3
FAILED
+ ibmcloud ks cluster health issues --cluster prod-vpc
ID       Component   Severity   Description
NHC010   Network     Error      Exceeded security group rules related quota.
`
    emu = await start('sg-remote-rules')
    const r = await explainOn(emu, text, {'api-key': emu.scenario.pipelineKey})
    const f = findingOf(r, 'vpc-security-groups')
    expect(firstDetail(f)).toMatch(
      /^Not confirmed live: vpc-security-groups does not apply to prod-vpc \(its infrastructure provider or this operation\)\.$/
    )
    expect(firstDetail(f)).not.toMatch(/^Confirmed/)
    expect(emu.count({service: 'vpc', path: '/security_groups'})).toBe(0)
  })

  test('E09c0 on a KMS-enabled cluster whose account lets Kubernetes Service use no KMS instance: confirmed by kms-authorization', async () => {
    emu = await start('kms-policy-missing')
    const text =
      'Error: Request failed with status code: 401, ServerErrorResponse: {"incidentID":"2a173666-bfa3-4a34-8c33-e66c9b717917","code":"E09c0","description":"Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again.","type":"Authentication"}'
    const r = await explainOn(emu, text, {
      'api-key': emu.scenario.pipelineKey,
      cluster: 'prod-vpc'
    })
    const f = findingOf(r, 'kms-authorization')
    expect(firstDetail(f)).toMatch(
      /^Confirmed on the account: the live check kms-authorization finds it on prod-vpc now \(Cluster prod-vpc encrypts its secrets with a KMS root key, but no authorization in account a1b2c3d4e5f60718293a4b5c6d7e8f90 lets Kubernetes Service read any/
    )
    // The authorizations, then (none found) the key's own access policies: the list is proven whole (issue 19).
    expect(
      emu.requests
        .filter(r => r.path === '/v1/policies')
        .map(r => r.query['type'])
    ).toEqual(['authorization', 'access'])
  })

  test('a code no check covers names no check and carries no confirmation line', async () => {
    emu = await start('healthy-vpc')
    const r = await explainOn(
      emu,
      '{"incidentID":"56c3bfb607daea30-IAD","code":"G3917","description":"Cluster provider not permitted for given operation.","type":"Cluster"}',
      {'api-key': emu.scenario.pipelineKey}
    )
    expect(r.findings.map(f => f.check)).toEqual(['explain'])
    expect(r.findings[0]!.details).toEqual([])
    expect(emu.requests).toEqual([])
  })
  test('"Provided user not found or active": confirmed by cluster-api-key when the stored key\'s owner left the account, refuted when the owner is active', async () => {
    const text = `+ ibmcloud ks worker reload --cluster prod-classic --worker kube-dal10-crbqclassicprod0000001-w1
FAILED
BXNIM0410E Provided user not found or active
`
    emu = await start('key-owner-gone')
    const gone = await explainOn(emu, text, {
      'api-key': emu.scenario.pipelineKey
    })
    const f = findingOf(gone, 'cluster-api-key')
    expect(f.messageId).toBe('explain.cluster-api-key.owner-gone')
    expect(firstDetail(f)).toMatch(
      /^Confirmed on the account: the live check cluster-api-key finds it on prod-classic now \(/
    )
    expect(emu.count({service: 'um'})).toBe(1)
    await emu.close()

    emu = await start('healthy-mixed')
    const active = await explainOn(emu, text, {
      'api-key': emu.scenario.pipelineKey
    })
    expect(firstDetail(findingOf(active, 'cluster-api-key'))).toMatch(
      /^Not found on the account now: the live check cluster-api-key passes on prod-classic/
    )
  })

  test('E0156 for the version the text asked for: kube-version confirms it against the versions IKS lists now, or refutes it', async () => {
    emu = await start('healthy-vpc')
    const e0156 = (version: string): string => `
+ ibmcloud ks cluster create vpc-gen2 --name new-vpc --zone us-south-1 --flavor bx2.4x16 --workers 3 --version ${version}
Creating cluster...
FAILED
A previous patch was specified. Only the most recent patch for a particular minor version can be specified during cluster create. To list supported versions, run 'ibmcloud ks versions'. (E0156)
`
    const old = await explainOn(emu, e0156('1.33.2'), {
      'api-key': emu.scenario.pipelineKey
    })
    const f = findingOf(old, 'kube-version')
    expect(f.status).toBe('fail')
    expect(firstDetail(f)).toMatch(
      /^Confirmed on the account: the live check kube-version finds it on new-vpc now \(IKS offers 1\.33\.4, not 1\.33\.2/
    )
    expect(emu.count({service: 'iks', path: '/v1/versions'})).toBe(1)
    const latest = await explainOn(emu, e0156('1.33.4'), {
      'api-key': emu.scenario.pipelineKey
    })
    expect(firstDetail(findingOf(latest, 'kube-version'))).toMatch(
      /^Not found on the account now: the live check kube-version passes on new-vpc/
    )
  })

  const deleteA0006 = (cluster: string): string => `
+ ibmcloud target -r us-south -g default
+ ibmcloud ks cluster rm --cluster ${cluster} -f
Removing cluster ${cluster}...
FAILED
The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region. (A0006)
`

  test("A0006 on a delete and the cluster is there live: IBM's targeting cause, and never `terraform state rm` (issue 24)", async () => {
    emu = await start('healthy-classic')
    const r = await explainOn(emu, deleteA0006('prod-classic'), {
      'api-key': emu.scenario.pipelineKey
    })
    const f = findingOf(r, 'cluster-access')
    expect(f.status).toBe('fail')
    expect(f.messageId).toBe('explain.cluster-access.delete-present')
    expect(JSON.stringify(f)).not.toContain('state rm')
  })

  test('A0006 on a delete and the cluster is absent live: it is gone (a warning)', async () => {
    emu = await start('healthy-classic')
    const r = await explainOn(emu, deleteA0006('long-gone-cluster'), {
      'api-key': emu.scenario.pipelineKey
    })
    const f = findingOf(r, 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.gone-live')
    expect(f.status).toBe('warn')
  })

  test('a cluster cause with no cluster in the text or inputs: confirmation names what it needs, nothing runs', async () => {
    emu = await start('healthy-classic')
    const r = await explainOn(
      emu,
      'FAILED\nMaster must be in the deployed state. The master must be in the deployed state to continue. (Ef9cc)',
      {'api-key': emu.scenario.pipelineKey}
    )
    const f = findingOf(r, 'cluster-state')
    expect(firstDetail(f)).toMatch(/names no cluster; give `cluster`/)
    expect(emu.count({service: 'iks'})).toBe(0)
  })
})
