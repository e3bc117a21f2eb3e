import * as z from 'zod/mini'
import {registerSecret} from '../secrets.js'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {optStr, parseBody} from './parse.js'
import {allInOrder} from './settle.js'

/** A classic virtual guest or bare-metal server, reduced to what worker matching needs. */
export interface ClassicDevice {
  kind: 'guest' | 'hardware'
  id: number
  hostname?: string
  primaryBackendIpAddress?: string
  primaryIpAddress?: string
}

/** complete: every device of both kinds; else the account has more than we page through (`total` per kind). */
export type DeviceList =
  | {complete: true; devices: ClassicDevice[]}
  | {complete: false; total: number; limit: number}

/** Basic auth: `apikey:<IBM Cloud API key>` reaches the linked classic account; `<user>:<classic key>` that user's. */
export type SoftLayerAuth =
  {apiKey: string} | {username: string; classicApiKey: string}

export interface PagingOptions {
  /**
   * Devices per request. SoftLayer accepts larger pages, but the cost of a list call grows with the page
   * and big accounts then hit its ~2-minute server timeout; with a four-field mask 500 is ~60 KB a page,
   * and one request covers the usual account.
   */
  pageSize: number
  /** At most this many pages per kind (500 × 50 = 25,000 devices); beyond it the list is "too large". */
  maxPages: number
}

export const DEFAULT_PAGING: PagingOptions = {pageSize: 500, maxPages: 50}

const MASK = 'mask[id,hostname,primaryBackendIpAddress,primaryIpAddress]'
const METHODS = {guest: 'getVirtualGuests', hardware: 'getHardware'} as const
const FILTER_ROOT = {guest: 'virtualGuests', hardware: 'hardware'} as const

const deviceBody = z.object({
  id: z.number(),
  hostname: optStr,
  primaryBackendIpAddress: optStr,
  primaryIpAddress: optStr
})

/**
 * SoftLayer can answer an error as `{"error": "...", "code": "SoftLayer_Exception_..."}` with HTTP 200
 * (softlayer-go session/rest.go findResponseError): such a body is that error, whatever the status.
 */
export function throwIfSoftLayerError(
  body: unknown,
  status: number,
  operation: string
): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return
  const b = body as Record<string, unknown>
  if (typeof b['error'] !== 'string' || b['error'].trim() === '') return
  throw new ApiError({
    service: 'softlayer',
    operation,
    kind: 'http',
    status,
    code: typeof b['code'] === 'string' ? b['code'] : undefined,
    detail: b['error'].trim()
  })
}

/** SoftLayer (classic infrastructure) REST, read-only: the device lists of the account the credentials reach. */
export class SoftLayerClient {
  private readonly authorization: string

  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: string,
    auth: SoftLayerAuth
  ) {
    const pair =
      'apiKey' in auth
        ? `apikey:${auth.apiKey}`
        : `${auth.username}:${auth.classicApiKey}`
    if ('classicApiKey' in auth) registerSecret(auth.classicApiKey)
    else registerSecret(auth.apiKey)
    const encoded = Buffer.from(pair, 'utf8').toString('base64')
    registerSecret(encoded)
    this.authorization = `Basic ${encoded}`
  }

  private async page(
    kind: ClassicDevice['kind'],
    query: Record<string, string>
  ): Promise<{devices: ClassicDevice[]; total?: number}> {
    const operation = `list ${kind === 'guest' ? 'virtual servers' : 'bare metal servers'}`
    const res = await this.http.request({
      service: 'softlayer',
      operation,
      method: 'GET',
      url: `${this.baseUrl}/SoftLayer_Account/${METHODS[kind]}.json`,
      query: {objectMask: MASK, ...query},
      headers: {Authorization: this.authorization}
    })
    throwIfSoftLayerError(res.body, res.status, operation)
    const devices = parseBody(
      z.array(deviceBody),
      res.body,
      'softlayer',
      operation
    ).map(d => ({kind, ...d}))
    const header = res.headers['softlayer-total-items']
    const total =
      header !== undefined && /^\d+$/.test(header.trim())
        ? Number(header.trim())
        : undefined
    return {devices, total}
  }

  /**
   * Every device of one kind: the first page tells the total (SoftLayer-Total-Items), the remaining pages
   * are then fetched concurrently (the HTTP layer caps concurrency). Without the header, page until a short page.
   */
  async listDevices(
    kind: ClassicDevice['kind'],
    paging: PagingOptions = DEFAULT_PAGING
  ): Promise<DeviceList> {
    const {pageSize, maxPages} = paging
    const limit = pageSize * maxPages
    const first = await this.page(kind, {resultLimit: `0,${pageSize}`})
    if (first.total !== undefined) {
      if (first.total > limit)
        return {complete: false, total: first.total, limit}
      const pages = Math.ceil(first.total / pageSize)
      const rest = await allInOrder(
        Array.from({length: Math.max(0, pages - 1)}, (_, i) =>
          this.page(kind, {resultLimit: `${(i + 1) * pageSize},${pageSize}`})
        )
      )
      return {
        complete: true,
        devices: [...first.devices, ...rest.flatMap(p => p.devices)]
      }
    }
    const devices = [...first.devices]
    let last = first.devices.length
    for (let n = 1; last === pageSize; n++) {
      if (n >= maxPages) return {complete: false, total: devices.length, limit}
      const next = await this.page(kind, {
        resultLimit: `${n * pageSize},${pageSize}`
      })
      devices.push(...next.devices)
      last = next.devices.length
    }
    return {complete: true, devices}
  }

  /** Devices of one kind whose `field` equals `value` (objectFilter), for accounts too large to list. */
  async findDevices(
    kind: ClassicDevice['kind'],
    field: 'hostname' | 'primaryBackendIpAddress',
    value: string
  ): Promise<ClassicDevice[]> {
    const filter = JSON.stringify({
      [FILTER_ROOT[kind]]: {[field]: {operation: value}}
    })
    return (await this.page(kind, {objectFilter: filter, resultLimit: '0,10'}))
      .devices
  }
}
