/** The validated, typed settings of one run. Built only by parseConfig; nothing downstream re-reads raw inputs. */
import type {Intent} from '../intent/types.js'

export {
  OPERATIONS,
  PROVIDERS,
  type Operation,
  type Provider
} from '../intent/types.js'
import type {Operation, Provider} from '../intent/types.js'

/** Not an IBM operation: read a failed run's output and explain the blockers in it (no API calls). */
export const EXPLAIN = 'explain'

export const FAIL_ON = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export {VISIBILITIES, type Visibility} from './raw.js'
import type {Visibility} from './raw.js'

export const REMEDIATIONS = ['none', 'vpe'] as const
export type Remediation = (typeof REMEDIATIONS)[number]

export const LANGUAGES = ['en', 'ja'] as const
export type LanguageCode = (typeof LANGUAGES)[number]

export interface Config {
  apiKey: string
  /** The operation the checks see. A run of several (a plan) runs the engine once per operation, each with its own Config. */
  operation: Operation
  /** Cluster names or IDs as given; for cluster-create, the one new cluster's name. */
  clusters: string[]
  /** What the run will change, per cluster (from the intent inputs, or the Terraform plan when one is given). */
  intent: Intent
  /** The terraform-plan file the intent came from (or "Schematics job <id>"), when one was given. */
  planFile?: string
  region?: string
  resourceGroup?: string
  provider?: Provider
  vpcId?: string
  /** The VPC's security-group quota when IBM raised it for the account (vpc-security-groups); IBM's default 100 when absent. */
  securityGroupQuota?: number
  expectedAccountIds: string[]
  failOn: FailOn
  /** check id -> the reason given for skipping it */
  skipChecks: Map<string, string>
  timeoutSeconds: number
  visibility: Visibility
  maxConcurrency: number
  /** Opt-in writes: 'vpe' lets vpe-gateway run a master refresh when the cluster's gateway is missing. */
  remediate: Remediation
  remediateWaitSeconds: number
  language: LanguageCode
  /** Post or update one sticky PR comment on pull-request events. */
  prComment: boolean
  githubToken?: string
  /** report-detail: problems (fail/warn/error only) or all; unset: problems for fleets and plans in the summary. */
  reportDetail?: ReportDetail
}

/** operation: explain — the text of a failed run to explain, from error-text or error-file. */
export interface ExplainConfig {
  operation: typeof EXPLAIN
  errorText?: string
  errorFile?: string
  failOn: FailOn
  language: LanguageCode
  prComment: boolean
  githubToken?: string
  reportDetail?: ReportDetail
  /** Bounds the PR comment's requests too. */
  timeoutSeconds: number
}

/** Every input the action and the CLI accept; action.yml declares the same names (test/action-yml.test.ts). */
export const INPUT_NAMES = [
  'api-key',
  'operation',
  'cluster',
  'region',
  'resource-group',
  'provider',
  'vpc-id',
  'expected-account-ids',
  'fail-on',
  'skip-checks',
  'timeout-seconds',
  'visibility',
  'max-concurrency',
  'remediate',
  'remediate-wait-seconds',
  'language',
  'pr-comment',
  'github-token',
  'error-text',
  'error-file',
  'worker-pool',
  'flavor',
  'zones',
  'workers-per-zone',
  'kube-version',
  'cos-instance',
  'subnet-ids',
  'private-vlan',
  'public-vlan',
  'workers',
  'terraform-plan',
  'schematics-job',
  'security-group-quota',
  'report-detail'
] as const

/** report-detail: the problems only, or every finding (passes and skips too). */
export const REPORT_DETAILS = ['problems', 'all'] as const
export type ReportDetail = (typeof REPORT_DETAILS)[number]
