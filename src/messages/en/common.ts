/** Outcomes shared by every check. */
export const common = {
  'common.could-not-verify': 'Could not verify: {reason}',
  'common.could-not-verify.why':
    'The pre-flight could not read what this check needs from IBM Cloud, so it cannot say whether the operation will succeed.',
  'common.could-not-verify.fix.access':
    "{service} refused this read (HTTP {status}): the key's owner lacks a role or permission for it. Grant the read role the check's page names, then re-run; re-running alone does not help.",
  'common.could-not-verify.fix':
    'Re-run the job. If it fails again, check https://cloud.ibm.com/status and the network path from the runner to IBM Cloud (proxy, firewall, NO_PROXY).',
  'common.skipped-by-user': 'Skipped by skip-checks: {reason}',
  'common.not-for-operation': 'Not applicable to {operation}.',
  'common.not-for-provider':
    'Not applicable to {provider} clusters; applies to {providers}.',
  'common.timed-out': 'Did not finish within timeout-seconds ({seconds} s).',
  'common.internal-error': 'Internal error in this check: {message}',
  'common.input-problem': 'Cannot check: {message}',
  'common.input-problem.fix': 'Correct the inputs of the step and re-run.',
  // IAM role names, as the console and `--roles` spell them
  'common.role.Administrator': 'Administrator',
  'common.role.Operator': 'Operator',
  // vpc-region (cluster-create on vpc-gen2)
  'vpc-region.title': 'VPC clusters can be created in the region',
  'vpc-region.pass':
    'IKS offers {count} VPC zone(s) in region {region}: {zones}.',
  'vpc-region.unknown':
    'IKS offers no VPC zone in region {region}: a VPC cluster cannot be created there.',
  'vpc-region.unknown.why':
    "The create names a region that is not in IKS's zone list (a typo, or a region without VPC), so IKS refuses it at once. Regions with VPC zones: {regions}.",
  'vpc-region.unknown.fix':
    'Set the region input to one of those regions; IKS lists the zones with:',
  'vpc-region.empty':
    'IBM Cloud Kubernetes Service answered an empty VPC zone list, so region {region} could not be checked.'
} as const satisfies Record<string, string>
