import type {Outcome} from '../findings.js'
import type {MessageId} from '../messages/en.js'
import type {Extracted} from './extract.js'
import {cmd} from '../commands/ibmcloud.js'
import * as fix from './fixes.js'
import {findPhrase, type Normalised} from './normalise.js'

/** What a rule's builder gets: the values in the text, and the workers named next to each match. */
export interface RuleMatch {
  x: Extracted
  workers: string[]
  /** The code the rule matched on first, if it matched a code; `codes` has every one found. */
  code?: string
  codes: string[]
  /** The sentence around the first match, for messages that quote it. */
  quote: string
  n: Normalised
  /** Where the rule first matched (in n.text). */
  at: number
  /** The text before the first match says a 5xx, 429, timeout or retry happened. */
  troubleBefore: boolean
}

/**
 * One known cause. A rule matches when any code (as a word) or any phrase (whitespace- and
 * case-insensitive) is in the text; codes are listed first because IBM rewords descriptions across
 * years while codes stay. `check` is the live check that detects the same cause before the operation,
 * so the finding carries its id, docs and fixes; `explain` means no check covers it.
 */
export interface Rule {
  key: string
  check: string
  scope: 'account' | 'cluster'
  phrases: string[]
  codes?: string[]
  /** Skip this rule when one of these rules matched too (a more specific reading of the same text). */
  unless?: string[]
  /** Only when the whole text also passes this test (read the log, not just the line). */
  when?: (n: Normalised) => boolean
  /** Read only when no other rule found a cause (a 5xx or a timeout is context, not a cause, next to one). */
  fallback?: boolean
  /** Live checks that confirm or refute this cause on the account; `check` alone when absent. */
  confirm?: readonly string[]
  /** Rules whose cause is tied to worker IDs look for the worker named before each match. */
  workers?: boolean
  build(m: RuleMatch): Outcome
}

const TROUBLESHOOTING =
  'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors'

/**
 * Titles and IBM docs for the check ids a rule can name that the live catalogue may not have yet
 * (explain runs without them). Docs here are IBM's pages, never our own check pages.
 */
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
  'cluster-state': {
    title: 'explain.cluster-state.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference'
  },
  'kube-version': {
    title: 'explain.kube-version.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions'
  },
  flavor: {
    title: 'explain.flavor.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-planning_worker_nodes'
  },
  'worker-minimum': {
    title: 'explain.worker-minimum.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-add-workers-vpc'
  },
  'classic-vlans': {
    title: 'explain.classic-vlans.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-subnets'
  },
  'vpc-security-groups': {
    title: 'explain.vpc-security-groups.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group'
  },
  'kms-authorization': {
    title: 'explain.kms-authorization.title',
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-setup'
  },
  explain: {title: 'explain.title', docs: TROUBLESHOOTING}
}

const has = (n: Normalised, ...phrases: string[]): boolean =>
  phrases.some(p => findPhrase(n, p).length > 0)
const hasRe = (n: Normalised, re: RegExp): boolean => re.test(n.text)

/** A delete ran in the same log (Terraform destroy, `ks cluster rm`, the CLI's progress line). */
const DELETE_BEFORE =
  /Destroying\.\.\.|Still destroying|\bks cluster (?:rm|delete)\b|Deleting cluster|\bterraform destroy\b|Destruction complete/
const CREATE_BEFORE =
  /Creating\.\.\.|Still creating|\bks cluster create\b|Creating cluster/

/** P0005 "Try again later" with no IAM key error in it is IKS failing to reach IAM: a transient fault, not a dead key. */
const STORED_KEY_DEAD =
  /could not be found|is disabled|not found or active|locked|BXNIM0(?:415|416|410|436)E/i
const transientP0005 = (n: Normalised): boolean =>
  has(n, 'Try again later') && !hasRe(n, STORED_KEY_DEAD)

const workersOr = (workers: string[]): string =>
  workers.length > 0 ? workers.join(', ') : '<worker-id>'
const clusterOf = (x: Extracted): string =>
  x.cluster ?? x.newClusterName ?? '<cluster>'

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
        params: {workers: workersOr(workers)}
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
      summary: {id: 'explain.vpe-gateway', params: {cluster: clusterOf(x)}},
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
        params: {workers: workersOr(workers), cluster: clusterOf(x)}
      },
      why: {id: 'explain.worker-endpoints.why'},
      fix: [fix.refreshFix(x), fix.replaceFix(x, workers)],
      details: workers
    })
  },
  {
    // A delete that finds nothing: the cluster is gone already (a retried destroy, a second pipeline).
    key: 'already-gone',
    check: 'cluster-access',
    scope: 'cluster',
    codes: ['A0006', 'G0004'],
    phrases: ['The specified cluster could not be found'],
    when: n => DELETE_BEFORE.test(n.text),
    build: ({x, code}) => ({
      status: 'warn',
      summary: {
        id: 'explain.cluster-access.already-gone',
        params: {cluster: clusterOf(x), code: code ?? 'G0004'}
      },
      why: {id: 'explain.cluster-access.already-gone.why'},
      fix: fix.alreadyGoneFix(x)
    })
  },
  {
    key: 'cluster-not-found',
    check: 'cluster-access',
    scope: 'cluster',
    codes: ['A0006', 'G0004'],
    phrases: ['The specified cluster could not be found'],
    unless: ['already-gone'],
    build: ({x, code, n, at}) => {
      // IKS has answered 404 for a cluster it was still creating (terraform-provider-ibm #3449, #4163).
      const afterCreate = CREATE_BEFORE.test(n.text.slice(0, at))
      return {
        status: 'fail',
        summary: {
          id: afterCreate
            ? 'explain.cluster-access.after-create'
            : 'explain.cluster-access',
          params: {cluster: clusterOf(x), code: code ?? 'A0006/G0004'}
        },
        why: {
          id: afterCreate
            ? 'explain.cluster-access.after-create.why'
            : 'explain.cluster-access.why'
        },
        fix: fix.clusterAccessFix(x)
      }
    }
  },
  {
    key: 'apikey-not-authorized',
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['A0656'],
    phrases: ['not authorized to create an API key'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.cluster-api-key.not-authorized'},
      why: {id: 'explain.cluster-api-key.not-authorized.why'},
      fix: [
        fix.apiKeyResetFix(x),
        fix.identityOperatorFix(),
        fix.restrictedKeysFix()
      ]
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
    when: n => !transientP0005(n),
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-api-key.stored-key',
        params: {message: quote}
      },
      why: {id: 'explain.cluster-api-key.stored-key.why'},
      fix: [fix.apiKeyInfoFix(x), fix.apiKeyResetFix(x)]
    })
  },
  {
    // The owner of the key IKS stores left the account or lost its infrastructure link (IBM's permission page).
    key: 'key-owner-gone',
    check: 'cluster-api-key',
    scope: 'account',
    codes: ['BXNIM0410E'],
    phrases: [
      'no IMS account is linked to the selected BSS account',
      'Provided user not found or active',
      'User account is currently cancel_pending'
    ],
    unless: ['stored-key'],
    // In `ibmcloud login` output BXNIM0410E is about the caller's own key (iam-other says so).
    when: n => !/Unable to authenticate|ibmcloud login\b/.test(n.text),
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-api-key.owner-gone',
        params: {message: quote}
      },
      why: {id: 'explain.cluster-api-key.owner-gone.why'},
      fix: [fix.apiKeyInfoFix(x), fix.apiKeyResetFix(x)]
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
        params: {region: x.region ?? '<region>'}
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
    build: ({x, troubleBefore}) => {
      const name = x.newClusterName ?? x.cluster ?? '<cluster-name>'
      // A create that answered 5xx, timed out or was retried may have been accepted: the "other" cluster may be ours.
      return troubleBefore
        ? {
            status: 'fail',
            summary: {id: 'explain.cluster-name.maybe-ours', params: {name}},
            why: {id: 'explain.cluster-name.maybe-ours.why'},
            fix: fix.maybeOursFix(x, name)
          }
        : {
            status: 'fail',
            summary: {id: 'explain.cluster-name', params: {name}},
            why: {id: 'explain.cluster-name.why'},
            fix: fix.clusterNameFix(x, name)
          }
    }
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
    // IAM's code for a disabled key is not in any public source; the wording is matched instead.
    phrases: ['Provided API key is disabled'],
    unless: ['stored-key'],
    build: ({code}) => ({
      status: 'fail',
      summary: {
        id: 'explain.api-key.disabled',
        params: {code: code ?? 'IAM'}
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
    unless: [
      'key-unknown',
      'key-disabled',
      'stored-key',
      'apikey-iam-failed',
      'key-owner-gone'
    ],
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
    phrases: [
      'The infrastructure authentication credentials are not authorized for the request',
      'must be ordered with permission',
      'We were unable to connect to your Softlayer account',
      // The wording since IBM dropped "SoftLayer" (and the 2018–2019 one with "(SoftLayer)" in it).
      'We were unable to connect to your IBM Cloud infrastructure',
      'infrastructure user permissions',
      'Infrastructure permissions to add servers',
      "The worker node instance can't be identified",
      'The worker node instance cannot be identified'
    ],
    build: ({x, quote}) => ({
      status: 'fail',
      summary: {id: 'explain.infra-permissions', params: {message: quote}},
      why: {id: 'explain.infra-permissions.why'},
      fix: fix.infraPermissionsFix(x)
    })
  },
  {
    key: 'rg-not-found',
    check: 'cluster-access',
    scope: 'account',
    phrases: ['The targeted resource group could not be found'],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.resource-group',
        params: {group: x.resourceGroup ?? '<resource-group>'}
      },
      why: {id: 'explain.resource-group.why'},
      fix: fix.resourceGroupFix(x)
    })
  },
  {
    key: 'flavor',
    check: 'flavor',
    scope: 'cluster',
    codes: ['E4e5b', 'E0146'],
    phrases: [
      'Could not find flavor in the requested zone',
      'The specified flavor is deprecated'
    ],
    build: ({x, codes}) => ({
      status: 'fail',
      summary: {
        id: codes.some(c => c.toUpperCase() === 'E0146')
          ? 'explain.flavor.deprecated'
          : 'explain.flavor.not-in-zone',
        params: {zone: x.zone ?? '<zone>'}
      },
      why: {id: 'explain.flavor.why'},
      fix: fix.flavorFix(x)
    })
  },
  {
    key: 'worker-minimum',
    check: 'worker-minimum',
    scope: 'cluster',
    codes: ['E1437'],
    phrases: [
      "would reduce the worker pool's size below the cluster's minimum requirement"
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.worker-minimum',
        params: {cluster: clusterOf(x)}
      },
      why: {id: 'explain.worker-minimum.why'},
      fix: fix.workerMinimumFix(x)
    })
  },
  {
    key: 'kms-authorization',
    check: 'kms-authorization',
    scope: 'cluster',
    codes: ['E09c0'],
    phrases: ['Not authorized to access the Key Management Service'],
    build: () => ({
      status: 'fail',
      summary: {id: 'explain.kms-authorization'},
      why: {id: 'explain.kms-authorization.why'},
      fix: fix.kmsFix()
    })
  },
  {
    key: 'kube-version',
    check: 'kube-version',
    scope: 'cluster',
    codes: ['E0156'],
    phrases: [
      'A previous patch was specified',
      'version not found',
      // CB-Spider relays IKS's list of orderable versions this way (cb-tumblebug #2773).
      'not found version'
    ],
    build: ({quote}) => ({
      status: 'fail',
      summary: {id: 'explain.kube-version', params: {message: quote}},
      why: {id: 'explain.kube-version.why'},
      fix: fix.versionFix()
    })
  },
  {
    key: 'master-not-deployed',
    check: 'cluster-state',
    scope: 'cluster',
    codes: ['Ef9cc'],
    phrases: ['The master must be in the deployed state'],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.cluster-state.master-busy',
        params: {cluster: clusterOf(x)}
      },
      why: {id: 'explain.cluster-state.master-busy.why'},
      fix: fix.clusterStatusFix(x)
    })
  },
  {
    key: 'classic-vlans',
    check: 'classic-vlans',
    scope: 'cluster',
    codes: ['E0020'],
    phrases: [
      'you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {
        id: 'explain.classic-vlans',
        params: {zone: x.zone ?? '<zone>'}
      },
      why: {id: 'explain.classic-vlans.why'},
      fix: fix.vlanFix(x)
    })
  },
  {
    key: 'vpc-security-groups',
    check: 'vpc-security-groups',
    scope: 'cluster',
    codes: ['NHC010', 'NHC011'],
    phrases: [
      'Exceeded security group related quota',
      'Exceeded security group rules related quota',
      'security_group_limit_exceeded',
      'security_group_rules_per_sg_exceeded',
      'Exceeded security group limit',
      'Exceeded limit of rules per security group'
    ],
    build: ({codes}) => ({
      status: 'fail',
      summary: {
        id: 'explain.vpc-security-groups',
        params: {code: codes[0] ?? 'quota'}
      },
      why: {id: 'explain.vpc-security-groups.why'},
      fix: fix.securityGroupFix()
    })
  },
  {
    key: 'broken-webhook',
    check: 'explain',
    scope: 'cluster',
    phrases: [
      'the cluster has a broken webhook application',
      'ibm.biz/master_webhook'
    ],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.webhook', params: {cluster: clusterOf(x)}},
      why: {id: 'explain.webhook.why'},
      fix: fix.webhookFix()
    })
  },
  // Codes no check covers: what IBM means, and the next command.
  {
    key: 'free-limit',
    check: 'explain',
    scope: 'account',
    codes: ['E0013'],
    phrases: ['The free cluster limit is reached'],
    build: () => ({
      status: 'fail',
      summary: {id: 'explain.code.free-limit'},
      fix: [
        {
          text: {id: 'explain.code.free-limit.fix'},
          commands: [cmd.clusterLs()]
        }
      ]
    })
  },
  {
    key: 'provider-not-permitted',
    check: 'explain',
    scope: 'cluster',
    codes: ['G3917'],
    phrases: ['Cluster provider not permitted for given operation'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.code.provider'},
      fix: [
        {
          text: {id: 'explain.code.provider.fix'},
          commands: [cmd.clusterGet(clusterOf(x))]
        }
      ]
    })
  },
  {
    key: 'already-up-to-date',
    check: 'explain',
    scope: 'cluster',
    codes: ['E0120'],
    phrases: ['The master is already up to date for the specified version'],
    build: ({x}) => ({
      status: 'warn',
      summary: {id: 'explain.code.up-to-date'},
      fix: [
        {
          text: {id: 'explain.code.up-to-date.fix'},
          commands: [cmd.clusterGet(clusterOf(x)), cmd.versions()]
        }
      ]
    })
  },
  {
    key: 'pool-name-taken',
    check: 'explain',
    scope: 'cluster',
    codes: ['E0d39'],
    phrases: ['A worker pool with the same name already exists'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.code.pool-name'},
      fix: [
        {
          text: {id: 'explain.code.pool-name.fix'},
          commands: [cmd.workerPoolLs(clusterOf(x))]
        }
      ]
    })
  },
  {
    key: 'worker-not-found',
    check: 'explain',
    scope: 'cluster',
    codes: ['E0011'],
    phrases: ['The specified worker node could not be found'],
    build: ({x}) => ({
      status: 'fail',
      summary: {id: 'explain.code.worker-not-found'},
      fix: [
        {
          text: {id: 'explain.code.worker-not-found.fix'},
          commands: [cmd.workerLs(clusterOf(x))]
        }
      ]
    })
  },
  {
    key: 'wait-timeout',
    check: 'cluster-state',
    scope: 'cluster',
    // Terraform's StateChangeConf: a timeout, or a state outside the expected ones (wait_till, terraform-provider-ibm #4214).
    phrases: ['timeout while waiting for state to become', 'wanted target'],
    confirm: [
      'cluster-state',
      'worker-endpoints',
      'vpe-gateway',
      'orphaned-workers',
      'infra-permissions'
    ],
    build: ({x, quote}) => ({
      status: 'warn',
      summary: {
        id: 'explain.wait-timeout',
        params: {cluster: clusterOf(x), message: quote}
      },
      why: {id: 'explain.wait-timeout.why'},
      fix: fix.waitTimeoutFix(x)
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
  },
  {
    // 5xx, 429, "Try again later": IBM's side or a rate limit, nobody's setup. Only when nothing else explains the failure.
    key: 'transient',
    check: 'explain',
    scope: 'account',
    codes: ['G0002'],
    phrases: [
      'Try again later',
      'An internal error occurred while processing your request',
      'Too Many Requests',
      'Internal Server Error',
      'Service Unavailable',
      'Bad Gateway',
      'Gateway Timeout',
      'status code: 500',
      'status code: 502',
      'status code: 503',
      'status code: 504',
      'status code: 429'
    ],
    fallback: true,
    build: ({x, quote}) => ({
      status: 'warn',
      summary: {id: 'explain.transient', params: {message: quote}},
      why: {id: 'explain.transient.why'},
      fix: fix.transientFix(x)
    })
  }
]
