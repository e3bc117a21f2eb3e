import {accountCheck} from './account.js'
import {apiKeyCheck} from './api-key.js'
import {clusterAccessCheck} from './cluster-access.js'
import {operationTargetCheck} from './operation-target.js'
import {clusterApiKeyCheck} from './cluster-api-key.js'
import {clusterStateCheck} from './cluster-state.js'
import {classicRegionCheck} from './classic-region.js'
import {classicVlansCheck} from './classic-vlans.js'
import {clusterNameCheck} from './cluster-name.js'
import {credentialSwitchCheck} from './credential-switch.js'
import {flavorCheck} from './flavor.js'
import {kubeVersionCheck} from './kube-version.js'
import {infraCredentialsCheck} from './infra-credentials.js'
import {infraPermissionsCheck} from './infra-permissions.js'
import {kmsAuthorizationCheck} from './kms-authorization.js'
import {cosInstanceCheck} from './cos-instance.js'
import {orphanedWorkersCheck} from './orphaned-workers.js'
import {paidAccountCheck} from './paid-account.js'
import {totpMfaCheck} from './totp-mfa.js'
import type {Check} from './types.js'
import {vpcRegionCheck} from './vpc-region.js'
import {vpcSecurityGroupsCheck} from './vpc-security-groups.js'
import {vpcSubnetsCheck} from './vpc-subnets.js'
import {vpeGatewayCheck} from './vpe-gateway.js'
import {workerEndpointsCheck} from './worker-endpoints.js'
import {workerMinimumCheck} from './worker-minimum.js'

/**
 * Every check, in report order (the order of CHECK_IDS: prerequisites first). The files a new check
 * touches are listed in CONTRIBUTING.md.
 */
export const CATALOGUE: readonly Check[] = [
  apiKeyCheck,
  accountCheck,
  clusterAccessCheck,
  operationTargetCheck,
  clusterStateCheck,
  workerMinimumCheck,
  flavorCheck,
  kubeVersionCheck,
  clusterNameCheck,
  clusterApiKeyCheck,
  paidAccountCheck,
  totpMfaCheck,
  infraPermissionsCheck,
  infraCredentialsCheck,
  orphanedWorkersCheck,
  credentialSwitchCheck,
  classicRegionCheck,
  classicVlansCheck,
  vpcRegionCheck,
  vpcSubnetsCheck,
  vpeGatewayCheck,
  workerEndpointsCheck,
  vpcSecurityGroupsCheck,
  kmsAuthorizationCheck,
  cosInstanceCheck
]

export {CHECK_IDS, type CheckId} from './ids.js'
