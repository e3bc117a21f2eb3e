/**
 * VPC `GET /security_groups` (vpc.id, start, limit): the groups of the scenario's VPCs. For every VPC cluster
 * the emulator derives the groups IKS creates, as IBM's "Understanding secure by default Cluster VPC
 * Networking" page names them (ibm-cloud-docs/containers, topic vpc-security-group-reference, table "Managed
 * security groups"): `kube-<clusterID>` (workers), `kube-vpegw-<clusterID>` (master VPE gateway),
 * `kube-lbaas-<clusterID>` (load balancers), one `kube-vpegw-<vpcID>` per VPC (shared VPE gateways, one
 * inbound remote rule per cluster), with the rules of the page's tables whose remote is a group. Every VPC
 * also has its default group (VPC creates one with the VPC; its random name here is a model). Bodies are
 * built with `fill('vpcSecurityGroups')`.
 */
import {fill} from '../contract/templates.js'
import type {Scenario, ScenarioSecurityGroup} from './scenario.js'
import {stableUuid} from './state.js'
import {type Ctx, type Reply, json} from './types.js'
import {vpcError} from './vpc.js'

type Rule = NonNullable<ScenarioSecurityGroup['rules']>[number]

interface Group {
  id: string
  name: string
  vpcId: string
  region: string
  accountId: string
  rules?: Rule[]
}

const inbound = (
  remoteGroup: string,
  protocol: Rule['protocol'] = 'tcp'
): Rule => ({direction: 'inbound', protocol, remoteGroup})
const outbound = (remoteGroup: string): Rule => ({
  direction: 'outbound',
  protocol: 'all',
  remoteGroup
})
const cidr = (direction: Rule['direction'], block: string): Rule => ({
  direction,
  protocol: 'all',
  cidr: block
})

// VPC IDs carry the zone-independent region prefix (r006-…); groups and rules are `<prefix>-<uuid>` too.
const groupId = (vpcId: string, name: string): string =>
  `${vpcId.slice(0, 4)}-${stableUuid(`sg/${vpcId}/${name}`)}`

/** Every security group of the scenario, in VPC order (derived, then generated, then the scenario's own). */
function groupsOf(s: Scenario): Group[] {
  const out: Group[] = []
  const byKey = new Map<string, Group>()
  const add = (g: Omit<Group, 'id'>): void => {
    const key = `${g.vpcId}/${g.name}`
    const have = byKey.get(key)
    if (have) {
      have.rules = g.rules
      return
    }
    const full = {...g, id: groupId(g.vpcId, g.name)}
    byKey.set(key, full)
    out.push(full)
  }
  if (s.deriveSecurityGroups) {
    const vpcs = new Map<string, {region: string; accountId: string}>()
    for (const c of s.clusters.filter(x => x.provider === 'vpc-gen2'))
      for (const vpcId of c.vpcs)
        if (!vpcs.has(vpcId))
          vpcs.set(vpcId, {region: c.region, accountId: c.accountId})
    for (const [vpcId, where] of vpcs) {
      const clusters = s.clusters.filter(c => c.vpcs.includes(vpcId))
      add({
        ...where,
        vpcId,
        name: `default-sg-${vpcId.slice(-6)}`,
        rules: [inbound(`default-sg-${vpcId.slice(-6)}`, 'all')]
      })
      add({
        ...where,
        vpcId,
        name: `kube-vpegw-${vpcId}`,
        rules: clusters.map(c => inbound(`kube-${c.id}`))
      })
      for (const c of clusters) {
        const own = `kube-${c.id}`
        add({
          ...where,
          vpcId,
          name: own,
          rules: [
            cidr('inbound', '172.17.0.0/18'),
            inbound(own, 'all'),
            inbound(`kube-lbaas-${c.id}`),
            cidr('outbound', '172.17.0.0/18'),
            cidr('outbound', '161.26.0.0/16'),
            outbound(own),
            outbound(`kube-vpegw-${c.id}`),
            outbound(`kube-vpegw-${vpcId}`),
            cidr('outbound', '166.8.0.0/14')
          ]
        })
        add({
          ...where,
          vpcId,
          name: `kube-vpegw-${c.id}`,
          rules: [inbound(own), inbound(own), cidr('inbound', '10.240.0.0/24')]
        })
        add({...where, vpcId, name: `kube-lbaas-${c.id}`, rules: []})
      }
    }
  }
  for (const gen of s.generateSecurityGroups)
    for (let i = 1; i <= gen.count; i++)
      add({
        vpcId: gen.vpcId,
        region: gen.region,
        accountId: accountOf(s, gen.vpcId),
        name: `${gen.prefix}${String(i).padStart(gen.pad, '0')}`,
        rules: [cidr('inbound', '10.0.0.0/8')]
      })
  for (const g of s.securityGroups) {
    const name = g.name
    const derived = byKey.get(`${g.vpcId}/${name}`)
    const base = g.rules ?? derived?.rules ?? []
    const extra = Array.from({length: g.extraRemoteRules}, (_, i) =>
      inbound(`peer-${i + 1}`)
    )
    // IKS adds one rule per load-balancer node port to kube-<clusterID>, all with remote kube-lbaas-<clusterID>.
    const lbaas = name.replace(/^kube-/, 'kube-lbaas-')
    for (let i = 0; i < g.nodePortRules; i++) extra.push(inbound(lbaas))
    add({
      vpcId: g.vpcId,
      region: g.region,
      accountId: g.accountId ?? accountOf(s, g.vpcId),
      name,
      rules: g.omitRules ? undefined : [...base, ...extra]
    })
  }
  return out
}

function accountOf(s: Scenario, vpcId: string): string {
  return (
    s.clusters.find(c => c.vpcs.includes(vpcId))?.accountId ??
    s.accounts[0]?.id ??
    ''
  )
}

const memo = new WeakMap<Scenario, Group[]>()

function ruleBody(
  ctx: Ctx,
  g: Group,
  r: Rule,
  i: number,
  groups: Group[]
): Record<string, unknown> {
  const ruleId = `${g.vpcId.slice(0, 4)}-${stableUuid(`${g.id}/rule/${i}`)}`
  let remote: Record<string, unknown> = {cidr_block: '0.0.0.0/0'}
  if (r.remoteGroup !== undefined) {
    const peer = groups.find(
      x => x.vpcId === g.vpcId && x.name === r.remoteGroup
    )
    const id = peer?.id ?? groupId(g.vpcId, r.remoteGroup)
    remote = {
      crn: `crn:v1:bluemix:public:is:${g.region}:a/${g.accountId}::security-group:${id}`,
      href: `${ctx.baseUrl}/vpc/v1/security_groups/${id}`,
      id,
      name: r.remoteGroup
    }
  } else if (r.address !== undefined) remote = {address: r.address}
  else if (r.cidr !== undefined) remote = {cidr_block: r.cidr}
  return {
    direction: r.direction,
    href: `${ctx.baseUrl}/vpc/v1/security_groups/${g.id}/rules/${ruleId}`,
    id: ruleId,
    ip_version: 'ipv4',
    protocol: r.protocol,
    remote
  }
}

function groupBody(
  ctx: Ctx,
  g: Group,
  groups: Group[]
): Record<string, unknown> {
  const rg =
    ctx.state.scenario.resourceGroups.find(
      r => r.accountId === g.accountId && r.default
    )?.id ?? ''
  return {
    created_at: '2025-01-15T10:01:00.000Z',
    crn: `crn:v1:bluemix:public:is:${g.region}:a/${g.accountId}::security-group:${g.id}`,
    href: `${ctx.baseUrl}/vpc/v1/security_groups/${g.id}`,
    id: g.id,
    name: g.name,
    resource_group: {
      href: `https://resource-controller.cloud.ibm.com/v2/resource_groups/${rg}`,
      id: rg,
      name: 'default'
    },
    ...(g.rules === undefined
      ? {}
      : {rules: g.rules.map((r, i) => ruleBody(ctx, g, r, i, groups))}),
    targets: [],
    vpc: {
      crn: `crn:v1:bluemix:public:is:${g.region}:a/${g.accountId}::vpc:${g.vpcId}`,
      href: `${ctx.baseUrl}/vpc/v1/vpcs/${g.vpcId}`,
      id: g.vpcId,
      name: `vpc-${g.vpcId.slice(-6)}`
    }
  }
}

/** GET /security_groups: the caller's account's groups, filtered by vpc.id, paged by start (a group ID). */
export function listSecurityGroups(
  ctx: Ctx,
  page: {limit: number; start: string | null}
): Reply {
  const s = ctx.state.scenario
  let groups = memo.get(s)
  if (groups === undefined) {
    groups = groupsOf(s)
    memo.set(s, groups)
  }
  const all = groups
  const vpcId = ctx.query.get('vpc.id')
  // VPC lists only the groups the caller may see.
  const hidden = new Set(ctx.caller!.apiKey.hiddenSecurityGroups)
  const visible = all.filter(
    g =>
      g.accountId === ctx.caller!.account.id &&
      (vpcId === null || g.vpcId === vpcId) &&
      !hidden.has(g.id) &&
      !hidden.has(g.name)
  )
  const limit = Math.min(page.limit, s.securityGroupsPageCap ?? page.limit)
  let from = 0
  if (page.start !== null) {
    from = visible.findIndex(g => g.id === page.start)
    if (from < 0)
      return vpcError(
        400,
        'bad_request',
        'The start query parameter is not a valid page token.',
        {name: 'start', type: 'parameter', value: page.start}
      )
  }
  const base = new URLSearchParams()
  if (vpcId !== null) base.set('vpc.id', vpcId)
  base.set('limit', String(page.limit))
  const href = (q: URLSearchParams): string =>
    `${ctx.baseUrl}/vpc/v1/security_groups?${q.toString()}`
  const body: Record<string, unknown> = {
    first: {href: href(base)},
    limit: page.limit,
    security_groups: visible
      .slice(from, from + limit)
      .map(g => groupBody(ctx, g, all)),
    total_count: visible.length
  }
  const nextItem = visible[from + limit]
  if (nextItem) {
    const q = new URLSearchParams(base)
    q.set('start', nextItem.id)
    body.next = {href: href(q)}
  }
  return json(200, fill('vpcSecurityGroups', body))
}
