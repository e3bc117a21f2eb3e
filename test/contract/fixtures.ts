/**
 * One fixture per endpoint and variant we read: IBM's SDK unit-test bodies verbatim (`template`), and
 * variants built field for field from the same templates (`fill` rejects any key IBM's sources do not
 * name). Each fixture names its source: SOURCES[template] in templates.ts.
 */
import {
  SOURCES,
  TEMPLATES,
  fill,
  sdkBody,
  type TemplateName
} from './templates.js'

export interface Fixture {
  /** The endpoint and variant, e.g. 'iks GET /v1/credentials: manual credentials'. */
  name: string
  template: TemplateName
  status: number
  /** JSON body, or `raw` text. */
  body?: unknown
  raw?: string
}

const verbatim = (template: TemplateName): unknown =>
  structuredClone(TEMPLATES[template])

const source = (f: Fixture): string => SOURCES[f.template]

const iksError = (
  status: number,
  code: string,
  description: string,
  type: string,
  recoveryCLI?: string,
  incidentID = '0d8f6a38-5a4b-4cd0-9d7e-7a2f3b9b4c11'
): Fixture => ({
  name: `iks error ${status} ${code}`,
  template: 'iksError',
  status,
  body: fill('iksError', {
    incidentID,
    code,
    description,
    type,
    ...(recoveryCLI ? {recoveryCLI} : {})
  })
})

const classicCluster = {
  id: 'bqclassicprod0000001',
  name: 'prod-classic',
  region: 'us-south',
  resourceGroup: '5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01',
  resourceGroupName: 'default',
  provider: 'classic',
  state: 'normal',
  masterKubeVersion: '1.33.4_1534',
  isPaid: true,
  workerZones: ['dal10', 'dal12'],
  crn: 'crn:v1:bluemix:public:containers-kubernetes:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:bqclassicprod0000001::',
  datacenter: 'dal10'
}

export const FIXTURES = {
  // IKS getCluster
  getClusterSdk: {
    name: 'iks GET /v2/getCluster: SDK body',
    template: 'iksGetCluster',
    status: 200,
    body: sdkBody('iksGetCluster')
  },
  getClusterClassic: {
    name: 'iks GET /v2/getCluster: classic cluster',
    template: 'iksGetCluster',
    status: 200,
    body: fill('iksGetCluster', classicCluster)
  },
  getClusterVpc: {
    name: 'iks GET /v2/getCluster: VPC cluster with vpcs',
    template: 'iksGetCluster',
    status: 200,
    body: fill('iksGetCluster', {
      ...classicCluster,
      id: 'cvpcprod000000000001',
      name: 'prod-vpc',
      provider: 'vpc-gen2',
      vpcs: ['r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d'],
      workerZones: ['us-south-1', 'us-south-2']
    })
  },
  getClusterDeployFailed: {
    name: 'iks GET /v2/getCluster: state deploy_failed',
    template: 'iksGetCluster',
    status: 200,
    body: fill('iksGetCluster', {...classicCluster, state: 'deploy_failed'})
  },
  getClusterOptionalAbsent: {
    name: 'iks GET /v2/getCluster: optional parts absent',
    template: 'iksGetCluster',
    status: 200,
    body: fill('iksGetCluster', {
      id: classicCluster.id,
      name: classicCluster.name,
      region: classicCluster.region,
      resourceGroup: classicCluster.resourceGroup,
      provider: 'classic'
    })
  },
  getClusterNotFound: {
    ...iksError(
      404,
      'A0006',
      'The specified cluster could not be found. If applicable, make sure that you target the correct account, resource group or region.',
      'Authentication',
      undefined,
      // IBM has sent the incident ID twice, comma-separated (terraform-provider-ibm #3449).
      '5c7a1e2d-aaaa-4bbb-8ccc-0d1e2f3a4b5c,5c7a1e2d-aaaa-4bbb-8ccc-0d1e2f3a4b5c'
    )
  },
  // IKS getClusters
  getClustersSdk: {
    name: 'iks GET /v2/getClusters: SDK body',
    template: 'iksGetClusters',
    status: 200,
    body: sdkBody('iksGetClusters')
  },
  getClustersEmpty: {
    name: 'iks GET /v2/getClusters: no clusters',
    template: 'iksGetClusters',
    status: 200,
    body: []
  },
  // IKS getWorkers
  getWorkersSdk: {
    name: 'iks GET /v2/getWorkers: SDK body (VPC networkInterfaces)',
    template: 'iksGetWorkers',
    status: 200,
    body: sdkBody('iksGetWorkers')
  },
  getWorkersClassic: {
    name: 'iks GET /v2/getWorkers: classic worker (networkInformation)',
    template: 'iksGetWorkers',
    status: 200,
    body: [
      fill('iksGetWorkers', {
        id: 'kube-dal10-crbqclassicprod0000001-w1',
        location: 'dal10',
        poolName: 'default',
        health: {state: 'critical', message: 'Not Ready'},
        lifecycle: {
          actualState: 'deployed',
          message:
            'incorrect account for worker - The worker node instance ID could not be found.',
          messageDate: '2026-11-30T10:00:00Z'
        },
        networkInformation: {privateIP: '10.176.12.11'}
      })
    ]
  },
  getWorkersEmpty: {
    name: 'iks GET /v2/getWorkers: no workers',
    template: 'iksGetWorkers',
    status: 200,
    body: []
  },
  // IKS getWorkerPools / getWorkerPool
  getWorkerPoolsSdk: {
    name: 'iks GET /v2/getWorkerPools: SDK body (the generated test answers one object)',
    template: 'iksGetWorkerPool',
    status: 200,
    body: sdkBody('iksGetWorkerPools')
  },
  getWorkerPoolsVpc: {
    name: 'iks GET /v2/getWorkerPools: two VPC pools with subnets, one being deleted',
    template: 'iksGetWorkerPools',
    status: 200,
    body: [
      fill('iksGetWorkerPools', {
        id: 'cvpcprod000000000001-6b1e2a9',
        poolName: 'default',
        flavor: 'bx2.4x16',
        workerCount: 1,
        provider: 'vpc-gen2',
        lifecycle: {actualState: 'active', desiredState: 'active'},
        vpcID: 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
        zones: [
          {
            id: 'us-south-1',
            workerCount: 1,
            subnets: [
              {id: '0717-5e1b2c3d-4a5b-4c6d-8e7f-901a2b3c4d5e', primary: true}
            ]
          },
          {
            id: 'us-south-2',
            workerCount: 1,
            subnets: [
              {id: '0727-6f2c3d4e-5b6c-4d7e-9f80-a12b3c4d5e6f', primary: true}
            ]
          }
        ]
      }),
      fill('iksGetWorkerPools', {
        id: 'cvpcprod000000000001-0c4d7f1',
        poolName: 'edge',
        flavor: 'bx2.8x32',
        workerCount: 2,
        provider: 'vpc-gen2',
        lifecycle: {actualState: 'deleted', desiredState: 'deleted'},
        zones: []
      })
    ]
  },
  getWorkerPoolsEmpty: {
    name: 'iks GET /v2/getWorkerPools: no pools',
    template: 'iksGetWorkerPools',
    status: 200,
    body: []
  },
  getWorkerPoolSdk: {
    name: 'iks GET /v2/getWorkerPool: SDK body',
    template: 'iksGetWorkerPool',
    status: 200,
    body: sdkBody('iksGetWorkerPool')
  },
  getWorkerPoolNotFound: {
    name: "iks GET /v2/getWorkerPool: 404, the description IBM's provider matches",
    template: 'iksError',
    status: 404,
    body: fill('iksError', {
      incidentID: '7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c',
      description: 'The specified worker pool could not be found.'
    })
  },
  // IKS getFlavors
  getFlavorsSdk: {
    name: 'iks GET /v2/getFlavors: SDK body',
    template: 'iksGetFlavors',
    status: 200,
    body: sdkBody('iksGetFlavors')
  },
  getFlavorsZone: {
    name: 'iks GET /v2/getFlavors: a zone with one deprecated flavor',
    template: 'iksGetFlavors',
    status: 200,
    body: [
      fill('iksGetFlavors', {
        name: 'bx2.4x16',
        provider: 'vpc-gen2',
        deprecated: false
      }),
      fill('iksGetFlavors', {
        name: 'b2c.16x64',
        provider: 'classic',
        deprecated: true,
        correspondingFlavor: 'b3c.16x64'
      })
    ]
  },
  getFlavorsEmpty: {
    name: 'iks GET /v2/getFlavors: no flavor in the zone',
    template: 'iksGetFlavors',
    status: 200,
    body: []
  },
  flavorNotInZone: iksError(
    400,
    'E4e5b',
    'Could not find flavor in the requested zone.',
    'BadRequest',
    "To list available flavors, run 'ibmcloud ks flavors --zone <zone>'.",
    '6022c54923742713-DEN'
  ),
  // IKS /v1/credentials
  credentialsSdk: {
    name: 'iks GET /v1/credentials: SDK body',
    template: 'iksCredentials',
    status: 200,
    body: sdkBody('iksCredentials')
  },
  credentialsManual: {
    name: 'iks GET /v1/credentials: manual credentials',
    template: 'iksCredentials',
    status: 200,
    body: fill('iksCredentials', {apiUser: '2345678_ops@acme.example'})
  },
  credentialsEmpty: {
    name: 'iks GET /v1/credentials: 200 without apiUser',
    template: 'iksCredentials',
    status: 200,
    body: {}
  },
  credentialsNone: iksError(
    404,
    'E0051',
    'The user credentials could not be found.',
    'Authentication'
  ),
  // IKS /v1/infra-permissions
  infraPermissionsSdk: {
    name: 'iks GET /v1/infra-permissions: SDK body (every part insufficient)',
    template: 'iksInfraPermissions',
    status: 200,
    body: sdkBody('iksInfraPermissions')
  },
  infraPermissionsSufficient: {
    name: 'iks GET /v1/infra-permissions: nothing missing (parts absent)',
    template: 'iksInfraPermissions',
    status: 200,
    body: fill('iksInfraPermissions', {
      account: '1234567',
      accountType: 'linked account API key'
    })
  },
  infraPermissionsEmpty: {
    name: 'iks GET /v1/infra-permissions: empty object',
    template: 'iksInfraPermissions',
    status: 200,
    body: {}
  },
  infraPermissionsMixed: {
    name: 'iks GET /v1/infra-permissions: required and recommended in different categories',
    template: 'iksInfraPermissions',
    status: 200,
    body: fill('iksInfraPermissions', {
      account: '2345678',
      accountType: 'manually set IaaS credentials',
      virtualWorkerManagerPermissions: {
        required: {
          insufficient: true,
          missingPermissions: ['Add Server', 'View Virtual Server Details']
        },
        recommended: {insufficient: false, missingPermissions: []}
      },
      physicalWorkerManagerPermissions: {
        recommended: {insufficient: false}
      },
      networkManagerPermissions: {
        recommended: {insufficient: true, missingPermissions: ['Manage DNS']}
      },
      storageManagerPermissions: {
        required: {insufficient: true}
      }
    })
  },
  infraPermissionsTotp: iksError(
    401,
    'E0103',
    "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.",
    'Authentication'
  ),
  // IKS clusterkeyowner
  keyOwnerSdk: {
    name: 'iks GET /v1/logging/{c}/clusterkeyowner: SDK body',
    template: 'iksKeyOwner',
    status: 200,
    body: sdkBody('iksKeyOwner')
  },
  keyOwnerNoEmail: {
    name: 'iks GET /v1/logging/{c}/clusterkeyowner: no email',
    template: 'iksKeyOwner',
    status: 200,
    body: fill('iksKeyOwner', {
      id: 'ApiKey-3f2c1d0e-1111-4222-8333-944455566677',
      name: 'Acme Owner'
    })
  },
  // IKS versions (GET /v1/versions)
  versionsReal: {
    name: "iks GET /v1/versions: IBM docs' real answer (one end of service set)",
    template: 'iksVersions',
    status: 200,
    body: fill('iksVersions', {
      kubernetes: [
        {major: 1, minor: 19, patch: 16, default: false, end_of_service: ''},
        {major: 1, minor: 20, patch: 13, default: false, end_of_service: ''},
        {major: 1, minor: 21, patch: 7, default: true, end_of_service: ''},
        {major: 1, minor: 22, patch: 4, default: false, end_of_service: ''}
      ],
      openshift: [
        {
          major: 3,
          minor: 11,
          patch: 542,
          default: false,
          end_of_service: '2022-06-06T12:00:00+0000'
        },
        {major: 4, minor: 6, patch: 47, default: false, end_of_service: ''},
        {major: 4, minor: 7, patch: 37, default: false, end_of_service: ''},
        {major: 4, minor: 8, patch: 21, default: true, end_of_service: ''}
      ]
    })
  },
  versionsSdk: {
    name: "iks GET /v1/versions: the SDK's item under the kubernetes key",
    template: 'iksVersions',
    status: 200,
    body: fill('iksVersions', {
      kubernetes: (sdkBody('iksVersions') as {mapKey: unknown[]}).mapKey
    })
  },
  versionsEmpty: {
    name: 'iks GET /v1/versions: no versions listed',
    template: 'iksVersions',
    status: 200,
    body: fill('iksVersions', {kubernetes: [], openshift: []})
  },
  // A real IKS 500 body (IBM-Cloud/terraform-provider-ibm #3213).
  versionsError: iksError(
    500,
    'G0002',
    'An internal error occurred while processing your request.',
    'General',
    undefined,
    '8d10d1bc-e585-4995-9aa5-2c044ff55dc3'
  ),
  // IKS VLAN spanning of the classic account (region and resource group)
  vlanSpanSdk: {
    name: 'iks GET /v1/subnets/vlan-spanning: SDK body',
    template: 'iksVlanSpan',
    status: 200,
    body: sdkBody('iksVlanSpan')
  },
  // IKS classic VLANs of a zone
  vlansSdk: {
    name: 'iks GET /v1/datacenters/{zone}/vlans: SDK body',
    template: 'iksVlans',
    status: 200,
    body: sdkBody('iksVlans')
  },
  vlansDal10: {
    name: 'iks GET /v1/datacenters/{zone}/vlans: a private and a public VLAN (bluemix-go values)',
    template: 'iksVlans',
    status: 200,
    body: [
      fill('iksVlans', {
        id: '12345',
        type: 'private',
        properties: {
          name: '',
          note: '',
          primary_router: 'bcr01a.dal10',
          vlan_number: '1111',
          vlan_type: 'standard',
          location: '11',
          local_disk_storage_capability: 'true',
          san_storage_capability: 'true'
        }
      }),
      fill('iksVlans', {
        id: '12346',
        type: 'public',
        properties: {
          primary_router: 'fcr01a.dal10',
          vlan_number: '1112',
          vlan_type: 'standard',
          subnet_count: 2
        }
      })
    ]
  },
  vlansNone: {
    name: 'iks GET /v1/datacenters/{zone}/vlans: no VLANs in the zone',
    template: 'iksVlans',
    status: 200,
    body: []
  },
  notPaid: iksError(
    401,
    'E0057',
    'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.',
    'Authentication',
    "Run 'ibmcloud ks credential set classic' to set the infrastructure credentials."
  ),
  // IAM
  tokenError: {
    name: 'iam POST /identity/token: unknown key',
    template: 'iamTokenError',
    status: 400,
    body: fill('iamTokenError', {
      errorCode: 'BXNIM0415E',
      errorMessage: 'Provided API key could not be found.',
      errorDetails: 'The API key could not be found in account a1b2c3.',
      context: {
        requestId: 'req-7d1c0a2e-0b9f-4e3d-a1f2-0c9d8e7f6a5b',
        url: 'https://iam.cloud.ibm.com'
      }
    })
  },
  apiKeyDetailsSdk: {
    name: 'iam GET /v1/apikeys/details: SDK body',
    template: 'iamApiKeyDetails',
    status: 200,
    body: sdkBody('iamApiKeyDetails')
  },
  accountSettingsSdk: {
    name: 'iam GET /v1/accounts/{id}/settings/identity: SDK body',
    template: 'iamAccountSettings',
    status: 200,
    body: sdkBody('iamAccountSettings')
  },
  effectiveSettingsSdk: {
    name: 'iam GET /v1/accounts/{id}/effective_settings/identity: SDK body',
    template: 'iamEffectiveSettings',
    status: 200,
    body: sdkBody('iamEffectiveSettings')
  },
  identityError: {
    name: 'iam GET /v1/...: IAM Identity error',
    template: 'iamIdentityError',
    status: 403,
    body: fill('iamIdentityError', {
      trace: 'trace-0a1b2c3d',
      status_code: '403',
      errors: [
        {
          code: 'insufficient_permissions',
          message_code: 'BXNIM0513E',
          message: 'You are not authorized to access this resource.'
        }
      ]
    })
  },
  // Account Management and Resource Manager
  accountSdk: {
    name: 'accounts GET /v4/accounts/{id}: SDK body',
    template: 'accountsGetAccount',
    status: 200,
    body: sdkBody('accountsGetAccount')
  },
  accountNoLink: {
    name: 'accounts GET /v4/accounts/{id}: no linked classic account',
    template: 'accountsGetAccount',
    status: 200,
    body: {
      ...(sdkBody('accountsGetAccount') as Record<string, unknown>),
      linked_softlayer_account: ''
    }
  },
  resourceGroupsSdk: {
    name: 'rc GET /v2/resource_groups: SDK body',
    template: 'rcResourceGroups',
    status: 200,
    body: sdkBody('rcResourceGroups')
  },
  // VPC
  gatewaysModel: {
    name: 'vpc GET /v1/endpoint_gateways: model body (deleted IP, reasons, next page)',
    template: 'vpcEndpointGateways',
    status: 200,
    body: verbatim('vpcEndpointGateways')
  },
  gatewaysUnselectedIp: {
    name: 'vpc GET /v1/endpoint_gateways: reserved IP 0.0.0.0, last page',
    template: 'vpcEndpointGateways',
    status: 200,
    body: fill('vpcEndpointGateways', {
      endpoint_gateways: [
        {
          id: 'r006-7a1b2c3d-0e1f-4a2b-8c3d-4e5f6a7b8c01',
          name: 'renamed-by-someone',
          lifecycle_state: 'pending',
          health_state: 'inapplicable',
          lifecycle_reasons: [
            {
              code: 'dns_resolution_binding_pending',
              message: 'The DNS resolution binding is pending.',
              more_info: 'https://cloud.ibm.com/docs/vpc'
            }
          ],
          ips: [
            {
              address: '0.0.0.0',
              href: 'https://us-south.iaas.cloud.ibm.com/v1/subnets/0717-aaaa/reserved_ips/0717-bbbb',
              id: '0717-bbbb',
              name: 'ip-1',
              resource_type: 'subnet_reserved_ip'
            }
          ],
          target: {
            crn: 'crn:v1:bluemix:public:containers-kubernetes:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:cvpcprod000000000001::',
            resource_type: 'provider_cloud_service'
          },
          vpc: {
            id: 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
            resource_type: 'vpc'
          }
        }
      ],
      first: {
        href: 'https://us-south.iaas.cloud.ibm.com/v1/endpoint_gateways?limit=100'
      },
      limit: 100,
      total_count: 1
    })
  },
  securityGroupsSdk: {
    name: 'vpc GET /v1/security_groups: SDK body (address remote, next page)',
    template: 'vpcSecurityGroups',
    status: 200,
    body: sdkBody('vpcSecurityGroups')
  },
  securityGroupsRemote: {
    name: 'vpc GET /v1/security_groups: a cluster group with remote, CIDR and address rules, last page',
    template: 'vpcSecurityGroups',
    status: 200,
    body: fill('vpcSecurityGroups', {
      first: {
        href: 'https://us-south.iaas.cloud.ibm.com/v1/security_groups?limit=100'
      },
      limit: 100,
      security_groups: [
        {
          id: 'r006-6b0e4c0a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
          name: 'kube-cvpcprod000000000001',
          rules: [
            {
              direction: 'inbound',
              id: 'r006-1a',
              ip_version: 'ipv4',
              protocol: 'all',
              remote: {
                crn: 'crn:v1:bluemix:public:is:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90::security-group:r006-6b0e4c0a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
                href: 'https://us-south.iaas.cloud.ibm.com/v1/security_groups/r006-6b0e4c0a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
                id: 'r006-6b0e4c0a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
                name: 'kube-cvpcprod000000000001'
              }
            },
            {
              direction: 'outbound',
              id: 'r006-1b',
              ip_version: 'ipv4',
              protocol: 'tcp',
              port_min: 443,
              port_max: 443,
              remote: {cidr_block: '161.26.0.0/16'}
            },
            {
              direction: 'inbound',
              id: 'r006-1c',
              ip_version: 'ipv4',
              protocol: 'icmp',
              type: 8,
              remote: {address: '10.240.0.4'}
            }
          ],
          targets: [],
          vpc: {
            crn: 'crn:v1:bluemix:public:is:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90::vpc:r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
            href: 'https://us-south.iaas.cloud.ibm.com/v1/vpcs/r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
            id: 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d',
            name: 'prod-vpc-net'
          }
        }
      ],
      total_count: 1
    })
  },
  vpcError: {
    name: 'vpc error: bad version',
    template: 'vpcError',
    status: 400,
    body: fill('vpcError', {
      errors: [
        {
          code: 'bad_request',
          message: 'The version query parameter is required.',
          more_info: 'https://cloud.ibm.com/docs/vpc?topic=vpc-api-errors',
          target: {name: 'version', type: 'parameter', value: ''}
        }
      ],
      trace: 'vpc-trace-1'
    })
  },
  // IAM Policy Management: authorization policies
  policiesSdk: {
    name: 'iam GET /v1/policies: SDK body',
    template: 'iamPolicies',
    status: 200,
    body: sdkBody('iamPolicies')
  },
  policiesIksToKms: {
    name: 'iam GET /v1/policies: Kubernetes Service → Key Protect instance, last page',
    template: 'iamPolicies',
    status: 200,
    body: fill('iamPolicies', {
      limit: 50,
      first: {href: 'https://iam.cloud.ibm.com/v1/policies?limit=50'},
      policies: [
        {
          id: '8a1f3c2e-6b4d-4e9a-9c7b-2d1e0f3a4b5c',
          type: 'authorization',
          subjects: [
            {
              attributes: [
                {name: 'serviceName', value: 'containers-kubernetes'},
                {name: 'accountId', value: 'a1b2c3d4e5f60718293a4b5c6d7e8f90'}
              ]
            }
          ],
          roles: [
            {
              role_id: 'crn:v1:bluemix:public:iam::::serviceRole:Reader',
              display_name: 'Reader'
            },
            {
              role_id:
                'crn:v1:bluemix:public:iam::::serviceRole:AuthorizationDelegator',
              display_name: 'Authorization Delegator'
            }
          ],
          resources: [
            {
              attributes: [
                {name: 'serviceName', value: 'kms', operator: 'stringEquals'},
                {
                  name: 'serviceInstance',
                  value: '2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b',
                  operator: 'stringEquals'
                },
                {
                  name: 'accountId',
                  value: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
                  operator: 'stringEquals'
                }
              ]
            }
          ],
          state: 'active'
        }
      ]
    })
  },
  policiesForbidden: {
    name: 'iam GET /v1/policies: 403',
    template: 'iamIdentityError',
    status: 403,
    body: fill('iamIdentityError', {
      trace: '5a7c2e1f-0b3d-4c6e-8f9a-1b2c3d4e5f60',
      status_code: '403',
      errors: [
        {
          code: 'insufficient_permissions',
          message_code: 'insufficient_permissions',
          message: 'You are not allowed to list policies.'
        }
      ]
    })
  },
  // Resource Controller: resource instance
  resourceInstanceSdk: {
    name: 'rc GET /v2/resource_instances/{id}: SDK body',
    template: 'rcResourceInstance',
    status: 200,
    body: sdkBody('rcResourceInstance')
  },
  resourceInstanceKeyProtect: {
    name: 'rc GET /v2/resource_instances/{id}: active Key Protect instance',
    template: 'rcResourceInstance',
    status: 200,
    body: fill('rcResourceInstance', {
      id: 'crn:v1:bluemix:public:kms:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b::',
      guid: '2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b',
      crn: 'crn:v1:bluemix:public:kms:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b::',
      name: 'prod-key-protect',
      region_id: 'us-south',
      account_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      resource_group_id: '5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01',
      state: 'active',
      type: 'service_instance'
    })
  },
  resourceInstanceRemoved: {
    name: 'rc GET /v2/resource_instances/{id}: removed Hyper Protect Crypto Services instance',
    template: 'rcResourceInstance',
    status: 200,
    body: fill('rcResourceInstance', {
      id: 'crn:v1:bluemix:public:hs-crypto:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a::',
      guid: '7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a',
      crn: 'crn:v1:bluemix:public:hs-crypto:us-south:a/a1b2c3d4e5f60718293a4b5c6d7e8f90:7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a::',
      name: 'old-hpcs',
      account_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      state: 'removed'
    })
  },
  subnetSdk: {
    name: 'vpc GET /v1/subnets/{id}: SDK body',
    template: 'vpcSubnet',
    status: 200,
    body: sdkBody('vpcSubnet')
  },
  subnetNearlyFull: {
    name: 'vpc GET /v1/subnets/{id}: 2 free addresses, no public gateway',
    template: 'vpcSubnet',
    status: 200,
    body: fill('vpcSubnet', {
      id: '0717-a9dc7d7462b3f5262ca912e02e7a',
      name: 'prod-vpc-us-south-2',
      available_ipv4_address_count: 2,
      total_ipv4_address_count: 16,
      ipv4_cidr_block: '10.240.64.0/28',
      status: 'available',
      zone: {name: 'us-south-2'},
      vpc: {id: 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d', name: 'prod'}
    })
  },
  subnetNotFound: {
    name: 'vpc GET /v1/subnets/{id}: 404 not_found',
    template: 'vpcError',
    status: 404,
    body: fill('vpcError', {
      errors: [
        {
          code: 'not_found',
          message: 'Subnet not found.',
          more_info:
            'https://cloud.ibm.com/docs/vpc?topic=vpc-rias-error-messages',
          target: {name: 'id', type: 'parameter', value: '0717-nope'}
        }
      ],
      trace: 'vpc-trace-2'
    })
  },
  vpcSdk: {
    name: 'vpc GET /v1/vpcs/{id}: SDK body',
    template: 'vpcVpc',
    status: 200,
    body: sdkBody('vpcVpc')
  },
  vpcForbidden: {
    name: 'vpc GET /v1/vpcs/{id}: 403',
    template: 'vpcError',
    status: 403,
    body: fill('vpcError', {
      errors: [
        {
          code: 'forbidden',
          message: 'You are not authorized to access this resource.',
          more_info:
            'https://cloud.ibm.com/docs/vpc?topic=vpc-rias-error-messages'
        }
      ],
      trace: 'vpc-trace-3'
    })
  },
  // SoftLayer
  devices: {
    name: 'softlayer GET /SoftLayer_Account/getVirtualGuests: devices',
    template: 'slDevice',
    status: 200,
    body: [
      fill('slDevice', {
        id: 100001,
        hostname: 'kube-dal10-crbqclassicprod0000001-w1',
        domain: 'cloud.ibm',
        fullyQualifiedDomainName:
          'kube-dal10-crbqclassicprod0000001-w1.cloud.ibm',
        primaryBackendIpAddress: '10.176.12.11',
        primaryIpAddress: '169.61.1.11',
        status: {keyName: 'ACTIVE', name: 'Active'},
        datacenter: {id: 1441195, name: 'dal10'}
      })
    ]
  },
  slErrorWith200: {
    name: 'softlayer error body with HTTP 200',
    template: 'slError',
    status: 200,
    body: fill('slError', {
      error: 'Access Denied. ',
      code: 'SoftLayer_Exception_Public'
    })
  },
  slError401: {
    name: 'softlayer error 401',
    template: 'slError',
    status: 401,
    body: fill('slError', {
      error: 'Invalid API token.',
      code: 'SoftLayer_Exception_InvalidLegacyToken'
    })
  },
  // User Management
  umUserSdk: {
    name: 'um GET /v2/accounts/{a}/users/{iam_id}: SDK body',
    template: 'umUserProfile',
    status: 200,
    body: sdkBody('umUserProfile')
  },
  umUserActive: {
    name: 'um GET /v2/accounts/{a}/users/{iam_id}: an active user',
    template: 'umUserProfile',
    status: 200,
    body: fill('umUserProfile', {
      id: '6600000OWN-profile',
      iam_id: 'IBMid-6600000OWN',
      realm: 'IBMid',
      user_id: 'owner@acme.example',
      firstname: 'Acme',
      lastname: 'Owner',
      state: 'ACTIVE',
      email: 'owner@acme.example',
      account_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      added_on: '2024-03-01T09:00:00Z'
    })
  },
  umUserSuspended: {
    name: 'um GET /v2/accounts/{a}/users/{iam_id}: a user in another state (SUSPENDED)',
    template: 'umUserProfile',
    status: 200,
    body: fill('umUserProfile', {
      iam_id: 'IBMid-6600000OWN',
      realm: 'IBMid',
      user_id: 'owner@acme.example',
      state: 'SUSPENDED',
      email: 'owner@acme.example',
      account_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
    })
  },
  umUsersPage: {
    name: 'um GET /v2/accounts/{a}/users: one page, states as IBM sends them',
    template: 'umUserList',
    status: 200,
    body: fill('umUserList', {
      total_results: 2,
      limit: 100,
      first_url:
        '/v2/accounts/a1b2c3d4e5f60718293a4b5c6d7e8f90/users?limit=100',
      resources: [
        fill('umUserProfile', {
          iam_id: 'IBMid-6600000OWN',
          realm: 'IBMid',
          user_id: 'owner@acme.example',
          state: 'ACTIVE',
          email: 'owner@acme.example'
        }),
        fill('umUserProfile', {
          iam_id: 'IBMid-6600000VPN',
          realm: 'SL',
          user_id: '1234567_vpn',
          state: 'VPN_ONLY'
        })
      ]
    })
  },
  // No public source gives the answer for a user who left the account (assumption A20): 404 is our model.
  umUserNotFound: {
    name: 'um error 404: not a user of the account',
    template: 'umError',
    status: 404,
    body: fill('umError', {
      errors: [{code: 'not_found', message: 'User not found.'}],
      trace: 'um-trace-404',
      status_code: 404
    })
  },
  umForbidden: {
    name: 'um error 403: no role on User Management',
    template: 'umError',
    status: 403,
    body: fill('umError', {
      errors: [
        {
          code: 'forbidden',
          message: 'You are not authorized to view the users of this account.'
        }
      ],
      trace: 'um-trace-403',
      status_code: 403
    })
  }
} satisfies Record<string, Fixture>

export type FixtureName = keyof typeof FIXTURES

/** Every fixture with its source, for the report and the coverage test. */
export function fixtureSources(): Array<{name: string; source: string}> {
  return Object.values(FIXTURES).map(f => ({name: f.name, source: source(f)}))
}
