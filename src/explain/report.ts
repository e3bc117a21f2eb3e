import {readFileSync} from 'node:fs'
import {CATALOGUE} from '../checks/catalogue.js'
import type {Check} from '../checks/types.js'
import {InputError, shown} from '../config/inputs.js'
import type {ExplainConfig} from '../config/types.js'
import type {Language} from '../messages/index.js'
import {buildReport, type Report} from '../report/model.js'
import {checkPages} from '../report/reference.js'
import {explainText, MAX_TEXT} from './explain.js'
import {RULE_CHECKS} from './rules.js'

/** error-text as given, or the content of error-file ('-' reads stdin through `stdin`). */
export async function readErrorText(
  config: Pick<ExplainConfig, 'errorText' | 'errorFile'>,
  stdin?: () => Promise<string>
): Promise<string> {
  if (config.errorText !== undefined) return config.errorText
  const file = config.errorFile!
  if (file === '-') {
    if (!stdin)
      throw new InputError(
        'error-file',
        "'-' (standard input) is only for the CLI."
      )
    return stdin()
  }
  try {
    const text = readFileSync(file, 'utf8')
    return text.length > MAX_TEXT ? text.slice(-MAX_TEXT) : text
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new InputError(
      'error-file',
      `cannot read ${shown(file)} (${code}); give the path of a file with the output of the failed step.`
    )
  }
}

/** operation explain: text → findings → the same Report every channel prints. No request is made. */
export function explainReport(
  text: string,
  config: Pick<ExplainConfig, 'failOn'>,
  language?: Language,
  env: Partial<Record<string, string>> = {}
): Report {
  const started = new Date()
  const {findings} = explainText(text)
  const live = new Map<string, Check>(CATALOGUE.map(c => [c.id, c]))
  const ids = [...new Set(findings.map(f => f.check))]
  const catalogue = ids.map(
    id =>
      live.get(id) ?? {
        id,
        title: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']!).title,
        docs: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']!).docs
      }
  )
  return buildReport({
    config: {operation: 'explain', failOn: config.failOn},
    catalogue,
    findings,
    targets: [],
    startedAt: started,
    durationMs: Date.now() - started.getTime(),
    requests: [],
    language,
    pageOf: checkPages(
      env,
      CATALOGUE.map(c => c.id)
    )
  })
}
