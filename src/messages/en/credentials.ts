/** The credentials family: api-key, account, cluster-access, cluster-name, cluster-api-key, infra-permissions. */
export const credentials = {
  'api-key.title': 'The API key is valid',
  'api-key.pass':
    'The API key exchanges for an IAM token ({identity}, account {accountId}).',
  'api-key.unknown': 'IAM does not know this API key ({answer}).',
  'api-key.unknown.why':
    'Every IBM Cloud call of the operation is made with this key; with an unknown key nothing can run.',
  'api-key.unknown.fix':
    "Create a new API key for the pipeline's user or service ID, store it as the secret the workflow passes in api-key, and delete the old secret.",
  'api-key.rejected': 'IAM rejected the API key ({answer}).',
  'api-key.rejected.why':
    'Without an IAM token no IBM Cloud call of the operation can be made.',
  'api-key.rejected.fix':
    'Check that the secret holds a current IBM Cloud API key (not a classic infrastructure key or an IAM token), then re-create the key if needed.',
  'api-key.disabled': 'The API key {keyName} is disabled.',
  'api-key.disabled.why':
    'A disabled API key cannot authenticate, so every call of the operation fails.',
  'api-key.disabled.fix':
    'Enable the key again (its owner, or an administrator of IAM Identity), or replace it:',
  'api-key.locked':
    'The API key {keyName} is locked: it authenticates, but it cannot be changed, rotated or deleted until it is unlocked.',
  'api-key.locked.why':
    'Locking protects a key from deletion; it does not block the operation, but key rotation in this pipeline will fail until the key is unlocked.',
  'api-key.locked.fix': 'Unlock the key when you need to rotate or delete it:',

  // account
  'account.title': 'The key belongs to the expected account',
  'account.pass': 'Account {account} is in expected-account-ids.',
  'account.no-allow-list':
    'No expected-account-ids given; the key belongs to account {account}.',
  'account.unexpected':
    'The API key belongs to account {account}, which is not in expected-account-ids ({expected}).',
  'account.unexpected.why':
    'The operation would run in another account than intended: clusters would be created there, or not be found.',
  'account.unexpected.fix':
    'Pass the API key of the intended account (check which secret and environment the job uses), or add {accountId} to expected-account-ids if this account is intended.',
  'account.resource-group-unknown':
    'The resource-group input names a group this key cannot find: {message}',
  'account.resource-group-unknown.why':
    'IKS scopes credentials, API keys and new clusters by resource group ID; an unknown group fails every such call.',
  'account.resource-group-unknown.fix':
    'Set resource-group to the ID or exact name (case-sensitive) of a group in the account:',

  // cluster-access
  'cluster-access.title': 'The cluster can be read with this key',
  'cluster-access.pass':
    'Cluster {name} ({id}): {provider} in {region}, resource group {resourceGroup}, state {state}.',
  'cluster-access.not-found':
    'IKS cannot find cluster {cluster} for this key ({answer}).',
  'cluster-access.hint.G0004':
    'The operation targets a cluster that this key cannot see in account {accountId}, so it fails at once. G0004 usually means another account or resource group is targeted.',
  'cluster-access.hint.A0006':
    "The operation targets a cluster that this key cannot see in account {accountId}, so it fails at once. A0006 usually means another region or resource group is targeted, or the key's owner has no Viewer role on the cluster.",
  'cluster-access.hint.other':
    "The operation targets a cluster that this key cannot see in account {accountId}, so it fails at once: it is in another account, region or resource group, or the key's owner has no Viewer role on it.",
  'cluster-access.not-found.fix.list':
    'List the clusters this key sees, and check the account, region and resource group the workflow targets:',
  'cluster-access.not-found.fix.role':
    "If the cluster is there for other users, give the key's owner at least the Viewer platform role on it:",
  'cluster-access.forbidden':
    'The key may not read cluster {cluster} ({answer}).',
  'cluster-access.forbidden.why':
    'Reading a cluster needs the Viewer platform role on Kubernetes Service, and {operation} needs the {role} role.',
  'cluster-access.forbidden.fix':
    "An administrator gives the key's owner the roles on this cluster:",
  'cluster-access.region-mismatch':
    'Cluster {name} is in region {actual}, not in {given} from the region input.',
  'cluster-access.group-mismatch':
    'Cluster {name} is in resource group {actual}, not in {given} from the resource-group input.',
  'cluster-access.mismatch.why':
    "Commands that target the input's region or resource group fail with A0006 or G0004 for this cluster.",
  'cluster-access.mismatch.fix':
    "Target the cluster's own region and resource group in the workflow:",
  'cluster-state.state': 'Cluster {name} ({id}) is {state}.',
  'cluster-state.state.why':
    'IKS does not accept {operation} while a cluster is {state}.',
  'cluster-state.state.unsupported.why':
    'The cluster runs a Kubernetes version that is out of support: IKS does not add or reload its workers until the master is updated to a supported version ({operation}).',
  'cluster-state.state.requested.why':
    'IBM: in state requested the create is sent and the deployment has not started yet. IBM documents no refusal of {operation} here, but the master is not deployed: the operation may wait or fail.',
  'cluster-state.state.unsupported.allowed.why':
    'The cluster runs a version that is out of support. IBM: "You can still delete the cluster or worker nodes, or update the cluster to the next version": {operation} is allowed, but update the master soon.',
  'cluster-state.state.unsupported.resize-unknown.why':
    "The cluster runs a version that is out of support: IKS refuses a resize that adds workers and allows one that removes them, and the pool's size before or after {operation} is not known here.",
  'cluster-state.workers-unknown':
    'IKS lists no worker {workers} in cluster {name}; its workers: {known}.',
  'cluster-state.workers-unknown.why':
    'The workers input names workers by the IDs IKS lists ({command}); an ID IKS does not list cannot be checked, and the operation would not find it.',
  'cluster-state.workers-unknown.fix':
    'List the workers and give their IDs in workers:',
  'cluster-state.detail.all-workers':
    'The workers input names no worker: every worker of the cluster was judged.',
  'cluster-state.detail.replace-fixes':
    "{worker} is {state}: replacing it is IBM's fix, so it does not hold up worker-replace.",
  'cluster-state.state.degraded.why':
    'IBM reports the cluster as {state}: {operation} may fail or make it worse; look at the cluster first.',
  'cluster-state.state.fix.update':
    'Update the master to the next version IKS lists (one minor version at a time, then the workers), and run the operation after that:',
  'cluster-state.state.fix.failed':
    'IKS does not recover a cluster from this state by itself: look at the cluster and its workers; if the state stays, open an IBM support case with the cluster ID:',
  'cluster-state.state.fix':
    'Wait until the cluster settles, then check its state:',

  // cluster-state
  'cluster-state.title':
    'The cluster, its master and its workers let the operation run',
  'cluster-state.pass':
    'Cluster {name} is {state}, its master {masterState}; no worker is busy with another operation.',
  'cluster-state.pass-no-master':
    'Cluster {name} is {state}; no worker is busy with another operation (IKS did not report the master state).',
  'cluster-state.pass-cluster':
    'Cluster {name} is {state}, its master {masterState}.',
  'cluster-state.pass-cluster-only':
    'Cluster {name} is {state} (IKS did not report the master state).',
  'cluster-state.pass-delete':
    'Cluster {name} is {state}; IKS deletes a cluster in any state.',
  'cluster-state.master': 'The master of cluster {name} is {masterState}.',
  'cluster-state.master.update.why':
    'IKS accepts {operation} only while the master is deployed (Ef9cc "master must be in the deployed state").',
  'cluster-state.master.busy.why':
    'A master operation is in progress; {operation} may collide with it or wait for it.',
  'cluster-state.master.fix':
    'Wait until the master is deployed (Ready), then re-run; a failed master update needs a look:',
  'cluster-state.workers':
    '{count} worker(s) of cluster {name} are busy with another operation or failed.',
  'cluster-state.workers.why':
    'IKS runs one operation per worker at a time: {operation} on these workers waits, or fails, until they settle.',
  'cluster-state.workers.fix':
    'Wait until the pending operations finish (or fix the failed workers), then re-run:',

  // worker-minimum
  'worker-minimum.title':
    'The operation leaves the cluster the workers IKS requires',
  'worker-minimum.pass':
    'Cluster {name} keeps {left} worker(s) after {operation} ({now} now); {platform} clusters need at least {minimum}.',
  'worker-minimum.pass-one':
    'Cluster {name} keeps {left} worker(s) after {operation} ({now} now, counting one worker deleted: the workers input names none); {platform} clusters need at least {minimum}.',
  'worker-minimum.pass-named':
    'Cluster {name} keeps {left} worker(s) after {operation} ({now} now, {count} named in workers removed); {platform} clusters need at least {minimum}.',
  'worker-minimum.pass-any':
    'Cluster {name} keeps {left} worker(s) after {operation} ({now} now): enough on either platform (OpenShift needs 2, Kubernetes 1).',
  'worker-minimum.fail':
    'OpenShift cluster {name} would keep {left} worker(s) after {operation} ({now} now); OpenShift clusters need at least 2.',
  'worker-minimum.fail-one':
    'OpenShift cluster {name} would keep {left} worker(s) after {operation} ({now} now, counting one worker deleted: the workers input names none); OpenShift clusters need at least 2.',
  'worker-minimum.fail-named':
    'OpenShift cluster {name} would keep {left} worker(s) after {operation} ({now} now, {count} named in workers removed); OpenShift clusters need at least 2.',
  'worker-minimum.fail.why':
    'IKS refuses an operation that leaves an OpenShift cluster fewer than 2 workers (E1437 "below the cluster\'s minimum requirement of 2 workers"; IBM\'s OpenShift FAQ: "Clusters must always have at least 2 worker nodes"); workers already being deleted do not count.',
  'worker-minimum.fail.fix.resize-other':
    'First resize pool {pool}, which the operation leaves alone, so the cluster keeps {minimum} worker(s):',
  'worker-minimum.fail.fix.resize-self':
    'Or resize pool {pool} to {size} worker(s) per zone instead:',
  'worker-minimum.fail.fix.create':
    'First create another worker pool and add a zone to it (fill in the name, flavor and zone), so the cluster keeps {minimum} worker(s):',
  'worker-minimum.zero':
    'Cluster {name} would keep no workers after {operation} ({now} now).',
  'worker-minimum.zero.why':
    "IBM's FAQ says a Kubernetes cluster must always have at least 1 worker node, but its cluster-states page describes clusters whose workers were all removed (state warning) and documents no refusal. A cluster without workers runs no apps, and pods may not start on new workers until the Calico node entries are cleaned up.",
  'worker-minimum.platform-unknown':
    'Cluster {name} would keep {left} worker(s) after {operation} ({now} now), and IKS did not say whether it is a Kubernetes or an OpenShift cluster.',
  'worker-minimum.platform-unknown.why':
    "OpenShift clusters need at least 2 workers (E1437), Kubernetes clusters at least 1. Neither the cluster's type nor its version named the platform, so this is not judged as a blocker.",
  'worker-minimum.pending':
    'Cluster {name} keeps {left} worker(s) after {operation} ({now} now), but {count} of them {count:has|have} a pending operation.',
  'worker-minimum.pending.why':
    'IKS may count workers with a pending operation against the minimum of {minimum} (E1437 "If there are any worker operations pending, you might need wait for them to complete").',
  'worker-minimum.pending.fix':
    'Wait until the pending operations finish, then run the operation:',
  'worker-minimum.needs-input':
    'Not checked: {operation} needs the {input} input to count the workers left.',
  'worker-minimum.after-apply': 'Not checked: {input} is known after apply.',
  'worker-minimum.pool-unknown':
    'Not checked: IKS lists no worker of pool {pool} in cluster {name}, so the zones it resizes are unknown.',
  'worker-minimum.workers-unknown':
    'Not checked: IKS lists no worker {workers} in cluster {name} (cluster-state names the workers it has).',
  'worker-minimum.detail.removed':
    '{worker} (pool {pool}): removed by {operation}',

  // cluster-name
  'cluster-name.title': 'The new cluster name is free',
  'cluster-name.pass': 'No cluster named {name} exists in region {region}.',
  'cluster-name.pass-other-regions':
    'No cluster named {name} exists in region {region} (one exists in {regions}).',
  'cluster-name.pass-replaced':
    'A cluster named {name} exists in region {region} (ID {id}); the plan deletes it before it creates the new one, so the name is free by then.',
  'cluster-name.taken':
    'A cluster named {name} already exists in region {region} (ID {id}, resource group {resourceGroup}).',
  'cluster-name.taken.why':
    'IKS rejects the create with E0007: a cluster with the same name already exists.',
  'cluster-name.taken.fix':
    'Choose another name, or, if the existing cluster is a leftover of an earlier failed run, inspect it before deciding to delete it:',

  // cluster-api-key
  'cluster-api-key.title':
    'IKS has a usable API key for the region and resource group',
  'cluster-api-key.pass':
    'IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}.',
  'cluster-api-key.pass-will-create':
    "No cluster in region {region}, resource group {resourceGroup} shows a stored API key; IKS creates one from the caller's key ({caller}) at the first create.",
  'cluster-api-key.missing':
    'IKS has no API key stored for region {region}, resource group {resourceGroup} ({answer}).',
  'cluster-api-key.missing.why':
    'IKS makes the infrastructure and IAM calls of {operation} with that stored key; without it the operation fails.',
  'cluster-api-key.reset.fix':
    'An identity with the Administrator role on Kubernetes Service (a service ID also needs Operator on IAM Identity) stores its key, once per region and resource group:',
  'cluster-api-key.service-id':
    'The caller is a service ID ({caller}) and IKS has no user API key for region {region}, resource group {resourceGroup}.',
  'cluster-api-key.service-id-unknown':
    'The caller is a service ID ({caller}) and no cluster in region {region}, resource group {resourceGroup} shows whether IKS has a user API key there.',
  'cluster-api-key.service-id.why':
    "IKS stores the creating identity's key for the region and resource group. IBM documents service IDs as key owners when they hold the Operator role on the IAM Identity service; without it the create fails (A0656, A03e9b). This run does not read the service ID's roles.",
  'cluster-api-key.service-id.fix.operator':
    'The service ID also needs the Operator role on the IAM Identity service:',
  'cluster-api-key.restricted':
    'API key creation is restricted in account {accountId} (restrict_create_platform_apikey: RESTRICTED) and IKS has no API key for region {region}, resource group {resourceGroup}.',
  'cluster-api-key.restricted-unknown':
    'API key creation is restricted in account {accountId} (restrict_create_platform_apikey: RESTRICTED) and no cluster in region {region}, resource group {resourceGroup} shows whether IKS has an API key there.',
  'cluster-api-key.restricted.why':
    'IKS must create an API key for the cluster; with creation restricted it can only do so for users who hold the "User API key creator" role. This run does not read the user\'s roles.',
  'cluster-api-key.restricted.fix':
    'Give the user who resets the key the "User API key creator" role on IAM Identity, then reset the key:',

  // infra-permissions
  'infra-permissions.title': 'Classic infrastructure permissions are complete',
  'infra-permissions.pass':
    'No required or recommended classic infrastructure permissions are missing for region {region}, resource group {resourceGroup}. {judged}',
  'infra-permissions.missing-required':
    'The infrastructure credentials of region {region}, resource group {resourceGroup} lack {count} required classic permission(s): {permissions}. {judged}',
  'infra-permissions.missing-required.why':
    'IKS orders, reloads and cancels classic devices with these credentials; a missing required permission fails {operation} ("\'Item\' must be ordered with permission" or "The infrastructure authentication credentials are not authorized for the request.").',
  'infra-permissions.missing-recommended':
    'The infrastructure credentials of region {region}, resource group {resourceGroup} lack {count} recommended classic permission(s): {permissions}. {judged}',
  'infra-permissions.missing-recommended.why':
    'Recommended (the CLI says "suggested") permissions are not needed for every operation, but without them some worker, network or storage tasks fail later.',
  'infra-permissions.fix':
    "An account administrator grants each missing permission to {user}, then checks again (find the user's ID with `ibmcloud sl user list`):",
  'infra-permissions.detail.required': '{category}, required: {permissions}',
  'infra-permissions.detail.recommended':
    '{category}, recommended: {permissions}',
  'infra-permissions.detail.required-unnamed':
    '{category}, required: IBM reports them insufficient without naming them (run `{command}`)',
  'infra-permissions.detail.recommended-unnamed':
    '{category}, recommended: IBM reports them insufficient without naming them (run `{command}`)',
  'infra-permissions.detail.unnamed': 'not named by IBM',
  'infra-permissions.detail.category.virtualWorker':
    'Virtual worker permissions',
  'infra-permissions.detail.category.physicalWorker':
    'Physical worker permissions',
  'infra-permissions.detail.category.network': 'Network permissions',
  'infra-permissions.detail.category.storage': 'Storage permissions',
  'infra-permissions.detail.judged.both':
    'IBM checked classic account {account} (credentials: {accountType}).',
  'infra-permissions.detail.judged.account':
    'IBM checked classic account {account}',
  'infra-permissions.detail.judged.type':
    'IBM checked the credentials: {accountType}.',
  'infra-permissions.detail.judged.unknown':
    'IBM did not say which classic account it checked.',
  'infra-permissions.user.manual': 'the infrastructure user {username}',
  'infra-permissions.user.linked':
    'the owner of the API key that IKS stores for the region (see `{command}`)',
  'api-key.ip-allowlist':
    "IAM refused to issue a token to this run's address ({answer}): an IP address allowlist is on.",
  'api-key.ip-allowlist.why':
    "The account or the key's user allows IAM tokens only from listed IP addresses and subnets; the key is valid, the caller's address is not allowed.",
  'api-key.ip-allowlist.fix':
    "An account administrator adds the runner's public address to the allowed IP addresses (console: Manage > Access (IAM) > Settings; a user's own list: Users > the user > IP address restrictions), or the job runs from an allowed address.",
  'api-key.detail.allowlist-on':
    "IAM IP address allowlist on for the account ({addresses}): IKS's control plane of each region the cluster uses must be on it too.",
  'api-key.detail.allowlist-off': 'No IAM IP address allowlist on the account.'
} as const satisfies Record<string, string>
