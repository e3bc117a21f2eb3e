import {infraErrors} from './sources.js'
import {OPERATIONS} from '../config/types.js'
import type {TargetInfo} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {WorkerInfo} from '../ibm/containers.js'
import type {EndpointGateway} from '../ibm/vpc.js'
import {cmd, type Command} from '../commands/ibmcloud.js'
import type {Check, CheckContext} from './types.js'
import {findClusterGateway, gatewayNames, zoneCoverage} from '../facts/vpe.js'

export const VPE_DOCS =
  'https://cloud.ibm.com/docs/containers?topic=containers-cs_troubleshoot_clusters'
const SUPPORT_URL = 'https://cloud.ibm.com/unifiedsupport/cases/add'
const TRANSITIONAL = ['pending', 'updating', 'waiting']

const clusterIdOf = (t: TargetInfo): string => t.id ?? t.ref
export const refreshCommand = (t: TargetInfo): Command =>
  cmd.masterRefresh(clusterIdOf(t))
/** Look the gateway up as IBM's page says (by name, in the cluster's region). */
export const showGatewayCommands = (
  t: TargetInfo,
  name = `iks-${clusterIdOf(t)}`
): Command[] => [cmd.targetRegion(t.region), cmd.endpointGateway(name)]

function refreshSteps(t: TargetInfo): FixStep[] {
  return [
    {text: {id: 'vpe-gateway.fix.refresh'}, commands: [refreshCommand(t)]},
    {text: {id: 'vpe-gateway.fix.recheck'}, commands: showGatewayCommands(t)}
  ]
}

function supportStep(gw: EndpointGateway, t: TargetInfo): FixStep {
  return {
    text: {
      id: 'vpe-gateway.fix.support',
      params: {url: SUPPORT_URL, gateway: gw.id, cluster: clusterIdOf(t)}
    },
    commands: showGatewayCommands(t, gw.id)
  }
}

/** VPC's own words for why the gateway is not stable (lifecycle_reasons). */
const reasonLines = (gw: EndpointGateway): Msg[] =>
  gw.lifecycleReasons.map(r => ({
    id: 'vpe-gateway.detail.reason',
    params: {code: r.code ?? '?', message: r.message ?? ''}
  }))

function lifecycleOutcome(
  gw: EndpointGateway,
  t: TargetInfo
): Outcome | undefined {
  const outcome = lifecycleFinding(gw, t)
  const reasons = reasonLines(gw)
  return outcome && reasons.length > 0
    ? {...outcome, details: [...(outcome.details ?? []), ...reasons]}
    : outcome
}

function lifecycleFinding(
  gw: EndpointGateway,
  t: TargetInfo
): Outcome | undefined {
  const state = gw.lifecycleState.toLowerCase()
  const p = {gateway: `${gw.name} (${gw.id})`, state: gw.lifecycleState}
  if (state === 'stable') return undefined
  if (state === 'failed' || state === 'suspended') {
    return {
      status: 'fail',
      rule: 'vpe-gateway.healthy',
      summary: {id: 'vpe-gateway.broken', params: p},
      why: {id: 'vpe-gateway.broken.why'},
      fix: [supportStep(gw, t)]
    }
  }
  if (state === 'deleting') {
    return {
      status: 'fail',
      rule: 'vpe-gateway.present',
      summary: {id: 'vpe-gateway.deleting', params: p},
      why: {id: 'vpe-gateway.missing.why'},
      fix: [{text: {id: 'vpe-gateway.fix.after-delete'}}, ...refreshSteps(t)]
    }
  }
  const id = TRANSITIONAL.includes(state)
    ? 'vpe-gateway.transitional'
    : 'vpe-gateway.unknown-state'
  return {
    status: 'warn',
    summary: {id, params: p},
    why: {id: 'vpe-gateway.transitional.why'},
    fix: [
      {
        text: {id: 'vpe-gateway.fix.wait'},
        commands: showGatewayCommands(t, gw.id)
      },
      supportStep(gw, t)
    ]
  }
}

function healthOutcome(
  gw: EndpointGateway,
  t: TargetInfo
): Outcome | undefined {
  const health = gw.healthState.toLowerCase()
  // VPC reports `inapplicable` while the lifecycle state is not stable; the lifecycle finding covers that.
  if (health === 'ok' || health === 'inapplicable') return undefined
  const p = {gateway: `${gw.name} (${gw.id})`, health: gw.healthState}
  return {
    status: health === 'faulted' ? 'fail' : 'warn',
    rule: 'vpe-gateway.healthy',
    summary: {id: 'vpe-gateway.unhealthy', params: p},
    why: {id: 'vpe-gateway.unhealthy.why'},
    fix: [supportStep(gw, t)]
  }
}

function ipOutcome(
  gw: EndpointGateway,
  workers: readonly WorkerInfo[],
  t: TargetInfo
): Outcome | undefined {
  const cov = zoneCoverage(gw, workers)
  // IPs we could not place may be the missing zones' IPs: only a shortfall is then certain.
  const uncovered = cov.unplaced >= cov.uncovered.length ? [] : cov.uncovered
  if (uncovered.length === 0) return undefined
  const deleted = uncovered.some(u => u.deleted.length > 0)
  // Every uncovered zone has an address VPC has not selected yet (0.0.0.0): wait, it is not broken yet.
  const onlyPending = uncovered.every(
    u => u.pending > 0 && u.deleted.length === 0
  )
  if (onlyPending)
    return {
      status: 'warn',
      summary: {
        id: 'vpe-gateway.ip-pending',
        params: {
          gateway: `${gw.name} (${gw.id})`,
          zones: uncovered.map(u => u.zone).join(', ')
        }
      },
      why: {id: 'vpe-gateway.ip-pending.why'},
      fix: [
        {
          text: {id: 'vpe-gateway.fix.wait'},
          commands: showGatewayCommands(t, gw.id)
        },
        ...refreshSteps(t)
      ]
    }
  return {
    status: 'fail',
    rule: 'vpe-gateway.present',
    summary: {
      id: deleted ? 'vpe-gateway.ip-deleted' : 'vpe-gateway.ip-missing',
      params: {
        gateway: `${gw.name} (${gw.id})`,
        zones: uncovered.map(u => u.zone).join(', ')
      }
    },
    why: {id: 'vpe-gateway.ip.why'},
    fix: [...refreshSteps(t), {text: {id: 'vpe-gateway.fix.keep-ips'}}],
    details: uncovered.map((u): Msg =>
      u.deleted.length > 0
        ? {
            id: 'vpe-gateway.detail.ip-deleted',
            params: {zone: u.zone, ips: u.deleted.join(', ')}
          }
        : {id: 'vpe-gateway.detail.no-ip', params: {zone: u.zone}}
    )
  }
}

/** Every finding about a gateway that exists; a pass when there is nothing to say. */
async function evaluate(
  ctx: CheckContext,
  t: TargetInfo,
  gw: EndpointGateway
): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  const life = lifecycleOutcome(gw, t)
  if (life) outcomes.push(life)
  const health = healthOutcome(gw, t)
  if (health) outcomes.push(health)
  // IPs are only settled on a stable (or updating) gateway; a broken or pending one is reported above.
  if (['stable', 'updating'].includes(gw.lifecycleState.toLowerCase())) {
    const ips = ipOutcome(gw, await ctx.facts.workers(clusterIdOf(t)), t)
    if (ips) outcomes.push(ips)
  }
  // Lifecycle, health and IPs of one gateway are one object: the engine makes them one finding.
  if (outcomes.length > 0)
    return outcomes.map(o => ({...o, object: `gateway:${gw.id}`}))
  const zones = gw.ips.filter(ip => !ip.deleted && !ip.pending).length
  return [
    {
      status: 'pass',
      summary: {
        id: 'vpe-gateway.pass',
        params: {
          gateway: `${gw.name} (${gw.id})`,
          state: gw.lifecycleState,
          health: gw.healthState,
          ips: zones
        }
      }
    }
  ]
}

function missingOutcome(t: TargetInfo, remediate: boolean): Outcome {
  const [name, alt] = gatewayNames(clusterIdOf(t))
  const where = t.vpcs.length > 0 ? t.vpcs.join(', ') : '?'
  return {
    status: 'fail',
    rule: 'vpe-gateway.present',
    summary: {
      id: 'vpe-gateway.missing',
      params: {name: name!, vpc: where, region: t.region}
    },
    why: {id: 'vpe-gateway.missing.why'},
    fix: remediate
      ? refreshSteps(t)
      : [...refreshSteps(t), {text: {id: 'vpe-gateway.fix.opt-in'}}],
    details: [
      {
        id: 'vpe-gateway.detail.looked-for',
        params: {name: name!, alt: alt!, vpc: where, region: t.region}
      }
    ]
  }
}

/** The cluster's VPE gateway iks-<cluster ID> exists, is stable and healthy, and has an IP in every worker zone. */
export const vpeGatewayCheck: Check = {
  id: 'vpe-gateway',
  family: 'vpc',
  title: 'vpe-gateway.title',
  scope: 'cluster',
  operations: OPERATIONS.filter(o => o !== 'cluster-create'),
  providers: ['vpc-gen2'],
  requires: ['api-key', 'cluster-access'],
  docs: VPE_DOCS,
  needs:
    'Viewer platform role on Kubernetes Service and on VPC Infrastructure Services (endpoint gateways); Operator on Kubernetes Service for remediate: vpe',
  rules: [
    {
      id: 'vpe-gateway.present',
      says: "A VPC cluster's workers reach the master through its VPE gateway `iks-<cluster ID>`: a gateway that is missing, being deleted, failed, or without its reserved IP in a worker zone cuts the workers off.",
      level: 'fail',
      sources: [
        infraErrors.vpe,
        {
          kind: 'error',
          text: 'Pending endpoint gateway creation',
          where: 'IBM docs, containers cluster_infra_errors#vpe-ts'
        }
      ]
    },
    {
      id: 'vpe-gateway.healthy',
      says: 'A gateway VPC reports `faulted` ("Completely unreachable, inoperative, or otherwise entirely incapacitated") or not Stable needs IBM support; a degraded one warns.',
      level: 'fail',
      sources: [
        infraErrors.vpeNotStable,
        {
          kind: 'sdk',
          repo: 'IBM/vpc-go-sdk',
          path: 'vpcv1/vpc_v1.go (EndpointGateway.HealthState)',
          quote:
            '`faulted`: Completely unreachable, inoperative, or otherwise entirely incapacitated'
        }
      ]
    },
    {
      id: 'vpe-gateway.settling',
      says: 'A gateway or reserved IP still being created or updated is reported as a warning: it may settle.',
      level: 'warn',
      sources: [infraErrors.vpe]
    }
  ],
  async run(ctx): Promise<Outcome[]> {
    const t = await ctx.facts.target(ctx.target)
    const gw = await findClusterGateway(ctx.facts, t)
    if (gw) return evaluate(ctx, t, gw)
    // The refresh itself is the remediation step's (src/remediate/), after every check has run.
    return [
      {...missingOutcome(t, ctx.config.remediate === 'vpe'), remedy: 'vpe'}
    ]
  }
}
