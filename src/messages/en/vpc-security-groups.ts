/** vpc-security-groups: the VPC's security-group quota and the shared VPE group's unique remotes on a create. */
export const vpcSecurityGroups = {
  'vpc-security-groups.title':
    "The VPC has room for the cluster's security groups and rules",
  'vpc-security-groups.pass-create':
    'VPC {vpc} shows this key {have} security group(s); creating {count} cluster(s) adds {need}: {after} of the quota of {quota}. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).',
  'vpc-security-groups.quota':
    'VPC {vpc} has {have} security group(s); creating {count} cluster(s) adds {need}, {after} in all, over the quota of {quota} per VPC.',
  'vpc-security-groups.quota.why':
    'IKS creates the groups kube-<cluster ID>, kube-vpegw-<cluster ID> and kube-lbaas-<cluster ID> for each cluster (1.30 and later, Secure by Default), and kube-vpegw-<VPC ID> with the first one in the VPC. VPC allows 100 security groups per VPC unless IBM raised the quota for the account (then set security-group-quota); over it, the workers stay in "Pending security group creation" and IBM reports NHC011.',
  'vpc-security-groups.quota.fix.delete':
    'Delete at least {count} unused security group(s) of the VPC (never the kube-… groups of a live cluster):',
  'vpc-security-groups.quota.fix.increase':
    'Or ask IBM for a higher security-group quota for the VPC in a support case ({url}), then set security-group-quota to it.',
  'vpc-security-groups.detail.shared-exists':
    '{group} exists: the new cluster reuses it.',
  'vpc-security-groups.detail.shared-new':
    '{group} does not exist yet: the new cluster creates it (the first Secure by Default cluster in the VPC).',
  'vpc-security-groups.detail.kinds':
    'Worker groups of clusters (kube-<cluster ID>): {clusters}; groups not named kube-…: {others}.',
  'vpc-security-groups.detail.others': 'Groups not named kube-…: {names}',
  'vpc-security-groups.detail.plan-creates':
    'The plan creates {count} clusters in this VPC ({names}); their groups are counted together.',
  'vpc-security-groups.many-clusters':
    'VPC {vpc} already holds {clusters} cluster(s); IBM recommends at most {recommended} clusters per VPC.',
  'vpc-security-groups.many-clusters.why':
    'Each cluster adds security groups and a rule to the shared group kube-vpegw-<VPC ID>; IBM says the quota of 100 groups is reached around 33 clusters and recommends 25 at most.',
  'vpc-security-groups.many-clusters.fix':
    'Consider a new VPC for this cluster, or remove clusters the VPC no longer needs:',
  'vpc-security-groups.rules.fix':
    'List the rules of the group; remove remotes you added yourself, or clusters the VPC no longer needs (never the rules IKS manages for a live cluster):',
  'vpc-security-groups.needs-input':
    'Not checked: {operation} needs the {input} input to count the security groups of the VPC.',
  'vpc-security-groups.after-apply':
    'Not checked: {input} is known after apply.',
  'vpc-security-groups.none-visible':
    'Could not verify: VPC lists no security group for VPC {vpc} in region {region}.',
  'vpc-security-groups.none-visible.why':
    'Every VPC has at least its default security group, so an empty list means the VPC ID or region is wrong, or the key cannot view the VPC (Viewer on VPC Infrastructure Services).',
  'vpc-security-groups.none-visible.fix':
    'Check that the VPC exists in that region and that the key can see it:',
  'vpc-security-groups.rules-unknown':
    'Could not verify: VPC sent security group {group} of VPC {vpc} without its rules.',
  'vpc-security-groups.shared-remotes':
    "The shared group {group} already has {unique} unique remote(s); creating {count} cluster(s) adds as many, {after} in all, over VPC's limit of {limit} unique remotes per security group.",
  'vpc-security-groups.shared-remotes.why':
    'Every cluster of the VPC has a remote rule to its own group in {group}. VPC refuses the rule with ErrorSecurityGroupRuleOverQuota "Exceeded limit of unique remote rules per security group (the limit is 15 unique remote rules per security group)", and the new cluster\'s workers stay in "Pending security group creation" (IBM: at most 15 clusters per VPC).',
  'vpc-security-groups.detail.shared-remotes':
    "{group} has {unique} unique remote(s) of VPC's limit of {limit}; a create adds one per cluster."
} as const
