/**
 * IBM's wire shapes, one template per endpoint body we read: IBM's own SDK unit-test bodies verbatim
 * (sdk-bodies.json), completed only with fields another IBM source names (see SOURCES). The emulator
 * builds its bodies from these templates (`fill`), the contract suite sends fixtures built from them
 * through our real clients, and `conforms` rejects any body that is not a contract shape.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const HERE = fileURLToPath(new URL('.', import.meta.url))
type Json = Record<string, unknown>

const SDK = JSON.parse(
  readFileSync(`${HERE}sdk-bodies.json`, 'utf8')
) as Record<string, unknown>

const CSGO =
  'IBM-Cloud/container-services-go-sdk kubernetesserviceapiv1/kubernetes_service_api_v1_test.go @454a2ae'
const PSGO = 'IBM/platform-services-go-sdk @635a4082'

/** Where each template comes from (repository + path); the contract test prints none of this, the report cites it. */
export const SOURCES = {
  iksGetCluster: `${CSGO} (GetCluster, model GetClusterResponse); plus vpcs, dataCenter, ownerEmail, apiUser from IBM-Cloud/bluemix-go api/container/containerv2/clusters.go (ClusterInfo)`,
  iksGetClusters: `${CSGO} (VpcGetClusters, model GetClustersResponse: no vpcs, workerZones, crn, lifecycle)`,
  iksGetWorkers: `${CSGO} (GetWorkers1, model GetWorkerResponse); plus dedicatedHostId, dedicatedHostPoolId from IBM-Cloud/bluemix-go api/container/containerv2/workers.go; classic networkInformation per reference §4.2 (assumption A7)`,
  iksCredentials: `${CSGO} (GetUserCredentials, model Credentials)`,
  iksInfraPermissions: `${CSGO} (GetInfraPermissions, models AccountStatus, Permissions, PermissionsAnalysis)`,
  iksKeyOwner: `${CSGO} (GetClusterKeyOwner, model ClusterKeyOwnerInfo)`,
  iksGetWorkerPool: `${CSGO} (GetWorkerPool, model GetWorkerPoolResponse); plus vpcID, zones[].subnets, workerVolumeEncryption, dedicatedHostPoolId, operatingSystem from IBM-Cloud/bluemix-go api/container/containerv2/worker_pool.go (GetWorkerPoolResponse, ZoneResp)`,
  iksGetWorkerPools: `${CSGO} (GetWorkerPools1: the generated test answers one object); a list of GetWorkerPoolResponse as IBM-Cloud/bluemix-go api/container/containerv2/worker_pool.go ListWorkerPools reads it`,
  iksGetFlavors: `${CSGO} (GetFlavors, model Flavor); plus ocp_unsupported from the same SDK's FlavorResponse (zone flavors) and MachineType models (assumption: docs/ibm-api-assumptions.md, OpenShift)`,
  iksVersions: `${CSGO} (GetVersions, GET /v1/versions: map[string][]KubeVersion, whose SDK key is the placeholder mapKey); the platform keys kubernetes and openshift from IBM docs' real answer (ibm-cloud-docs/containers vpc-firewall.md, curl /global/v1/versions) and IBM-Cloud/terraform-provider-ibm ibm/service/kubernetes/data_source_ibm_container_cluster_versions.go`,
  iksZones: `${CSGO} (GetZones, GET /v1/zones, model ZoneResponse; fixture line 32744 without flavors, which only showFlavors=true adds)`,
  iksVlans: `${CSGO} (GetDatacenterVLANs, models VLAN and VLANProperties); realistic values as IBM-Cloud/bluemix-go api/container/containerv1/properties_test.go`,
  iksVlanSpan: `${CSGO} (GetVlanSpanning, GET /v1/subnets/vlan-spanning, model VlanSpan)`,
  iksError:
    'IKS error envelope quoted in IBM-Cloud/terraform-provider-ibm issues #485, #3449, #4163, #1150 (reference §4.7)',
  iamToken:
    'IBM/go-sdk-core core/iam_authenticator.go (IamTokenServerResponse); IBM-Cloud/ibm-cloud-cli-sdk bluemix/authentication/iam/iam.go (Token: scope, ims_user_id, session_id); refresh_token_expiration from IBM docs api-install.md',
  iamTokenError:
    'IBM-Cloud/ibm-cloud-cli-sdk bluemix/authentication/iam/iam.go (APIError errorCode, errorMessage, errorDetails, requirements{code,error}; the CLI shows errorDetails first) and the observed context object (reference §1.4)',
  iamApiKeyDetails: `${PSGO} iamidentityv1/iam_identity_v1_test.go (GetAPIKeysDetails, model APIKey)`,
  iamAccountSettings: `${PSGO} iamidentityv1/iam_identity_v1_test.go (GetAccountSettings, model AccountSettingsResponse)`,
  iamEffectiveSettings: `${PSGO} iamidentityv1/iam_identity_v1_test.go (GetEffectiveAccountSettings, model EffectiveAccountSettingsResponse)`,
  iamIdentityError: `${PSGO} iamidentityv1 (ExceptionResponse, Error)`,
  accountsGetAccount: `${PSGO} accountmanagementv4/account_management_v4_test.go (GetAccount, model AccountResponse)`,
  rcResourceGroups: `${PSGO} resourcemanagerv2/resource_manager_v2_test.go (ListResourceGroups, model ResourceGroupList)`,
  iamPolicies: `${PSGO} iampolicymanagementv1/iam_policy_management_v1_test.go:270 (ListPolicies, model PolicyCollection; paging by next.start, GetNextStart iam_policy_management_v1.go:10461-10466)`,
  rcResourceInstance: `${PSGO} resourcecontrollerv2/resource_controller_v2_test.go:923 (GetResourceInstance, model ResourceInstance)`,
  vpcEndpointGateways:
    'IBM/vpc-go-sdk vpcv1/vpc_v1.go models EndpointGatewayCollection, EndpointGateway, ReservedIPReference, EndpointGatewayLifecycleReason, EndpointGatewayTarget, VPCReference (field for field; reference §5.1)',
  vpcError: 'IBM/go-sdk-core core/base_service.go (VPC error envelope)',
  vpcSecurityGroups:
    'IBM/vpc-go-sdk vpcv1/vpc_v1_test.go @bbe202ab:41944 (ListSecurityGroups); rule keys and the security-group remote from models SecurityGroupRule, SecurityGroupRuleRemote (vpcv1/vpc_v1.go @e13fe77a:63771-63806, 64087-64124; reference part 2 §6.3)',
  vpcSubnet:
    'IBM/vpc-go-sdk vpcv1/vpc_v1_test.go @bbe202ab:7716 (GetSubnet mock body, model Subnet)',
  vpcVpc:
    'IBM/vpc-go-sdk vpcv1/vpc_v1_test.go @bbe202ab:883 (GetVPC mock body, model VPC)',
  slDevice:
    'softlayer/softlayer-python SoftLayer/fixtures/SoftLayer_Account.py (getVirtualGuests/getHardware items) and softlayer/softlayer-go datatypes/virtual.go',
  slError:
    'softlayer/softlayer-go session/rest.go (findResponseError: {error, code}, also with HTTP 200)',
  umUserProfile: `${PSGO} usermanagementv1/user_management_v1_test.go (GetUserProfile, model UserProfile)`,
  umUserList: `${PSGO} usermanagementv1/user_management_v1_test.go (ListUsers, models UserList, UserProfile)`,
  schematicsJobFiles:
    'IBM/schematics-go-sdk schematicsv1/schematics_v1_test.go @055866a8:16873 (GetJobFiles mock body, model JobFileData)',
  schematicsError:
    'IBM/go-sdk-core core/base_service.go (reads errors[0].message, else error, else message); IBM/schematics-go-sdk has no error model of its own (assumption in docs/ibm-api-assumptions.md)',
  umError: `IBM/go-sdk-core core/base_service.go (reads errors[0].code and errors[0].message); trace and status_code as ${PSGO} iamidentityv1 ExceptionResponse (usermanagementv1 has no error model of its own)`
} as const

export type TemplateName = keyof typeof SOURCES

const sdk = (name: string): unknown => structuredClone(SDK[name])

/** IBM's SDK unit-test body for an endpoint, exactly as the SDK's test serves it. */
export const sdkBody = (name: TemplateName): unknown => {
  if (!(name in SDK)) throw new Error(`no SDK unit-test body for ${name}`)
  return sdk(name)
}
const first = (v: unknown): Json => (v as Json[])[0]!

const getClusterSdk = sdk('iksGetCluster') as Json
const sgSdk = sdk('vpcSecurityGroups') as Json
const sgItem = first(sgSdk['security_groups'])
const sgRule = first(sgItem['rules'])
// The SDK's one version item, under each platform key IBM answers with.
const versionSdk = first((sdk('iksVersions') as Json).mapKey)
const workerSdk = first(sdk('iksGetWorkers'))
const poolSdk = sdk('iksGetWorkerPool') as Json
// One pool: the SDK's model, with the VPC fields only bluemix-go names (its worker_pool_test.go bodies).
const pool: Json = {
  ...poolSdk,
  dedicatedHostPoolId: 'DedicatedHostPoolId',
  operatingSystem: 'OperatingSystem',
  vpcID: 'VpcID',
  workerVolumeEncryption: {
    kmsInstanceID: 'KmsInstanceID',
    workerVolumeCRKID: 'WorkerVolumeCRKID',
    kmsAccountID: 'KmsAccountID'
  },
  zones: [
    {
      ...first(poolSdk['zones']),
      subnets: [{id: 'ID', primary: true}]
    }
  ]
}

/** Every template: a body with every key IBM's sources name, placeholder values carrying each key's JSON type. */
export const TEMPLATES: Record<TemplateName, unknown> = {
  iksGetCluster: {
    ...getClusterSdk,
    // bluemix-go containerv2.ClusterInfo: the VPC IDs and a differently cased dataCenter.
    dataCenter: 'DataCenter',
    ownerEmail: 'OwnerEmail',
    apiUser: 'ApiUser',
    vpcs: ['Vpcs']
  },
  iksGetClusters: sdk('iksGetClusters'),
  iksGetWorkers: [
    {
      ...workerSdk,
      dedicatedHostId: 'DedicatedHostId',
      dedicatedHostPoolId: 'DedicatedHostPoolId',
      networkInformation: {
        privateIP: 'PrivateIP',
        privateVLAN: 'PrivateVLAN',
        publicIP: 'PublicIP',
        publicVLAN: 'PublicVLAN'
      }
    }
  ],
  iksGetWorkerPool: pool,
  iksGetWorkerPools: [pool],
  iksGetFlavors: (sdk('iksGetFlavors') as object[]).map(f => ({
    ...f,
    ocp_unsupported: false
  })),
  iksCredentials: sdk('iksCredentials'),
  iksInfraPermissions: sdk('iksInfraPermissions'),
  iksKeyOwner: sdk('iksKeyOwner'),
  iksVersions: {kubernetes: [versionSdk], openshift: [versionSdk]},
  iksVlans: sdk('iksVlans'),
  iksVlanSpan: sdk('iksVlanSpan'),
  iksZones: [{id: 'ID', metro: 'Metro', name: 'Name'}],
  iksError: {
    incidentID: 'IncidentID',
    code: 'Code',
    description: 'Description',
    type: 'Type',
    recoveryCLI: 'RecoveryCLI'
  },
  iamToken: {
    access_token: 'AccessToken',
    refresh_token: 'RefreshToken',
    delegated_refresh_token: 'DelegatedRefreshToken',
    token_type: 'Bearer',
    expires_in: 3600,
    expiration: 1700000000,
    refresh_token_expiration: 1700000000,
    scope: 'ibm openid',
    ims_user_id: 12345,
    session_id: 'SessionID'
  },
  iamTokenError: {
    errorCode: 'ErrorCode',
    errorMessage: 'ErrorMessage',
    errorDetails: 'ErrorDetails',
    requirements: {error: 'Error', code: 'Code'},
    // Observed keys only (reference §1.4); requestId is the trace IBM support asks for.
    context: {requestId: 'RequestId', url: 'URL'}
  },
  iamApiKeyDetails: sdk('iamApiKeyDetails'),
  iamAccountSettings: sdk('iamAccountSettings'),
  iamEffectiveSettings: sdk('iamEffectiveSettings'),
  iamIdentityError: {
    trace: 'Trace',
    status_code: 'StatusCode',
    errors: [
      {
        code: 'Code',
        message_code: 'MessageCode',
        message: 'Message',
        details: 'Details'
      }
    ],
    context: (sdk('iamApiKeyDetails') as Json).context
  },
  accountsGetAccount: sdk('accountsGetAccount'),
  rcResourceGroups: sdk('rcResourceGroups'),
  iamPolicies: sdk('iamPolicies'),
  rcResourceInstance: sdk('rcResourceInstance'),
  vpcEndpointGateways: {
    endpoint_gateways: [
      {
        allow_dns_resolution_binding: true,
        created_at: '2019-01-01T12:00:00.000Z',
        crn: 'CRN',
        health_state: 'ok',
        href: 'Href',
        id: 'ID',
        ips: [
          {
            address: '192.168.3.4',
            deleted: {more_info: 'MoreInfo'},
            href: 'Href',
            id: 'ID',
            name: 'Name',
            resource_type: 'subnet_reserved_ip'
          }
        ],
        lifecycle_reasons: [
          {
            code: 'dns_resolution_binding_pending',
            message: 'Message',
            more_info: 'MoreInfo'
          }
        ],
        lifecycle_state: 'stable',
        name: 'Name',
        resource_group: {href: 'Href', id: 'ID', name: 'Name'},
        resource_type: 'endpoint_gateway',
        security_groups: [{crn: 'CRN', href: 'Href', id: 'ID', name: 'Name'}],
        service_endpoint: 'ServiceEndpoint',
        service_endpoints: ['ServiceEndpoints'],
        target: {
          crn: 'CRN',
          name: 'Name',
          resource_type: 'provider_cloud_service'
        },
        vpc: {
          crn: 'CRN',
          deleted: {more_info: 'MoreInfo'},
          href: 'Href',
          id: 'ID',
          name: 'Name',
          resource_type: 'vpc'
        }
      }
    ],
    first: {href: 'Href'},
    limit: 50,
    next: {href: 'Href'},
    total_count: 132
  },
  vpcError: {
    errors: [
      {
        code: 'Code',
        message: 'Message',
        more_info: 'MoreInfo',
        target: {name: 'Name', type: 'field', value: 'Value'}
      }
    ],
    trace: 'Trace'
  },
  vpcSecurityGroups: {
    ...sgSdk,
    security_groups: [
      {
        ...sgItem,
        rules: [
          {
            ...sgRule,
            // SecurityGroupRule: ports and ICMP type/code; the remote is an IP, a CIDR or a group.
            port_min: 22,
            port_max: 22,
            type: 8,
            code: 0,
            remote: {
              address: '192.168.3.4',
              cidr_block: '10.0.0.0/24',
              crn: 'CRN',
              deleted: {more_info: 'MoreInfo'},
              href: 'Href',
              id: 'ID',
              name: 'Name'
            }
          }
        ]
      }
    ]
  },
  vpcSubnet: sdk('vpcSubnet'),
  vpcVpc: sdk('vpcVpc'),
  slDevice: [
    {
      id: 100,
      hostname: 'Hostname',
      domain: 'Domain',
      fullyQualifiedDomainName: 'FullyQualifiedDomainName',
      primaryIpAddress: 'PrimaryIpAddress',
      primaryBackendIpAddress: 'PrimaryBackendIpAddress',
      globalIdentifier: 'GlobalIdentifier',
      status: {keyName: 'ACTIVE', name: 'Active'},
      datacenter: {id: 1, name: 'Name'},
      powerState: {keyName: 'RUNNING'}
    }
  ],
  slError: {error: 'Error', code: 'Code'},
  schematicsJobFiles: sdk('schematicsJobFiles'),
  schematicsError: {errors: [{code: 'Code', message: 'Message'}]},
  umUserProfile: sdk('umUserProfile'),
  umUserList: sdk('umUserList'),
  umError: {
    errors: [{code: 'Code', message: 'Message'}],
    trace: 'Trace',
    status_code: 404
  }
}

function kind(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v
}

/**
 * Where `body` is not a contract shape of `template`, or undefined: every key must be one the template
 * names (same spelling), with the same JSON type; lists are checked item by item against the template's
 * first item. Absent keys are fine (IBM omits empty parts).
 */
export function mismatch(
  body: unknown,
  template: unknown,
  path = '$'
): string | undefined {
  if (kind(body) !== kind(template))
    return `${path}: ${kind(body)} where IBM sends ${kind(template)}`
  if (Array.isArray(body)) {
    const item = (template as unknown[])[0]
    if (item === undefined) return undefined
    for (let i = 0; i < body.length; i++) {
      const m = mismatch(body[i], item, `${path}[${i}]`)
      if (m) return m
    }
    return undefined
  }
  if (kind(body) === 'object') {
    const t = template as Json
    for (const [k, v] of Object.entries(body as Json)) {
      if (!(k in t)) return `${path}.${k}: not a field IBM sends`
      const m = mismatch(v, t[k], `${path}.${k}`)
      if (m) return m
    }
  }
  return undefined
}

/** Throws when `body` is not a contract shape of the named template. */
export function assertConforms(body: unknown, name: TemplateName): void {
  const m = mismatch(body, TEMPLATES[name])
  if (m) throw new Error(`not a contract shape of ${name}: ${m}`)
}

/**
 * A body of template `name` with `values` in it. Only the keys given appear (IBM omits empty parts);
 * a key the template does not name throws, so the emulator cannot invent a field again.
 */
export function fill<T extends Json>(name: TemplateName, values: T): T {
  const template = TEMPLATES[name]
  const t = Array.isArray(template) ? template[0] : template
  const m = mismatch(values, t)
  if (m)
    throw new Error(`emulator body is not a contract shape of ${name}: ${m}`)
  return values
}
