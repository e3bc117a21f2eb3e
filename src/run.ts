import {CATALOGUE} from './checks/catalogue.js'
import type {Check} from './checks/types.js'
import type {Config} from './config/types.js'
import {runChecks, type EngineLog} from './engine.js'
import {Facts} from './facts.js'
import {Deadline} from './ibm/deadline.js'
import {resolveEndpoints} from './ibm/endpoints.js'
import {HttpClient} from './ibm/http.js'
import {supportedLanguage, type Language} from './messages/index.js'
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
    const findings = await runChecks(
      catalogue,
      config,
      facts,
      deadline,
      opts.log
    )
    // Both were fetched by the checks; here they are only read back for the report.
    const identity = deadline.expired
      ? undefined
      : await facts.identity().catch(() => undefined)
    const targets = await Promise.all(
      config.clusters.map(async ref =>
        deadline.expired ? {ref} : await facts.target(ref).catch(() => ({ref}))
      )
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
