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
import {scopeOf, intentsOf} from './helpers.js'
import type {Check} from './types.js'

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
  requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli#cs_cluster_create',
  needs:
    'Viewer platform role on Kubernetes Service; the classic credentials of the region (linked account or manually set) list the VLANs',
  rules: [],
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
    // Every zone's list at once: one round trip whatever the number of zones.
    const lists = await Promise.all(
      zones.zones.map(z => facts.zoneVlans(z.ask.zone, scopeOf(t)))
    )
    return zones.zones.flatMap((z, i) =>
      judge(operation, t, z.intent, z.ask, lists[i]!)
    )
  }
}
