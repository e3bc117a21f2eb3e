/**
 * Intent from a Terraform plan: the text of `terraform show -json <planfile>` in, every IKS operation in it
 * out. Pure (the caller reads the file). Attribute names are the IBM provider's resource schemas
 * (IBM-Cloud/terraform-provider-ibm ibm/service/kubernetes/resource_ibm_container_*.go); the mapping is
 * documented in docs/terraform-plan.md.
 */
import * as z from 'zod/mini'
import {InputError} from '../config/raw.js'
import type {Provider} from './types.js'
import {
  AFTER_APPLY,
  isAfterApply,
  known,
  type ClusterIntent,
  type ClusterRef,
  type Intent,
  type IntentOperation,
  type KmsUse,
  type OperationIntent,
  type Planned,
  type SkippedChange,
  type ZonePlacement
} from './types.js'

const INPUT = 'terraform-plan'
const fail = (message: string): never => {
  throw new InputError(INPUT, message)
}

export const IKS_RESOURCE_TYPES = [
  'ibm_container_cluster',
  'ibm_container_vpc_cluster',
  'ibm_container_worker_pool',
  'ibm_container_vpc_worker_pool',
  'ibm_container_worker_pool_zone_attachment'
] as const
type IksType = (typeof IKS_RESOURCE_TYPES)[number]

const ACTIONS = ['no-op', 'create', 'read', 'update', 'delete', 'forget']

// Only what we read; unknown keys are ignored (newer Terraform versions add keys).
const changeSchema = z.object({
  actions: z.array(z.enum(ACTIONS as [string, ...string[]])),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
  after_unknown: z.optional(z.unknown()),
  replace_paths: z.optional(z.unknown())
})
const resourceChangeSchema = z.object({
  address: z.string().check(z.minLength(1)),
  module_address: z.optional(z.string()),
  mode: z.string(),
  type: z.string(),
  name: z.string(),
  index: z.optional(z.unknown()),
  change: changeSchema
})
type ResourceChange = z.infer<typeof resourceChangeSchema>

const configResourceSchema = z.object({
  address: z.string(),
  expressions: z.optional(z.record(z.string(), z.unknown()))
})
interface ConfigModule {
  resources?: Array<z.infer<typeof configResourceSchema>>
  module_calls?: Record<string, {module?: ConfigModule}>
}
const configModuleSchema: z.ZodMiniType<ConfigModule> = z.object({
  resources: z.optional(z.array(configResourceSchema)),
  get module_calls() {
    return z.optional(
      z.record(z.string(), z.object({module: z.optional(configModuleSchema)}))
    )
  }
})

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function describeTop(v: unknown): string {
  if (Array.isArray(v)) return 'an array'
  if (v === null) return 'null'
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`
}

const HOW =
  'pass the output of `terraform show -json <planfile>` (after `terraform plan -out <planfile>`)'

/** Parse and validate the plan JSON; every rejection names what is wrong. */
function readPlan(text: string): {
  changes: ResourceChange[]
  config?: ConfigModule
} {
  const trimmed = text.trim()
  if (trimmed === '') fail(`the file is empty; ${HOW}.`)
  if (trimmed.startsWith('PK'))
    fail(
      `this is a binary plan file (saved by terraform plan -out), not JSON; ${HOW}.`
    )
  let doc: unknown
  try {
    doc = JSON.parse(trimmed)
  } catch {
    // Never echo the parser's message: it quotes the file, which may hold sensitive values.
    const firstLine = trimmed.split('\n', 1)[0] ?? ''
    if (firstLine.startsWith('{') && firstLine.includes('"@level"'))
      fail(
        `this is the streamed log of \`terraform plan -json\`, not a plan document; ${HOW}.`
      )
    if (
      /^\s*(terraform|resource|provider|module|variable|data|locals|output)\b[^\n]*\{/m.test(
        trimmed
      )
    )
      fail(`this looks like Terraform configuration (HCL), not JSON; ${HOW}.`)
    fail(`the file is not JSON; ${HOW}.`)
  }
  if (!isObj(doc))
    return fail(
      `the file is JSON but ${describeTop(doc)}, not a plan object; ${HOW}.`
    )
  if ('lineage' in doc && 'serial' in doc && 'resources' in doc)
    fail(
      `this is a Terraform state file (terraform.tfstate), not a plan; ${HOW}.`
    )
  const fv = doc['format_version']
  if (typeof fv !== 'string')
    fail(
      `format_version is ${fv === undefined ? 'missing' : describeTop(fv)}; a plan from terraform show -json has format_version "1.x". ${HOW}.`
    )
  if (!/^1\.[0-9]+$/.test(fv as string))
    fail(
      `format_version ${JSON.stringify(fv)} is not supported; this reads plan format 1.x (Terraform 1.x, OpenTofu 1.x).`
    )
  if (doc['errored'] === true)
    fail(
      'the plan errored (errored: true), so its changes are incomplete; fix the plan errors first.'
    )
  const hasChanges = 'resource_changes' in doc
  if (!hasChanges && 'values' in doc && !('planned_values' in doc))
    fail(
      `this is a Terraform state shown as JSON (it has values, no resource_changes), not a plan; ${HOW}.`
    )
  // Terraform omits resource_changes when the configuration has no resources at all; planned_values marks a plan.
  if (!hasChanges && !('planned_values' in doc))
    fail(`resource_changes is missing, so this is not a plan; ${HOW}.`)

  const parsed = z
    .optional(z.array(z.unknown()))
    .safeParse(doc['resource_changes'])
  if (!parsed.success)
    fail(
      `resource_changes is ${describeTop(doc['resource_changes'])}; expected an array.`
    )
  const changes: ResourceChange[] = []
  ;(parsed.data ?? []).forEach((rc, i) => {
    const r = resourceChangeSchema.safeParse(rc)
    if (!r.success) {
      const issue = r.error.issues[0]
      const path = ['', ...(issue?.path ?? [])]
        .map(p => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[')
      const what =
        issue && 'expected' in issue && typeof issue.expected === 'string'
          ? `expected ${issue.expected}`
          : issue?.code === 'invalid_value'
            ? `expected one of ${ACTIONS.join(', ')}`
            : (issue?.code ?? 'unexpected shape').replace(/_/g, ' ')
      fail(`resource_changes[${i}]${path} is not what a plan holds: ${what}.`)
    }
    changes.push((r as {data: ResourceChange}).data)
  })
  const root = isObj(doc['configuration'])
    ? doc['configuration']['root_module']
    : undefined
  const config = configModuleSchema.safeParse(root)
  return {changes, config: config.success ? config.data : undefined}
}

// ---------- value helpers ----------

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]))
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a)
    return (
      ka.length === Object.keys(b).length &&
      ka.every(k => deepEqual(a[k], b[k]))
    )
  }
  // null and absent are the same to Terraform
  return (a ?? null) === null && (b ?? null) === null
}

/** after_unknown marks a value (or any part of it) as known after apply. */
function hasUnknown(marks: unknown): boolean {
  if (marks === true) return true
  if (Array.isArray(marks)) return marks.some(hasUnknown)
  if (isObj(marks)) return Object.values(marks).some(hasUnknown)
  return false
}

const WHOLE = '*'

/** One resource instance's change, with the plan around it for references and configuration. */
class Change {
  readonly before: Obj
  readonly after: Obj
  readonly unknown: Obj
  constructor(
    readonly rc: ResourceChange,
    private readonly configExpr: Obj | undefined
  ) {
    this.before = isObj(rc.change.before) ? rc.change.before : {}
    this.after = isObj(rc.change.after) ? rc.change.after : {}
    this.unknown = isObj(rc.change.after_unknown) ? rc.change.after_unknown : {}
  }

  /** Whether the configuration sets this attribute (an Optional+Computed one left unset is IBM's default). */
  configured(attr: string): boolean {
    return this.configExpr === undefined || attr in this.configExpr
  }

  references(attr: string): string[] {
    const e = this.configExpr?.[attr]
    const refs = isObj(e) ? e['references'] : undefined
    return Array.isArray(refs)
      ? refs.filter((r): r is string => typeof r === 'string')
      : []
  }

  /** A planned string: the after value, AFTER_APPLY when unknown, undefined when unset or not configured. */
  str(
    attr: string,
    from: 'after' | 'before' = 'after'
  ): Planned<string> | undefined {
    if (from === 'after' && this.unknown[attr] === true)
      return this.configured(attr) ? AFTER_APPLY : undefined
    const v = (from === 'after' ? this.after : this.before)[attr]
    return typeof v === 'string' && v !== '' ? v : undefined
  }

  num(
    attr: string,
    from: 'after' | 'before' = 'after'
  ): Planned<number> | undefined {
    if (from === 'after' && this.unknown[attr] === true)
      return this.configured(attr) ? AFTER_APPLY : undefined
    const v = (from === 'after' ? this.after : this.before)[attr]
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined
  }

  bool(attr: string, from: 'after' | 'before' = 'after'): boolean {
    return (from === 'after' ? this.after : this.before)[attr] === true
  }

  /** Top-level attributes that change: known values that differ, or values known only after apply. */
  changed(): string[] {
    const keys = new Set([
      ...Object.keys(this.before),
      ...Object.keys(this.after)
    ])
    return [...keys]
      .filter(
        k =>
          (hasUnknown(this.unknown[k]) && this.configured(k)) ||
          (!hasUnknown(this.unknown[k]) &&
            !deepEqual(this.before[k], this.after[k]))
      )
      .sort()
  }

  /** A list of blocks (zones, kms_config) with per-element unknown marks; AFTER_APPLY when the list itself is unknown. */
  blocks(
    attr: string,
    from: 'after' | 'before' = 'after'
  ): Planned<Array<{v: Obj; u: Obj}>> {
    if (from === 'after' && this.unknown[attr] === true) return AFTER_APPLY
    const list = (from === 'after' ? this.after : this.before)[attr]
    const marks = from === 'after' ? this.unknown[attr] : undefined
    if (!Array.isArray(list)) return []
    const out: Array<{v: Obj; u: Obj}> = []
    list.forEach((v, i) => {
      const u = Array.isArray(marks) ? marks[i] : undefined
      // A whole element known only after apply: every attribute of it is.
      if (u === true) out.push({v: {}, u: {[WHOLE]: true}})
      else if (isObj(v)) out.push({v, u: isObj(u) ? u : {}})
    })
    return out
  }
}

function blockStr(
  b: {v: Obj; u: Obj},
  attr: string
): Planned<string> | undefined {
  if (b.u[attr] === true || b.u[WHOLE] === true) return AFTER_APPLY
  const v = b.v[attr]
  return typeof v === 'string' && v !== '' ? v : undefined
}

// ---------- configuration lookup ----------

/** module.a[0].module.b["x"] -> ['a', 'b'] */
function modulePath(moduleAddress: string | undefined): string[] {
  if (!moduleAddress) return []
  return [...moduleAddress.matchAll(/module\.([^.[\]]+)(\[[^\]]*\])?/g)].map(
    m => m[1] as string
  )
}

function configFor(
  config: ConfigModule | undefined,
  rc: ResourceChange
): Obj | undefined {
  let mod: ConfigModule | undefined = config
  for (const name of modulePath(rc.module_address))
    mod = mod?.module_calls?.[name]?.module
  const res = mod?.resources?.find(r => r.address === `${rc.type}.${rc.name}`)
  return res?.expressions
}

// ---------- derivation ----------

const PROVIDER_OF: Record<IksType, Provider> = {
  ibm_container_cluster: 'classic',
  ibm_container_vpc_cluster: 'vpc-gen2',
  ibm_container_worker_pool: 'classic',
  ibm_container_vpc_worker_pool: 'vpc-gen2',
  ibm_container_worker_pool_zone_attachment: 'classic'
}
const isCluster = (t: string): boolean =>
  t === 'ibm_container_cluster' || t === 'ibm_container_vpc_cluster'
const isPool = (t: string): boolean =>
  t === 'ibm_container_worker_pool' || t === 'ibm_container_vpc_worker_pool'

interface Derived {
  op: OperationIntent
  cluster: ClusterRef
  provider: Provider
}

class Deriver {
  readonly derived: Derived[] = []
  readonly skipped: SkippedChange[] = []
  private readonly all: Change[]

  constructor(changes: ResourceChange[], config: ConfigModule | undefined) {
    this.all = changes
      .filter(rc => rc.mode === 'managed')
      .map(rc => new Change(rc, configFor(config, rc)))
  }

  run(): void {
    for (const c of this.all) {
      if (!(IKS_RESOURCE_TYPES as readonly string[]).includes(c.rc.type))
        continue
      const actions = c.rc.change.actions
      const key = actions.join(',')
      if (key === 'forget') {
        this.skip(c, 'forget', [])
        continue
      }
      if (key === 'create') this.create(c, [])
      else if (key === 'delete') this.remove(c, [])
      else if (key === 'update') this.update(c)
      else if (key === 'delete,create' || key === 'create,delete') {
        const paths = replacePaths(c)
        const steps =
          key === 'delete,create' ? ['delete', 'create'] : ['create', 'delete']
        for (const step of steps)
          if (step === 'delete') this.remove(c, paths)
          else this.create(c, paths)
      }
      // no-op and read change nothing in IBM Cloud.
    }
  }

  private skip(
    c: Change,
    reason: SkippedChange['reason'],
    attributes: string[]
  ): void {
    this.skipped.push({
      address: c.rc.address,
      actions: c.rc.change.actions,
      reason,
      attributes
    })
  }

  private emit(
    c: Change,
    operation: IntentOperation,
    attributes: string[],
    fields: Omit<OperationIntent, 'operation' | 'source' | 'provider'>,
    from: 'after' | 'before'
  ): void {
    const provider = PROVIDER_OF[c.rc.type as IksType]
    this.derived.push({
      provider,
      cluster: this.clusterOf(c, from),
      op: {
        operation,
        provider,
        ...dropUndefined(fields),
        source: {
          kind: 'plan',
          address: c.rc.address,
          actions: c.rc.change.actions,
          attributes
        }
      }
    })
  }

  // ----- which cluster -----

  private clusterOf(c: Change, from: 'after' | 'before'): ClusterRef {
    if (isCluster(c.rc.type)) {
      const nameOrId =
        c.str('name', from) ?? c.str('id', 'before') ?? AFTER_APPLY
      return {nameOrId, address: c.rc.address}
    }
    const ref = c.str('cluster', from)
    if (ref !== undefined && !isAfterApply(ref)) {
      // A literal name or ID: link it to a cluster of the plan that has it, and name it as that cluster does.
      for (const o of this.all) {
        if (!isCluster(o.rc.type)) continue
        if ([o.after['id'], o.after['name']].includes(ref))
          return {nameOrId: known(o.str('name')) ?? ref, address: o.rc.address}
        if ([o.before['id'], o.before['name']].includes(ref))
          return {
            nameOrId: o.str('name', 'before') ?? ref,
            address: o.rc.address
          }
      }
      return {nameOrId: ref}
    }
    const target = this.resolve(c, 'cluster', isCluster)
    if (target) {
      const name = target.str('name') ?? target.str('name', 'before')
      return {nameOrId: name ?? AFTER_APPLY, address: target.rc.address}
    }
    return {nameOrId: AFTER_APPLY}
  }

  /** Follow a configuration reference (cluster = ibm_container_vpc_cluster.x.id) to the change it names. */
  private resolve(
    c: Change,
    attr: string,
    want: (t: string) => boolean
  ): Change | undefined {
    const prefix = modulePath(c.rc.module_address).join('.')
    for (const ref of c.references(attr)) {
      const [type, name] = ref.split('.')
      if (!type || !name || !want(type)) continue
      const candidates = this.all.filter(
        o =>
          o.rc.type === type &&
          o.rc.name === name &&
          modulePath(o.rc.module_address).join('.') === prefix
      )
      // One instance, or the instance with the same count/for_each key as the referrer.
      const pick =
        candidates.length === 1
          ? candidates[0]
          : candidates.find(
              o => o.rc.index !== undefined && deepEqual(o.rc.index, c.rc.index)
            )
      if (pick) return pick
    }
    return undefined
  }

  // ----- per action -----

  private create(c: Change, attributes: string[]): void {
    const t = c.rc.type
    if (t === 'ibm_container_cluster')
      this.emit(
        c,
        'cluster-create',
        attributes,
        {
          pool: 'default',
          flavor: c.str('machine_type'),
          zones: classicZone(c, 'datacenter'),
          workersPerZone: c.num('default_pool_size'),
          kubeVersion: c.str('kube_version'),
          kms: kmsOf(c)
        },
        'after'
      )
    else if (t === 'ibm_container_vpc_cluster')
      this.emit(
        c,
        'cluster-create',
        attributes,
        {
          pool: 'default',
          flavor: c.str('flavor'),
          zones: vpcZones(c, 'after'),
          workersPerZone: c.num('worker_count'),
          kubeVersion: c.str('kube_version'),
          vpcId: c.str('vpc_id'),
          cosInstance: c.str('cos_instance_crn'),
          kms: kmsOf(c)
        },
        'after'
      )
    else if (isPool(t)) {
      if (c.bool('import_on_create'))
        return this.skip(c, 'import-on-create', ['import_on_create'])
      this.emit(
        c,
        'worker-pool-create',
        attributes,
        this.poolFields(c, 'after'),
        'after'
      )
    } else {
      const pool = this.resolve(c, 'worker_pool', isPool)
      this.emit(
        c,
        'zone-add',
        attributes,
        {
          pool: pool?.str('worker_pool_name') ?? c.str('worker_pool'),
          flavor: pool?.str('machine_type'),
          workersPerZone: pool?.num('size_per_zone'),
          zones: classicZone(c, 'zone')
        },
        'after'
      )
    }
  }

  private remove(c: Change, attributes: string[]): void {
    const t = c.rc.type
    if (isCluster(t)) this.emit(c, 'cluster-delete', attributes, {}, 'before')
    else if (isPool(t)) {
      if (c.bool('orphan_on_delete', 'before'))
        return this.skip(c, 'orphan-on-delete', ['orphan_on_delete'])
      this.emit(
        c,
        'worker-pool-delete',
        attributes,
        this.poolFields(c, 'before'),
        'before'
      )
    } else this.skip(c, 'zone-remove', attributes)
  }

  private update(c: Change): void {
    const changed = c.changed()
    const used = new Set<string>()
    const t = c.rc.type
    if (isCluster(t)) {
      if (changed.includes('kube_version')) {
        used.add('kube_version')
        const kms = changed.includes('kms_config')
          ? kmsOf(c)?.filter(k => k.scope === 'cluster')
          : undefined
        if (kms) used.add('kms_config')
        this.emit(
          c,
          'cluster-update',
          ['kube_version', ...(kms ? ['kms_config'] : [])],
          {
            kubeVersion: c.str('kube_version'),
            previousKubeVersion: known(c.str('kube_version', 'before')),
            kms
          },
          'after'
        )
      } else if (changed.includes('kms_config')) {
        // Enabling KMS on an existing cluster (POST /v2/enableKMS) is a master update without a version.
        const kms = kmsOf(c)?.filter(k => k.scope === 'cluster')
        if (kms && kms.length > 0) {
          used.add('kms_config')
          this.emit(c, 'cluster-update', ['kms_config'], {kms}, 'after')
        }
      }
      // The provider updates workers when patch_version or retry_patch_version changes, or when
      // update_all_workers is on and the version (or the flag) changes: classic reloads them, VPC replaces them.
      // Classic workers_info: a changed version updates that worker (the provider's worker update).
      const workerAttrs = [
        'patch_version',
        'retry_patch_version',
        ...(t === 'ibm_container_cluster' ? ['workers_info'] : [])
      ].filter(a => changed.includes(a))
      if (
        c.bool('update_all_workers') &&
        (changed.includes('kube_version') ||
          changed.includes('update_all_workers'))
      )
        workerAttrs.push('update_all_workers')
      if (workerAttrs.length > 0) {
        workerAttrs.forEach(a => used.add(a))
        this.emit(
          c,
          t === 'ibm_container_cluster' ? 'worker-reload' : 'worker-replace',
          workerAttrs.sort(),
          {kubeVersion: c.str('patch_version') ?? c.str('kube_version')},
          'after'
        )
      }
    } else if (isPool(t)) {
      const size =
        t === 'ibm_container_worker_pool' ? 'size_per_zone' : 'worker_count'
      if (changed.includes(size)) {
        used.add(size)
        const prev = c.num(size, 'before')
        this.emit(
          c,
          'worker-pool-resize',
          [size],
          {
            ...this.poolFields(c, 'after'),
            previousWorkersPerZone: known(prev)
          },
          'after'
        )
      }
      if (t === 'ibm_container_vpc_worker_pool' && changed.includes('zones')) {
        used.add('zones')
        this.zoneChanges(c)
      }
    }
    // Attachment VLAN changes are an update of the zone's network (PATCH), which no check covers yet.
    if (t === 'ibm_container_worker_pool_zone_attachment') {
      const net = changed.filter(
        a => a === 'private_vlan_id' || a === 'public_vlan_id'
      )
      net.forEach(a => used.add(a))
      if (net.length > 0) this.skip(c, 'zone-network-change', net)
    }
    const rest = changed.filter(a => !used.has(a))
    if (rest.length > 0) this.skip(c, 'not-an-iks-operation', rest)
  }

  /** VPC pool zones are a set of {name, subnet_id}: added names are zone-adds; removals and subnet moves are noted. */
  private zoneChanges(c: Change): void {
    const after = vpcZones(c, 'after')
    const before = vpcZones(c, 'before')
    if (isAfterApply(after)) {
      this.emit(
        c,
        'zone-add',
        ['zones'],
        {...this.poolFields(c, 'after'), zones: AFTER_APPLY},
        'after'
      )
      return
    }
    const beforeList = isAfterApply(before) ? [] : (before ?? [])
    const names = (l: ZonePlacement[]): Array<string | undefined> =>
      l.map(z => known(z.zone))
    const added = (after ?? []).filter(
      z => !isAfterApply(z.zone) && !names(beforeList).includes(known(z.zone))
    )
    const unknownZone = (after ?? []).filter(z => isAfterApply(z.zone))
    const removed = beforeList.filter(
      z => !names(after ?? []).includes(known(z.zone))
    )
    const moved = (after ?? []).filter(z => {
      const old = beforeList.find(
        b => known(b.zone) !== undefined && known(b.zone) === known(z.zone)
      )
      return old !== undefined && !deepEqual(old.subnetId, z.subnetId)
    })
    if (added.length + unknownZone.length > 0)
      this.emit(
        c,
        'zone-add',
        ['zones'],
        {
          ...this.poolFields(c, 'after'),
          zones: [...added, ...unknownZone]
        },
        'after'
      )
    if (removed.length > 0) this.skip(c, 'zone-remove', ['zones'])
    if (moved.length > 0) this.skip(c, 'zone-network-change', ['zones'])
  }

  private poolFields(
    c: Change,
    from: 'after' | 'before'
  ): Omit<OperationIntent, 'operation' | 'source' | 'provider'> {
    const vpc = c.rc.type === 'ibm_container_vpc_worker_pool'
    return {
      pool: c.str('worker_pool_name', from),
      flavor: c.str(vpc ? 'flavor' : 'machine_type', from),
      workersPerZone: c.num(vpc ? 'worker_count' : 'size_per_zone', from),
      ...(vpc && {
        zones: vpcZones(c, from),
        vpcId: c.str('vpc_id', from),
        kms: from === 'after' ? kmsOf(c) : undefined
      })
    }
  }
}

function replacePaths(c: Change): string[] {
  const paths = c.rc.change.replace_paths
  if (!Array.isArray(paths)) return []
  const top = paths
    .map(p => (Array.isArray(p) ? p[0] : undefined))
    .filter((p): p is string => typeof p === 'string')
  return [...new Set(top)].sort()
}

/** Classic: one zone (datacenter of a cluster, zone of an attachment) with the VLANs given for it. */
function classicZone(c: Change, zoneAttr: string): Planned<ZonePlacement[]> {
  return [
    dropUndefined({
      zone: c.str(zoneAttr),
      privateVlan: c.str('private_vlan_id'),
      publicVlan: c.str('public_vlan_id')
    })
  ]
}

function vpcZones(
  c: Change,
  from: 'after' | 'before'
): Planned<ZonePlacement[]> | undefined {
  const blocks = c.blocks('zones', from)
  if (isAfterApply(blocks)) return AFTER_APPLY
  if (blocks.length === 0) return undefined
  return blocks.map(b =>
    dropUndefined({
      zone: blockStr(b, 'name'),
      subnetId: blockStr(b, 'subnet_id')
    })
  )
}

/** kms_config (cluster secrets) and kms_instance_id + crk (VPC worker volumes), as planned. */
function kmsOf(c: Change): KmsUse[] | undefined {
  const out: KmsUse[] = []
  const cfg = c.blocks('kms_config')
  if (isAfterApply(cfg))
    out.push({
      scope: 'cluster',
      instanceId: AFTER_APPLY,
      rootKeyId: AFTER_APPLY
    })
  else
    for (const b of cfg)
      out.push(
        dropUndefined({
          scope: 'cluster' as const,
          instanceId: blockStr(b, 'instance_id') ?? AFTER_APPLY,
          rootKeyId: blockStr(b, 'crk_id') ?? AFTER_APPLY,
          accountId: blockStr(b, 'account_id')
        })
      )
  const instanceId = c.str('kms_instance_id')
  const rootKeyId = c.str('crk')
  if (instanceId !== undefined || rootKeyId !== undefined)
    out.push(
      dropUndefined({
        scope: 'worker-volumes' as const,
        instanceId: instanceId ?? AFTER_APPLY,
        rootKeyId: rootKeyId ?? AFTER_APPLY,
        accountId: c.str('kms_account_id')
      })
    )
  return out.length > 0 ? out : undefined
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined)
  ) as T
}

/** One group per cluster: by plan address and name (a replace that renames is two clusters), else by name. */
function groupKey(d: Derived, i: number): string {
  const name = known(d.cluster.nameOrId)
  if (d.cluster.address !== undefined)
    return `a:${d.cluster.address}|${name ?? ''}`
  return name !== undefined ? `n:${name}` : `u:${i}`
}

/**
 * Every IKS operation of a plan, grouped per cluster in plan order. Throws InputError (input
 * 'terraform-plan') naming what is wrong when the text is not `terraform show -json` plan output.
 */
export function intentFromPlan(text: string): Intent {
  const {changes, config} = readPlan(text)
  const d = new Deriver(changes, config)
  d.run()
  const groups = new Map<string, ClusterIntent>()
  d.derived.forEach((x, i) => {
    const key = groupKey(x, i)
    let g = groups.get(key)
    if (!g) {
      g = {cluster: x.cluster, provider: x.provider, operations: []}
      groups.set(key, g)
    } else if (
      isAfterApply(g.cluster.nameOrId) &&
      !isAfterApply(x.cluster.nameOrId)
    ) {
      g.cluster = x.cluster
    }
    g.operations.push(x.op)
  })
  return {clusters: [...groups.values()], skipped: d.skipped}
}
