import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

/** What a GitHub runner would show for one step of the bundled action. */
export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Array<{type: string; title: string; message: string}>
  report?: Record<string, unknown>
  reportText: string
  ms: number
}

export interface RunActionOptions {
  inputs: Record<string, string>
  env?: Record<string, string>
  /** Node binary to run dist/index.js with (default: this process's node). */
  node?: string[]
  entry?: string
  timeoutMs?: number
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

/** Parse `::error title=…::message` workflow commands from the step's stdout. */
export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line)
    if (!m) continue
    const props = Object.fromEntries(
      (m[2] ?? '')
        .trim()
        .split(',')
        .filter(Boolean)
        .map(kv => {
          const i = kv.indexOf('=')
          return [kv.slice(0, i), unescapeProperty(kv.slice(i + 1))]
        })
    )
    out.push({
      type: m[1]!,
      title: props['title'] ?? '',
      message: unescapeData(m[3] ?? '')
    })
  }
  return out
}

/** Parse the GITHUB_OUTPUT file (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}

/** Run the bundled action the way the runner does: INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY. */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'iks-preflight-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    ...opts.env
  }
  for (const [k, v] of Object.entries(opts.inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  // IKS_PREFLIGHT_ENTRY: a fresh bundle elsewhere (e.g. ncc into /tmp) without touching dist/.
  const entry =
    opts.entry ?? resolve(process.env['IKS_PREFLIGHT_ENTRY'] || 'dist/index.js')
  const [cmd, ...args] = opts.node ?? [process.execPath]
  const started = Date.now()
  const child = spawn(cmd!, [...args, entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exitCode = await new Promise<number>((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      rej(new Error(`action did not end within ${opts.timeoutMs ?? 60000} ms`))
    }, opts.timeoutMs ?? 60000)
    child.on('close', code => {
      clearTimeout(timer)
      res(code ?? -1)
    })
  })
  const ms = Date.now() - started
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
  let reportText = ''
  let report: Record<string, unknown> | undefined
  if (outputs['report-path']) {
    reportText = readFileSync(outputs['report-path'], 'utf8')
    report = JSON.parse(reportText) as Record<string, unknown>
  }
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    report,
    reportText,
    ms
  }
}
