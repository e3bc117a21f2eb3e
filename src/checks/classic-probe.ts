import type {Facts, TargetInfo} from '../facts.js'
import type {ApiError} from '../ibm/errors.js'
import {errorsOf} from './blockers.js'
import {scopeOf} from './helpers.js'

/**
 * The errors of the classic IKS calls other checks make anyway for this target (memoised, so no extra
 * requests): IBM reports the TOTP and paid-account blockers inside them. SoftLayer is included on request.
 */
export function classicProbe(
  facts: Facts,
  t: TargetInfo,
  opts: {softlayer?: boolean} = {}
): Promise<ApiError[]> {
  const scope = scopeOf(t)
  const calls: Array<Promise<unknown>> = [
    facts.credentials(scope),
    facts.infraPermissions(scope)
  ]
  if (t.kind === 'existing' && t.id)
    calls.push(facts.workers(t.id), facts.keyOwner(t.id, scope))
  if (opts.softlayer && t.kind === 'existing')
    calls.push(facts.classicDevices())
  return errorsOf(calls)
}
