import type {FaultSpec, RecordedRequest, Scenario} from '../emulator/index.js'

/** One IBM endpoint as the action calls it: service, method and a path template ("{id}" for IDs). */
export interface Endpoint {
  key: string
  service: RecordedRequest['service']
  method: string
  template: string
  /** The concrete path+query prefixes seen for it; each becomes one fault (path match is a substring). */
  matchers: string[]
}

/** Values from the scenario that appear as path segments (cluster IDs and names, account IDs, gateway IDs). */
function idValues(s: Scenario): Set<string> {
  return new Set<string>([
    ...s.clusters.flatMap(c => [c.id, c.name]),
    ...s.accounts.map(a => a.id),
    ...s.endpointGateways.map(g => g.id),
    ...s.resourceGroups.map(g => g.id),
    ...s.classicAccounts.map(a => a.id)
  ])
}

function template(path: string, ids: Set<string>): string {
  return path
    .split('/')
    .map(seg =>
      ids.has(decodeURIComponent(seg)) || (/\d/.test(seg) && seg.length >= 8)
        ? '{id}'
        : seg
    )
    .join('/')
}

export function pathAndQuery(r: RecordedRequest): string {
  const q = new URLSearchParams(r.query).toString()
  return q === '' ? r.path : `${r.path}?${q}`
}

/** The distinct endpoints in a request log, each with fault matchers that hit it and nothing else in the log. */
export function endpointsOf(
  requests: readonly RecordedRequest[],
  scenario: Scenario
): Endpoint[] {
  const ids = idValues(scenario)
  const byKey = new Map<string, Endpoint>()
  for (const r of requests) {
    if (r.service === 'unknown') continue
    const t = template(r.path, ids)
    const key = `${r.service} ${r.method} ${t}`
    const e = byKey.get(key) ?? {
      key,
      service: r.service,
      method: r.method,
      template: t,
      matchers: []
    }
    // "/v2/getCluster?" does not also match "/v2/getClusters?…": the '?' ends the path. A path with an ID
    // is matched by what follows the last ID, so the fault hits that endpoint for every cluster, not one.
    const tail = t.includes('{id}')
      ? t.slice(t.lastIndexOf('{id}') + '{id}'.length)
      : ''
    const matcher = `${tail !== '' ? tail : r.path}${Object.keys(r.query).length > 0 ? '?' : ''}`
    if (!e.matchers.includes(matcher)) e.matchers.push(matcher)
    byKey.set(key, e)
  }
  const all = [...byKey.values()]
  for (const e of all) {
    for (const r of requests) {
      if (
        r.service !== e.service ||
        r.method !== e.method ||
        `${r.service} ${r.method} ${template(r.path, ids)}` === e.key
      )
        continue
      const clash = e.matchers.find(m => pathAndQuery(r).includes(m))
      if (clash)
        throw new Error(
          `fault matcher ${clash} for ${e.key} also matches ${r.method} ${pathAndQuery(r)}`
        )
    }
  }
  return all
}

/** Faults that hit one endpoint (all its concrete paths). */
export function faultsFor(
  e: Endpoint,
  fault: Omit<FaultSpec, 'service' | 'path' | 'method'>
): FaultSpec[] {
  return e.matchers.map(
    path =>
      ({
        ...fault,
        service: e.service as FaultSpec['service'],
        method: e.method,
        path
      }) as FaultSpec
  )
}
