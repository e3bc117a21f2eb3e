import {CREATE_KEY} from '../checks/api-key.js'
import {cmd, sequences} from '../commands/ibmcloud.js'
import type {FixStep} from '../findings.js'
import type {Extracted} from './extract.js'

/**
 * The fixes explain mode prints: the live checks' commands (src/checks/commands.ts), filled from what the
 * text names, with a visible placeholder where it names nothing.
 */

export const region = (x: Extracted): string => x.region ?? '<region>'
export const cluster = (x: Extracted): string =>
  x.cluster ?? x.clusterId ?? '<cluster>'
const groupCommand = (x: Extracted): string[] =>
  x.resourceGroup ? [cmd.targetGroup(x.resourceGroup)] : []
const group = (x: Extracted): string | undefined => x.resourceGroup || undefined

const workerIds = (workers: string[]): string[] =>
  workers.length > 0 ? workers : ['<worker-id>']

export function credentialSetCommands(x: Extracted): string[] {
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
      commands: ['ibmcloud iam account-settings-update --mfa NONE']
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
      commands: ['ibmcloud target', 'ibmcloud ks cluster ls --provider all']
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
      'ibmcloud iam user-policy-create <user-email> --roles Viewer --service-name containers-kubernetes'
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

export function serviceIdOperatorFix(): FixStep {
  return {
    text: {id: 'cluster-api-key.service-id.fix.operator'},
    commands: [
      'ibmcloud iam service-policy-create <service-id> --roles Operator --service-name iam-identity'
    ]
  }
}

export function keyLimitFix(): FixStep {
  return {
    text: {id: 'explain.cluster-api-key.limit.fix'},
    commands: [
      'ibmcloud iam api-keys',
      'ibmcloud iam api-key-delete <unused-key-name-or-id>'
    ]
  }
}

export function classicRegionFix(): FixStep[] {
  return [
    {
      text: {id: 'explain.classic-region.fix'},
      commands: [
        'ibmcloud ks cluster ls --provider classic',
        'ibmcloud ks zone ls --provider vpc-gen2'
      ]
    }
  ]
}

export function clusterNameFix(x: Extracted): FixStep[] {
  return [
    {
      text: {id: 'cluster-name.taken.fix'},
      commands: [
        cmd.clusterGet(x.newClusterName ?? x.cluster ?? '<cluster-name>')
      ]
    }
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
      commands: [
        'ibmcloud iam api-keys',
        'ibmcloud iam api-key-enable <key-name-or-id>'
      ]
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
