import type {Operation} from '../config/types.js'
import type {RegionScope} from '../ibm/containers.js'
import {ApiError, SERVICE_NAMES} from '../ibm/errors.js'
import type {TargetInfo} from '../facts.js'
import type {IbmDiagnostics, Outcome} from '../findings.js'
import {blockerOf} from './blockers.js'

/** Quote a value for a POSIX shell command when it holds anything beyond plain identifier characters. */
export function sh(value: string): string {
  return /^[A-Za-z0-9._:@/=+-]+$/.test(value)
    ? value
    : `'${value.replace(/'/g, `'\\''`)}'`
}

export function ibmDiagnostics(e: ApiError): IbmDiagnostics {
  return {
    service: e.service,
    status: e.status,
    code: e.code,
    incidentID: e.incidentID,
    recoveryCLI: e.recoveryCLI
  }
}

/** The outcome for a fact we could not get: never a pass. A known classic blocker is named, not left bare. */
export function couldNotVerify(e: ApiError): Outcome {
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
  // Refused for lack of a role: re-running cannot help, so say what will.
  const refused = e.kind === 'http' && (e.status === 401 || e.status === 403)
  return {
    status: 'error',
    summary: {id: 'common.could-not-verify', params: {reason: e.message}},
    why: {id: 'common.could-not-verify.why'},
    fix: [
      {
        text: refused
          ? {
              id: 'common.could-not-verify.fix.access',
              params: {
                service: SERVICE_NAMES[e.service],
                status: e.status ?? ''
              }
            }
          : {id: 'common.could-not-verify.fix'}
      }
    ],
    ibm: ibmDiagnostics(e)
  }
}

/** The platform role on Kubernetes Service that each operation needs (IBM's roles table). */
export function roleFor(op: Operation): 'Administrator' | 'Operator' {
  return op === 'cluster-create' || op === 'cluster-delete'
    ? 'Administrator'
    : 'Operator'
}

export function scopeOf(t: TargetInfo): RegionScope {
  return {region: t.region, resourceGroupId: t.resourceGroupId}
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

export function apiErrorParams(e: ApiError): {
  status: string
  code: string
  message: string
} {
  return {
    status: e.status === undefined ? '' : String(e.status),
    code: e.code ?? '',
    message: e.detail
  }
}
