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
  'explain.cluster-access.after-create':
    'IKS answered "not found" ({code}) for cluster {cluster} while the same log shows it being created.',
  'explain.cluster-access.after-create.why':
    'Right after accepting a create, IKS has answered 404 for the new cluster for a while (terraform-provider-ibm #3449, #4163); the cluster usually exists. Check it before changing targets or roles, then retry.',
  'explain.cluster-access.already-gone':
    'Cluster {cluster} was already gone when the delete asked for it ({code}): there is nothing left to delete.',
  'explain.cluster-access.already-gone.why':
    'The same log deletes the cluster before IKS answers "not found": an earlier delete (a retried destroy, another pipeline) removed it. This is not a permission problem.',
  'explain.cluster-access.already-gone.fix':
    'Check that it is gone from the region and resource group, then drop it from the Terraform state if the destroy keeps failing:',
  'explain.resource-group':
    'The resource group the run targeted ({group}) could not be found for the caller.',
  'explain.resource-group.why':
    'The group does not exist in this account, is misspelt (the default group may be named "Default" or "default"), or the caller has no access policy on it. Credentials and the stored API key are per resource group, so the right group matters for every IKS operation.',
  'explain.resource-group.fix':
    'List the groups the caller can see and target the right one:',
  'explain.cluster-access.why':
    "The run targeted another account, region or resource group than the cluster's, or the caller has no Viewer role on the cluster. Right after a create, IKS has also answered this for a short while: retry once before changing anything.",

  // cluster API key (A0656 / A03e9b / stored key)
  'explain.cluster-api-key.not-authorized':
    'IKS was not allowed to create the API key for the region and resource group (A0656): the caller lacks the Operator role on the IAM Identity service, or the account restricts API key creation.',
  'explain.cluster-api-key.not-authorized.why':
    'IKS creates the stored API key as the caller. A user or a service ID needs Operator on IAM Identity (an Administrator policy on all Identity and Access enabled services does not include it), and an account that restricts API key creation also needs the "User API key creator" role. A user with these roles can set the key instead.',
  'explain.cluster-api-key.operator.fix':
    'Or give the caller the Operator role on the IAM Identity service (the first command for a user, the second for a service ID):',
  'explain.cluster-api-key.restricted.fix':
    'If the account restricts API key creation, check the setting and give the caller the "User API key creator" role:',
  'explain.cluster-api-key.info.fix':
    'See whose key IKS stores for the resource group of the cluster (the key and credentials are per region and resource group):',
  'explain.cluster-api-key.owner-gone':
    'The owner of the API key IKS stores for the region and resource group is no longer active in the account or has no classic infrastructure link ("{message}").',
  'explain.cluster-api-key.owner-gone.why':
    'IKS orders and manages infrastructure with the stored key of the region and resource group; when its owner left, is being removed (cancel_pending) or lost the infrastructure link, every operation fails until an active user resets the key.',
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
    'Cluster names are unique per region: another cluster in the region already has this name.',
  'explain.cluster-name.maybe-ours':
    'IKS rejected the create because a cluster named {name} exists (E0007), but the log shows an earlier 5xx, timeout, retry or a create still running: the first create may have been accepted. Look it up before renaming.',
  'explain.cluster-name.maybe-ours.why':
    'IKS has answered a create with HTTP 500 and built the cluster anyway; the retry (by the Terraform provider or a script) then finds the name taken (terraform-provider-ibm #3213, #3656). Renaming would leave a second, unmanaged cluster running.',
  'explain.cluster-name.maybe-ours.fix.look':
    "Look the cluster up: if it was created minutes ago, in the run's resource group, it is most likely the one this run created:",
  'explain.cluster-name.maybe-ours.fix.adopt':
    'If it is yours, adopt it instead of creating another (Terraform: import it into the resource that failed):',
  'explain.cluster-name.maybe-ours.fix.rename':
    "Only if it is someone else's cluster, choose another name.",

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
    'List the missing permissions and see whose credentials IKS uses, then have an account administrator grant them:',

  // standard input, limits, confirmation, context
  'explain.stdin-tty':
    'reading the output of the failed run from standard input: paste it, then press Ctrl-D (or give a FILE).',
  'explain.cut.tail':
    'Only the last {kept} MiB of {read} MiB were read: a cause named earlier in the text was not looked at.',
  'explain.cut.stream-limit':
    'The input did not end after {read} MiB; reading stopped there and only the last {kept} MiB read were explained.',
  'explain.cut.deadline':
    'The input was still open when the time budget ran out; the last {kept} MiB of the {read} MiB read were explained.',
  'explain.cut.deadline-nothing':
    'The input was still open when the time budget ran out, and nothing had been written to it: nothing was explained.',
  'explain.cut.deadline-whole':
    'The input was still open when the time budget ran out; all {read} byte(s) read by then were explained.',
  'explain.cut.why':
    'Explain reads at most the end of its input (the error is at the end of a failed run) within timeout-seconds, so that a huge log, /dev/zero or a pipe that never closes cannot exhaust memory or hang the job.',
  'explain.confirm.confirmed':
    'Confirmed on the account: the live check {check} finds it on {target} now ({live}).',
  'explain.confirm.refuted':
    'Not found on the account now: the live check {check} passes on {target} ({live}). The text shows what happened then; it may have been fixed since or be transient.',
  'explain.confirm.unverified':
    'Could not be verified on the account: the live check {check} could not run to the end on {target}.',
  'explain.confirm.not-applicable':
    'Not confirmed live: {check} does not apply to {target} (its infrastructure provider or this operation).',
  'explain.cluster-access.already-gone.fix.cli':
    'Check that it is gone from the account, region and resource group; there is nothing left to delete:',
  'explain.confirm.delete-present':
    'Read live: the live check {check} finds cluster {target} on the account now ({live}).',
  'explain.confirm.delete-absent':
    'Read live: the live check {check} does not find cluster {target} ({live}).',
  'explain.confirm.text-only':
    'Read from the text only: no live check ran (no time was left).',
  'explain.confirm.no-live-check':
    'Read from the text only: live confirmation of this cause is not available yet.',
  'explain.confirm.no-key':
    'Read from the text only: with an API key (api-key, IBMCLOUD_API_KEY or IC_API_KEY) explain confirms it on the account.',
  'explain.detail.terraform': 'Terraform resource {address} ({file})',
  'explain.detail.terraform-resource': 'Terraform resource {address}',
  'explain.detail.terraform-file': 'Terraform configuration {file}',
  'explain.detail.request': "IBM's request ID: {id}",

  // flavor (E4e5b, E0146)
  'explain.flavor.title': 'The worker flavor can be ordered in every zone',
  'explain.flavor.not-in-zone':
    'The flavor the run asked for cannot be ordered in zone {zone} (E4e5b: "Could not find flavor in the requested zone").',
  'explain.flavor.deprecated':
    'The flavor the run asked for is deprecated and can no longer be ordered (E0146).',
  'explain.flavor.why':
    'Flavors differ per zone and per provider (classic, vpc-gen2), and IBM retires old ones; IKS rejects the create or pool change before ordering anything.',
  'explain.flavor.fix':
    'List the flavors the zone offers and pick one of them (add --provider vpc-gen2 for VPC clusters):',

  // worker minimum (E1437)
  'explain.worker-minimum.title':
    'The cluster keeps at least 2 workers after the change',
  'explain.worker-minimum':
    'IKS refused to shrink a worker pool of {cluster}: the cluster would drop below its minimum of 2 workers (E1437).',
  'explain.worker-minimum.why':
    'A cluster needs at least 2 workers across its pools; workers that are being deleted or have operations pending do not count, so a pool can only go to 0 while other pools keep 2.',
  'explain.worker-minimum.fix':
    'Count the workers of the other pools; grow another pool first (or wait for pending worker operations), then shrink this one:',

  // KMS (E09c0)
  'explain.kms-authorization.title':
    'Kubernetes Service may use the key management service',
  'explain.kms-authorization':
    "IKS is not authorized to use the key management service that holds the cluster's root key (E09c0).",
  'explain.kms-authorization.why':
    'Encrypting a cluster with Key Protect or Hyper Protect Crypto Services needs a service-to-service authorization from Kubernetes Service to that instance, with Reader and delegation (Authorization Delegator); a fresh or sub account lacks it.',
  'explain.kms-authorization.fix':
    'Check the authorizations, then create one from Kubernetes Service to the KMS instance (use hs-crypto instead of kms for Hyper Protect Crypto Services):',

  // Kubernetes version
  'explain.kube-version.title': 'The Kubernetes version can be ordered',
  'explain.kube-version':
    'IKS rejected the Kubernetes version the run asked for ("{message}").',
  'explain.kube-version.why':
    'A create accepts only the versions IKS lists now, and only the latest patch of a minor version; IBM retires patches and minors, so a version pinned in code stops working.',
  'explain.kube-version.fix':
    'List the versions IKS offers and use one of them (or only major.minor):',

  // cluster state
  'explain.cluster-state.title':
    'The cluster master is ready for the operation',
  'explain.cluster-state.master-busy':
    'IKS refused the change to {cluster}: the master is not in the deployed state (Ef9cc), another master operation is still running.',
  'explain.cluster-state.master-busy.why':
    'Master operations run one at a time; while the master is deploying or updating (for example "VPN server configuration update in progress"), updates are rejected.',
  'explain.cluster-state.fix':
    'Watch the master state and the workers until the master is deployed and Ready, then retry:',
  'explain.wait-timeout':
    'The run stopped waiting for {cluster} ("{message}"): the operation itself may still be running or may have failed on IBM\'s side.',
  'explain.wait-timeout.why':
    'A wait timeout only says the state was not reached in time. The master and worker status show why; the usual causes are workers that cannot reach the master (VPE gateway, security groups), classic infrastructure permissions or orphaned workers.',
  'explain.wait-timeout.fix.status':
    'Show the master and worker status (state, health and the message of each worker):',
  'explain.wait-timeout.fix.checks':
    'Run the live checks that find those causes on the cluster ({checks}), as a pre-flight of an update that changes nothing:',

  // classic VLANs (E0020)
  'explain.classic-vlans.title': 'The classic zone has usable VLANs',
  'explain.classic-vlans':
    'IKS rejected the classic create: required values are missing; a standard classic cluster needs a public and a private VLAN in zone {zone} (E0020).',
  'explain.classic-vlans.why':
    'A classic standard cluster is placed on a private VLAN (and a public one unless it is private-only) of its zone; IKS does not pick them when the account already has VLANs there.',
  'explain.classic-vlans.fix':
    'List the VLANs of the zone and pass their IDs (--private-vlan, --public-vlan):',

  // VPC security groups
  'explain.vpc-security-groups.title':
    "The VPC has room for the cluster's security groups and rules",
  'explain.vpc-security-groups':
    'The VPC reached a security group quota ({code}): IKS cannot create the security groups or rules the cluster needs.',
  'explain.vpc-security-groups.why':
    'Each cluster has its own security groups (kube-<cluster ID>) and rules; IBM limits security groups per VPC and rules per group, so a VPC shared by many clusters or a group with many remote rules blocks workers.',
  'explain.vpc-security-groups.fix':
    'Count the security groups of the VPC and the rules of the crowded group; remove unused ones or ask IBM for a higher quota:',

  // broken webhook (no check)
  'explain.webhook':
    'A master operation on {cluster} could not complete: an admission webhook in the cluster is broken.',
  'explain.webhook.why':
    "Webhooks intercept requests to the Kubernetes API; when the service behind one is missing or unreachable, the master's own requests fail and IKS stops the update or refresh.",
  'explain.webhook.fix':
    "Find the webhook that fails (the test pod's error names it), then repair or delete its configuration and retry:",

  // IKS codes no check covers
  'explain.code.free-limit':
    'IKS refused the create: the account already has its free cluster (E0013).',
  'explain.code.free-limit.fix':
    'Delete the existing free cluster, or create a standard cluster instead:',
  'explain.code.provider':
    'IKS does not offer this operation for the cluster\'s provider (G3917: "Cluster provider not permitted for given operation").',
  'explain.code.provider.fix':
    "Check the cluster's provider (classic or vpc-gen2) and use the command or resource for that provider:",
  'explain.code.up-to-date':
    'The master already runs the version the update asked for (E0120); there is nothing to update.',
  'explain.code.up-to-date.fix':
    'Compare the master version with the versions offered, and update the version in the code that asked:',
  'explain.code.pool-name':
    'A worker pool with that name already exists in the cluster (E0d39).',
  'explain.code.pool-name.fix':
    'List the pools of the cluster; reuse the existing pool or choose another name:',
  'explain.code.worker-not-found':
    'IKS does not know the worker the run named (E0011): it was deleted or replaced, or belongs to another cluster.',
  'explain.code.worker-not-found.fix':
    'List the current workers and use their IDs:',

  // transient
  'explain.transient':
    'The failure is transient: the call was answered with a server error or a rate limit ("{message}"). Nobody\'s setup is at fault.',
  'explain.transient.why':
    'HTTP 5xx, 429 and "Try again later" come from the service side or from too many requests at once; the same call usually succeeds a little later.',
  'explain.transient.fix':
    'Retry after a short wait (and with fewer parallel calls after a 429). If it persists, quote the incident ID in a support case.',
  'explain.transient.fix.look':
    'After a 5xx on a create or delete, look before retrying: IBM may have done it anyway:',
  'explain.not-ibm':
    'Nothing in the {lines} line(s) of text is IBM Cloud output (no IKS, VPC or IAM code, host, `ibmcloud` command or IBM provider resource): explain names no cause for another cloud or tool.',
  'explain.input.binary':
    'The input is binary data ({bytes} bytes), not the text output of a run: nothing was explained.',
  'explain.input.binary.why':
    'Explain reads the text a failed `ibmcloud` command, Terraform run or IKS API call printed; give that log (error-file) or paste the error (error-text).',
  'explain.input.empty':
    'Nothing was read: the input is empty (an empty file, or a pipe nobody wrote to before it closed or the time ran out).',
  'explain.input.empty.why':
    'With no text there is nothing to explain; give the log of the failed step.',
  'explain.cluster-access.delete-not-found':
    "IKS could not find cluster {cluster} for its delete ({code}) and this log shows no earlier delete of it: IBM's hint is that the wrong resource group, region or account is targeted.",
  'explain.cluster-access.delete-not-found.why':
    'IKS answers A0006/G0004 for a cluster it cannot find where the caller looks. The cluster may exist in another resource group, region or account: do not remove it from the Terraform state until a look in the right place shows it gone.',
  'explain.cluster-access.delete-present':
    "IKS could not find cluster {cluster} for its delete ({code}), but the live check finds it where the pre-flight looked: the delete targeted another resource group, region or account (IBM's hint).",
  'explain.cluster-access.delete-present.why':
    'The cluster exists: do not remove it from the Terraform state. Run the delete with the region, resource group and account the pre-flight used.',
  'explain.cluster-access.gone-live.why':
    'The pre-flight looked with the region and resource group the log names (or the ones given) and IKS does not have the cluster there now. Before dropping it from the Terraform state (if the log is a Terraform run), check that the account is the right one.',
  'explain.cluster-access.gone-live':
    'The live check does not find cluster {cluster} where the delete looked: it is gone ({code}).',
  'explain.api-key.ip-allowlist':
    "IAM refused to issue a token for the caller's address {address} (BXNIM0430E): the account's or user's IP address allowlist does not contain it. The API key itself is fine.",
  'explain.api-key.ip-allowlist.control-plane':
    "IAM refused a token to the cluster's own controller (address {address}, BXNIM0430E): the account's IP address allowlist does not contain the IKS control plane of the cluster's region.",
  'explain.api-key.ip-allowlist.no-address':
    "IAM refused to issue a token for the caller's address (BXNIM0430E; the text does not show the address): the account's or user's IP address allowlist does not contain it. The API key itself is fine.",
  'explain.api-key.ip-allowlist.control-plane.no-address':
    "IAM refused a token to the cluster's own controller (BXNIM0430E; the text does not show its address): the account's IP address allowlist does not contain the IKS control plane of the cluster's region.",
  'explain.api-key.ip-allowlist.fix.settings':
    'An account administrator reviews the allowed IP addresses (console: Manage > Access (IAM) > Settings, IP address access; `allowed_ip_addresses` in the output below) and adds the address IAM named, or runs the job from an allowed address:',
  'explain.api-key.ip-allowlist.fix.control-plane':
    "Add the control plane IPs of the cluster's region to the allowlist (IBM's list: https://github.com/IBM-Cloud/kube-samples/tree/master/control-plane-ips).",
  'explain.vpc-subnets.view':
    'The API key used for the create cannot view VPC subnet {subnet} ("not authorized to view the specified subnet").',
  'explain.vpc-subnets.view.why':
    "IBM: the key's owner lacks Viewer on the subnet, commonly because the subnets are in another resource group than the cluster.",
  'explain.vpc-subnets.view.fix':
    "Find the key's owner and the subnet's resource group, then give the owner Viewer on the subnet (or on all subnets of the VPC) and retry:",
  'explain.kms-authorization.pool-root-key':
    "Encrypted worker storage could not be configured: the worker pool's customer root key (or its KMS instance) is gone.",
  'explain.kms-authorization.pool-root-key.why':
    "IBM: the KMS instance or root key was deleted between the worker pool's creation and the worker's provisioning; a new instance and key, and a new worker pool, are needed.",
  'explain.kms-authorization.pool-root-key.fix':
    'Check that KMS is enabled on the cluster and that the KMS instance and root key still exist:',
  'explain.vpc-security-groups.pending':
    'Workers are stuck in "Pending security group creation": the VPC has reached its limit of security groups (or of clusters per VPC).',
  'explain.vpc-security-groups.vpc-limit':
    'The VPC has reached its limit of clusters or security groups allowed per VPC: the new cluster\'s workers wait in "Pending security group creation".',
  'explain.vpc-security-groups.pending.why':
    'Every VPC cluster adds security groups to its VPC; IBM documents a hard limit of 15 clusters per VPC and a limit on security groups per VPC.',
  'explain.vpc-security-groups.pending.fix':
    'After freeing security groups (or deleting a cluster in the VPC), refresh the master so the workers continue:',
  'explain.classic-vlans.not-found':
    'Classic infrastructure could not find VLAN {vlan} for the worker.',
  'explain.classic-vlans.not-found.why':
    "IBM: a VLAN number (3–4 digits) was given instead of its ID (7 digits), or the VLAN is not in the infrastructure account the region's credentials use.",
  'explain.worker-endpoints.firewall':
    'Workers {workers} of {cluster} cannot reach the IKS servers: a firewall blocks their outbound traffic.',
  'explain.worker-endpoints.firewall.why':
    'IBM: allow the outbound ports and IP addresses IKS documents for workers, then replace the workers.',
  'explain.code.vsi-quota':
    'Not a pre-flight matter: the account\'s VPC quota (vCPU, memory, GPU or instance storage) cannot hold the worker ("{message}").',
  'explain.code.vsi-quota.fix':
    'IBM: open a support case for VPC Infrastructure asking for a quota increase for that resource, then retry the workers:',
  'explain.code.plan':
    'Not a pre-flight matter: the enterprise\'s private catalog settings exclude the cluster\'s plan ("{message}").',
  'explain.code.plan.fix':
    'IBM: an enterprise administrator (Administrator on catalog management) removes the exclusion in the catalog settings (https://cloud.ibm.com/content-mgmt/catalog-settings), then the workers are provisioned or reloaded again.',
  'explain.code.entitlement':
    'Not a pre-flight matter: no OpenShift (Cloud Pak) entitlement is assigned to the account ("{message}").',
  'explain.code.entitlement.fix':
    'IBM: check Manage > Account > Licenses and entitlements and assign the Cloud Pak license (IBM Passport Advantage), or create the pool without "Apply my OCP entitlement".',
  'explain.code.dedicated':
    'Not a pre-flight matter: the dedicated hosts for the zone are missing, not ready or full ("{message}").',
  'explain.code.dedicated.fix':
    'List the dedicated host pools and their hosts, and add a host in the zone:',
  'explain.code.place-order':
    'Not a pre-flight matter: the zone has no capacity behind the router for the order ("{message}").',
  'explain.code.place-order.fix':
    'IBM: wait and retry, use another zone, or another pair of VLANs:',
  'explain.code.location':
    'Not a pre-flight matter: the classic infrastructure account is not set up to order in this data center ("{message}").',
  'explain.code.location.fix':
    "IBM: contact IBM Cloud support to check the account's set-up.",
  'explain.code.hard-reboot':
    'Not a pre-flight matter: the worker did not answer the soft reboot ("{message}").',
  'explain.code.hard-reboot.fix':
    'IBM: reboot with --hard (or reload the worker):',
  'explain.code.upgradeable':
    'Not a pre-flight matter: OpenShift reports Upgradeable=False, so IBM cannot upgrade the master ("{message}").',
  'explain.code.upgradeable.fix':
    "Read the Upgradeable condition's reason in the cluster version and resolve it, then retry the update:",
  'explain.code.cos':
    'Not a pre-flight matter for these checks: the OpenShift create could not store its Object Storage bucket and IAM service key ("{message}").',
  'explain.code.cos.fix':
    "Check the Cloud Object Storage instance the create used and the creator's access to it:",
  'explain.code.image-pull':
    'Not a pre-flight matter: the create could not make the IAM access policy that lets the cluster pull from icr.io ("{message}").',
  'explain.code.image-pull.fix':
    "Follow IBM's page on image pulls during creation (https://cloud.ibm.com/docs/openshift?topic=openshift-ts_image_pull_create).",
  'explain.code.registry-admin':
    'Not a pre-flight matter: the cluster could not be configured with Container Registry ("{message}").',
  'explain.code.registry-admin.fix':
    'IBM: the API key owner needs the Administrator role for Container Registry:',
  'explain.confirm.needs-cluster':
    'Not confirmed live: the text names no cluster; give `cluster` (and `region`) to confirm {check} on the account.',
  'explain.wait-timeout.fix.untaint':
    "IBM Schematics: the provider taints a resource whose wait timed out, although IBM goes on creating it, and the next apply deletes and re-creates it. Once the cluster shows Normal, read the tainted resource's address from the state and untaint it:",
  'explain.schematics.job':
    'IBM Cloud Schematics ran Terraform and the job failed ("{message}"); no known cause was found in the Terraform output before it.',
  'explain.schematics.job.why':
    "Schematics' line only says that Terraform exited with an error; the cause is the Terraform error the job log shows before it (IBM: check the job's logs).",
  'explain.schematics.job.fix':
    "Fetch the workspace's whole Terraform log and explain it, or read the first `Error:` in it:",
  'explain.code.cluster-quota':
    'Not a pre-flight matter: the account already has as many clusters in this region as its quota allows (E60b6, "{message}").',
  'explain.code.cluster-quota.fix':
    'IBM: delete clusters the account no longer needs and retry, or contact IBM support to increase the quota. List the clusters:',
  'explain.code.kube-provider':
    'Not a pre-flight matter: Terraform\'s Kubernetes provider had no cluster to talk to and called localhost ("{message}").',
  'explain.code.kube-provider.fix':
    'IBM Schematics: configure the kubernetes provider with host, client_certificate, client_key and cluster_ca_certificate from data.ibm_container_cluster_config instead of config_path (https://cloud.ibm.com/docs/schematics?topic=schematics-wks-connection-refuse).',
  'explain.code.ca-rotation':
    'Not a pre-flight matter: a CA certificate rotation started before is not finished, so a new one cannot start ("{message}").',
  'explain.code.ca-rotation.fix':
    'IBM: reload (classic) or replace (VPC) every worker, update tools that use the old certificates, then finish the rotation:',
  'explain.code.clusterversion':
    'Not a pre-flight matter: the earlier OpenShift update is still rolling out to the cluster operators, so IBM cancelled the master update ("{message}").',
  'explain.code.clusterversion.fix':
    'IBM: wait for the cluster version operator to finish (its conditions say what is stuck), then retry the update:',
  'explain.code.pod-security-prereq':
    'Not a pre-flight matter: the cluster does not meet the Pod Security upgrade prerequisites, so IBM cancelled the master update ("{message}").',
  'explain.code.pod-security-prereq.fix':
    'IBM: fix the PodSecurityPolicies or cluster role bindings the message names (https://cloud.ibm.com/docs/containers?topic=containers-ts-pod-security-125) and retry; to clear the message without upgrading, refresh the master:',
  'explain.code.migration':
    'Not a pre-flight matter: the previous update\'s migration (Calico to the Tigera operator) is still running, so the master upgrade cannot start ("{message}").',
  'explain.code.migration.fix':
    'IBM: wait (about 100 seconds a worker), then look for workers that are not Ready and reboot, reload or replace them before retrying:',
  'explain.code.pod-security-config':
    'Not a pre-flight matter: the pod security configuration file given to the master is not valid ("{message}").',
  'explain.code.pod-security-config.fix':
    'IBM: check the file for YAML errors, a missing or wrong apiVersion or kind, and misspelt fields or wrong values, then run the command again.',
  'explain.code.bm-instance-id':
    'Not a pre-flight matter: the bare metal worker\'s instance ID changed after IBM serviced its hardware ("{message}").',
  'explain.code.bm-instance-id.fix':
    'IBM: reload the bare metal worker so that IKS identifies the machine again (reloading also updates its patch version), or delete the worker:',
  'explain.code.provisioning-failed':
    'Not a pre-flight matter: the VPC could not start the worker\'s instance ("{message}"); IBM names a custom DNS resolver added to the VPC after the cluster was created.',
  'explain.code.provisioning-failed.fix':
    "IBM: sync the cluster's kube-<clusterID> security group so it allows the DNS resolvers, then replace the worker:",
  'explain.code.network-health':
    "IKS's network health check reports {code} on the running cluster: a warning about the cluster's network, not a refused operation.",
  'explain.code.network-health.fix':
    "List the health issues and follow IBM's page for the code (https://cloud.ibm.com/docs/containers?topic=containers-ts-error-glossary):",
  'explain.code.portieris':
    'Not a pre-flight matter: a conflicting image admission controller is already installed, so IBM cancelled enabling image security enforcement ("{message}").',
  'explain.code.portieris.fix':
    'IBM: find and remove the conflicting controller (the deprecated container image security enforcement Helm chart, or a manual Portieris installation), then enable image security enforcement again (https://cloud.ibm.com/docs/openshift?topic=openshift-portieris_enable).',
  'explain.code.master-limit':
    'Not a pre-flight matter: the master is near its memory limit ("{message}"); IBM calls this a warning, the master still works.',
  'explain.code.master-limit.fix':
    'IBM: reduce the load on the master (fewer secrets, config maps and replica sets; about 250 of each per worker), or open a support case with a justification to ask for a higher limit (https://cloud.ibm.com/docs/openshift?topic=openshift-master_resource_limit).',
  'explain.tf-worker-replace':
    'The provider\'s worker replace did not finish ("{message}"): the old worker was deleted or the new one did not appear in time, and the provider does not say why.',
  'explain.tf-worker-replace.why':
    "ibm_container_vpc_worker deletes the old worker and then waits for a new one; its error drops IKS's reason. The workers' state and status show it, and the provider's note says to resolve it before retrying.",
  'explain.tf-worker-replace.fix.status':
    "Show the workers' state and status; the new worker's message names the cause:",
  'explain.tf-worker-replace.fix.untaint':
    "The provider's note: once the new worker is Normal, untaint the resource to go on with the next workers in the list, or put the new worker's ID in the list instead of the old one:",
  'explain.cos-instance':
    'The OpenShift create named a Cloud Object Storage instance that IKS could not find ("{message}").',
  'explain.cos-instance.fix':
    'IBM: no standard Cloud Object Storage instance exists, or the API key owner for the region and resource group cannot view it; list the instances and give one they can view:',
  'explain.classic-key-invalid':
    'The classic infrastructure API key set for the region was refused ("{message}").',
  'explain.classic-key-invalid.why':
    'IBM: the key set with `credential set classic` does not exist any more (deleted, or its owner left the organization), and a classic key set for a region takes precedence over all other credentials; an API key reset alone does not help.',
  'explain.classic-key-invalid.fix':
    'Set a valid classic infrastructure API key for the region, then reset the cluster credentials:',
  'explain.vpn-config':
    "The cluster master's VPN server configuration failed ({message}).",
  'explain.vpn-config.why':
    'IBM: the infrastructure credentials of the resource group the cluster is in are missing (for example the API key owner left the account) or lack the required permissions.',
  'explain.vpn-config.fix':
    'Check which credentials the region and resource group use and what they may do:',
  'explain.code.nlb-ip':
    'Not a pre-flight matter: the classic master could not find the IP address of the load balancer in front of the default Ingress controller ("{message}").',
  'explain.code.nlb-ip.fix':
    'IBM: check that the cluster has public and private subnets with free portable IP addresses and that the load balancer setup completed:',
  'explain.subnet-no-ips':
    "The VPC subnet {subnet} has no free IPv4 addresses left for the cluster's workers and load balancers.",
  'explain.subnet-no-ips.why':
    'IBM: in VPC clusters worker nodes and services take their IP addresses from the same subnets, and a VPC subnet cannot be resized once created.',
  'explain.subnet-no-ips.fix':
    'IBM: create a larger subnet in the same VPC and zone, create a worker pool and add the zones with the new subnets:',
  'explain.code.order-prohibited':
    'Not a pre-flight matter: the classic infrastructure account may not order compute resources ("{message}").',
  'explain.code.order-prohibited.fix':
    'IBM: the account is restricted from ordering; open an IBM Cloud support case to lift it.'
} as const satisfies Record<string, string>
