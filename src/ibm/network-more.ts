/**
 * Read clients for the network checks (issue 12): the classic VLANs of a zone (IKS), a VPC subnet, a VPC and
 * the security groups of a VPC (VPC API). Shapes: ../shared/reference/ibm-cloud-api-more.md §4 and §6, from
 * IBM-Cloud/container-services-go-sdk (VLAN), IBM-Cloud/bluemix-go containerv1 and IBM/vpc-go-sdk vpcv1.
 * Every call goes through the one HttpClient; memoising is the facts layer's job.
 */
import * as z from 'zod/mini'
import {ApiError} from './errors.js'
import type {HttpClient} from './http.js'
import {lowerKeys} from './iks-more.js'
import {nonEmpty, optBool, optStr, parseBody} from './parse.js'
import {startOf, VPC_API_VERSION} from './vpc.js'

export interface ClassicVlan {
  id: string
  /** 'private' or 'public' per the swagger; any other value is kept as IBM sent it. */
  type?: string
  name?: string
  primaryRouter?: string
  vlanNumber?: string
  vlanType?: string
  location?: string
  subnetCount?: number
}

export interface VpcSubnet {
  id: string
  name?: string
  crn?: string
  /** The zone's name, e.g. us-south-1. */
  zone?: string
  vpcId?: string
  vpcName?: string
  /** undefined when VPC did not say: a capacity check then cannot verify, it never passes. */
  availableIpv4?: number
  totalIpv4?: number
  ipv4Cidr?: string
  /** available|deleting|failed|pending, or a value newer than this code. */
  status?: string
}

/** A subnet read: absent (404) and forbidden (403) are answers the subnet check turns into findings. */
export type SubnetRead =
  {kind: 'found'; subnet: VpcSubnet} | {kind: 'not-found'} | {kind: 'forbidden'}

export interface VpcInfo {
  id: string
  name?: string
  crn?: string
  /** available|deleting|failed|pending (IBM/vpc-go-sdk VPCStatus*), or a value newer than this code. */
  status?: string
}

/** A VPC read, with the same three answers as a subnet read. */
export type VpcRead =
  {kind: 'found'; vpc: VpcInfo} | {kind: 'not-found'} | {kind: 'forbidden'}

export interface SecurityGroupInfo {
  id: string
  name?: string
  vpcId?: string
  /** undefined when the group came without its rules list (the SDK marks it required). */
  rules?: {
    total: number
    /** Rules whose remote is another security group (IBM's "remote rules", NHC010). */
    remote: number
    /**
     * Distinct security groups among those remotes: VPC limits these ("Exceeded limit of unique remote rules
     * per security group", ErrorSecurityGroupRuleOverQuota), not the rules.
     */
    uniqueRemotes: number
  }
}

const count = z.nullish(z.number().check(z.int(), z.nonnegative()))
const id = z.string().check(z.minLength(1))
/** Classic VLAN IDs are numbers sent as strings; a bare number is read too. */
const vlanId = z.union([
  id,
  z.pipe(
    z.number().check(z.int(), z.nonnegative()),
    z.transform(n => String(n))
  )
])

const vlanBody = z.object({
  id: vlanId,
  type: optStr,
  properties: z.nullish(
    z.object({
      name: optStr,
      primary_router: optStr,
      vlan_number: optStr,
      vlan_type: optStr,
      location: optStr,
      subnet_count: count
    })
  )
})

const ref = z.nullish(z.object({id: optStr, name: optStr, crn: optStr}))

const subnetBody = z.object({
  id,
  name: optStr,
  crn: optStr,
  zone: z.nullish(z.object({name: optStr})),
  vpc: ref,
  available_ipv4_address_count: count,
  total_ipv4_address_count: count,
  ipv4_cidr_block: optStr,
  status: optStr
})

const vpcBody = z.object({
  id,
  name: optStr,
  crn: optStr,
  status: optStr
})

// SecurityGroupRuleRemote is one of an IP (address), a CIDR (cidr_block) or a security group reference.
const ruleBody = z.object({
  remote: z.nullish(
    z.object({
      address: optStr,
      cidr_block: optStr,
      id: optStr,
      crn: optStr,
      name: optStr
    })
  )
})

const groupBody = z.object({
  id,
  name: optStr,
  vpc: ref,
  rules: z.nullish(z.array(ruleBody))
})

const groupsPage = z.object({
  security_groups: z.array(groupBody),
  next: z.nullish(z.object({href: z.string()}))
})

const isRemoteGroup = (r: z.infer<typeof ruleBody>): boolean =>
  r.remote !== undefined &&
  r.remote !== null &&
  [r.remote.id, r.remote.crn, r.remote.name].some(
    v => nonEmpty(v) !== undefined
  )

/** As src/ibm/vpc.ts: one page then holds a VPC at IBM's documented quota (100 groups). */
const SG_PAGE_LIMIT = 100
/** 20 pages × 100: far beyond any VPC's quota; more is unreadable for us, never "fewer groups". */
const MAX_SG_PAGES = 20

export interface NetworkMoreEndpoints {
  /** IKS global API, e.g. https://containers.cloud.ibm.com/global */
  containers: string
  /** VPC API of a region, e.g. region => `https://${region}.iaas.cloud.ibm.com/v1` */
  vpc: (region: string) => string
}

const vlanSpanBody = z.object({enabled: optBool, modifiedDate: optStr})

export class NetworkMoreClient {
  constructor(
    private readonly http: HttpClient,
    private readonly endpoints: NetworkMoreEndpoints
  ) {}

  /**
   * GET /v1/subnets/vlan-spanning (container-services-go-sdk GetVlanSpanning, model VlanSpan): whether the
   * classic account of the region and resource group has VLAN spanning on. undefined when IKS does not say.
   */
  async getVlanSpanning(
    token: string,
    scope: {region: string; resourceGroupId: string}
  ): Promise<boolean | undefined> {
    const operation = 'get VLAN spanning'
    const res = await this.http.request({
      service: 'iks',
      operation,
      method: 'GET',
      url: `${this.endpoints.containers}/v1/subnets/vlan-spanning`,
      headers: {
        Authorization: `Bearer ${token}`,
        'X-Region': scope.region || undefined,
        'X-Auth-Resource-Group': scope.resourceGroupId || undefined
      }
    })
    return parseBody(vlanSpanBody, res.body, 'iks', operation).enabled
  }

  /**
   * GET /v1/datacenters/{zone}/vlans: the account's classic VLANs in one zone. The swagger marks
   * X-Auth-Refresh-Token required (IBM's own Go client does not send it), so it is sent when known.
   * IKS lists them with the classic credentials of a region and resource group: `scope` sends those as
   * bluemix-go's ClusterTargetHeader does (X-Region, X-Auth-Resource-Group).
   */
  async getZoneVlans(
    token: string,
    zone: string,
    refreshToken?: string,
    scope?: {region: string; resourceGroupId: string}
  ): Promise<ClassicVlan[]> {
    const operation = 'list zone VLANs'
    const res = await this.http.request({
      service: 'iks',
      operation,
      method: 'GET',
      url: `${this.endpoints.containers}/v1/datacenters/${encodeURIComponent(zone)}/vlans`,
      headers: {
        Authorization: `Bearer ${token}`,
        'X-Auth-Refresh-Token': refreshToken,
        'X-Region': scope?.region || undefined,
        'X-Auth-Resource-Group': scope?.resourceGroupId || undefined
      }
    })
    return parseBody(
      z.array(vlanBody),
      lowerKeys(res.body),
      'iks',
      operation
    ).map(v => ({
      id: v.id,
      type: nonEmpty(v.type)?.toLowerCase(),
      name: nonEmpty(v.properties?.name),
      primaryRouter: nonEmpty(v.properties?.primary_router),
      vlanNumber: nonEmpty(v.properties?.vlan_number),
      vlanType: nonEmpty(v.properties?.vlan_type),
      location: nonEmpty(v.properties?.location),
      subnetCount: v.properties?.subnet_count ?? undefined
    }))
  }

  /** GET /v1/subnets/{id} in a region; 403 and 404 are answers (the key cannot see it / no such subnet). */
  async getSubnet(
    token: string,
    region: string,
    subnetId: string
  ): Promise<SubnetRead> {
    const operation = 'get subnet'
    const read = await this.readOne(
      token,
      region,
      `subnets/${encodeURIComponent(subnetId)}`,
      operation
    )
    if (read.kind !== 'body') return read
    const s = parseBody(subnetBody, read.body, 'vpc', operation)
    return {
      kind: 'found',
      subnet: {
        id: s.id,
        name: nonEmpty(s.name),
        crn: nonEmpty(s.crn),
        zone: nonEmpty(s.zone?.name),
        vpcId: nonEmpty(s.vpc?.id),
        vpcName: nonEmpty(s.vpc?.name),
        availableIpv4: s.available_ipv4_address_count ?? undefined,
        totalIpv4: s.total_ipv4_address_count ?? undefined,
        ipv4Cidr: nonEmpty(s.ipv4_cidr_block),
        status: nonEmpty(s.status)
      }
    }
  }

  /** GET /v1/vpcs/{id} in a region; 403 and 404 are answers, as for a subnet. */
  async getVpc(token: string, region: string, vpcId: string): Promise<VpcRead> {
    const operation = 'get VPC'
    const read = await this.readOne(
      token,
      region,
      `vpcs/${encodeURIComponent(vpcId)}`,
      operation
    )
    if (read.kind !== 'body') return read
    const v = parseBody(vpcBody, read.body, 'vpc', operation)
    return {
      kind: 'found',
      vpc: {
        id: v.id,
        name: nonEmpty(v.name),
        crn: nonEmpty(v.crn),
        status: nonEmpty(v.status)
      }
    }
  }

  /** One VPC resource by path: its body, or not-found (404) / forbidden (403), which are answers here. */
  private async readOne(
    token: string,
    region: string,
    path: string,
    operation: string
  ): Promise<
    {kind: 'body'; body: unknown} | {kind: 'not-found'} | {kind: 'forbidden'}
  > {
    const res = await this.http.request({
      service: 'vpc',
      operation,
      method: 'GET',
      url: `${this.endpoints.vpc(region)}/${path}`,
      query: {version: VPC_API_VERSION, generation: 2},
      headers: {Authorization: `Bearer ${token}`},
      okStatuses: [403, 404]
    })
    if (res.status === 404) return {kind: 'not-found'}
    if (res.status === 403) return {kind: 'forbidden'}
    return {kind: 'body', body: res.body}
  }

  /**
   * GET /v1/security_groups?vpc.id= : every security group of a VPC, across pages, with its rule counts.
   * Groups that name another VPC are dropped here too, so a server that ignores `vpc.id` still gives a
   * correct count (after more pages).
   */
  async listSecurityGroups(
    token: string,
    region: string,
    vpcId: string
  ): Promise<SecurityGroupInfo[]> {
    const operation = 'list security groups'
    const out: SecurityGroupInfo[] = []
    let start: string | undefined
    for (let page = 1; page <= MAX_SG_PAGES; page++) {
      const res = await this.http.request({
        service: 'vpc',
        operation,
        method: 'GET',
        url: `${this.endpoints.vpc(region)}/security_groups`,
        // version and generation on every page: next.href is only mined for its start token.
        query: {
          version: VPC_API_VERSION,
          generation: 2,
          limit: SG_PAGE_LIMIT,
          'vpc.id': vpcId,
          start
        },
        headers: {Authorization: `Bearer ${token}`}
      })
      const body = parseBody(groupsPage, res.body, 'vpc', operation)
      for (const g of body.security_groups) {
        const groupVpc = nonEmpty(g.vpc?.id)
        if (groupVpc !== undefined && groupVpc !== vpcId) continue
        out.push({
          id: g.id,
          name: nonEmpty(g.name),
          vpcId: groupVpc,
          rules:
            g.rules === undefined || g.rules === null
              ? undefined
              : {
                  total: g.rules.length,
                  remote: g.rules.filter(isRemoteGroup).length,
                  uniqueRemotes: new Set(
                    g.rules
                      .filter(isRemoteGroup)
                      .map(
                        r =>
                          nonEmpty(r.remote!.id) ??
                          nonEmpty(r.remote!.crn) ??
                          nonEmpty(r.remote!.name)
                      )
                  ).size
                }
        })
      }
      if (!body.next) return out
      const next = startOf(body.next.href)
      if (next === undefined || next === start)
        throw new ApiError({
          service: 'vpc',
          operation,
          kind: 'unreadable',
          detail: 'answered a next page link without a usable start token'
        })
      start = next
    }
    throw new ApiError({
      service: 'vpc',
      operation,
      kind: 'unreadable',
      detail: `answered more than ${MAX_SG_PAGES} pages of ${SG_PAGE_LIMIT} security groups; stopped reading`
    })
  }
}
