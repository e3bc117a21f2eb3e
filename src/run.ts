import {CATALOGUE} from './checks/catalogue.js'
import type {Check} from './checks/types.js'
import type {Config} from './config/types.js'
import {runChecks, type EngineLog} from './engine.js'
import {Facts, identityKind, type Identity, type TargetInfo} from './facts.js'
import {Deadline} from './ibm/deadline.js'
import {resolveEndpoints} from './ibm/endpoints.js'
import {HttpClient} from './ibm/http.js'
import type {IamToken} from './ibm/iam.js'
import {supportedLanguage, type Language} from './messages/index.js'
import {remediate} from './remediate/index.js'
import {buildReport, type Report} from './report/model.js'
import {checkPages} from './report/reference.js'
import {registerSecret} from './secrets.js'
import {TOOL_NAME, VERSION} from './version.js'

export interface RunOptions {
  env: Partial<Record<string, string>>
  log: EngineLog
  catalogue?: readonly Check[]
  /** Defaults to config.language. */
  language?: Language
  /** Tests shorten retry waits with this. */
  backoffBaseMs?: number
}

/**
 * Who the key is and where each cluster lives, for the report. After the deadline nothing new is
 * asked: what did arrive (the token's claims, a cluster read) is still reported.
 */
async function learnt(
  facts: Facts,
  config: Config,
  deadline: Deadline
): Promise<{identity?: Identity; targets: Report['targets']}> {
  const identity = deadline.expired
    ? await facts.settled<Identity>('identity')
    : await facts.identity().catch(() => undefined)
  const fallback =
    identity ??
    (await facts.settled<IamToken>('token').then(token => {
      if (token === undefined) return undefined
      const c = token.claims
      return {
        accountId: c.accountId,
        iamId: c.iamId,
        kind: identityKind(c.iamId),
        name: c.name,
        email: c.email
      } satisfies Identity
    }))
  const targets = await Promise.all(
    config.clusters.map(async ref =>
      deadline.expired
        ? ((await facts.settled<TargetInfo>(`target:${ref}`)) ?? {ref})
        : await facts.target(ref).catch(() => ({ref}))
    )
  )
  return {identity: fallback, targets}
}

/**
 * A cluster given twice, by name and by ID, is checked once: the first ref stands for the others, which
 * the report marks `sameAs`. With one ref there is nothing to compare and no look-up is made here.
 */
async function distinctClusters(
  facts: Facts,
  refs: readonly string[]
): Promise<{clusters: string[]; sameAs: Map<string, string>}> {
  const sameAs = new Map<string, string>()
  if (refs.length < 2) return {clusters: [...refs], sameAs}
  const ids = await Promise.all(
    refs.map(ref =>
      facts.target(ref).then(
        t => (t.kind === 'existing' ? t.id : undefined),
        () => undefined
      )
    )
  )
  const firstById = new Map<string, string>()
  const clusters: string[] = []
  refs.forEach((ref, i) => {
    const id = ids[i]
    const first = id === undefined ? undefined : firstById.get(id)
    if (first !== undefined) {
      sameAs.set(ref, first)
      return
    }
    if (id !== undefined) firstById.set(id, ref)
    clusters.push(ref)
  })
  return {clusters, sameAs}
}

/** inputs → facts from IBM → findings → one report. The output channels are the callers' business. */
export async function runPreflight(
  given: Config,
  opts: RunOptions
): Promise<Report> {
  registerSecret(given.apiKey)
  const catalogue = opts.catalogue ?? CATALOGUE
  const started = new Date()
  const deadline = new Deadline(given.timeoutSeconds * 1000)
  const http = new HttpClient({
    deadline,
    maxConcurrency: given.maxConcurrency,
    userAgent: `${TOOL_NAME}/${VERSION}`,
    debug: opts.log.debug,
    backoffBaseMs: opts.backoffBaseMs
  })
  try {
    const facts = new Facts(
      given,
      resolveEndpoints(opts.env, given.visibility, given.region),
      http
    )
    const {clusters, sameAs} = await distinctClusters(facts, given.clusters)
    const config: Config = {...given, clusters}
    const checked = await runChecks(
      catalogue,
      config,
      facts,
      deadline,
      opts.log
    )
    // Writes (opt-in) come after every read, then the checks they affect run again on fresh facts.
    const findings = await remediate({
      config,
      facts,
      findings: checked,
      recheck: (fresh, ids, target) =>
        runChecks(
          catalogue,
          config,
          fresh,
          deadline,
          opts.log,
          catalogue
            .filter(c => ids.includes(c.id))
            .map(check => ({check, target}))
        )
    })
    const learned = await learnt(facts, given, deadline)
    const identity = learned.identity
    const targets = learned.targets.map(x =>
      sameAs.has(x.ref) ? {...x, sameAs: sameAs.get(x.ref)} : x
    )
    return buildReport({
      config,
      catalogue,
      findings,
      identity,
      targets,
      startedAt: started,
      durationMs: Date.now() - started.getTime(),
      requests: http.records,
      language: opts.language ?? supportedLanguage(config.language),
      pageOf: checkPages(
        opts.env,
        catalogue.map(c => c.id)
      )
    })
  } finally {
    deadline.dispose()
    http.close()
  }
}
