import type {Finding, Msg} from '../findings.js'
import {
  allIncidents,
  contextNear,
  diagnosticsNear,
  extract,
  troubleBefore,
  workersNear,
  type Extracted
} from './extract.js'
import {findCode, findPhrase, normalise, type Normalised} from './normalise.js'
import {cmd} from '../checks/commands.js'
import {cluster as clusterArg, region} from './fixes.js'
import {RULES, type Rule} from './rules.js'

/** Cap on the text explained (characters): every pattern scans it. Input is cut to its end before this (input.ts). */
export const MAX_TEXT = 2 * 1024 * 1024

export interface Explained {
  findings: Finding[]
  extracted: Extracted
  lines: number
  /** For each finding (same index): the live checks that would confirm or refute it. */
  confirmWith: string[][]
}

interface Hit {
  rule: Rule
  positions: number[]
  code?: string
  codes: string[]
}

function match(n: Normalised, rule: Rule): Hit | undefined {
  // Codes first: IBM rewords descriptions across years, the codes stay.
  const codeHits = (rule.codes ?? []).flatMap(c => findCode(n, c))
  const positions = [
    ...codeHits.map(c => c.at),
    ...rule.phrases.flatMap(p => findPhrase(n, p))
  ].sort((a, b) => a - b)
  if (positions.length === 0) return undefined
  if (rule.when && !rule.when(n)) return undefined
  return {
    rule,
    positions,
    code: codeHits.sort((a, b) => a.at - b.at)[0]?.code,
    codes: [...new Set(codeHits.map(c => c.code))]
  }
}

/** The sentence around a match, for messages that quote IBM (cut to keep annotations short). */
function sentenceAt(n: Normalised, p: number): string {
  // Back to the start of the sentence, at most 60 characters ("'Item' must be…", "The IAM token exchange…").
  const from = Math.max(0, p - 60)
  const back = n.text.slice(from, p)
  const bounds = ['. ', ': ', '"', 'FAILED ', '失敗 ', '* ']
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

/** Lines that carry what the text says around a finding: Terraform's resource and file:line, IBM's request ID. */
function contextLines(
  n: Normalised,
  p: number
): {lines: Msg[]; status?: number} {
  const c = contextNear(n, p)
  const lines: Msg[] = []
  if (c.tfAddress && c.tfFile)
    lines.push({
      id: 'explain.detail.terraform',
      params: {address: c.tfAddress, file: c.tfFile}
    })
  else if (c.tfAddress)
    lines.push({
      id: 'explain.detail.terraform-resource',
      params: {address: c.tfAddress}
    })
  else if (c.tfFile)
    lines.push({id: 'explain.detail.terraform-file', params: {file: c.tfFile}})
  if (c.requestId)
    lines.push({id: 'explain.detail.request', params: {id: c.requestId}})
  return {lines, status: c.status}
}

/**
 * Read the output of a failed `ibmcloud ks` command, Terraform run or IKS API call and report every
 * known cause in it, with the live checks' ids and fixes. No network: text in, findings out.
 */
export function explainText(raw: string): Explained {
  const n = normalise(raw.length > MAX_TEXT ? raw.slice(-MAX_TEXT) : raw)
  const x = extract(n)
  const hits = RULES.map(r => match(n, r)).filter(
    (h): h is Hit => h !== undefined
  )
  const matched = new Set(hits.map(h => h.rule.key))
  const kept = hits.filter(h => !h.rule.unless?.some(k => matched.has(k)))
  const causes = kept.filter(h => !h.rule.fallback)
  const blocking = causes.some(h => h.rule.key !== 'linked-normal')
  const used = blocking ? causes : kept
  const findings: Finding[] = []
  const confirmWith: string[][] = []
  for (const hit of used) {
    const first = hit.positions[0]!
    const workers = hit.rule.workers ? workersNear(n, hit.positions) : []
    const outcome = hit.rule.build({
      x,
      workers,
      code: hit.code,
      codes: hit.codes,
      quote: sentenceAt(n, first),
      n,
      at: first,
      troubleBefore: troubleBefore(n, first)
    })
    const target =
      hit.rule.scope === 'cluster'
        ? (x.cluster ?? x.newClusterName ?? 'cluster')
        : 'account'
    const context = contextLines(n, first)
    const diagnostics =
      outcome.status === 'pass'
        ? undefined
        : {
            ...(context.status === undefined ? {} : {status: context.status}),
            ...diagnosticsNear(n, first, hit.code)
          }
    findings.push({
      ...outcome,
      check: hit.rule.check,
      target,
      details:
        outcome.status === 'pass'
          ? outcome.details
          : [...(outcome.details ?? []), ...context.lines],
      ibm:
        diagnostics && Object.keys(diagnostics).length > 0
          ? diagnostics
          : undefined
    })
    // A code no check covers names no check, so nothing can confirm it live.
    confirmWith.push(
      hit.rule.check === 'explain'
        ? []
        : [...(hit.rule.confirm ?? [hit.rule.check])]
    )
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
    confirmWith.push([])
  }
  return {findings, extracted: x, lines: n.lines, confirmWith}
}
