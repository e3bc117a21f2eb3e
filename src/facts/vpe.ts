import type {Facts, TargetInfo} from '../facts.js'
import type {WorkerInfo} from '../ibm/containers.js'
import type {EndpointGateway, ReservedIp} from '../ibm/vpc.js'

/** IKS names the cluster's gateway iks-<cluster ID>; older runbooks and clusters say kube-<cluster ID>. */
export const gatewayNames = (clusterId: string): string[] => [
  `iks-${clusterId}`,
  `kube-${clusterId}`
]

/** A gateway whose target is this cluster: IKS puts the cluster ID in the target CRN. */
const targets = (gw: EndpointGateway, clusterId: string): boolean =>
  gw.targetCrn !== undefined && gw.targetCrn.split(':').includes(clusterId)

/** Of several gateways, a stable one first. */
const pick = (found: EndpointGateway[]): EndpointGateway | undefined =>
  found.find(g => g.lifecycleState === 'stable') ?? found[0]

/**
 * The cluster's VPE gateway in one of its VPCs, or undefined. The name (iks-<ID>) is asked first, as one
 * cheap filtered request; a gateway of that name whose target CRN names another cluster is not this one.
 * Without a match by name, the gateway whose target CRN holds the cluster ID wins, whatever its name.
 * `fresh` bypasses memoised answers and looks by name only, for polling after a master refresh.
 */
export async function findClusterGateway(
  facts: Facts,
  t: TargetInfo,
  names = gatewayNames(t.id ?? t.ref),
  fresh = false
): Promise<EndpointGateway | undefined> {
  const clusterId = t.id ?? t.ref
  const vpcs: Array<string | undefined> =
    t.vpcs.length > 0 ? t.vpcs : [undefined]
  for (const name of names) {
    for (const vpcId of vpcs) {
      const found = (
        await facts.endpointGateways(t.region, {name, vpcId}, fresh)
      ).filter(g => g.targetCrn === undefined || targets(g, clusterId))
      if (found.length > 0) return pick(found)
    }
  }
  // Polls after a master refresh (fresh) wait for the gateway IKS creates by name; one look by target is enough.
  if (fresh) return undefined
  for (const vpcId of vpcs) {
    const found = (await facts.endpointGateways(t.region, {vpcId})).filter(g =>
      targets(g, clusterId)
    )
    if (found.length > 0) return pick(found)
  }
  return undefined
}

function ipv4(a: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a.trim())
  if (!m) return undefined
  const parts = m.slice(1).map(Number)
  if (parts.some(p => p > 255)) return undefined
  return (
    ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!
  )
}

export function inCidr(address: string, cidr: string): boolean {
  const [net, bits] = cidr.split('/')
  const a = ipv4(address)
  const n = net === undefined ? undefined : ipv4(net)
  const b = Number(bits)
  if (
    a === undefined ||
    n === undefined ||
    !Number.isInteger(b) ||
    b < 0 ||
    b > 32
  )
    return false
  const mask = b === 0 ? 0 : (~0 << (32 - b)) >>> 0
  return (a & mask) >>> 0 === (n & mask) >>> 0
}

/**
 * The zone of a reserved IP. VPC's reference carries no zone, so it is the zone of a worker on the
 * same subnet (subnet ID from the IP's href), or whose subnet CIDR holds the address.
 */
export function zoneOfIp(
  ip: ReservedIp,
  workers: readonly WorkerInfo[]
): string | undefined {
  if (ip.zone) return ip.zone
  for (const w of workers) {
    if (!w.zone) continue
    if (
      w.subnets?.some(
        s =>
          (ip.subnetId !== undefined && s.id === ip.subnetId) ||
          (s.cidr !== undefined && inCidr(ip.address, s.cidr))
      )
    )
      return w.zone
  }
  return undefined
}

export interface ZoneCoverage {
  /** Zones that have workers, sorted. */
  workerZones: string[]
  /** Worker zones with no live reserved IP, each with the deleted IPs and the not-yet-selected (0.0.0.0) IPs found there. */
  uncovered: Array<{zone: string; deleted: string[]; pending: number}>
  /** Live IPs whose zone could not be told (no subnet data on the workers). */
  unplaced: number
  liveCount: number
}

export function zoneCoverage(
  gw: EndpointGateway,
  workers: readonly WorkerInfo[]
): ZoneCoverage {
  const workerZones = [
    ...new Set(workers.map(w => w.zone).filter((z): z is string => !!z))
  ].sort()
  const live = new Set<string>()
  const deleted = new Map<string, string[]>()
  const pending = new Map<string, number>()
  let unplaced = 0
  let liveCount = 0
  for (const ip of gw.ips) {
    const zone = zoneOfIp(ip, workers)
    if (ip.deleted) {
      if (zone) deleted.set(zone, [...(deleted.get(zone) ?? []), ip.address])
      continue
    }
    // VPC has not selected an address yet: not a live IP (it may not be placeable by CIDR either).
    if (ip.pending) {
      if (zone) pending.set(zone, (pending.get(zone) ?? 0) + 1)
      continue
    }
    liveCount++
    if (zone) live.add(zone)
    else unplaced++
  }
  const uncovered = workerZones
    .filter(z => !live.has(z))
    .map(zone => ({
      zone,
      deleted: deleted.get(zone) ?? [],
      pending: pending.get(zone) ?? 0
    }))
  return {workerZones, uncovered, unplaced, liveCount}
}
