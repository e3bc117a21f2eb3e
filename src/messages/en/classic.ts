/** The classic family: infra-credentials, orphaned-workers, credential-switch, totp-mfa, paid-account, classic-region. */
export const classic = {
  // shared
  'classic.creds.linked': "the account's linked classic infrastructure",
  'classic.creds.manual': 'the manually set credentials of {username}',
  'classic.blocked.totp':
    'Could not verify: classic infrastructure asks for a time-based one-time passcode (TOTP) for this login, so it cannot be read with an API key. {reason}',
  'classic.blocked.totp.fix':
    "If the totp-mfa finding fails, fix it first and re-run. If it passes (IKS uses manually set classic credentials), only this pre-flight's own classic login needs TOTP: skip this check with a reason (skip-checks).",
  'classic.blocked.paid':
    'Could not verify: the account has no classic infrastructure that IKS can use (see paid-account). {reason}',
  'classic.blocked.paid.fix':
    'Fix the paid-account finding first, then re-run.',
  'classic.fix.nobody-has-credentials':
    "If nobody holds credentials of that classic account any more, open an IBM Cloud support case (https://cloud.ibm.com/unifiedsupport/cases/add) with cluster ID {clusterId}: support can name that account's administrator, but cannot delete the orphaned cluster.",

  // infra-credentials
  'infra-credentials.title':
    'Which classic infrastructure account the region uses',
  'infra-credentials.linked':
    "Region {region}, resource group {resourceGroup} uses the account's linked classic infrastructure (classic account {account}); no credentials are set manually (E0051, which is normal).",
  'infra-credentials.manual':
    'Region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username} (classic account {account}).',
  'infra-credentials.manual-other':
    'Region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username} (classic account {account}, not the linked classic account {linked}).',
  'infra-credentials.linked-none':
    'Region {region}, resource group {resourceGroup} has no manually set classic credentials, and the account has no linked classic infrastructure.',
  'infra-credentials.linked-none.why':
    'IKS then has no classic infrastructure account to work in; see the paid-account finding for the fix.',

  // orphaned-workers
  'orphaned-workers.title':
    "The workers are in the classic account the region's credentials use",
  'orphaned-workers.pass':
    '{count:The one worker|All {count} workers} of {cluster} {count:is a device|are devices} of classic account {account}, which region {region}, resource group {resourceGroup} uses: {credentials}.',
  'orphaned-workers.no-workers':
    'Cluster {cluster} has no provisioned workers to look up in classic infrastructure.',
  'orphaned-workers.partial':
    '{missing} of {count} {count:worker|workers} of {cluster} {missing:is|are} not among the devices of classic account {account} that the key can see; the others are.',
  'orphaned-workers.partial.why':
    'Workers in another classic account would fail with "incorrect account for worker"; but a classic user without access to all devices also sees only some of them.',
  'orphaned-workers.partial.fix':
    'Look the missing workers up as a classic user with access to all devices (details list them); if they are in another account, the cluster is orphaned:',
  'orphaned-workers.unconfirmed':
    'The workers of {cluster} are not devices of the linked classic account {linked}. Region {region}, resource group {resourceGroup} uses the manually set credentials of {username} (classic account {current}), whose devices this key cannot read, and no worker reports "incorrect account for worker".',
  'orphaned-workers.unconfirmed.why':
    "That is what a healthy cluster in a team's classic account looks like, but it cannot be confirmed: IKS holds that account's classic API key, the pipeline does not.",
  'orphaned-workers.unconfirmed.fix':
    'Confirm as {username} (or another user of that classic account) that the workers are its devices:',
  'orphaned-workers.unverified':
    'Could not verify where the workers of {cluster} are: the device list of classic account {account} could not be read: {reason}',
  'orphaned-workers.unverified.why':
    'A device list the key may not read proves nothing either way, so the cluster is not called orphaned; but the pre-flight cannot say the workers are in the right account.',
  'orphaned-workers.unverified.fix.permissions':
    "Give the pipeline's classic user in account {account} device access (View Virtual Server Details, View Hardware Details, and access to all devices), or skip this check with a reason:",
  'orphaned-workers.unverified.fix.other':
    'Re-run the job; for an account too large to list, skip this check with a reason (a skip-checks line `orphaned-workers: <reason>`).',
  'orphaned-workers.orphaned.unset':
    'Cluster {cluster} is orphaned: its workers are devices of the linked classic account {linked}, but region {region}, resource group {resourceGroup} uses the manually set credentials of {username} (classic account {current}).',
  'orphaned-workers.orphaned.set':
    'Cluster {cluster} is orphaned: its workers are not devices of classic account {current}, which region {region}, resource group {resourceGroup} uses ({credentials}): they were created in another classic account.',
  'orphaned-workers.orphaned.either':
    'Cluster {cluster} is orphaned: {reported} worker(s) report "incorrect account for worker"; region {region}, resource group {resourceGroup} uses {credentials}.',
  'orphaned-workers.orphaned.why':
    'IKS manages classic workers with the infrastructure credentials of the cluster\'s region and resource group; with workers in another classic account, {operation} fails with "incorrect account for worker". Other clusters can still be managed.',
  'orphaned-workers.detail.plain': '{worker} ({ip}, {state}){incorrect}',
  'orphaned-workers.detail.in':
    '{worker} ({ip}, {state}) in classic account {account}{incorrect}',
  'orphaned-workers.detail.not-in':
    '{worker} ({ip}, {state}) not in classic account {account}{incorrect}',
  'orphaned-workers.detail.linked': '(linked)',
  'orphaned-workers.detail.no-ip': 'no private IP',
  'orphaned-workers.detail.unknown-state': 'unknown state',
  'orphaned-workers.fix.unset':
    'Point region {region}, resource group {resourceGroup} back to the linked classic account {linked}; `credential get` then answers "No credentials set … (E0051)". Retry the operation:',
  'orphaned-workers.fix.either-unset':
    'If the workers are devices of the linked classic account {linked}, remove the manually set credentials:',
  'orphaned-workers.fix.set':
    'Set the credentials of a user of the classic account that holds the workers (the user name starts with that account\'s ID and "_", the key is that user\'s classic infrastructure API key) for region {region}, resource group {resourceGroup}:',
  'orphaned-workers.fix.either-set':
    'Otherwise set the credentials of a user of the classic account that holds the workers (the user name starts with that account\'s ID and "_", the key is that user\'s classic infrastructure API key):',
  'orphaned-workers.fix.see-switch':
    'Before switching, read the credential-switch finding: the switch orphans every other cluster of region {region}, resource group {resourceGroup} whose workers are in the account used now.',

  // credential-switch
  'credential-switch.title': 'A credential switch orphans no other cluster',
  'credential-switch.not-needed':
    'Cluster {cluster} is not orphaned; no credential switch is needed for region {region}, resource group {resourceGroup}.',
  'credential-switch.no-switch-advised':
    'No credential switch is advised for {cluster} (orphaned-workers did not find it orphaned).',
  'credential-switch.safe':
    'Switching the credentials of region {region}, resource group {resourceGroup} orphans no other classic cluster.',
  'credential-switch.orphans':
    'Switching the credentials of region {region}, resource group {resourceGroup} to fix {cluster} orphans {count} other cluster(s) whose workers are devices of the {now} used now: {clusters}.',
  'credential-switch.may-orphan':
    'Switching the credentials of region {region}, resource group {resourceGroup} to fix {cluster} most likely orphans {count} other cluster(s) that work with the {now} used now: {clusters}.',
  'credential-switch.why':
    'IKS uses one set of classic credentials per region and resource group; clusters whose workers are in different classic accounts cannot all be managed in {region} at the same time.',
  'credential-switch.now.linked': 'linked classic account {account}',
  'credential-switch.now.current': 'classic account {account}',
  'credential-switch.detail.definite':
    '{cluster} ({id}): workers are devices of {now}',
  'credential-switch.detail.likely':
    '{cluster} ({id}): workers are not in the linked account and report no account mismatch, so they are most likely in {now}',
  'credential-switch.fix.lasting':
    'Switch only when those clusters can wait. The lasting fix: recreate the classic clusters of region {region}, resource group {resourceGroup} so that all of them are in one classic infrastructure account, then keep the credentials pointing there.',

  // totp-mfa
  'totp-mfa.title':
    'Multifactor authentication does not block classic infrastructure',
  'totp-mfa.pass':
    'Account MFA setting is {mfa}; it does not affect the classic infrastructure calls of region {region}, resource group {resourceGroup}.',
  'totp-mfa.manual':
    'Account MFA setting is {mfa}, but region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username}, which TOTP does not affect.',
  'totp-mfa.enabled':
    'Account MFA setting is {mfa} (TOTP) and region {region}, resource group {resourceGroup} uses the linked classic infrastructure without manually set credentials.',
  'totp-mfa.reported':
    'IBM Cloud refuses the classic infrastructure login of region {region}, resource group {resourceGroup}: "{message}" (account MFA setting {mfa}).',
  'totp-mfa.user.override':
    "{mfa} for {user}, the owner of the API key IKS uses (a per-user setting; the account's is {account})",
  'totp-mfa.why':
    'TOTP applies to the classic infrastructure calls IKS makes with the linked account, so IKS cannot create or manage classic clusters and workers ("can\'t authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.").',
  'totp-mfa.level':
    'Account MFA setting is {mfa} and region {region}, resource group {resourceGroup} uses the linked classic infrastructure without manually set credentials.',
  'totp-mfa.level.why':
    'IBM documents TOTP as the blocker; whether {mfa} also blocks the classic calls of IKS is not documented. If an operation fails with the TOTP message, apply one of these fixes.',
  'totp-mfa.fix.turn-off':
    'Either turn TOTP off for the account (account owner or administrator; console: Manage > Access (IAM) > Settings > Multifactor authentication > None):',
  'totp-mfa.fix.classic-key':
    'Or keep TOTP and give IKS a classic infrastructure API key: create or find the classic infrastructure API key of the account owner or of a user with the required permissions (user name {linked}_<email>), then, in every region and resource group with classic clusters ({regions}), set it, check it and make the clusters use it:',

  // paid-account
  'paid-account.title': 'The account has classic infrastructure',
  'paid-account.pass':
    'The account has linked classic infrastructure (classic account {account}) for region {region}, resource group {resourceGroup}.',
  'paid-account.is-paid':
    'IKS reports cluster {cluster} as paid (isPaid); region {region}, resource group {resourceGroup} can use classic infrastructure (linked classic account {account}).',
  'paid-account.manual':
    'The account has no linked classic infrastructure, but region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username}.',
  'paid-account.unlinked':
    'Account {accountId} has no linked classic infrastructure (not a paid account), and region {region}, resource group {resourceGroup} has no manually set classic credentials.',
  'paid-account.e0057':
    'IKS refuses classic infrastructure for region {region}, resource group {resourceGroup} ({operation}, {code}): "{message}"',
  'paid-account.why':
    'Classic clusters and workers are ordered in classic infrastructure, which needs a Pay-As-You-Go or Subscription account (or classic credentials of one); IKS answers "Unable to connect to the IBM Cloud account. Ensure that you have a paid account." (E0057).',
  'paid-account.fix.upgrade':
    'Upgrade the account to Pay-As-You-Go or Subscription (console: Manage > Account > Account settings; https://cloud.ibm.com/docs/account?topic=account-upgrading-account), which links classic infrastructure;',
  'paid-account.fix.credentials':
    'or set the classic credentials of a user of a paid classic infrastructure account for region {region}:',
  'paid-account.fix.vpc':
    'For a new cluster, a VPC cluster (provider vpc-gen2) does not need classic infrastructure.',

  // classic-region
  'classic-region.title': 'Classic clusters can still be created in the region',
  'classic-region.pass':
    'The account has {count} classic cluster(s) in region {region} ({clusters}), so a classic cluster can be created there.',
  'classic-region.none':
    'The account has no classic cluster in region {region} (among the clusters this key can see): IKS refuses the create with E501e.',
  'classic-region.none-soon':
    'The account has no classic cluster in region {region} (among the clusters this key can see): from 2026-10-01 IKS refuses such a create with E501e.',
  'classic-region.why':
    'Since 2026-10-01 an account can create classic clusters only in regions where it already has one: "E501e: Classic cluster creation is not supported in regions that do not have existing classic clusters."',
  'classic-region.fix.other-region':
    'Create the classic cluster in a region where the account has classic clusters ({regions}):',
  'classic-region.fix.no-classic':
    'The account has no classic cluster in any region, so it can no longer create classic clusters.',
  'classic-region.fix.vpc':
    'Or create a VPC cluster (provider vpc-gen2) in the region instead:',
  'classic-region.fix.no-such-region':
    "Check the region input: {region} is neither a region of the account's clusters nor one where IKS lists VPC zones ({regions}), so it is likely misspelt."
} as const satisfies Record<string, string>
