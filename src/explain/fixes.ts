import {CREATE_KEY} from '../checks/api-key.js'
import {CATALOGUE} from '../checks/catalogue.js'
import type {Operation, Provider} from '../intent/types.js'
import {
  arg,
  cmd,
  iamPolicyCreate,
  sequences,
  type Command
} from '../commands/ibmcloud.js'
import type {FixStep} from '../findings.js'
import type {Extracted} from './extract.js'

/**
 * The fixes explain mode prints: the live checks' commands (src/commands/ibmcloud.ts), filled from what the
 * text names, with a visible placeholder where it names nothing.
 */

export const region = (x: Extracted): string => x.region ?? '<region>'
export const cluster = (x: Extracted): string =>
  x.cluster ?? x.clusterId ?? '<cluster>'
const groupCommand = (x: Extracted): Command[] =>
  x.resourceGroup ? [cmd.targetGroup(x.resourceGroup)] : []
/** Credentials and the stored API key are per region AND resource group: name the group, as a placeholder if the text has none. */
const group = (x: Extracted): string => x.resourceGroup || '<resource-group>'

/** A value quoted for the shell, a `<placeholder>` left as it is. */
export const quoteArg = arg

const workerIds = (workers: string[]): string[] =>
  workers.length > 0 ? workers : ['<worker-id>']

export function credentialSetCommands(x: Extracted): Command[] {
  return sequences.credentialSet(region(x), group(x))
}

export function paidAccountFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.paid-account.fix.check'},
      commands: [...groupCommand(x), cmd.credentialGet(region(x))]
    },
    {text: {id: 'explain.paid-account.fix.upgrade'}},
    {
      text: {id: 'explain.paid-account.fix.credentials'},
      commands: [...credentialSetCommands(x), cmd.apiKeyReset(region(x))]
    }
  ]
}

export function totpFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.totp-mfa.fix.off'},
      commands: [cmd.mfaOff()]
    },
    {
      text: {id: 'explain.totp-mfa.fix.key'},
      commands: [...credentialSetCommands(x), cmd.apiKeyReset(region(x))]
    }
  ]
}

export function orphanedFix(x: Extracted, workers: string[]): FixStep[] {
  return [
    {
      text: {id: 'explain.orphaned-workers.fix.find'},
      commands: [
        ...groupCommand(x),
        cmd.credentialGet(region(x)),
        cmd.workerLs(cluster(x)),
        ...workerIds(workers.slice(0, 5)).map(cmd.slFindHost)
      ]
    },
    {
      text: {id: 'explain.orphaned-workers.fix.linked'},
      commands: sequences.credentialUnset(region(x), group(x))
    },
    {
      text: {id: 'explain.orphaned-workers.fix.other'},
      commands: credentialSetCommands(x)
    },
    {text: {id: 'explain.orphaned-workers.fix.retry'}}
  ]
}

/** Master refresh re-creates the gateway; then look at it (vpe-gateway.ts's refreshCommand/showGatewayCommands). */
export function refreshFix(x: Extracted): FixStep {
  const gateway = x.clusterId ? `iks-${x.clusterId}` : 'iks-<cluster-id>'
  return {
    text: {id: 'explain.vpe-gateway.fix.refresh'},
    commands: [
      cmd.masterRefresh(cluster(x)),
      cmd.targetRegion(region(x)),
      cmd.endpointGateway(gateway)
    ]
  }
}

export function replaceFix(x: Extracted, workers: string[]): FixStep {
  const ids = workerIds(workers)
  return {
    text: {id: 'explain.worker-endpoints.fix.replace'},
    commands: [
      cmd.workerLs(cluster(x)),
      ...ids.map(w => cmd.workerReplace(cluster(x), w))
    ]
  }
}

export function clusterAccessFix(x: Extracted): FixStep[] {
  const steps: FixStep[] = [
    {
      text: {id: 'cluster-access.not-found.fix.list'},
      commands: [cmd.target(), cmd.clusterLs('all')]
    }
  ]
  if (x.region || x.resourceGroup)
    steps.push({
      text: {id: 'cluster-access.mismatch.fix'},
      commands: [cmd.target({region: x.region, group: x.resourceGroup})]
    })
  steps.push({
    text: {id: 'cluster-access.not-found.fix.role'},
    commands: [
      iamPolicyCreate('user', '<user-email>', 'Viewer', [
        ['--service-name', 'containers-kubernetes']
      ])
    ]
  })
  return steps
}

/** cluster-api-key.ts resetSteps: a user with Administrator stores their key for the region and group. */
export function apiKeyResetFix(x: Extracted): FixStep {
  return {
    text: {id: 'cluster-api-key.reset.fix'},
    commands: sequences.apiKeyReset(region(x), group(x))
  }
}

/** A0656 names "the user or service ID": give the Operator role on IAM Identity to whichever the caller is. */
export function identityOperatorFix(): FixStep {
  return {
    text: {id: 'explain.cluster-api-key.operator.fix'},
    commands: [
      iamPolicyCreate('user', '<user-email>', 'Operator', [
        ['--service-name', 'iam-identity']
      ]),
      iamPolicyCreate('service', '<service-id>', 'Operator', [
        ['--service-name', 'iam-identity']
      ])
    ]
  }
}

export function restrictedKeysFix(): FixStep {
  return {
    text: {id: 'explain.cluster-api-key.restricted.fix'},
    commands: [cmd.accountSettings()]
  }
}

export function apiKeyInfoFix(x: Extracted): FixStep {
  return {
    text: {id: 'explain.cluster-api-key.info.fix'},
    commands: [cmd.targetGroup(group(x)), cmd.apiKeyInfo(cluster(x))]
  }
}

export function keyLimitFix(): FixStep {
  return {
    text: {id: 'explain.cluster-api-key.limit.fix'},
    commands: [cmd.apiKeys(), cmd.apiKeyDelete()]
  }
}

export function classicRegionFix(): FixStep[] {
  return [
    {
      text: {id: 'explain.classic-region.fix'},
      commands: [cmd.clusterLs('classic'), cmd.zoneLs('vpc-gen2')]
    }
  ]
}

export function clusterNameFix(x: Extracted, name: string): FixStep[] {
  return [
    {
      text: {id: 'cluster-name.taken.fix'},
      commands: [
        ...(x.region || x.resourceGroup
          ? [cmd.target({region: x.region, group: x.resourceGroup})]
          : []),
        cmd.clusterGet(name)
      ]
    }
  ]
}

/** The retried-create trap: look the cluster up (who made it, when) before renaming anything. */
export function maybeOursFix(x: Extracted, name: string): FixStep[] {
  return [
    {
      text: {id: 'explain.cluster-name.maybe-ours.fix.look'},
      commands: [
        cmd.target({region: x.region ?? '<region>', group: group(x)}),
        cmd.clusterGet(name),
        cmd.clusterLs('all')
      ]
    },
    {
      text: {id: 'explain.cluster-name.maybe-ours.fix.adopt'},
      commands: [cmd.terraformImport()]
    },
    {text: {id: 'explain.cluster-name.maybe-ours.fix.rename'}}
  ]
}

/**
 * A cluster gone before its delete: look where the log (or the current target) points, then, for a Terraform
 * log only, drop it from the state. A CLI-only log has no state to touch.
 */
export function alreadyGoneFix(x: Extracted): FixStep[] {
  return [
    {
      text: {
        id: x.terraform
          ? 'explain.cluster-access.already-gone.fix'
          : 'explain.cluster-access.already-gone.fix.cli'
      },
      commands: [
        cmd.target({region: x.region, group: x.resourceGroup}),
        cmd.clusterLs('all'),
        ...(x.terraform ? [cmd.terraformStateRm(x.tfAddress)] : [])
      ]
    }
  ]
}

export function resourceGroupFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.resource-group.fix'},
      commands: [cmd.resourceGroups(), cmd.targetGroup(group(x))]
    }
  ]
}

export function flavorFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.flavor.fix'},
      commands: [cmd.flavors(x.zone ?? '<zone>')]
    }
  ]
}

export function workerMinimumFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.worker-minimum.fix'},
      commands: [cmd.workerPoolLs(cluster(x)), cmd.workerLs(cluster(x))]
    }
  ]
}

export function kmsFix(): FixStep[] {
  return [
    {
      text: {id: 'explain.kms-authorization.fix'},
      commands: [
        cmd.authorizationPolicies(),
        cmd.authorizationPolicyCreate(
          'containers-kubernetes',
          'kms',
          ['Reader', 'Authorization Delegator'],
          '<kms-instance-id>'
        )
      ]
    }
  ]
}

export function versionFix(): FixStep[] {
  return [
    {
      text: {id: 'explain.kube-version.fix'},
      commands: [cmd.versions()]
    }
  ]
}

export function clusterStatusFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.cluster-state.fix'},
      commands: [cmd.clusterGet(cluster(x)), cmd.workerLs(cluster(x))]
    }
  ]
}

export function vlanFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.classic-vlans.fix'},
      commands: [cmd.vlanLs(x.zone ?? '<zone>')]
    }
  ]
}

export function securityGroupFix(): FixStep[] {
  return [
    {
      text: {id: 'explain.vpc-security-groups.fix'},
      commands: [
        cmd.isSecurityGroups('<vpc-id>'),
        cmd.isSecurityGroupRules('<security-group-id>')
      ]
    }
  ]
}

export function webhookFix(): FixStep[] {
  return [
    {
      text: {id: 'explain.webhook.fix'},
      commands: cmd.kubectlWebhooks()
    }
  ]
}

/** The live checks that find why a wait timed out: they read the cluster's master and workers. */
export const WAIT_CHECKS = [
  'cluster-state',
  'worker-endpoints',
  'vpe-gateway',
  'orphaned-workers',
  'infra-permissions'
] as const
/**
 * The operation those checks run under on a cluster that exists: a create's checks look at a cluster still to
 * be made (cluster-state, vpe-gateway and worker-endpoints are not applicable to cluster-create), a delete's
 * skip worker-endpoints. cluster-update runs all of them and changes nothing.
 */
export const WAIT_OPERATION = 'cluster-update' as const satisfies Operation

/** WAIT_CHECKS that run under WAIT_OPERATION on a cluster of `provider` (each check's own operations and providers). */
export function waitChecks(provider?: Provider): string[] {
  return WAIT_CHECKS.filter(id => {
    const c = CATALOGUE.find(k => k.id === id)
    return (
      c !== undefined &&
      (c.operations === undefined || c.operations.includes(WAIT_OPERATION)) &&
      (provider === undefined ||
        c.providers === undefined ||
        c.providers.includes(provider))
    )
  })
}

/**
 * After a wait timed out: look at the cluster, then run the checks that find the usual causes on it, as a
 * cluster-update pre-flight of the cluster the log names (its ID or name; a create's new cluster exists by then).
 */
export function waitTimeoutFix(x: Extracted, schematics = false): FixStep[] {
  const target = x.cluster ?? x.clusterId ?? x.newClusterName ?? '<cluster>'
  return [
    {
      text: {id: 'explain.wait-timeout.fix.status'},
      commands: [cmd.clusterGet(target), cmd.workerLs(target)]
    },
    {
      text: {
        id: 'explain.wait-timeout.fix.checks',
        params: {checks: waitChecks(x.provider).join(', ')}
      },
      commands: [
        cmd.preflight({
          operation: WAIT_OPERATION,
          cluster: target,
          region: region(x)
        })
      ]
    },
    // IBM Schematics: the timed-out resource is tainted and the next apply would delete and re-create it.
    ...(schematics
      ? [
          {
            text: {id: 'explain.wait-timeout.fix.untaint' as const},
            commands: [
              cmd.schematicsStatePull(),
              cmd.schematicsUntaint(x.tfAddress)
            ]
          }
        ]
      : [])
  ]
}

/** BXNIM0430E: the allowlist in IAM's account (or user) settings, not the key. */
export function ipAllowlistFix(controlPlane: boolean): FixStep[] {
  return [
    {
      text: {id: 'explain.api-key.ip-allowlist.fix.settings'},
      commands: [cmd.accountSettings()]
    },
    ...(controlPlane
      ? [
          {
            text: {
              id: 'explain.api-key.ip-allowlist.fix.control-plane' as const
            }
          }
        ]
      : [])
  ]
}

/** IBM's steps for "not authorized to view the specified subnet": whose key, then Viewer on the subnet's group. */
export function subnetViewFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.vpc-subnets.view.fix'},
      commands: [
        ...(x.cluster ? [cmd.apiKeyInfo(cluster(x))] : [cmd.apiKeys()]),
        cmd.isSubnet(x.subnetId ?? '<subnet-id>'),
        iamPolicyCreate('user', '<user-email>', 'Viewer', [
          ['--service-name', 'is'],
          ['--resource-group-name', '<subnet-resource-group>']
        ])
      ]
    }
  ]
}

/** IBM's steps when a worker pool's root key is gone: is KMS on, does the key exist. */
export function poolRootKeyFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.kms-authorization.pool-root-key.fix'},
      commands: [cmd.clusterGet(cluster(x)), cmd.serviceInstances('kms')]
    }
  ]
}

/** After freeing security groups (or clusters) in the VPC, a master refresh resumes the pending workers (IBM's page). */
export function refreshOnlyFix(x: Extracted): FixStep {
  return {
    text: {id: 'explain.vpc-security-groups.pending.fix'},
    // A create's text names the new cluster only by its --name.
    commands: [cmd.masterRefresh(x.cluster ?? x.newClusterName ?? cluster(x))]
  }
}

export function transientFix(x: Extracted): FixStep[] {
  const name = x.cluster ?? x.newClusterName
  return [
    {text: {id: 'explain.transient.fix'}},
    // After a 5xx on a write, look before retrying: IBM may have done it anyway.
    ...(name
      ? [
          {
            text: {id: 'explain.transient.fix.look' as const},
            commands: [cmd.clusterGet(name)]
          }
        ]
      : [])
  ]
}

export function createKeyFix(kind: 'unknown' | 'rejected'): FixStep[] {
  return [
    {
      text: {
        id: kind === 'unknown' ? 'api-key.unknown.fix' : 'api-key.rejected.fix'
      },
      commands: [...CREATE_KEY]
    }
  ]
}

export function enableKeyFix(): FixStep[] {
  return [
    {
      text: {id: 'api-key.disabled.fix'},
      commands: [cmd.apiKeys(), cmd.apiKeyEnable()]
    }
  ]
}

export function infraPermissionsFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'explain.infra-permissions.fix'},
      commands: [
        ...groupCommand(x),
        cmd.infraPermissionsGet(region(x)),
        cmd.apiKeyInfo(cluster(x)),
        cmd.slPermissionEdit('<PERMISSION>')
      ]
    }
  ]
}
