/**
 * The contract suite: every fixture (IBM's SDK bodies and variants built from them) goes over HTTP through
 * our REAL clients (src/ibm/*), and the test asserts what we read from it.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, describe, expect, test} from '@jest/globals'
import {AccountsClient} from '../../src/ibm/accounts.js'
import {ContainersClient} from '../../src/ibm/containers.js'
import {Deadline} from '../../src/ibm/deadline.js'
import {ApiError} from '../../src/ibm/errors.js'
import {HttpClient} from '../../src/ibm/http.js'
import {IamClient} from '../../src/ibm/iam.js'
import {KmsAccessClient} from '../../src/ibm/kms-access.js'
import {IksMoreClient} from '../../src/ibm/iks-more.js'
import {NetworkMoreClient} from '../../src/ibm/network-more.js'
import {ResourceGroupsClient} from '../../src/ibm/resource-groups.js'
import {SoftLayerClient} from '../../src/ibm/softlayer.js'
import {VpcClient} from '../../src/ibm/vpc.js'
import {roleForRead} from '../../src/commands/iam.js'
import {FIXTURES, fixtureSources, type Fixture} from './fixtures.js'
import {SOURCES, TEMPLATES, assertConforms, fill} from './templates.js'

/** What the local server answers next, by path (query ignored). */
const routes = new Map<string, Fixture>()
let server: Server
let base = ''
let deadline: Deadline
let http: HttpClient

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const f = routes.get(path)
    if (!f) {
      res.writeHead(599).end()
      return
    }
    res.writeHead(f.status, {'content-type': 'application/json'})
    res.end(f.raw ?? JSON.stringify(f.body))
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  deadline = new Deadline(60_000)
  http = new HttpClient({deadline, maxConcurrency: 4, maxAttempts: 1})
})

afterAll(async () => {
  http.close()
  deadline.dispose()
  await new Promise(r => server.close(r))
})

function serve(path: string, f: Fixture): void {
  routes.clear()
  routes.set(path, f)
}

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected an ApiError, got a value')
}

const TOKEN = 'token-for-contract-tests'
const SCOPE = {region: 'us-south', resourceGroupId: 'rg1'}
const iks = (): ContainersClient => new ContainersClient(http, `${base}/global`)

describe('every fixture is a contract shape and names its source', () => {
  test.each(Object.entries(FIXTURES))('%s', (_, f) => {
    if (f.body !== undefined) {
      const items =
        Array.isArray(f.body) && !Array.isArray(TEMPLATES[f.template])
          ? []
          : [f.body]
      for (const b of items) assertConforms(b, f.template)
    }
    expect(SOURCES[f.template]).toMatch(/\//)
  })
  test('the invented shapes are rejected', () => {
    expect(() => fill('iksCredentials', {softlayer_username: 'x'})).toThrow(
      /softlayer_username: not a field IBM sends/
    )
    expect(() => fill('iksInfraPermissions', {required: []})).toThrow(
      /required: not a field IBM sends/
    )
    expect(fixtureSources().length).toBe(Object.keys(FIXTURES).length)
  })
})

describe('IKS getCluster (GET /v2/getCluster)', () => {
  test('SDK body: every field we read', async () => {
    serve('/global/v2/getCluster', FIXTURES.getClusterSdk)
    expect(await iks().getCluster(TOKEN, 'ID')).toEqual({
      id: 'ID',
      name: 'Name',
      region: 'Region',
      resourceGroupId: 'ResourceGroup',
      resourceGroupName: 'ResourceGroupName',
      provider: 'Provider',
      state: 'State',
      masterState: 'MasterState',
      vpcs: [],
      masterKubeVersion: 'MasterKubeVersion',
      targetVersion: 'TargetVersion',
      type: 'Type',
      versionEOS: 'VersionEOS',
      masterHealth: 'MasterHealth',
      workerZones: ['WorkerZones'],
      isPaid: true,
      keyProtectEnabled: false
    })
  })
  test('VPC cluster: vpcs from getCluster', async () => {
    serve('/global/v2/getCluster', FIXTURES.getClusterVpc)
    const c = await iks().getCluster(TOKEN, 'prod-vpc')
    expect(c.vpcs).toEqual(['r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'])
    expect(c.provider).toBe('vpc-gen2')
  })
  test('snake_case state is read as IBM sends it', async () => {
    serve('/global/v2/getCluster', FIXTURES.getClusterDeployFailed)
    expect((await iks().getCluster(TOKEN, 'prod-classic')).state).toBe(
      'deploy_failed'
    )
  })
  test('optional parts absent: empty lists, undefined state and isPaid', async () => {
    serve('/global/v2/getCluster', FIXTURES.getClusterOptionalAbsent)
    expect(await iks().getCluster(TOKEN, 'prod-classic')).toMatchObject({
      vpcs: [],
      workerZones: [],
      state: undefined,
      isPaid: undefined
    })
  })
  test('keys in another casing are read (SDK and bluemix-go disagree on casing)', async () => {
    serve('/global/v2/getCluster', {
      ...FIXTURES.getClusterClassic,
      body: {
        ID: 'bqclassicprod0000001',
        Name: 'prod-classic',
        Region: 'us-south',
        ResourceGroup: 'rg1',
        Provider: 'classic',
        IsPaid: false,
        VPCs: []
      }
    })
    expect(await iks().getCluster(TOKEN, 'prod-classic')).toMatchObject({
      id: 'bqclassicprod0000001',
      resourceGroupId: 'rg1',
      isPaid: false
    })
  })
  test('A0006 404: the IKS envelope is kept (code, doubled incident ID)', async () => {
    serve('/global/v2/getCluster', FIXTURES.getClusterNotFound)
    const e = await failure(iks().getCluster(TOKEN, 'nope'))
    expect(e).toMatchObject({
      kind: 'http',
      status: 404,
      code: 'A0006',
      incidentID:
        '5c7a1e2d-aaaa-4bbb-8ccc-0d1e2f3a4b5c,5c7a1e2d-aaaa-4bbb-8ccc-0d1e2f3a4b5c'
    })
    expect(e.detail).toMatch(/could not be found/)
  })
})

describe('IKS versions (GET /v1/versions)', () => {
  const more = (): IksMoreClient =>
    new IksMoreClient(http, {
      containers: `${base}/global`,
      userManagement: `${base}/um`
    })
  test("IBM docs' real answer: both platforms, the defaults and the one end of service", async () => {
    serve('/global/v1/versions', FIXTURES.versionsReal)
    const versions = await more().getVersions(TOKEN)
    expect(
      versions.map(v => `${v.platform} ${v.major}.${v.minor}.${v.patch}`)
    ).toEqual([
      'kubernetes 1.19.16',
      'kubernetes 1.20.13',
      'kubernetes 1.21.7',
      'kubernetes 1.22.4',
      'openshift 3.11.542',
      'openshift 4.6.47',
      'openshift 4.7.37',
      'openshift 4.8.21'
    ])
    expect(
      versions.filter(v => v.isDefault).map(v => `${v.major}.${v.minor}`)
    ).toEqual(['1.21', '4.8'])
    expect(
      versions.filter(v => v.endOfService).map(v => v.endOfService)
    ).toEqual(['2022-06-06T12:00:00+0000'])
  })
  test("the SDK's item: every field read", async () => {
    serve('/global/v1/versions', FIXTURES.versionsSdk)
    expect(await more().getVersions(TOKEN)).toEqual([
      {
        platform: 'kubernetes',
        major: 5,
        minor: 5,
        patch: 5,
        isDefault: false,
        endOfService: 'EndOfService'
      }
    ])
  })
  test('no versions listed is an empty list, not an error', async () => {
    serve('/global/v1/versions', FIXTURES.versionsEmpty)
    expect(await more().getVersions(TOKEN)).toEqual([])
  })
  test('G0002 500 keeps the IKS code and incident ID', async () => {
    serve('/global/v1/versions', FIXTURES.versionsError)
    const e = await failure(more().getVersions(TOKEN))
    expect(e.status).toBe(500)
    expect(e.code).toBe('G0002')
    expect(e.incidentID).toBe('8d10d1bc-e585-4995-9aa5-2c044ff55dc3')
  })
})

describe('IKS getClusters (GET /v2/getClusters)', () => {
  test('SDK body: a subset of getCluster (no vpcs, workerZones), marked partial', async () => {
    serve('/global/v2/getClusters', FIXTURES.getClustersSdk)
    const list = await iks().listClusters(TOKEN)
    expect(list.skipped).toBe(0)
    expect(list.clusters).toEqual([
      {
        id: 'ID',
        name: 'Name',
        region: 'Region',
        resourceGroupId: 'ResourceGroup',
        resourceGroupName: 'ResourceGroupName',
        provider: 'Provider',
        state: 'State',
        vpcs: [],
        masterKubeVersion: 'MasterKubeVersion',
        targetVersion: 'TargetVersion',
        type: 'Type',
        versionEOS: 'VersionEOS',
        workerZones: [],
        isPaid: true,
        partial: true
      }
    ])
  })
  test('one malformed item does not spoil the list', async () => {
    const good = (FIXTURES.getClustersSdk.body as unknown[])[0] as Record<
      string,
      unknown
    >
    serve('/global/v2/getClusters', {
      ...FIXTURES.getClustersSdk,
      body: [good, {...good, id: 42}, {...good, id: 'ID2', name: 'Name2'}]
    })
    const list = await iks().listClusters(TOKEN)
    expect(list.clusters.map(c => c.id)).toEqual(['ID', 'ID2'])
    expect(list.skipped).toBe(1)
  })
  test('an empty list is no clusters; a list of only malformed items is unreadable', async () => {
    serve('/global/v2/getClusters', FIXTURES.getClustersEmpty)
    expect(await iks().listClusters(TOKEN)).toEqual({clusters: [], skipped: 0})
    serve('/global/v2/getClusters', {
      ...FIXTURES.getClustersEmpty,
      body: [{id: 1}]
    })
    expect((await failure(iks().listClusters(TOKEN))).kind).toBe('unreadable')
  })
})

describe('IKS getWorkers (GET /v2/getWorkers)', () => {
  test('SDK body: VPC worker with its subnet and messages', async () => {
    serve('/global/v2/getWorkers', FIXTURES.getWorkersSdk)
    expect(await iks().getWorkers(TOKEN, 'c')).toEqual([
      {
        id: 'ID',
        zone: 'Location',
        privateIP: 'IpAddress',
        state: 'ActualState',
        messages: ['Message', 'Message', 'MessageDetails'],
        messageDate: 'MessageDate',
        poolName: 'PoolName',
        pendingOperation: 'PendingOperation',
        // SDK GetWorkerResponse kubeVersion.actual: kube-version compares it with the master (issue 19.7).
        kubeVersion: 'Actual',
        subnets: [{id: 'SubnetID', cidr: 'Cidr'}]
      }
    ])
  })
  test('classic worker: private IP from networkInformation, the troubleshooting message kept', async () => {
    serve('/global/v2/getWorkers', FIXTURES.getWorkersClassic)
    const [w] = await iks().getWorkers(TOKEN, 'c')
    expect(w).toMatchObject({
      id: 'kube-dal10-crbqclassicprod0000001-w1',
      privateIP: '10.176.12.11',
      state: 'deployed'
    })
    expect(w!.messages).toContain(
      'incorrect account for worker - The worker node instance ID could not be found.'
    )
  })
  test('no workers', async () => {
    serve('/global/v2/getWorkers', FIXTURES.getWorkersEmpty)
    expect(await iks().getWorkers(TOKEN, 'c')).toEqual([])
  })
})

const pools = (): IksMoreClient =>
  new IksMoreClient(http, {containers: `${base}/global`, userManagement: base})

describe('IKS worker pools (GET /v2/getWorkerPools, /v2/getWorkerPool)', () => {
  const sdkPool = {
    id: 'ID',
    name: 'PoolName',
    flavor: 'Flavor',
    workersPerZone: 11,
    provider: 'Provider',
    state: 'ActualState',
    desiredState: 'DesiredState',
    zones: [
      {
        id: 'ID',
        workerCount: 11,
        privateVlan: 'PrivateVLAN',
        publicVlan: 'PublicVLAN',
        subnets: []
      }
    ],
    autoscaleEnabled: true
  }
  test('SDK body of the list (one object, as the generated test answers): read as a list of one', async () => {
    serve('/global/v2/getWorkerPools', FIXTURES.getWorkerPoolsSdk)
    expect(await pools().getWorkerPools(TOKEN, 'ID')).toEqual([sdkPool])
  })
  test('VPC pools: flavor, zones with subnets, the VPC, a deleted pool kept with its state', async () => {
    serve('/global/v2/getWorkerPools', FIXTURES.getWorkerPoolsVpc)
    const list = await pools().getWorkerPools(TOKEN, 'prod-vpc')
    expect(
      list.map(p => [p.name, p.flavor, p.workersPerZone, p.state, p.vpcId])
    ).toEqual([
      [
        'default',
        'bx2.4x16',
        1,
        'active',
        'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'
      ],
      ['edge', 'bx2.8x32', 2, 'deleted', undefined]
    ])
    expect(list[0]!.zones).toEqual([
      {
        id: 'us-south-1',
        workerCount: 1,
        subnets: [
          {id: '0717-5e1b2c3d-4a5b-4c6d-8e7f-901a2b3c4d5e', primary: true}
        ]
      },
      {
        id: 'us-south-2',
        workerCount: 1,
        subnets: [
          {id: '0727-6f2c3d4e-5b6c-4d7e-9f80-a12b3c4d5e6f', primary: true}
        ]
      }
    ])
  })
  test('an empty list is no pools', async () => {
    serve('/global/v2/getWorkerPools', FIXTURES.getWorkerPoolsEmpty)
    expect(await pools().getWorkerPools(TOKEN, 'prod-vpc')).toEqual([])
  })
  test('one pool: SDK body; 404 is "no such pool", not an error', async () => {
    serve('/global/v2/getWorkerPool', FIXTURES.getWorkerPoolSdk)
    expect(await pools().getWorkerPool(TOKEN, 'ID', 'PoolName')).toEqual(
      sdkPool
    )
    serve('/global/v2/getWorkerPool', FIXTURES.getWorkerPoolNotFound)
    expect(await pools().getWorkerPool(TOKEN, 'ID', 'gone')).toBeUndefined()
  })
  test('a list error keeps the IKS envelope', async () => {
    serve('/global/v2/getWorkerPools', FIXTURES.getClusterNotFound)
    expect(await failure(pools().getWorkerPools(TOKEN, 'nope'))).toMatchObject({
      kind: 'http',
      status: 404,
      code: 'A0006'
    })
  })
})

describe('IKS flavors (GET /v2/getFlavors)', () => {
  test('SDK body: name, provider, deprecated and the corresponding flavor', async () => {
    serve('/global/v2/getFlavors', FIXTURES.getFlavorsSdk)
    expect(await pools().getFlavors(TOKEN, 'us-south-1', 'vpc-gen2')).toEqual([
      {
        name: 'Name',
        id: 'ID',
        provider: 'Provider',
        deprecated: true,
        correspondingFlavor: 'CorrespondingFlavor'
      }
    ])
  })
  test('a zone with a deprecated flavor; absent id and corresponding flavor stay undefined', async () => {
    serve('/global/v2/getFlavors', FIXTURES.getFlavorsZone)
    expect(await pools().getFlavors(TOKEN, 'dal10')).toEqual([
      {
        name: 'bx2.4x16',
        id: undefined,
        provider: 'vpc-gen2',
        deprecated: false,
        correspondingFlavor: undefined
      },
      {
        name: 'b2c.16x64',
        id: undefined,
        provider: 'classic',
        deprecated: true,
        correspondingFlavor: 'b3c.16x64'
      }
    ])
  })
  test('an empty list is a zone that offers nothing', async () => {
    serve('/global/v2/getFlavors', FIXTURES.getFlavorsEmpty)
    expect(await pools().getFlavors(TOKEN, 'mars01', 'classic')).toEqual([])
  })
  test('E4e5b keeps its code and recovery command', async () => {
    serve('/global/v2/getFlavors', FIXTURES.flavorNotInZone)
    expect(await failure(pools().getFlavors(TOKEN, 'us-east-1'))).toMatchObject(
      {kind: 'http', status: 400, code: 'E4e5b'}
    )
  })
})

describe('IKS credentials (GET /v1/credentials)', () => {
  test('SDK body: manual credentials, no IMS id in a name without one', async () => {
    serve('/global/v1/credentials', FIXTURES.credentialsSdk)
    expect(await iks().getCredentials(TOKEN, SCOPE)).toEqual({
      kind: 'manual',
      username: 'ApiUser',
      classicAccountId: undefined
    })
  })
  test('apiUser <IMS id>_<email>: the IMS account is the digits before the first _', async () => {
    serve('/global/v1/credentials', FIXTURES.credentialsManual)
    expect(await iks().getCredentials(TOKEN, SCOPE)).toEqual({
      kind: 'manual',
      username: '2345678_ops@acme.example',
      classicAccountId: '2345678'
    })
  })
  test('E0051: none set, the linked account is used', async () => {
    serve('/global/v1/credentials', FIXTURES.credentialsNone)
    expect(await iks().getCredentials(TOKEN, SCOPE)).toEqual({kind: 'linked'})
  })
  test('200 without apiUser is unreadable, never "linked"', async () => {
    serve('/global/v1/credentials', FIXTURES.credentialsEmpty)
    expect((await failure(iks().getCredentials(TOKEN, SCOPE))).kind).toBe(
      'unreadable'
    )
  })
})

describe('IKS infra-permissions (GET /v1/infra-permissions)', () => {
  test('SDK body: every category, required and recommended', async () => {
    serve('/global/v1/infra-permissions', FIXTURES.infraPermissionsSdk)
    const s = await iks().getInfraPermissions(TOKEN, SCOPE)
    expect(s.account).toBe('Account')
    expect(s.accountType).toBe('AccountType')
    expect(s.missing).toHaveLength(8)
    expect(s.missing.map(m => `${m.category}/${m.level}`)).toEqual([
      'virtualWorker/required',
      'virtualWorker/recommended',
      'physicalWorker/required',
      'physicalWorker/recommended',
      'network/required',
      'network/recommended',
      'storage/required',
      'storage/recommended'
    ])
    expect(s.missing[0]!.permissions).toEqual(['MissingPermissions'])
  })
  test('absent parts mean sufficient', async () => {
    serve('/global/v1/infra-permissions', FIXTURES.infraPermissionsSufficient)
    expect(await iks().getInfraPermissions(TOKEN, SCOPE)).toEqual({
      account: '1234567',
      accountType: 'linked account API key',
      missing: []
    })
    serve('/global/v1/infra-permissions', FIXTURES.infraPermissionsEmpty)
    expect((await iks().getInfraPermissions(TOKEN, SCOPE)).missing).toEqual([])
  })
  test('mixed: insufficient parts only, unnamed ones kept', async () => {
    serve('/global/v1/infra-permissions', FIXTURES.infraPermissionsMixed)
    expect((await iks().getInfraPermissions(TOKEN, SCOPE)).missing).toEqual([
      {
        category: 'virtualWorker',
        level: 'required',
        permissions: ['Add Server', 'View Virtual Server Details']
      },
      {category: 'network', level: 'recommended', permissions: ['Manage DNS']},
      {category: 'storage', level: 'required', permissions: []}
    ])
  })
  test('a part of the wrong type is unreadable, never a pass', async () => {
    serve('/global/v1/infra-permissions', {
      ...FIXTURES.infraPermissionsEmpty,
      body: {networkManagerPermissions: {required: {missingPermissions: 'x'}}}
    })
    const e = await failure(iks().getInfraPermissions(TOKEN, SCOPE))
    expect(e.kind).toBe('unreadable')
    expect(e.detail).toContain('networkManagerPermissions.required')
  })
  test('TOTP refusal keeps IBM code and message', async () => {
    serve('/global/v1/infra-permissions', FIXTURES.infraPermissionsTotp)
    const e = await failure(iks().getInfraPermissions(TOKEN, SCOPE))
    expect(e).toMatchObject({status: 401, code: 'E0103'})
    expect(e.detail).toMatch(/Time-based One Time Password/)
  })
})

describe('IKS clusterkeyowner (GET /v1/logging/{c}/clusterkeyowner)', () => {
  test('SDK body: id is the API key ID, name and email the owner', async () => {
    serve('/global/v1/logging/c1/clusterkeyowner', FIXTURES.keyOwnerSdk)
    expect(await iks().getKeyOwner(TOKEN, 'c1', SCOPE)).toEqual({
      apiKeyId: 'ID',
      name: 'Name',
      email: 'Email'
    })
  })
  test('no email: read as absent', async () => {
    serve('/global/v1/logging/c1/clusterkeyowner', FIXTURES.keyOwnerNoEmail)
    expect((await iks().getKeyOwner(TOKEN, 'c1', SCOPE)).email).toBeUndefined()
  })
  test('E0057 keeps recoveryCLI', async () => {
    serve('/global/v1/logging/c1/clusterkeyowner', FIXTURES.notPaid)
    expect(await failure(iks().getKeyOwner(TOKEN, 'c1', SCOPE))).toMatchObject({
      code: 'E0057',
      recoveryCLI:
        "Run 'ibmcloud ks credential set classic' to set the infrastructure credentials."
    })
  })
})

describe('IKS VLAN spanning (GET /v1/subnets/vlan-spanning)', () => {
  const net = (): NetworkMoreClient =>
    new NetworkMoreClient(http, {
      containers: `${base}/global`,
      vpc: () => `${base}/vpc`
    })
  const PATH = '/global/v1/subnets/vlan-spanning'
  test('SDK body: enabled as IKS says it; absent: undefined, never a guess', async () => {
    serve(PATH, FIXTURES.vlanSpanSdk)
    expect(await net().getVlanSpanning(TOKEN, SCOPE)).toBe(false)
    serve(PATH, {...FIXTURES.vlanSpanSdk, body: {enabled: true}})
    expect(await net().getVlanSpanning(TOKEN, SCOPE)).toBe(true)
    serve(PATH, {...FIXTURES.vlanSpanSdk, body: {modifiedDate: 'x'}})
    expect(await net().getVlanSpanning(TOKEN, SCOPE)).toBeUndefined()
  })
  test('a body of the wrong type is unreadable, not a pass', async () => {
    serve(PATH, {...FIXTURES.vlanSpanSdk, body: {enabled: 'yes'}})
    expect(await failure(net().getVlanSpanning(TOKEN, SCOPE))).toMatchObject({
      service: 'iks',
      operation: 'get VLAN spanning'
    })
  })
})

describe('IKS classic VLANs (GET /v1/datacenters/{zone}/vlans)', () => {
  const net = (): NetworkMoreClient =>
    new NetworkMoreClient(http, {
      containers: `${base}/global`,
      vpc: () => `${base}/vpc`
    })
  const PATH = '/global/v1/datacenters/dal10/vlans'
  test('SDK body: every field we read', async () => {
    serve(PATH, FIXTURES.vlansSdk)
    expect(await net().getZoneVlans(TOKEN, 'dal10')).toEqual([
      {
        id: 'ID',
        type: 'type',
        name: 'Name',
        primaryRouter: 'PrimaryRouter',
        vlanNumber: 'VlanNumber',
        vlanType: 'VlanType',
        location: 'Location',
        subnetCount: 11
      }
    ])
  })
  test('a private and a public VLAN: type and router kept; empty names absent', async () => {
    serve(PATH, FIXTURES.vlansDal10)
    const vlans = await net().getZoneVlans(TOKEN, 'dal10', undefined, SCOPE)
    expect(vlans.map(v => [v.id, v.type, v.primaryRouter, v.name])).toEqual([
      ['12345', 'private', 'bcr01a.dal10', undefined],
      ['12346', 'public', 'fcr01a.dal10', undefined]
    ])
  })
  test('no VLANs in the zone: an empty list', async () => {
    serve(PATH, FIXTURES.vlansNone)
    expect(await net().getZoneVlans(TOKEN, 'dal10')).toEqual([])
  })
  test('E0057 (no classic infrastructure): an IKS error with its code, never an empty list', async () => {
    serve(PATH, FIXTURES.notPaid)
    expect(await failure(net().getZoneVlans(TOKEN, 'dal10'))).toMatchObject({
      service: 'iks',
      operation: 'list zone VLANs',
      status: 401,
      code: 'E0057'
    })
  })
})

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown): string =>
    Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({alg: 'none'})}.${part(claims)}.c2lnbmF0dXJl`
}

describe('IAM', () => {
  const iam = (): IamClient => new IamClient(http, base)
  test('token: claims, sub_type ServiceId, ims_user_id', async () => {
    serve('/identity/token', {
      name: 'iam token',
      template: 'iamToken',
      status: 200,
      body: fill('iamToken', {
        access_token: jwt({
          iam_id: 'iam-ServiceId-1234',
          sub_type: 'ServiceId',
          sub: 'ServiceId-1234',
          account: {bss: 'a1b2c3', valid: true},
          iat: 1,
          exp: 2
        }),
        refresh_token: 'not_supported',
        token_type: 'Bearer',
        expires_in: 3600,
        expiration: 1700003600,
        scope: 'ibm openid'
      })
    })
    const t = await iam().exchangeApiKey('emu-key-contract')
    expect(t.claims).toMatchObject({
      accountId: 'a1b2c3',
      iamId: 'iam-ServiceId-1234',
      subType: 'ServiceId',
      imsAccountId: undefined
    })
  })
  test('token error: errorDetails first, errorMessage kept, context.requestId as the incident', async () => {
    serve('/identity/token', FIXTURES.tokenError)
    const e = await failure(iam().exchangeApiKey('emu-key-contract'))
    expect(e).toMatchObject({
      status: 400,
      code: 'BXNIM0415E',
      incidentID: 'req-7d1c0a2e-0b9f-4e3d-a1f2-0c9d8e7f6a5b'
    })
    expect(e.detail).toBe(
      'The API key could not be found in account a1b2c3. (Provided API key could not be found.)'
    )
  })
  test('API key details: SDK body', async () => {
    serve('/v1/apikeys/details', FIXTURES.apiKeyDetailsSdk)
    expect(await iam().apiKeyDetails(TOKEN, 'emu-key-contract')).toEqual({
      id: 'ID',
      name: 'Name',
      iamId: 'IamID',
      accountId: 'AccountID',
      locked: true,
      disabled: true
    })
  })
  test('effective settings: SDK body with per-user MFA', async () => {
    serve(
      '/v1/accounts/a1/effective_settings/identity',
      FIXTURES.effectiveSettingsSdk
    )
    expect(await iam().accountSettings(TOKEN, 'a1')).toEqual({
      mfa: 'NONE',
      restrictCreatePlatformApikey: 'NOT_SET',
      userMfa: [{iamId: 'IamID', email: 'Email', mfa: 'NONE'}],
      // The SDK's allowed_ip_addresses (issue 24: whether an IP allowlist is on).
      allowedIpAddresses: 'AllowedIPAddresses',
      source: 'effective'
    })
  })
  test('account settings: SDK body (after the effective settings are refused)', async () => {
    routes.clear()
    routes.set(
      '/v1/accounts/a1/effective_settings/identity',
      FIXTURES.identityError
    )
    routes.set('/v1/accounts/a1/settings/identity', FIXTURES.accountSettingsSdk)
    expect(await iam().accountSettings(TOKEN, 'a1')).toEqual({
      mfa: 'NONE',
      restrictCreatePlatformApikey: 'NOT_SET',
      userMfa: [{iamId: 'IamID', email: 'Email', mfa: 'NONE'}],
      // The SDK's allowed_ip_addresses (issue 24: whether an IP allowlist is on).
      allowedIpAddresses: 'AllowedIPAddresses',
      source: 'account'
    })
  })
  test('IAM Identity error: errors[0] read', async () => {
    serve('/v1/apikeys/details', FIXTURES.identityError)
    const e = await failure(iam().apiKeyDetails(TOKEN, 'emu-key-contract'))
    expect(e).toMatchObject({
      status: 403,
      code: 'insufficient_permissions',
      incidentID: 'trace-0a1b2c3d'
    })
  })
})

describe('Account Management and Resource Manager', () => {
  test('account: SDK body; an empty linked_softlayer_account is "none"', async () => {
    const accounts = new AccountsClient(http, base)
    serve('/v4/accounts/a1', FIXTURES.accountSdk)
    expect(await accounts.getAccount(TOKEN, 'a1')).toEqual({
      id: 'ID',
      name: 'Name',
      linkedSoftlayerAccount: 'LinkedSoftlayerAccount'
    })
    serve('/v4/accounts/a1', FIXTURES.accountNoLink)
    expect(
      (await accounts.getAccount(TOKEN, 'a1')).linkedSoftlayerAccount
    ).toBeUndefined()
  })
  test('resource groups: SDK body', async () => {
    serve('/v2/resource_groups', FIXTURES.resourceGroupsSdk)
    expect(
      await new ResourceGroupsClient(http, base).list(TOKEN, 'a1')
    ).toEqual([{id: 'ID', name: 'Name', isDefault: false}])
  })
})

describe('IAM authorization policies and Resource Controller instances (kms-authorization)', () => {
  const kms = (): KmsAccessClient =>
    new KmsAccessClient(http, {iam: base, resourceController: base})
  test('policies: the SDK body reads; the next page is asked with next.start', async () => {
    serve('/v1/policies', FIXTURES.policiesSdk)
    // The SDK body's next.start ("Start") is followed; the same body again repeats it: unreadable, not a loop.
    const e = await failure(kms().listAuthorizationPolicies(TOKEN, 'a1'))
    expect(e.kind).toBe('unreadable')
    serve('/v1/policies', FIXTURES.policiesIksToKms)
    expect(await kms().listAuthorizationPolicies(TOKEN, 'a1')).toEqual([
      {
        id: '8a1f3c2e-6b4d-4e9a-9c7b-2d1e0f3a4b5c',
        state: 'active',
        subjects: [
          [
            {name: 'serviceName', value: 'containers-kubernetes'},
            {name: 'accountId', value: 'a1b2c3d4e5f60718293a4b5c6d7e8f90'}
          ]
        ],
        resources: [
          [
            {name: 'serviceName', value: 'kms', operator: 'stringEquals'},
            {
              name: 'serviceInstance',
              value: '2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b',
              operator: 'stringEquals'
            },
            {
              name: 'accountId',
              value: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
              operator: 'stringEquals'
            }
          ]
        ],
        roles: [
          {
            roleId: 'crn:v1:bluemix:public:iam::::serviceRole:Reader',
            displayName: 'Reader'
          },
          {
            roleId:
              'crn:v1:bluemix:public:iam::::serviceRole:AuthorizationDelegator',
            displayName: 'Authorization Delegator'
          }
        ]
      }
    ])
  })
  test("policies: 403 keeps IAM's code, under the operation roleForRead knows", async () => {
    serve('/v1/policies', FIXTURES.policiesForbidden)
    const e = await failure(kms().listAuthorizationPolicies(TOKEN, 'a1'))
    expect([e.service, e.operation, e.status]).toEqual([
      'iam',
      'list authorization policies',
      403
    ])
  })
  test('resource instance: the SDK body, an active Key Protect instance, a removed HPCS instance', async () => {
    serve('/v2/resource_instances/x', FIXTURES.resourceInstanceSdk)
    expect(await kms().getResourceInstance(TOKEN, 'x')).toMatchObject({
      id: 'ID',
      guid: 'GUID',
      state: 'active',
      serviceName: undefined
    })
    serve('/v2/resource_instances/x', FIXTURES.resourceInstanceKeyProtect)
    expect(await kms().getResourceInstance(TOKEN, 'x')).toMatchObject({
      guid: '2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b',
      name: 'prod-key-protect',
      state: 'active',
      serviceName: 'kms',
      accountId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
    })
    serve('/v2/resource_instances/x', FIXTURES.resourceInstanceRemoved)
    expect(await kms().getResourceInstance(TOKEN, 'x')).toMatchObject({
      state: 'removed',
      serviceName: 'hs-crypto'
    })
  })
})

describe('VPC endpoint gateways (GET /v1/endpoint_gateways)', () => {
  const vpc = (): VpcClient => new VpcClient(http, () => `${base}/v1`)
  test('model body: target CRN, reasons, deleted IP; a next link without start is unreadable', async () => {
    serve('/v1/endpoint_gateways', FIXTURES.gatewaysModel)
    // The model's next.href ('Href') carries no start token: we stop, unreadable, rather than loop.
    const e = await failure(vpc().listEndpointGateways(TOKEN, 'us-south'))
    expect(e.kind).toBe('unreadable')
    const last = structuredClone(FIXTURES.gatewaysModel.body) as Record<
      string,
      unknown
    >
    delete last['next']
    serve('/v1/endpoint_gateways', {...FIXTURES.gatewaysModel, body: last})
    expect(await vpc().listEndpointGateways(TOKEN, 'us-south')).toEqual([
      {
        id: 'ID',
        name: 'Name',
        vpcId: 'ID',
        lifecycleState: 'stable',
        healthState: 'ok',
        targetCrn: 'CRN',
        lifecycleReasons: [
          {code: 'dns_resolution_binding_pending', message: 'Message'}
        ],
        ips: [
          {
            id: 'ID',
            address: '192.168.3.4',
            deleted: true,
            pending: false,
            subnetId: undefined,
            zone: undefined
          }
        ]
      }
    ])
  })
  test('0.0.0.0 is an IP VPC has not selected yet; the subnet comes from the href', async () => {
    serve('/v1/endpoint_gateways', FIXTURES.gatewaysUnselectedIp)
    const [g] = await vpc().listEndpointGateways(TOKEN, 'us-south')
    expect(g!.ips[0]).toMatchObject({
      address: '0.0.0.0',
      pending: true,
      deleted: false,
      subnetId: '0717-aaaa'
    })
    expect(g!.targetCrn).toContain(':cvpcprod000000000001::')
  })
  test('VPC error envelope', async () => {
    serve('/v1/endpoint_gateways', FIXTURES.vpcError)
    expect(
      await failure(vpc().listEndpointGateways(TOKEN, 'us-south'))
    ).toMatchObject({
      status: 400,
      code: 'bad_request',
      incidentID: 'vpc-trace-1'
    })
  })
})

describe('VPC security groups (GET /v1/security_groups)', () => {
  const net = (): NetworkMoreClient =>
    new NetworkMoreClient(http, {
      containers: `${base}/global`,
      vpc: () => `${base}/v1`
    })
  const VPC = '4727d842-f94f-4a2d-824a-9bc9b02c523b'
  test('SDK body: the group, its one rule (an address: not a remote rule); the same start twice is unreadable', async () => {
    serve('/v1/security_groups', FIXTURES.securityGroupsSdk)
    // This server answers every page with the same body, so its next.href repeats the start token.
    const e = await failure(net().listSecurityGroups(TOKEN, 'us-south', VPC))
    expect(e.kind).toBe('unreadable')
    const last = structuredClone(FIXTURES.securityGroupsSdk.body) as Record<
      string,
      unknown
    >
    delete last['next']
    serve('/v1/security_groups', {...FIXTURES.securityGroupsSdk, body: last})
    expect(await net().listSecurityGroups(TOKEN, 'us-south', VPC)).toEqual([
      {
        id: 'be5df5ca-12a0-494b-907e-aa6ec2bfa271',
        name: 'my-security-group',
        vpcId: VPC,
        rules: {total: 1, remote: 0, uniqueRemotes: 0}
      }
    ])
  })
  test('remote rules are those whose remote is a group, not a CIDR or an address', async () => {
    serve('/v1/security_groups', FIXTURES.securityGroupsRemote)
    expect(
      await net().listSecurityGroups(
        TOKEN,
        'us-south',
        'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'
      )
    ).toEqual([
      {
        id: 'r006-6b0e4c0a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
        name: 'kube-cvpcprod000000000001',
        vpcId: 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
        rules: {total: 3, remote: 1, uniqueRemotes: 1}
      }
    ])
  })
})

describe('VPC subnet and VPC (GET /v1/subnets/{id}, /v1/vpcs/{id})', () => {
  const net = (): NetworkMoreClient =>
    new NetworkMoreClient(http, {
      containers: `${base}/global`,
      vpc: () => `${base}/v1`
    })
  test('subnet SDK body: zone, VPC, free and total addresses', async () => {
    serve('/v1/subnets/S', FIXTURES.subnetSdk)
    const r = await net().getSubnet(TOKEN, 'us-south', 'S')
    expect(r).toMatchObject({
      kind: 'found',
      subnet: {
        id: '7ec86020-1c6e-4889-b3f0-a15f2e50f87e',
        zone: 'us-south-1',
        vpcId: '4727d842-f94f-4a2d-824a-9bc9b02c523b',
        availableIpv4: 15,
        totalIpv4: 256,
        status: 'available'
      }
    })
  })
  test('a nearly full subnet without a public gateway is read', async () => {
    serve('/v1/subnets/S', FIXTURES.subnetNearlyFull)
    const r = await net().getSubnet(TOKEN, 'us-south', 'S')
    expect(r).toMatchObject({
      kind: 'found',
      subnet: {availableIpv4: 2, totalIpv4: 16, zone: 'us-south-2'}
    })
  })
  test('404 in the VPC envelope is "not found"; 403 is "forbidden"', async () => {
    serve('/v1/subnets/S', FIXTURES.subnetNotFound)
    expect(await net().getSubnet(TOKEN, 'us-south', 'S')).toEqual({
      kind: 'not-found'
    })
    serve('/v1/vpcs/V', FIXTURES.vpcForbidden)
    expect(await net().getVpc(TOKEN, 'us-south', 'V')).toEqual({
      kind: 'forbidden'
    })
  })
  test('VPC SDK body: id, name, status', async () => {
    serve('/v1/vpcs/V', FIXTURES.vpcSdk)
    expect(await net().getVpc(TOKEN, 'us-south', 'V')).toEqual({
      kind: 'found',
      vpc: {
        id: '4727d842-f94f-4a2d-824a-9bc9b02c523b',
        name: 'my-vpc',
        crn: 'crn:v1:bluemix:public:is:us-south:a/123456::vpc:4727d842-f94f-4a2d-824a-9bc9b02c523b',
        status: 'available'
      }
    })
  })
})

describe('SoftLayer device lists', () => {
  const sl = (): SoftLayerClient =>
    new SoftLayerClient(http, base, {apiKey: 'emu-key-contract'})
  test('devices: the fields worker matching uses', async () => {
    serve('/SoftLayer_Account/getVirtualGuests.json', FIXTURES.devices)
    expect(await sl().listDevices('guest')).toEqual({
      complete: true,
      devices: [
        {
          kind: 'guest',
          id: 100001,
          hostname: 'kube-dal10-crbqclassicprod0000001-w1',
          primaryBackendIpAddress: '10.176.12.11',
          primaryIpAddress: '169.61.1.11'
        }
      ]
    })
  })
  test('{error, code} with HTTP 200 is that error, not an unreadable list', async () => {
    serve('/SoftLayer_Account/getVirtualGuests.json', FIXTURES.slErrorWith200)
    expect(await failure(sl().listDevices('guest'))).toMatchObject({
      kind: 'http',
      status: 200,
      code: 'SoftLayer_Exception_Public',
      detail: 'Access Denied.'
    })
  })
  test('401 keeps the SoftLayer code', async () => {
    serve('/SoftLayer_Account/getVirtualGuests.json', FIXTURES.slError401)
    expect(await failure(sl().listDevices('guest'))).toMatchObject({
      status: 401,
      code: 'SoftLayer_Exception_InvalidLegacyToken'
    })
  })
})

describe('User Management (GET /v2/accounts/{a}/users[/{iam_id}])', () => {
  const um = (): IksMoreClient =>
    new IksMoreClient(http, {
      containers: `${base}/global`,
      userManagement: base
    })
  const USER = '/v2/accounts/a1/users/IBMid-6600000OWN'

  test('SDK body: who the user is and the state as IBM sends it', async () => {
    serve(USER, FIXTURES.umUserSdk)
    expect(await um().getAccountUser(TOKEN, 'a1', 'IBMid-6600000OWN')).toEqual({
      iamId: 'IamID',
      userId: 'UserID',
      email: 'Email',
      realm: 'Realm',
      state: 'State'
    })
  })
  test('an active user, and a user in another state', async () => {
    serve(USER, FIXTURES.umUserActive)
    expect(
      (await um().getAccountUser(TOKEN, 'a1', 'IBMid-6600000OWN'))?.state
    ).toBe('ACTIVE')
    serve(USER, FIXTURES.umUserSuspended)
    expect(
      await um().getAccountUser(TOKEN, 'a1', 'IBMid-6600000OWN')
    ).toMatchObject({email: 'owner@acme.example', state: 'SUSPENDED'})
  })
  test('the list: every user with its state, the owner found by e-mail', async () => {
    serve('/v2/accounts/a1/users', FIXTURES.umUsersPage)
    expect(await um().listAccountUsers(TOKEN, 'a1')).toEqual([
      {
        iamId: 'IBMid-6600000OWN',
        userId: 'owner@acme.example',
        email: 'owner@acme.example',
        realm: 'IBMid',
        state: 'ACTIVE'
      },
      {
        iamId: 'IBMid-6600000VPN',
        userId: '1234567_vpn',
        realm: 'SL',
        state: 'VPN_ONLY'
      }
    ])
  })
  test('404: not a user of the account (no error)', async () => {
    serve(USER, FIXTURES.umUserNotFound)
    expect(
      await um().getAccountUser(TOKEN, 'a1', 'IBMid-6600000OWN')
    ).toBeUndefined()
  })
  test('403: refused, IBM code and trace kept; the role to ask for is Viewer on User Management', async () => {
    serve('/v2/accounts/a1/users', FIXTURES.umForbidden)
    const e = await failure(um().listAccountUsers(TOKEN, 'a1'))
    expect(e).toMatchObject({
      service: 'accounts',
      status: 403,
      code: 'forbidden',
      incidentID: 'um-trace-403'
    })
    expect(roleForRead(e.service, e.operation)).toEqual({
      role: 'Viewer',
      label: 'User Management',
      flags: [['--service-name', 'user-management']]
    })
  })
})
