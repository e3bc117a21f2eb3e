/**
 * The fault matrix: every endpoint the action calls × every fault the emulator can inject. Endpoints are
 * derived from clean runs' request logs, so endpoints added by new checks are covered without edits here.
 */
import {CATALOGUE, CHECK_IDS} from '../src/checks/catalogue.js'
import type {Check} from '../src/checks/types.js'
import {parseConfig} from '../src/config/inputs.js'
import {OPERATIONS} from '../src/config/types.js'
import {runChecks} from '../src/engine.js'
import {Facts} from '../src/facts.js'
import {Deadline} from '../src/ibm/deadline.js'
import {resolveEndpoints} from '../src/ibm/endpoints.js'
import {HttpClient} from '../src/ibm/http.js'
import {shouldFailJob} from '../src/findings.js'
import {SERVICE_NAMES, type Service} from '../src/ibm/errors.js'
import type {Report} from '../src/report/model.js'
import {
  start,
  type Emulator,
  type FaultSpec,
  type RecordedRequest
} from './emulator/index.js'
import {runEngine} from './support/channels.js'
import {endpointsOf, faultsFor, type Endpoint} from './support/endpoints.js'
import {findLeaks, secretsOf} from './support/secrets.js'

const ACCOUNT_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const ALL = 'prod-classic,prod-vpc,dev-classic,dev-vpc'
const TIMEOUT_S = 5
/** Scheduling slack on a loaded 2-core machine; the engine's own grace after the deadline is 1.5 s. */
const MARGIN_MS = 3500

interface Base {
  name: string
  inputs: Record<string, string>
}

/** Every operation over every cluster of healthy-mixed, one cluster alone, and classic and VPC creates: together they run every check. */
const CANDIDATES: Base[] = [
  {
    name: 'one-classic',
    inputs: {operation: 'cluster-update', cluster: 'prod-classic'}
  },
  {name: 'one-vpc', inputs: {operation: 'worker-replace', cluster: 'prod-vpc'}},
  {
    // flavor reads the pool's own flavor and its zones' flavors only with a pool to resize.
    name: 'one-vpc-resize',
    inputs: {
      operation: 'worker-pool-resize',
      cluster: 'prod-vpc',
      'worker-pool': 'default',
      'workers-per-zone': '3'
    }
  },
  ...OPERATIONS.filter(o => o !== 'cluster-create').map(operation => ({
    name: operation,
    inputs: {operation, cluster: ALL}
  })),
  {
    name: 'create-classic',
    inputs: {
      operation: 'cluster-create',
      cluster: 'new-classic',
      provider: 'classic',
      region: 'us-south',
      // A zone with its VLANs: classic-vlans reads the zone's VLAN list.
      zones: 'dal10',
      'private-vlan': '3249706',
      'public-vlan': '3249704'
    }
  },
  {
    name: 'create-vpc',
    inputs: {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south',
      'vpc-id': 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
      // prod-vpc's us-south-1 subnet: vpc-subnets reads it and the VPC.
      zones: 'us-south-1',
      'subnet-ids': '0717-fd99ba7ba5071a8c738ac541ec4c'
    }
  },
  {
    // A VPC Red Hat OpenShift create with its COS instance: cos-instance's Resource Controller read.
    name: 'create-vpc-openshift',
    inputs: {
      operation: 'cluster-create',
      cluster: 'new-ocp',
      provider: 'vpc-gen2',
      region: 'us-south',
      'vpc-id': 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
      zones: 'us-south-1',
      'subnet-ids': '0717-fd99ba7ba5071a8c738ac541ec4c',
      'kube-version': '4.18_openshift',
      'cos-instance':
        'crn:v1:bluemix:public:cloud-object-storage:global:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d::'
    }
  },
  // KMS is used only where a plan says so (kms_config, kms_instance_id + crk): kms-authorization's reads.
  {
    name: 'plan-kms-pool',
    inputs: {
      'terraform-plan':
        'test/fixtures/terraform-plans/vpc-worker-pool-create-kms.json'
    }
  }
]

type Kind = {
  label: string
  fault: Omit<FaultSpec, 'service' | 'path' | 'method'>
  transient: boolean
}

/** Every fault kind of the emulator (test/emulator/README.md), with whether a retry can outlast it. */
const KINDS: Kind[] = [
  {label: '500', fault: {kind: 'status', status: 500}, transient: true},
  {label: '502', fault: {kind: 'status', status: 502}, transient: true},
  {label: '503', fault: {kind: 'status', status: 503}, transient: true},
  {
    label: '429+Retry-After',
    fault: {kind: 'status', status: 429, retryAfter: '1'},
    transient: true
  },
  {label: '429', fault: {kind: 'status', status: 429}, transient: true},
  {label: 'reset', fault: {kind: 'reset'}, transient: true},
  {label: 'hang', fault: {kind: 'hang'}, transient: false},
  {label: 'trickle', fault: {kind: 'trickle', delayMs: 200}, transient: false},
  {label: 'truncated', fault: {kind: 'truncated'}, transient: true},
  {label: 'html', fault: {kind: 'html'}, transient: true},
  {label: 'empty-200', fault: {kind: 'empty'}, transient: false},
  {label: 'wrong-types', fault: {kind: 'wrongTypes'}, transient: false}
]

const PROBE =
  /^(iks GET \/v1\/(logging\/\{id\}\/clusterkeyowner|infra-permissions)|iks GET \/v2\/get(Workers|Clusters)|softlayer GET \/SoftLayer_Account\/get(VirtualGuests|Hardware)(\.json)?)$/
const PROBE_OR_CREDENTIALS = {
  test: (key: string): boolean =>
    PROBE.test(key) || key === 'iks GET /v1/credentials'
}

/** Facts a check reads only to add detail, never to decide its verdict (each with the reason). */
const OPTIONAL: Array<{
  check: string
  endpoint: {test(key: string): boolean}
  when?: (b: Base) => boolean
  why: string
}> = [
  {
    check: 'api-key',
    endpoint: /^iam GET \/v1\/apikeys\/details$/,
    why: 'the token exchange proves the key works; details add its name and locked flag'
  },
  {
    check: 'account',
    endpoint:
      /^(accounts GET \/v4\/accounts\/\{id\}|iam GET \/v1\/apikeys\/details)$/,
    why: 'the account ID comes from the token; the account and key names are labels'
  },
  // classic-probe.ts: IBM reports the TOTP and paid-account blockers inside other classic calls' errors; those
  // calls are evidence when they fail that way, and the verdict otherwise comes from settings and credentials.
  {
    check: 'totp-mfa',
    endpoint: PROBE,
    why: 'probe calls are evidence; the verdict comes from account settings and credentials'
  },
  {
    check: 'paid-account',
    endpoint: PROBE_OR_CREDENTIALS,
    why: 'probe calls are evidence; a linked account decides the verdict before credentials are read'
  },
  {
    check: '*',
    endpoint: /^iam GET \/v1\/accounts\/\{id\}\/effective_settings\/identity$/,
    why: 'iam.ts falls back to /settings/identity (same setting) unless IAM is down (5xx) or time ran out'
  },
  {
    check: 'kube-version',
    endpoint: /^iks GET \/v2\/getWorkers$/,
    when: b => b.inputs['operation'] === 'cluster-update',
    why: "a master update's path is judged from the version list; the workers' skew is a second finding, not checked when they cannot be read"
  },
  {
    check: '*',
    endpoint: /^iks GET \/v2\/getClusters$/,
    when: b => b.inputs['operation'] !== 'cluster-create',
    why: 'several targets are found in one list; facts.cluster falls back to getCluster per target'
  }
]
const optional = (check: string, endpoint: string, base: Base): boolean =>
  OPTIONAL.some(
    o =>
      (o.check === check || o.check === '*') &&
      o.endpoint.test(endpoint) &&
      (o.when?.(base) ?? true)
  )

const serviceOf = (s: RecordedRequest['service']): Service =>
  s === 'rc' ? 'resource-manager' : s === 'um' ? 'accounts' : (s as Service)
const statusMap = (r: Report): Map<string, string> =>
  new Map(r.findings.map(f => [`${f.check}|${f.target}`, f.status]))
/** Several findings of one check and target collapse to the worst; a verdict is per check and target. */
const verdicts = (r: Report): Map<string, string> => {
  const order = ['fail', 'error', 'warn', 'skip', 'pass']
  const m = new Map<string, string>()
  for (const f of r.findings) {
    const k = `${f.check}|${f.target}`
    const prev = m.get(k)
    if (prev === undefined || order.indexOf(f.status) < order.indexOf(prev))
      m.set(k, f.status)
  }
  return m
}

async function withEmulator<T>(
  fn: (emu: Emulator) => Promise<T>,
  faults: FaultSpec[] = []
): Promise<T> {
  const emu = await start('healthy-mixed')
  emu.setFaults(faults)
  try {
    return await fn(emu)
  } finally {
    await emu.close()
  }
}

/** Run jobs with at most `n` in flight. */
async function pool<T>(
  items: T[],
  n: number,
  job: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({length: Math.min(n, items.length)}, async () => {
      while (next < items.length) await job(items[next++]!)
    })
  )
}

interface Prepared {
  base: Base
  clean: Report
  endpoints: Endpoint[]
  /** check|target → endpoint keys its verdict depends on (measured by running that check alone). */
  deps: Map<string, Set<string>>
}

/** Run one check through the engine alone (no report reads), so the emulator log holds only its requests. */
async function checkAlone(
  emu: Emulator,
  check: Check,
  inputs: Record<string, string>,
  target: string
): Promise<void> {
  const config = parseConfig(
    {'api-key': emu.scenario.pipelineKey, ...inputs},
    CHECK_IDS,
    {}
  )
  const deadline = new Deadline(config.timeoutSeconds * 1000)
  const http = new HttpClient({
    deadline,
    maxConcurrency: config.maxConcurrency,
    backoffBaseMs: 5
  })
  try {
    const facts = new Facts(
      config,
      resolveEndpoints(emu.env, config.visibility, config.region),
      http
    )
    // Facts see every target (lookups batch as in the real run); the engine runs this check for one.
    await runChecks([check], {...config, clusters: [target]}, facts, deadline, {
      debug: () => undefined
    })
  } finally {
    deadline.dispose()
    http.close()
  }
}

const inputsOf = (b: Base): Record<string, string> => ({
  ...b.inputs,
  'expected-account-ids': ACCOUNT_A,
  'timeout-seconds': String(TIMEOUT_S)
})

async function prepare(base: Base): Promise<Prepared> {
  const {clean, endpoints} = await withEmulator(async emu => {
    const run = await runEngine(emu, inputsOf(base))
    return {
      clean: run.report,
      endpoints: endpointsOf(emu.requests, emu.scenario)
    }
  })
  const deps = new Map<string, Set<string>>()
  // A plan base names its clusters in the plan.
  const targets =
    base.inputs['cluster']?.split(',') ??
    parseConfig(
      {'api-key': 'emu-key-parse-only', ...inputsOf(base)},
      CHECK_IDS,
      {}
    ).clusters
  for (const check of CATALOGUE) {
    for (const target of check.scope === 'account' ? [targets[0]!] : targets) {
      const keys = await withEmulator(async emu => {
        await checkAlone(emu, check, inputsOf(base), target)
        return new Set(endpointsOf(emu.requests, emu.scenario).map(e => e.key))
      })
      deps.set(
        `${check.id}|${check.scope === 'account' ? 'account' : target}`,
        keys
      )
    }
  }
  return {base, clean, endpoints, deps}
}

interface Case {
  prepared: Prepared
  endpoint: Endpoint
  kind: Kind
  times?: number
  /** An endpoint already covered on another base, faulted here with a subset of kinds. */
  secondary?: boolean
}

interface Outcome {
  c: Case
  ms: number
  errors: number
  problems: string[]
}

const results: Outcome[] = []
let plan:
  | {
      bases: Prepared[]
      endpoints: Array<{endpoint: Endpoint; prepared: Prepared}>
      secondary: Array<{endpoint: Endpoint; prepared: Prepared}>
    }
  | undefined

async function runCase(c: Case): Promise<Outcome> {
  const {prepared, endpoint, kind, times} = c
  const faults = faultsFor(
    endpoint,
    times === undefined ? kind.fault : {...kind.fault, times}
  )
  return withEmulator(async emu => {
    const started = Date.now()
    const problems: string[] = []
    let run
    try {
      run = await runEngine(emu, inputsOf(prepared.base))
    } catch (e) {
      return {
        c,
        ms: Date.now() - started,
        errors: 0,
        problems: [
          `the run threw: ${e instanceof Error ? e.message : String(e)}`
        ]
      }
    }
    const ms = Date.now() - started
    const {report} = run
    if (ms > TIMEOUT_S * 1000 + MARGIN_MS)
      problems.push(`took ${ms} ms (budget ${TIMEOUT_S} s + ${MARGIN_MS} ms)`)
    if (emu.requests.every(r => r.fault === undefined))
      problems.push('the fault was never applied')
    const clean = statusMap(prepared.clean)
    const got = statusMap(report)
    if ([...clean.keys()].sort().join() !== [...got.keys()].sort().join())
      problems.push(`findings differ: ${[...got.keys()].join(', ')}`)
    if (times !== undefined) {
      // A fault that clears within the retry budget: the same verdicts as a clean run.
      const a = verdicts(prepared.clean)
      const b = verdicts(report)
      for (const [k, v] of a)
        if (b.get(k) !== v)
          problems.push(`transient: ${k} is ${b.get(k)}, clean run ${v}`)
      if (report.result !== prepared.clean.result)
        problems.push(
          `transient: result ${report.result}, clean ${prepared.clean.result}`
        )
    } else {
      const name = SERVICE_NAMES[serviceOf(endpoint.service)]
      for (const f of report.findings) {
        const k = `${f.check}|${f.target}`
        const dependsOn = prepared.deps.get(k)?.has(endpoint.key) ?? false
        const isOptional = optional(f.check, endpoint.key, prepared.base)
        // "Not checked: needs X" is right exactly when X failed or could not be verified in this run.
        const needs = /^Not checked: needs (\S+)\.$/.exec(f.summary)?.[1]
        if (needs !== undefined) {
          const root = report.findings.filter(
            x =>
              x.check === needs &&
              (x.target === f.target || x.target === 'account')
          )
          if (!root.some(x => x.status === 'fail' || x.status === 'error'))
            problems.push(`${k} says it needs ${needs}, which did not fail`)
        } else if (!dependsOn) {
          if (f.status !== clean.get(k))
            problems.push(
              `${k} does not use ${endpoint.key} but became ${f.status} (clean ${clean.get(k)})`
            )
        } else if (f.status === 'pass' && !isOptional) {
          problems.push(`${k} reported pass without ${endpoint.key}`)
        } else if (
          f.status === 'error'
            ? !f.summary.includes(name)
            : f.status !== clean.get(k) && f.status !== 'skip'
        ) {
          problems.push(
            `${k} is ${f.status} without naming ${name}: ${f.summary}`
          )
        }
      }
      const anyDependent = [...prepared.deps.entries()].some(
        ([k, s]) =>
          s.has(endpoint.key) &&
          !optional(k.split('|')[0]!, endpoint.key, prepared.base)
      )
      if (anyDependent && report.result !== 'fail')
        problems.push(
          `result ${report.result} although a verdict could not be verified`
        )
    }
    if (report.jobFailed !== shouldFailJob(report.result, 'error'))
      problems.push('jobFailed disagrees with fail-on')
    const leaks = findLeaks(run.channels, secretsOf(emu))
    problems.push(...leaks)
    return {c, ms, errors: report.counts.error, problems}
  }, faults)
}

beforeAll(async () => {
  const prepared: Prepared[] = []
  for (const base of CANDIDATES) prepared.push(await prepare(base))
  // Each endpoint gets every fault kind on the first base that calls it, and a 503 and wrong types on every other base that does.
  const chosen = new Map<string, {endpoint: Endpoint; prepared: Prepared}>()
  const secondary: Array<{endpoint: Endpoint; prepared: Prepared}> = []
  for (const p of prepared)
    for (const e of p.endpoints)
      if (!chosen.has(e.key)) chosen.set(e.key, {endpoint: e, prepared: p})
      else secondary.push({endpoint: e, prepared: p})
  plan = {bases: prepared, endpoints: [...chosen.values()], secondary}
}, 120_000)

afterAll(() => {
  if (!plan) return
  const kinds = [
    ...KINDS.map(k => k.label),
    ...KINDS.filter(k => k.transient).flatMap(k => [
      `${k.label}×1`,
      `${k.label}×2`
    ])
  ]
  const rows = plan.endpoints.map(({endpoint}) => {
    const cells = kinds.map(label => {
      const o = results.find(
        r =>
          !r.c.secondary &&
          r.c.endpoint.key === endpoint.key &&
          `${r.c.kind.label}${r.c.times ? `×${r.c.times}` : ''}` === label
      )
      if (!o) return '-'
      return o.problems.length > 0
        ? 'FAIL'
        : o.c.times
          ? 'same'
          : `err${o.errors}`
    })
    return `| ${endpoint.key} | ${cells.join(' | ')} |`
  })
  const failed = results.filter(r => r.problems.length > 0).length
  const slowest = Math.max(0, ...results.map(r => r.ms))
  console.log(
    [
      `Fault matrix: ${plan.endpoints.length} endpoints × ${KINDS.length} fault kinds, + ${KINDS.filter(k => k.transient).length} transient kinds × 2 (times 1 and 2), + ${plan.secondary.length} endpoint uses on other bases × 2 kinds = ${results.length} runs, ${failed} with problems; slowest run ${slowest} ms (budget ${TIMEOUT_S} s).`,
      `Bases: ${[...new Set(plan.endpoints.map(e => e.prepared.base.name))].join(', ')}. errN = N findings "could not verify"; same = verdicts equal the clean run.`,
      `| endpoint | ${kinds.join(' | ')} |`,
      `| --- | ${kinds.map(() => '---').join(' | ')} |`,
      ...rows
    ].join('\n')
  )
})

describe('fault matrix', () => {
  test('the clean runs cover IAM, IKS, Accounts and Resource Manager, and every check ran', () => {
    const services = new Set(plan!.endpoints.map(e => e.endpoint.service))
    for (const s of ['iam', 'iks', 'accounts', 'rc'])
      expect(services).toContain(s)
    const ran = new Set(
      plan!.bases.flatMap(b =>
        b.clean.findings.filter(f => f.status !== 'skip').map(f => f.check)
      )
    )
    expect([...ran].sort()).toEqual(CATALOGUE.map(c => c.id).sort())
    for (const b of plan!.bases) expect(b.clean.result).toBe('pass')
  })

  test('persistent faults: bounded time, no crash, no unverified pass, unaffected checks still reported', async () => {
    const cases: Case[] = [
      ...plan!.endpoints.flatMap(({endpoint, prepared}) =>
        KINDS.map(kind => ({prepared, endpoint, kind}))
      ),
      ...plan!.secondary.flatMap(({endpoint, prepared}) =>
        KINDS.filter(k => k.label === '503' || k.label === 'wrong-types').map(
          kind => ({prepared, endpoint, kind, secondary: true})
        )
      )
    ]
    // Hangs and trickles each wait out the time budget: run them all at once.
    const slow = cases.filter(
      c => c.kind.label === 'hang' || c.kind.label === 'trickle'
    )
    const fast = cases.filter(c => !slow.includes(c))
    await Promise.all([
      pool(slow, slow.length, async c => void results.push(await runCase(c))),
      pool(fast, 8, async c => void results.push(await runCase(c)))
    ])
    // One line per distinct problem (the same defect usually shows under many fault kinds).
    const bad = new Map<string, string[]>()
    for (const r of results.filter(o => o.c.times === undefined))
      for (const p of r.problems)
        bad.set(`${r.c.endpoint.key} on ${r.c.prepared.base.name}: ${p}`, [
          ...(bad.get(
            `${r.c.endpoint.key} on ${r.c.prepared.base.name}: ${p}`
          ) ?? []),
          r.c.kind.label
        ])
    expect([...bad].map(([p, kinds]) => `${p} [${kinds.join(', ')}]`)).toEqual(
      []
    )
  }, 170_000)

  test('transient faults that clear within the retry budget end in the clean verdict', async () => {
    const idempotent = (e: Endpoint): boolean =>
      e.method === 'GET' || e.template === '/identity/token'
    const cases: Case[] = plan!.endpoints
      .filter(({endpoint}) => idempotent(endpoint))
      .flatMap(({endpoint, prepared}) =>
        KINDS.filter(k => k.transient).flatMap(kind =>
          [1, 2].map(times => ({prepared, endpoint, kind, times}))
        )
      )
    const mine: Outcome[] = []
    await pool(cases, 8, async c => {
      const o = await runCase(c)
      mine.push(o)
      results.push(o)
    })
    const bad = mine
      .filter(r => r.problems.length > 0)
      .map(
        r =>
          `${r.c.endpoint.key} × ${r.c.kind.label}×${r.c.times}: ${r.problems.join('; ')}`
      )
    expect(bad).toEqual([])
  }, 170_000)
})
