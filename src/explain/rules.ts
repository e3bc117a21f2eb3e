import type {Outcome} from '../findings.js'
import type {MessageId} from '../messages/en.js'
import type {Extracted} from './extract.js'
import * as fix from './fixes.js'

/** What a rule's builder gets: the values in the text, and the workers named next to each match. */
export interface RuleMatch {
  x: Extracted
  workers: string[]
  /** The code the rule matched on first, if it matched a code; `codes` has every one found. */
  code?: string
  codes: string[]
  /** The sentence around the first match, for messages that quote it. */
  quote: string
}

/**
 * One known blocker. A rule matches when any phrase (whitespace- and case-insensitive) or any code
 * (as a word) is in the text. `check` is the live check that detects the same blocker before the
 * operation, so the finding carries the same id, docs and fixes.
 */
export interface Rule {
  key: string
  check: string
  scope: 'account' | 'cluster'
  phrases: string[]
  codes?: string[]
  /** Skip this rule when one of these rules matched too (a more specific reading of the same text). */
  unless?: string[]
  /** Rules whose blocker is tied to worker IDs look for the worker named before each match. */
  workers?: boolean
  build(m: RuleMatch): Outcome
}

const TROUBLESHOOTING =
  'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors'

/** Docs and titles for checks the live catalogue may not have (explain runs without it). */
export const RULE_CHECKS: Record<string, {title: MessageId; docs: string}> = {
  'paid-account': {title: 'explain.paid-account.title', docs: TROUBLESHOOTING},
  'totp-mfa': {title: 'explain.totp-mfa.title', docs: TROUBLESHOOTING},
  'orphaned-workers': {
    title: 'explain.orphaned-workers.title',
    docs: TROUBLESHOOTING
  },
  'vpe-gateway': {
    title: 'explain.vpe-gateway.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc_troubleshoot_vpe'
  },
  'worker-endpoints': {
    title: 'explain.worker-endpoints.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc_troubleshoot_vpe'
  },
  'classic-region': {
    title: 'explain.classic-region.title',
    docs: TROUBLESHOOTING
  },
  explain: {title: 'explain.title', docs: TROUBLESHOOTING}
}

export const RULES: readonly Rule[] = [
  {
    key: 'paid-account',
    check: 'paid-account',
    scope: 'account',
    codes: ['E0057'],
    // The Japanese CLI may render the IKS description in Japanese; the code and these terms of IBM's Japanese page stay.
    phrases: [
      'Ensure that you have a paid account',
      'Unable to connect to the IBM Cloud account',
      '有料アカウントがあることを確認'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.paid-account'},
      why: {id: 'explain.paid-account.why'},
      fix: fix.paidAccountFix(x)
    })
  },
  {
    key: 'totp',
    check: 'totp-mfa',
    scope: 'account',
    phrases: [
      'Time-based One Time Password authentication is required',
      'Time-based One-Time Password authentication is required',
      '時間ベースのワンタイム・パスワード認証',
      '時間ベースのワンタイム・パスコード認証'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.totp-mfa'},
      why: {id: 'explain.totp-mfa.why'},
      fix: fix.totpFix(x)
    })
  },
  {
    key: 'orphaned',
    check: 'orphaned-workers',
    scope: 'cluster',
    phrases: [
      'incorrect account for worker',
      'infrastructure user credentials changed and no longer match the worker node instance infrastructure account'
    ],
    workers: true,
    build: ({x, workers}) => ({
      status: 'fail',
      summary: {
        id: 'explain.orphaned-workers',
        params: {workers: workers.length > 0 ? workers.join(', ') : '?'}
      },
      why: {id: 'explain.orphaned-workers.why'},
      fix: fix.orphanedFix(x, workers),
      details: workers
    })
  },
  {
    key: 'vpe-pending',
    check: 'vpe-gateway',
    scope: 'cluster',
    phrases: ['Pending endpoint gateway creation'],
    workers: true,
    build: ({x, workers}) => ({
      status: 'fail',
      summary: {id: 'explain.vpe-gateway', params: {cluster: x.cluster ?? '?'}},
      why: {id: 'explain.vpe-gateway.why'},
      fix: [fix.refreshFix(x)],
      details: workers
    })
  },
  {
    key: 'worker-network',
    check: 'worker-endpoints',
    scope: 'cluster',
    phrases: [
      'Worker deploy failed due to network communications failing to master or registry endpoints'
    ],
    workers: true,
    build: ({x, workers}) => ({
      status: 'fail',
      summary: {
        id: 'explain.worker-endpoints',
        params: {
          workers: workers.length > 0 ? workers.join(', ') : '?',
          cluster: x.cluster ?? '?'
        }
      },
      why: {id: 'explain.worker-endpoints.why'},
      fix: [fix.refreshFix(x), fix.replaceFix(x, workers)],
      details: workers
    })
  },
  {
    key: 'cluster-not-found',
    check: 'cluster-access',
    scope: 'cluster',
    codes: ['A0006', 'G0004'],
    phrases: ['The specified cluster could not be found'],
    build: ({x, code}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-access',
        params: {cluster: x.cluster ?? '?', code: code ?? 'A0006/G0004'}
      },
      why: {id: 'explain.cluster-access.why'},
      fix: fix.clusterAccessFix(x)
    })
  },
  {
    key: 'apikey-not-authorized',
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['A0656'],
    phrases: ['not authorized to create an API key'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.cluster-api-key.service-id'},
      why: {id: 'cluster-api-key.service-id.why'},
      fix: [fix.apiKeyResetFix(x), fix.serviceIdOperatorFix()]
    })
  },
  {
    key: 'apikey-iam-failed',
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['A03e9b', 'BXNIM0151E'],
    phrases: ['Failed to create an API key with IAM'],
    build: ({x, codes}) => ({
      status: 'fail',
      summary: {
        id: codes.some(c => c.toUpperCase() === 'BXNIM0151E')
          ? 'explain.cluster-api-key.iam-limit'
          : 'explain.cluster-api-key.iam-failed'
      },
      why: {id: 'explain.cluster-api-key.iam-failed.why'},
      fix: [fix.keyLimitFix(), fix.apiKeyResetFix(x)]
    })
  },
  {
    key: 'stored-key',
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['P0005'],
    phrases: ['IAM token exchange request failed'],
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-api-key.stored-key',
        params: {message: quote}
      },
      why: {id: 'explain.cluster-api-key.stored-key.why'},
      fix: [fix.apiKeyResetFix(x)]
    })
  },
  {
    key: 'classic-region',
    check: 'classic-region',
    scope: 'account',
    codes: ['E501e'],
    phrases: [
      'Classic cluster creation is not supported in regions that do not have existing classic clusters'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.classic-region',
        params: {region: x.region ?? '?'}
      },
      why: {id: 'explain.classic-region.why'},
      fix: fix.classicRegionFix()
    })
  },
  {
    key: 'name-taken',
    check: 'cluster-name',
    scope: 'cluster',
    codes: ['E0007'],
    phrases: ['A cluster with the same name already exists'],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-name',
        params: {name: x.newClusterName ?? x.cluster ?? '?'}
      },
      why: {id: 'explain.cluster-name.why'},
      fix: fix.clusterNameFix(x)
    })
  },
  {
    key: 'key-unknown',
    check: 'api-key',
    scope: 'account',
    codes: ['BXNIM0415E'],
    phrases: ['Provided API key could not be found'],
    // Inside "IAM token exchange request failed" it is IKS's stored key, not the caller's (terraform #3561).
    unless: ['stored-key'],
    build: ({code}) => ({
      status: 'fail',
      summary: {
        id: 'explain.api-key.unknown',
        params: {code: code ?? 'BXNIM0415E'}
      },
      why: {id: 'api-key.unknown.why'},
      fix: fix.createKeyFix('unknown')
    })
  },
  {
    key: 'key-disabled',
    check: 'api-key',
    scope: 'account',
    codes: ['BXNIM0416E'],
    phrases: ['Provided API key is disabled'],
    unless: ['stored-key'],
    build: ({code}) => ({
      status: 'fail',
      summary: {
        id: 'explain.api-key.disabled',
        params: {code: code ?? 'BXNIM0416E'}
      },
      why: {id: 'api-key.disabled.why'},
      fix: fix.enableKeyFix()
    })
  },
  {
    key: 'iam-other',
    check: 'api-key',
    scope: 'account',
    codes: ['BXNIM\\d{4}E'],
    phrases: [],
    unless: ['key-unknown', 'key-disabled', 'stored-key', 'apikey-iam-failed'],
    build: ({code}) => ({
      status: 'fail',
      summary: {id: 'explain.api-key.other', params: {code: code ?? 'BXNIM'}},
      why: {id: 'api-key.rejected.why'},
      fix: fix.createKeyFix('rejected')
    })
  },
  {
    key: 'infra-permissions',
    check: 'infra-permissions',
    scope: 'account',
    codes: ['E0060'],
    phrases: [
      'The infrastructure authentication credentials are not authorized for the request',
      'must be ordered with permission',
      'We were unable to connect to your Softlayer account',
      'infrastructure user permissions',
      "The worker node instance can't be identified"
    ],
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {id: 'explain.infra-permissions', params: {message: quote}},
      why: {id: 'explain.infra-permissions.why'},
      fix: fix.infraPermissionsFix(x)
    })
  },
  {
    key: 'linked-normal',
    check: 'explain',
    scope: 'account',
    codes: ['E0051'],
    phrases: ['The user credentials could not be found'],
    build: () => ({
      status: 'pass',
      summary: {id: 'explain.linked-account-normal'}
    })
  }
]
