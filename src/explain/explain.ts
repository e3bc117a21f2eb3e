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
import {cmd} from '../commands/ibmcloud.js'
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
  /** For each finding (same index): the key of the rule that made it ('' for explain's own notes). */
  keys: string[]
}

/**
 * IBM context: a rule names a cause only when the text is IBM's (an IKS/IAM code, an IBM host, the
 * `ibmcloud` CLI, an IBM provider resource, an IKS/VPC/IAM error envelope). Another cloud's sentence that
 * reads the same (AWS's or Azure's "not authorized to access the Key Management Service") names nothing.
 */
const IBM_CONTEXT = new RegExp(
  [
    '\\bBXNIM\\d{4}E\\b',
    '\\bNHC0\\d\\d\\b',
    // IKS's error envelope: {"incidentID": …, "code": "E0057", "description": …}
    'incident_?ID',
    '"code"\\s*:\\s*"[AEGP][0-9a-f]{4}"',
    '\\([AEGP][0-9a-f]{4}\\)',
    '\\bibmcloud\\b',
    '\\bibm_[a-z][a-z0-9_]+',
    'ibm-cloud/ibm\\b',
    'terraform-provider-ibm',
    '\\bcloud\\.ibm\\.com\\b',
    '\\bappdomain\\.cloud\\b',
    '\\bsoftlayer\\b',
    '\\bIBM[ _]Cloud\\b',
    '\\bIBM\\b',
    '\\bIKS\\b',
    '\\bcontainers-kubernetes\\b',
    "'(?:vpc-gen2|classic|<provider>)' infrastructure",
    '\\bErrors? message from IAM\\b',
    '\\bkube-[a-z0-9]{20}\\b',
    '\\biks-[a-z0-9]{20,32}\\b',
    '\\bkube-[a-z]{3}\\d{2}-cr[a-z0-9]{20,32}-w\\d+',
    '\\bSchematics\\b',
    // The IKS Go SDK's and the IBM Cloud CLI's error wrappers.
    '\\bServerErrorResponse\\b',
    'Error response from server\\. Status code',
    // The Japanese CLI's label for IBM's incident ID (the word alone is everyday Japanese).
    'インシデント\\s*ID'
  ].join('|'),
  'i'
)

/** Whether the text carries IBM context (see IBM_CONTEXT); rules fire only then. */
export const ibmContext = (n: Normalised): boolean => IBM_CONTEXT.test(n.text)

/** Bytes that no log has: NUL and other C0 controls beyond tab, newline, carriage return, form feed and escape. */
// eslint-disable-next-line no-control-regex -- control characters are the target
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g

/**
 * A file of bytes, not text: after NULs are dropped (a sparse or zero-padded log keeps its text), nothing is
 * left, or more than one character in a hundred is a control character or an undecodable byte (U+FFFD).
 */
export function looksBinary(raw: string): boolean {
  if (!raw.includes('\u0000') && !raw.includes('\ufffd')) {
    const controls = raw.slice(0, 65536).match(BINARY)?.length ?? 0
    return controls * 100 > Math.min(raw.length, 65536)
  }
  const text = raw.split('\u0000').join('')
  if (text.trim() === '') return true
  const sample = text.slice(0, 65536)
  const odd =
    (sample.match(BINARY)?.length ?? 0) + (sample.match(/\ufffd/g)?.length ?? 0)
  return odd * 100 > sample.length
}

interface Hit {
  rule: Rule
  positions: number[]
  code?: string
  codes: string[]
}

function match(n: Normalised, rule: Rule, anchored: boolean): Hit | undefined {
  // Codes first: IBM rewords descriptions across years, the codes stay.
  const codeHits = (rule.codes ?? []).flatMap(c => findCode(n, c))
  const positions = [
    ...codeHits.map(c => c.at),
    ...rule.phrases.flatMap(p => findPhrase(n, p)),
    // A wording another cloud could print names IBM's cause only in IBM's context.
    ...(anchored
      ? (rule.contextPhrases ?? []).flatMap(p => findPhrase(n, p))
      : [])
  ].sort((a, b) => a - b)
  if (positions.length === 0) return undefined
  if (rule.when && !rule.when(n, positions[0]!)) return undefined
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
  // Terraform's own lines after the message (its box, `on main.tf line 9`, `with <address>,`) are not IBM's words.
  const ends = [
    rest.search(/[."]\s|"|$/),
    rest.search(
      / (?:[│╵╷] |on \S+\.tf(?:\.json)? line \d+|with (?:module\.|data\.)?[a-z0-9_]+\.)/
    )
  ].filter(i => i > 0)
  const end = ends.length > 0 ? Math.min(...ends) : -1
  return n.text
    .slice(start, p + (end === -1 ? rest.length : end))
    .trim()
    .slice(0, 300)
}

/**
 * The sentence a finding quotes: around the first match, unless that is the bare code (a JSON envelope's
 * `"code":"E60b6"`), when IBM's words at the first wording match say more.
 */
function quoteAt(n: Normalised, hit: Hit): string {
  const first = sentenceAt(n, hit.positions[0]!)
  if (hit.code === undefined || first.length > hit.code.length + 2) return first
  const codeAt = new Set(hit.codes.flatMap(c => findCode(n, c).map(h => h.at)))
  const wording = hit.positions.find(p => !codeAt.has(p))
  return wording === undefined ? first : sentenceAt(n, wording)
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
export function explainText(
  raw: string,
  input: {bytes?: number} = {}
): Explained {
  // The bytes read, not the decoded text's UTF-8 length (each undecodable byte became a 3-byte U+FFFD).
  const bytes = input.bytes ?? Buffer.byteLength(raw)
  if (looksBinary(raw)) return binaryOrEmpty(bytes, 'binary')
  // NUL padding (a sparse or truncated log) is not text; the text around it is explained.
  const text = raw.includes('\u0000') ? raw.split('\u0000').join('') : raw
  if (text.trim() === '') return binaryOrEmpty(bytes, 'empty')
  const n = normalise(text.length > MAX_TEXT ? text.slice(-MAX_TEXT) : text)
  const anchored = ibmContext(n)
  const x = extract(n, anchored)
  const hits = RULES.map(r => match(n, r, anchored)).filter(
    (h): h is Hit => h !== undefined
  )
  const matched = new Set(hits.map(h => h.rule.key))
  const kept = hits.filter(h => !h.rule.unless?.some(k => matched.has(k)))
  const causes = kept.filter(h => !h.rule.fallback)
  const blocking = causes.some(h => h.rule.key !== 'linked-normal')
  const used = blocking ? causes : kept
  const findings: Finding[] = []
  const confirmWith: string[][] = []
  const keys: string[] = []
  for (const hit of used) {
    keys.push(hit.rule.key)
    const first = hit.positions[0]!
    const workers = hit.rule.workers ? workersNear(n, hit.positions) : []
    const outcome = hit.rule.build({
      x,
      workers,
      code: hit.code,
      codes: hit.codes,
      quote: quoteAt(n, hit),
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
      summary: anchored
        ? {id: 'explain.nothing-recognised', params: {lines: n.lines}}
        : {id: 'explain.not-ibm', params: {lines: n.lines}},
      why: {id: 'explain.nothing-recognised.why'},
      fix: [
        {
          text: {id: 'explain.nothing-recognised.fix'},
          commands: [
            cmd.preflight({
              operation: x.operation ?? '<operation>',
              provider: x.provider,
              cluster: clusterArg(x),
              region: region(x)
            })
          ]
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
    keys.push('')
  }
  return {findings, extracted: x, lines: n.lines, confirmWith, keys}
}

/** Input that is not text (a binary file) or nothing at all (an empty file, a FIFO nobody wrote to) is said as such. */
function binaryOrEmpty(bytes: number, kind: 'binary' | 'empty'): Explained {
  return {
    findings: [
      {
        check: 'explain',
        target: 'account',
        status: 'warn',
        summary:
          kind === 'binary'
            ? {
                id: 'explain.input.binary',
                params: {bytes}
              }
            : {id: 'explain.input.empty'},
        why: {id: `explain.input.${kind}.why`}
      }
    ],
    extracted: {},
    lines: 0,
    confirmWith: [[]],
    keys: ['']
  }
}
