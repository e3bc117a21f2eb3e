import type {Config, Operation, Provider} from '../config/types.js'
import type {Facts} from '../facts.js'
import type {Outcome} from '../findings.js'
import type {MessageId} from '../messages/en.js'
import type {CheckId} from './ids.js'

export type {CheckId} from './ids.js'

export type Family = 'credentials' | 'classic' | 'vpc'

/**
 * Where a rule comes from. Only IBM's own word can fail a job: a docs page (quoted, with when it was read),
 * an SDK model or comment, a real IKS/VPC/IAM error text, or IBM's own live answer to the same call the
 * operation makes (`answer`). The user's own declared policy (`user`, an input such as
 * expected-account-ids) may fail too. `indirect` evidence (a pattern seen, a default IBM documents
 * elsewhere) may only warn. `tool` is this product's own input contract (an input that cannot be checked
 * as given), used by the engine's common rules only.
 */
export type Source =
  | {
      kind: 'doc'
      /** The topic URL (cloud.ibm.com/docs/…) or the docs repository file. */
      url: string
      /** The sentence the rule rests on, as IBM wrote it. */
      quote: string
      /** When it was read: a date (YYYY-MM or YYYY-MM-DD) or `repo@commit`. */
      read: string
    }
  | {kind: 'sdk'; repo: string; path: string; quote: string}
  | {
      kind: 'error'
      /** IBM's error code (E1437, P0005…), when the text has one. */
      code?: string
      text: string
      /** Where the text was captured (a public issue, an IBM page quoting it). */
      where: string
    }
  | {
      kind: 'answer'
      /** The IBM service whose live answer, in this run and for this key, decides (IKS, IAM, VPC…). */
      service: string
      /** What that answer is and why it decides the operation (the operation makes the same call). */
      note: string
    }
  | {
      kind: 'user'
      /** The input in which the user declared the policy (expected-account-ids…). */
      input: string
      note: string
    }
  | {kind: 'indirect'; note: string; where?: string}
  | {kind: 'tool'; note: string}

/**
 * One rule a check applies. `level` is the most severe status an outcome under it may have: `fail` needs
 * at least one direct source (doc, sdk, error); a rule with only indirect evidence is `warn`.
 */
export interface Rule {
  /** `<check id>.<slug>`: outcomes name it in `Outcome.rule`. */
  id: string
  /** The rule in one English sentence. */
  says: string
  level: 'fail' | 'warn'
  sources: readonly Source[]
  /** Where IBM's sources changed over time: which version the rule follows, and why. */
  history?: string
}

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
  /**
   * Checks whose failure explains this one's problems on the same target (a missing VPE gateway explains
   * workers that cannot reach the master). Unlike `requires` they may come later in the catalogue: after
   * every check ran, a warn/fail/error of this check on a target where one of them failed folds into that
   * finding (one cause, one annotation) and this check reads "not checked: needs <id>".
   */
  explainedBy?: readonly CheckId[]
  /**
   * Checks whose warning explains this one's warnings on the same target (a gateway still pending
   * explains workers waiting for it). The warning folds in as a detail; its remedies do not, because the
   * root's advice (wait) leads, and a fail of this check never folds into a warning.
   */
  explainedByWarning?: readonly CheckId[]
  /** IBM's documentation for the problem it detects. */
  docs: string
  /** The IAM role the check's read calls need, for the docs. */
  needs: string
  /** The rules its fail and warn outcomes apply (docs/rules.md is generated from them). */
  rules: readonly Rule[]
  run(ctx: CheckContext): Promise<Outcome[]>
}
