/** classic-vlans: the VLANs a classic create or zone add places its workers on. */
export const classicVlans = {
  'classic-vlans.title':
    'Classic zones: the VLANs given exist there, or none are needed',
  'classic-vlans.detail.private': 'private',
  'classic-vlans.detail.public': 'public',
  'classic-vlans.pass':
    'Zone {zone}: private VLAN {private} and public VLAN {public} are VLANs of the account in the zone, of the right type and on one router pair.',
  'classic-vlans.pass-private-only':
    'Zone {zone}: private VLAN {private} is a private VLAN of the account in the zone. No public VLAN is given, so the workers are private-only (the public VLANs of the zone: {publics}).',
  'classic-vlans.pass-public-only':
    'Zone {zone}: public VLAN {public} is a public VLAN of the account in the zone, and the account has no private VLAN there yet, so IKS creates one.',
  'classic-vlans.pass-new':
    'Zone {zone}: the account has no VLANs there and none are given; IKS creates a private and a public VLAN with the first standard cluster of a zone (IBM: "If this standard cluster is the first standard cluster that you create in this zone, don\'t include this option. A private VLAN is created for you", ibmcloud ks cluster create classic).',
  'classic-vlans.not-in-zone':
    'Zone {zone}: {kind} VLAN {id} is not a VLAN of the account in this zone (the account has {count} VLAN(s) there).',
  'classic-vlans.wrong-type':
    'Zone {zone}: VLAN {id} is given as the {kind} VLAN, but it is a {actual} VLAN.',
  'classic-vlans.missing':
    'Zone {zone}: the account already has {count} VLAN(s) there, but the {operation} names none ({flags} missing): IKS refuses it with E0020 ("One or more required fields are missing").',
  'classic-vlans.routers':
    'Zone {zone}: private VLAN {private} (router {privateRouter}) and public VLAN {public} (router {publicRouter}) are not on one router pair.',
  'classic-vlans.vlan.why':
    'Classic workers are placed on VLANs of their own zone: a private VLAN (back-end router bcr…) and, unless the workers are private-only, a public VLAN (front-end router fcr…). IKS rejects a VLAN ID that is not one of the account\'s VLANs in that zone, or not of that type; IBM documents the code of that refusal only as E0020, "One or more required fields are missing".',
  'classic-vlans.missing.why':
    'IKS creates VLANs only with the first standard cluster of a zone. Once the account has VLANs in a zone, a classic create or zone add there must name them, or IKS fails with E0020: "One or more required fields are missing. To create a standard cluster, you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN. If this is the first standard cluster that you create in this zone, the public and private VLAN flags are not required."',
  'classic-vlans.routers.why':
    'IBM: "Private VLAN routers always begin with bcr (back-end router) and public VLAN routers always begin with fcr (front-end router). When you create a cluster and specify the public and private VLANs, the number and letter combination after those prefixes must match."',
  'classic-vlans.detail.of-kind':
    'The {kind} VLANs of the account in zone {zone}: {ids}. Every VLAN of the zone:',
  'classic-vlans.fix.use':
    'Pass VLANs of zone {zone} ({flags}; in Terraform private_vlan_id and public_vlan_id):',
  'classic-vlans.fix.list':
    'List the VLANs of zone {zone} and pass a {kind} one:',
  'classic-vlans.fix.list-any': 'List the VLANs of zone {zone} and pass them:',
  'classic-vlans.fix.none-exist':
    'The account has no VLANs in zone {zone}: leave out the VLANs (--private-vlan, --public-vlan; in Terraform private_vlan_id and public_vlan_id) and IKS creates them, or check that the zone is the one you meant:',
  'classic-vlans.needs-zones':
    'Not checked: the {operation} names no zone for its VLANs; give zones (with private-vlan and public-vlan when you pass VLANs), or a Terraform plan.',
  'classic-vlans.after-apply':
    'Not checked: {input} is known only after apply.',
  'classic-vlans.vrf':
    'The {operation} makes cluster {cluster} span {count} zones ({zones}), and VLAN spanning is off for the classic account of region {region}, resource group {resourceGroup}. Unless the account has a Virtual Router Function (VRF), its workers cannot reach each other on the private network.',
  'classic-vlans.vrf-unknown':
    'The {operation} makes cluster {cluster} span {count} zones ({zones}); whether the classic account of region {region}, resource group {resourceGroup} has VLAN spanning could not be read ({message}).',
  'classic-vlans.vrf.why':
    'IBM: "In classic clusters, if you have multiple VLANs for your cluster, multiple subnets on the same VLAN, or a multizone classic cluster, you must enable a Virtual Router Function (VRF) for your IBM Cloud infrastructure account so your worker nodes can communicate with each other on the private network." IKS does not refuse the operation; the workers cannot talk. Whether VRF is on cannot be read with this key.',
  'classic-vlans.vrf.fix':
    'Check whether VRF is on (ibmcloud account show); if it is not and cannot be, turn on VLAN spanning for the account (https://cloud.ibm.com/docs/vlans?topic=vlans-vlan-spanning):',
  'classic-vlans.pool-no-vlans':
    'Not checked: a classic worker pool gets its zones and VLANs when zones are added to it (zone-add, Terraform ibm_container_worker_pool_zone_attachment); that operation is checked.'
} as const satisfies Record<string, string>
