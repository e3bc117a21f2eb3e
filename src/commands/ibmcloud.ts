/** Quote a value for a POSIX shell command when it holds anything beyond plain identifier characters. */
export function sh(value: string): string {
  return /^[A-Za-z0-9._:@/=+-]+$/.test(value)
    ? value
    : `'${value.replace(/'/g, `'\\''`)}'`
}

/**
 * Every `ibmcloud` command a finding prints, built in one place so the live checks and explain mode
 * print the same strings. Values are shell-quoted; a `<placeholder>` stays as it is for the user to fill.
 */
const PLACEHOLDER = /^[A-Za-z0-9_.-]*<[A-Za-z][A-Za-z0-9 -]*>[A-Za-z0-9_.-]*$/
export const arg = (value: string): string =>
  PLACEHOLDER.test(value) ? value : sh(value)

export const CLASSIC_USER = '<classic-username>'
export const CLASSIC_KEY = '<classic-api-key>'

/** ` --private-vlan A --public-vlan B` as given; a private VLAN without a public one is `--private-only`. */
function vlanFlags(vlans: {private?: string; public?: string}): string {
  const flags = [
    vlans.private && `--private-vlan ${arg(vlans.private)}`,
    vlans.public
      ? `--public-vlan ${arg(vlans.public)}`
      : vlans.private && '--private-only'
  ].filter(Boolean)
  return flags.map(f => ` ${f}`).join('')
}

export const cmd = {
  targetRegion: (region: string): string => `ibmcloud target -r ${arg(region)}`,
  target: (where: {region?: string; group?: string}): string =>
    [
      'ibmcloud target',
      where.region && `-r ${arg(where.region)}`,
      where.group && `-g ${arg(where.group)}`
    ]
      .filter(Boolean)
      .join(' '),
  targetGroup: (group: string): string => `ibmcloud target -g ${arg(group)}`,
  credentialGet: (region: string): string =>
    `ibmcloud ks credential get --region ${arg(region)}`,
  credentialUnset: (region: string): string =>
    `ibmcloud ks credential unset --region ${arg(region)}`,
  credentialSetClassic: (region: string): string =>
    `ibmcloud ks credential set classic --infrastructure-username ${CLASSIC_USER} --infrastructure-api-key ${CLASSIC_KEY} --region ${arg(region)}`,
  apiKeyReset: (region: string): string =>
    `ibmcloud ks api-key reset --region ${arg(region)}`,
  apiKeyInfo: (cluster: string): string =>
    `ibmcloud ks api-key info --cluster ${arg(cluster)}`,
  infraPermissionsGet: (region: string): string =>
    `ibmcloud ks infra-permissions get --region ${arg(region)}`,
  clusterGet: (cluster: string): string =>
    `ibmcloud ks cluster get --cluster ${arg(cluster)}`,
  versions: (): string => 'ibmcloud ks versions',
  masterUpdate: (cluster: string, version: string): string =>
    `ibmcloud ks cluster master update --cluster ${arg(cluster)} --version ${arg(version)}`,
  masterRefresh: (cluster: string): string =>
    `ibmcloud ks cluster master refresh -c ${arg(cluster)}`,
  workerLs: (cluster: string): string =>
    `ibmcloud ks worker ls --cluster ${arg(cluster)}`,
  workerReplace: (cluster: string, worker: string): string =>
    `ibmcloud ks worker replace --cluster ${arg(cluster)} --worker ${arg(worker)}`,
  workerPoolLs: (cluster: string): string =>
    `ibmcloud ks worker-pool ls --cluster ${arg(cluster)}`,
  zoneLs: (provider: string): string =>
    `ibmcloud ks zone ls --provider ${arg(provider)}`,
  /** A worker to its master's major.minor: VPC workers are replaced with --update, classic workers updated. */
  workerUpdate: (
    provider: 'classic' | 'vpc-gen2',
    cluster: string,
    worker: string
  ): string =>
    provider === 'classic'
      ? `ibmcloud ks worker update --cluster ${arg(cluster)} --worker ${arg(worker)}`
      : `ibmcloud ks worker replace --cluster ${arg(cluster)} --worker ${arg(worker)} --update`,
  workerPoolResize: (cluster: string, pool: string, size: number): string =>
    `ibmcloud ks worker-pool resize --cluster ${arg(cluster)} --worker-pool ${arg(pool)} --size-per-zone ${size}`,
  workerPoolCreate: (
    provider: 'classic' | 'vpc-gen2',
    cluster: string,
    size: number
  ): string =>
    `ibmcloud ks worker-pool create ${provider} --name <pool name> --cluster ${arg(cluster)} --flavor <flavor> --size-per-zone ${size}`,
  zoneAdd: (provider: 'classic' | 'vpc-gen2', cluster: string): string =>
    provider === 'vpc-gen2'
      ? `ibmcloud ks zone add vpc-gen2 --zone <zone> --cluster ${arg(cluster)} --worker-pool <pool name> --subnet-id <subnet ID>`
      : `ibmcloud ks zone add classic --zone <zone> --cluster ${arg(cluster)} --worker-pool <pool name> --private-vlan <private VLAN ID> --public-vlan <public VLAN ID>`,
  flavors: (zone: string, provider: string): string =>
    `ibmcloud ks flavors --zone ${arg(zone)} --provider ${arg(provider)}`,
  endpointGateway: (name: string): string =>
    `ibmcloud is endpoint-gateway ${arg(name)}`,
  vlanLs: (zone: string): string => `ibmcloud ks vlan ls --zone ${arg(zone)}`,
  vlanSpanningGet: (region: string): string =>
    `ibmcloud ks vlan spanning get --region ${arg(region)}`,
  accountShow: (): string => 'ibmcloud account show',
  // VPC (`ibmcloud is`) commands act in the targeted region: fixes target it first.
  isVpc: (vpc: string): string => `ibmcloud is vpc ${arg(vpc)}`,
  isVpcs: (): string => 'ibmcloud is vpcs',
  isSubnet: (subnet: string): string => `ibmcloud is subnet ${arg(subnet)}`,
  /** Subnets of one zone or one VPC, or all of them. */
  isSubnets: (by?: {zone: string} | {vpc: string}): string =>
    by === undefined
      ? 'ibmcloud is subnets'
      : 'zone' in by
        ? `ibmcloud is subnets --zone ${arg(by.zone)}`
        : `ibmcloud is subnets --vpc ${arg(by.vpc)}`,
  isSecurityGroups: (vpc: string): string =>
    `ibmcloud is security-groups --vpc ${arg(vpc)}`,
  isSecurityGroupRules: (group: string): string =>
    `ibmcloud is security-group-rules ${arg(group)}`,
  isSecurityGroupDelete: (group = '<security-group-id>'): string =>
    `ibmcloud is security-group-delete ${arg(group)}`,
  /** A classic zone add with its VLANs; no public VLAN given leaves the workers private-only. */
  zoneAddClassic: (
    cluster: string,
    zone: string,
    pool: string | undefined,
    vlans: {private?: string; public?: string}
  ): string =>
    `ibmcloud ks zone add classic --zone ${arg(zone)} --cluster ${arg(cluster)} --worker-pool ${arg(pool ?? '<pool name>')}${vlanFlags(vlans)}`,
  clusterCreateClassic: (
    name: string,
    zone: string,
    o: {flavor?: string; privateVlan?: string; publicVlan?: string}
  ): string =>
    `ibmcloud ks cluster create classic --name ${arg(name)} --zone ${arg(zone)} --flavor ${arg(o.flavor ?? '<flavor>')}${vlanFlags({private: o.privateVlan, public: o.publicVlan})}`,
  slPermissionEdit: (permission: string, user = '<user-id>'): string =>
    `ibmcloud sl user permission-edit ${arg(user)} --permission ${arg(permission)} --enable true`,
  slFindHost: (hostname: string): string =>
    `ibmcloud sl vs list --hostname ${arg(hostname)}`,
  /**
   * `ibmcloud iam authorization-policy-create SOURCE TARGET ROLE1,ROLE2 --target-service-instance-id ID`: the
   * argument order of IBM's CLI reference (cli-ibmcloud_commands_iam); roles by display name.
   */
  authorizationPolicyCreate: (
    source: string,
    target: string,
    roles: readonly string[],
    targetInstanceId?: string
  ): string =>
    [
      `ibmcloud iam authorization-policy-create ${arg(source)} ${arg(target)} ${sh(roles.join(','))}`,
      targetInstanceId &&
        `--target-service-instance-id ${arg(targetInstanceId)}`
    ]
      .filter(Boolean)
      .join(' '),
  authorizationPolicies: (): string => 'ibmcloud iam authorization-policies',
  serviceInstances: (service: string): string =>
    `ibmcloud resource service-instances --service-name ${arg(service)}`,
  serviceInstance: (id: string): string =>
    `ibmcloud resource service-instance ${arg(id)}`,
  /** IBM's OpenShift docs' command for a standard Cloud Object Storage instance (cluster-create-vpc-gen2). */
  cosInstanceCreate: (name: string): string =>
    `ibmcloud resource service-instance-create ${arg(name)} cloud-object-storage standard global`,
  /** A create needs its provider (the CLI exits 2 without one); every other operation reads it from the cluster. */
  preflight: (p: {
    operation: string
    cluster: string
    region: string
    provider?: string
  }): string =>
    `iks-preflight --operation ${arg(p.operation)}${p.operation === 'cluster-create' || p.provider !== undefined ? ` --provider ${arg(p.provider ?? '<provider>')}` : ''} --cluster ${arg(p.cluster)} --region ${arg(p.region)}`
} as const

/** `ibmcloud target -g` first when the resource group is known: region-scoped IKS commands act on the targeted group. */
const inGroup = (group: string | undefined): string[] =>
  group === undefined ? [] : [cmd.targetGroup(group)]

/** The command sequences of IBM's troubleshooting page, shared by the live checks and explain mode. */
export const sequences = {
  credentialSet: (region: string, group?: string): string[] => [
    ...inGroup(group),
    cmd.credentialSetClassic(region),
    cmd.credentialGet(region)
  ],
  credentialUnset: (region: string, group?: string): string[] => [
    ...inGroup(group),
    cmd.credentialUnset(region),
    cmd.credentialGet(region)
  ],
  apiKeyReset: (region: string, group?: string): string[] => [
    cmd.targetRegion(region),
    ...inGroup(group),
    cmd.apiKeyReset(region)
  ]
} as const
