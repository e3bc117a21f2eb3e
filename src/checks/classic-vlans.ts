import {workerIssues} from './sources.js'
import {cmd, type Command} from '../commands/ibmcloud.js'
import type {Operation} from '../config/types.js'
import type {TargetInfo} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {ClassicVlan} from '../ibm/network-more.js'
import {
  isAfterApply,
  known,
  type OperationIntent,
  type ZonePlacement
} from '../intent/types.js'
import {ApiError} from '../ibm/errors.js'
import {groupLabel, scopeOf, intentsOf} from './helpers.js'
import type {Check, CheckContext} from './types.js'

type Kind = 'private' | 'public'
const KINDS: readonly Kind[] = ['private', 'public']
const INPUT: Record<Kind, 'private-vlan' | 'public-vlan'> = {
  private: 'private-vlan',
  public: 'public-vlan'
}

/** One zone of the operation with the VLANs given for it (undefined: none given). */
interface ZoneAsk {
  zone: string
  private?: string
  public?: string
}

const kindMsg = (k: string): Msg | string =>
  k === 'private' || k === 'public' ? {id: `classic-vlans.detail.${k}`} : k

/** A VLAN as a data line: ID, type, router, number and name as IKS lists them. */
function line(v: ClassicVlan): string {
  const extra = [
    v.primaryRouter,
    v.vlanNumber && `#${v.vlanNumber}`,
    v.name
  ].filter(Boolean)
  return `${v.id} ${v.type ?? '?'}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`
}

/**
 * "bcr01a.dal10" and "fcr01a.dal10" are one router pair: IBM requires the part after the bcr/fcr prefix to
 * match for the private and public VLAN of a cluster (kubernetes-service-cli, cluster create classic).
 */
function pairOf(router: string | undefined): string | undefined {
  const m = /^[bf]cr(.+)$/i.exec(router ?? '')
  return m?.[1]?.toLowerCase()
}

/** The values to pass: the first private VLAN, and a public one on the same router pair when there is one. */
function suggestion(
  vlans: ClassicVlan[],
  given: ZoneAsk
): {private?: string; public?: string} {
  const of = (k: Kind): ClassicVlan[] => vlans.filter(v => v.type === k)
  const priv =
    of('private').find(v => v.id === given.private) ?? of('private')[0]
  const pair = pairOf(priv?.primaryRouter)
  const onPair = (v: ClassicVlan): boolean =>
    pair === undefined ||
    pairOf(v.primaryRouter) === undefined ||
    pairOf(v.primaryRouter) === pair
  const pub =
    of('public').find(v => v.id === given.public && onPair(v)) ??
    of('public').find(
      v => pair !== undefined && pairOf(v.primaryRouter) === pair
    ) ??
    of('public')[0]
  return {private: priv?.id, public: pub?.id}
}

/** The command that runs the operation with the VLANs filled in. */
function operationCommand(
  operation: Operation,
  t: TargetInfo,
  o: OperationIntent | undefined,
  zone: string,
  vlans: {private?: string; public?: string}
): Command {
  if (operation === 'cluster-create')
    return cmd.clusterCreateClassic(t.name, zone, {
      flavor: known(o?.flavor),
      privateVlan: vlans.private,
      publicVlan: vlans.public
    })
  return cmd.zoneAddClassic(t.id ?? t.name, zone, known(o?.pool), vlans)
}

/** The zones of the operation, or why they cannot be checked. */
function zonesOf(
  intents: OperationIntent[]
):
  | {kind: 'zones'; zones: Array<{ask: ZoneAsk; intent: OperationIntent}>}
  | {kind: 'after-apply'; input: string}
  | {kind: 'needs-zones'} {
  const out: Array<{ask: ZoneAsk; intent: OperationIntent}> = []
  for (const o of intents) {
    if (isAfterApply(o.zones)) return {kind: 'after-apply', input: 'zones'}
    for (const p of o.zones ?? []) {
      const gap = afterApply(p)
      if (gap) return {kind: 'after-apply', input: gap}
      const zone = known(p.zone)
      if (zone === undefined) return {kind: 'needs-zones'}
      const ask: ZoneAsk = {
        zone,
        ...(known(p.privateVlan) !== undefined && {
          private: known(p.privateVlan)
        }),
        ...(known(p.publicVlan) !== undefined && {public: known(p.publicVlan)})
      }
      // A plan may name one zone twice (two attachments); each placement is checked once.
      if (
        !out.some(
          z =>
            z.ask.zone === ask.zone &&
            z.ask.private === ask.private &&
            z.ask.public === ask.public
        )
      )
        out.push({ask, intent: o})
    }
  }
  return out.length > 0 ? {kind: 'zones', zones: out} : {kind: 'needs-zones'}
}

function afterApply(p: ZonePlacement): string | undefined {
  if (isAfterApply(p.zone)) return 'zones'
  if (isAfterApply(p.privateVlan)) return 'private-vlan'
  if (isAfterApply(p.publicVlan)) return 'public-vlan'
  return undefined
}

/** What one zone's VLAN list says about the VLANs given for it: one outcome per problem, or one pass. */
function judge(
  operation: Operation,
  t: TargetInfo,
  o: OperationIntent,
  ask: ZoneAsk,
  vlans: ClassicVlan[]
): Outcome[] {
  const zone = ask.zone
  const list = vlans.map(line)
  const of = (k: Kind): ClassicVlan[] => vlans.filter(v => v.type === k)
  const fixFor = (why: Msg): FixStep[] => {
    const s = suggestion(vlans, ask)
    const flags = KINDS.flatMap(k =>
      s[k] === undefined ? [] : [`--${INPUT[k]} ${s[k]}`]
    ).join(' ')
    if (vlans.length === 0)
      return [
        {
          text: {id: 'classic-vlans.fix.none-exist', params: {zone}},
          commands: [cmd.vlanLs(zone)]
        }
      ]
    return [
      flags === ''
        ? {text: why, commands: [cmd.vlanLs(zone)]}
        : {
            text: {id: 'classic-vlans.fix.use', params: {zone, flags}},
            commands: [
              cmd.vlanLs(zone),
              operationCommand(operation, t, o, zone, s)
            ]
          }
    ]
  }
  const problems: Outcome[] = []
  for (const k of KINDS) {
    const id = ask[k]
    if (id === undefined) continue
    const hit = vlans.find(v => v.id === id)
    const same = of(k)
      .map(v => v.id)
      .join(', ')
    if (hit !== undefined && hit.type === k) continue
    // Not in the zone, or of the other type: the same fix (the zone's VLANs of the kind asked for).
    problems.push({
      status: 'fail',
      rule: 'classic-vlans.in-zone',
      summary:
        hit === undefined
          ? {
              id: 'classic-vlans.not-in-zone',
              params: {zone, id, kind: kindMsg(k), count: vlans.length}
            }
          : {
              id: 'classic-vlans.wrong-type',
              params: {
                zone,
                id,
                kind: kindMsg(k),
                actual: kindMsg(hit.type ?? '?')
              }
            },
      why: {id: 'classic-vlans.vlan.why'},
      fix: fixFor({
        id: 'classic-vlans.fix.list',
        params: {zone, kind: kindMsg(k)}
      }),
      details: [
        {
          id: 'classic-vlans.detail.of-kind',
          params: {kind: kindMsg(k), zone, ids: same || '-'}
        },
        ...list
      ]
    })
  }
  if (problems.length > 0) return problems

  const missing = KINDS.filter(k => ask[k] === undefined && of(k).length > 0)
  const nothingGiven = ask.private === undefined && ask.public === undefined
  // Private-only workers are allowed: a missing public VLAN alone is not refused (the public one is optional).
  const refused = nothingGiven ? missing : missing.filter(k => k === 'private')
  if (refused.length > 0)
    return [
      {
        status: 'fail',
        rule: 'classic-vlans.required',
        summary: {
          id: 'classic-vlans.missing',
          params: {
            zone,
            operation,
            count: vlans.length,
            flags: refused.map(k => `--${INPUT[k]}`).join(', ')
          }
        },
        why: {id: 'classic-vlans.missing.why'},
        fix: fixFor({id: 'classic-vlans.fix.list-any', params: {zone}}),
        details: list
      }
    ]

  // Both given and found: IBM requires them on one router pair (bcr01a ↔ fcr01a).
  const priv = vlans.find(v => v.id === ask.private)
  const pub = vlans.find(v => v.id === ask.public)
  const pp = pairOf(priv?.primaryRouter)
  const qp = pairOf(pub?.primaryRouter)
  if (priv && pub && pp !== undefined && qp !== undefined && pp !== qp)
    return [
      {
        status: 'fail',
        rule: 'classic-vlans.router-pair',
        summary: {
          id: 'classic-vlans.routers',
          params: {
            zone,
            private: priv.id,
            privateRouter: priv.primaryRouter ?? '',
            public: pub.id,
            publicRouter: pub.primaryRouter ?? ''
          }
        },
        why: {id: 'classic-vlans.routers.why'},
        fix: fixFor({id: 'classic-vlans.fix.list-any', params: {zone}}),
        details: list
      }
    ]

  if (nothingGiven)
    return [
      {
        status: 'pass',
        summary: {id: 'classic-vlans.pass-new', params: {zone}}
      }
    ]
  const publics = of('public')
  return [
    {
      status: 'pass',
      summary:
        ask.private !== undefined && ask.public !== undefined
          ? {
              id: 'classic-vlans.pass',
              params: {zone, private: ask.private, public: ask.public}
            }
          : ask.private !== undefined
            ? {
                id: 'classic-vlans.pass-private-only',
                params: {
                  zone,
                  private: ask.private,
                  publics: publics.map(v => v.id).join(', ') || '-'
                }
              }
            : {
                id: 'classic-vlans.pass-public-only',
                params: {zone, public: ask.public ?? ''}
              },
      details: list
    }
  ]
}

/**
 * A classic cluster across zones needs VRF or VLAN spanning on its classic account for its workers to
 * reach each other (IBM's multizone pages). IKS says whether spanning is on; VRF cannot be read with the
 * key, so spanning off is a warning, never a block: IKS accepts the operation.
 */
async function spanningOutcome(
  {config, facts, target}: CheckContext,
  t: TargetInfo,
  asked: ReadonlyArray<{ask: {zone: string}}>
): Promise<Outcome[]> {
  const existing =
    t.kind === 'existing' ? (await facts.cluster(target)).workerZones : []
  const zones = [...new Set([...existing, ...asked.map(z => z.ask.zone)])]
  if (zones.length < 2) return []
  const params = {
    operation: config.operation,
    cluster: t.name,
    count: zones.length,
    zones: zones.join(', '),
    region: t.region,
    resourceGroup: groupLabel(t)
  }
  const fix = [
    {
      text: {id: 'classic-vlans.vrf.fix' as const},
      commands: [cmd.accountShow(), cmd.vlanSpanningGet(t.region)]
    }
  ]
  let on: boolean | undefined
  try {
    on = await facts.vlanSpanning(scopeOf(t))
  } catch (e) {
    if (!(e instanceof ApiError)) throw e
    return [
      {
        status: 'warn',
        rule: 'classic-vlans.vrf',
        summary: {
          id: 'classic-vlans.vrf-unknown',
          params: {...params, message: e.message}
        },
        why: {id: 'classic-vlans.vrf.why'},
        fix
      }
    ]
  }
  if (on === true) return []
  return [
    {
      status: 'warn',
      rule: 'classic-vlans.vrf',
      summary: {id: 'classic-vlans.vrf', params},
      why: {id: 'classic-vlans.vrf.why'},
      fix
    }
  ]
}

/**
 * Classic create and zone add: the VLANs given for each zone are the account's VLANs of that zone, of the
 * right type and router pair; none given is fine only where the account has no VLANs yet (IKS then creates
 * them), otherwise IKS refuses with E0020. One outcome per zone (and per problem).
 */
export const classicVlansCheck: Check = {
  id: 'classic-vlans',
  family: 'classic',
  title: 'classic-vlans.title',
  scope: 'cluster',
  operations: ['cluster-create', 'zone-add', 'worker-pool-create'],
  providers: ['classic'],
  // IKS lists VLANs with the region's classic credentials: without them (paid-account, totp-mfa) it cannot answer.
  requires: [
    'api-key',
    'cluster-access',
    'paid-account',
    'totp-mfa',
    'operation-target'
  ],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli#cs_cluster_create',
  needs:
    'Viewer platform role on Kubernetes Service; the classic credentials of the region (linked account or manually set) list the VLANs',
  rules: [
    {
      id: 'classic-vlans.required',
      says: 'Once the account has VLANs in a zone, a classic cluster create or zone add there must name them (a private VLAN at least); IKS refuses it otherwise (E0020).',
      level: 'fail',
      sources: [
        {
          kind: 'error',
          code: 'E0020',
          text: 'One or more required fields are missing. To create a standard cluster, you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN. If this is the first standard cluster that you create in this zone, the public and private VLAN flags are not required.',
          where: 'IBM-Cloud/terraform-provider-ibm#2082'
        },
        {
          kind: 'error',
          code: 'E0020',
          text: 'To create a standard cluster, you must specify values for location, machine type, public VLAN, and private VLAN.',
          where:
            'IBM-Cloud/terraform-provider-ibm#406, IBM-Cloud/ibm-cloud-cli-release#75'
        }
      ]
    },
    {
      id: 'classic-vlans.in-zone',
      says: "A VLAN the operation names is one of the account's VLANs of that zone and of that type (private on a bcr router, public on an fcr router).",
      level: 'fail',
      sources: [workerIssues.vlanNotFound]
    },
    {
      id: 'classic-vlans.router-pair',
      says: 'The private and public VLANs of a zone are on one router pair (bcr01a ↔ fcr01a).',
      level: 'fail',
      sources: [
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli#cs_cluster_create',
          quote:
            'Private VLAN routers always begin with `bcr` (back-end router) and public VLAN routers always begin with `fcr` (front-end router). When you create a cluster and specify the public and private VLANs, the number and letter combination after those prefixes must match.',
          read: '2026-12'
        }
      ]
    },
    {
      id: 'classic-vlans.vrf',
      says: 'A classic cluster across zones needs VRF or VLAN spanning on its classic account; IKS accepts the operation, the workers cannot reach each other: a warning when spanning is off (VRF cannot be read).',
      level: 'warn',
      sources: [
        {
          kind: 'doc',
          url: 'https://cloud.ibm.com/docs/containers?topic=containers-subnets#subnet-routing',
          quote:
            "In classic clusters, if you have multiple VLANs for your cluster, multiple subnets on the same VLAN, or a multizone classic cluster, you must enable a Virtual Router Function (VRF) for your IBM Cloud infrastructure account so your worker nodes can communicate with each other on the private network. … If you can't or don't want to enable VRF, enable VLAN spanning.",
          read: '2026-12'
        },
        {
          kind: 'sdk',
          repo: 'IBM-Cloud/container-services-go-sdk',
          path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go (GetVlanSpanning, VlanSpan)',
          quote:
            'View the VLAN spanning status for an IBM Cloud Infrastructure (SoftLayer) account. VLAN spanning enables all devices on an account to communicate with each other by means of the private network, regardless of its assigned VLAN.'
        }
      ]
    }
  ],
  async run({config, facts, target}): Promise<Outcome[]> {
    const operation = config.operation
    const t = await facts.target(target)
    const intents = intentsOf(config, [target, t.id, t.name])
    // A classic pool gets zones and VLANs from zone attachments (zone-add); only a pool create that
    // carries VLANs is about them.
    if (
      operation === 'worker-pool-create' &&
      !intents.some(
        o =>
          !isAfterApply(o.zones) &&
          (o.zones ?? []).some(
            p => p.privateVlan !== undefined || p.publicVlan !== undefined
          )
      )
    )
      return [{status: 'skip', summary: {id: 'classic-vlans.pool-no-vlans'}}]
    const zones = zonesOf(intents)
    if (zones.kind === 'after-apply')
      return [
        {
          status: 'skip',
          summary: {
            id: 'classic-vlans.after-apply',
            params: {input: zones.input}
          }
        }
      ]
    if (zones.kind === 'needs-zones')
      return [
        {
          status: 'skip',
          summary: {id: 'classic-vlans.needs-zones', params: {operation}}
        }
      ]
    // Every zone's list at once, with the account's VLAN spanning: one round trip whatever the number of zones.
    const [lists, spanning] = await Promise.all([
      Promise.all(
        zones.zones.map(z => facts.zoneVlans(z.ask.zone, scopeOf(t)))
      ),
      spanningOutcome({config, facts, target}, t, zones.zones)
    ])
    return [
      ...zones.zones.flatMap((z, i) =>
        judge(operation, t, z.intent, z.ask, lists[i]!)
      ),
      ...spanning
    ]
  }
}
