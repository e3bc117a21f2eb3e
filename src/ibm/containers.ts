import * as z from 'zod/mini'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {optStr, parseBody} from './parse.js'

export interface ClusterInfo {
  id: string
  name: string
  region: string
  resourceGroupId: string
  resourceGroupName?: string
  /** classic, vpc-gen2, or whatever IBM answers (satellite, vpc-classic…) */
  provider: string
  state?: string
  vpcs: string[]
  masterKubeVersion?: string
  workerZones: string[]
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
  /** VPC workers: their subnets (v2 networkInterfaces), to place VPE gateway IPs in zones. */
  subnets?: Array<{id?: string; cidr?: string}>
}

export type InfraCredentials =
  | {kind: 'linked'}
  | {kind: 'manual'; username: string; classicAccountId?: string}

export interface Permission {
  key: string
  name?: string
  category?: string
}

export interface MissingInfraPermissions {
  required: Permission[]
  suggested: Permission[]
}

export interface KeyOwner {
  id?: string
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
  vpcs: z.nullish(z.array(z.string())),
  masterKubeVersion: optStr,
  workerZones: z.nullish(z.array(z.string()))
})

const toCluster = (c: z.infer<typeof clusterBody>): ClusterInfo => ({
  id: c.id,
  name: c.name,
  region: c.region,
  resourceGroupId: c.resourceGroup,
  resourceGroupName: c.resourceGroupName,
  provider: c.provider,
  state: c.state,
  vpcs: c.vpcs ?? [],
  masterKubeVersion: c.masterKubeVersion,
  workerZones: c.workerZones ?? []
})

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
      messageDate: optStr
    })
  ),
  networkInformation: z.nullish(z.object({privateIP: optStr})),
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
  privateIP: optStr
})

const toWorker = (w: z.infer<typeof workerBody>): WorkerInfo => {
  const messages = [
    w.health?.message,
    w.lifecycle?.message,
    w.lifecycle?.messageDetails,
    w.status,
    w.errorMessage
  ].filter((m): m is string => typeof m === 'string' && m.trim() !== '')
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

/** GET /v1/credentials 200 body: the user name under one of several keys (shape unconfirmed by IBM). */
export function readCredentialsBody(body: unknown): InfraCredentials {
  const user = isRecord(body)
    ? pickKey(body, [
        'softlayer_username',
        'infrastructure_username',
        'username',
        'userName',
        'user_name'
      ])
    : undefined
  if (typeof user !== 'string' || user.trim() === '') {
    throw new ApiError({
      service: 'iks',
      operation: 'get infrastructure credentials',
      kind: 'unreadable',
      detail: 'answered 200 without an infrastructure user name'
    })
  }
  const digits = /^(\d+)_/.exec(user.trim())?.[1]
  return {kind: 'manual', username: user.trim(), classicAccountId: digits}
}

function readPermissionList(v: unknown): Permission[] | undefined {
  if (!Array.isArray(v)) return undefined
  const out: Permission[] = []
  for (const item of v) {
    if (typeof item === 'string' && item.trim() !== '')
      out.push({key: item.trim()})
    else if (isRecord(item)) {
      const key = pickKey(item, ['key', 'keyName', 'permission', 'name'])
      if (typeof key !== 'string' || key.trim() === '') return undefined
      const name = pickKey(item, ['name', 'description'])
      const category = pickKey(item, ['category', 'type'])
      out.push({
        key: key.trim(),
        name: typeof name === 'string' ? name : undefined,
        category: typeof category === 'string' ? category : undefined
      })
    } else return undefined
  }
  return out
}

/** GET /v1/infra-permissions: lists under keys that contain "required" / "suggested" (any case). */
export function readInfraPermissionsBody(
  body: unknown
): MissingInfraPermissions {
  const fail = (why: string): never => {
    throw new ApiError({
      service: 'iks',
      operation: 'get missing infrastructure permissions',
      kind: 'unreadable',
      detail: `answered a body we cannot read (${why})`
    })
  }
  if (!isRecord(body)) return fail('not a JSON object')
  let required: Permission[] | undefined
  let suggested: Permission[] | undefined
  for (const [k, v] of Object.entries(body)) {
    const lk = k.toLowerCase()
    if (lk.includes('required'))
      required =
        readPermissionList(v) ?? fail(`'${k}' is not a list of permissions`)
    else if (lk.includes('suggested'))
      suggested =
        readPermissionList(v) ?? fail(`'${k}' is not a list of permissions`)
  }
  if (required === undefined && suggested === undefined)
    return fail('no required or suggested permission lists')
  return {required: required ?? [], suggested: suggested ?? []}
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
    id: s(pickKey(body, ['id'])),
    name: s(pickKey(body, ['name'])),
    email: s(pickKey(body, ['email']))
  }
  if (!owner.id && !owner.name && !owner.email) {
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
    return toCluster(parseBody(clusterBody, res.body, 'iks', 'get cluster'))
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
  async listClusters(token: string, provider?: string): Promise<ClusterInfo[]> {
    const res = await this.http.request({
      service: 'iks',
      operation: 'list clusters',
      method: 'GET',
      url: `${this.baseUrl}/v2/getClusters`,
      query: {provider},
      headers: this.auth(token)
    })
    return parseBody(
      z.array(clusterBody),
      res.body,
      'iks',
      'list clusters'
    ).map(toCluster)
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

  async getMissingInfraPermissions(
    token: string,
    scope: RegionScope
  ): Promise<MissingInfraPermissions> {
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
