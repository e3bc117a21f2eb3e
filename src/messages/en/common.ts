/** Outcomes shared by every check. */
export const common = {
  'common.could-not-verify': 'Could not verify: {reason}',
  'common.could-not-verify.why':
    'The pre-flight could not read what this check needs from IBM Cloud, so it cannot say whether the operation will succeed.',
  'common.could-not-verify.fix.access':
    "{service} refused this read (HTTP {status}): the key's identity needs the {role} role on {label}. Grant it, then re-run; re-running alone does not help.",
  'common.could-not-verify.fix.classic-access':
    'Classic infrastructure refused this read (HTTP {status}): the classic user the key acts as lacks a permission for it. Grant it (ibmcloud sl user permission-edit), then re-run; re-running alone does not help.',
  'common.could-not-verify.fix.not-found':
    '{service} answered 404 Not Found to "{operation}" ({what}). Check the names and IDs in the inputs and that the key belongs to the account that holds them; re-running does not help.',
  'common.could-not-verify.fix.rejected':
    '{service} rejected "{operation}" (HTTP {status}); re-running will not change that. If the inputs are right, open an IBM Cloud support case with the incident ID below.',
  'common.could-not-verify.not-ibm':
    'Could not verify: this is not IBM Cloud answering. {service} ({operation}) answered {answer}, without any of the fields IBM puts in its errors.',
  'common.could-not-verify.unreadable':
    'Could not verify: {service} ({operation}) answered {answer}, which cannot be read.',
  'common.could-not-verify.unreadable.why':
    'The answer was cut off or is not the JSON IBM Cloud sends: a proxy, firewall or an endpoint variable pointing to the wrong place may have answered instead of IBM Cloud, or the connection broke mid-answer. Nothing was learnt about the key or its roles.',
  'common.could-not-verify.not-ibm.why':
    'A proxy, firewall or captive portal answered instead of IBM Cloud, or an endpoint variable points to the wrong place. Nothing was learnt about the key or its roles.',
  'common.could-not-verify.fix.not-ibm':
    "Check the network path from the runner to IBM Cloud (HTTPS_PROXY, NO_PROXY, firewall) and the endpoint variable {variable}; unset it to use IBM Cloud's public endpoint.",
  'common.what.cluster': 'the cluster {target}',
  'common.what.workers': 'the workers of cluster {target}',
  'common.what.key-owner':
    "an API key stored for the cluster's region and resource group",
  'common.what.gateways': 'the VPC or region the gateways were listed in',
  'common.what.other': 'what it reads',
  'common.also-seen': 'Also seen: {summary}',
  'common.symptom': '{check} on this target, likely the same cause: {summary}',
  'common.needs': 'Not checked: needs {check}.',
  'common.remediation.before': 'Before the remediation: {status}: {summary}',
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
  'common.rule-unsourced':
    'Reported as a warning, not a failure: rule {rule} names no IBM source that says IBM refuses this (docs/rules.md).',
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
