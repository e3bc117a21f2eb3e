import type {Config, Operation} from '../config/types.js'
import {policyCreate, roleForRead, type PolicySubject} from '../commands/iam.js'
import {
  ApiError,
  SERVICE_NAMES,
  unverifiedKind,
  type Service
} from '../ibm/errors.js'
import type {TargetInfo} from '../facts.js'
import type {WorkerPoolInfo} from '../ibm/iks-more.js'
import type {WorkerInfo} from '../ibm/containers.js'
import type {FixStep, IbmDiagnostics, Msg, Outcome} from '../findings.js'
import {blockerOf} from './blockers.js'
import {known, type OperationIntent} from '../intent/types.js'

export {sh} from '../commands/ibmcloud.js'
export {scopeOf} from '../facts.js'

export function ibmDiagnostics(e: ApiError): IbmDiagnostics {
  return {
    service: e.service,
    status: e.status,
    code: e.code,
    incidentID: e.incidentID,
    recoveryCLI: e.recoveryCLI
  }
}

/** The endpoint variable that points each service elsewhere (src/ibm/endpoints.ts). */
const ENDPOINT_VARIABLE: Record<Service, string> = {
  iam: 'IBMCLOUD_IAM_API_ENDPOINT',
  iks: 'IBMCLOUD_CS_API_ENDPOINT',
  accounts: 'IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT',
  'resource-manager': 'IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT',
  vpc: 'IBMCLOUD_IS_NG_API_ENDPOINT',
  softlayer: 'IAAS_CLASSIC_ENDPOINT_URL',
  schematics: 'IBMCLOUD_SCHEMATICS_API_ENDPOINT'
}

/** What a 404 to each read means was not there. */
function notFoundWhat(e: ApiError, target: string): Msg {
  switch (e.operation) {
    case 'get cluster':
      return {id: 'common.what.cluster', params: {target}}
    case 'list workers':
      return {id: 'common.what.workers', params: {target}}
    case 'get API key owner':
      return {id: 'common.what.key-owner'}
    case 'list endpoint gateways':
      return {id: 'common.what.gateways'}
    default:
      return {id: 'common.what.other'}
  }
}

/** How "could not verify" ends: the advice that can help for this kind of failure, and only that. */
function adviceFor(
  e: ApiError,
  who: PolicySubject | undefined,
  target: string
): FixStep {
  const service = SERVICE_NAMES[e.service]
  const status = e.status ?? ''
  switch (unverifiedKind(e)) {
    case 'access': {
      const grant = roleForRead(e.service, e.operation)
      if (!grant)
        return {
          text: {
            id: 'common.could-not-verify.fix.classic-access',
            params: {status}
          }
        }
      return {
        text: {
          id: 'common.could-not-verify.fix.access',
          params: {service, status, role: grant.role, label: grant.label}
        },
        commands: [policyCreate(who, grant)]
      }
    }
    case 'not-found':
      return {
        text: {
          id: 'common.could-not-verify.fix.not-found',
          params: {
            service,
            operation: e.operation,
            what: notFoundWhat(e, target)
          }
        }
      }
    case 'not-ibm':
      return {
        text: {
          id: 'common.could-not-verify.fix.not-ibm',
          params: {variable: ENDPOINT_VARIABLE[e.service]}
        }
      }
    case 'rejected':
      return {
        text: {
          id: 'common.could-not-verify.fix.rejected',
          params: {service, operation: e.operation, status}
        }
      }
    case 'transient':
      return {text: {id: 'common.could-not-verify.fix'}}
  }
}

/**
 * The outcome for a fact we could not get: never a pass. A known classic blocker is named, not left
 * bare; otherwise the kind of failure decides the advice (unverifiedKind). `who` fills in the policy
 * command of a refused read; `target` names what a 404 did not find.
 */
export function couldNotVerify(
  e: ApiError,
  who?: PolicySubject,
  target = ''
): Outcome {
  const blocker = blockerOf(e)
  if (blocker) {
    return {
      status: 'error',
      summary: {id: `classic.blocked.${blocker}`, params: {reason: e.message}},
      why: {id: 'common.could-not-verify.why'},
      fix: [{text: {id: `classic.blocked.${blocker}.fix`}}],
      ibm: ibmDiagnostics(e)
    }
  }
  // An answer that could not be read (cut off, not JSON) may still be IBM's: it is not called a proxy's.
  const id =
    e.kind === 'unreadable'
      ? ('common.could-not-verify.unreadable' as const)
      : unverifiedKind(e) === 'not-ibm'
        ? ('common.could-not-verify.not-ibm' as const)
        : ('common.could-not-verify' as const)
  const answer =
    e.status === undefined ? e.detail : `HTTP ${e.status}: ${e.detail}`
  return {
    status: 'error',
    summary:
      id === 'common.could-not-verify'
        ? {id, params: {reason: e.message}}
        : {
            id,
            params: {
              service: SERVICE_NAMES[e.service],
              operation: e.operation,
              answer
            }
          },
    why: {id: `${id}.why`},
    fix: [adviceFor(e, who, target)],
    ibm: ibmDiagnostics(e)
  }
}

/** The platform role on Kubernetes Service that each operation needs (IBM's roles table). */
export function roleFor(op: Operation): 'Administrator' | 'Operator' {
  return op === 'cluster-create' || op === 'cluster-delete'
    ? 'Administrator'
    : 'Operator'
}

export function groupLabel(t: TargetInfo): string {
  return t.resourceGroupName
    ? `${t.resourceGroupName} (${t.resourceGroupId})`
    : t.resourceGroupId
}

/** `ibmcloud target -g` takes the group's name or ID; prefer the name people recognise. */
export function groupArg(t: TargetInfo): string {
  return t.resourceGroupName ?? t.resourceGroupId
}

/** What IBM answered, for the "(HTTP 404 G0004: …)" part of a message. */
export function apiErrorParams(e: ApiError): {answer: string} {
  return {answer: e.answer}
}

/**
 * The run's operations of this check's kind on one cluster, from the inputs or a plan: a plan that resizes
 * two pools of a cluster gives two. `refs` are the names the cluster goes by (as given, its ID, its name).
 */
export function intentsOf(
  config: Pick<Config, 'intent' | 'operation'>,
  refs: ReadonlyArray<string | undefined>
): OperationIntent[] {
  return config.intent.clusters
    .filter(c => {
      const ref = known(c.cluster.nameOrId)
      return ref !== undefined && refs.includes(ref)
    })
    .flatMap(c => c.operations)
    .filter(o => o.operation === config.operation)
}

/** intentsOf, or one intent without details when the run has none for the cluster (bare inputs). */
export function intentsOrBare(
  config: Pick<Config, 'intent' | 'operation'>,
  refs: ReadonlyArray<string | undefined>
): OperationIntent[] {
  const found = intentsOf(config, refs)
  return found.length > 0
    ? found
    : [{operation: config.operation, source: {kind: 'inputs'}}]
}

/** The pool a `worker-pool` input or a plan names, by name first, then by ID. */
export function poolByRef(
  pools: readonly WorkerPoolInfo[],
  ref: string
): WorkerPoolInfo | undefined {
  return pools.find(p => p.name === ref) ?? pools.find(p => p.id === ref)
}

/** The worker IDs the run's operations on this cluster name (the `workers` input); undefined when none does. */
export function namedWorkers(
  config: Pick<Config, 'intent' | 'operation'>,
  refs: ReadonlyArray<string | undefined>
): string[] | undefined {
  const ids = intentsOf(config, refs).flatMap(o => o.workers ?? [])
  return ids.length > 0 ? [...new Set(ids)] : undefined
}

/** The named workers IKS lists, and the IDs it does not list. */
export function resolveWorkers(
  workers: readonly WorkerInfo[],
  ids: readonly string[]
): {found: WorkerInfo[]; unknown: string[]} {
  const found = workers.filter(w => ids.includes(w.id))
  const unknown = ids.filter(id => !workers.some(w => w.id === id))
  return {found, unknown}
}
