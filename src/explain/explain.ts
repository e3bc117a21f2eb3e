import type {Finding} from '../findings.js'
import {
  allIncidents,
  diagnosticsNear,
  extract,
  workersNear,
  type Extracted
} from './extract.js'
import {findCode, findPhrase, normalise, type Normalised} from './normalise.js'
import {cmd} from '../commands/ibmcloud.js'
import {cluster as clusterArg, region} from './fixes.js'
import {RULES, type Rule} from './rules.js'

/** Cap on the text read: a whole CI log can be large, and every pattern scans it. */
export const MAX_TEXT = 2 * 1024 * 1024

export interface Explained {
  findings: Finding[]
  extracted: Extracted
  lines: number
}

interface Hit {
  rule: Rule
  positions: number[]
  code?: string
  codes: string[]
}

function match(n: Normalised, rule: Rule): Hit | undefined {
  const codeHits = (rule.codes ?? []).flatMap(c => findCode(n, c))
  const positions = [
    ...rule.phrases.flatMap(p => findPhrase(n, p)),
    ...codeHits.map(c => c.at)
  ].sort((a, b) => a - b)
  if (positions.length === 0) return undefined
  return {
    rule,
    positions,
    code: codeHits[0]?.code,
    codes: [...new Set(codeHits.map(c => c.code))]
  }
}

/** The sentence around a match, for messages that quote IBM (cut to keep annotations short). */
function sentenceAt(n: Normalised, p: number): string {
  // Back to the start of the sentence, at most 60 characters ("'Item' must be…", "The IAM token exchange…").
  const from = Math.max(0, p - 60)
  const back = n.text.slice(from, p)
  const bounds = ['. ', ': ', '"', 'FAILED ', '失敗 ']
    .filter(b => back.includes(b))
    .map(b => from + back.lastIndexOf(b) + b.length)
  const start = bounds.length > 0 ? Math.max(...bounds) : p
  const rest = n.text.slice(p)
  const end = rest.search(/[."]\s|"|$/)
  return n.text
    .slice(start, p + (end === -1 ? rest.length : end))
    .trim()
    .slice(0, 300)
}

/**
 * Read the output of a failed `ibmcloud ks` command, Terraform run or IKS API call and report every
 * known blocker in it, with the live checks' ids and fixes. No network: text in, findings out.
 */
export function explainText(raw: string): Explained {
  const n = normalise(raw.length > MAX_TEXT ? raw.slice(-MAX_TEXT) : raw)
  const x = extract(n)
  const hits = RULES.map(r => match(n, r)).filter(
    (h): h is Hit => h !== undefined
  )
  const matched = new Set(hits.map(h => h.rule.key))
  const findings: Finding[] = []
  for (const hit of hits) {
    if (hit.rule.unless?.some(k => matched.has(k))) continue
    const first = hit.positions[0]!
    const workers = hit.rule.workers ? workersNear(n, hit.positions) : []
    const outcome = hit.rule.build({
      x,
      workers,
      code: hit.code,
      codes: hit.codes,
      quote: sentenceAt(n, first)
    })
    const target =
      hit.rule.scope === 'cluster'
        ? (x.cluster ?? x.newClusterName ?? 'cluster')
        : 'account'
    findings.push({
      ...outcome,
      check: hit.rule.check,
      target,
      ibm:
        outcome.status === 'pass'
          ? undefined
          : diagnosticsNear(n, first, hit.code)
    })
  }
  if (!findings.some(f => f.status !== 'pass')) {
    const incidents = allIncidents(n)
    findings.push({
      check: 'explain',
      target: 'account',
      status: 'warn',
      summary: {id: 'explain.nothing-recognised', params: {lines: n.lines}},
      why: {id: 'explain.nothing-recognised.why'},
      fix: [
        {
          text: {id: 'explain.nothing-recognised.fix'},
          commands: [cmd.preflight('<operation>', clusterArg(x), region(x))]
        },
        ...incidents.slice(0, 3).map(incidentID => ({
          text: {
            id: 'explain.nothing-recognised.incident' as const,
            params: {incidentID}
          }
        }))
      ]
    })
  }
  return {findings, extracted: x, lines: n.lines}
}
