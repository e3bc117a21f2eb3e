/**
 * A healthy fleet of N clusters for the benchmark: the four clusters of healthy-mixed (classic and VPC,
 * two regions each, two resource groups) cloned round-robin, each with its workers' classic devices or
 * its VPE gateway, so every check passes and every request is one a real run would make.
 */
import {loadScenario, type Scenario} from '../test/emulator/index.js'
import {stableId} from '../test/emulator/state.js'

type Cluster = Scenario['clusters'][number]

export function fleetScenario(n: number): Scenario {
  const s = loadScenario('healthy-mixed')
  const templates = s.clusters.slice(0, 4)
  const classic = s.classicAccounts[0]!
  const clusters: Cluster[] = []
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!
    const isClassic = t.provider === 'classic'
    const id = `${isClassic ? 'bqbench' : 'cvbench'}${String(i).padStart(13, '0')}`
    const ip = (k: number): string =>
      `10.${100 + Math.floor(i / 250)}.${i % 250}.${10 + k}`
    const workers = t.workers.map((w, k) => ({
      ...w,
      id: w.id.replace(t.id, id),
      privateIP: isClassic ? ip(k) : w.privateIP
    }))
    clusters.push({
      ...structuredClone(t),
      id,
      name: `bench-${String(i).padStart(3, '0')}-${isClassic ? 'classic' : 'vpc'}`,
      workers
    })
    if (isClassic) {
      workers.forEach((w, k) => {
        classic.devices.push({
          kind: 'guest',
          id: 200_000_000 + i * 10 + k,
          hostname: w.id,
          domain: 'iks.ibm',
          primaryBackendIpAddress: w.privateIP,
          datacenter: w.zone
        })
      })
    } else {
      const gw = s.endpointGateways.find(g => g.name === `iks-${t.id}`)!
      s.endpointGateways.push({
        ...structuredClone(gw),
        id: `r006-bench-${String(i).padStart(8, '0')}-gw`,
        name: `iks-${id}`
      })
      // The subnets of its pools' zones (the emulator names them after the cluster), with free addresses.
      for (const zone of new Set(t.workers.map(w => w.zone))) {
        const own = stableId('0717-', `${t.id}/${zone}/subnet`, 28)
        const subnet = s.subnets.find(x => x.id === own)
        if (subnet !== undefined)
          s.subnets.push({
            ...structuredClone(subnet),
            id: stableId('0717-', `${id}/${zone}/subnet`, 28)
          })
      }
    }
  }
  s.clusters = clusters
  s.name = `fleet-${n}`
  return s
}

/** One operation on one cluster, run without and with the intent inputs that say what it will change. */
export interface IntentCase {
  label: string
  scenario: Scenario
  /** Operation, cluster and what the operation needs besides the intent (provider, region, VPC). */
  base: Record<string, string>
  /** flavor, zones, workers-per-zone, kube-version, subnet-ids / VLANs: whatever the operation takes. */
  intent: Record<string, string>
}

const distinct = (xs: readonly string[]): string[] => [...new Set(xs)]

/**
 * The intent cases of the benchmark, from healthy-mixed: a worker pool created on an existing classic and
 * VPC cluster, and a classic and a VPC cluster create. Flavor, zones and version are the cluster's own;
 * the checks that read them are whatever the catalogue holds, so no check is named here.
 */
export function intentCases(): IntentCase[] {
  const s = loadScenario('healthy-mixed')
  const classic = s.clusters.find(c => c.provider === 'classic')!
  const vpc = s.clusters.find(c => c.provider === 'vpc-gen2')!
  const zonesOf = (c: Cluster): string[] => distinct(c.workers.map(w => w.zone))
  const flavorOf = (c: Cluster): string =>
    c.workers.find(w => w.flavor !== undefined)?.flavor ?? ''
  const minor = (v: string): string => v.split('.').slice(0, 2).join('.')
  const vlans = (c: Cluster, type: 'private' | 'public'): string =>
    zonesOf(c)
      .flatMap(z => {
        const id = vlanOf(s, c, z, type)
        return id === undefined ? [] : [`${z}:${id}`]
      })
      .join(',')
  const placement = (c: Cluster): Record<string, string> =>
    c.provider === 'classic'
      ? {
          'private-vlan': vlans(c, 'private'),
          'public-vlan': vlans(c, 'public')
        }
      : {
          'subnet-ids': zonesOf(c)
            .map(z => subnetOf(s, c, z))
            .join(',')
        }
  const adds = (c: Cluster): Record<string, string> => ({
    flavor: flavorOf(c),
    zones: zonesOf(c).join(','),
    'workers-per-zone': '2',
    ...placement(c)
  })
  const create = (c: Cluster): Record<string, string> => ({
    operation: 'cluster-create',
    cluster: `bench-new-${c.provider === 'classic' ? 'classic' : 'vpc'}`,
    provider: c.provider,
    region: c.region,
    ...(c.provider === 'classic' ? {} : {'vpc-id': c.vpcs[0]!})
  })
  return [
    ...[classic, vpc].map(c => ({
      label: `worker-pool-create on ${c.name} (${c.provider})`,
      scenario: s,
      base: {operation: 'worker-pool-create', cluster: c.name},
      intent: {'worker-pool': 'bench-pool', ...adds(c)}
    })),
    ...[classic, vpc].map(c => ({
      label: `cluster-create (${c.provider}, ${c.region})`,
      scenario: s,
      base: create(c),
      intent: {...adds(c), 'kube-version': minor(c.masterKubeVersion)}
    })),
    // A resize from inputs: vpc-subnets reads the pool's subnets from IKS's pool list (beside the cluster).
    {
      label: `worker-pool-resize on ${vpc.name} (${vpc.provider})`,
      scenario: s,
      base: {operation: 'worker-pool-resize', cluster: vpc.name},
      intent: {'worker-pool': 'default', 'workers-per-zone': '3'}
    }
  ]
}

/** The account's private VLAN in the zone, or the public VLAN on the same router pair (bcr01a ↔ fcr01a). */
function vlanOf(
  s: Scenario,
  c: Cluster,
  zone: string,
  type: 'private' | 'public'
): string | undefined {
  const mine = s.classicVlans.filter(
    v => v.accountId === c.accountId && v.zone === zone
  )
  const priv = mine.find(v => v.type === 'private')
  if (type === 'private' || priv === undefined) return priv?.id
  const pair = priv.primaryRouter?.replace(/^b/, 'f')
  return mine.find(v => v.type === 'public' && v.primaryRouter === pair)?.id
}

/** The scenario's subnet of the cluster's VPC in the zone (vpc-subnets reads it); a made-up ID when it has none. */
function subnetOf(s: Scenario, c: Cluster, zone: string): string {
  return (
    s.subnets.find(n => n.zone === zone && c.vpcs.includes(n.vpcId))?.id ??
    `0717-bench-${c.id.slice(-6)}-${zone}`
  )
}
