import {createReadStream, openSync, readFileSync, statSync} from 'node:fs'
import {
  InputError,
  openFifo,
  shown,
  splitList,
  wakeFifo,
  type RawInputs
} from './raw.js'
import type {SchematicsPlanRequest} from '../ibm/schematics.js'
import {intentFromInputs, INTENT_INPUTS} from '../intent/inputs.js'
import type {intentFromPlan} from '../intent/plan.js'
import {known, regionOfZone, type Intent} from '../intent/types.js'
import {registerSensitive} from '../secrets.js'
import {
  EXPLAIN,
  FAIL_ON,
  REPORT_DETAILS,
  LANGUAGES,
  OPERATIONS,
  PROVIDERS,
  REMEDIATIONS,
  VISIBILITIES,
  type Config,
  type ExplainConfig,
  type Operation
} from './types.js'

export {
  InputError,
  secretInputs,
  shown,
  splitList,
  type RawInputs
} from './raw.js'

function oneOf<T extends string>(
  input: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback?: T
): T {
  const value = (raw ?? '').trim()
  if (value === '' && fallback !== undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  const got = value === '' ? 'nothing' : shown(value)
  throw new InputError(input, `got ${got}; allowed: ${allowed.join(', ')}.`)
}

// IKS cluster names: lower-case letters, digits and '-', start with a letter, at most 100 characters
// (IDs are 20 lower-case alphanumerics and also match). Anything else cannot be a cluster.
const CLUSTER_REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
const NEW_CLUSTER_NAME = /^[a-z][a-z0-9-]{0,99}$/
const REGION = /^[a-z]{2}-[a-z]+(-[0-9])?$/
// Schematics job IDs are opaque strings (region-prefixed, dot-separated); sent URL-encoded.
const SCHEMATICS_JOB = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
const ACCOUNT_ID = /^[a-f0-9]{32}$/
const RESOURCE_GROUP = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/
const VPC_ID = /^[a-z0-9][a-z0-9-]{3,63}$/

function pattern(
  input: string,
  value: string,
  re: RegExp,
  what: string
): string {
  if (!re.test(value))
    throw new InputError(input, `got ${shown(value)}; expected ${what}.`)
  return value
}

/**
 * One 'check-id: reason' per line; several on one line are split where a comma is followed by another
 * known check id and a colon ("vpe-gateway: x, worker-endpoints: y"), so commas inside a reason stay.
 */
function parseSkipChecks(
  raw: string | undefined,
  knownChecks: readonly string[]
): Map<string, string> {
  const skips = new Map<string, string>()
  const ids = [...knownChecks]
    .sort((a, b) => b.length - a.length)
    .map(id => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const nextEntry = new RegExp(`,\\s*(?=(?:${ids.join('|')})\\s*:)`)
  const entries = (raw ?? '')
    .split(/\r?\n/)
    .flatMap(line => (ids.length > 0 ? line.split(nextEntry) : [line]))
  for (const entry of entries) {
    const trimmed = entry.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const colon = trimmed.indexOf(':')
    const id = (colon === -1 ? trimmed : trimmed.slice(0, colon)).trim()
    const reason = colon === -1 ? '' : trimmed.slice(colon + 1).trim()
    if (!knownChecks.includes(id)) {
      throw new InputError(
        'skip-checks',
        `unknown check ${shown(id)}; known checks: ${knownChecks.join(', ')}.`
      )
    }
    if (reason === '') {
      throw new InputError(
        'skip-checks',
        `check '${id}' needs a reason, as 'check-id: reason' (one per line, or comma separated).`
      )
    }
    if (skips.has(id))
      throw new InputError(
        'skip-checks',
        `check '${id}' is listed twice; give it once.`
      )
    skips.set(id, reason.slice(0, 500))
  }
  return skips
}

function integer(
  input: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number
): number {
  const value = (raw ?? '').trim()
  if (value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      input,
      `got ${shown(value)}; allowed: a whole number from ${min} to ${max}.`
    )
  }
  return Number(value)
}

function boolean(
  input: string,
  raw: string | undefined,
  fallback: boolean
): boolean {
  const value = (raw ?? '').trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(input, `got ${shown(value)}; allowed: true, false.`)
}

function optional(raw: string | undefined): string | undefined {
  const v = (raw ?? '').trim()
  return v === '' ? undefined : v
}

/** Inputs every mode shares: reporting language, PR comment, token. */
function common(
  raw: RawInputs
): Pick<
  Config,
  'failOn' | 'language' | 'prComment' | 'githubToken' | 'reportDetail'
> {
  const detail = optional(raw['report-detail'])
  return {
    ...(detail !== undefined && {
      reportDetail: oneOf('report-detail', detail, REPORT_DETAILS)
    }),
    failOn: oneOf('fail-on', raw['fail-on'], FAIL_ON, 'error'),
    language: oneOf('language', raw['language'], LANGUAGES, 'en'),
    prComment: boolean('pr-comment', raw['pr-comment'], false),
    githubToken: optional(raw['github-token'])
  }
}

/** operation: explain needs the text of a failed run and nothing from IBM Cloud. */
export function parseExplainConfig(raw: RawInputs): ExplainConfig {
  const errorText =
    raw['error-text'] !== undefined && raw['error-text'].trim() !== ''
      ? raw['error-text']
      : undefined
  const errorFile = optional(raw['error-file'])
  if (errorText === undefined && errorFile === undefined) {
    throw new InputError(
      'error-text',
      'operation explain needs the output of the failed command in error-text, or a path in error-file; got neither.'
    )
  }
  if (errorText !== undefined && errorFile !== undefined) {
    throw new InputError(
      'error-file',
      'give error-text or error-file, not both.'
    )
  }
  return {
    operation: EXPLAIN,
    errorText,
    errorFile,
    ...common(raw),
    // Explain's own bound starts at 1 s (it reads text; the live confirmation is optional).
    timeoutSeconds: integer(
      'timeout-seconds',
      raw['timeout-seconds'],
      120,
      1,
      3600
    )
  }
}

export function isExplain(raw: RawInputs): boolean {
  return (raw['operation'] ?? '').trim() === EXPLAIN
}

function fail(input: string, message: string): never {
  throw new InputError(input, message)
}

/**
 * The largest plan read: `terraform show -json` of an IKS configuration is kilobytes to a few megabytes, and
 * V8 cannot hold a string over 512 MiB (ERR_STRING_TOO_LONG). Documented in docs/terraform-plan.md.
 */
export const PLAN_MAX_BYTES = 256 * 1024 * 1024

const planUnreadable = (path: string, code: string | undefined): InputError =>
  new InputError(
    'terraform-plan',
    `could not read ${shown(path)} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (code ?? 'unreadable')}); expected the file written by terraform show -json <planfile>.`
  )

const tooLarge = (path: string, what: string): InputError =>
  new InputError(
    'terraform-plan',
    `${shown(path)} ${what}; the largest plan read is ${PLAN_MAX_BYTES / 1024 / 1024} MiB. Give the file written by terraform show -json <planfile>.`
  )

/**
 * Bytes → text: UTF-8 (a BOM dropped), or UTF-16 with a BOM (what Windows PowerShell's `>` writes), so the
 * plan parser sees text whatever the shell saved it as.
 */
export function decodePlan(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return buf.subarray(2).toString('utf16le')
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const le = Buffer.from(buf.subarray(2))
    le.swap16()
    return le.toString('utf16le')
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return buf.subarray(3).toString('utf8')
  return buf.toString('utf8')
}

/** Read the terraform-plan file synchronously (tests, and callers that read a regular file): bounded by PLAN_MAX_BYTES. */
export function readPlanFile(path: string): string {
  let size: number
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw planUnreadable(path, 'EISDIR')
    size = st.isFile() ? st.size : 0
  } catch (e) {
    if (e instanceof InputError) throw e
    throw planUnreadable(path, (e as NodeJS.ErrnoException).code)
  }
  if (size > PLAN_MAX_BYTES) throw tooLarge(path, `is ${size} bytes`)
  try {
    return decodePlan(readFileSync(path))
  } catch (e) {
    throw planUnreadable(path, (e as NodeJS.ErrnoException).code)
  }
}

/**
 * Read the terraform-plan input, bounded in size (PLAN_MAX_BYTES) and time (timeout-seconds): a FIFO with
 * no writer, a pipe that never ends or /dev/zero ends with a clear bad-input error instead of hanging or
 * growing memory. Returns the text for parseConfig's `readPlan`, or undefined when no plan is given.
 */
export async function preloadPlan(
  raw: RawInputs,
  opts: {maxBytes?: number} = {}
): Promise<((path: string) => string) | undefined> {
  const path = optional(raw['terraform-plan'])
  if (path === undefined) return undefined
  await loadPlanReader()
  const max = opts.maxBytes ?? PLAN_MAX_BYTES
  const seconds = integer(
    'timeout-seconds',
    raw['timeout-seconds'],
    120,
    5,
    3600
  )
  let kind: 'file' | 'fifo' | 'other'
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw planUnreadable(path, 'EISDIR')
    kind = st.isFile() ? 'file' : st.isFIFO() ? 'fifo' : 'other'
    if (kind === 'file' && st.size > max)
      throw tooLarge(path, `is ${st.size} bytes`)
  } catch (e) {
    if (e instanceof InputError) throw e
    throw planUnreadable(path, (e as NodeJS.ErrnoException).code)
  }
  if (kind === 'file') {
    const text = readPlanFile(path)
    return () => text
  }
  const ac = new AbortController()
  const timer = setTimeout(() => ac.abort(), seconds * 1000)
  timer.unref?.()
  try {
    let fd: number
    try {
      fd =
        kind === 'fifo' ? await openFifo(path, ac.signal) : openSync(path, 'r')
    } catch (e) {
      throw planUnreadable(path, (e as NodeJS.ErrnoException).code)
    }
    const stream = createReadStream('', {fd, autoClose: true})
    const chunks: Buffer[] = []
    let total = 0
    const why = await new Promise<'end' | 'limit' | 'deadline'>(
      (resolve, reject) => {
        const done = (w: 'end' | 'limit' | 'deadline'): void => {
          ac.signal.removeEventListener('abort', onAbort)
          stream.removeAllListeners('data')
          stream.pause()
          resolve(w)
        }
        const onAbort = (): void => done('deadline')
        if (ac.signal.aborted) return done('deadline')
        ac.signal.addEventListener('abort', onAbort, {once: true})
        stream.on('data', (chunk: Buffer | string) => {
          const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
          total += b.length
          if (total > max) return done('limit')
          chunks.push(b)
        })
        stream.once('end', () => done('end'))
        stream.once('error', e => {
          ac.signal.removeEventListener('abort', onAbort)
          reject(planUnreadable(path, (e as NodeJS.ErrnoException).code))
        })
      }
    )
    stream.destroy()
    if (kind === 'fifo' && why !== 'end') wakeFifo(path)
    if (why === 'limit') throw tooLarge(path, `gave more than ${max} bytes`)
    if (why === 'deadline')
      throw new InputError(
        'terraform-plan',
        `${shown(path)} did not end within timeout-seconds (${seconds} s${total > 0 ? `; ${total} bytes read` : '; nothing was written to it'}); give the file written by terraform show -json <planfile>, not a pipe that stays open.`
      )
    const text = decodePlan(Buffer.concat(chunks))
    return () => text
  } finally {
    clearTimeout(timer)
  }
}

/** Where a plan comes from: a terraform-plan file, or the plan_json of a Schematics job (read beforehand). */
interface PlanSource {
  input: 'terraform-plan' | 'schematics-job'
  /** How messages name it: the quoted path, or "the plan of Schematics job …". */
  label: string
  read: () => string
}

/**
 * The plan reader (intent/plan.ts and zod's schemas, about a third of the action's bundle) is loaded only
 * when a plan is given: preloadPlan and schematicsPlanOf, which every entry point awaits before
 * parseConfig, load it; a run by operation starts without it.
 */
let planReader: typeof intentFromPlan | undefined

/** Register the plan reader when it is already in memory (the CLI bundle, the tests). */
export function usePlanReader(read: typeof intentFromPlan): void {
  planReader = read
}

async function loadPlanReader(): Promise<void> {
  planReader ??= (await import('../intent/plan.js')).intentFromPlan
}

/** intentFromPlan names its input terraform-plan; a Schematics job's plan is named as the job. */
function planOf(source: PlanSource): Intent {
  if (planReader === undefined)
    throw new Error(
      'the plan reader is not loaded (preloadPlan or schematicsPlanOf first)'
    )
  try {
    return planReader(source.read())
  } catch (e) {
    if (
      source.input === 'schematics-job' &&
      e instanceof InputError &&
      e.input === 'terraform-plan'
    )
      throw new InputError(
        'schematics-job',
        `${source.label}: ${e.message.replace(/^Input 'terraform-plan': /, '')}`
      )
    throw e
  }
}

/** The plan says which operations run on which clusters: inputs that would say it again are refused. */
function planIntent(
  raw: RawInputs,
  source: PlanSource
): {intent: Intent; operation: Operation; clusters: string[]} {
  const also = ['operation', 'cluster', 'vpc-id', ...INTENT_INPUTS].filter(
    name => optional(raw[name]) !== undefined
  )
  if (also.length > 0)
    throw new InputError(
      source.input,
      `given together with ${also.join(', ')}; the plan says the operations, the clusters and what they change. Give the plan alone, or those inputs without it.`
    )
  const intent = planOf(source)
  // Before anything could print them (an error below quotes a cluster name): masked in every output.
  for (const v of intent.sensitive ?? []) registerSensitive(v)
  // A plan with no IKS operation (all no-op, other providers, refresh-only) is nothing to pre-flight, not a
  // bad input: the run passes and notes what it saw. The operation is only a placeholder then.
  const first = intent.clusters.flatMap(c => c.operations)[0]
  const clusters = [
    ...new Set(
      intent.clusters.flatMap(c => {
        const ref = known(c.cluster.nameOrId)
        return ref === undefined ? [] : [ref]
      })
    )
  ]
  for (const c of clusters)
    pattern(
      source.input,
      c,
      CLUSTER_REF,
      'cluster names or IDs (letters, digits, ., _ and -)'
    )
  return {intent, operation: first?.operation ?? 'cluster-update', clusters}
}

/**
 * The region the intent's zones name, when `region` is not given: VPC zone IDs carry it (us-south-1); classic
 * zones (dal10) do not, and IKS gives only their metro, so a run naming only those still needs `region`. One
 * cluster's zones in two regions are an input error naming both; clusters of a plan in different regions
 * name no single region (undefined), as do zones that name none.
 */
export function regionFromZones(intent: Intent): string | undefined {
  const all = new Set<string>()
  for (const c of intent.clusters) {
    const byRegion = new Map<string, string[]>()
    for (const o of c.operations)
      for (const p of known(o.zones) ?? []) {
        const zone = known(p.zone)
        const region = zone === undefined ? undefined : regionOfZone(zone)
        if (zone === undefined || region === undefined) continue
        const zones = byRegion.get(region) ?? []
        if (!zones.includes(zone)) zones.push(zone)
        byRegion.set(region, zones)
        all.add(region)
      }
    if (byRegion.size > 1)
      throw new InputError(
        'zones',
        `got zones of ${byRegion.size} regions for one cluster (${[...byRegion].map(([r, zs]) => `${r}: ${zs.join(', ')}`).join('; ')}); a cluster lives in one region: give zones of one region, or the region input.`
      )
  }
  return all.size === 1 ? [...all][0] : undefined
}

/** regionFromZones over the plan's intent or the inputs'; a bad intent input is left for its own parse to report. */
function inferredRegion(
  raw: RawInputs,
  planned: Intent | undefined
): string | undefined {
  let intent = planned
  if (intent === undefined)
    try {
      intent = intentFromInputs(raw)
    } catch (e) {
      if (e instanceof InputError) return undefined
      throw e
    }
  return regionFromZones(intent)
}

/** The API key: the input, else IBMCLOUD_API_KEY, else IC_API_KEY; never echoed when it is wrong. */
function apiKeyOf(
  raw: RawInputs,
  env: Partial<Record<string, string>>
): string {
  const apiKey =
    (raw['api-key'] ?? '').trim() ||
    (env['IBMCLOUD_API_KEY'] ?? '').trim() ||
    (env['IC_API_KEY'] ?? '').trim()
  if (apiKey === '') {
    throw new InputError(
      'api-key',
      'no IBM Cloud API key: set the api-key input, or IBMCLOUD_API_KEY or IC_API_KEY in the environment.'
    )
  }
  if (/\s/.test(apiKey) || apiKey.length < 8 || apiKey.length > 512) {
    // Never echo the value: it is a secret.
    throw new InputError(
      'api-key',
      `the value is not an IBM Cloud API key (got ${apiKey.length} characters${/\s/.test(apiKey) ? ' with whitespace' : ''}).`
    )
  }
  return apiKey
}

/** schematics-job, validated; undefined when not given. One plan per run: not with terraform-plan. */
function schematicsJobOf(raw: RawInputs): string | undefined {
  const jobId = optional(raw['schematics-job'])
  if (jobId === undefined) return undefined
  pattern(
    'schematics-job',
    jobId,
    SCHEMATICS_JOB,
    'a Schematics job ID (letters, digits, ., _ and -), as ibmcloud schematics job list shows it'
  )
  if (optional(raw['terraform-plan']) !== undefined)
    throw new InputError(
      'schematics-job',
      'given together with terraform-plan; give one plan: the file, or the Schematics job whose plan to read.'
    )
  return jobId
}

/**
 * With schematics-job, read the job's plan (plan_json) from IBM Cloud Schematics: the one network read
 * before parseConfig, which stays pure. A job whose plan cannot be read is named with IBM's answer.
 */
export async function schematicsPlanOf(
  raw: RawInputs,
  env: Partial<Record<string, string>>,
  opts: {
    userAgent: string
    debug?: (message: string) => void
    read?: (r: SchematicsPlanRequest) => Promise<string>
  }
): Promise<string | undefined> {
  const jobId = schematicsJobOf(raw)
  if (jobId === undefined) return undefined
  await loadPlanReader()
  const regionRaw = optional(raw['region'])
  const region =
    regionRaw === undefined
      ? undefined
      : pattern(
          'region',
          regionRaw,
          REGION,
          'an IBM Cloud region such as us-south, eu-de or jp-tok'
        )
  const visibility = oneOf(
    'visibility',
    raw['visibility'],
    VISIBILITIES,
    'public'
  )
  if (visibility === 'private' && region === undefined)
    throw new InputError(
      'region',
      'visibility private needs a region: IBM private endpoints are regional.'
    )
  try {
    // Loaded only with schematics-job: the HTTP client is not part of every start.
    const read =
      opts.read ?? (await import('../ibm/schematics.js')).readSchematicsPlan
    return await read({
      jobId,
      apiKey: apiKeyOf(raw, env),
      env,
      visibility,
      region,
      timeoutSeconds: integer(
        'timeout-seconds',
        raw['timeout-seconds'],
        120,
        5,
        3600
      ),
      userAgent: opts.userAgent,
      debug: opts.debug
    })
  } catch (e) {
    // IBM's error type comes with the HTTP layer, not with every start: loaded only when a read failed.
    const {ApiError} = await import('../ibm/errors.js')
    if (e instanceof ApiError)
      throw new InputError(
        'schematics-job',
        `could not read the plan of job ${shown(jobId)}: ${e.message.replace(/[.!?]+$/, '')}.`
      )
    throw e
  }
}

/**
 * Validate every input into one Config. Pure: no network, no environment reads beyond `env` for the
 * API key fallbacks; the only file read is the terraform-plan, through `readPlan`. Throws InputError for
 * the first bad input.
 */
export function parseConfig(
  raw: RawInputs,
  knownChecks: readonly string[],
  env: Partial<Record<string, string>> = {},
  readPlan: (path: string) => string = readPlanFile,
  /** The plan_json of `schematics-job`, read by `schematicsPlanOf` before this (pure) parse. */
  schematicsPlan?: string
): Config {
  const jobId = schematicsJobOf(raw)
  const planFile =
    jobId === undefined
      ? optional(raw['terraform-plan'])
      : `Schematics job ${jobId}`
  const source: PlanSource | undefined =
    jobId !== undefined
      ? {
          input: 'schematics-job',
          label: `the plan of Schematics job ${shown(jobId)}`,
          read: () => {
            // The entry points read it first (schematicsPlanOf); a caller that reads no plans says so.
            if (schematicsPlan === undefined)
              throw new InputError(
                'schematics-job',
                `the plan of job ${shown(jobId)} was not read from Schematics; this caller pre-flights plan files only.`
              )
            return schematicsPlan
          }
        }
      : planFile !== undefined
        ? {
            input: 'terraform-plan',
            label: shown(planFile),
            read: () => readPlan(planFile)
          }
        : undefined
  const plan = source === undefined ? undefined : planIntent(raw, source)
  const operation: Operation =
    plan?.operation ??
    (optional(raw['operation']) === undefined
      ? fail(
          'operation',
          `got nothing; allowed: ${OPERATIONS.join(', ')}; or give terraform-plan instead, to pre-flight every operation of a plan.`
        )
      : oneOf('operation', raw['operation'], OPERATIONS))
  const creates =
    plan === undefined
      ? operation === 'cluster-create'
      : plan.intent.clusters.some(c =>
          c.operations.some(o => o.operation === 'cluster-create')
        )

  const apiKey = apiKeyOf(raw, env)

  const clusters = plan?.clusters ?? splitList(raw['cluster'])
  if (plan !== undefined) {
    // Checked by planIntent; the plan may hold a create among other operations.
  } else if (operation === 'cluster-create') {
    if (clusters.length !== 1) {
      throw new InputError(
        'cluster',
        `cluster-create needs exactly one new cluster name; got ${clusters.length === 0 ? 'nothing' : clusters.length + ' names'}.`
      )
    }
    pattern(
      'cluster',
      clusters[0]!,
      NEW_CLUSTER_NAME,
      'a new cluster name: lower-case letters, digits and -, starting with a letter, at most 100 characters'
    )
  } else {
    if (clusters.length === 0)
      throw new InputError(
        'cluster',
        `${operation} needs one or more cluster names or IDs (comma or newline separated); got nothing.`
      )
    for (const c of clusters)
      pattern(
        'cluster',
        c,
        CLUSTER_REF,
        'a cluster name or ID (letters, digits, ., _ and -)'
      )
    if (clusters.length > 500)
      throw new InputError(
        'cluster',
        `got ${clusters.length} clusters; at most 500 per run.`
      )
  }
  const uniqueClusters = [...new Set(clusters)]

  const regionRaw = (raw['region'] ?? '').trim()
  const region =
    regionRaw === ''
      ? inferredRegion(raw, plan?.intent)
      : pattern(
          'region',
          regionRaw,
          REGION,
          'an IBM Cloud region such as us-south, eu-de or jp-tok'
        )

  const groupRaw = (raw['resource-group'] ?? '').trim()
  const resourceGroup =
    groupRaw === ''
      ? undefined
      : pattern(
          'resource-group',
          groupRaw,
          RESOURCE_GROUP,
          'a resource group name or ID'
        )

  const providerRaw = (raw['provider'] ?? '').trim()
  let provider =
    providerRaw === '' ? undefined : oneOf('provider', providerRaw, PROVIDERS)
  if (plan !== undefined) {
    // The plan's resource types give each cluster's provider; a create there needs the region.
    if (creates && region === undefined)
      throw new InputError(
        'region',
        "the terraform plan creates a cluster, which needs the region it is created in (the provider block's region); got nothing, and no VPC zone of the plan names it."
      )
  } else if (operation === 'cluster-create') {
    if (provider === undefined)
      throw new InputError(
        'provider',
        `cluster-create needs the provider of the new cluster; got nothing; allowed: ${PROVIDERS.join(', ')}.`
      )
    if (region === undefined)
      throw new InputError(
        'region',
        'cluster-create needs the region of the new cluster; got nothing, and no VPC zone (such as us-south-1) that names it.'
      )
  } else if (provider !== undefined) {
    // For existing clusters the provider comes from IBM; a given one is only a cross-check.
    provider = oneOf('provider', providerRaw, PROVIDERS)
  }

  const vpcRaw = (raw['vpc-id'] ?? '').trim()
  const vpcId =
    vpcRaw === ''
      ? undefined
      : pattern('vpc-id', vpcRaw, VPC_ID, 'a VPC ID such as r006-1234abcd-…')
  if (
    vpcId !== undefined &&
    !(operation === 'cluster-create' && provider === 'vpc-gen2')
  ) {
    throw new InputError(
      'vpc-id',
      'is only used with operation cluster-create and provider vpc-gen2.'
    )
  }

  const expectedAccountIds = splitList(raw['expected-account-ids'])
  for (const id of expectedAccountIds)
    pattern(
      'expected-account-ids',
      id,
      ACCOUNT_ID,
      'IBM Cloud account IDs (32 hexadecimal characters), comma separated'
    )

  const visibility = oneOf(
    'visibility',
    raw['visibility'],
    VISIBILITIES,
    'public'
  )
  if (visibility === 'private' && region === undefined) {
    throw new InputError(
      'region',
      'visibility private needs a region: IBM private endpoints are regional.'
    )
  }

  const remediate = oneOf('remediate', raw['remediate'], REMEDIATIONS, 'none')
  // With a plan, the existing clusters may still be repaired; the run gives a create's checks none.
  if (
    remediate === 'vpe' &&
    operation === 'cluster-create' &&
    plan === undefined
  )
    throw new InputError(
      'remediate',
      'got "vpe" with cluster-create; vpe repairs the VPE gateway of an existing VPC cluster, and a new cluster has none. Allowed with cluster-create: none.'
    )
  return {
    ...common(raw),
    apiKey,
    operation,
    clusters: uniqueClusters,
    // Validated after the inputs it shares with the config, so their errors read as before.
    intent: plan?.intent ?? intentFromInputs(raw),
    ...(planFile !== undefined && {planFile}),
    region,
    resourceGroup,
    provider,
    vpcId,
    // Only when given: IBM's default (100) lives with the check that uses it.
    ...(optional(raw['security-group-quota']) !== undefined && {
      securityGroupQuota: integer(
        'security-group-quota',
        raw['security-group-quota'],
        100,
        1,
        10000
      )
    }),
    expectedAccountIds,
    skipChecks: parseSkipChecks(raw['skip-checks'], knownChecks),
    timeoutSeconds: integer(
      'timeout-seconds',
      raw['timeout-seconds'],
      120,
      5,
      3600
    ),
    visibility,
    maxConcurrency: integer(
      'max-concurrency',
      raw['max-concurrency'],
      16,
      1,
      64
    ),
    remediate,
    remediateWaitSeconds: integer(
      'remediate-wait-seconds',
      raw['remediate-wait-seconds'],
      300,
      0,
      3600
    )
  }
}
