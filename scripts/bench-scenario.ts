/**
 * A healthy fleet of N clusters for the benchmark: the four clusters of healthy-mixed (classic and VPC,
 * two regions each, two resource groups) cloned round-robin, each with its workers' classic devices or
 * its VPE gateway, so every check passes and every request is one a real run would make.
 */
import {loadScenario, type Scenario} from '../test/emulator/index.js'

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
    }
  }
  s.clusters = clusters
  s.name = `fleet-${n}`
  return s
}
