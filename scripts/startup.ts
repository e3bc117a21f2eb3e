/**
 * Start-up cost of the action bundle: whole-process wall time of `node dist/index.js` (no inputs: it reads
 * them, reports the missing operation and exits, the path every run starts with) against a bare `node -e 0`,
 * in pairs (alternating, so both see the same machine load), median of each and of the per-pair ratio.
 *   npx tsx scripts/startup.ts [--runs 30] [--node /path/to/node] [--node24] [--entry dist/index.js]
 * Prints one Markdown table row with the machine's load average (a shared CPU skews every figure); no assertion (timings belong in docs/performance.md, not in tests).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : process.argv[i + 1]
}
const runs = Number(arg('--runs') ?? 30)
const entry = arg('--entry') ?? 'dist/index.js'
const node =
  arg('--node') ??
  (process.argv.includes('--node24')
    ? execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
        encoding: 'utf8'
      }).trim()
    : process.execPath)

const tmp = mkdtempSync(join(tmpdir(), 'iks-preflight-startup-'))
// No INPUT_*: the action stops at the first input check. Outputs go to throw-away files.
const env = {
  PATH: process.env['PATH'] ?? '',
  RUNNER_TEMP: tmp,
  GITHUB_OUTPUT: join(tmp, 'output'),
  GITHUB_STEP_SUMMARY: join(tmp, 'summary')
}

// The runner creates these files before a step starts; the action appends to them.
writeFileSync(env.GITHUB_OUTPUT, '')
writeFileSync(env.GITHUB_STEP_SUMMARY, '')

function once(args: string[]): number {
  const t = process.hrtime.bigint()
  const r = spawnSync(node, args, {env, stdio: 'ignore'})
  if (r.error) throw r.error
  return Number(process.hrtime.bigint() - t) / 1e6
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const loadBefore = loadavg()[0]!
// Warm the file cache first.
once(['-e', '0'])
once([entry])
const bare: number[] = []
const action: number[] = []
const ratio: number[] = []
for (let i = 0; i < runs; i++) {
  const [b, a] =
    i % 2 === 0
      ? [once(['-e', '0']), once([entry])]
      : (([x, y]) => [y, x])([once([entry]), once(['-e', '0'])])
  bare.push(b!)
  action.push(a!)
  ratio.push(a! / b!)
}
const version = execFileSync(node, ['--version'], {encoding: 'utf8'}).trim()
console.log(
  '| Node | bare `node -e 0` (median) | `node ' +
    entry +
    '` (median) | ratio (median of pairs) | pairs | load average (1 min, start → end) |'
)
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
console.log(
  `| ${version} | ${median(bare).toFixed(1)} ms | ${median(action).toFixed(1)} ms | ${median(ratio).toFixed(2)}× | ${runs} | ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} |`
)
