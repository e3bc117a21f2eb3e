import {scopeOf, type Facts, type TargetInfo} from '../facts.js'
import type {InfraCredentials, WorkerInfo} from '../ibm/containers.js'
import {ApiError} from '../ibm/errors.js'
import type {ClassicDevice} from '../ibm/softlayer.js'
import {allInOrder} from '../ibm/settle.js'

/**
 * Where a classic cluster's workers are, relative to the classic account the region's credentials point to.
 * Shared by orphaned-workers and credential-switch (memoised per target, so both cost one set of requests).
 *
 * We can only read the LINKED classic account (Basic `apikey:<pipeline key>`): IKS holds the classic key of
 * manually set credentials, we do not. L = linked account, C = the account the credentials point to (L when
 * GET /v1/credentials answers E0051, else the digits before '_' of the manual user name). Decision table:
 *
 * | credentials | L's devices   | worker says "incorrect account" | workers found in L | verdict      | fix              |
 * |-------------|---------------|---------------------------------|--------------------|--------------|------------------|
 * | C = L       | read          | no                              | all                | ok           | –                |
 * | C = L       | read          | no                              | some               | partial (warn)| –               |
 * | C = L       | read          | any                             | none               | orphaned     | set (other acct) |
 * | C ≠ L       | read          | any                             | some or all        | orphaned     | unset            |
 * | C ≠ L       | read          | yes                             | none               | orphaned     | set (third acct) |
 * | C ≠ L       | read          | no                              | none               | unconfirmed (warn): consistent with workers in C, which we cannot read |
 * | any         | not readable  | yes                             | –                  | orphaned     | unset or set     |
 * | any         | not readable  | no                              | –                  | unverified (error) |            |
 * A worker that says "incorrect account" while all workers are in C = L keeps the fail (IKS's own word), fix either.
 * Workers still provisioning or deleted have no device yet or any more and are left out.
 */
export type Verdict =
  'ok' | 'no-workers' | 'partial' | 'orphaned' | 'unconfirmed' | 'unverified'
export type SwitchFix = 'unset' | 'set' | 'either'

export interface Placement {
  found: WorkerInfo[]
  missing: WorkerInfo[]
}

export interface OrphanAnalysis {
  target: TargetInfo
  creds: InfraCredentials
  linkedId?: string
  /** The classic account the region's credentials point to, when known. */
  currentId?: string
  workers: WorkerInfo[]
  /** Workers whose status says "incorrect account for worker". */
  reported: WorkerInfo[]
  /** In the linked account; undefined when its device list could not be read. */
  placement?: Placement
  placementError?: ApiError
  verdict: Verdict
  fix?: SwitchFix
}

const INCORRECT_ACCOUNT =
  /incorrect account for worker|infrastructure user credentials changed/i
// No device yet (ordering) or any more (deleted): such workers prove nothing either way.
const NO_DEVICE_STATE = /^(provision|requested|delet)/i
/** Above this many workers in an account too large to list, per-worker lookups cost too much. */
export const MAX_LOOKUP_WORKERS = 50

export function reportsIncorrectAccount(w: WorkerInfo): boolean {
  return w.messages.some(m => INCORRECT_ACCOUNT.test(m))
}

const short = (host: string): string => host.toLowerCase().split('.')[0] ?? ''

function matches(w: WorkerInfo, d: ClassicDevice): boolean {
  if (
    d.hostname &&
    (d.hostname.toLowerCase() === w.id.toLowerCase() ||
      short(d.hostname) === w.id.toLowerCase())
  )
    return true
  return w.privateIP !== undefined && d.primaryBackendIpAddress === w.privateIP
}

export function placeable(workers: WorkerInfo[]): WorkerInfo[] {
  return workers.filter(w => !NO_DEVICE_STATE.test(w.state ?? ''))
}

/** Which workers are devices of the linked classic account: one listing, or exact lookups when it is too large. */
export async function placeInLinked(
  facts: Facts,
  workers: WorkerInfo[]
): Promise<Placement> {
  const list = await facts.classicDevices()
  let isFound: (w: WorkerInfo) => Promise<boolean>
  if (list.complete) {
    isFound = async w => list.devices.some(d => matches(w, d))
  } else {
    if (workers.length > MAX_LOOKUP_WORKERS) {
      throw new ApiError({
        service: 'softlayer',
        operation: 'list devices',
        kind: 'unreadable',
        detail: `the classic account has ${list.total} devices of one kind (more than the ${list.limit} this check pages through) and the cluster has ${workers.length} workers (more than ${MAX_LOOKUP_WORKERS} to look up one by one)`
      })
    }
    isFound = async w =>
      (await facts.classicDevicesWhere('hostname', w.id)).some(d =>
        matches(w, d)
      ) ||
      (w.privateIP !== undefined &&
        (
          await facts.classicDevicesWhere(
            'primaryBackendIpAddress',
            w.privateIP
          )
        ).some(d => matches(w, d)))
  }
  const flags = await allInOrder(workers.map(isFound))
  return {
    found: workers.filter((_, i) => flags[i]),
    missing: workers.filter((_, i) => !flags[i])
  }
}

function decide(
  a: Omit<OrphanAnalysis, 'verdict' | 'fix'>,
  considered: WorkerInfo[]
): Pick<OrphanAnalysis, 'verdict' | 'fix'> {
  const manualElsewhere =
    a.creds.kind === 'manual' &&
    (a.currentId === undefined || a.currentId !== a.linkedId)
  const reported = a.reported.length > 0
  if (!a.placement) {
    if (reported)
      return {
        verdict: 'orphaned',
        fix: a.creds.kind === 'linked' ? 'set' : 'either'
      }
    return {verdict: 'unverified'}
  }
  const {found} = a.placement
  if (considered.length === 0)
    return reported
      ? {verdict: 'orphaned', fix: 'either'}
      : {verdict: 'no-workers'}
  if (manualElsewhere) {
    if (found.length > 0) return {verdict: 'orphaned', fix: 'unset'}
    return reported
      ? {verdict: 'orphaned', fix: 'set'}
      : {verdict: 'unconfirmed'}
  }
  if (found.length === 0) return {verdict: 'orphaned', fix: 'set'}
  if (reported) return {verdict: 'orphaned', fix: 'either'}
  return found.length === considered.length
    ? {verdict: 'ok'}
    : {verdict: 'partial'}
}

/** The orphan verdict for an existing classic cluster. Throws when the workers or credentials cannot be read. */
export function analyseOrphan(
  facts: Facts,
  ref: string
): Promise<OrphanAnalysis> {
  return facts.once(`orphan:${ref}`, async () => {
    const target = await facts.target(ref)
    const [creds, workers, linked] = await allInOrder([
      facts.credentials(scopeOf(target)),
      facts.workers(target.id ?? ref),
      facts.linkedClassicAccountId().then(
        v => v,
        (e: unknown) => e
      )
    ])
    const reported = workers.filter(reportsIncorrectAccount)
    // Without the linked account's ID we cannot tell "manual credentials elsewhere" from "manual credentials
    // to the linked account": only a worker's own mismatch message can still decide.
    if (linked instanceof Error && reported.length === 0) throw linked
    const linkedId =
      linked instanceof Error ? undefined : (linked as string | undefined)
    const currentId =
      creds.kind === 'manual' ? creds.classicAccountId : linkedId
    const considered = placeable(workers)
    let placement: Placement | undefined
    let placementError: ApiError | undefined
    try {
      placement = await placeInLinked(facts, considered)
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      placementError = e
    }
    const base = {
      target,
      creds,
      linkedId,
      currentId,
      workers,
      reported,
      placement,
      placementError
    }
    return {...base, ...decide(base, considered)}
  })
}
