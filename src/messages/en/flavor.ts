/** flavor (issue 11): the flavor an operation orders is offered in every zone of it and not deprecated. */
export const flavor = {
  'flavor.title':
    'The worker flavor can be ordered in every zone of the operation',
  'flavor.pass':
    'Flavor {flavor} is offered for {provider} in every zone of the {operation}: {zones}.',
  'flavor.pass-pool':
    "Pool {pool}'s flavor {flavor} is offered for {provider} in every zone the {operation} orders workers in: {zones}.",
  'flavor.no-order':
    'Pool {pool} goes from {from} to {to} worker(s) per zone: the resize orders no worker, so its flavor {flavor} does not matter.',
  'flavor.not-offered':
    'Flavor {flavor} is not offered for {provider} in {missing} (zones of the {operation}: {zones}); IKS would refuse it with E4e5b.',
  'flavor.not-offered-pool':
    "Pool {pool}'s flavor {flavor} is not offered for {provider} in {missing} (zones the {operation} orders workers in: {zones}); IKS would refuse it with E4e5b.",
  'flavor.not-offered.why':
    'IKS orders workers only in zones that offer the flavor, and refuses the whole request otherwise (E4e5b "Could not find flavor in the requested zone."). Flavors differ per zone and per provider (classic, vpc-gen2).',
  'flavor.not-offered.fix':
    'List the flavors each zone offers, pick one the list shows in every zone of the operation, and pass it with --flavor (input flavor; Terraform flavor, or machine_type for classic):',
  'flavor.not-offered-pool.fix':
    "A pool's flavor cannot be changed. List the flavors the zone offers, then create a pool with one of them and add the zone to that pool instead of pool {pool}:",
  'flavor.deprecated':
    'Flavor {flavor} is deprecated for {provider} in {deprecated}; IKS refuses to order a deprecated flavor (E0146).',
  'flavor.deprecated.why':
    'IKS refuses a create with a deprecated flavor: "The specified flavor is deprecated. (E0146)". IBM retires old flavors when it introduces their successors.',
  'flavor.deprecated.fix':
    'List the flavors the zone offers, pick one that is not deprecated (the details name the successor IKS gives, when it gives one) and pass it with --flavor (input flavor; Terraform flavor, or machine_type for classic):',
  'flavor.deprecated-pool':
    "Pool {pool}'s flavor {flavor} is deprecated for {provider} in {deprecated}: the {operation} adds workers of a deprecated flavor, which IKS may refuse (E0146).",
  'flavor.deprecated-pool.why':
    'IKS refuses new orders of a deprecated flavor (E0146), and IBM asks to move workers of deprecated flavors to a pool with a current one; no public source says whether IKS still adds workers to an existing pool of a deprecated flavor.',
  'flavor.deprecated-pool.fix':
    'Grow a pool with a current flavor instead of pool {pool}: list the flavors, create a pool with one of them and add its zones:',
  'flavor.ocp-unsupported':
    'Flavor {flavor} is marked ocp_unsupported by IKS in {unsupported}: it is not for Red Hat OpenShift clusters, and the {operation} orders it for one.',
  'flavor.ocp-unsupported.why':
    'IKS marks some flavors `ocp_unsupported` (a field of its flavor model): they can run Kubernetes workers but not Red Hat OpenShift workers. `ibmcloud oc flavors` lists the flavors an OpenShift cluster can use.',
  'flavor.ocp-unsupported.fix':
    'List the flavors the zone offers, pick one IKS does not mark ocp_unsupported and pass it with --flavor (input flavor; Terraform flavor, or machine_type for classic):',
  'flavor.ocp-unsupported-pool':
    "Pool {pool}'s flavor {flavor} is marked ocp_unsupported by IKS in {unsupported}: the {operation} adds workers of a flavor IKS says is not for Red Hat OpenShift, which IKS may refuse.",
  'flavor.ocp-unsupported-pool.why':
    'IKS marks the flavor `ocp_unsupported`; the pool already runs it, and no public source says whether IKS still adds workers of it to an OpenShift cluster.',
  'flavor.needs-input':
    'Not checked: {operation} needs the {input} input to know which flavor it orders and where.',
  'flavor.after-apply': 'Not checked: {input} is known after apply.',
  'flavor.pool-unknown':
    'Not checked: IKS lists no worker pool {pool} in cluster {name}, so the flavor it orders is unknown.',
  'flavor.pool-no-flavor':
    'Not checked: IKS names no flavor for worker pool {pool}.',
  'flavor.pool-no-zones':
    'Not checked: worker pool {pool} has no zone, so the {operation} orders no worker.',
  // One zone of the order, as a details line.
  'flavor.detail.zone.offered': '{zone}: offered',
  'flavor.detail.zone.ocp-unsupported':
    '{zone}: offered, but IKS marks it ocp_unsupported (not for Red Hat OpenShift)',
  'flavor.detail.zone.deprecated': '{zone}: deprecated',
  'flavor.detail.zone.deprecated-successor':
    '{zone}: deprecated (IKS names {successor} as its corresponding flavor)',
  'flavor.detail.zone.none-listed':
    '{zone}: not offered (IKS lists no {provider} flavor in this zone: check the zone name)',
  'flavor.detail.zone.others':
    '{zone}: not offered (IKS lists {count} other {provider} flavor(s) there)'
} as const
