/** vpc-security-groups: the VPC's security-group quota on a create, remote-rule limits when adding workers or zones. */
export const vpcSecurityGroups = {
  'vpc-security-groups.title':
    "The VPC has room for the cluster's security groups and rules",
  'vpc-security-groups.pass-create':
    'VPC {vpc} has {have} security group(s); creating {count} cluster(s) adds {need}: {after} of the quota of {quota}.',
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
  'vpc-security-groups.shared-rules.create':
    'The shared group {group} already has {remote} remote rule(s) (IBM names a limit of {limit}); the new cluster adds one more.',
  'vpc-security-groups.shared-rules':
    'The shared group {group} has {remote} remote rule(s); IBM names a limit of {limit} remote rules per group (NHC010).',
  'vpc-security-groups.shared-rules.why':
    "IBM's NHC010 page limits remote rules to 15 per security group, yet IBM's Secure by Default page adds one remote rule to this group per cluster and puts the VPC's limit around 33 clusters: whether the limit applies to this group is not documented, so this is a warning, not a failure.",
  'vpc-security-groups.rules.fix':
    'List the rules of the group; combine or remove rules you added yourself (never the rules IKS manages):',
  'vpc-security-groups.remote-rules':
    "Cluster {name}'s security group {group} has {remote} remote rule(s), at IBM's limit of {limit} (NHC010): {operation} may fail.",
  'vpc-security-groups.remote-rules.why':
    'IBM limits remote security group rules to 15 per group; at the limit IKS cannot create or update the rules the cluster needs, which can block adding worker nodes (NHC010 "Exceeded security group rules related quota").',
  'vpc-security-groups.vpe-rules':
    "The cluster's VPE gateway group {group} has {remote} remote rule(s), at IBM's limit of {limit} remote rules per group (NHC010).",
  'vpc-security-groups.vpe-rules.why':
    'IKS adds the rules of this group itself (two remote rules from the worker group); more remote rules mean rules were added by hand. NHC010 names the worker group, so for this one it is a warning.',
  'vpc-security-groups.pass-rules':
    "Cluster {name}'s security groups are under IBM's limit of {limit} remote rules per group.",
  'vpc-security-groups.needs-input':
    'Not checked: {operation} needs the {input} input to count the security groups of the VPC.',
  'vpc-security-groups.after-apply':
    'Not checked: {input} is known after apply.',
  'vpc-security-groups.not-adding':
    'Not checked: the plan adds no worker to cluster {name} (every resized pool keeps or lowers its size).',
  'vpc-security-groups.none-visible':
    'Could not verify: VPC lists no security group for VPC {vpc} in region {region}.',
  'vpc-security-groups.none-visible.why':
    'Every VPC has at least its default security group, so an empty list means the VPC ID or region is wrong, or the key cannot view the VPC (Viewer on VPC Infrastructure Services).',
  'vpc-security-groups.none-visible.fix':
    'Check that the VPC exists in that region and that the key can see it:',
  'vpc-security-groups.no-vpc':
    'Could not verify: IKS names no VPC for cluster {name}.',
  'vpc-security-groups.cluster-groups-missing':
    'Could not verify: VPC {vpc} has no security group kube-{id}, the worker group of cluster {name}.',
  'vpc-security-groups.cluster-groups-missing.why':
    'IKS creates kube-<cluster ID> for every VPC cluster; without it the remote-rule count cannot be read (or the key cannot view the group).',
  'vpc-security-groups.cluster-groups-missing.fix':
    'List the security groups of the VPC:',
  'vpc-security-groups.rules-unknown':
    'Could not verify: VPC sent security group {group} of VPC {vpc} without its rules.'
} as const
