import type {Config, Operation, Provider} from '../config/types.js'
import type {Facts} from '../facts.js'
import type {Outcome} from '../findings.js'
import type {MessageId} from '../messages/en.js'
import type {CheckId} from './ids.js'

export type {CheckId} from './ids.js'

export type Family = 'credentials' | 'classic' | 'vpc'

export interface CheckContext {
  config: Config
  facts: Facts
  /** The cluster name/ID as given, for cluster-scoped checks. */
  target: string
}

/**
 * One pre-flight check. Pure over facts: it asks `facts`, never a client, never writes, and returns
 * outcomes with message ids; it does not format text. Thrown ApiErrors become "could not verify" findings.
 */
export interface Check {
  /** Stable: used in annotations, skip-checks, outputs and docs/checks/<id>.md. */
  id: CheckId
  family: Family
  title: MessageId
  /** account: one finding per run; cluster: one per cluster (or the new cluster of a create). */
  scope: 'account' | 'cluster'
  /** Operations the check applies to; all when absent. */
  operations?: readonly Operation[]
  /** Cluster providers the check applies to; all when absent. */
  providers?: readonly Provider[]
  /**
   * The checks this one stands on (earlier in the catalogue). When one of them fails or cannot be
   * verified for the same target (or the account), this check is "not checked: needs <id>": its own
   * result would only echo that root cause.
   */
  requires: readonly CheckId[]
  /** IBM's documentation for the problem it detects. */
  docs: string
  /** The IAM role the check's read calls need, for the docs. */
  needs: string
  run(ctx: CheckContext): Promise<Outcome[]>
}
