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

/** inputs → facts from IBM → findings → one report. The output channels are the callers' business. */
export async function runPreflight(
  config: Config,
  opts: RunOptions
): Promise<Report> {
  registerSecret(config.apiKey)
  const catalogue = opts.catalogue ?? CATALOGUE
  const started = new Date()
  const deadline = new Deadline(config.timeoutSeconds * 1000)
  const http = new HttpClient({
    deadline,
    maxConcurrency: config.maxConcurrency,
    userAgent: `${TOOL_NAME}/${VERSION}`,
    debug: opts.log.debug,
    backoffBaseMs: opts.backoffBaseMs
  })
  try {
    const facts = new Facts(
      config,
      resolveEndpoints(opts.env, config.visibility, config.region),
      http
    )
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
    const {identity, targets} = await learnt(facts, config, deadline)
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
