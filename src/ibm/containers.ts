import * as z from 'zod/mini'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {optBool, optStr, parseBody} from './parse.js'

export interface ClusterInfo {
  id: string
  name: string
  region: string
  resourceGroupId: string
  resourceGroupName?: string
  /** classic, vpc-gen2, or whatever IBM answers (satellite, vpc-classic…) */
  provider: string
  state?: string
  /** getCluster's lifecycle.masterState (deployed, deploying, updating, update_failed…); absent from the list. */
  masterState?: string
  vpcs: string[]
  masterKubeVersion?: string
  /** getCluster's `targetVersion` (SDK GetClusterResponse; IBM does not document what it means). */
  targetVersion?: string
  /** getCluster's `versionEOS`: the end-of-service date of the master's version; absent when none is set. */
  versionEOS?: string
  /** getCluster's lifecycle.masterHealth (error, normal, unavailable, unsupported per the SDK's comment). */
  masterHealth?: string
  workerZones: string[]
  /** getCluster's `isPaid`: whether the account can use paid (classic) infrastructure. */
  isPaid?: boolean
  /** getCluster's `features.keyProtectEnabled` (container-services-go-sdk CommonClusterFeatures): secrets encrypted with a KMS root key. IKS does not say which instance. */
  keyProtectEnabled?: boolean
  /** getCluster's `type` (container-services-go-sdk GetClusterResponse `Type`): IKS names the platform here. */
  type?: string
  /** Read from the getClusters list, which carries no `vpcs`, `workerZones`, `crn` or `lifecycle`. */
  partial?: boolean
}

export interface WorkerInfo {
  id: string
  zone?: string
  privateIP?: string
  state?: string
  /** Every status/message text IBM returns for the worker; the troubleshooting strings live in one of them. */
  messages: string[]
  /** When the current message was set (v2 lifecycle.messageDate), if known. */
  messageDate?: string
  poolName?: string
  /** The operation IKS has queued or runs on the worker (v2 lifecycle.pendingOperation, v1 pendingOperation); absent when none. */
  pendingOperation?: string
  /** VPC workers: their subnets (v2 networkInterfaces), to place VPE gateway IPs in zones. */
  subnets?: Array<{id?: string; cidr?: string}>
  /** The version the worker runs (v2 kubeVersion.actual, SDK GetWorkerResponse; v1 kubeVersion), when IKS says. */
  kubeVersion?: string
}

export type InfraCredentials =
  | {kind: 'linked'}
  | {kind: 'manual'; username: string; classicAccountId?: string}

/** IBM's four permission categories of GET /v1/infra-permissions (container-services-go-sdk AccountStatus). */
export const PERMISSION_CATEGORIES = [
  'virtualWorker',
  'physicalWorker',
  'network',
  'storage'
] as const
export type PermissionCategory = (typeof PERMISSION_CATEGORIES)[number]

const CATEGORY_KEYS: Record<PermissionCategory, string> = {
  virtualWorker: 'virtualWorkerManagerPermissions',
  physicalWorker: 'physicalWorkerManagerPermissions',
  network: 'networkManagerPermissions',
  storage: 'storageManagerPermissions'
}

/** One insufficient part of a category; `permissions` are IBM's texts as given (display names, maybe empty). */
export interface MissingPermissions {
  category: PermissionCategory
  level: 'required' | 'recommended'
  permissions: string[]
}

/** GET /v1/infra-permissions, read: whose classic account was judged and what it lacks. */
export interface InfraPermissionStatus {
  /** The classic (IMS) account IKS checked, when IBM says. */
  account?: string
  /** IBM's words for where the credentials come from (linked account API key or manually set credentials). */
  accountType?: string
  missing: MissingPermissions[]
}

/** clusterkeyowner: `id` is the stored API key's ID (not its owner's); `name` and `email` are the owner's. */
export interface KeyOwner {
  apiKeyId?: string
  name?: string
  email?: string
}

const clusterBody = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  region: z.string().check(z.minLength(1)),
  resourceGroup: z.string().check(z.minLength(1)),
  resourceGroupName: optStr,
  provider: z.string().check(z.minLength(1)),
  state: optStr,
  lifecycle: z.nullish(z.object({masterState: optStr, masterHealth: optStr})),
  vpcs: z.nullish(z.array(z.string())),
  masterKubeVersion: optStr,
  targetVersion: optStr,
  versionEOS: optStr,
  workerZones: z.nullish(z.array(z.string())),
  isPaid: optBool,
  features: z.nullish(z.object({keyProtectEnabled: optBool})),
  type: optStr
})

// The SDK and bluemix-go disagree on some IKS key casings (datacenter / dataCenter): read the keys we use in any case.
const CLUSTER_KEYS = Object.keys(clusterBody.def.shape)

/** A copy of `obj` whose keys that match `names` case-insensitively are spelled as in `names`. */
export function canonicalKeys(obj: unknown, names: readonly string[]): unknown {
  if (!isRecord(obj)) return obj
  const byLower = new Map(names.map(n => [n.toLowerCase(), n]))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(obj)) {
    const name = byLower.get(k.toLowerCase()) ?? k
    // The exact spelling wins over a differently cased duplicate.
    if (name in out && k !== name) continue
    out[name] = v
  }
  return out
}

const readCluster = (body: unknown): unknown =>
  canonicalKeys(body, CLUSTER_KEYS)

const toCluster = (
  c: z.infer<typeof clusterBody>,
  partial = false
): ClusterInfo => ({
  id: c.id,
  name: c.name,
  region: c.region,
  resourceGroupId: c.resourceGroup,
  resourceGroupName: c.resourceGroupName,
  provider: c.provider,
  state: c.state,
  ...(c.lifecycle?.masterState ? {masterState: c.lifecycle.masterState} : {}),
  vpcs: c.vpcs ?? [],
  masterKubeVersion: c.masterKubeVersion,
  ...(c.targetVersion ? {targetVersion: c.targetVersion} : {}),
  ...(c.versionEOS ? {versionEOS: c.versionEOS} : {}),
  ...(c.lifecycle?.masterHealth
    ? {masterHealth: c.lifecycle.masterHealth}
    : {}),
  workerZones: c.workerZones ?? [],
  isPaid: c.isPaid,
  ...(c.features?.keyProtectEnabled !== undefined
    ? {keyProtectEnabled: c.features.keyProtectEnabled}
    : {}),
  ...(c.type ? {type: c.type} : {}),
  ...(partial ? {partial: true} : {})
})

/** The clusters of a getClusters answer that can be read; `skipped` counts the items that could not. */
export interface ClusterList {
  clusters: ClusterInfo[]
  skipped: number
}

/** Read a getClusters body item by item: one malformed item does not hide the other clusters. */
export function readClusterList(body: unknown): ClusterList {
  if (!Array.isArray(body)) {
    throw new ApiError({
      service: 'iks',
      operation: 'list clusters',
      kind: 'unreadable',
      detail: `answered a body we cannot read (${body === undefined ? 'an empty body' : 'not a JSON list'})`
    })
  }
  const clusters: ClusterInfo[] = []
  let skipped = 0
  for (const item of body) {
    const r = clusterBody.safeParse(readCluster(item))
    if (r.success) clusters.push(toCluster(r.data, true))
    else skipped++
  }
  if (body.length > 0 && clusters.length === 0) {
    throw new ApiError({
      service: 'iks',
      operation: 'list clusters',
      kind: 'unreadable',
      detail: `answered ${body.length} cluster(s), none of which we can read`
    })
  }
  return {clusters, skipped}
}

const msgObj = z.nullish(z.object({state: optStr, message: optStr}))
const workerBody = z.object({
  id: z.string().check(z.minLength(1)),
  location: optStr,
  poolName: optStr,
  health: msgObj,
  lifecycle: z.nullish(
    z.object({
      actualState: optStr,
      message: optStr,
      messageDetails: optStr,
      messageDate: optStr,
      pendingOperation: optStr
    })
  ),
  networkInformation: z.nullish(z.object({privateIP: optStr})),
  // v2: an object (SDK WorkerKubeVersion); v1: a string. Either may be absent.
  kubeVersion: z.nullish(z.union([z.string(), z.object({actual: optStr})])),
  networkInterfaces: z.nullish(
    z.array(
      z.object({
        ipAddress: optStr,
        primary: z.nullish(z.boolean()),
        cidr: optStr,
        subnetID: optStr
      })
    )
  ),
  // v1 fields, when a v1-compatible shape comes back
  state: optStr,
  status: optStr,
  errorMessage: optStr,
  privateIP: optStr,
  pendingOperation: optStr
})

const toWorker = (w: z.infer<typeof workerBody>): WorkerInfo => {
  const messages = [
    w.health?.message,
    w.lifecycle?.message,
    w.lifecycle?.messageDetails,
    w.status,
    w.errorMessage
  ].filter((m): m is string => typeof m === 'string' && m.trim() !== '')
  const pending = (w.lifecycle?.pendingOperation ?? w.pendingOperation)?.trim()
  const version = (
    typeof w.kubeVersion === 'string' ? w.kubeVersion : w.kubeVersion?.actual
  )?.trim()
  const vpcIp =
    w.networkInterfaces?.find(n => n.primary)?.ipAddress ??
    w.networkInterfaces?.[0]?.ipAddress
  return {
    id: w.id,
    zone: w.location,
    privateIP:
      w.networkInformation?.privateIP ?? w.privateIP ?? vpcIp ?? undefined,
    state: w.lifecycle?.actualState ?? w.health?.state ?? w.state,
    messages,
    messageDate: w.lifecycle?.messageDate,
    poolName: w.poolName,
    ...(pending ? {pendingOperation: pending} : {}),
    ...(version ? {kubeVersion: version} : {}),
    subnets: w.networkInterfaces?.map(n => ({id: n.subnetID, cidr: n.cidr}))
  }
}

/** Find a value under any of `names`, case-insensitively. */
function pickKey(obj: Record<string, unknown>, names: string[]): unknown {
  const lower = names.map(n => n.toLowerCase())
  for (const [k, v] of Object.entries(obj))
    if (lower.includes(k.toLowerCase())) return v
  return undefined
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** GET /v1/credentials 200 body: `{"apiUser": "<IMS account id>_<email>"}` (container-services-go-sdk Credentials). */
export function readCredentialsBody(body: unknown): InfraCredentials {
  const user = isRecord(body) ? pickKey(body, ['apiUser']) : undefined
  if (typeof user !== 'string' || user.trim() === '') {
    throw new ApiError({
      service: 'iks',
      operation: 'get infrastructure credentials',
      kind: 'unreadable',
      detail: 'answered 200 without an infrastructure user name (apiUser)'
    })
  }
  // The classic user name is <IMS account id>_<email>: the account is the digits before the first '_'.
  const digits = /^(\d+)_/.exec(user.trim())?.[1]
  return {kind: 'manual', username: user.trim(), classicAccountId: digits}
}

/**
 * GET /v1/infra-permissions: IBM's AccountStatus. Every part is optional and an absent part means
 * "sufficient" (SDK comment); a part present with the wrong type makes the body unreadable, never a pass.
 */
export function readInfraPermissionsBody(body: unknown): InfraPermissionStatus {
  const fail = (why: string): never => {
    throw new ApiError({
      service: 'iks',
      operation: 'get missing infrastructure permissions',
      kind: 'unreadable',
      detail: `answered a body we cannot read (${why})`
    })
  }
  if (!isRecord(body)) return fail('not a JSON object')
  const text = (k: string): string | undefined => {
    const v = pickKey(body, [k])
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim()
    return fail(`'${k}' is not a string`)
  }
  const missing: MissingPermissions[] = []
  for (const category of PERMISSION_CATEGORIES) {
    const key = CATEGORY_KEYS[category]
    const part = pickKey(body, [key])
    if (part === undefined || part === null) continue
    if (!isRecord(part)) return fail(`'${key}' is not an object`)
    for (const level of ['required', 'recommended'] as const) {
      const analysis = pickKey(part, [level])
      if (analysis === undefined || analysis === null) continue
      if (!isRecord(analysis)) return fail(`'${key}.${level}' is not an object`)
      const insufficient = pickKey(analysis, ['insufficient'])
      if (
        insufficient !== undefined &&
        insufficient !== null &&
        typeof insufficient !== 'boolean'
      )
        return fail(`'${key}.${level}.insufficient' is not a boolean`)
      const list = pickKey(analysis, ['missingPermissions']) ?? []
      if (!Array.isArray(list) || list.some(p => typeof p !== 'string'))
        return fail(
          `'${key}.${level}.missingPermissions' is not a list of texts`
        )
      const permissions = (list as string[])
        .map(p => p.trim())
        .filter(p => p !== '')
      // A named missing permission counts even without the flag: IBM named it, so it is not a pass.
      if (insufficient === true || permissions.length > 0)
        missing.push({category, level, permissions})
    }
  }
  return {account: text('account'), accountType: text('accountType'), missing}
}

/** clusterkeyowner: id/name/email in any case. */
export function readKeyOwnerBody(body: unknown): KeyOwner {
  if (!isRecord(body)) {
    throw new ApiError({
      service: 'iks',
      operation: 'get API key owner',
      kind: 'unreadable',
      detail: 'answered a body that is not a JSON object'
    })
  }
  const s = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
  const owner = {
    apiKeyId: s(pickKey(body, ['id'])),
    name: s(pickKey(body, ['name'])),
    email: s(pickKey(body, ['email']))
  }
  if (!owner.apiKeyId && !owner.name && !owner.email) {
    throw new ApiError({
      service: 'iks',
      operation: 'get API key owner',
      kind: 'unreadable',
      detail: 'answered without an owner id, name or email'
    })
  }
  return owner
}

export interface RegionScope {
  region: string
  resourceGroupId: string
}

export class ContainersClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string
  ) {}

  private auth(token: string): Record<string, string> {
    return {Authorization: `Bearer ${token}`}
  }

  private scoped(token: string, scope: RegionScope): Record<string, string> {
    return {
      ...this.auth(token),
      'X-Region': scope.region,
      'X-Auth-Resource-Group': scope.resourceGroupId
    }
  }

  async getCluster(token: string, ref: string): Promise<ClusterInfo> {
    const res = await this.http.request({
      service: 'iks',
      operation: 'get cluster',
      method: 'GET',
      url: `${this.baseUrl}/v2/getCluster`,
      query: {cluster: ref, 'v1-compatible': 'true'},
      headers: this.auth(token)
    })
    return toCluster(
      parseBody(clusterBody, readCluster(res.body), 'iks', 'get cluster')
    )
  }

  /**
   * IKS's VPC zones (`GET /v2/vpc/getZones?provider=vpc-gen2`, VpcGetZones in IBM's SDK): the zone IDs
   * where a VPC cluster can be created. The SDK types the body as a nested array (its own fixture is
   * `[[{…}]]`); both that and a flat array are read. Every zone needs a string `id`; other keys are ignored.
   */
  async listVpcZones(token: string): Promise<string[]> {
    const res = await this.http.request({
      service: 'iks',
      operation: 'list VPC zones',
      method: 'GET',
      url: `${this.baseUrl}/v2/vpc/getZones`,
      query: {provider: 'vpc-gen2'},
      headers: this.auth(token)
    })
    const zone = z.object({id: z.string()})
    return parseBody(
      z.array(z.union([zone, z.array(zone)])),
      res.body,
      'iks',
      'list VPC zones'
    )
      .flat()
      .map(e => e.id)
  }

  /** Every cluster the caller can see, in all regions; optionally of one provider. */
  async listClusters(token: string, provider?: string): Promise<ClusterList> {
    const res = await this.http.request({
      service: 'iks',
      operation: 'list clusters',
      method: 'GET',
      url: `${this.baseUrl}/v2/getClusters`,
      query: {provider},
      headers: this.auth(token)
    })
    return readClusterList(res.body)
  }

  async getWorkers(token: string, clusterId: string): Promise<WorkerInfo[]> {
    const res = await this.http.request({
      service: 'iks',
      operation: 'list workers',
      method: 'GET',
      url: `${this.baseUrl}/v2/getWorkers`,
      query: {cluster: clusterId},
      headers: this.auth(token)
    })
    return parseBody(z.array(workerBody), res.body, 'iks', 'list workers').map(
      toWorker
    )
  }

  /** The manually set classic credentials of a region and resource group; E0051 = none, the linked account is used. */
  async getCredentials(
    token: string,
    scope: RegionScope
  ): Promise<InfraCredentials> {
    try {
      const res = await this.http.request({
        service: 'iks',
        operation: 'get infrastructure credentials',
        method: 'GET',
        url: `${this.baseUrl}/v1/credentials`,
        headers: this.scoped(token, scope)
      })
      return readCredentialsBody(res.body)
    } catch (e) {
      if (
        e instanceof ApiError &&
        e.kind === 'http' &&
        e.code === 'E0051' &&
        e.status !== undefined &&
        e.status >= 400 &&
        e.status < 500
      ) {
        return {kind: 'linked'}
      }
      throw e
    }
  }

  async getInfraPermissions(
    token: string,
    scope: RegionScope
  ): Promise<InfraPermissionStatus> {
    const res = await this.http.request({
      service: 'iks',
      operation: 'get missing infrastructure permissions',
      method: 'GET',
      url: `${this.baseUrl}/v1/infra-permissions`,
      headers: this.scoped(token, scope)
    })
    return readInfraPermissionsBody(res.body)
  }

  async getKeyOwner(
    token: string,
    clusterId: string,
    scope: RegionScope
  ): Promise<KeyOwner> {
    const res = await this.http.request({
      service: 'iks',
      operation: 'get API key owner',
      method: 'GET',
      url: `${this.baseUrl}/v1/logging/${encodeURIComponent(clusterId)}/clusterkeyowner`,
      headers: this.scoped(token, scope)
    })
    return readKeyOwnerBody(res.body)
  }

  /** The only write this product makes, and only with `remediate: vpe`: re-create the master's endpoints. */
  async refreshMaster(token: string, clusterId: string): Promise<void> {
    await this.http.request({
      service: 'iks',
      operation: 'refresh cluster master',
      method: 'PUT',
      url: `${this.baseUrl}/v1/clusters/${encodeURIComponent(clusterId)}/masters`,
      json: {action: 'refresh'},
      headers: this.auth(token)
    })
  }
}
