/** vpc-subnets: the VPC subnets (and the VPC of a create) an operation puts workers on. */
export const vpcSubnets = {
  'vpc-subnets.title':
    'The VPC subnets are readable, in their zones and VPC, with free addresses',
  'vpc-subnets.pass':
    '{count} subnet(s) in {region} are readable, in the zones they are given for and in VPC {vpc}, with a free address for every worker the operation adds.',
  'vpc-subnets.pass-vpc':
    'VPC {vpc} exists in {region}; its {count} subnet(s) are readable, in the zones they are given for, with a free address for every worker the operation adds.',
  'vpc-subnets.detail.vpc-ok': 'VPC {vpc} exists in {region} and is available.',
  'vpc-subnets.nothing-added':
    '{operation} adds no worker, so it needs no free subnet address.',
  'vpc-subnets.detail':
    'Subnet {subnet} ({zone}, VPC {vpc}): {free} of {total} addresses free; needs {need} ({workers} worker(s) + {vpe} for the VPE gateway).',
  'vpc-subnets.detail.workers-not-given':
    'Counted 1 worker per zone: the number of workers per zone was not given (workers-per-zone), and any create, pool or zone adds at least one.',
  'vpc-subnets.detail.workers-pool-size':
    "Counted 1 worker per zone: a zone add gives the new zone the pool's size per zone, which the inputs do not carry; it is at least one.",
  'vpc-subnets.detail.workers-after-apply':
    'Counted 1 worker per zone: the number of workers per zone is known only after apply.',
  'vpc-subnets.detail.no-vpc-id':
    'The subnets were not compared with a VPC: no vpc-id was given (IKS needs one to create a VPC cluster).',
  'vpc-subnets.detail.vpc-after-apply':
    'The subnets were not compared with the VPC: its ID is known only after apply.',
  'vpc-subnets.forbidden':
    'Could not verify: the API key may not read subnet {subnet} in {region} (HTTP 403).',
  'vpc-subnets.vpc-forbidden':
    'Could not verify: the API key may not read VPC {vpc} in {region} (HTTP 403).',
  'vpc-subnets.forbidden.why':
    'A subnet or VPC the key cannot read cannot be checked. IKS reads them with the rights of the caller, so the operation may be refused as well.',
  'vpc-subnets.forbidden.fix':
    'Give the key the {role} role on {label} (an account administrator runs this):',
  'vpc-subnets.not-found':
    'Subnet {subnet} does not exist in region {region} (HTTP 404).',
  'vpc-subnets.not-found.why':
    "Workers are created in the subnet given for their zone, in the cluster's region; VPC knows no subnet with this ID there in the key's account.",
  'vpc-subnets.not-found.fix':
    'Check the subnet ID and the region; list the subnets you can use:',
  'vpc-subnets.vpc-not-found':
    'VPC {vpc} (vpc-id) does not exist in region {region} (HTTP 404).',
  'vpc-subnets.vpc-not-found.why':
    'A VPC cluster is created in the VPC it names; a VPC in another region or account cannot hold it.',
  'vpc-subnets.vpc-not-found.fix':
    'Check vpc-id and the region; list the VPCs of the region:',
  'vpc-subnets.vpc-status': 'VPC {vpc} is in state {status}, not available.',
  'vpc-subnets.wrong-zone':
    'Subnet {subnet} is given for zone {zone} but lies in zone {actual}.',
  'vpc-subnets.wrong-zone.why':
    'A VPC subnet belongs to one zone: workers of zone {zone} cannot be placed in a subnet of another zone.',
  'vpc-subnets.wrong-zone.fix':
    'Use a subnet of zone {zone} (or give this subnet for its own zone); the subnets of {zone}:',
  'vpc-subnets.wrong-vpc':
    "Subnet {subnet} is in VPC {actual}, not in the cluster's VPC {vpc}.",
  'vpc-subnets.wrong-vpc.why':
    'A cluster lives in one VPC. IKS has accepted a subnet of another VPC on create, and its workers then could not reach the others (IBM-Cloud/terraform-provider-ibm#1841).',
  'vpc-subnets.wrong-vpc.fix': 'Use a subnet of VPC {vpc}; its subnets:',
  'vpc-subnets.mixed-vpcs':
    'The subnets lie in more than one VPC ({vpcs}); a cluster is created in one.',
  'vpc-subnets.status': 'Subnet {subnet} is in state {status}, not available.',
  'vpc-subnets.status.why':
    'Workers are created only in an available subnet or VPC: one being deleted or failed will not take them, one still pending may not yet. IBM documents no refusal text for this, so it is a warning.',
  'vpc-subnets.status.fix':
    'Wait until it is available, or use another one; its state:',
  'vpc-subnets.full':
    'Subnet {subnet} ({zone}) has {free} free address(es); the operation needs {need} there ({workers} worker(s) + {vpe} for the VPE gateway).',
  'vpc-subnets.full.why':
    "Every worker takes one address of its subnet, and the cluster's VPE gateway takes one in each zone where the cluster has workers; without them the workers stay in provisioning or fail.",
  'vpc-subnets.full.fix':
    'Use a subnet of the same zone with more free addresses (a subnet cannot grow), or create one with ibmcloud is subnet-create; the subnets of the zone:',
  'vpc-subnets.unreadable':
    'Could not verify subnet {subnet}: VPC did not say its {field}.',
  'vpc-subnets.needs-input':
    'Not checked: {operation} needs the {input} input to know the subnets.',
  'vpc-subnets.after-apply': 'Not checked: {input} is known after apply.',
  'vpc-subnets.pool-subnets-unknown':
    'Not checked: the subnets of the pool {operation} grows are not known (no worker-pool named, no pool of that name or ID in the cluster, or a zone of the pool without one primary subnet).',
  'vpc-subnets.wrong-zone.fix.region':
    "Zone {zone} is not a zone of region {region}: give the zones of the cluster's region; the subnets of {region}:",
  'vpc-subnets.shared-vpe':
    "Subnet {subnet} ({zone}) has {free} free address(es): enough for the {need} the operation needs, but not for the {shared} more that the shared VPE gateways of the VPC's first 1.28+ cluster may take in this zone.",
  'vpc-subnets.shared-vpe.why':
    "On a VPC's first 1.28+ cluster IBM creates shared VPE gateways (Container Registry, Object Storage s3 and config), each assigned one reserved IP in every zone with workers; this VPC shows no endpoint gateway yet. IBM picks the subnet, so this is a warning.",
  'vpc-subnets.detail.shared-vpe':
    'VPC {vpc} shows no endpoint gateway yet: the shared VPE gateways of its first 1.28+ cluster take {shared} more address(es) in each zone with workers.',
  'vpc-subnets.detail.workers-pool':
    'A zone add gives the new zone the size of pool {pool}: {workers} worker(s) per zone (getWorkerPools).',
  'vpc-subnets.replace-full':
    "Every subnet of cluster {name}'s pools is full ({subnets}): {operation} needs 1 free address for each worker it replaces.",
  'vpc-subnets.replace-full.why':
    'IBM: "1 IP address is required each time that you update or replace a worker node"; the new worker gets its address before the old one is released.',
  'vpc-subnets.replace-some-full':
    'Subnet(s) {subnets} of cluster {name} have no free address: replacing or updating a worker there fails until one is freed.',
  'vpc-subnets.replace-pass':
    "Every subnet of cluster {name}'s pools has a free address for a worker replace or update ({count} subnet(s)).",
  'vpc-subnets.replace-unknown':
    'Not checked: IKS lists no subnet for the pools of cluster {name}.'
} as const
