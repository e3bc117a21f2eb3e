import {accountCheck} from './account.js'
import {apiKeyCheck} from './api-key.js'
import {clusterAccessCheck} from './cluster-access.js'
import {clusterApiKeyCheck} from './cluster-api-key.js'
import {classicRegionCheck} from './classic-region.js'
import {clusterNameCheck} from './cluster-name.js'
import {credentialSwitchCheck} from './credential-switch.js'
import {infraCredentialsCheck} from './infra-credentials.js'
import {infraPermissionsCheck} from './infra-permissions.js'
import {orphanedWorkersCheck} from './orphaned-workers.js'
import {paidAccountCheck} from './paid-account.js'
import {totpMfaCheck} from './totp-mfa.js'
import type {Check} from './types.js'
import {vpcRegionCheck} from './vpc-region.js'
import {vpeGatewayCheck} from './vpe-gateway.js'
import {workerEndpointsCheck} from './worker-endpoints.js'

/** Every check, in report order. A new check is one module and one line here. */
export const CATALOGUE: readonly Check[] = [
  apiKeyCheck,
  accountCheck,
  clusterAccessCheck,
  clusterNameCheck,
  clusterApiKeyCheck,
  infraPermissionsCheck,
  infraCredentialsCheck,
  orphanedWorkersCheck,
  credentialSwitchCheck,
  totpMfaCheck,
  paidAccountCheck,
  classicRegionCheck,
  vpcRegionCheck,
  vpeGatewayCheck,
  workerEndpointsCheck
]

export const CHECK_IDS: readonly string[] = CATALOGUE.map(c => c.id)
