/**
 * Every check id, in report order: a dependency comes before the checks that stand on it. Kept apart
 * from the catalogue so config parsing and the entry points know the ids without loading any check.
 */
export const CHECK_IDS = [
  'api-key',
  'account',
  'cluster-access',
  'operation-target',
  'cluster-state',
  'worker-minimum',
  'flavor',
  'kube-version',
  'cluster-name',
  'cluster-api-key',
  'paid-account',
  'totp-mfa',
  'infra-permissions',
  'infra-credentials',
  'orphaned-workers',
  'credential-switch',
  'classic-region',
  'classic-vlans',
  'vpc-region',
  'vpc-subnets',
  'vpe-gateway',
  'worker-endpoints',
  'vpc-security-groups',
  'kms-authorization',
  'cos-instance'
] as const

export type CheckId = (typeof CHECK_IDS)[number]

export function isCheckId(id: string): id is CheckId {
  return (CHECK_IDS as readonly string[]).includes(id)
}
