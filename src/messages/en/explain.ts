/**
 * Explain mode: what a failed run's output says. Summaries say what was recognised in the text; fixes
 * reuse the live checks' message ids where the remedy is the same (see src/explain/fixes.ts).
 */
export const explain = {
  'explain.title': 'Known blockers in the output of the failed run',
  'explain.result.pass': 'No known blocker in the output of the failed run.',
  'explain.result.warn':
    'The output of the failed run names no known blocker for certain; read the {warnings} warning(s).',
  'explain.result.fail':
    'The output of the failed run names {count} known blocker(s); each has its fix below.',
  'explain.nothing-recognised':
    'No known IKS blocker was recognised in the {lines} line(s) of text.',
  'explain.nothing-recognised.why':
    "Explain mode knows the errors of IBM's troubleshooting page and the IKS and IAM codes that block cluster and worker operations; this output has none of them.",
  'explain.nothing-recognised.fix':
    "Run the pre-flight against the cluster to check it live, and keep IBM's incidentID (if the output has one) for a support case:",
  'explain.nothing-recognised.incident':
    'IBM named incident {incidentID}; quote it in a support case.',
  'explain.linked-account-normal':
    'E0051 "The user credentials could not be found" is the normal answer when a region and resource group use the account\'s linked infrastructure; it is not a blocker.',

  // paid account (E0057)
  'explain.paid-account.title': 'The account can reach classic infrastructure',
  'explain.paid-account':
    'IKS could not connect to the IBM Cloud account\'s classic infrastructure (E0057: "Ensure that you have a paid account").',
  'explain.paid-account.why':
    "Classic clusters and workers are ordered in the account's linked classic infrastructure; without a Pay-As-You-Go or Subscription account, or when account-wide TOTP blocks the linked credentials, every classic operation fails.",
  'explain.paid-account.fix.check':
    'Check which infrastructure credentials the region and resource group use (E0051 there means the linked account):',
  'explain.paid-account.fix.upgrade':
    'If the account is a Lite or trial account, upgrade it to Pay-As-You-Go or Subscription (Manage > Account > Account settings); a paid account gets linked classic infrastructure.',
  'explain.paid-account.fix.credentials':
    'If the account is paid and uses TOTP, give IKS a classic infrastructure API key for every region with clusters, then make the clusters use it:',

  // TOTP
  'explain.totp-mfa.title':
    'TOTP multifactor authentication does not block classic infrastructure',
  'explain.totp-mfa':
    'IKS cannot authenticate the classic infrastructure user: the account requires time-based one-time passcodes (TOTP) to log in.',
  'explain.totp-mfa.why':
    'Account-wide TOTP also applies to the calls IKS makes to classic infrastructure with the linked credentials, so IKS cannot create or manage clusters and workers.',
  'explain.totp-mfa.fix.off':
    'Either an account owner or administrator turns TOTP off: Manage > Access (IAM) > Settings > Multifactor authentication > Edit > None > Update.',
  'explain.totp-mfa.fix.key':
    'Or keep TOTP and give IKS the classic infrastructure API key of the account owner (or of a user with the right permissions), in every region with clusters, then check it and make existing clusters use it:',

  // orphaned workers
  'explain.orphaned-workers.title':
    'The workers are in the infrastructure account the credentials point to',
  'explain.orphaned-workers':
    'Worker(s) {workers} report "incorrect account for worker": the classic infrastructure credentials changed and no longer match the account the workers were provisioned in.',
  'explain.orphaned-workers.why':
    'The cluster is orphaned: IKS manages its workers with the credentials of region and resource group, which now point to another classic account, so no worker of it can be added, reloaded, replaced or deleted.',
  'explain.orphaned-workers.fix.find':
    "See which infrastructure account the region and resource group use, and look the worker IDs up in that account's device list:",
  'explain.orphaned-workers.fix.linked':
    "If the workers are in the account's linked infrastructure, go back to the linked credentials:",
  'explain.orphaned-workers.fix.other':
    "If the workers are in another classic account, set that account's credentials (if nobody has them any more, IBM support can name that account's administrator, but cannot delete the cluster):",
  'explain.orphaned-workers.fix.retry':
    'Retry the blocked action. Clusters of the same region and resource group created under the previous credentials are orphaned by the switch; the lasting fix is to recreate all of them in one infrastructure account.',

  // VPE gateway / worker endpoints
  'explain.vpe-gateway.title': "The cluster's VPE gateway exists and is stable",
  'explain.vpe-gateway':
    'A worker of {cluster} waits with "Pending endpoint gateway creation": the cluster\'s virtual private endpoint gateway (iks-<cluster ID>) is missing.',
  'explain.vpe-gateway.why':
    "Workers reach the Kubernetes master through the cluster's VPE gateway; without it, or without its reserved IP in a worker subnet, they lose the master.",
  'explain.vpe-gateway.fix.refresh':
    'Refresh the cluster master: it re-creates a missing gateway and its reserved IPs. Wait a few minutes, then check that the gateway iks-<cluster ID> exists and is stable (one that exists but is not stable needs IBM support):',
  'explain.worker-endpoints.title':
    'Workers reach the master and registry endpoints',
  'explain.worker-endpoints':
    'Worker(s) {workers} of {cluster} failed to deploy: network communication to the master or registry endpoints failed.',
  'explain.worker-endpoints.why':
    "Usually the cluster's VPE gateway or its reserved IP in the worker subnet is missing; a security group, ACL or custom route that blocks the traffic has the same effect.",
  'explain.worker-endpoints.fix.replace':
    'If the workers still cannot reach the master after the refresh, replace each of them (its pods are drained and rescheduled):',

  // cluster access (A0006 / G0004)
  'explain.cluster-access':
    'IKS could not find cluster {cluster} for the caller ({code}: "The specified cluster could not be found").',
  'explain.cluster-access.why':
    "The run targeted another account, region or resource group than the cluster's, or the caller has no Viewer role on the cluster. Right after a create, IKS has also answered this for a short while: retry once before changing anything.",

  // cluster API key (A0656 / A03e9b / stored key)
  'explain.cluster-api-key.service-id':
    'IKS was not allowed to create the API key for the region and resource group (A0656): the caller is most likely a service ID.',
  'explain.cluster-api-key.iam-failed':
    'IKS failed to create an API key with IAM (A03e9b).',
  'explain.cluster-api-key.iam-limit':
    "IKS failed to create an API key with IAM: IAM said BXNIM0151E, the owner's API key limit is reached.",
  'explain.cluster-api-key.iam-failed.why':
    "IKS stores one API key per region and resource group for the infrastructure and IAM calls of every operation; the create fails without it. IKS hides IAM's reason: BXNIM0151E means the owner reached the API key limit.",
  'explain.cluster-api-key.limit.fix':
    'If IAM said BXNIM0151E, delete API keys the owner no longer uses:',
  'explain.cluster-api-key.stored-key':
    "IKS's own IAM token exchange failed: the API key IKS stores for the region and resource group is no longer valid ({message}).",
  'explain.cluster-api-key.stored-key.why':
    "IKS makes the operation's calls with that stored key, not with the pipeline's key; it was deleted, disabled, or its owner left the account.",

  // classic region (E501e)
  'explain.classic-region.title':
    'Classic clusters can be created in the region',
  'explain.classic-region':
    'IKS does not create classic clusters in region {region}: the account has no classic cluster there (E501e).',
  'explain.classic-region.why':
    'Since 2026-10-01, classic cluster creation is allowed only in regions where the account already has classic clusters.',
  'explain.classic-region.fix':
    'Create a VPC cluster instead, or create the classic cluster in a region where the account has classic clusters:',

  // cluster name (E0007)
  'explain.cluster-name':
    'IKS rejected the create: a cluster named {name} already exists (E0007).',
  'explain.cluster-name.why':
    'Cluster names are unique per region. A create that failed with HTTP 500 and was retried also ends like this: the first attempt may have created the cluster.',

  // API key (IAM BXNIM codes)
  'explain.api-key.unknown':
    'IAM does not know the API key the run used ({code}: "Provided API key could not be found").',
  'explain.api-key.disabled': 'The API key the run used is disabled ({code}).',
  'explain.api-key.other': "IAM rejected the run's credentials ({code}).",

  // infrastructure permissions
  'explain.infra-permissions':
    'The classic infrastructure credentials lack a permission the operation needs ("{message}").',
  'explain.infra-permissions.why':
    'IKS orders, reloads and cancels classic devices with the credentials of the region and resource group; a missing permission fails the operation for the whole cluster.',
  'explain.infra-permissions.fix':
    'List the missing permissions and see whose credentials IKS uses, then have an account administrator grant them:'
} as const satisfies Record<string, string>
