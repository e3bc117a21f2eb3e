/** VPC API (regional, one emulated endpoint for all regions), prefix `/vpc/v1`. Ref §5. */
import {fill} from '../contract/templates.js'
import {randomUUID} from 'node:crypto'
import {type GatewayIpState, type GatewayState, stableId} from './state.js'
import type {ScenarioSubnet, ScenarioVpc} from './scenario.js'
import {type Ctx, type Reply, type ServiceModule, json} from './types.js'
import {listSecurityGroups} from './security-groups.js'

const MORE_INFO = 'https://cloud.ibm.com/docs/vpc?topic=vpc-rias-error-messages'

/** VPC error body (ref §1.4). */
export function vpcError(
  status: number,
  code: string,
  message: string,
  target?: {
    name: string
    type: 'field' | 'parameter' | 'header'
    value?: string
  }
): Reply {
  return json(status, {
    errors: [
      {code, message, more_info: MORE_INFO, ...(target ? {target} : {})}
    ],
    trace: randomUUID()
  })
}

function requireVersion(ctx: Ctx): Reply | undefined {
  const version = ctx.query.get('version')
  if (!version)
    return vpcError(
      400,
      'bad_request',
      'The version query parameter is required.',
      {name: 'version', type: 'parameter'}
    )
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(version) ||
    Number.isNaN(Date.parse(version))
  ) {
    return vpcError(
      400,
      'bad_request',
      `The version "${version}" is not a valid date in the format YYYY-MM-DD.`,
      {
        name: 'version',
        type: 'parameter',
        value: version
      }
    )
  }
  const generation = ctx.query.get('generation')
  if (generation !== '2') {
    return vpcError(
      400,
      'bad_request',
      'The generation query parameter is required and must be 2.',
      {
        name: 'generation',
        type: 'parameter',
        ...(generation !== null ? {value: generation} : {})
      }
    )
  }
  return undefined
}

function ipRef(
  ctx: Ctx,
  g: GatewayState,
  ip: GatewayIpState
): Record<string, unknown> {
  return {
    address: ip.address,
    ...(ip.deleted ? {deleted: {more_info: MORE_INFO}} : {}),
    href: `${ctx.baseUrl}/vpc/v1/subnets/${subnetId(ctx, g, ip)}/reserved_ips/${ip.id}`,
    id: ip.id,
    name: `${g.name}-${ip.zone}`,
    resource_type: 'subnet_reserved_ip'
  }
}

/** The worker subnet of the zone (the id IKS serves in networkInterfaces), so IPs can be placed in zones. */
const subnetId = (ctx: Ctx, g: GatewayState, ip: GatewayIpState): string => {
  const c = ctx.state.scenario.clusters.find(
    cl => cl.vpcs.includes(g.vpcId) && cl.workers.some(w => w.zone === ip.zone)
  )
  return c
    ? stableId('0717-', `${c.id}/${ip.zone}/subnet`, 28)
    : `0717-${g.vpcId.slice(-8)}-${ip.zone}`
}

/** A cluster's gateway targets the cluster (its ID in the CRN); any other serves a provider service by name. */
function targetOf(ctx: Ctx, g: GatewayState): Record<string, unknown> {
  const clusterId = /^(?:iks|kube)-(.+)$/.exec(g.name)?.[1]
  const cluster =
    g.targetClusterId ??
    ctx.state.scenario.clusters.find(c => c.id === clusterId)?.id
  return cluster
    ? {
        crn: `crn:v1:bluemix:public:containers-kubernetes:${g.region}:a/${g.accountId}:${cluster}::`,
        resource_type: 'provider_cloud_service'
      }
    : {name: g.name, resource_type: 'provider_infrastructure_service'}
}

function gatewayBody(ctx: Ctx, g: GatewayState): Record<string, unknown> {
  const groupId = ctx.state.groupsOf(g.accountId).find(r => r.default)?.id ?? ''
  return {
    allow_dns_resolution_binding: true,
    created_at: g.createdAt,
    crn: `crn:v1:bluemix:public:is:${g.region}:a/${g.accountId}::endpoint-gateway:${g.id}`,
    health_state: g.healthState,
    href: `${ctx.baseUrl}/vpc/v1/endpoint_gateways/${g.id}`,
    id: g.id,
    ips: g.ips.map(ip => ipRef(ctx, g, ip)),
    lifecycle_reasons: g.lifecycleReasons.map(r => ({
      code: r.code,
      message: r.message,
      more_info:
        'https://cloud.ibm.com/docs/vpc?topic=vpc-endpoint-gateway-lifecycle-reasons'
    })),
    lifecycle_state: g.lifecycleState,
    name: g.name,
    resource_group: {
      href: `https://resource-controller.cloud.ibm.com/v2/resource_groups/${groupId}`,
      id: groupId,
      name: 'default'
    },
    resource_type: 'endpoint_gateway',
    security_groups: [],
    service_endpoints: [`${g.name}.${g.region}.private.iaas.cloud.ibm.com`],
    target: targetOf(ctx, g),
    vpc: {
      crn: `crn:v1:bluemix:public:is:${g.region}:a/${g.accountId}::vpc:${g.vpcId}`,
      href: `${ctx.baseUrl}/vpc/v1/vpcs/${g.vpcId}`,
      id: g.vpcId,
      name: `vpc-${g.vpcId.slice(-6)}`,
      resource_type: 'vpc'
    }
  }
}

function visibleGateways(ctx: Ctx): GatewayState[] {
  const acct = ctx.caller!.account.id
  return ctx.state.gateways.filter(g => g.accountId === acct)
}

function pageParams(ctx: Ctx): {limit: number; start: string | null} | Reply {
  const raw = ctx.query.get('limit')
  const limit = raw === null ? 50 : Number(raw)
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return vpcError(
      400,
      'bad_request',
      'The limit query parameter must be an integer between 1 and 100.',
      {
        name: 'limit',
        type: 'parameter',
        value: raw ?? ''
      }
    )
  }
  return {limit, start: ctx.query.get('start')}
}

function listGateways(ctx: Ctx): Reply {
  const page = pageParams(ctx)
  if ('status' in page) return page
  const name = ctx.state.scenario.vpcIgnoresNameFilter
    ? null
    : ctx.query.get('name')
  const vpcId = ctx.query.get('vpc.id')
  const all = visibleGateways(ctx).filter(
    g =>
      (name === null || g.name === name) &&
      (vpcId === null || g.vpcId === vpcId)
  )
  let from = 0
  if (page.start !== null) {
    from = all.findIndex(g => g.id === page.start)
    if (from < 0) {
      return vpcError(
        400,
        'bad_request',
        'The start query parameter is not a valid page token.',
        {
          name: 'start',
          type: 'parameter',
          value: page.start
        }
      )
    }
  }
  const items = all.slice(from, from + page.limit)
  const base = new URLSearchParams()
  if (name !== null) base.set('name', name)
  if (vpcId !== null) base.set('vpc.id', vpcId)
  base.set('limit', String(page.limit))
  const href = (q: URLSearchParams): string =>
    `${ctx.baseUrl}/vpc/v1/endpoint_gateways?${q.toString()}`
  const nextItem = all[from + page.limit]
  const body: Record<string, unknown> = {
    endpoint_gateways: items.map(g => gatewayBody(ctx, g)),
    first: {href: href(base)},
    limit: page.limit,
    total_count: all.length
  }
  if (nextItem) {
    const q = new URLSearchParams(base)
    q.set('start', nextItem.id)
    body.next = {href: href(q)}
  }
  return json(200, fill('vpcEndpointGateways', body))
}

function gatewayById(ctx: Ctx, id: string): GatewayState | Reply {
  const g = visibleGateways(ctx).find(x => x.id === id)
  return (
    g ??
    vpcError(404, 'not_found', `Endpoint gateway not found: ${id}`, {
      name: 'id',
      type: 'parameter',
      value: id
    })
  )
}

function listIps(ctx: Ctx, g: GatewayState): Reply {
  const page = pageParams(ctx)
  if ('status' in page) return page
  const live = g.ips.filter(ip => !ip.deleted)
  const q = new URLSearchParams({limit: String(page.limit)})
  return json(200, {
    ips: live.slice(0, page.limit).map(ip => ({
      ...ipRef(ctx, g, ip),
      auto_delete: false,
      created_at: g.createdAt,
      lifecycle_state: 'stable',
      owner: 'user',
      target: {
        href: `${ctx.baseUrl}/vpc/v1/endpoint_gateways/${g.id}`,
        id: g.id,
        name: g.name,
        resource_type: 'endpoint_gateway'
      }
    })),
    first: {
      href: `${ctx.baseUrl}/vpc/v1/endpoint_gateways/${g.id}/ips?${q.toString()}`
    },
    limit: page.limit,
    total_count: live.length
  })
}

// VPC's 403 as observed (kubernetes-sigs/cluster-api-provider-ibmcloud#1610, 2024; the CLI prints the same
// code, IBM-Cloud/ibm-cloud-cli-release#148).
const NOT_AUTHORIZED = 'The request is not authorized.'

/** The account a VPC belongs to: given, or the account of a cluster in it, or the first account. */
function accountOfVpc(ctx: Ctx, vpcId: string): string {
  const s = ctx.state.scenario
  return (
    s.vpcs.find(v => v.id === vpcId)?.accountId ??
    s.clusters.find(c => c.vpcs.includes(vpcId))?.accountId ??
    s.accounts[0]?.id ??
    ''
  )
}

const regionOf = (zone: string): string => zone.replace(/-\d+$/, '')

function groupRef(ctx: Ctx, accountId: string): Record<string, unknown> {
  const g = ctx.state.groupsOf(accountId).find(r => r.default)
  return {
    href: `https://resource-controller.cloud.ibm.com/v2/resource_groups/${g?.id ?? ''}`,
    id: g?.id ?? '',
    name: g?.name ?? 'default'
  }
}

function vpcRef(
  ctx: Ctx,
  vpcId: string,
  region: string
): Record<string, unknown> {
  const account = accountOfVpc(ctx, vpcId)
  const name = ctx.state.scenario.vpcs.find(v => v.id === vpcId)?.name
  return {
    crn: `crn:v1:bluemix:public:is:${region}:a/${account}::vpc:${vpcId}`,
    href: `${ctx.baseUrl}/vpc/v1/vpcs/${vpcId}`,
    id: vpcId,
    name: name ?? `vpc-${vpcId.slice(-6)}`
  }
}

function subnetBody(ctx: Ctx, s: ScenarioSubnet): Record<string, unknown> {
  const account = s.accountId ?? accountOfVpc(ctx, s.vpcId)
  const region = regionOf(s.zone)
  return fill('vpcSubnet', {
    available_ipv4_address_count: s.available,
    created_at: '2025-01-15T10:00:00.000Z',
    crn: `crn:v1:bluemix:public:is:${s.zone}:a/${account}::subnet:${s.id}`,
    href: `${ctx.baseUrl}/vpc/v1/subnets/${s.id}`,
    id: s.id,
    ip_version: 'ipv4',
    ipv4_cidr_block: s.cidr,
    name: s.name,
    resource_group: groupRef(ctx, account),
    status: s.status,
    total_ipv4_address_count: s.total,
    vpc: vpcRef(ctx, s.vpcId, region),
    zone: {
      href: `${ctx.baseUrl}/vpc/v1/regions/${region}/zones/${s.zone}`,
      name: s.zone
    }
  })
}

function vpcBody(ctx: Ctx, v: ScenarioVpc): Record<string, unknown> {
  const account = v.accountId ?? accountOfVpc(ctx, v.id)
  return fill('vpcVpc', {
    ...vpcRef(ctx, v.id, v.region),
    classic_access: false,
    created_at: '2025-01-15T09:00:00.000Z',
    resource_group: groupRef(ctx, account),
    status: v.status
  })
}

/**
 * GET /subnets/{id} and /vpcs/{id}: another account's (or an unknown) resource is 404, as VPC answers;
 * one in the key's forbidden list is 403 (the key has no Viewer role on it).
 */
function getSubnet(ctx: Ctx, id: string): Reply {
  const s = ctx.state.scenario.subnets.find(x => x.id === id)
  const mine =
    s !== undefined &&
    (s.accountId ?? accountOfVpc(ctx, s.vpcId)) === ctx.caller!.account.id
  if (!mine)
    return vpcError(404, 'not_found', `Subnet not found: ${id}`, {
      name: 'id',
      type: 'parameter',
      value: id
    })
  if (ctx.caller!.apiKey.forbiddenSubnets.includes(id))
    return vpcError(403, 'not_authorized', NOT_AUTHORIZED)
  return json(200, subnetBody(ctx, s))
}

function getVpc(ctx: Ctx, id: string): Reply {
  const v = ctx.state.scenario.vpcs.find(x => x.id === id)
  if (v === undefined || accountOfVpc(ctx, id) !== ctx.caller!.account.id)
    return vpcError(404, 'not_found', `VPC not found: ${id}`, {
      name: 'id',
      type: 'parameter',
      value: id
    })
  if (ctx.caller!.apiKey.forbiddenVpcs.includes(id))
    return vpcError(403, 'not_authorized', NOT_AUTHORIZED)
  return json(200, vpcBody(ctx, v))
}

export const vpcService: ServiceModule = {
  name: 'vpc',
  prefix: '/vpc/v1',
  auth: 'bearer',
  unauthorized: message => vpcError(401, 'not_authorized', message),
  errorReply: (status, _path, message) =>
    vpcError(
      status,
      status === 429 ? 'too_many_requests' : 'internal_error',
      message ?? `Emulated VPC error (HTTP ${status}).`
    ),
  handle(ctx) {
    if (ctx.method !== 'GET')
      return vpcError(
        405,
        'method_not_allowed',
        `${ctx.method} is not emulated.`
      )
    const bad = requireVersion(ctx)
    if (bad) return bad
    if (ctx.path === '/endpoint_gateways') return listGateways(ctx)
    if (ctx.path === '/security_groups') {
      const page = pageParams(ctx)
      return 'status' in page ? page : listSecurityGroups(ctx, page)
    }
    const one = /^\/(subnets|vpcs)\/([^/]+)$/.exec(ctx.path)
    if (one)
      return one[1] === 'subnets'
        ? getSubnet(ctx, decodeURIComponent(one[2]!))
        : getVpc(ctx, decodeURIComponent(one[2]!))
    const m = /^\/endpoint_gateways\/([^/]+)(\/ips)?$/.exec(ctx.path)
    if (m) {
      const g = gatewayById(ctx, decodeURIComponent(m[1]!))
      if ('status' in g) return g
      return m[2] ? listIps(ctx, g) : json(200, gatewayBody(ctx, g))
    }
    return vpcError(
      404,
      'not_found',
      `No emulated VPC route for GET ${ctx.path}.`
    )
  }
}
