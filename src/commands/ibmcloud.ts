import {arg, renderCommand, sh, type Command} from '../messages/command.js'

export {arg, renderCommand, sh, type Command}

/**
 * Every command a finding prints, built in one place so the live checks and explain mode print the same
 * commands. A builder returns a typed Command (tool, plugin, path, arguments, flags); `renderCommand`
 * is the one function that turns it into text. Values are shell-quoted there; a `<placeholder>` stays as it
 * is for the user to fill.
 */

export const CLASSIC_USER = '<classic-username>'
export const CLASSIC_KEY = '<classic-api-key>'

type FlagValue = string | number | true | undefined
type Flags = ReadonlyArray<readonly [string, FlagValue]>

function build(
  tool: Command['tool'],
  plugin: Command['plugin'],
  path: string,
  args: readonly string[] = [],
  flags: Flags = []
): Command {
  return {
    kind: 'command',
    tool,
    ...(plugin && {plugin}),
    path: path === '' ? [] : path.split(' '),
    args,
    flags: flags
      .filter(([, v]) => v !== undefined)
      .map(([f, v]) =>
        v === true ? ([f] as const) : ([f, String(v)] as const)
      )
  }
}

/** `ibmcloud ks …` (the plugin follows the cluster's platform: `withPlugin`). */
const ks = (path: string, flags: Flags = [], args: readonly string[] = []) =>
  build('ibmcloud', 'ks', path, args, flags)
/** `ibmcloud …` outside the container-service plugin (target, iam, is, sl, resource). */
const ic = (path: string, args: readonly string[] = [], flags: Flags = []) =>
  build('ibmcloud', undefined, path, args, flags)

/**
 * The same command for the other container-service plugin: `ibmcloud oc` for Red Hat OpenShift on IBM
 * Cloud, `ibmcloud ks` for IKS. A command outside the plugin is returned as it is.
 */
export function withPlugin(c: Command, plugin: 'ks' | 'oc'): Command {
  return c.plugin === undefined ? c : {...c, plugin}
}

/** ` --private-vlan A --public-vlan B` as given; a private VLAN without a public one is `--private-only`. */
function vlanFlags(vlans: {private?: string; public?: string}): Flags {
  return [
    ['--private-vlan', vlans.private],
    vlans.public
      ? ['--public-vlan', vlans.public]
      : ['--private-only', vlans.private ? true : undefined]
  ]
}

export const cmd = {
  targetRegion: (region: string): Command => ic('target', [], [['-r', region]]),
  target: (where: {region?: string; group?: string} = {}): Command =>
    ic(
      'target',
      [],
      [
        ['-r', where.region],
        ['-g', where.group]
      ]
    ),
  targetGroup: (group: string): Command => ic('target', [], [['-g', group]]),
  credentialGet: (region: string): Command =>
    ks('credential get', [['--region', region]]),
  credentialUnset: (region: string): Command =>
    ks('credential unset', [['--region', region]]),
  credentialSetClassic: (region: string): Command =>
    ks('credential set classic', [
      ['--infrastructure-username', CLASSIC_USER],
      ['--infrastructure-api-key', CLASSIC_KEY],
      ['--region', region]
    ]),
  apiKeyReset: (region: string): Command =>
    ks('api-key reset', [['--region', region]]),
  apiKeyInfo: (cluster: string): Command =>
    ks('api-key info', [['--cluster', cluster]]),
  infraPermissionsGet: (region: string): Command =>
    ks('infra-permissions get', [['--region', region]]),
  clusterGet: (cluster: string): Command =>
    ks('cluster get', [['--cluster', cluster]]),
  /** The cluster with its subnets and VLANs (`--show-resources`, IBM: rhoks_ts_openvpn_subnet). */
  clusterGetResources: (cluster: string): Command =>
    ks('cluster get', [
      ['--cluster', cluster],
      ['--show-resources', true]
    ]),
  /** `ibmcloud ks cluster ls`, of one provider or (`all`) every one. */
  clusterLs: (provider?: 'classic' | 'vpc-gen2' | 'all'): Command =>
    ks('cluster ls', [['--provider', provider]]),
  zoneLs: (provider: 'classic' | 'vpc-gen2'): Command =>
    ks('zone ls', [['--provider', provider]]),
  versions: (): Command => ks('versions'),
  masterUpdate: (cluster: string, version: string): Command =>
    ks('cluster master update', [
      ['--cluster', cluster],
      ['--version', version]
    ]),
  masterRefresh: (cluster: string): Command =>
    ks('cluster master refresh', [['-c', cluster]]),
  workerLs: (cluster: string): Command =>
    ks('worker ls', [['--cluster', cluster]]),
  workerPoolLs: (cluster: string): Command =>
    ks('worker-pool ls', [['--cluster', cluster]]),
  workerReplace: (cluster: string, worker: string): Command =>
    ks('worker replace', [
      ['--cluster', cluster],
      ['--worker', worker]
    ]),
  workerPoolResize: (cluster: string, pool: string, size: number): Command =>
    ks('worker-pool resize', [
      ['--cluster', cluster],
      ['--worker-pool', pool],
      ['--size-per-zone', size]
    ]),
  workerPoolCreate: (
    provider: 'classic' | 'vpc-gen2',
    cluster: string,
    size: number
  ): Command =>
    ks(`worker-pool create ${provider}`, [
      ['--name', '<pool name>'],
      ['--cluster', cluster],
      ['--flavor', '<flavor>'],
      ['--size-per-zone', size]
    ]),
  zoneAdd: (provider: 'classic' | 'vpc-gen2', cluster: string): Command =>
    provider === 'vpc-gen2'
      ? ks('zone add vpc-gen2', [
          ['--zone', '<zone>'],
          ['--cluster', cluster],
          ['--worker-pool', '<pool name>'],
          ['--subnet-id', '<subnet ID>']
        ])
      : ks('zone add classic', [
          ['--zone', '<zone>'],
          ['--cluster', cluster],
          ['--worker-pool', '<pool name>'],
          ['--private-vlan', '<private VLAN ID>'],
          ['--public-vlan', '<public VLAN ID>']
        ]),
  /** Flavors of a zone, of one provider when known. */
  flavors: (zone: string, provider?: string): Command =>
    ks('flavors', [
      ['--zone', zone],
      ['--provider', provider]
    ]),
  endpointGateway: (name: string): Command => ic('is endpoint-gateway', [name]),
  vlanLs: (zone: string): Command => ks('vlan ls', [['--zone', zone]]),
  // VPC (`ibmcloud is`) commands act in the targeted region: fixes target it first.
  isVpc: (vpc: string): Command => ic('is vpc', [vpc]),
  isVpcs: (): Command => ic('is vpcs'),
  isSubnet: (subnet: string): Command => ic('is subnet', [subnet]),
  /** Subnets of one zone or one VPC, or all of them. */
  isSubnets: (by?: {zone: string} | {vpc: string}): Command =>
    by === undefined
      ? ic('is subnets')
      : 'zone' in by
        ? ic('is subnets', [], [['--zone', by.zone]])
        : ic('is subnets', [], [['--vpc', by.vpc]]),
  isSecurityGroups: (vpc: string): Command =>
    ic('is security-groups', [], [['--vpc', vpc]]),
  isSecurityGroupRules: (group: string): Command =>
    ic('is security-group-rules', [group]),
  isSecurityGroupDelete: (group = '<security-group-id>'): Command =>
    ic('is security-group-delete', [group]),
  /** A classic zone add with its VLANs; no public VLAN given leaves the workers private-only. */
  zoneAddClassic: (
    cluster: string,
    zone: string,
    pool: string | undefined,
    vlans: {private?: string; public?: string}
  ): Command =>
    ks('zone add classic', [
      ['--zone', zone],
      ['--cluster', cluster],
      ['--worker-pool', pool ?? '<pool name>'],
      ...vlanFlags(vlans)
    ]),
  clusterCreateClassic: (
    name: string,
    zone: string,
    o: {flavor?: string; privateVlan?: string; publicVlan?: string}
  ): Command =>
    ks('cluster create classic', [
      ['--name', name],
      ['--zone', zone],
      ['--flavor', o.flavor ?? '<flavor>'],
      ...vlanFlags({private: o.privateVlan, public: o.publicVlan})
    ]),
  slPermissionEdit: (permission: string, user = '<user-id>'): Command =>
    ic(
      'sl user permission-edit',
      [user],
      [
        ['--permission', permission],
        ['--enable', 'true']
      ]
    ),
  slUserList: (): Command => ic('sl user list'),
  slFindHost: (hostname: string): Command =>
    ic('sl vs list', [], [['--hostname', hostname]]),
  /**
   * `ibmcloud iam authorization-policy-create SOURCE TARGET ROLE1,ROLE2 --target-service-instance-id ID`: the
   * argument order of IBM's CLI reference (cli-ibmcloud_commands_iam); roles by display name.
   */
  authorizationPolicyCreate: (
    source: string,
    target: string,
    roles: readonly string[],
    targetInstanceId?: string
  ): Command =>
    ic(
      'iam authorization-policy-create',
      [source, target, roles.join(',')],
      [['--target-service-instance-id', targetInstanceId]]
    ),
  authorizationPolicies: (): Command => ic('iam authorization-policies'),
  accountSettings: (): Command => ic('iam account-settings'),
  /** Turn off account-wide TOTP MFA (IKS's classic API keys cannot answer it). */
  mfaOff: (): Command =>
    ic('iam account-settings-update', [], [['--mfa', 'NONE']]),
  apiKeys: (): Command => ic('iam api-keys'),
  apiKeyEnable: (key = '<key-name-or-id>'): Command =>
    ic('iam api-key-enable', [key]),
  apiKeyUnlock: (key: string): Command => ic('iam api-key-unlock', [key]),
  apiKeyDelete: (key = '<unused-key-name-or-id>'): Command =>
    ic('iam api-key-delete', [key]),
  /** A user API key for a pipeline, written to a file (never printed). */
  apiKeyCreate: (): Command =>
    ic(
      'iam api-key-create',
      ['iks-pipeline'],
      [
        ['-d', 'IKS pipeline'],
        ['--file', 'iks-pipeline-key.json']
      ]
    ),
  serviceApiKeyCreate: (serviceId = '<service-id>'): Command =>
    ic(
      'iam service-api-key-create',
      ['iks-pipeline', serviceId],
      [
        ['-d', 'IKS pipeline'],
        ['--file', 'iks-pipeline-key.json']
      ]
    ),
  resourceGroups: (): Command => ic('resource groups'),
  serviceInstances: (service: string): Command =>
    ic('resource service-instances', [], [['--service-name', service]]),
  serviceInstance: (id: string): Command =>
    ic('resource service-instance', [id]),
  terraformImport: (): Command =>
    build('terraform', undefined, 'import', [
      '<resource-address>',
      '<cluster-id>'
    ]),
  terraformStateRm: (address = '<resource-address>'): Command =>
    build('terraform', undefined, 'state rm', [address]),
  /** Keep a resource Terraform marked tainted after a failed apply (the provider's ibm_container_vpc_worker note). */
  terraformUntaint: (address = '<resource-address>'): Command =>
    build('terraform', undefined, 'untaint', [address]),
  /** The webhook test of IBM's troubleshooting page (cs_ts_webhooks). */
  kubectlWebhooks: (): Command[] => [
    build('kubectl', undefined, 'get', [
      'validatingwebhookconfigurations,mutatingwebhookconfigurations'
    ]),
    build(
      'kubectl',
      undefined,
      'run',
      ['webhook-test'],
      [
        ['--image', 'us.icr.io/armada-master/pause:3.10'],
        ['-n', 'ibm-system']
      ]
    ),
    build(
      'kubectl',
      undefined,
      'delete pod',
      ['webhook-test'],
      [
        ['-n', 'ibm-system'],
        ['--ignore-not-found', true]
      ]
    )
  ],
  /** A create needs its provider (the CLI exits 2 without one); every other operation reads it from the cluster. */
  preflight: (p: {
    operation: string
    cluster: string
    region: string
    provider?: string
  }): Command =>
    build(
      'iks-preflight',
      undefined,
      '',
      [],
      [
        ['--operation', p.operation],
        [
          '--provider',
          p.operation === 'cluster-create' || p.provider !== undefined
            ? (p.provider ?? '<provider>')
            : undefined
        ],
        ['--cluster', p.cluster],
        ['--region', p.region]
      ]
    ),
  /** A worker to its master's major.minor: VPC workers are replaced with --update, classic workers updated. */
  workerUpdate: (
    provider: 'classic' | 'vpc-gen2',
    cluster: string,
    worker: string
  ): Command =>
    provider === 'classic'
      ? ks('worker update', [
          ['--cluster', cluster],
          ['--worker', worker]
        ])
      : ks('worker replace', [
          ['--cluster', cluster],
          ['--worker', worker],
          ['--update', true]
        ]),
  dedicatedPoolLs: (): Command => ks('dedicated pool ls'),
  workerRebootHard: (cluster: string, worker: string): Command =>
    // IBM's docs' order: ibmcloud oc worker reboot --cluster <cluster> --worker <worker> --hard
    ks('worker reboot', [
      ['--cluster', cluster],
      ['--worker', worker],
      ['--hard', true]
    ]),
  /** OpenShift's own CLI: the cluster version operator's conditions (Upgradeable). */
  ocClusterVersion: (): Command =>
    build(
      'oc',
      undefined,
      'get',
      ['clusterversion', 'version'],
      [['-o', 'yaml']]
    ),
  vlanSpanningGet: (region: string): Command =>
    ks('vlan spanning get', [['--region', region]]),
  accountShow: (): Command => ic('account show'),
  /** `ibmcloud ks worker reload` (classic), IBM's docs' order: --cluster, --worker. */
  workerReload: (cluster: string, worker: string): Command =>
    ks('worker reload', [
      ['--cluster', cluster],
      ['--worker', worker]
    ]),
  /** Finish a CA rotation once every worker is reloaded or replaced (IBM: ts-cert-failed). */
  caRotate: (cluster: string): Command =>
    ks('cluster ca rotate', [['--cluster', cluster]]),
  /** Add the VPC's custom DNS resolver rules to the cluster's `kube-<clusterID>` group (IBM: ts-sbd-custom-dns). */
  securityGroupSync: (
    cluster: string,
    group = '<kube-cluster-security-group-id>'
  ): Command =>
    ks('security-group sync', [
      ['--cluster', cluster],
      ['--security-group', group]
    ]),
  /** The network health check's issues (IBM: ts-error-glossary, "ibmcloud oc cluster health issues --cluster CLUSTER_ID"). */
  healthIssues: (cluster: string): Command =>
    ks('cluster health issues', [['--cluster', cluster]]),
  /** IBM Cloud Schematics: a workspace's Terraform logs (cli-reference, `ibmcloud schematics logs`). */
  schematicsLogs: (workspace = '<workspace-id>'): Command =>
    ic('schematics logs', [], [['--id', workspace]]),
  /** IBM Cloud Schematics: the state file, to read the tainted resource's name (IBM: tainted-resources). */
  schematicsStatePull: (
    workspace = '<workspace-id>',
    template = '<template-id>'
  ): Command =>
    ic(
      'schematics state pull',
      [],
      [
        ['--id', workspace],
        ['--template', template]
      ]
    ),
  /** IBM Cloud Schematics: keep a resource whose create timed out but finished (IBM: tainted-resources). */
  schematicsUntaint: (
    address = '<resource-address>',
    workspace = '<workspace-id>'
  ): Command =>
    ic(
      'schematics workspace untaint',
      [],
      [
        ['--id', workspace],
        ['--address', address]
      ]
    ),
  /** IBM's OpenShift docs' command for a standard Cloud Object Storage instance (cluster-create-vpc-gen2). */
  cosInstanceCreate: (name: string): Command =>
    ic('resource service-instance-create', [
      name,
      'cloud-object-storage',
      'standard',
      'global'
    ])
} as const

/** An `ibmcloud iam …-policy-create` for a subject (already an argument or placeholder), roles and scope flags. */
export function iamPolicyCreate(
  kind: 'user' | 'service' | 'trusted-profile',
  subject: string,
  roles: string,
  scope: Flags = []
): Command {
  return ic(
    `iam ${kind}-policy-create`,
    [subject],
    [['--roles', roles], ...scope]
  )
}

/** `ibmcloud target -g` first when the resource group is known: region-scoped IKS commands act on the targeted group. */
const inGroup = (group: string | undefined): Command[] =>
  group === undefined ? [] : [cmd.targetGroup(group)]

/** The command sequences of IBM's troubleshooting page, shared by the live checks and explain mode. */
export const sequences = {
  credentialSet: (region: string, group?: string): Command[] => [
    ...inGroup(group),
    cmd.credentialSetClassic(region),
    cmd.credentialGet(region)
  ],
  credentialUnset: (region: string, group?: string): Command[] => [
    ...inGroup(group),
    cmd.credentialUnset(region),
    cmd.credentialGet(region)
  ],
  apiKeyReset: (region: string, group?: string): Command[] => [
    cmd.targetRegion(region),
    ...inGroup(group),
    cmd.apiKeyReset(region)
  ]
} as const
