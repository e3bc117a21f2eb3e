import type {Service} from '../ibm/errors.js'
import {iamPolicyCreate, type Command} from './ibmcloud.js'

/** Who a policy is granted to: the key's identity as the token names it. */
export interface PolicySubject {
  kind: 'user' | 'service-id' | 'profile' | 'other'
  iamId: string
  email?: string
}

/** Where an IAM role is granted: one service, or a resource type, or every account-management service. */
export interface RoleGrant {
  /** The role as `--roles` spells it. */
  role: 'Viewer' | 'Operator' | 'Administrator'
  /** The service or resource as the console names it, for the sentence. */
  label: string
  /** The flags that select it in `ibmcloud iam …-policy-create`, in order (a flag without a value is a switch). */
  flags: ReadonlyArray<readonly [string, string?]>
}

const KS: RoleGrant = {
  role: 'Viewer',
  label: 'Kubernetes Service',
  flags: [['--service-name', 'containers-kubernetes']]
}

/**
 * User Management's reads (src/ibm/iks-more.ts). IBM's SDK (platform-services-go-sdk usermanagementv1,
 * GetUserProfile and ListUsers) asks for "at least the viewer, editor, or administrator role on the User
 * Management service"; the CLI names that service `user-management`.
 */
const USER_MANAGEMENT_READS = new Set([
  'get account user',
  'list account users'
])
export const USER_MANAGEMENT_VIEWER: RoleGrant = {
  role: 'Viewer',
  label: 'User Management',
  flags: [['--service-name', 'user-management']]
}

/**
 * The IAM role each read needs, by service (the operation refines it). Kubernetes Service: IBM's roles
 * table (Viewer for get/list, Operator for master refresh). VPC: Viewer on VPC Infrastructure Services
 * (`is`) lists endpoint gateways. IAM Identity, Account Management and resource groups: Viewer, an
 * assumption where no public source states the minimum (docs/ibm-api-assumptions.md). SoftLayer is
 * not IAM: its refusals are classic infrastructure permissions, so it has no entry.
 */
export function roleForRead(
  service: Service,
  operation: string
): RoleGrant | undefined {
  switch (service) {
    case 'iks':
      return operation === 'refresh cluster master'
        ? {...KS, role: 'Operator'}
        : KS
    case 'vpc':
      return {
        role: 'Viewer',
        label: 'VPC Infrastructure Services',
        flags: [['--service-name', 'is']]
      }
    case 'iam':
      // Listing authorization policies is IAM Access Management, not IAM Identity (assumed: Viewer).
      if (operation === 'list authorization policies')
        return {
          role: 'Viewer',
          label: 'IAM Access Management',
          flags: [['--service-name', 'iam-access-management']]
        }
      return {
        role: 'Viewer',
        label: 'IAM Identity Service',
        flags: [['--service-name', 'iam-identity']]
      }
    case 'accounts':
      // User Management is an account management service of its own: its reads name it alone.
      if (USER_MANAGEMENT_READS.has(operation)) return USER_MANAGEMENT_VIEWER
      return {
        role: 'Viewer',
        label: 'all account management services',
        flags: [['--account-management']]
      }
    case 'resource-manager':
      // A KMS instance is read through Resource Controller: Viewer on the KMS service (Key Protect here).
      if (operation === 'get resource instance')
        return {
          role: 'Viewer',
          label:
            'Key Protect (use hs-crypto for Hyper Protect Crypto Services)',
          flags: [['--service-name', 'kms']]
        }
      return {
        role: 'Viewer',
        label: 'resource groups',
        flags: [['--resource-type', 'resource-group']]
      }
    case 'softlayer':
      return undefined
  }
}

/** A service ID's or trusted profile's IAM ID is `iam-` + its ID; the CLI takes the ID (or name). */
const idOf = (iamId: string): string => iamId.replace(/^iam-/, '')

/** `ibmcloud iam user-policy-create` or `service-policy-create` for the key's identity kind, filled in. */
export function policyCreate(
  who: PolicySubject | undefined,
  grant: Pick<RoleGrant, 'role' | 'flags'>
): Command {
  const scope = grant.flags.map(([f, v]) => [f, v ?? true] as const)
  if (who?.kind === 'service-id')
    return iamPolicyCreate('service', idOf(who.iamId), grant.role, scope)
  if (who?.kind === 'profile')
    return iamPolicyCreate(
      'trusted-profile',
      idOf(who.iamId),
      grant.role,
      scope
    )
  return iamPolicyCreate(
    'user',
    who?.email ?? '<user-email>',
    grant.role,
    scope
  )
}
