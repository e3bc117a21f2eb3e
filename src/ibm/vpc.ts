import * as z from 'zod/mini'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {optStr, parseBody, queryParamOf} from './parse.js'

/**
 * The VPC API `version` date we send. VPC answers in the shape of the date asked for, so it is pinned
 * (not "today") and moved deliberately after reading the VPC change log; the fields read here are
 * stable since 2021.
 */
export const VPC_API_VERSION = '2025-06-03'
const PAGE_LIMIT = 100
/** 50 pages × 100 = 5000 gateways in one VPC; more than that is unreadable for us, not "missing". */
const MAX_PAGES = 50

export interface ReservedIp {
  id?: string
  address: string
  /** The reference carries `deleted` when the reserved IP itself no longer exists. */
  deleted: boolean
  /** `0.0.0.0`: VPC has not selected an address yet; not a live IP. */
  pending: boolean
  /** The subnet, from the IP's href (`…/subnets/{id}/reserved_ips/{ip}`); VPC puts no zone on the reference. */
  subnetId?: string
  /** Only when an API answer includes one (the VPC model does not); otherwise derived from the workers. */
  zone?: string
}

export interface EndpointGateway {
  id: string
  name: string
  vpcId?: string
  /** deleting|failed|pending|stable|suspended|updating|waiting, or a value newer than this code. */
  lifecycleState: string
  /** ok|degraded|faulted|inapplicable, or a value newer than this code. */
  healthState: string
  ips: ReservedIp[]
  /** The CRN of what the gateway serves; a cluster's gateway names the cluster ID in it. */
  targetCrn?: string
  /** Why the gateway is not stable, in VPC's words. */
  lifecycleReasons: Array<{code?: string; message?: string}>
}

export interface GatewayFilter {
  name?: string
  vpcId?: string
}

const ipRef = z.object({
  id: optStr,
  address: z.string(),
  href: optStr,
  deleted: z.optional(z.unknown()),
  zone: z.nullish(z.union([z.string(), z.looseObject({name: optStr})]))
})

const gatewayBody = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  lifecycle_state: z.nullish(z.string()),
  health_state: z.nullish(z.string()),
  ips: z.nullish(z.array(ipRef)),
  vpc: z.nullish(z.object({id: optStr})),
  target: z.nullish(z.object({crn: optStr})),
  lifecycle_reasons: z.nullish(
    z.array(z.object({code: optStr, message: optStr}))
  )
})

const collectionBody = z.object({
  endpoint_gateways: z.array(gatewayBody),
  next: z.nullish(z.object({href: z.string()}))
})

const toGateway = (g: z.infer<typeof gatewayBody>): EndpointGateway => ({
  id: g.id,
  name: g.name,
  vpcId: g.vpc?.id,
  lifecycleState: g.lifecycle_state ?? 'unknown',
  healthState: g.health_state ?? 'unknown',
  ips: (g.ips ?? []).map(ip => ({
    id: ip.id,
    address: ip.address,
    deleted: ip.deleted !== undefined && ip.deleted !== null,
    pending: ip.address.trim() === '0.0.0.0',
    subnetId: ip.href
      ? /\/subnets\/([^/?#]+)\/reserved_ips\//.exec(ip.href)?.[1]
      : undefined,
    zone: typeof ip.zone === 'string' ? ip.zone : (ip.zone?.name ?? undefined)
  })),
  targetCrn: g.target?.crn,
  lifecycleReasons: (g.lifecycle_reasons ?? []).map(r => ({
    code: r.code,
    message: r.message
  }))
})

/** `start` from a `next.href`; the href may lack version/generation, so only the token is reused. */
export const startOf = (href: string): string | undefined =>
  queryParamOf(href, 'start')

export class VpcClient {
  constructor(
    private readonly http: HttpClient,
    private readonly baseUrl: (region: string) => string
  ) {}

  /**
   * Every endpoint gateway in `region` matching the filter, across pages. The filter is also applied
   * here, so an API that ignores `name` or `vpc.id` still gives a correct answer (after more pages).
   */
  async listEndpointGateways(
    token: string,
    region: string,
    filter: GatewayFilter = {}
  ): Promise<EndpointGateway[]> {
    const operation = 'list endpoint gateways'
    const out: EndpointGateway[] = []
    let start: string | undefined
    for (let page = 1; page <= MAX_PAGES; page++) {
      const res = await this.http.request({
        service: 'vpc',
        operation,
        method: 'GET',
        url: `${this.baseUrl(region)}/endpoint_gateways`,
        query: {
          version: VPC_API_VERSION,
          generation: 2,
          limit: PAGE_LIMIT,
          name: filter.name,
          'vpc.id': filter.vpcId,
          start
        },
        headers: {Authorization: `Bearer ${token}`}
      })
      const body = parseBody(collectionBody, res.body, 'vpc', operation)
      for (const g of body.endpoint_gateways.map(toGateway)) {
        if (
          (filter.name === undefined || g.name === filter.name) &&
          (filter.vpcId === undefined ||
            g.vpcId === undefined ||
            g.vpcId === filter.vpcId)
        )
          out.push(g)
      }
      if (!body.next) return out
      const next = startOf(body.next.href)
      if (next === undefined || next === start) {
        throw new ApiError({
          service: 'vpc',
          operation,
          kind: 'unreadable',
          detail: 'answered a next page link without a usable start token'
        })
      }
      start = next
    }
    throw new ApiError({
      service: 'vpc',
      operation,
      kind: 'unreadable',
      detail: `answered more than ${MAX_PAGES} pages of ${PAGE_LIMIT} gateways; stopped reading`
    })
  }
}
