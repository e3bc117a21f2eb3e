import {policyCreate, roleForRead, type PolicySubject} from '../commands/iam.js'
import {cmd} from '../commands/ibmcloud.js'
import type {Facts, TargetInfo} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {PoolZone, WorkerPoolInfo} from '../ibm/iks-more.js'
import {ApiError} from '../ibm/errors.js'
import type {VpcRead, VpcSubnet} from '../ibm/network-more.js'
import type {EndpointGateway} from '../ibm/vpc.js'
import {
  isAfterApply,
  known,
  type OperationIntent,
  type Planned,
  type ZonePlacement
} from '../intent/types.js'
import {normaliseState} from './cluster-access.js'
import {couldNotVerify, intentsOrBare, poolByRef} from './helpers.js'
import type {Check, Rule} from './types.js'

/**
 * Addresses IKS takes from a subnet besides one per worker: the cluster's VPE gateway takes one in each zone
 * where the cluster has workers, from a subnet IBM picks (docs/ibm-api-assumptions-network.md, "Subnet
 * headroom", from ibm-cloud-docs/containers vpc-subnets.md). A zone new to the cluster may therefore need
 * one more address in this subnet.
 */
const VPE_ADDRESSES_PER_NEW_ZONE = 1
/**
 * The shared VPE gateways of a VPC's first 1.28+ cluster: Container Registry, Object Storage s3 and config
 * (secure-by-default page, "Shared VPE gateways"), each "assigned a single Reserved IP from each zone that
 * the cluster workers are in", from a subnet IBM picks: a warning when only they would not fit.
 */
const SHARED_VPE_SERVICES = 3
const GONE_WORKER_STATES = new Set(['deleted', 'deleting'])

type Input = 'subnet-ids' | 'zones' | 'workers-per-zone' | 'vpc-id'

/** One subnet as the operation uses it: the zone it is given for and the workers it adds there. */
interface Use {
  subnetId: string
  /** The zone the subnet is given for; undefined when only the subnet was named. */
  zone?: string
  workers: number
  /** The address of the cluster's VPE gateway in a zone new to the cluster. */
  vpe: number
  /** The worker count is a lower bound (not given, or known after apply). */
  assumed?: 'not-given' | 'after-apply'
  /** A zone add counted the size of this pool (IKS's list), the inputs giving none. */
  poolSize?: string
}

type Gap = {input: Input; afterApply: boolean}

const fail = (
  rule: 'placement' | 'free-addresses',
  outcome: Omit<Outcome, 'status' | 'rule'>
): Outcome => ({
  status: 'fail',
  rule: `vpc-subnets.${rule}`,
  ...outcome
})

/** IKS has accepted subnets of another VPC (a broken cluster follows, but no IBM refusal is documented): a warning. */
const warnOneVpc = (outcome: Omit<Outcome, 'status' | 'rule'>): Outcome => ({
  status: 'warn',
  rule: 'vpc-subnets.one-vpc',
  ...outcome
})

/** A read the key was refused verifies nothing: "could not verify", with the role that allows it. */
const notReadable = (outcome: Omit<Outcome, 'status'>): Outcome => ({
  status: 'error',
  ...outcome
})

function gapOf<T>(v: Planned<T> | undefined, input: Input): Gap | undefined {
  if (v === undefined) return {input, afterApply: false}
  if (isAfterApply(v)) return {input, afterApply: true}
  return undefined
}

/** The size per zone of the pool a zone add names, from IKS's list; undefined when it cannot be told. */
function poolSizeOf(
  o: OperationIntent,
  pools: WorkerPoolInfo[] | undefined
): {pool: string; workers: number} | undefined {
  const ref = known(o.pool)
  if (ref === undefined || pools === undefined) return undefined
  const pool = poolByRef(pools, ref)
  const size = pool?.workersPerZone
  return size === undefined || size < 1
    ? undefined
    : {pool: pool!.name ?? ref, workers: size}
}

/** Workers per zone the operation adds, or a lower bound of 1 when the count is not known yet. */
function addedPerZone(
  o: OperationIntent
): Pick<Use, 'workers' | 'assumed' | 'poolSize'> | Gap {
  const wanted = o.workersPerZone
  if (o.operation !== 'worker-pool-resize') {
    if (wanted === undefined) return {workers: 1, assumed: 'not-given'}
    if (isAfterApply(wanted)) return {workers: 1, assumed: 'after-apply'}
    return {workers: wanted}
  }
  // A resize adds workers only when it grows the pool; how many is the difference, never a guess.
  return gapOf(wanted, 'workers-per-zone') ?? {workers: known(wanted)!}
}

function liveWorkersOf(
  workers: Awaited<ReturnType<Facts['workers']>>,
  pool: string | undefined,
  zone: string | undefined
): number {
  return workers.filter(
    w =>
      w.poolName === pool &&
      w.zone === zone &&
      !GONE_WORKER_STATES.has(normaliseState(w.state ?? ''))
  ).length
}

/** An operation that grows a pool the cluster already has (its subnets are IKS's, not the inputs'). */
const growsPool = (o: OperationIntent): boolean =>
  o.operation === 'worker-pool-resize' || o.operation === 'worker-add'

/** Whether the subnets of this intent must come from IKS's list of the cluster's pools. */
const needsPoolSubnets = (o: OperationIntent): boolean =>
  growsPool(o) &&
  (o.zones === undefined ||
    (!isAfterApply(o.zones) && o.zones.some(p => p.subnetId === undefined)))

/**
 * The subnet IKS puts a pool's new workers on in one zone: the primary one, or the only one. Several and
 * none marked primary is not known.
 */
function poolSubnetOf(zone: PoolZone): string | undefined {
  const primary = zone.subnets.find(s => s.primary === true)
  if (primary !== undefined) return primary.id
  return zone.subnets.length === 1 ? zone.subnets[0]!.id : undefined
}

/**
 * The placements of a resize or worker add whose inputs do not name subnets, from the pool IKS lists: every
 * zone of the pool, or the zones given. Undefined when the pool cannot be known: no pool named (or known
 * after apply), no pool of that name or ID in the cluster, or a zone without one subnet IKS marks primary.
 */
function placementsOf(
  o: OperationIntent,
  pools: WorkerPoolInfo[] | undefined
): Array<{zone: string; subnetId: string; before?: number}> | undefined {
  const ref = known(o.pool)
  if (ref === undefined || pools === undefined) return undefined
  const pool = poolByRef(pools, ref)
  if (pool === undefined) return undefined
  const wanted =
    o.zones === undefined || isAfterApply(o.zones)
      ? pool.zones.map(z => z.id)
      : o.zones.map(p => known(p.zone))
  const out: Array<{zone: string; subnetId: string; before?: number}> = []
  for (const zone of wanted) {
    const pz = pool.zones.find(z => z.id === zone)
    const subnetId = pz === undefined ? undefined : poolSubnetOf(pz)
    if (subnetId === undefined) return undefined
    out.push({
      zone: pz!.id,
      subnetId,
      before: pz!.workerCount ?? pool.workersPerZone
    })
  }
  return out
}

/** The subnets of every intent of this operation, or the first input that keeps them from being known. */
async function usesOf(
  intents: OperationIntent[],
  facts: Facts,
  t: TargetInfo,
  zonesNow: Set<string>,
  pools: WorkerPoolInfo[] | undefined
): Promise<Use[] | Gap | 'pool-subnets-unknown'> {
  const uses: Use[] = []
  for (const o of intents) {
    if (isAfterApply(o.zones)) return {input: 'zones', afterApply: true}
    const fromPool = needsPoolSubnets(o) ? placementsOf(o, pools) : undefined
    if (needsPoolSubnets(o) && fromPool === undefined)
      return 'pool-subnets-unknown'
    const zones: ZonePlacement[] | undefined =
      fromPool?.map((p, i) => ({
        zone: p.zone,
        // A subnet the inputs give for a zone wins over the pool's.
        subnetId:
          (isAfterApply(o.zones) ? undefined : o.zones?.[i]?.subnetId) ??
          p.subnetId
      })) ?? o.zones
    if (zones === undefined) return {input: 'subnet-ids', afterApply: false}
    let added = addedPerZone(o)
    if ('input' in added) return added
    // A zone add gives the new zone the pool's size: IKS lists it, so it is counted, not guessed.
    const sized =
      o.operation === 'zone-add' && added.assumed === 'not-given'
        ? poolSizeOf(o, pools)
        : undefined
    if (sized !== undefined)
      added = {workers: sized.workers, poolSize: sized.pool}
    for (const [i, p] of zones.entries()) {
      const gap = gapOf(p.subnetId, 'subnet-ids')
      if (gap) return gap
      if (isAfterApply(p.zone)) return {input: 'zones', afterApply: true}
      const zone = known(p.zone)
      let workers = added.workers
      if (o.operation === 'worker-pool-resize') {
        // The pool's own size in that zone (IKS's list), else the plan's previous size, else its live workers.
        const before =
          fromPool?.[i]?.before ??
          o.previousWorkersPerZone ??
          liveWorkersOf(
            t.id === undefined ? [] : await facts.workers(t.id),
            known(o.pool),
            zone
          )
        workers = Math.max(0, workers - before)
      }
      const newZone =
        o.operation === 'cluster-create' ||
        (!growsPool(o) && zone !== undefined && !zonesNow.has(zone))
      uses.push({
        subnetId: known(p.subnetId)!,
        zone,
        workers,
        vpe: newZone ? VPE_ADDRESSES_PER_NEW_ZONE : 0,
        ...(added.assumed && {assumed: added.assumed}),
        ...(added.poolSize !== undefined && {poolSize: added.poolSize})
      })
    }
  }
  return uses
}

/** The same subnet used twice (two pools in one plan) needs the sum of both. */
function merged(uses: Use[]): Use[] {
  const by = new Map<string, Use>()
  for (const u of uses) {
    const seen = by.get(u.subnetId)
    if (seen === undefined) by.set(u.subnetId, {...u})
    else {
      seen.workers += u.workers
      seen.vpe = Math.max(seen.vpe, u.vpe)
      seen.assumed ??= u.assumed
      seen.poolSize ??= u.poolSize
    }
  }
  return [...by.values()]
}

function roleFix(who: PolicySubject | undefined): FixStep {
  const grant = roleForRead('vpc', 'get subnet')!
  return {
    text: {
      id: 'vpc-subnets.forbidden.fix',
      params: {role: grant.role, label: grant.label}
    },
    commands: [policyCreate(who, grant)]
  }
}

function vpcOutcome(
  read: VpcRead,
  vpcId: string,
  region: string,
  who: PolicySubject | undefined
): Outcome | undefined {
  if (read.kind === 'not-found')
    return fail('placement', {
      summary: {id: 'vpc-subnets.vpc-not-found', params: {vpc: vpcId, region}},
      why: {id: 'vpc-subnets.vpc-not-found.why'},
      fix: [
        {
          text: {id: 'vpc-subnets.vpc-not-found.fix'},
          commands: [cmd.targetRegion(region), cmd.isVpcs()]
        }
      ]
    })
  if (read.kind === 'forbidden')
    return notReadable({
      summary: {id: 'vpc-subnets.vpc-forbidden', params: {vpc: vpcId, region}},
      why: {id: 'vpc-subnets.forbidden.why'},
      fix: [roleFix(who)]
    })
  const status = read.vpc.status ?? 'unknown'
  if (status !== 'available')
    return {
      status: 'warn',
      rule: 'vpc-subnets.status',
      summary: {id: 'vpc-subnets.vpc-status', params: {vpc: vpcId, status}},
      why: {id: 'vpc-subnets.status.why'},
      fix: [
        {
          text: {id: 'vpc-subnets.status.fix'},
          commands: [cmd.isVpc(vpcId)]
        }
      ]
    }
  return undefined
}

/** What is wrong with one subnet, worst first; none when it can take the workers. */
function subnetOutcomes(
  s: VpcSubnet,
  use: Use,
  expectedVpcs: string[],
  region: string
): Outcome[] {
  const out: Outcome[] = []
  const missing = (field: string): Outcome => ({
    status: 'error',
    summary: {
      id: 'vpc-subnets.unreadable',
      params: {subnet: s.id, field}
    },
    why: {id: 'common.could-not-verify.why'}
  })
  if (s.zone === undefined) out.push(missing('zone.name'))
  else if (use.zone !== undefined && s.zone !== use.zone) {
    // VPC zones are named <region>-<n>: a zone of another region would list nothing here.
    const inRegion = use.zone.startsWith(`${region}-`)
    out.push(
      fail('placement', {
        summary: {
          id: 'vpc-subnets.wrong-zone',
          params: {subnet: s.id, zone: use.zone, actual: s.zone}
        },
        why: {id: 'vpc-subnets.wrong-zone.why', params: {zone: use.zone}},
        fix: [
          inRegion
            ? {
                text: {
                  id: 'vpc-subnets.wrong-zone.fix',
                  params: {zone: use.zone}
                },
                commands: [
                  cmd.targetRegion(region),
                  cmd.isSubnets({zone: use.zone})
                ]
              }
            : {
                text: {
                  id: 'vpc-subnets.wrong-zone.fix.region',
                  params: {zone: use.zone, region}
                },
                commands: [cmd.targetRegion(region), cmd.isSubnets()]
              }
        ]
      })
    )
  }
  if (s.vpcId === undefined) out.push(missing('vpc.id'))
  else if (expectedVpcs.length > 0 && !expectedVpcs.includes(s.vpcId))
    out.push(
      warnOneVpc({
        summary: {
          id: 'vpc-subnets.wrong-vpc',
          params: {
            subnet: s.id,
            actual: s.vpcId,
            vpc: expectedVpcs.join(', ')
          }
        },
        why: {id: 'vpc-subnets.wrong-vpc.why'},
        fix: [
          {
            text: {
              id: 'vpc-subnets.wrong-vpc.fix',
              params: {vpc: expectedVpcs[0]!}
            },
            commands: [
              cmd.targetRegion(region),
              cmd.isSubnets({vpc: expectedVpcs[0]!})
            ]
          }
        ]
      })
    )
  const status = s.status ?? 'unknown'
  if (status !== 'available')
    out.push({
      status: 'warn',
      rule: 'vpc-subnets.status',
      summary: {
        id: 'vpc-subnets.status',
        params: {subnet: s.id, status}
      },
      why: {id: 'vpc-subnets.status.why'},
      fix: [
        {
          text: {id: 'vpc-subnets.status.fix'},
          commands: [cmd.isSubnet(s.id)]
        }
      ]
    })
  const need = use.workers + use.vpe
  if (s.availableIpv4 === undefined)
    out.push(missing('available_ipv4_address_count'))
  else if (s.availableIpv4 < need)
    out.push(
      fail('free-addresses', {
        summary: {
          id: 'vpc-subnets.full',
          params: {
            subnet: s.id,
            zone: s.zone ?? use.zone ?? '?',
            free: s.availableIpv4,
            need,
            workers: use.workers,
            vpe: use.vpe
          }
        },
        why: {id: 'vpc-subnets.full.why'},
        fix: [
          {
            text: {id: 'vpc-subnets.full.fix'},
            commands: [
              cmd.targetRegion(region),
              cmd.isSubnets({zone: s.zone ?? use.zone ?? '<zone>'})
            ]
          }
        ]
      })
    )
  return out
}

function detailOf(s: VpcSubnet, use: Use): Msg {
  return {
    id: 'vpc-subnets.detail',
    params: {
      subnet: s.id,
      zone: s.zone ?? '?',
      vpc: s.vpcId ?? '?',
      free: s.availableIpv4 ?? '?',
      total: s.totalIpv4 ?? '?',
      need: use.workers + use.vpe,
      workers: use.workers,
      vpe: use.vpe
    }
  }
}

/**
 * A worker replace or update (`worker replace --update`) takes one more address in the worker's subnet
 * while it runs (containers vpc-subnets). Which worker is not an input here, so every subnet of the
 * cluster's pools is read: all of them full fails, some full warns.
 */
async function replaceRun(facts: Facts, target: string): Promise<Outcome[]> {
  const cluster = await facts.cluster(target)
  const pools = await facts.workerPools(cluster.id)
  const ids = [
    ...new Set(
      pools.flatMap(p => p.zones.flatMap(z => z.subnets.map(x => x.id)))
    )
  ]
  const operation = 'worker-replace'
  if (ids.length === 0)
    return [
      {
        status: 'skip',
        summary: {
          id: 'vpc-subnets.replace-unknown',
          params: {name: cluster.name}
        }
      }
    ]
  const reads = await Promise.all(
    ids.map(id => facts.subnet(cluster.region, id))
  )
  const found = reads.flatMap(r => (r.kind === 'found' ? [r.subnet] : []))
  const unreadable = reads.some(
    r => r.kind !== 'found' || r.subnet.availableIpv4 === undefined
  )
  const full = found.filter(x => x.availableIpv4 === 0)
  const list = full.map(x => `${x.id} (${x.zone ?? '?'})`).join(', ')
  const details = found.map(x => ({
    id: 'vpc-subnets.detail' as const,
    params: {
      subnet: x.id,
      zone: x.zone ?? '?',
      vpc: x.vpcId ?? '?',
      free: x.availableIpv4 ?? '?',
      total: x.totalIpv4 ?? '?',
      need: 1,
      workers: 1,
      vpe: 0
    }
  }))
  const fix = [
    {
      text: {id: 'vpc-subnets.full.fix' as const},
      commands: [
        cmd.targetRegion(cluster.region),
        ...full.map(x => cmd.isSubnet(x.id))
      ]
    }
  ]
  if (full.length > 0 && full.length === ids.length)
    return [
      fail('free-addresses', {
        summary: {
          id: 'vpc-subnets.replace-full',
          params: {name: cluster.name, subnets: list, operation}
        },
        why: {id: 'vpc-subnets.replace-full.why'},
        fix,
        details
      })
    ]
  if (full.length > 0)
    return [
      {
        status: 'warn',
        rule: 'vpc-subnets.free-addresses',
        summary: {
          id: 'vpc-subnets.replace-some-full',
          params: {name: cluster.name, subnets: list}
        },
        why: {id: 'vpc-subnets.replace-full.why'},
        fix,
        details
      }
    ]
  if (unreadable)
    return [
      {
        status: 'error',
        summary: {
          id: 'vpc-subnets.unreadable',
          params: {
            subnet: ids
              .filter(
                (_, i) =>
                  reads[i]!.kind !== 'found' ||
                  (reads[i] as {subnet: VpcSubnet}).subnet.availableIpv4 ===
                    undefined
              )
              .join(', '),
            field: 'available_ipv4_address_count'
          }
        },
        why: {id: 'common.could-not-verify.why'},
        details
      }
    ]
  return [
    {
      status: 'pass',
      summary: {
        id: 'vpc-subnets.replace-pass',
        params: {name: cluster.name, count: ids.length}
      },
      details
    }
  ]
}

const SUBNETS_DOC =
  'https://cloud.ibm.com/docs/containers?topic=containers-vpc-subnets'
const SUBNETS_READ =
  'ibm-cloud-docs/containers@005fbfe7ff6607b3522dae9e978fa6126f5cc93d'

/** The rules of this check (docs/rules.md). */
const SUBNET_RULES: readonly Rule[] = [
  {
    id: 'vpc-subnets.free-addresses',
    says: "A subnet has a free address (VPC's available_ipv4_address_count, which leaves out the 5 VPC reserves) for every worker the operation adds there, plus the cluster's VPE gateway in a zone new to the cluster; a worker replace or update needs one more while it runs (all of the pools' subnets full fails, some full warns).",
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: SUBNETS_DOC,
        quote:
          '1 IP address is required per worker node in your cluster. 1 IP address is required each time that you update or replace a worker node.',
        read: SUBNETS_READ
      },
      {
        kind: 'doc',
        url: SUBNETS_DOC,
        quote:
          '1 IP address from one subnet in each zone where your cluster has worker nodes is required for the virtual private endpoints (VPE) gateway.',
        read: SUBNETS_READ
      },
      {
        kind: 'sdk',
        repo: 'IBM/vpc-go-sdk',
        path: 'vpcv1/vpc_v1.go (Subnet.AvailableIpv4AddressCount)',
        quote:
          'The number of IPv4 addresses in this subnet that are not in use, and have not been reserved by the user or the provider.'
      }
    ]
  },
  {
    id: 'vpc-subnets.placement',
    says: "Each zone of the operation is given an existing subnet of that zone, in the cluster's region (and the VPC named by vpc-id exists there).",
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: SUBNETS_DOC,
        quote:
          'Each worker node that you add in a cluster is deployed with a private IP address from the VPC subnet in that zone.',
        read: SUBNETS_READ
      },
      {
        kind: 'doc',
        url: SUBNETS_DOC,
        quote:
          "VPC subnets are bound to a single-campus multizone region and can't span multiple zones or regions.",
        read: SUBNETS_READ
      }
    ]
  },
  {
    id: 'vpc-subnets.one-vpc',
    says: "The subnets are in the cluster's VPC (one VPC per cluster); IKS has accepted others, so this warns.",
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'A create given a subnet of another VPC was accepted and its workers could not reach the others; IBM documents no refusal.',
        where: 'IBM-Cloud/terraform-provider-ibm#1841'
      }
    ]
  },
  {
    id: 'vpc-subnets.status',
    says: 'A subnet or VPC not available (deleting, failed, pending) warns.',
    level: 'warn',
    sources: [
      {
        kind: 'indirect',
        note: 'VPC lists the states (available, deleting, failed, pending); IBM documents no IKS refusal text for a subnet in another state.',
        where: 'IBM/vpc-go-sdk vpcv1 SubnetStatus*'
      }
    ]
  },
  {
    id: 'vpc-subnets.shared-vpe',
    says: "On a VPC that shows no endpoint gateway yet, a create's subnet that fits its workers but not 3 more addresses (the shared VPE gateways: Container Registry, Object Storage s3 and config) warns: IBM picks the subnet in the zone.",
    level: 'warn',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group-reference',
        quote:
          'When the first VPC cluster at IBM Cloud Kubernetes Service 1.28+ is created in a given VPC, or a cluster in that VPC has its master updated to 1.28+, then several shared VPE Gateways are created for various IBM Cloud services. … These shared VPE Gateways are assigned a single Reserved IP from each zone that the cluster workers are in.',
        read: '2026-12'
      }
    ]
  }
]

/**
 * The subnets a VPC operation puts workers on (from the inputs or a Terraform plan): each readable by the
 * key, in the zone it is given for, in the cluster's VPC (for a create, the vpc-id, which is read too), not
 * being deleted, with a free address for every worker added there plus the VPE gateway's in a new zone.
 */
export const vpcSubnetsCheck: Check = {
  id: 'vpc-subnets',
  family: 'vpc',
  title: 'vpc-subnets.title',
  scope: 'cluster',
  operations: [
    'cluster-create',
    'worker-pool-create',
    'zone-add',
    'worker-pool-resize',
    'worker-add',
    'worker-replace'
  ],
  providers: ['vpc-gen2'],
  requires: ['api-key', 'cluster-access', 'operation-target', 'vpc-region'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-subnets',
  needs:
    'Viewer platform role on VPC Infrastructure Services (reads each subnet, the VPC and its endpoint gateways of a create); Viewer on Kubernetes Service for an existing cluster',
  rules: SUBNET_RULES,
  async run({config, facts, target}): Promise<Outcome[]> {
    const operation = config.operation
    if (operation === 'worker-replace') return replaceRun(facts, target)
    const t = await facts.target(target)
    const region = t.region
    const asked = intentsOrBare(config, [target, t.id, t.name])

    // A create names its VPC (vpc-id input or the plan's vpc_id); an existing cluster's VPCs come from IKS.
    const createVpc =
      operation === 'cluster-create'
        ? (asked.map(o => o.vpcId).find(v => v !== undefined) ?? config.vpcId)
        : undefined
    const vpcId = known(createVpc)
    // The cluster and, for a resize or worker add without subnets, its pools are read together.
    const [cluster, pools] = await Promise.all([
      t.kind === 'existing' ? facts.cluster(target) : undefined,
      // Without a pool named there is nothing to look up: no read.
      t.kind === 'existing' &&
      asked.some(
        o =>
          (needsPoolSubnets(o) ||
            (o.operation === 'zone-add' && o.workersPerZone === undefined)) &&
          known(o.pool) !== undefined
      )
        ? facts.workerPools(t.id ?? target)
        : undefined
    ])
    const zonesNow = new Set(cluster?.workerZones ?? [])
    // The VPC and every subnet are asked at once: one round trip after the token.
    const vpcP =
      vpcId === undefined
        ? Promise.resolve(undefined)
        : facts.vpcNetwork(region, vpcId)
    // A VPC with no endpoint gateway yet gets the shared ones with its first 1.28+ cluster. An unreadable list
    // is "could not verify" (never a silent pass), kept apart so that the subnets are still judged.
    const gatewaysP: Promise<EndpointGateway[] | ApiError | undefined> =
      vpcId === undefined || operation !== 'cluster-create'
        ? Promise.resolve(undefined)
        : facts.endpointGateways(region, {vpcId}).catch((e: unknown) => {
            if (e instanceof ApiError) return e
            throw e
          })
    const uses = await usesOf(asked, facts, t, zonesNow, pools)
    const all = Array.isArray(uses)
      ? merged(uses).filter(u => u.workers + u.vpe > 0)
      : []
    const [vpcRead, reads, gateways] = await Promise.all([
      vpcP,
      Promise.all(all.map(u => facts.subnet(region, u.subnetId))),
      gatewaysP
    ])
    const firstInVpc =
      vpcRead?.kind === 'found' &&
      Array.isArray(gateways) &&
      gateways.length === 0
    // Only a refused read prints a policy command for the key's identity; no verdict depends on it.
    const refused =
      vpcRead?.kind === 'forbidden' || reads.some(r => r.kind === 'forbidden')
    const who = refused
      ? await facts.identity().catch(() => undefined)
      : undefined
    const vpcProblem =
      vpcRead === undefined || vpcId === undefined
        ? undefined
        : vpcOutcome(vpcRead, vpcId, region, who)
    const vpcPart: Outcome[] = vpcProblem ? [vpcProblem] : []

    if (!Array.isArray(uses)) {
      const skip: Outcome = {
        status: 'skip',
        summary:
          uses === 'pool-subnets-unknown'
            ? {id: 'vpc-subnets.pool-subnets-unknown', params: {operation}}
            : uses.afterApply
              ? {id: 'vpc-subnets.after-apply', params: {input: uses.input}}
              : {
                  id: 'vpc-subnets.needs-input',
                  params: {operation, input: uses.input}
                }
      }
      // The VPC of a create is verified even when its subnets cannot be: one finding says both.
      if (vpcProblem !== undefined)
        return [
          {
            ...vpcProblem,
            details: [...(vpcProblem.details ?? []), skip.summary]
          }
        ]
      return [
        vpcRead?.kind === 'found'
          ? {
              ...skip,
              details: [
                {id: 'vpc-subnets.detail.vpc-ok', params: {vpc: vpcId!, region}}
              ]
            }
          : skip
      ]
    }
    if (all.length === 0)
      return [
        ...vpcPart,
        {
          status: 'pass',
          summary: {id: 'vpc-subnets.nothing-added', params: {operation}}
        }
      ]

    // A VPC that does not exist, or cannot be read, is the one root cause: its subnets are not judged against it.
    const expectedVpcs =
      operation === 'cluster-create'
        ? vpcRead?.kind === 'found'
          ? [vpcId!]
          : []
        : t.vpcs
    const problems: Outcome[] = [...vpcPart]
    if (gateways instanceof ApiError) problems.push(couldNotVerify(gateways))
    const details: Msg[] = []
    reads.forEach((r, i) => {
      const use = all[i]!
      if (r.kind === 'forbidden')
        problems.push(
          notReadable({
            summary: {
              id: 'vpc-subnets.forbidden',
              params: {subnet: use.subnetId, region}
            },
            why: {id: 'vpc-subnets.forbidden.why'},
            fix: [roleFix(who)]
          })
        )
      else if (r.kind === 'not-found')
        problems.push(
          fail('placement', {
            summary: {
              id: 'vpc-subnets.not-found',
              params: {subnet: use.subnetId, region}
            },
            why: {id: 'vpc-subnets.not-found.why'},
            fix: [
              {
                text: {id: 'vpc-subnets.not-found.fix'},
                commands: [
                  cmd.targetRegion(region),
                  vpcId !== undefined || t.vpcs.length > 0
                    ? cmd.isSubnets({vpc: vpcId ?? t.vpcs[0]!})
                    : cmd.isSubnets()
                ]
              }
            ]
          })
        )
      else {
        const own = subnetOutcomes(r.subnet, use, expectedVpcs, region)
        problems.push(...own)
        details.push(detailOf(r.subnet, use))
        const free = r.subnet.availableIpv4
        const need = use.workers + use.vpe
        if (
          firstInVpc &&
          use.vpe > 0 &&
          free !== undefined &&
          free >= need &&
          free < need + SHARED_VPE_SERVICES
        )
          problems.push({
            status: 'warn',
            rule: 'vpc-subnets.shared-vpe',
            summary: {
              id: 'vpc-subnets.shared-vpe',
              params: {
                subnet: r.subnet.id,
                zone: r.subnet.zone ?? use.zone ?? '?',
                free,
                need,
                shared: SHARED_VPE_SERVICES
              }
            },
            why: {id: 'vpc-subnets.shared-vpe.why'},
            fix: [
              {
                text: {id: 'vpc-subnets.full.fix'},
                commands: [
                  cmd.targetRegion(region),
                  cmd.isSubnets({zone: r.subnet.zone ?? use.zone ?? '<zone>'})
                ]
              }
            ]
          })
      }
    })

    // A cluster lives in one VPC: a create without vpc-id still cannot spread over two.
    const found = reads.flatMap(r => (r.kind === 'found' ? [r.subnet] : []))
    const vpcsSeen = [
      ...new Set(found.map(s => s.vpcId).filter(v => v !== undefined))
    ]
    if (
      operation === 'cluster-create' &&
      createVpc === undefined &&
      vpcsSeen.length > 1
    )
      problems.push(
        warnOneVpc({
          summary: {
            id: 'vpc-subnets.mixed-vpcs',
            params: {vpcs: vpcsSeen.join(', ')}
          },
          why: {id: 'vpc-subnets.wrong-vpc.why'}
        })
      )

    const notes: Msg[] = []
    const assumed = all.find(u => u.assumed !== undefined)?.assumed
    if (assumed !== undefined)
      notes.push({
        id:
          assumed === 'after-apply'
            ? 'vpc-subnets.detail.workers-after-apply'
            : operation === 'zone-add'
              ? 'vpc-subnets.detail.workers-pool-size'
              : 'vpc-subnets.detail.workers-not-given'
      })
    for (const [pool, workers] of new Map(
      all.flatMap(u =>
        u.poolSize === undefined ? [] : [[u.poolSize, u.workers] as const]
      )
    ))
      notes.push({
        id: 'vpc-subnets.detail.workers-pool',
        params: {pool, workers}
      })
    if (firstInVpc)
      notes.push({
        id: 'vpc-subnets.detail.shared-vpe',
        params: {vpc: vpcId!, shared: SHARED_VPE_SERVICES}
      })
    if (operation === 'cluster-create' && createVpc === undefined)
      notes.push({id: 'vpc-subnets.detail.no-vpc-id'})
    if (operation === 'cluster-create' && isAfterApply(createVpc))
      notes.push({id: 'vpc-subnets.detail.vpc-after-apply'})

    if (problems.length > 0)
      return problems.map(p =>
        p.status === 'fail' || p.status === 'warn'
          ? {...p, details: [...(p.details ?? []), ...details, ...notes]}
          : p
      )
    return [
      {
        status: 'pass',
        summary: {
          id:
            vpcId !== undefined && vpcRead?.kind === 'found'
              ? 'vpc-subnets.pass-vpc'
              : 'vpc-subnets.pass',
          params: {
            count: all.length,
            region,
            vpc: vpcId ?? t.vpcs.join(', ')
          }
        },
        details: [...details, ...notes]
      }
    ]
  }
}
