import * as core from '@actions/core'
import {tmpdir} from 'node:os'
import {CHECK_IDS} from './checks/catalogue.js'
import {
  InputError,
  isExplain,
  parseConfig,
  parseExplainConfig,
  secretInputs,
  type RawInputs
} from './config/inputs.js'
import {EXPLAIN, INPUT_NAMES} from './config/types.js'
import {runExplain} from './explain/run.js'
import {postPrComment} from './github/pr-comment.js'
import {supportedLanguage, t, type Language} from './messages/index.js'
import {planAnnotations} from './report/annotations.js'
import {writeJsonReport} from './report/json.js'
import {renderSummary, resultLine} from './report/summary.js'
import {runPreflight} from './run.js'
import {onSecret, redact, registerSecret} from './secrets.js'

/** The GitHub Action: inputs → run → annotations, summary, outputs, JSON report; one setFailed. */
export async function run(): Promise<void> {
  // Mask every secret the moment it is known: the key now, IAM tokens as they arrive.
  onSecret(s => core.setSecret(s))
  let language: Language = 'en'
  try {
    const raw: RawInputs = {}
    for (const name of INPUT_NAMES) raw[name] = core.getInput(name)
    for (const secret of secretInputs(raw, process.env)) registerSecret(secret)

    // operation explain reads a failed run's output instead of asking IBM Cloud: no API key, no request.
    const config = isExplain(raw)
      ? parseExplainConfig(raw)
      : parseConfig(raw, CHECK_IDS, process.env)
    language = supportedLanguage(config.language)
    core.debug(
      `operation=${config.operation} fail-on=${config.failOn} language=${config.language} pr-comment=${config.prComment}`
    )

    const report =
      config.operation === EXPLAIN
        ? await runExplain(config, raw, {
            env: process.env,
            log: {debug: m => core.debug(redact(m))},
            language
          })
        : await runPreflight(config, {
            env: process.env,
            log: {debug: m => core.debug(redact(m))},
            language
          })

    for (const a of planAnnotations(report)) {
      if (a.type === 'error') core.error(a.message, {title: a.title})
      else core.warning(a.message, {title: a.title})
    }
    const reportPath = writeJsonReport(
      report,
      process.env['RUNNER_TEMP'] || tmpdir()
    )
    try {
      await core.summary.addRaw(renderSummary(report), true).write()
    } catch (e) {
      // Outside a runner (local runs) there is no summary file: the annotations and report still stand.
      core.debug(
        `job summary not written: ${e instanceof Error ? e.message : String(e)}`
      )
    }
    if (config.prComment)
      await postPrComment(report, config.githubToken, process.env, core)
    core.setOutput('result', report.result)
    core.setOutput('failed-checks', report.failedChecks.join(','))
    core.setOutput('warned-checks', report.warnedChecks.join(','))
    core.setOutput('account-id', report.identity?.accountId ?? '')
    core.setOutput('report-path', reportPath)
    core.info(
      `${resultLine(report)} ${t('report.log-line', {requests: report.requests.total, seconds: (report.durationMs / 1000).toFixed(1), path: reportPath}, language)}`
    )

    if (report.jobFailed) {
      const failed =
        report.result === 'fail' ? report.failedChecks : report.warnedChecks
      core.setFailed(
        `iks-preflight: ${resultLine(report)} ${t('report.failed-checks', {checks: failed.join(', ')}, language)}`
      )
    }
  } catch (e) {
    if (e instanceof InputError) {
      core.setFailed(`iks-preflight: ${e.message}`)
      return
    }
    const message = e instanceof Error ? e.message : String(e)
    if (e instanceof Error && e.stack) core.debug(redact(e.stack))
    core.setFailed(
      `iks-preflight: ${t('report.internal-error', {message: redact(message)}, language)}`
    )
  }
}
