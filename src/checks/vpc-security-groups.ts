import type {Config} from '../config/types.js'
import type {Facts} from '../facts.js'
import type {FixStep, Msg, Outcome} from '../findings.js'
import type {SecurityGroupInfo} from '../ibm/network-more.js'
import {isAfterApply, known} from '../intent/types.js'
import {cmd, type Command} from '../commands/ibmcloud.js'
import {intentsOf} from './helpers.js'
import type {Check} from './types.js'

/**
 * The numbers (sources in docs/ibm-api-assumptions-network.md): security groups per VPC (VPC quotas page);
 * groups a Secure by Default (1.30+) cluster create adds: kube-<clusterID>, kube-vpegw-<clusterID> and
 * kube-lbaas-<clusterID>, plus kube-vpegw-<vpcID> for the first such cluster in the VPC; IBM's recommended
 * maximum of clusters per VPC (same page: "a maximum of 25 clusters per VPC is recommended"); remote rules
 * per security group (NHC010).
 */
export const SG_QUOTA = 100
export const GROUPS_PER_CLUSTER = 3
export const RECOMMENDED_CLUSTERS_PER_VPC = 25
export const REMOTE_RULE_LIMIT = 15

// A cluster's worker group: kube-<cluster ID>; IKS cluster IDs are lower-case letters and digits (no '-'),
// so kube-vpegw-…, kube-lbaas-… and the pre-1.30 shared kube-<vpcID> (r006-…) do not match.
const CLUSTER_GROUP = /^kube-([a-z0-9]{20,32})$/
const QUOTA_CASE_URL = 'https://cloud.ibm.com/unifiedsupport/cases/add'
// Names listed in a finding's details before "… (+N)".
const MAX_NAMES = 20

/** Operations on an existing cluster that add workers or zones. */
const ADDING = [
  'worker-add',
  'worker-pool-create',
  'worker-pool-resize',
  'zone-add'
] as const

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

/** The shared VPE group is one every cluster of the VPC adds a remote rule to; IBM's numbers disagree on its limit. */
function sharedRulesWarning(
  shared: SecurityGroupInfo | undefined,
  vpcId: string,
  region: string,
  adding: boolean
): Outcome | undefined {
  const remote = shared?.rules?.remote
  if (remote === undefined || remote < REMOTE_RULE_LIMIT) return undefined
  return {
    status: 'warn',
    summary: {
      id: adding
        ? 'vpc-security-groups.shared-rules.create'
        : 'vpc-security-groups.shared-rules',
      params: {group: sharedName(vpcId), remote, limit: REMOTE_RULE_LIMIT}
    },
    why: {id: 'vpc-security-groups.shared-rules.why'},
    fix: [
      {
        text: {id: 'vpc-security-groups.rules.fix'},
        commands: rulesCommands(region, shared!)
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

  const shareWarn = sharedRulesWarning(shared, vpcId, region, true)
  if (shareWarn) outcomes.push(shareWarn)
  if (clusters.length + count > RECOMMENDED_CLUSTERS_PER_VPC)
    outcomes.push({
      status: 'warn',
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

/** Adding workers or zones to an existing cluster: its own groups and the shared VPE group under the remote-rule limit. */
async function existingRun(
  config: Config,
  facts: Facts,
  target: string
): Promise<Outcome[]> {
  const cluster = await facts.cluster(target)
  const intents = intentsOf(config, [target, cluster.id, cluster.name])
  // A resize the plan shows shrinking (or keeping) every pool adds no worker.
  if (
    config.operation === 'worker-pool-resize' &&
    intents.length > 0 &&
    intents.every(o => {
      const to = known(o.workersPerZone)
      return (
        to !== undefined &&
        o.previousWorkersPerZone !== undefined &&
        to <= o.previousWorkersPerZone
      )
    })
  )
    return [
      {
        status: 'skip',
        summary: {
          id: 'vpc-security-groups.not-adding',
          params: {name: cluster.name}
        }
      }
    ]
  if (cluster.vpcs.length === 0)
    return [
      {
        status: 'error',
        summary: {
          id: 'vpc-security-groups.no-vpc',
          params: {name: cluster.name}
        }
      }
    ]
  const lists = await Promise.all(
    cluster.vpcs.map(vpc => facts.securityGroups(cluster.region, vpc))
  )
  const outcomes: Outcome[] = []
  const passed: Array<string | Msg> = []
  cluster.vpcs.forEach((vpcId, i) => {
    const groups = lists[i]!
    const own = [`kube-${cluster.id}`, `kube-vpegw-${cluster.id}`]
      .map(name => groups.find(g => g.name === name))
      .filter(g => g !== undefined)
    // Without the worker group (the one NHC010 names) nothing that matters was verified.
    if (own[0]?.name !== `kube-${cluster.id}`) {
      outcomes.push({
        status: 'error',
        summary: {
          id: 'vpc-security-groups.cluster-groups-missing',
          params: {name: cluster.name, vpc: vpcId, id: cluster.id}
        },
        why: {id: 'vpc-security-groups.cluster-groups-missing.why'},
        fix: [
          {
            text: {id: 'vpc-security-groups.cluster-groups-missing.fix'},
            commands: listCommands(cluster.region, vpcId)
          }
        ]
      })
      return
    }
    const shared = groups.find(g => g.name === sharedName(vpcId))
    for (const g of shared ? [...own, shared] : own) {
      const name = g.name ?? g.id
      const remote = g.rules?.remote
      if (remote === undefined) {
        outcomes.push({
          status: 'error',
          summary: {
            id: 'vpc-security-groups.rules-unknown',
            params: {group: name, vpc: vpcId}
          }
        })
        continue
      }
      passed.push(`${name}: ${remote}/${REMOTE_RULE_LIMIT}`)
      if (remote < REMOTE_RULE_LIMIT) continue
      // NHC010 names the worker group: IKS adds its rules there. A VPE group at the number is a warning.
      if (g.name === `kube-${cluster.id}`)
        outcomes.push({
          status: 'fail',
          summary: {
            id: 'vpc-security-groups.remote-rules',
            params: {
              group: name,
              name: cluster.name,
              remote,
              limit: REMOTE_RULE_LIMIT,
              operation: config.operation
            }
          },
          why: {id: 'vpc-security-groups.remote-rules.why'},
          fix: [
            {
              text: {id: 'vpc-security-groups.rules.fix'},
              commands: rulesCommands(cluster.region, g)
            }
          ]
        })
      else if (g === shared) {
        const w = sharedRulesWarning(shared, vpcId, cluster.region, false)
        if (w) outcomes.push(w)
      } else
        outcomes.push({
          status: 'warn',
          summary: {
            id: 'vpc-security-groups.vpe-rules',
            params: {group: name, remote, limit: REMOTE_RULE_LIMIT}
          },
          why: {id: 'vpc-security-groups.vpe-rules.why'},
          fix: [
            {
              text: {id: 'vpc-security-groups.rules.fix'},
              commands: rulesCommands(cluster.region, g)
            }
          ]
        })
    }
  })
  if (outcomes.length > 0) return outcomes
  return [
    {
      status: 'pass',
      summary: {
        id: 'vpc-security-groups.pass-rules',
        params: {name: cluster.name, limit: REMOTE_RULE_LIMIT}
      },
      details: passed
    }
  ]
}

/**
 * VPC security groups: a cluster create leaves the VPC within its security-group quota; adding workers or
 * zones to a cluster meets no security group at IBM's remote-rule limit (NHC010, NHC011).
 */
export const vpcSecurityGroupsCheck: Check = {
  id: 'vpc-security-groups',
  family: 'vpc',
  title: 'vpc-security-groups.title',
  scope: 'cluster',
  operations: ['cluster-create', ...ADDING],
  providers: ['vpc-gen2'],
  // cluster-access does not apply to a create (skipped there, which blocks nothing).
  requires: ['api-key', 'cluster-access'],
  docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group-reference',
  needs:
    'Viewer platform role on VPC Infrastructure Services (security groups); Viewer on Kubernetes Service for an existing cluster',
  rules: [],
  async run({config, facts, target}): Promise<Outcome[]> {
    return config.operation === 'cluster-create'
      ? createRun(config, facts, target)
      : existingRun(config, facts, target)
  }
}
