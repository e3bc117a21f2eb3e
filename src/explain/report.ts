import {CATALOGUE} from '../checks/catalogue.js'
import type {ExplainConfig} from '../config/types.js'
import type {Language} from '../messages/index.js'
import {buildReport, type Report} from '../report/model.js'
import {checkPages} from '../report/reference.js'
import {explainText, type Explained} from './explain.js'
import {RULE_CHECKS} from './rules.js'

/**
 * operation explain: findings → the same Report every channel prints. Text in means no request; the
 * requests and identity shown are those of the live confirmation, when one ran.
 */
export function explainReport(
  input: string | Pick<Explained, 'findings'>,
  config: Pick<ExplainConfig, 'failOn'>,
  language?: Language,
  env: Partial<Record<string, string>> = {},
  live?: Report
): Report {
  const started = new Date()
  const {findings} = typeof input === 'string' ? explainText(input) : input
  const checks = new Map(CATALOGUE.map(c => [c.id, c]))
  const ids = [...new Set(findings.map(f => f.check))]
  const catalogue = ids.map(
    id =>
      checks.get(id) ?? {
        id,
        title: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']!).title,
        docs: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']!).docs
      }
  )
  const report = buildReport({
    config: {operation: 'explain', failOn: config.failOn},
    catalogue,
    findings,
    identity: live?.identity,
    targets: live?.targets ?? [],
    startedAt: started,
    durationMs: Date.now() - started.getTime() + (live?.durationMs ?? 0),
    requests: [],
    language,
    pageOf: checkPages(
      env,
      CATALOGUE.map(c => c.id)
    )
  })
  return live ? {...report, requests: live.requests} : report
}
