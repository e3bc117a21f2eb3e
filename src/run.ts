import {CATALOGUE} from './checks/catalogue.js'
import type {Check} from './checks/types.js'
import type {Config, Operation, Provider} from './config/types.js'
import {runChecks, type EngineLog} from './engine.js'
import {Facts, identityKind, type Identity, type TargetInfo} from './facts.js'
import type {Finding} from './findings.js'
import {Deadline} from './ibm/deadline.js'
import {resolveEndpoints} from './ibm/endpoints.js'
import {HttpClient} from './ibm/http.js'
import type {IamToken} from './ibm/iam.js'
import {isAfterApply, known, type Intent} from './intent/types.js'
import {en} from './messages/en.js'
import {
  render,
  supportedLanguage,
  useCatalogue,
  type Language
} from './messages/index.js'
import type {Msg} from './messages/types.js'
import {remediate} from './remediate/index.js'
import {buildReport, type Report} from './report/model.js'
import {checkPages} from './report/reference.js'
import {registerSecret} from './secrets.js'
import {TOOL_NAME, VERSION} from './version.js'

// The checks' sentences load with the engine, not with every start (messages/index.ts).
useCatalogue('en', en)

export interface RunOptions {
  env: Partial<Record<string, string>>
  /** `info` (when given) gets the lines a person should see: what a plan holds that is not pre-flighted. */
  log: EngineLog & {info?: (message: string) => void}
  catalogue?: readonly Check[]
  /** Defaults to config.language. */
  language?: Language
  /** Tests shorten retry waits with this. */
  backoffBaseMs?: number
}

/**
 * Who the key is and where each cluster lives, for the report. After the deadline nothing new is
 * asked: what did arrive (the token's claims, a cluster read) is still reported.
 */
async function learnt(
  facts: Facts,
  config: Config,
  deadline: Deadline
): Promise<{identity?: Identity; targets: Report['targets']}> {
  const identity = deadline.expired
    ? await facts.settled<Identity>('identity')
    : await facts.identity().catch(() => undefined)
  const fallback =
    identity ??
    (await facts.settled<IamToken>('token').then(token => {
      if (token === undefined) return undefined
      const c = token.claims
      return {
        accountId: c.accountId,
        iamId: c.iamId,
        kind: identityKind(c.iamId),
        name: c.name,
        email: c.email
      } satisfies Identity
    }))
  const targets = await Promise.all(
    config.clusters.map(async ref =>
      deadline.expired
        ? ((await facts.settled<TargetInfo>(`target:${ref}`)) ?? {ref})
        : await facts.target(ref).catch(() => ({ref}))
    )
  )
  return {identity: fallback, targets}
}

/** One operation on the clusters it applies to: the engine's unit of work (it sees one Config). */
interface Pass {
  operation: Operation
  clusters: string[]
  /** A create's provider comes from its cluster in the plan. */
  provider?: Provider
  /** A create's resource group: the plan's resource_group_id when it is known. */
  resourceGroup?: string
}

/** Why a plan change is not pre-flighted, in words (docs/terraform-plan.md lists each reason). */
/**
 * The passes of a run, in intent order: one per operation (per provider for creates), each on every
 * cluster the intent gives it, once. What cannot be read from IBM yet is named in `notes` instead: a
 * cluster known only after apply, and operations on a cluster the same plan creates first.
 */
export function passesOf(intent: Intent): {passes: Pass[]; notes: Msg[]} {
  const passes: Pass[] = []
  const notes: Msg[] = []
  for (const c of intent.clusters) {
    const ref = known(c.cluster.nameOrId)
    const what = c.operations
      .map(o =>
        o.source.kind === 'plan'
          ? `${o.source.address} (${o.operation})`
          : o.operation
      )
      .filter((x, i, all) => all.indexOf(x) === i)
      .join(', ')
    if (ref === undefined) {
      notes.push(
        c.cluster.address !== undefined
          ? {
              id: 'plan.note.name-after-apply',
              params: {what, address: c.cluster.address}
            }
          : {id: 'plan.note.cluster-after-apply', params: {what}}
      )
      continue
    }
    let created = false
    for (const o of c.operations) {
      // A delete after a create (create_before_destroy) is about the old cluster, which IBM can tell.
      if (created && o.operation !== 'cluster-delete') {
        notes.push({
          id: 'plan.note.created-first',
          params: {
            what:
              o.source.kind === 'plan'
                ? `${o.source.address} (${o.operation})`
                : o.operation,
            cluster: ref
          }
        })
        continue
      }
      const provider =
        o.operation === 'cluster-create'
          ? (o.provider ?? c.provider)
          : undefined
      const resourceGroup =
        o.operation === 'cluster-create' ? known(o.resourceGroupId) : undefined
      if (o.operation === 'cluster-create' && isAfterApply(o.resourceGroupId))
        notes.push({
          id: 'plan.note.group-after-apply',
          params: {address: c.cluster.address ?? ref, cluster: ref}
        })
      created ||= o.operation === 'cluster-create'
      let pass = passes.find(
        p =>
          p.operation === o.operation &&
          p.provider === provider &&
          p.resourceGroup === resourceGroup
      )
      if (pass === undefined) {
        pass = {
          operation: o.operation,
          clusters: [],
          provider,
          ...(resourceGroup !== undefined && {resourceGroup})
        }
        passes.push(pass)
      }
      if (!pass.clusters.includes(ref)) pass.clusters.push(ref)
    }
  }
  return {passes, notes}
}

/** What a plan holds and this run does not pre-flight, one line each (never dropped silently). */
function notPreflighted(config: Config, notes: Msg[]): Msg[] {
  return [
    ...config.intent.skipped.map((s): Msg => ({
      id: 'plan.note.skipped',
      params: {
        address: s.address,
        actions: s.actions.length > 0 ? ` (${s.actions.join(', ')})` : '',
        attributes:
          s.attributes.length > 0 ? ` ${s.attributes.join(', ')}` : '',
        reason: {id: `plan.reason.${s.reason}`},
        code: s.reason
      }
    })),
    ...notes.map((note): Msg => ({
      id: 'plan.note.not-preflighted',
      params: {note}
    }))
  ]
}

/** The provider attribute behind each input name, per resource type (classic types differ). */
function planAttribute(input: string, type: string): string | undefined {
  const classic =
    type === 'ibm_container_cluster' ||
    type === 'ibm_container_worker_pool' ||
    type === 'ibm_container_worker_pool_zone_attachment'
  switch (input) {
    case 'subnet-ids':
      return 'zones[].subnet_id'
    case 'zones':
      return type === 'ibm_container_cluster'
        ? 'datacenter'
        : classic
          ? 'zone'
          : 'zones'
    case 'workers-per-zone':
      return type === 'ibm_container_cluster'
        ? 'default_pool_size'
        : classic
          ? 'size_per_zone'
          : 'worker_count'
    case 'flavor':
      return classic ? 'machine_type' : 'flavor'
    case 'vpc-id':
      return 'vpc_id'
    case 'kube-version':
      return 'kube_version'
    case 'private-vlan':
      return 'private_vlan_id'
    case 'public-vlan':
      return 'public_vlan_id'
    case 'worker-pool':
      return 'worker_pool_name'
    default:
      return undefined
  }
}

/**
 * In a plan run, a finding that names an input ("subnet-ids is known after apply") names the resource
 * attribute instead (ibm_container_vpc_worker_pool.edge zones[].subnet_id): a plan run takes no such input.
 */
function planWording(
  findings: Finding[],
  intent: Intent,
  operation: Operation
): Finding[] {
  return findings.map(f => {
    const input = f.summary.params?.['input']
    if (typeof input !== 'string') return f
    const addresses = intent.clusters
      .filter(c => known(c.cluster.nameOrId) === f.target)
      .flatMap(c => c.operations)
      .filter(o => o.operation === operation && o.source.kind === 'plan')
      .map(o => (o.source.kind === 'plan' ? o.source.address : ''))
    const labels = [...new Set(addresses)].flatMap(a => {
      const type = /(ibm_container_[a-z_]+)\.[^.]+$/.exec(a)?.[1]
      const attr = type === undefined ? undefined : planAttribute(input, type)
      return attr === undefined ? [] : [`${a}.${attr}`]
    })
    if (labels.length === 0) return f
    return {
      ...f,
      summary: {
        ...f.summary,
        params: {...f.summary.params, input: labels.join(', ')}
      }
    }
  })
}

/**
 * An account-wide check runs in every pass (its verdict gates the cluster checks of that pass) but is
 * reported once: the first verdict that applies to an operation of the run.
 */
function mergeAccount(into: Finding[], next: Finding[]): void {
  for (const f of next) {
    const at = into.findIndex(
      g => g.target === 'account' && g.check === f.check
    )
    if (at === -1) into.push(f)
    else if (into[at]!.summary.id === 'common.not-for-operation')
      into.splice(at, 1, f)
  }
}

/**
 * A cluster given twice, by name and by ID, is checked once: the first ref stands for the others, which
 * the report marks `sameAs`. With one ref there is nothing to compare and no look-up is made here.
 */
async function distinctClusters(
  facts: Facts,
  refs: readonly string[]
): Promise<{clusters: string[]; sameAs: Map<string, string>}> {
  const sameAs = new Map<string, string>()
  if (refs.length < 2) return {clusters: [...refs], sameAs}
  const ids = await Promise.all(
    refs.map(ref =>
      facts.target(ref).then(
        t => (t.kind === 'existing' ? t.id : undefined),
        () => undefined
      )
    )
  )
  const firstById = new Map<string, string>()
  const clusters: string[] = []
  refs.forEach((ref, i) => {
    const id = ids[i]
    const first = id === undefined ? undefined : firstById.get(id)
    if (first !== undefined) {
      sameAs.set(ref, first)
      return
    }
    if (id !== undefined) firstById.set(id, ref)
    clusters.push(ref)
  })
  return {clusters, sameAs}
}

/** inputs → facts from IBM → findings → one report. The output channels are the callers' business. */
export async function runPreflight(
  config: Config,
  opts: RunOptions
): Promise<Report> {
  registerSecret(config.apiKey)
  const catalogue = opts.catalogue ?? CATALOGUE
  const started = new Date()
  const deadline = new Deadline(config.timeoutSeconds * 1000)
  const http = new HttpClient({
    deadline,
    maxConcurrency: config.maxConcurrency,
    userAgent: `${TOOL_NAME}/${VERSION}`,
    debug: opts.log.debug,
    backoffBaseMs: opts.backoffBaseMs
  })
  try {
    const {passes, notes} =
      config.planFile === undefined
        ? {
            passes: [{operation: config.operation, clusters: config.clusters}],
            notes: []
          }
        : passesOf(config.intent)
    const language = opts.language ?? supportedLanguage(config.language)
    const lines = notPreflighted(config, notes)
    for (const line of lines)
      (opts.log.info ?? opts.log.debug)(render(line, language))
    const several = passes.length > 1
    const endpoints = resolveEndpoints(
      opts.env,
      config.visibility,
      config.region
    )
    const findings: Finding[] = []
    const targets: Report['targets'] = []
    let identity: Identity | undefined
    let facts: Facts | undefined
    // Passes run one after another: each reuses the reads of those before (token, account, clusters).
    for (const pass of passes) {
      const given: Config = {
        ...config,
        operation: pass.operation,
        clusters: pass.clusters,
        provider: pass.provider ?? config.provider,
        resourceGroup: pass.resourceGroup ?? config.resourceGroup,
        // A new cluster has no VPE gateway to repair; the plan's other operations still may.
        remediate:
          pass.operation === 'cluster-create' ? 'none' : config.remediate
      }
      facts =
        facts === undefined
          ? new Facts(given, endpoints, http)
          : facts.forOperation(given)
      const passFacts = facts
      const {clusters, sameAs} = await distinctClusters(
        passFacts,
        pass.clusters
      )
      const passConfig: Config = {...given, clusters}
      const checked = await runChecks(
        catalogue,
        passConfig,
        passFacts,
        deadline,
        opts.log
      )
      // Writes (opt-in) come after every read, then the checks they affect run again on fresh facts.
      const done = await remediate({
        config: passConfig,
        facts: passFacts,
        findings: checked,
        recheck: (fresh, ids, target) =>
          runChecks(
            catalogue,
            passConfig,
            fresh,
            deadline,
            opts.log,
            catalogue
              .filter(c => ids.includes(c.id))
              .map(check => ({check, target}))
          )
      })
      // Findings in engine order; with several passes, an account-wide check is reported once.
      const worded =
        config.planFile === undefined
          ? done
          : planWording(done, config.intent, pass.operation)
      for (const f of worded)
        if (!several) findings.push(f)
        else if (f.target === 'account') mergeAccount(findings, [f])
        else findings.push({...f, operation: pass.operation})
      const seen = await learnt(passFacts, given, deadline)
      identity ??= seen.identity
      for (const t of seen.targets)
        if (!targets.some(u => u.ref === t.ref))
          targets.push(
            sameAs.has(t.ref) ? {...t, sameAs: sameAs.get(t.ref)} : t
          )
    }
    // A plan without IKS change has nothing to pre-flight: it passes (its notes say what it holds).
    const nothingToPreflight =
      config.planFile !== undefined &&
      config.intent.clusters.every(c => c.operations.length === 0)
    return buildReport({
      config: {
        ...config,
        operation: nothingToPreflight
          ? 'terraform-plan'
          : passes.map(p => p.operation).join(', ') || config.operation
      },
      ...(nothingToPreflight && {nothingToPreflight}),
      notes: lines,
      catalogue,
      findings,
      identity,
      targets,
      startedAt: started,
      durationMs: Date.now() - started.getTime(),
      requests: http.records,
      language,
      pageOf: checkPages(
        opts.env,
        catalogue.map(c => c.id)
      )
    })
  } finally {
    deadline.dispose()
    http.close()
  }
}
