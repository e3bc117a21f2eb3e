/**
 * Read clients for the intent-aware checks: worker pools, flavors by zone, Kubernetes versions (IKS) and
 * users of an account (User Management). Shapes: ../shared/reference/ibm-cloud-api-more.md, from IBM's
 * SDKs (IBM-Cloud/container-services-go-sdk, IBM-Cloud/bluemix-go, IBM/platform-services-go-sdk
 * usermanagementv1). Every call goes through the one HttpClient; memoising is the facts layer's job.
 */
import * as z from 'zod/mini'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {nonEmpty, optBool, optStr, parseBody, queryParamOf} from './parse.js'

export interface PoolZone {
  id: string
  workerCount?: number
  /** Classic pools. */
  privateVlan?: string
  publicVlan?: string
  /** VPC pools. */
  subnets: Array<{id: string; primary?: boolean}>
}

export interface WorkerPoolInfo {
  id: string
  name?: string
  flavor?: string
  /** Workers per zone: v2 workerCount, v1 sizePerZone. */
  workersPerZone?: number
  provider?: string
  /** v2 lifecycle.actualState, v1 state. */
  state?: string
  desiredState?: string
  zones: PoolZone[]
  vpcId?: string
  autoscaleEnabled?: boolean
  /** VPC pools with encrypted worker volumes. */
  volumeEncryption?: {
    kmsInstanceId?: string
    rootKeyId?: string
    kmsAccountId?: string
  }
}

/** A classic zone IKS lists: its ID (dal10) and metro (Dallas); IBM's list names no region. */
export interface ClassicZone {
  id: string
  metro?: string
}

export interface FlavorInfo {
  name: string
  id?: string
  provider?: string
  deprecated?: boolean
  /** Presumably the flavor that replaces a deprecated one (IBM does not document it). */
  correspondingFlavor?: string
  /**
   * `ocp_unsupported`: IKS marks the flavor as not supported for Red Hat OpenShift (SDK FlavorResponse and
   * MachineType; the SDK's getFlavors model omits it, so absent means "not said", never "supported").
   */
  ocpUnsupported?: boolean
}

export interface KubeVersionInfo {
  /** 'kubernetes' or 'openshift' when IBM groups the list by platform. */
  platform?: string
  major: number
  minor: number
  patch: number
  isDefault: boolean
  /** Empty or absent unless an end-of-service date is announced. */
  endOfService?: string
}

export interface AccountUser {
  /** Optional in IBM's SDK (UserProfile.IamID). */
  iamId?: string
  userId?: string
  email?: string
  realm?: string
  /** ACTIVE, PENDING, PROCESSING, VPN_ONLY, DISABLED_CLASSIC_INFRASTRUCTURE (SDK), others per IBM docs. */
  state?: string
}

/**
 * IKS answers do not keep one key casing (`privateVLAN` in the swagger, `privateVlan` in real v1 bodies;
 * `poolID` / `poolid`); IBM's Go clients read keys case-insensitively, so we lower-case them before parsing.
 */
export function lowerKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(lowerKeys)
  if (v === null || typeof v !== 'object') return v
  const out: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(v)) {
    const key = k.toLowerCase()
    // Keep the first of two keys that differ only in case.
    if (!(key in out)) out[key] = lowerKeys(x)
  }
  return out
}

const count = z.nullish(z.number().check(z.int(), z.nonnegative()))
const id = z.string().check(z.minLength(1))

// Lower-case names of GetWorkerPoolResponse (v2) and WorkerPoolResponse (v1).
const poolBody = z.object({
  id,
  poolname: optStr,
  name: optStr,
  flavor: optStr,
  machinetype: optStr,
  workercount: count,
  sizeperzone: count,
  provider: optStr,
  state: optStr,
  lifecycle: z.nullish(z.object({actualstate: optStr, desiredstate: optStr})),
  zones: z.nullish(
    z.array(
      z.object({
        id,
        workercount: count,
        privatevlan: optStr,
        publicvlan: optStr,
        subnets: z.nullish(z.array(z.object({id, primary: optBool})))
      })
    )
  ),
  vpcid: optStr,
  autoscaleenabled: optBool,
  workervolumeencryption: z.nullish(
    z.object({
      kmsinstanceid: optStr,
      workervolumecrkid: optStr,
      kmsaccountid: optStr
    })
  )
})

function toPool(p: z.infer<typeof poolBody>): WorkerPoolInfo {
  const enc = p.workervolumeencryption
  const encryption =
    enc && (enc.kmsinstanceid || enc.workervolumecrkid)
      ? {
          kmsInstanceId: nonEmpty(enc.kmsinstanceid),
          rootKeyId: nonEmpty(enc.workervolumecrkid),
          kmsAccountId: nonEmpty(enc.kmsaccountid)
        }
      : undefined
  return {
    id: p.id,
    name: nonEmpty(p.poolname) ?? nonEmpty(p.name),
    flavor: nonEmpty(p.flavor) ?? nonEmpty(p.machinetype),
    workersPerZone: p.workercount ?? p.sizeperzone ?? undefined,
    provider: nonEmpty(p.provider),
    state: nonEmpty(p.lifecycle?.actualstate) ?? nonEmpty(p.state),
    desiredState: nonEmpty(p.lifecycle?.desiredstate),
    zones: (p.zones ?? []).map(zone => ({
      id: zone.id,
      workerCount: zone.workercount ?? undefined,
      privateVlan: nonEmpty(zone.privatevlan),
      publicVlan: nonEmpty(zone.publicvlan),
      subnets: (zone.subnets ?? []).map(s => ({id: s.id, primary: s.primary}))
    })),
    vpcId: nonEmpty(p.vpcid),
    autoscaleEnabled: p.autoscaleenabled,
    volumeEncryption: encryption
  }
}

const flavorBody = z.object({
  name: id,
  id: optStr,
  provider: optStr,
  deprecated: optBool,
  correspondingflavor: optStr,
  ocp_unsupported: optBool
})

const versionBody = z.object({
  major: z.number().check(z.int(), z.nonnegative()),
  minor: z.number().check(z.int(), z.nonnegative()),
  patch: z.number().check(z.int(), z.nonnegative()),
  default: optBool,
  end_of_service: optStr
})

// platform-services-go-sdk usermanagementv1 UserProfile: every field is optional, `iam_id` too; one odd
// record must not make the whole list unreadable.
const userBody = z.object({
  iam_id: optStr,
  user_id: optStr,
  email: optStr,
  realm: optStr,
  state: optStr
})
const userListBody = z.object({
  resources: z.nullish(z.array(userBody)),
  next_url: optStr
})

const toUser = (u: z.infer<typeof userBody>): AccountUser => ({
  iamId: nonEmpty(u.iam_id),
  userId: nonEmpty(u.user_id),
  email: nonEmpty(u.email),
  realm: nonEmpty(u.realm),
  state: nonEmpty(u.state)
})

/** Guard against a server that keeps answering with a next page. */
const MAX_USER_PAGES = 200

/** The `_start` token of a next_url (absolute or relative); its host is never followed. */
export const nextStart = (nextUrl: string | undefined): string | undefined =>
  queryParamOf(nextUrl, '_start')

export interface IksMoreEndpoints {
  /** IKS global API, e.g. https://containers.cloud.ibm.com/global */
  containers: string
  /** User Management, e.g. https://user-management.cloud.ibm.com */
  userManagement: string
}

export class IksMoreClient {
  constructor(
    private readonly http: HttpClient,
    private readonly endpoints: IksMoreEndpoints
  ) {}

  private auth(token: string): Record<string, string> {
    return {Authorization: `Bearer ${token}`}
  }

  /** GET /v2/getWorkerPools?cluster= : every pool of a cluster (any provider). */
  async getWorkerPools(
    token: string,
    cluster: string
  ): Promise<WorkerPoolInfo[]> {
    const operation = 'list worker pools'
    const res = await this.http.request({
      service: 'iks',
      operation,
      method: 'GET',
      url: `${this.endpoints.containers}/v2/getWorkerPools`,
      query: {cluster},
      headers: this.auth(token)
    })
    // IBM's Go client reads an array; the generated SDK's own fixture answers one object. Accept both.
    const body = lowerKeys(res.body)
    const list = Array.isArray(body) || body === undefined ? body : [body]
    return parseBody(z.array(poolBody), list, 'iks', operation).map(toPool)
  }

  /** GET /v2/getWorkerPool?cluster=&workerpool= ; undefined when IKS answers 404 (no such pool or cluster). */
  async getWorkerPool(
    token: string,
    cluster: string,
    pool: string
  ): Promise<WorkerPoolInfo | undefined> {
    const operation = 'get worker pool'
    const res = await this.http.request({
      service: 'iks',
      operation,
      method: 'GET',
      url: `${this.endpoints.containers}/v2/getWorkerPool`,
      query: {cluster, workerpool: pool},
      headers: this.auth(token),
      okStatuses: [404]
    })
    if (res.status === 404) return undefined
    return toPool(parseBody(poolBody, lowerKeys(res.body), 'iks', operation))
  }

  /**
   * GET /v1/zones: the classic zones (data centers) IKS can create clusters in (GetZones in IBM's SDK, model
   * ZoneResponse{id, name, metro}). Every zone needs a string `id`; other keys are ignored.
   */
  async getClassicZones(token: string): Promise<ClassicZone[]> {
    const operation = 'list classic zones'
    const res = await this.http.request({
      service: 'iks',
      operation,
      method: 'GET',
      url: `${this.endpoints.containers}/v1/zones`,
      headers: this.auth(token)
    })
    return parseBody(
      z.array(z.object({id: z.string(), metro: z.optional(z.string())})),
      res.body,
      'iks',
      operation
    ).map(zone => ({id: zone.id, metro: nonEmpty(zone.metro)}))
  }

  /** GET /v2/getFlavors?zone=&provider= : the flavors offered in one zone. Absent from the list = not offered. */
  async getFlavors(
    token: string,
    zone: string,
    provider?: string
  ): Promise<FlavorInfo[]> {
    const operation = 'list flavors'
    const res = await this.http.request({
      service: 'iks',
      operation,
      method: 'GET',
      url: `${this.endpoints.containers}/v2/getFlavors`,
      query: {zone, provider},
      headers: this.auth(token)
    })
    return parseBody(
      z.array(flavorBody),
      lowerKeys(res.body),
      'iks',
      operation
    ).map(f => ({
      name: f.name,
      id: nonEmpty(f.id),
      provider: nonEmpty(f.provider),
      deprecated: f.deprecated,
      correspondingFlavor: nonEmpty(f.correspondingflavor),
      ...(f.ocp_unsupported !== undefined && {
        ocpUnsupported: f.ocp_unsupported
      })
    }))
  }

  /**
   * GET /v1/versions: every orderable version, grouped by platform (IBM's documented real answer).
   * A bare array (the SDK's typing of /v2/getVersions) is read too.
   */
  async getVersions(token: string): Promise<KubeVersionInfo[]> {
    const operation = 'list versions'
    const res = await this.http.request({
      service: 'iks',
      operation,
      method: 'GET',
      url: `${this.endpoints.containers}/v1/versions`,
      headers: this.auth(token)
    })
    const body = lowerKeys(res.body)
    const toVersion =
      (platform?: string) =>
      (v: z.infer<typeof versionBody>): KubeVersionInfo => ({
        ...(platform !== undefined && {platform}),
        major: v.major,
        minor: v.minor,
        patch: v.patch,
        isDefault: v.default === true,
        endOfService: nonEmpty(v.end_of_service)
      })
    if (Array.isArray(body))
      return parseBody(z.array(versionBody), body, 'iks', operation).map(
        toVersion()
      )
    // Keyed by platform; keys whose value is not a list are not versions and are ignored.
    const grouped = parseBody(
      z.record(z.string(), z.unknown()),
      body,
      'iks',
      operation
    )
    const lists = Object.entries(grouped).filter(([, v]) => Array.isArray(v))
    // An object without any list is unreadable: parse it as the list it should have been, for the message.
    if (lists.length === 0)
      return parseBody(z.array(versionBody), body, 'iks', operation).map(
        toVersion()
      )
    return lists.flatMap(([platform, list]) =>
      parseBody(z.array(versionBody), list, 'iks', operation).map(
        toVersion(platform)
      )
    )
  }

  /**
   * GET /v2/accounts/{account_id}/users/{iam_id}: one user of the account; undefined when User Management
   * answers 404 (not a user of the account).
   */
  async getAccountUser(
    token: string,
    accountId: string,
    iamId: string
  ): Promise<AccountUser | undefined> {
    const operation = 'get account user'
    const res = await this.http.request({
      // User Management is part of IBM Cloud account management.
      service: 'accounts',
      operation,
      method: 'GET',
      url: `${this.endpoints.userManagement}/v2/accounts/${encodeURIComponent(accountId)}/users/${encodeURIComponent(iamId)}`,
      headers: this.auth(token),
      okStatuses: [404]
    })
    if (res.status === 404) return undefined
    return toUser(parseBody(userBody, res.body, 'accounts', operation))
  }

  /** GET /v2/accounts/{account_id}/users, every page (next_url carries the `_start` of the next one). */
  async listAccountUsers(
    token: string,
    accountId: string
  ): Promise<AccountUser[]> {
    const operation = 'list account users'
    const users: AccountUser[] = []
    const seen = new Set<string>()
    let start: string | undefined
    for (let page = 0; page < MAX_USER_PAGES; page++) {
      const res = await this.http.request({
        service: 'accounts',
        operation,
        method: 'GET',
        url: `${this.endpoints.userManagement}/v2/accounts/${encodeURIComponent(accountId)}/users`,
        query: {_start: start},
        headers: this.auth(token)
      })
      const body = parseBody(userListBody, res.body, 'accounts', operation)
      users.push(...(body.resources ?? []).map(toUser))
      start = nextStart(body.next_url)
      if (start === undefined) return users
      if (seen.has(start))
        throw new ApiError({
          service: 'accounts',
          operation,
          kind: 'unreadable',
          detail:
            'answered the same next page twice; the user list cannot be read in full'
        })
      seen.add(start)
    }
    throw new ApiError({
      service: 'accounts',
      operation,
      kind: 'unreadable',
      detail: `answered more than ${MAX_USER_PAGES} pages; the user list cannot be read in full`
    })
  }
}
