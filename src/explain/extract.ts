import type {Operation} from '../config/types.js'
import type {IbmDiagnostics} from '../findings.js'
import type {Normalised} from './normalise.js'

/** Values a fix needs, read from the text when it has them; undefined means "use a placeholder". */
export interface Extracted {
  region?: string
  cluster?: string
  /** From an `iks-<ID>` gateway name or a worker ID: the cluster's ID. */
  clusterId?: string
  /** The name given to `cluster create --name`. */
  newClusterName?: string
  resourceGroup?: string
  /** A VPC zone (us-south-1) or classic data center (dal10) the run named. */
  zone?: string
  /** The IKS operation the text shows failing, when it says (Terraform's verbs, `ibmcloud ks` commands). */
  operation?: Operation
  /** The flavor (machine type) the run ordered: `--flavor`, `--machine-type`, Terraform `flavor` / `machine_type`. */
  flavor?: string
  /** The version the run asked for: `--version` / `--kube-version`, or Terraform's `kube_version`. */
  kubeVersion?: string
  /** The infrastructure provider the text shows: `cluster create vpc-gen2`, `--provider`, an `ibm_container_vpc_…` resource. */
  provider?: 'classic' | 'vpc-gen2'
  /** The worker pool Terraform names in `[id=<cluster>/<pool>]`, or `--worker-pool`. */
  pool?: string
  /** The subnet an IKS message names, `(ID:0717-…)`. */
  subnetId?: string
  /** The Terraform resource address of the failing resource (`with <address>,`). */
  tfAddress?: string
  /** The text is (or holds) a Terraform run: only then may a fix touch the Terraform state. */
  terraform?: boolean
}

const REGIONS = [
  'us-south',
  'us-east',
  'eu-de',
  'eu-gb',
  'eu-es',
  'eu-fr2',
  'jp-tok',
  'jp-osa',
  'au-syd',
  'ca-tor',
  'ca-mon',
  'br-sao',
  'in-che'
]
const NAME = '([A-Za-z0-9][A-Za-z0-9._-]{0,99})'
const first = (text: string, res: RegExp[]): string | undefined => {
  for (const re of res) {
    const m = re.exec(text)
    if (m?.[1]) return m[1]
  }
  return undefined
}

// Classic zones (dal10, fra02, tok04…) name their region.
const ZONE_REGION: Record<string, string> = {
  dal: 'us-south',
  hou: 'us-south',
  sjc: 'us-south',
  wdc: 'us-east',
  fra: 'eu-de',
  par: 'eu-de',
  ams: 'eu-de',
  mil: 'eu-de',
  lon: 'eu-gb',
  mad: 'eu-es',
  tok: 'jp-tok',
  osa: 'jp-osa',
  syd: 'au-syd',
  tor: 'ca-tor',
  mon: 'ca-mon',
  sao: 'br-sao',
  che: 'in-che'
}
function classicZoneRegion(text: string): string | undefined {
  const m =
    /(?:--zone[ =]+|\bkube-)([a-z]{3})\d{2}\b/.exec(text) ??
    /\b(dal|wdc|fra|lon|tok|osa|syd|tor|sao|mad|che)\d{2}\b/.exec(text)
  return m ? ZONE_REGION[m[1]!] : undefined
}

/**
 * Another cloud's identifiers that hold a region-like token: AWS ARNs and hosts (`us-east-1` there is AWS's
 * region, not IBM's us-east or its zone). Blanked before any region or zone is read.
 */
const ARN = /\barn:aws[\w-]*:[^\s"'<>]*/gi
const blank = (m: string): string => ' '.repeat(m.length)
/** The text with AWS ARNs and `….amazonaws.com` host names blanked (a scan, not a backtracking pattern). */
function withoutForeign(text: string): string {
  const out = text.replace(ARN, blank)
  const lower = out.toLowerCase()
  const host = '.amazonaws.com'
  const parts: string[] = []
  let done = 0
  for (
    let at = lower.indexOf(host);
    at !== -1;
    at = lower.indexOf(host, at + 1)
  ) {
    let start = at
    while (start > done && /[\w.-]/.test(out[start - 1]!)) start--
    const end = at + host.length
    parts.push(out.slice(done, start), blank(out.slice(start, end)))
    done = end
  }
  return done === 0 ? out : parts.join('') + out.slice(done)
}

/** A VPC zone of an IBM region (us-south-3), or a classic data center (dal10). */
const ZONE = `((?:${REGIONS.join('|')})-\\d|(?:${Object.keys(ZONE_REGION).join('|')})\\d{2})`

/**
 * The values a fix needs. `anchored` (the text is IBM's, see explain.ts) gates what is read from a bare word
 * (a region or zone named in running text): only an explicit flag or field counts in another cloud's text.
 */
export function extract(n: Normalised, anchored = true): Extracted {
  const text = withoutForeign(n.text)
  const regionRe = `(${REGIONS.join('|')})`
  const region =
    first(text, [
      new RegExp(`(?:--region|-r)[ =]+["']?${regionRe}(?![\\w-])`),
      ...(anchored
        ? [
            new RegExp(
              `"?(?:region|X-Region)"?\\s*[:=]\\s*"?${regionRe}(?![\\w-])`,
              'i'
            ),
            new RegExp(`\\b${regionRe}(?:-[1-3])?(?![\\w-])`)
          ]
        : [])
    ]) ?? (anchored ? classicZoneRegion(text) : undefined)
  const clusterId = first(text, [
    /\biks-([a-z0-9]{20,32})\b/,
    // Terraform: "Error waiting for cluster (56233d4480cf49d8802ab725dd23b99f) to become ready", "[id=crc2i4ps0oaivt0judsg/…]"
    /\bwaiting for (?:workers of )?cluster \(([a-z0-9]{20,32})\)/i,
    /\bibm_container_(?:vpc_)?cluster\.[^\s:]*: [A-Z][a-z]+(?:ing)?[^[]*\[id=([a-z0-9]{20,32})\]/,
    /"cluster_?id"\s*[:=]\s*"([a-z0-9]{20,32})"/i,
    /\bkube-([a-z0-9]{20})-/,
    /\bkube-[a-z]{3}\d{2}-cr([a-z0-9]{20,32})-w\d+/
  ])
  // Terraform's worker pool ID is "<cluster>/<pool>": "ibm_container_vpc_worker_pool.p: Destroying... [id=prod-vpc/default]".
  const poolId =
    /\bibm_container_(?:vpc_)?worker_pool\.\S+: [A-Z][a-z]+[^[]{0,40}\[id=([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)\]/.exec(
      text
    )
  // terraform-provider-ibm (ibm/service/kubernetes) names the pool it waited for as "<cluster>/<pool ID>"
  // (resource_ibm_container_vpc_worker_pool.go) or "worker pool (<pool>) of cluster (<cluster>)" (classic).
  const waitPool =
    /\bwaiting for workerpool \(([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)\)/.exec(
      text
    )
  const waitClassicPool =
    /\bwaiting for workers of worker pool \(([A-Za-z0-9][A-Za-z0-9._-]*)\) of cluster \(([A-Za-z0-9][A-Za-z0-9._-]*)\)/.exec(
      text
    )
  const cluster = first(text, [
    new RegExp(`(?:--cluster|\\s-c)[ =]+["']?${NAME}`),
    new RegExp(`"cluster(?:_?name)?"\\s*[:=]\\s*"${NAME}"`, 'i'),
    new RegExp(`[?&]cluster=${NAME}`),
    new RegExp(`\\bcluster_name\\s*=\\s*"${NAME}"`),
    // Terraform's and the English CLI's progress lines: "Error retrieving cluster prod-vpc:", "Getting cluster prod-vpc..."
    /\b(?:retrieving|getting) cluster ([a-z0-9][a-z0-9._-]*[a-z0-9])/i,
    /\b(?:downloading the cluster config) \[([a-z0-9][a-z0-9._-]*[a-z0-9])\]/i
  ])
  const newClusterName = first(text, [
    new RegExp(`cluster create\\b[^|]*?--name[ =]+["']?${NAME}`),
    new RegExp(`"name"\\s*[:=]\\s*"${NAME}"`),
    // Terraform's plan of a cluster resource: `+ name = "k8s-cluster"` after `ibm_container_…cluster.x will be created`.
    new RegExp(
      `ibm_container_(?:vpc_)?cluster\\.\\S+ will be created[^#]*?\\+ name\\s*=\\s*"${NAME}"`
    )
  ])
  const resourceGroup = first(text, [
    /(?:--resource-group|\s-g)[ =]+["']?([A-Za-z0-9][A-Za-z0-9_.-]{0,39})/,
    // The CLI's "No credentials set for resource group default.:" (not IKS's "target the correct resource group or region").
    /\bfor resource group ([A-Za-z0-9][A-Za-z0-9_.-]{0,39}?)\.?(?=[\s:]|$)/i,
    /"resource_?group(?:_?(?:name|id))?"\s*[:=]\s*"([A-Za-z0-9][A-Za-z0-9_.-]{0,39})"/i
  ])
  const zone =
    first(text, [
      /--zone[ =]+["']?([a-z]{2}-[a-z]+-\d|[a-z]{3}\d{2})\b/,
      /\b(?:zone|datacenter|name)\s*[:=]\s*"([a-z]{2}-[a-z]+-\d|[a-z]{3}\d{2})"/,
      ...(anchored
        ? [new RegExp(`\\b(?:in|from) (?:the )?zone ${ZONE}(?![\\w-])`, 'i')]
        : [])
    ]) ?? (anchored ? onlyZone(text) : undefined)
  const flavor = first(text, [
    /--(?:flavor|machine-type)[ =]+["']?([A-Za-z0-9][A-Za-z0-9._-]{0,63})/,
    /\b(?:flavor|machine_type)\s*[:=]\s*"([A-Za-z0-9][A-Za-z0-9._-]{0,63})"/
  ])
  const version = '(\\d+\\.\\d+(?:\\.\\d+)?(?:_\\d+)?(?:_openshift)?)\\b'
  const kubeVersion = first(text, [
    new RegExp(`--(?:kube-)?version[ =]+["']?${version}`),
    new RegExp(`\\bkube_version"?\\s*[:=]\\s*"${version}`)
  ])
  const pool =
    poolId?.[2] ??
    waitPool?.[2] ??
    waitClassicPool?.[1] ??
    first(text, [/--worker-pool[ =]+["']?([A-Za-z0-9][A-Za-z0-9._-]{0,99})/])
  const subnetId = first(text, [
    /specified subnet \(ID:\s*([A-Za-z0-9][A-Za-z0-9-]{3,63})\)/
  ])
  const tfAddress = first(text, [
    /\bwith ((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?),/
  ])
  return {
    region,
    cluster:
      cluster ??
      poolId?.[1] ??
      waitPool?.[1] ??
      waitClassicPool?.[2] ??
      clusterId,
    ...(providerIn(text) !== undefined && {provider: providerIn(text)}),
    ...(pool !== undefined && {pool}),
    ...(subnetId !== undefined && {subnetId}),
    ...(tfAddress !== undefined && {tfAddress}),
    ...(TERRAFORM.test(text) && {terraform: true}),
    clusterId,
    newClusterName,
    resourceGroup,
    zone,
    operation: operationIn(text),
    ...(flavor !== undefined && {flavor}),
    ...(kubeVersion !== undefined && {kubeVersion})
  }
}

/** Terraform's own words or an IBM provider resource: a CLI-only log has none of them. */
const TERRAFORM =
  /\bterraform\b|\bibm_[a-z][a-z0-9_]+\.[\w-]+|Destruction complete|Still (?:creating|destroying|modifying)\.\.\.|\bon \S{1,300}\.tf(?:\.json)? line \d+/i

/** The one IBM zone the text names (a worker table's zone column, a message); none when it names several. */
function onlyZone(text: string): string | undefined {
  const zones = new Set(
    [...text.matchAll(new RegExp(`\\b${ZONE}(?![\\w-])`, 'g'))].map(m => m[1]!)
  )
  return zones.size === 1 ? [...zones][0] : undefined
}

/** The provider the text shows, or undefined. */
function providerIn(text: string): 'classic' | 'vpc-gen2' | undefined {
  const m =
    /\bcluster create (classic|vpc-gen2)\b|--provider[ =]+["']?(classic|vpc-gen2)\b|'(vpc-gen2|classic)' infrastructure/.exec(
      text
    )
  if (m) return (m[1] ?? m[2] ?? m[3]) as 'classic' | 'vpc-gen2'
  if (/\bibm_container_vpc_(?:cluster|worker_pool)\b/.test(text))
    return 'vpc-gen2'
  if (/\bibm_container_(?:cluster|worker_pool)\b/.test(text)) return 'classic'
  return undefined
}

/** The operation the text shows: the `ibmcloud ks` command, or Terraform's verb on a container resource. */
function operationIn(text: string): Operation | undefined {
  const ops: Array<[RegExp, Operation]> = [
    [
      /\bks cluster create\b|ibm_container_(?:vpc_)?cluster\.\S+: (?:Creating|Still creating)/,
      'cluster-create'
    ],
    [
      /\bks (?:cluster rm|cluster delete)\b|ibm_container_(?:vpc_)?cluster\.\S+: (?:Destroying|Still destroying)/,
      'cluster-delete'
    ],
    [
      /\bks worker-pool (?:resize|rm)\b|ibm_container_(?:vpc_)?worker_pool\.\S+: (?:Modifying|Still modifying|Destroying)/,
      'worker-pool-resize'
    ],
    [/\bks worker add\b/, 'worker-add'],
    [/\bks worker (?:rm|delete)\b/, 'worker-delete'],
    [/\bks worker reload\b/, 'worker-reload'],
    [/\bks worker reboot\b/, 'worker-reboot'],
    [/\bks worker replace\b/, 'worker-replace'],
    [
      /\bks cluster master update\b|ibm_container_(?:vpc_)?cluster\.\S+: (?:Modifying|Still modifying)/,
      'cluster-update'
    ]
  ]
  return ops.find(([re]) => re.test(text))?.[1]
}

/** What a finding carries from the text around it: the HTTP status, IBM's request ID, the Terraform resource and its file:line. */
export interface Context {
  status?: number
  requestId?: string
  tfAddress?: string
  tfFile?: string
}

export function contextNear(n: Normalised, p: number): Context {
  const status = locate(n.text, [
    /status code:?\s*(\d{3})\b/gi,
    /Response HTTP Status Code:\s*(\d{3})\b/gi,
    /\bHTTP(?:\/[\d.]+)?\s+(\d{3})\b/g,
    /\b(?:Internal Server Error|Service Unavailable|Bad Gateway|Gateway Timeout|Too Many Requests) \((\d{3})\)/gi
  ])
  const request = locate(n.text, [
    /"?request_?id"?\s*[:=]\s*"?([A-Za-z0-9][A-Za-z0-9-]{5,})/gi,
    /\bRequest ID[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,})/gi,
    /\b(?:X-Request-Id|Transaction-Id|X-Global-Transaction-Id)[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,})/gi,
    /\bTrace ID[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,})/gi
  ])
  // Terraform prints the resource after the error: "with module.a.ibm_container_vpc_cluster.cluster["x"], on main.tf line 34, in resource …".
  const address = locate(n.text, [
    /\bwith ((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*(?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?),/g
  ]).filter(a => a.at >= p - 200)
  const file = locate(n.text, [/\bon (\S+\.tf(?:\.json)? line \d+)/g]).filter(
    a => a.at >= p - 200
  )
  const after = (items: Located[]): string | undefined =>
    items.filter(i => i.at - p <= 3000).sort((a, b) => a.at - b.at)[0]?.value
  const s = nearest(status, p, 600)
  const tfFile = after(file)?.replace(/ line (\d+)$/, ':$1')
  const c: Context = {
    status: s === undefined ? undefined : Number(s),
    requestId: nearest(request, p, 3000),
    tfAddress: after(address),
    tfFile
  }
  for (const k of Object.keys(c) as Array<keyof Context>)
    if (c[k] === undefined) delete c[k]
  return c
}

/** Every position where the text shows a transient failure before `p`: a 5xx, a 429, a timeout or a retry. */
export function troubleBefore(n: Normalised, p: number): boolean {
  const head = n.text.slice(0, p)
  return /status code:?\s*5\d\d|\b5\d\d (?:Internal Server Error|Service Unavailable|Bad Gateway|Gateway Timeout)|Internal Server Error \(5\d\d\)|An internal error occurred|\b429\b|Too Many Requests|timed? ?out|timeout|deadline exceeded|\bretry|\bretrying|Still creating\.\.\./i.test(
    head
  )
}

// Classic `kube-dal10-cr<cluster>-w3` and newer `kube-<cluster>-<name>-<pool>-<8 hex>`.
const WORKER =
  /\bkube-(?:[a-z]{3}\d{2}-cr[a-z0-9]{20,32}-w\d+|[a-z0-9]{20}-[a-z0-9-]*?-[0-9a-f]{8})\b/g

/** The worker named nearest before each position (a table row or a JSON object puts the ID first). */
export function workersNear(n: Normalised, positions: number[]): string[] {
  const all = [...n.text.matchAll(WORKER)].map(m => ({id: m[0], at: m.index}))
  const found = new Set<string>()
  for (const p of positions) {
    const before = all.filter(w => w.at < p && p - w.at < 2000)
    if (before.length > 0) found.add(before[before.length - 1]!.id)
  }
  return [...found]
}

interface Located {
  value: string
  at: number
}

function locate(text: string, res: RegExp[]): Located[] {
  return res.flatMap(re =>
    [...text.matchAll(re)].map(m => ({value: m[1]!.trim(), at: m.index}))
  )
}

const nearest = (
  items: Located[],
  p: number,
  window = 1500
): string | undefined =>
  items
    .filter(i => Math.abs(i.at - p) <= window)
    .sort((a, b) => Math.abs(a.at - p) - Math.abs(b.at - p))[0]?.value

/** IBM's incidentID, recoveryCLI and error code nearest to where a blocker was recognised. */
export function diagnosticsNear(
  n: Normalised,
  p: number,
  code?: string
): IbmDiagnostics | undefined {
  const incident = locate(n.text, [
    /"?incident_?ID"?\s*[:=]\s*"?([A-Za-z0-9][A-Za-z0-9,_-]{5,})/gi,
    /Incident ID[:：]?\s*([A-Za-z0-9][A-Za-z0-9,_-]{5,})/gi,
    /インシデント\s*ID\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9,_-]{5,})/g
  ])
  const recovery = locate(n.text, [
    /"recoveryCLI"\s*:\s*"([^"]{1,500})"/gi,
    /recovery ?CLI\s*[:：]\s*([^"{}]{1,300}?)(?=\s+(?:Incident|インシデント|FAILED|失敗)|[}"]|$)/gi
  ])
  const codes = locate(n.text, [/"code"\s*:\s*"([A-Za-z0-9]{4,12})"/g])
  const d: IbmDiagnostics = {
    code: code ?? nearest(codes, p),
    incidentID: nearest(incident, p),
    recoveryCLI: nearest(recovery, p)
  }
  for (const k of Object.keys(d) as Array<keyof IbmDiagnostics>)
    if (d[k] === undefined) delete d[k]
  return Object.keys(d).length > 0 ? d : undefined
}

/** Every incidentID in the text, for output that names no known blocker. */
export function allIncidents(n: Normalised): string[] {
  return [
    ...new Set(
      locate(n.text, [
        /"?incident_?ID"?\s*[:=]\s*"?([A-Za-z0-9][A-Za-z0-9,_-]{5,})/gi,
        /インシデント\s*ID\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9,_-]{5,})/g
      ]).map(i => i.value)
    )
  ]
}
