import {ApiError} from '../ibm/errors.js'

/**
 * Account-level classic blockers that IBM reports inside other calls' errors. One place recognises them,
 * so the dedicated checks (totp-mfa, paid-account) fail with the fix, and every other check that hit the
 * same error says what blocked it instead of a bare "could not verify".
 */
export type Blocker = 'totp' | 'paid'

const TOTP_TEXT = /time-based one time password authentication is required/i
const PAID_TEXT = /ensure that you have a paid account/i
// SoftLayer's answer to `apikey:`/bearer auth when the IBM Cloud account has no linked classic account.
const NO_IMS_TEXT = /no ims account id/i

export function blockerOf(e: unknown): Blocker | undefined {
  if (!(e instanceof ApiError)) return undefined
  if (TOTP_TEXT.test(e.detail)) return 'totp'
  if (
    (e.service === 'iks' && e.code === 'E0057') ||
    PAID_TEXT.test(e.detail) ||
    NO_IMS_TEXT.test(e.detail)
  )
    return 'paid'
  return undefined
}

/** The ApiErrors among settled fact promises (the facts are memoised, so settling them costs no extra request). */
export async function errorsOf(
  facts: ReadonlyArray<Promise<unknown>>
): Promise<ApiError[]> {
  const settled = await Promise.allSettled(facts)
  return settled.flatMap(r =>
    r.status === 'rejected' && r.reason instanceof ApiError ? [r.reason] : []
  )
}
