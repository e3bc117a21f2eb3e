import {Readable} from 'node:stream'
import {CATALOGUE} from '../checks/catalogue.js'
import {InputError, splitList, type RawInputs} from '../config/raw.js'
import type {
  Config,
  ExplainConfig,
  LanguageCode,
  Operation
} from '../config/types.js'
import type {EngineLog} from '../engine.js'
import type {Finding, Msg, Status} from '../findings.js'
import {Deadline} from '../ibm/deadline.js'
import {t, type Language} from '../messages/index.js'
import type {Report} from '../report/model.js'
import {runPreflight} from '../run.js'
import {registerSecret} from '../secrets.js'
import {operationOn, type Intent} from '../intent/types.js'
import {explainText, type Explained} from './explain.js'
import {
  readFileOrStreamTail,
  readStreamTail,
  STREAM_BYTES,
  TAIL_BYTES,
  type Tail,
  type TailLimits
} from './input.js'
import {alreadyGoneFix, WAIT_OPERATION} from './fixes.js'
import {explainReport} from './report.js'

/** What explain reads besides the text: the live confirmation's key, cluster, region and time budget. */
export interface ExplainExtras {
  apiKey?: string
  cluster?: string
  region?: string
  resourceGroup?: string
  timeoutSeconds: number
}

/** The inputs explain uses beyond error-text/error-file (each validated here, named when wrong). */
export function explainExtras(
  raw: RawInputs,
  env: Partial<Record<string, string>>
): ExplainExtras {
  const apiKey =
    (raw['api-key'] ?? '').trim() ||
    (env['IBMCLOUD_API_KEY'] ?? '').trim() ||
    (env['IC_API_KEY'] ?? '').trim() ||
    undefined
  if (apiKey !== undefined) registerSecret(apiKey)
  const timeoutRaw = (raw['timeout-seconds'] ?? '').trim()
  const timeoutSeconds = timeoutRaw === '' ? 120 : Number(timeoutRaw)
  if (
    !Number.isInteger(timeoutSeconds) ||
    timeoutSeconds < 1 ||
    timeoutSeconds > 3600
  )
    throw new InputError(
      'timeout-seconds',
      `got ${JSON.stringify(timeoutRaw.slice(0, 40))}; allowed: a whole number of seconds from 1 to 3600.`
    )
  const clusters = splitList(raw['cluster'])
  if (clusters.length > 1)
    throw new InputError(
      'cluster',
      `explain confirms one cluster; got ${clusters.length} names.`
    )
  const str = (k: string): string | undefined =>
    (raw[k] ?? '').trim() || undefined
  return {
    apiKey,
    cluster: clusters[0],
    region: str('region'),
    resourceGroup: str('resource-group'),
    timeoutSeconds
  }
}

export interface ExplainIo {
  env: Partial<Record<string, string>>
  log: EngineLog
  language: Language
  /** Standard input as a string (tests), for `-`. */
  stdin?: () => Promise<string>
  /** Standard input as a stream (the CLI), read bounded; preferred over `stdin`. */
  stdinStream?: NodeJS.ReadableStream & {isTTY?: boolean}
  /** Where to say that explain waits for a terminal's input. */
  stderr?: (s: string) => void
  /** Tests shorten the limits. */
  limits?: Partial<Pick<TailLimits, 'tailBytes' | 'streamBytes'>>
  backoffBaseMs?: number
}

/** error-text as given, or the end of error-file ('-' is standard input), within the deadline. */
export async function readErrorTail(
  config: Pick<ExplainConfig, 'errorText' | 'errorFile' | 'language'>,
  io: Pick<ExplainIo, 'stdin' | 'stdinStream' | 'stderr' | 'limits'>,
  signal: AbortSignal
): Promise<Tail> {
  const limits: TailLimits = {
    tailBytes: io.limits?.tailBytes ?? TAIL_BYTES,
    streamBytes: io.limits?.streamBytes ?? STREAM_BYTES,
    signal
  }
  if (config.errorText !== undefined)
    return readStreamTail(
      Readable.from([Buffer.from(config.errorText)]),
      limits
    )
  const file = config.errorFile!
  if (file !== '-') return readFileOrStreamTail(file, limits)
  if (io.stdinStream) {
    if (io.stdinStream.isTTY)
      io.stderr?.(
        `iks-preflight: ${t('explain.stdin-tty', undefined, config.language as LanguageCode)}\n`
      )
    return readStreamTail(io.stdinStream, limits)
  }
  if (!io.stdin)
    throw new InputError(
      'error-file',
      "'-' (standard input) is only for the CLI."
    )
  const text = await io.stdin()
  return readStreamTail(Readable.from([Buffer.from(text)]), limits)
}

/** A finding that says the text was cut and where, so a cause before the cut is not silently missed. */
function cutFinding(tail: Tail, limits: ExplainIo['limits']): Finding {
  const mib = (n: number): string => (n / 1024 / 1024).toFixed(1)
  const kept = limits?.tailBytes ?? TAIL_BYTES
  // At the deadline: nothing written at all, or less than the tail kept, is said as it is (not "2.0 MiB of 0.0 MiB").
  const summary: Msg =
    tail.cut === 'deadline' && tail.bytes === 0
      ? {id: 'explain.cut.deadline-nothing'}
      : tail.cut === 'deadline' && tail.bytes <= kept
        ? {id: 'explain.cut.deadline-whole', params: {read: tail.bytes}}
        : {
            id: `explain.cut.${tail.cut!}`,
            params: {kept: mib(kept), read: mib(tail.bytes)}
          }
  return {
    check: 'explain',
    target: 'account',
    status: 'warn',
    summary,
    why: {id: 'explain.cut.why'}
  }
}

/** Which IKS operation the text shows failing: the live checks of a create differ from the others'. */
function operationOf(x: Explained['extracted']): Operation {
  return x.operation ?? (x.newClusterName ? 'cluster-create' : 'cluster-update')
}

/**
 * What the text names about the operation, on each of its intents: the zone (with nothing else given there,
 * so a zone check such as classic-vlans confirms on it), the flavor, and the version (so kube-version
 * confirms that one and not IKS's default).
 */
function withExtracted(intent: Intent, x: Explained['extracted']): Intent {
  return {
    ...intent,
    clusters: intent.clusters.map(c => ({
      ...c,
      operations: c.operations.map(o => ({
        ...o,
        ...(x.zone !== undefined && {zones: [{zone: x.zone}]}),
        ...(x.flavor !== undefined && {flavor: x.flavor}),
        ...(x.kubeVersion !== undefined && {kubeVersion: x.kubeVersion})
      }))
    }))
  }
}

const NOT_APPLICABLE = new Set([
  'common.not-for-operation',
  'common.not-for-provider'
])

type Verdict = 'confirmed' | 'refuted' | 'unverified'

const VERDICT_OF: Record<Status, Verdict> = {
  fail: 'confirmed',
  warn: 'confirmed',
  pass: 'refuted',
  error: 'unverified',
  skip: 'unverified'
}

/**
 * Run the live checks the text's findings map to, on the cluster the text names (or `cluster`), and
 * say for each text finding whether the account confirms it, refutes it, or the text is all we have.
 */
async function confirm(
  explained: Explained,
  extras: ExplainExtras & {apiKey: string},
  config: Pick<ExplainConfig, 'failOn' | 'language'>,
  io: ExplainIo,
  deadline: Deadline
): Promise<{findings: Finding[]; live: Report | undefined}> {
  const live = new Map<string, (typeof CATALOGUE)[number]>(
    CATALOGUE.map(c => [c.id, c])
  )
  const x = explained.extracted
  // A wait that timed out is looked at on the cluster as it is now: the checks that find why run under
  // cluster-update (none of them applies to a create, which would look for a cluster still to be made).
  const waited = explained.keys.includes('wait-timeout')
  const operation = waited ? WAIT_OPERATION : operationOf(x)
  const cluster =
    extras.cluster ??
    (waited
      ? (x.cluster ?? x.clusterId ?? x.newClusterName)
      : operation === 'cluster-create'
        ? (x.newClusterName ?? x.cluster)
        : x.cluster)
  // A cluster check without a cluster to look at cannot confirm anything: it is named as needing one, not run.
  const runnable = (id: string): boolean =>
    live.has(id) && (cluster !== undefined || live.get(id)!.scope !== 'cluster')
  const checksOf = (i: number): string[] =>
    (explained.confirmWith[i] ?? []).filter(runnable)
  const needsCluster = (i: number): string[] =>
    (explained.confirmWith[i] ?? []).filter(id => live.has(id) && !runnable(id))
  const ids = [
    ...new Set(
      explained.findings.flatMap((f, i) =>
        f.status === 'pass' ? [] : checksOf(i)
      )
    )
  ]
  let report: Report | undefined
  if (ids.length > 0 && deadline.remaining() > 1000) {
    const liveConfig: Config = {
      apiKey: extras.apiKey,
      operation,
      clusters: cluster ? [cluster] : [],
      intent: withExtracted(
        operationOn(operation, cluster ? [cluster] : []),
        x
      ),
      region: extras.region ?? x.region,
      resourceGroup: extras.resourceGroup ?? x.resourceGroup,
      expectedAccountIds: [],
      failOn: config.failOn,
      skipChecks: new Map(),
      timeoutSeconds: Math.max(1, Math.floor(deadline.remaining() / 1000)),
      visibility: 'public',
      maxConcurrency: 8,
      remediate: 'none',
      remediateWaitSeconds: 0,
      language: config.language,
      prComment: false
    }
    report = await runPreflight(liveConfig, {
      env: io.env,
      log: io.log,
      catalogue: CATALOGUE.filter(c => ids.includes(c.id)),
      language: io.language,
      backoffBaseMs: io.backoffBaseMs
    })
  }
  const findings = explained.findings.map((f, i) => {
    if (f.status === 'pass' || explained.confirmWith[i]?.length === 0) return f
    const mine = checksOf(i)
    let line: Msg
    if (mine.length === 0 && needsCluster(i).length > 0) {
      line = {
        id: 'explain.confirm.needs-cluster',
        params: {check: needsCluster(i).join(', ')}
      }
    } else if (mine.length === 0) {
      line = {id: 'explain.confirm.no-live-check'}
    } else if (!report) {
      line = {id: 'explain.confirm.text-only'}
    } else {
      // A check that does not apply to this cluster's provider or this operation says nothing about the cause.
      const seen = report.findings.filter(
        l => mine.includes(l.check) && !NOT_APPLICABLE.has(l.messageId)
      )
      const worst = (['fail', 'warn', 'error', 'skip', 'pass'] as const).find(
        s => seen.some(l => l.status === s)
      )
      const verdict: Verdict = worst ? VERDICT_OF[worst] : 'unverified'
      const shown = seen.find(l => l.status === worst)
      line =
        seen.length === 0 && report.findings.some(l => mine.includes(l.check))
          ? {
              id: 'explain.confirm.not-applicable',
              params: {check: mine.join(', '), target: cluster ?? 'account'}
            }
          : {
              id: `explain.confirm.${verdict}`,
              params: {
                check: shown?.check ?? mine.join(', '),
                live: shown?.summary ?? '',
                target: shown?.target ?? cluster ?? 'account'
              }
            }
    }
    const key = explained.keys[i] ?? ''
    const replaced = afterLiveRead(f, key, report, cluster, x)
    // "Not found" read again: the line says what the read found, in its own direction (a pass finds the cluster).
    const read = deleteRead(key, report, cluster)
    return {
      ...replaced,
      details: [read ?? line, ...(replaced.details ?? [])]
    }
  })
  return {findings, live: report}
}

const DELETE_KEYS = new Set(['already-gone', 'delete-not-found'])

/** What the live cluster-access read found for a delete's "not found": the cluster there, or not there. */
function deleteRead(
  key: string,
  report: Report | undefined,
  cluster: string | undefined
): Msg | undefined {
  if (!DELETE_KEYS.has(key) || cluster === undefined) return undefined
  const access = report?.findings.find(l => l.check === 'cluster-access')
  if (
    access?.status === 'pass' ||
    access?.messageId === 'cluster-access.not-found'
  )
    return {
      id:
        access.status === 'pass'
          ? 'explain.confirm.delete-present'
          : 'explain.confirm.delete-absent',
      params: {check: access.check, target: cluster, live: access.summary}
    }
  return undefined
}

/**
 * "Not found" on a delete, read again live: a cluster the pre-flight finds is there, so the delete targeted
 * another group, region or account (IBM's hint), and nothing may be dropped from the Terraform state; a cluster
 * it does not find is gone.
 */
function afterLiveRead(
  f: Finding,
  key: string,
  report: Report | undefined,
  cluster: string | undefined,
  x: Explained['extracted']
): Finding {
  if (!DELETE_KEYS.has(key)) return f
  const access = report?.findings.find(l => l.check === 'cluster-access')
  if (!access || cluster === undefined) return f
  const code =
    (f.summary.params as Record<string, unknown> | undefined)?.['code'] ??
    'A0006/G0004'
  if (access.status === 'pass')
    return {
      ...f,
      status: 'fail',
      summary: {
        id: 'explain.cluster-access.delete-present',
        params: {cluster, code: String(code)}
      },
      why: {id: 'explain.cluster-access.delete-present.why'},
      fix: (f.fix ?? [])
        .map(step => ({
          ...step,
          commands: step.commands?.filter(
            c => !(c.tool === 'terraform' && c.path.join(' ') === 'state rm')
          )
        }))
        .filter(step => step.commands === undefined || step.commands.length > 0)
    }
  if (
    access.messageId === 'cluster-access.not-found' &&
    key === 'delete-not-found'
  )
    return {
      ...f,
      status: 'warn',
      summary: {
        id: 'explain.cluster-access.gone-live',
        params: {cluster, code: String(code)}
      },
      why: {id: 'explain.cluster-access.gone-live.why'},
      fix: alreadyGoneFix(x)
    }
  return f
}

/** operation explain, end to end: bounded read → text findings → optional live confirmation → Report. */
export async function runExplain(
  config: ExplainConfig,
  raw: RawInputs,
  io: ExplainIo
): Promise<Report> {
  const extras = explainExtras(raw, io.env)
  const deadline = new Deadline(extras.timeoutSeconds * 1000)
  try {
    const tail = await readErrorTail(config, io, deadline.signal)
    const explained = explainText(tail.text, {bytes: tail.bytes})
    let findings = explained.findings
    let live: Report | undefined
    if (extras.apiKey !== undefined) {
      const confirmed = await confirm(
        explained,
        {...extras, apiKey: extras.apiKey},
        config,
        io,
        deadline
      )
      findings = confirmed.findings
      live = confirmed.live
    } else {
      // Without a key nothing is sent; say so on each cause a live check could confirm.
      findings = findings.map((f, i) =>
        f.status === 'pass' || (explained.confirmWith[i] ?? []).length === 0
          ? f
          : {
              ...f,
              details: [
                {id: 'explain.confirm.no-key'} as Msg,
                ...(f.details ?? [])
              ]
            }
      )
    }
    if (tail.cut) findings = [...findings, cutFinding(tail, io.limits)]
    return explainReport(
      {...explained, findings},
      config,
      io.language,
      io.env,
      live
    )
  } finally {
    deadline.dispose()
  }
}
