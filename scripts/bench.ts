/**
 * Benchmark: the bundled action against the emulator with a per-request latency, for 1, 10 and 100
 * clusters (classic and VPC mixed). Prints a Markdown report; --write puts it in docs/performance.md.
 *
 *   npm run bench                      # builds dist/, then runs this
 *   npx tsx scripts/bench.ts --entry /tmp/bench-dist/index.js --latency 100 [--write]
 *   npx tsx scripts/bench.ts --exit [--tries 5]    # 1 and 50 clusters at zero latency, whole process
 *   npx tsx scripts/bench.ts --intent [--waves]    # one cluster with intent inputs; --waves lists each wave
 *   --profile DIR                                  # every action process writes a CPU profile to DIR
 *   --node-flags "--liftoff-only"                  # extra node/V8 flags for the action processes
 *
 * Critical path: the engine runs in-process with no concurrency cap at a large latency; requests that
 * arrive together form one wave, and the number of waves is the longest chain of dependent requests.
 */
import {spawn} from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {parseConfig} from '../src/config/inputs.js'
import {runPreflight} from '../src/run.js'
import {
  start,
  type Emulator,
  type RecordedRequest,
  type Scenario
} from '../test/emulator/index.js'
import {fleetScenario, intentCases} from './bench-scenario.js'

const args = process.argv.slice(2)
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback
}
const ENTRY = resolve(arg('entry', 'dist/index.js'))
const LATENCY = Number(arg('latency', '100'))
const SIZES = [1, 10, 100]
const CAPS = [4, 8, 16, 32, 64]
const DEFAULT_CAP = 16
// `--profile DIR`: each action process writes a CPU profile there (node --cpu-prof), for finding what costs.
const PROFILE_DIR = arg('profile', '')
const PROFILE_FLAGS =
  PROFILE_DIR === ''
    ? []
    : [
        '--cpu-prof',
        '--cpu-prof-interval=100',
        `--cpu-prof-dir=${resolve(PROFILE_DIR)}`
      ]

// `--node-flags "…"`: for experiments (e.g. `--liftoff-only` shows what V8's WebAssembly tier-up costs).
const NODE_FLAGS = arg('node-flags', '').split(' ').filter(Boolean)

interface ActionResult {
  wallMs: number
  firstRequestMs: number
  requests: number
  duplicates: number
  maxRssMb: number
  /** The action process's CPU time (user + system): steadier than wall time on a shared machine. */
  cpuMs: number
  result: string
}

const inputsFor = (emu: Emulator, cap: number): Record<string, string> => ({
  'api-key': emu.scenario.pipelineKey,
  operation: 'worker-replace',
  cluster: emu.scenario.clusters.map(c => c.name).join(','),
  'max-concurrency': String(cap),
  'timeout-seconds': '300'
})

/** Same service, method, path and query twice = the same fact fetched twice. */
function duplicates(requests: readonly RecordedRequest[]): number {
  const keys = requests.map(
    r =>
      `${r.service} ${r.method} ${r.path} ${JSON.stringify(r.query)} ${r.headers['x-region'] ?? ''} ${r.headers['x-auth-resource-group'] ?? ''}`
  )
  return keys.length - new Set(keys).size
}

/** What the action reported: its outputs and, when written, the JSON report's counts and findings. */
interface Reported {
  result: string
  counts?: Record<string, number>
  findings?: Array<{check: string; status: string}>
}

function readOutputs(dir: string): Reported {
  const text = readFileSync(join(dir, 'output'), 'utf8')
  const output = (name: string): string | undefined =>
    new RegExp(`^${name}<<.*\\n(.*)$`, 'm').exec(text)?.[1]
  const reportPath = output('report-path')
  const report =
    reportPath !== undefined && reportPath !== ''
      ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Reported)
      : undefined
  return {
    result: output('result') ?? '?',
    counts: report?.counts,
    findings: report?.findings?.map(f => ({check: f.check, status: f.status}))
  }
}

/**
 * Run dist/index.js like a runner (INPUT_* variables). A one-line ESM wrapper imports the bundle and
 * prints the process's peak RSS and CPU time on exit (process.resourceUsage()): no /usr/bin/time needed.
 */
async function runAction(
  scenario: Scenario,
  inputs: (emu: Emulator) => Record<string, string>,
  latencyMs: number
): Promise<ActionResult & Reported> {
  const emu = await start(scenario, {latencyMs})
  const dir = mkdtempSync(join(tmpdir(), 'iks-preflight-bench-'))
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    ...emu.env
  }
  for (const [k, v] of Object.entries(inputs(emu)))
    env[`INPUT_${k.toUpperCase()}`] = v
  const wrapper = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nBENCH_MAXRSS_KB ' + u.maxRSS + ' BENCH_CPU_US ' + (u.userCPUTime + u.systemCPUTime) + '\\n') }); await import(${JSON.stringify(`file://${ENTRY}`)});`
  const started = Date.now()
  const child = spawn(
    process.execPath,
    [...PROFILE_FLAGS, ...NODE_FLAGS, '--input-type=module', '-e', wrapper],
    {env, stdio: ['ignore', 'pipe', 'pipe']}
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  await new Promise(r => child.on('close', r))
  const wallMs = Date.now() - started
  const requests = [...emu.requests]
  await emu.close()
  const reported = readOutputs(dir)
  if (reported.result === '?')
    throw new Error(
      `bench run set no result output:\n${stdout.slice(-2000)}${stderr.slice(-2000)}`
    )
  return {
    wallMs,
    firstRequestMs: requests.length > 0 ? requests[0]!.at - started : NaN,
    requests: requests.length,
    duplicates: duplicates(requests),
    maxRssMb: Number(/BENCH_MAXRSS_KB (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024,
    cpuMs: Number(/BENCH_CPU_US (\d+)/.exec(stderr)?.[1] ?? NaN) / 1000,
    ...reported
  }
}

/** The healthy fleet of `n` clusters: every check must pass, or the figures would time a different run. */
async function runBundle(
  n: number,
  cap: number,
  latencyMs: number
): Promise<ActionResult> {
  const run = await runAction(
    fleetScenario(n),
    emu => inputsFor(emu, cap),
    latencyMs
  )
  if (run.result !== 'pass')
    throw new Error(`bench run of ${n} clusters did not pass (${run.result})`)
  return run
}

/**
 * Effective round trips: the engine in-process with no concurrency cap at a latency far above processing
 * time; requests that arrive together form one wave, and the number of waves is the longest chain of
 * dependent requests.
 */
async function waves(
  scenario: Scenario,
  inputs: (emu: Emulator) => Record<string, string>
): Promise<number> {
  const L = 300
  const emu = await start(scenario, {latencyMs: L})
  try {
    const config = {
      ...parseConfig(inputs(emu), CHECK_IDS, {}),
      maxConcurrency: 100_000
    }
    await runPreflight(config, {env: emu.env, log: {debug: () => undefined}})
    const sorted = [...emu.requests].sort((a, b) => a.at - b.at)
    let count = sorted.length > 0 ? 1 : 0
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i]!.at - sorted[i - 1]!.at > L / 2) count++
      // `--waves`: which request went out in which wave, to see what a chain waits for.
      if (args.includes('--waves'))
        console.log(
          `  wave ${count}: ${sorted[i]!.service} ${sorted[i]!.method} ${sorted[i]!.path}`
        )
    }
    return count
  } finally {
    await emu.close()
  }
}

const criticalPath = (n: number): Promise<number> =>
  waves(fleetScenario(n), emu => inputsFor(emu, 64))

function bundleSize(): string {
  const dir = resolve(ENTRY, '..')
  const bytes = readdirSync(dir).reduce(
    (sum, f) =>
      sum + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0),
    0
  )
  return `${(statSync(ENTRY).size / 1024 / 1024).toFixed(2)} MB (${(bytes / 1024 / 1024).toFixed(2)} MB with its chunks)`
}

const f1 = (x: number): string => x.toFixed(1)
const f2 = (x: number): string => x.toFixed(2)
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

interface ExitTimes {
  /** Best wall time (spawn to exit) of one cluster and of 50. */
  one: number
  fifty: number
  /** Best CPU time of the action process, same runs. */
  oneCpu: number
  fiftyCpu: number
  /** Lowest peak RSS of the action process, same runs (MB). */
  oneRss: number
  fiftyRss: number
  cold: number
}

/** Whole-process wall time (spawn to exit) at zero latency, best of `tries`: nothing may outlive the work. */
async function exitTimes(tries: number): Promise<ExitTimes> {
  const best = async (
    n: number
  ): Promise<{wall: number; cpu: number; rss: number}> => {
    const runs: ActionResult[] = []
    for (let i = 0; i < tries; i++)
      runs.push(await runBundle(n, DEFAULT_CAP, 0))
    return {
      wall: Math.min(...runs.map(r => r.wallMs)),
      cpu: Math.min(...runs.map(r => r.cpuMs)),
      rss: Math.min(...runs.map(r => r.maxRssMb))
    }
  }
  const colds: number[] = []
  for (let i = 0; i < tries; i++)
    colds.push((await runBundle(1, DEFAULT_CAP, 0)).firstRequestMs)
  const one = await best(1)
  const fifty = await best(50)
  return {
    one: one.wall,
    fifty: fifty.wall,
    oneCpu: one.cpu,
    fiftyCpu: fifty.cpu,
    oneRss: one.rss,
    fiftyRss: fifty.rss,
    cold: Math.min(...colds)
  }
}

/** `--exit`: only the process-exit and cold-start figures (quick; for before/after comparisons). */
async function exitOnly(): Promise<void> {
  const tries = Number(arg('tries', '5'))
  const e = await exitTimes(tries)
  console.log(
    `${ENTRY}: 1 cluster ${sec(e.one)}, 50 clusters ${sec(e.fifty)} (${f2(e.fifty / e.one)}×); CPU ${Math.round(e.oneCpu)} ms and ${Math.round(e.fiftyCpu)} ms (${f2(e.fiftyCpu / e.oneCpu)}×); peak RSS ${Math.round(e.oneRss)} and ${Math.round(e.fiftyRss)} MB; cold start to first request ${Math.round(e.cold)} ms (zero latency, best of ${tries})`
  )
}

/** A report's counts as "2 pass, 1 skip" (statuses with none left out). */
function countsText(counts: Record<string, number> | undefined): string {
  if (counts === undefined) return 'no report'
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ')
}

/**
 * One cluster with the intent inputs (issues 11 and 12): requests, wall time and effective round trips at
 * `LATENCY` per request, against the same operation without them. Whatever checks the catalogue holds run;
 * the verdict is shown, not required (the scenario may not hold every fact an intent check reads).
 */
async function intentSection(log: (s?: string) => void): Promise<void> {
  log(
    `One cluster with intent inputs, ${LATENCY} ms per request (each row: without → with the intent inputs):`
  )
  log()
  log(
    '| operation | intent inputs | requests | effective round trips (waves) | wall time | findings with intent |'
  )
  log('| --- | --- | ---: | ---: | ---: | --- |')
  for (const c of intentCases()) {
    const cap = {
      'max-concurrency': String(DEFAULT_CAP),
      'timeout-seconds': '300'
    }
    const plain = (emu: Emulator): Record<string, string> => ({
      'api-key': emu.scenario.pipelineKey,
      ...c.base,
      ...cap
    })
    const full = (emu: Emulator): Record<string, string> => ({
      ...plain(emu),
      ...c.intent
    })
    const without = await runAction(c.scenario, plain, LATENCY)
    const withIntent = await runAction(c.scenario, full, LATENCY)
    if (args.includes('--waves')) console.log(`${c.label}, without intent:`)
    const w0 = await waves(c.scenario, plain)
    if (args.includes('--waves')) console.log(`${c.label}, with intent:`)
    const w1 = await waves(c.scenario, full)
    const given = Object.entries(c.intent)
      .map(([k, v]) => `\`${k}: ${v}\``)
      .join(', ')
    log(
      `| ${c.label} | ${given} | ${without.requests} → ${withIntent.requests} | ${w0} → ${w1} | ${sec(without.wallMs)} → ${sec(withIntent.wallMs)} | ${countsText(withIntent.counts)} (result ${withIntent.result}) |`
    )
  }
}

async function main(): Promise<void> {
  if (args.includes('--exit')) return exitOnly()
  if (args.includes('--intent')) return intentSection(s => console.log(s ?? ''))
  const t0 = Date.now()
  const lines: string[] = []
  const log = (s = ''): void => {
    lines.push(s)
    console.log(s)
  }
  // Cold start: spawn to the first request reaching the emulator, no latency; best of 3.
  const colds: number[] = []
  for (let i = 0; i < 3; i++)
    colds.push((await runBundle(1, DEFAULT_CAP, 0)).firstRequestMs)
  const cold = Math.min(...colds)

  log(
    `Latency per request: ${LATENCY} ms (emulator \`latencyMs\`). Default \`max-concurrency\`: ${DEFAULT_CAP}. Node ${process.version}, ${await import('node:os').then(os => `${os.cpus().length} CPU, load average ${os.loadavg()[0]!.toFixed(1)} at the start`)}; run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`
  )
  log()
  log(
    '| clusters | wall time | requests | duplicate requests | critical path (requests) | wall ÷ (critical path × latency) | same, from the first request | one request at a time | speed-up | peak RSS |'
  )
  log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  const summary: Record<number, {wall: number; ratio: number; rss: number}> = {}
  for (const n of SIZES) {
    const run = await runBundle(n, DEFAULT_CAP, LATENCY)
    const depth = await criticalPath(n)
    // Sequential: measured with max-concurrency 1 where it is quick; for 100 clusters, requests × latency (its floor).
    const seq =
      n <= 10 ? (await runBundle(n, 1, LATENCY)).wallMs : run.requests * LATENCY
    const ratio = run.wallMs / (depth * LATENCY)
    summary[n] = {wall: run.wallMs, ratio, rss: run.maxRssMb}
    const inRun = (run.wallMs - run.firstRequestMs) / (depth * LATENCY)
    log(
      `| ${n} | ${sec(run.wallMs)} | ${run.requests} | ${run.duplicates} | ${depth} | ${f1(ratio)}× | ${f1(inRun)}× | ${sec(seq)}${n > 10 ? ' (requests × latency)' : ''} | ${f1(seq / run.wallMs)}× | ${Math.round(run.maxRssMb)} MB |`
    )
  }
  log()
  log(
    `Cold start (spawn of \`node dist/index.js\` to its first request): ${Math.round(cold)} ms (best of 3: ${colds.map(c => Math.round(c)).join(', ')} ms). Bundle: ${bundleSize()}.`
  )
  const exit = await exitTimes(3)
  log()
  log(
    `Whole process at zero latency (spawn to exit, best of 3): 1 cluster ${sec(exit.one)}, 50 clusters ${sec(exit.fifty)} (${f1(exit.fifty / exit.one)}× the time of one; nothing keeps the process alive after its work).`
  )
  log()
  await intentSection(log)
  log()
  log(`100 clusters by \`max-concurrency\` (latency ${LATENCY} ms):`)
  log()
  log('| max-concurrency | wall time | requests |')
  log('| ---: | ---: | ---: |')
  for (const cap of CAPS) {
    const run =
      cap === DEFAULT_CAP
        ? {wallMs: summary[100]!.wall, requests: NaN}
        : await runBundle(100, cap, LATENCY)
    const requests = Number.isNaN(run.requests)
      ? (await runBundle(100, cap, LATENCY)).requests
      : run.requests
    log(
      `| ${cap}${cap === DEFAULT_CAP ? ' (default)' : ''} | ${sec(run.wallMs)} | ${requests} |`
    )
  }
  log()
  log(`Benchmark time: ${sec(Date.now() - t0)}.`)

  if (args.includes('--write')) {
    const doc = [
      '# Performance',
      '',
      'Measured by `npm run bench` (builds `dist/`, then runs `scripts/bench.ts` against the IBM Cloud API emulator with',
      `${LATENCY} ms added to every request). Reproduce: \`npm run bench\`, or without rebuilding`,
      '`npx tsx scripts/bench.ts --entry dist/index.js --latency 100 --write`.',
      '',
      'Each run is the bundled action, started the way a runner starts it (`INPUT_*` variables), against a healthy fleet',
      '(`scripts/bench-scenario.ts`: the clusters of `healthy-mixed` cloned round-robin: classic and VPC, three regions, two',
      'resource groups), operation `worker-replace`, every check applicable. "Critical path" is the longest chain of',
      'requests that each need the answer of the one before (token → cluster → key owner …), measured by running the',
      'engine with no concurrency cap at 300 ms latency and counting the waves of requests. "One request at a time"',
      'is the same checks with `max-concurrency: 1`, i.e. what a script of sequential `ibmcloud ks` calls would at best',
      'achieve (a CLI also pays its own start-up per call). "From the first request" leaves out Node\'s start-up and',
      "the bundle's load (the cold start below), which no request ordering can shorten.",
      '',
      ...lines,
      ''
    ].join('\n')
    // Comparisons measured by hand across versions (bench --exit on each bundle) are kept as they are.
    const path = resolve('docs/performance.md')
    const kept = /\n## Before and after[\s\S]*$/.exec(
      readFileSync(path, 'utf8')
    )
    writeFileSync(path, kept ? `${doc}${kept[0]}` : doc)
    console.log('\nwrote docs/performance.md')
  }
}

await main()
