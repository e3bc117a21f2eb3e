import * as core from './github/core.js'
import {tmpdir} from 'node:os'
import {CHECK_IDS} from './checks/ids.js'
import {
  InputError,
  isExplain,
  parseConfig,
  preloadPlan,
  parseExplainConfig,
  schematicsPlanOf,
  secretInputs,
  type RawInputs
} from './config/inputs.js'
import {EXPLAIN, INPUT_NAMES} from './config/types.js'
import {
  loadLanguage,
  supportedLanguage,
  t,
  type Language
} from './messages/index.js'
import {renderStopSummary} from './report/stop.js'
import {onSecret, redact, registerSecret} from './secrets.js'
import {TOOL_NAME, VERSION} from './version.js'

/** The `result` output when no report exists: a bad input, or an internal error. */
export const RESULT_ERROR = 'error'

async function writeSummary(html: string): Promise<void> {
  try {
    await core.summary.addRaw(html, true).write()
  } catch (e) {
    // Outside a runner (local runs) there is no summary file: the annotations and outputs still stand.
    core.debug(
      `job summary not written: ${e instanceof Error ? e.message : String(e)}`
    )
  }
}

/** Set when GITHUB_OUTPUT could not be written: said once, clearly, at the end of the run. */
let outputProblem: string | undefined

/** Every output is set on every exit path, so `steps.x.outputs.result == 'error'` can be tested. */
function setOutputs(o: {
  result: string
  failedChecks?: string[]
  blockedChecks?: string[]
  unverifiedChecks?: string[]
  warnedChecks?: string[]
  accountId?: string
  reportPath?: string
}): void {
  try {
    core.setOutput('result', o.result)
    core.setOutput('failed-checks', (o.failedChecks ?? []).join(','))
    // Blockers apart from "could not verify": a workflow retries IBM's transient errors and stops on blockers.
    core.setOutput('blocked-checks', (o.blockedChecks ?? []).join(','))
    core.setOutput('unverified-checks', (o.unverifiedChecks ?? []).join(','))
    core.setOutput('warned-checks', (o.warnedChecks ?? []).join(','))
    core.setOutput('account-id', o.accountId ?? '')
    core.setOutput('report-path', o.reportPath ?? '')
  } catch (e) {
    // A runner's GITHUB_OUTPUT that cannot be written (deleted, read-only, a folder): a clear line, no stack.
    const reason =
      (e as {code?: string}).code ??
      redact(e instanceof Error ? e.message : String(e))
    outputProblem = `iks-preflight: the step outputs could not be written to GITHUB_OUTPUT (${process.env['GITHUB_OUTPUT']}): ${reason}. The annotations and the job summary hold the result; steps that read this step's outputs will see none.`
  }
}

/** The GitHub Action: inputs → run → annotations, summary, outputs, JSON report; one setFailed. */
export async function run(): Promise<void> {
  const started = Date.now()
  // Mask every secret the moment it is known: the key now, IAM tokens as they arrive.
  onSecret(s => core.setSecret(s))
  let language: Language = 'en'
  try {
    const raw: RawInputs = {}
    for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
    for (const secret of secretInputs(raw, process.env)) registerSecret(secret)
    // A language other than English loads its catalogue (its own chunk) before anything is rendered in it.
    const asked = supportedLanguage(raw['language']?.trim())
    await loadLanguage(asked)
    language = asked

    // operation explain reads a failed run's output instead of asking IBM Cloud: no API key, no request.
    const config = isExplain(raw)
      ? parseExplainConfig(raw)
      : parseConfig(
          raw,
          CHECK_IDS,
          process.env,
          await preloadPlan(raw),
          await schematicsPlanOf(raw, process.env, {
            userAgent: `${TOOL_NAME}/${VERSION}`,
            debug: d => core.debug(redact(d))
          })
        )
    await loadLanguage(supportedLanguage(config.language))
    language = supportedLanguage(config.language)
    core.debug(
      `operation=${config.operation} fail-on=${config.failOn} language=${config.language} pr-comment=${config.prComment}`
    )

    // The runner shows debug lines only with step debugging on (RUNNER_DEBUG=1); otherwise each line
    // (one per request) would still be redacted and written to stdout for nothing.
    const debug = core.isDebug()
      ? (d: string): void => core.debug(redact(d))
      : (): void => undefined
    // Each mode loads only its own code (explain mode needs no HTTP client, a run no explain rules).
    const report =
      config.operation === EXPLAIN
        ? await import('./explain/run.js').then(m =>
            m.runExplain(config, raw, {
              env: process.env,
              log: {debug},
              language
            })
          )
        : await import('./run.js').then(m =>
            m.runPreflight(config, {
              env: process.env,
              log: {
                debug,
                info: i => core.info(redact(i))
              },
              language
            })
          )
    // What the action does with a report loads after it, like the engine (not on a start that stops early).
    const {
      inputNotices,
      planAnnotations,
      renderSummary,
      resultLine,
      summaryProblemsShown,
      writeJsonReport
    } = await import('./action-output.js')

    if (config.operation !== EXPLAIN)
      for (const n of inputNotices(config, report, language, process.env))
        core.warning(redact(n), {title: 'iks-preflight input'})
    // "N more in the job summary" counts what this run's summary shows (report-detail, 1 MiB cut).
    for (const a of planAnnotations(
      report,
      summaryProblemsShown(report, undefined, config.reportDetail)
    )) {
      if (a.type === 'error') core.error(a.message, {title: a.title})
      else core.warning(a.message, {title: a.title})
    }
    let reportPath = ''
    try {
      reportPath = writeJsonReport(
        report,
        process.env['RUNNER_TEMP'] || tmpdir()
      )
    } catch (e) {
      // report-path names only a file that exists; the summary and annotations carry the findings.
      core.warning(
        `iks-preflight: the JSON report was not written (${redact(e instanceof Error ? e.message : String(e))}); report-path is empty.`
      )
    }
    await writeSummary(renderSummary(report, undefined, config.reportDetail))
    // Outputs before the PR comment: a slow GitHub API must not hold them back.
    setOutputs({
      result: report.result,
      failedChecks: report.failedChecks,
      blockedChecks: report.blockedChecks,
      unverifiedChecks: report.unverifiedChecks,
      warnedChecks: report.warnedChecks,
      accountId: report.identity?.accountId,
      reportPath
    })
    if (config.prComment)
      await import('./github/pr-comment.js').then(m =>
        m.postPrComment(
          report,
          config.githubToken,
          process.env,
          core,
          config.timeoutSeconds * 1000 - (Date.now() - started),
          config.reportDetail
        )
      )
    const n = report.requests.total
    core.info(
      `${resultLine(report)} ${t(n === 1 ? 'report.log-line.one' : 'report.log-line', {requests: n, seconds: (report.durationMs / 1000).toFixed(1), path: reportPath || '-'}, language)}`
    )

    if (report.jobFailed) {
      const failed =
        report.result === 'fail' ? report.failedChecks : report.warnedChecks
      core.setFailed(
        `iks-preflight: ${resultLine(report)}${failed.length > 0 ? ` ${t('report.failed-checks', {checks: failed.join(', ')}, language)}` : ''}`
      )
    }
  } catch (e) {
    const input = e instanceof InputError
    const message = input
      ? e.message
      : t(
          'report.internal-error',
          {message: redact(e instanceof Error ? e.message : String(e))},
          language
        )
    if (!input && e instanceof Error && e.stack) core.debug(redact(e.stack))
    setOutputs({result: RESULT_ERROR})
    await writeSummary(
      renderStopSummary(
        input ? 'input-error' : 'internal-error',
        `iks-preflight: ${message}`,
        language
      )
    )
    core.setFailed(`iks-preflight: ${message}`)
  }
  if (outputProblem !== undefined) {
    core.setFailed(outputProblem)
    outputProblem = undefined
  }
}
