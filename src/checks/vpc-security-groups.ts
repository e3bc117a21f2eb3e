import type {Config} from '../config/types.js'
import type {Facts} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {SecurityGroupInfo} from '../ibm/network-more.js'
import {isAfterApply, known} from '../intent/types.js'
import {cmd, type Command} from '../commands/ibmcloud.js'
import {intentsOf} from './helpers.js'
import type {Check, Rule} from './types.js'

/**
 * The numbers (sources in the rules below and docs/ibm-api-assumptions-network.md): security groups per VPC
 * (VPC quotas page); groups a Secure by Default (1.30+) cluster create adds: kube-<clusterID>,
 * kube-vpegw-<clusterID> and kube-lbaas-<clusterID>, plus kube-vpegw-<vpcID> for the first such cluster in
 * the VPC; IBM's recommended maximum of clusters per VPC; unique remotes per security group (VPC's
 * ErrorSecurityGroupRuleOverQuota), which a create meets on the shared kube-vpegw-<vpcID> group.
 */
export const SG_QUOTA = 100
export const GROUPS_PER_CLUSTER = 3
export const RECOMMENDED_CLUSTERS_PER_VPC = 25
export const UNIQUE_REMOTE_LIMIT = 15

// A cluster's worker group: kube-<cluster ID>; IKS cluster IDs are lower-case letters and digits (no '-'),
// so kube-vpegw-…, kube-lbaas-… and the pre-1.30 shared kube-<vpcID> (r006-…) do not match.
const CLUSTER_GROUP = /^kube-([a-z0-9]{20,32})$/
const QUOTA_CASE_URL = 'https://cloud.ibm.com/unifiedsupport/cases/add'
// Names listed in a finding's details before "… (+N)".
const MAX_NAMES = 20

const sharedName = (vpcId: string): string => `kube-vpegw-${vpcId}`

// VPC commands act in the targeted region: target it first.
const listCommands = (region: string, vpcId: string): Command[] => [
  cmd.targetRegion(region),
  cmd.isSecurityGroups(vpcId)
]
const rulesCommands = (region: string, group: SecurityGroupInfo): Command[] => [
  cmd.targetRegion(region),
  cmd.isSecurityGroupRules(group.id)
]

function names(groups: readonly SecurityGroupInfo[]): string {
  const shown = groups.slice(0, MAX_NAMES).map(g => g.name ?? g.id)
  const more = groups.length - shown.length
  return more > 0 ? `${shown.join(', ')} … (+${more})` : shown.join(', ')
}

/**
 * A create adds one remote rule per new cluster to the shared VPE group (a remote not there yet: the new
 * cluster's own group); VPC refuses a 16th unique remote (ts-sbd-cluster-create-quota).
 */
function sharedRemotes(
  shared: SecurityGroupInfo | undefined,
  vpcId: string,
  region: string,
  count: number
): Outcome | undefined {
  if (shared === undefined) return undefined
  const unique = shared.rules?.uniqueRemotes
  if (unique === undefined)
    return {
      status: 'error',
      summary: {
        id: 'vpc-security-groups.rules-unknown',
        params: {group: sharedName(vpcId), vpc: vpcId}
      }
    }
  const after = unique + count
  if (after <= UNIQUE_REMOTE_LIMIT) return undefined
  return {
    status: 'fail',
    rule: 'vpc-security-groups.shared-vpe-remotes',
    summary: {
      id: 'vpc-security-groups.shared-remotes',
      params: {
        group: sharedName(vpcId),
        unique,
        count,
        after,
        limit: UNIQUE_REMOTE_LIMIT
      }
    },
    why: {id: 'vpc-security-groups.shared-remotes.why'},
    fix: [
      {
        text: {id: 'vpc-security-groups.rules.fix'},
        commands: rulesCommands(region, shared)
      }
    ]
  }
}

async function createRun(
  config: Config,
  facts: Facts,
  target: string
): Promise<Outcome[]> {
  const intents = intentsOf(config, [target])
  if (intents.some(o => isAfterApply(o.vpcId)))
    return [
      {
        status: 'skip',
        summary: {
          id: 'vpc-security-groups.after-apply',
          params: {input: 'vpc-id'}
        }
      }
    ]
  const vpcId =
    intents.map(o => known(o.vpcId)).find(v => v !== undefined) ?? config.vpcId
  if (vpcId === undefined)
    return [
      {
        status: 'skip',
        summary: {
          id: 'vpc-security-groups.needs-input',
          params: {operation: config.operation, input: 'vpc-id'}
        }
      }
    ]
  // A create needs the region input; the resource group (facts.target) would add a round trip for nothing.
  const region = config.region ?? ''
  const groups = await facts.securityGroups(region, vpcId)
  if (groups.length === 0) return [noneVisible(vpcId, region)]

  // A plan may create several clusters in the VPC: their groups count together (each create alone could pass).
  const creates = new Set(
    config.intent.clusters
      .filter(c =>
        c.operations.some(
          o =>
            o.operation === 'cluster-create' &&
            (known(o.vpcId) ?? config.vpcId) === vpcId
        )
      )
      .map(c => known(c.cluster.nameOrId) ?? c.cluster.address ?? '?')
  )
  const count = Math.max(creates.size, 1)
  const quota = config.securityGroupQuota ?? SG_QUOTA
  const have = groups.length
  const shared = groups.find(g => g.name === sharedName(vpcId))
  const need = GROUPS_PER_CLUSTER * count + (shared ? 0 : 1)
  const after = have + need
  const clusters = groups.filter(g => CLUSTER_GROUP.test(g.name ?? ''))
  const others = groups.filter(g => !(g.name ?? '').startsWith('kube-'))
  const params = {vpc: vpcId, have, need, after, quota, count}
  const details: Array<string | Msg> = [
    {
      id: shared
        ? 'vpc-security-groups.detail.shared-exists'
        : 'vpc-security-groups.detail.shared-new',
      params: {group: sharedName(vpcId)}
    },
    {
      id: 'vpc-security-groups.detail.kinds',
      params: {clusters: clusters.length, others: others.length}
    },
    ...(count > 1
      ? [
          {
            id: 'vpc-security-groups.detail.plan-creates',
            params: {count, names: [...creates].join(', ')}
          } satisfies Msg
        ]
      : [])
  ]
  const outcomes: Outcome[] = []
  if (after > quota) {
    const fix: FixStep[] = [
      {
        text: {
          id: 'vpc-security-groups.quota.fix.delete',
          params: {count: after - quota}
        },
        commands: [...listCommands(region, vpcId), cmd.isSecurityGroupDelete()]
      },
      {
        text: {
          id: 'vpc-security-groups.quota.fix.increase',
          params: {url: QUOTA_CASE_URL}
        }
      }
    ]
    outcomes.push({
      status: 'fail',
      rule: 'vpc-security-groups.quota',
      summary: {id: 'vpc-security-groups.quota', params},
      why: {id: 'vpc-security-groups.quota.why'},
      fix,
      details:
        others.length > 0
          ? [
              ...details,
              {
                id: 'vpc-security-groups.detail.others',
                params: {names: names(others)}
              }
            ]
          : details
    })
  } else
    outcomes.push({
      status: 'pass',
      summary: {id: 'vpc-security-groups.pass-create', params},
      details
    })

  const remotes = sharedRemotes(shared, vpcId, region, count)
  if (remotes) outcomes.push(remotes)
  else if (shared?.rules !== undefined)
    details.push({
      id: 'vpc-security-groups.detail.shared-remotes',
      params: {
        group: sharedName(vpcId),
        unique: shared.rules.uniqueRemotes,
        limit: UNIQUE_REMOTE_LIMIT
      }
    })
  if (clusters.length + count > RECOMMENDED_CLUSTERS_PER_VPC)
    outcomes.push({
      status: 'warn',
      rule: 'vpc-security-groups.many-clusters',
      summary: {
        id: 'vpc-security-groups.many-clusters',
        params: {
          vpc: vpcId,
          clusters: clusters.length,
          recommended: RECOMMENDED_CLUSTERS_PER_VPC
        }
      },
      why: {id: 'vpc-security-groups.many-clusters.why'},
      fix: [
        {
          text: {id: 'vpc-security-groups.many-clusters.fix'},
          commands: listCommands(region, vpcId)
        }
      ],
      details: [names(clusters)]
    })
  return outcomes
}

function noneVisible(vpcId: string, region: string): Outcome {
  return {
    status: 'error',
    summary: {
      id: 'vpc-security-groups.none-visible',
      params: {vpc: vpcId, region}
    },
    why: {id: 'vpc-security-groups.none-visible.why'},
    fix: [
      {
        text: {id: 'vpc-security-groups.none-visible.fix'},
        commands: [cmd.targetRegion(region), cmd.isVpc(vpcId)]
      }
    ]
  }
}

const SG_RULES: readonly Rule[] = [
  {
    id: 'vpc-security-groups.quota',
    says: 'A cluster create adds 3 security groups to its VPC (4 when the shared kube-vpegw-<VPC ID> group does not exist yet) and fails when the VPC would pass its quota of 100 groups. VPC lists only the groups the key may see, so a count below the quota may be partial: the pass says so.',
    level: 'fail',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/vpc?topic=vpc-quotas#security-group-quotas',
        quote: 'Security groups | 100 per VPC',
        read: '2026-12'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-ts-sbd-cluster-create-quota',
        quote:
          'If the shared VPE gateway security group (`kube-vpegw-VPC-ID`) does not exist, this group is created during cluster creation. Also, 3 additional security groups are created for a total of 4.',
        read: 'ibm-cloud-docs/containers@149bb1e85b0f5737df6ae4b35964e1ae8cf738af'
      },
      {
        kind: 'error',
        code: 'ErrorSecurityGroupOverQuota',
        text: 'Creating a new security group will put the user over quota. Allocated: 100, Requested: 1, Quota: 100',
        where:
          'ibm-cloud-docs/containers ts-sbd-cluster-create-quota.md (2024-05-29 version)'
      }
    ]
  },
  {
    id: 'vpc-security-groups.shared-vpe-remotes',
    says: "A cluster create adds a remote rule to the shared kube-vpegw-<VPC ID> group naming the new cluster's group (a new unique remote); VPC refuses a 16th unique remote per security group, so a create that would add it fails. Adding workers, zones or pools adds no unique remote and is not checked; rules with a remote already counted (one per load-balancer node port, all to kube-lbaas-<clusterID>) do not count.",
    level: 'fail',
    sources: [
      {
        kind: 'error',
        code: 'ErrorSecurityGroupRuleOverQuota',
        text: 'Exceeded limit of unique remote rules per security group (the limit is 15 unique remote rules per security group). Adding a rule would exceed the limit of unique remote rules per security group.',
        where:
          'ibm-cloud-docs/containers ts-sbd-cluster-create-quota.md (2024-05-29 version), captured at cluster creation'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-ts-sbd-cluster-create-quota',
        quote:
          'Because of security group limitations, a single VPC can have a maximum number of 15 clusters. This is a hard limit with no exceptions.',
        read: 'ibm-cloud-docs/containers@149bb1e85b0f5737df6ae4b35964e1ae8cf738af'
      },
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-ts-network-nhc010',
        quote:
          'The shared security group has remote security group rules referencing these associated groups, and it cannot have more than 15 such remote rules. Each cluster in the same VPC has an entry, and once it reaches 15, you cannot create more clusters.',
        read: 'ibm-cloud-docs/containers@7b999c85c09a2705e1f87cfed673d2cc83815049'
      }
    ],
    history:
      "ts-network-nhc010 changed: the July 2025 text put a limit of 15 remote rules on the worker group kube-<CLUSTER_ID> (checked by this tool for worker, zone and pool additions until issue 19); the 2025-08-01 and 2025-08-12 versions (commits 1213c03d, 7b999c85) moved it to the shared kube-vpegw-<VPC_ID> group, one entry per cluster, reached by creating clusters; the September 2026 page keeps only the 100 groups per VPC. VPC's own error counts unique remotes, and IKS adds one rule per load-balancer node port to kube-<clusterID>, all with the same remote. This rule follows VPC's error text and the August 2025 placement, which the current ts-sbd-cluster-create-quota page confirms (15 clusters per VPC); the July 2025 rule on kube-<CLUSTER_ID> is removed, as are the 15-rule warnings on VPE groups."
  },
  {
    id: 'vpc-security-groups.many-clusters',
    says: 'More clusters in one VPC than IBM recommends is a warning.',
    level: 'warn',
    sources: [
      {
        kind: 'doc',
        url: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group-reference',
        quote: 'a maximum of 25 clusters per VPC is recommended',
        read: '2026-12'
      }
    ]
  }
]

/**
 * VPC security groups: a cluster create leaves the VPC within its security-group quota and the shared VPE
 * group within VPC's unique-remote limit. Adding workers, zones or pools adds no security group and no
 * unique remote: not checked (the July 2025 NHC010 rule is removed, see the rule's history).
 */
export const vpcSecurityGroupsCheck: Check = {
  id: 'vpc-security-groups',
  family: 'vpc',
  title: 'vpc-security-groups.title',
  scope: 'cluster',
  operations: ['cluster-create'],
  providers: ['vpc-gen2'],
  // cluster-access does not apply to a create (skipped there, which blocks nothing).
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group-reference',
  needs:
    'Viewer platform role on VPC Infrastructure Services (security groups), on every resource group of the VPC for a whole count',
  rules: SG_RULES,
  async run({config, facts, target}): Promise<Outcome[]> {
    return createRun(config, facts, target)
  }
}
