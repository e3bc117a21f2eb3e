/**
 * Intent from action inputs / CLI flags: raw strings in, an Intent out, or an InputError naming the input,
 * the value received and what is allowed. Pure: no I/O, no defaults from IBM.
 */
import {InputError, shown, splitList, type RawInputs} from '../config/raw.js'
import {PROVIDERS, type Provider} from './types.js'
import {
  INTENT_OPERATIONS,
  type Intent,
  type IntentOperation,
  type OperationIntent,
  type ZonePlacement
} from './types.js'

/** The inputs this parser reads beyond operation, cluster and provider. */
export const INTENT_INPUTS = [
  'worker-pool',
  'flavor',
  'zones',
  'workers-per-zone',
  'kube-version',
  'cos-instance',
  'subnet-ids',
  'private-vlan',
  'public-vlan',
  'workers'
] as const
export type IntentInput = (typeof INTENT_INPUTS)[number]

const PLACEMENT: IntentInput[] = ['subnet-ids', 'private-vlan', 'public-vlan']
const ADDS_WORKERS: IntentInput[] = [
  'worker-pool',
  'flavor',
  'zones',
  'workers-per-zone',
  ...PLACEMENT
]

/** Which new inputs mean something for each operation; any other one given is a mistake worth naming. */
export const INPUTS_BY_OPERATION: Record<IntentOperation, IntentInput[]> = {
  'cluster-create': [
    'flavor',
    'zones',
    'workers-per-zone',
    'kube-version',
    'cos-instance',
    ...PLACEMENT
  ],
  'cluster-update': ['kube-version'],
  'cluster-delete': [],
  'worker-add': ADDS_WORKERS,
  'worker-delete': ['worker-pool', 'zones', 'workers'],
  'worker-reload': ['worker-pool', 'zones', 'workers'],
  'worker-reboot': ['worker-pool', 'zones', 'workers'],
  'worker-replace': ['worker-pool', 'zones', 'workers'],
  'worker-pool-resize': ['worker-pool', 'workers-per-zone'],
  'worker-pool-create': ADDS_WORKERS,
  'worker-pool-delete': ['worker-pool'],
  'zone-add': ['worker-pool', 'zones', ...PLACEMENT],
  'zone-remove': ['worker-pool', 'zones']
}

// Same rule as the cluster input of the config: a name or an ID.
const CLUSTER_REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
// Pool names and IDs (IDs look like `cbftntmd0tmoqpjhtqe0-07e1b20`).
const POOL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
// Classic machine types (b3c.4x16, ms3c.4x32.1.9tb.ssd) and VPC profiles (bx2.4x16, gx2-8x64x1v100).
const FLAVOR = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const VPC_ZONE = /^[a-z]{2}-[a-z]+-[0-9]$/
const CLASSIC_ZONE = /^[a-z]{3}[0-9]{2}$/
// major.minor[.patch][_build][_openshift]: the forms `ibmcloud ks cluster create --version` accepts.
const KUBE_VERSION = /^[0-9]+\.[0-9]+(\.[0-9]+)?(_[0-9]+)?(_openshift)?$/
// Same shape as the vpc-id input of the config: VPC IDs are lower-case letters, digits and '-'.
const SUBNET_ID = /^[a-z0-9][a-z0-9-]{3,63}$/
// Classic VLAN IDs are numeric (e.g. 3249706).
const VLAN_ID = /^[0-9]{1,12}$/
/** A Resource Controller instance: its CRN (crn:v1:…) or GUID, as --cos-instance takes it. */
const INSTANCE_REF = /^(crn:v1:[A-Za-z0-9:/._-]{1,490}|[A-Za-z0-9-]{8,64})$/
// Worker IDs (kube-dal10-crbq…-w1, kube-<cluster ID>-<cluster>-<pool>-00000101): IKS checks them against getWorkers.
const WORKER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/
// Our own bound against typos, not an IBM limit.
const MAX_WORKERS_PER_ZONE = 1000

const ZONE_EXAMPLE = {
  classic: 'a classic zone such as dal10',
  'vpc-gen2': 'a VPC zone such as us-south-1'
} as const

function one(raw: RawInputs, name: string): string | undefined {
  const v = (raw[name] ?? '').trim()
  return v === '' ? undefined : v
}

function parseOperation(raw: RawInputs): IntentOperation {
  const value = one(raw, 'operation')
  if (
    value !== undefined &&
    (INTENT_OPERATIONS as readonly string[]).includes(value)
  )
    return value as IntentOperation
  throw new InputError(
    'operation',
    `got ${value === undefined ? 'nothing' : shown(value)}; allowed: ${INTENT_OPERATIONS.join(', ')}.`
  )
}

function parseProvider(raw: RawInputs): Provider | undefined {
  const value = one(raw, 'provider')
  if (value === undefined) return undefined
  if ((PROVIDERS as readonly string[]).includes(value)) return value as Provider
  throw new InputError(
    'provider',
    `got ${shown(value)}; allowed: ${PROVIDERS.join(', ')}.`
  )
}

function parseClusters(raw: RawInputs, operation: IntentOperation): string[] {
  // De-duplicated, as the config does.
  const clusters = [...new Set(splitList(raw['cluster']))]
  if (clusters.length === 0)
    throw new InputError(
      'cluster',
      'got nothing; allowed: one or more cluster names or IDs, comma or newline separated.'
    )
  for (const c of clusters)
    if (!CLUSTER_REF.test(c))
      throw new InputError(
        'cluster',
        `got ${shown(c)}; expected a cluster name or ID (letters, digits, '.', '_', '-').`
      )
  if (operation === 'cluster-create' && clusters.length > 1)
    throw new InputError(
      'cluster',
      `got ${clusters.length} clusters; cluster-create takes the one new cluster's name.`
    )
  return clusters
}

function matching(
  input: string,
  value: string,
  re: RegExp,
  what: string
): string {
  if (!re.test(value))
    throw new InputError(input, `got ${shown(value)}; expected ${what}.`)
  return value
}

function noDuplicates(input: string, values: string[]): void {
  const seen = new Set<string>()
  for (const v of values) {
    if (seen.has(v))
      throw new InputError(
        input,
        `got ${shown(v)} twice; list each value once.`
      )
    seen.add(v)
  }
}

function parseZones(raw: RawInputs, provider: Provider | undefined): string[] {
  const zones = splitList(raw['zones'])
  const families = new Set<Provider>()
  for (const z of zones) {
    const family: Provider | undefined = VPC_ZONE.test(z)
      ? 'vpc-gen2'
      : CLASSIC_ZONE.test(z)
        ? 'classic'
        : undefined
    if (family === undefined || (provider !== undefined && family !== provider))
      throw new InputError(
        'zones',
        `got ${shown(z)}; expected ${provider ? ZONE_EXAMPLE[provider] : `${ZONE_EXAMPLE.classic} or ${ZONE_EXAMPLE['vpc-gen2']}`}.`
      )
    families.add(family)
  }
  if (families.size > 1)
    throw new InputError(
      'zones',
      `got ${shown(zones.join(','))}, which mixes classic and VPC zones; a cluster is one or the other.`
    )
  noDuplicates('zones', zones)
  return zones
}

function parseWorkersPerZone(
  raw: RawInputs,
  operation: IntentOperation
): number | undefined {
  const value = one(raw, 'workers-per-zone')
  if (value === undefined) return undefined
  // A resize may take a pool to 0 (worker-minimum decides whether the cluster keeps 2 workers);
  // everything else that adds workers needs at least one per zone.
  const min = operation === 'worker-pool-resize' ? 0 : 1
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN
  if (!(n >= min && n <= MAX_WORKERS_PER_ZONE))
    throw new InputError(
      'workers-per-zone',
      `got ${shown(value)}; allowed: a whole number from ${min} to ${MAX_WORKERS_PER_ZONE}.`
    )
  return n
}

/** `ID` or `ZONE:ID` items; all of one form. */
function parseQualified(
  input: string,
  raw: RawInputs,
  re: RegExp,
  what: string
): Array<{zone?: string; id: string}> {
  const items = splitList(raw[input]).map(item => {
    const colon = item.indexOf(':')
    if (colon === -1) return {id: matching(input, item, re, what)}
    const zone = item.slice(0, colon).trim()
    if (!VPC_ZONE.test(zone) && !CLASSIC_ZONE.test(zone))
      throw new InputError(
        input,
        `got ${shown(item)}; expected ${what}, or ZONE:ID with a zone such as dal10 or us-south-1.`
      )
    return {zone, id: matching(input, item.slice(colon + 1).trim(), re, what)}
  })
  const qualified = items.filter(i => i.zone !== undefined).length
  if (qualified !== 0 && qualified !== items.length)
    throw new InputError(
      input,
      `got ${shown(splitList(raw[input]).join(','))}; write every item as ZONE:ID or none of them.`
    )
  noDuplicates(
    input,
    items.map(i => i.id)
  )
  return items
}

type PlacementKey = 'subnetId' | 'privateVlan' | 'publicVlan'

/** Put subnets / VLANs on the zones they are for: by ZONE:ID, or in the order of `zones`. */
function place(
  placements: ZonePlacement[],
  zones: string[],
  input: string,
  key: PlacementKey,
  items: Array<{zone?: string; id: string}>
): void {
  if (items.length === 0) return
  if (items[0]?.zone !== undefined) {
    for (const item of items) {
      let target = placements.find(p => p.zone === item.zone)
      if (target === undefined) {
        if (zones.length > 0)
          throw new InputError(
            input,
            `got ${shown(`${item.zone}:${item.id}`)}, but zone ${item.zone} is not in zones (${zones.join(', ')}).`
          )
        target = {zone: item.zone}
        placements.push(target)
      }
      if (target[key] !== undefined)
        throw new InputError(
          input,
          `got two values for zone ${item.zone}; give one per zone.`
        )
      target[key] = item.id
    }
    return
  }
  if (zones.length > 0 && items.length !== zones.length)
    throw new InputError(
      input,
      `got ${items.length} value(s) for ${zones.length} zone(s); give one per zone in the order of zones, or write ZONE:ID.`
    )
  if (zones.length === 0 && placements.some(p => p.zone !== undefined))
    throw new InputError(
      input,
      'got IDs without zones while another input names zones; write ZONE:ID.'
    )
  items.forEach((item, i) => {
    const target = placements[i] ?? {}
    if (placements[i] === undefined) placements.push(target)
    target[key] = item.id
  })
}

/**
 * Parse the intent inputs of one run: operation, cluster (a list), provider and the new inputs.
 * Throws InputError on the first bad value.
 */
export function intentFromInputs(raw: RawInputs): Intent {
  const operation = parseOperation(raw)
  const provider = parseProvider(raw)
  const clusters = parseClusters(raw, operation)

  const allowed = INPUTS_BY_OPERATION[operation]
  for (const name of INTENT_INPUTS)
    if (one(raw, name) !== undefined && !allowed.includes(name))
      throw new InputError(
        name,
        `does not apply to operation ${operation}; inputs it uses: ${allowed.length > 0 ? allowed.join(', ') : 'none of the intent inputs'}.`
      )

  if (provider === 'classic' && one(raw, 'subnet-ids') !== undefined)
    throw new InputError(
      'subnet-ids',
      'applies to VPC clusters (provider vpc-gen2); classic clusters take private-vlan and public-vlan.'
    )
  for (const vlan of ['private-vlan', 'public-vlan'])
    if (provider === 'vpc-gen2' && one(raw, vlan) !== undefined)
      throw new InputError(
        vlan,
        'applies to classic clusters (provider classic); VPC clusters take subnet-ids.'
      )
  if (
    one(raw, 'subnet-ids') !== undefined &&
    (one(raw, 'private-vlan') ?? one(raw, 'public-vlan')) !== undefined
  )
    throw new InputError(
      'subnet-ids',
      'given together with private-vlan/public-vlan; a cluster is VPC (subnets) or classic (VLANs), not both.'
    )

  const zones = parseZones(
    raw,
    provider ??
      (one(raw, 'subnet-ids') !== undefined
        ? 'vpc-gen2'
        : (one(raw, 'private-vlan') ?? one(raw, 'public-vlan')) !== undefined
          ? 'classic'
          : undefined)
  )
  const placements: ZonePlacement[] = zones.map(zone => ({zone}))
  place(
    placements,
    zones,
    'subnet-ids',
    'subnetId',
    parseQualified('subnet-ids', raw, SUBNET_ID, 'a VPC subnet ID')
  )
  place(
    placements,
    zones,
    'private-vlan',
    'privateVlan',
    parseQualified('private-vlan', raw, VLAN_ID, 'a numeric classic VLAN ID')
  )
  place(
    placements,
    zones,
    'public-vlan',
    'publicVlan',
    parseQualified('public-vlan', raw, VLAN_ID, 'a numeric classic VLAN ID')
  )

  const workers = splitList(raw['workers']).map(w =>
    matching(
      'workers',
      w,
      WORKER_ID,
      "a worker ID as ibmcloud ks worker ls lists it (letters, digits, '.', '_', '-')"
    )
  )
  noDuplicates('workers', workers)
  const pool = one(raw, 'worker-pool')
  const flavor = one(raw, 'flavor')
  const kubeVersion = one(raw, 'kube-version')
  const cosInstance = one(raw, 'cos-instance')
  const workersPerZone = parseWorkersPerZone(raw, operation)
  const base: Omit<OperationIntent, 'operation'> = {
    source: {kind: 'inputs'},
    ...(provider && {provider}),
    ...(pool !== undefined && {
      pool: matching(
        'worker-pool',
        pool,
        POOL,
        "a worker pool name or ID (letters, digits, '.', '_', '-')"
      )
    }),
    ...(flavor !== undefined && {
      flavor: matching(
        'flavor',
        flavor,
        FLAVOR,
        'a flavor such as b3c.4x16 or bx2.4x16'
      )
    }),
    ...(placements.length > 0 && {zones: placements}),
    ...(workersPerZone !== undefined && {workersPerZone}),
    ...(workers.length > 0 && {workers}),
    ...(kubeVersion !== undefined && {
      kubeVersion: matching(
        'kube-version',
        kubeVersion,
        KUBE_VERSION,
        'a version such as 1.30, 1.30.4 or 4.15_openshift'
      )
    }),
    ...(cosInstance !== undefined && {
      cosInstance: matching(
        'cos-instance',
        cosInstance,
        INSTANCE_REF,
        'a Cloud Object Storage instance CRN (crn:v1:bluemix:public:cloud-object-storage:global:a/…) or GUID'
      )
    })
  }
  return {
    clusters: clusters.map(nameOrId => ({
      cluster: {nameOrId},
      ...(provider && {provider}),
      operations: [{operation, ...structuredClone(base)}]
    })),
    skipped: []
  }
}
