import {
  fixtureBody,
  serveRoutes,
  type Route,
  type Seen
} from './support/route-server.js'
import {Deadline} from '../src/ibm/deadline.js'
import {ApiError} from '../src/ibm/errors.js'
import {HttpClient} from '../src/ibm/http.js'
import {
  type AuthorizationNeed,
  type AuthorizationPolicy,
  BLOCK_STORAGE_KMS_ROLES,
  crnServiceName,
  findAuthorization,
  IAM_SERVICE,
  IKS_KMS_ROLES,
  isInstanceActive,
  KmsAccessClient
} from '../src/ibm/kms-access.js'
import {NetworkMoreClient} from '../src/ibm/network-more.js'
import {VPC_API_VERSION} from '../src/ibm/vpc.js'

const TOKEN = 'network-more-test-token-0001'
const REFRESH = 'network-more-refresh-token-0001'

const fixture = (name: string): unknown => fixtureBody('network-more', name)
const serve = (routes: Record<string, Route | Route[]>) =>
  serveRoutes(
    routes,
    '{"code":"not_found","message":"no such route in the test"}'
  )

interface Clients {
  net: NetworkMoreClient
  kms: KmsAccessClient
}

async function withClients<T>(
  routes: Record<string, Route | Route[]>,
  fn: (c: Clients, seen: Seen[]) => Promise<T>
): Promise<T> {
  const srv = await serve(routes)
  const http = new HttpClient({
    deadline: new Deadline(10_000),
    maxConcurrency: 4,
    maxAttempts: 1
  })
  try {
    return await fn(
      {
        net: new NetworkMoreClient(http, {
          containers: `${srv.base}/global`,
          vpc: region => `${srv.base}/${region}/v1`
        }),
        kms: new KmsAccessClient(http, {
          iam: `${srv.base}/iam`,
          resourceController: `${srv.base}/rc`
        })
      },
      srv.seen
    )
  } finally {
    http.close()
    await srv.close()
  }
}

async function apiError(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected an ApiError')
}

describe('classic VLANs of a zone (IKS)', () => {
  const PATH = '/global/v1/datacenters/dal10/vlans'

  test('GET /v1/datacenters/{zone}/vlans: the bluemix-go body, with the refresh token header when known', () =>
    withClients(
      {[PATH]: {body: fixture('vlans-dal10-bluemix')}},
      async ({net}, seen) => {
        expect(await net.getZoneVlans(TOKEN, 'dal10', REFRESH)).toEqual([
          {
            id: '12345',
            type: 'private',
            name: undefined,
            primaryRouter: 'something.dal10',
            vlanNumber: '1111',
            vlanType: 'standard',
            location: '11',
            subnetCount: undefined
          }
        ])
        expect(seen).toEqual([
          {
            method: 'GET',
            path: PATH,
            query: {},
            auth: `Bearer ${TOKEN}`,
            refresh: REFRESH
          }
        ])
      }
    ))

  test('the generated SDK body (placeholders, subnet_count); no refresh token header when none is known', () =>
    withClients(
      {[PATH]: {body: fixture('vlans-sdk-generated')}},
      async ({net}, seen) => {
        expect(await net.getZoneVlans(TOKEN, 'dal10')).toEqual([
          {
            id: 'ID',
            type: 'type',
            name: 'Name',
            primaryRouter: 'PrimaryRouter',
            vlanNumber: 'VlanNumber',
            vlanType: 'VlanType',
            location: 'Location',
            subnetCount: 11
          }
        ])
        expect(seen[0]!.refresh).toBeUndefined()
      }
    ))

  test('a numeric VLAN id reads as its string; other casing of keys reads too; the zone is encoded', () =>
    withClients(
      {
        '/global/v1/datacenters/dal%2F10/vlans': {
          body: [
            {ID: 3249706, Type: 'Public', properties: {VLAN_Number: '1004'}}
          ]
        }
      },
      async ({net}) => {
        expect(await net.getZoneVlans(TOKEN, 'dal/10')).toMatchObject([
          {id: '3249706', type: 'public', vlanNumber: '1004'}
        ])
      }
    ))

  test('a zone without VLANs is an empty list, not an error', () =>
    withClients({[PATH]: {body: []}}, async ({net}) => {
      expect(await net.getZoneVlans(TOKEN, 'dal10')).toEqual([])
    }))

  test.each<[string, unknown]>([
    ['a VLAN without id', [{type: 'private'}]],
    ['a negative subnet count', [{id: '1', properties: {subnet_count: -1}}]],
    ['an object instead of a list', {vlans: []}],
    ['an empty body', undefined]
  ])('unreadable VLAN list (%s) is "could not verify"', (_n, body) =>
    withClients(
      {[PATH]: body === undefined ? {raw: ''} : {body}},
      async ({net}) => {
        const e = await apiError(net.getZoneVlans(TOKEN, 'dal10', REFRESH))
        expect([e.kind, e.service, e.operation]).toEqual([
          'unreadable',
          'iks',
          'list zone VLANs'
        ])
        expect(e.message).not.toContain(TOKEN)
        expect(e.message).not.toContain(REFRESH)
      }
    )
  )

  test('an IKS error keeps its status and code', () =>
    withClients(
      {
        [PATH]: {
          status: 400,
          body: {
            incidentID: '5fb13a93a3138cf7-PDX',
            code: 'E0020',
            description: 'One or more required fields are missing.',
            type: 'BadRequest'
          }
        }
      },
      async ({net}) => {
        const e = await apiError(net.getZoneVlans(TOKEN, 'dal10'))
        expect([e.kind, e.status, e.code]).toEqual(['http', 400, 'E0020'])
      }
    ))
})

describe('VPC subnet', () => {
  const ID = '7ec86020-1c6e-4889-b3f0-a15f2e50f87e'
  const PATH = `/us-south/v1/subnets/${ID}`

  test('GET /v1/subnets/{id}: zone, VPC, free and total addresses, CIDR, status; version pinned', () =>
    withClients(
      {[PATH]: {body: fixture('subnet-sdk')}},
      async ({net}, seen) => {
        expect(await net.getSubnet(TOKEN, 'us-south', ID)).toEqual({
          kind: 'found',
          subnet: {
            id: ID,
            name: 'my-subnet',
            crn: `crn:v1:bluemix:public:is:us-south-1:a/123456::subnet:${ID}`,
            zone: 'us-south-1',
            vpcId: '4727d842-f94f-4a2d-824a-9bc9b02c523b',
            vpcName: 'my-vpc',
            availableIpv4: 15,
            totalIpv4: 256,
            ipv4Cidr: '10.0.0.0/24',
            status: 'available'
          }
        })
        expect(seen).toEqual([
          {
            method: 'GET',
            path: PATH,
            query: {version: VPC_API_VERSION, generation: '2'},
            auth: `Bearer ${TOKEN}`
          }
        ])
      }
    ))

  test('404 is "no such subnet", 403 is "the key cannot see it": answers, not errors', async () => {
    await withClients({}, async ({net}) => {
      expect(await net.getSubnet(TOKEN, 'us-south', ID)).toEqual({
        kind: 'not-found'
      })
    })
    await withClients(
      {
        [PATH]: {
          status: 403,
          body: {
            errors: [{code: 'not_authorized', message: 'Not authorized.'}],
            trace: 't-1'
          }
        }
      },
      async ({net}) => {
        expect(await net.getSubnet(TOKEN, 'us-south', ID)).toEqual({
          kind: 'forbidden'
        })
      }
    )
  })

  test('a subnet without its address counts has none (undefined, never 0)', () =>
    withClients(
      {[PATH]: {body: {id: ID, zone: {name: 'us-south-2'}, vpc: {id: 'v'}}}},
      async ({net}) => {
        const r = await net.getSubnet(TOKEN, 'us-south', ID)
        expect(r).toEqual({
          kind: 'found',
          subnet: expect.objectContaining({
            zone: 'us-south-2',
            vpcId: 'v',
            availableIpv4: undefined,
            totalIpv4: undefined
          }) as unknown
        })
      }
    ))

  test.each<[string, unknown]>([
    ['no id', {available_ipv4_address_count: 3}],
    ['a negative count', {id: ID, available_ipv4_address_count: -3}],
    ['a count as text', {id: ID, available_ipv4_address_count: '3'}],
    ['a zone as text', {id: ID, zone: 'us-south-1'}]
  ])('an unreadable subnet (%s) is "could not verify"', (_n, body) =>
    withClients({[PATH]: {body}}, async ({net}) => {
      const e = await apiError(net.getSubnet(TOKEN, 'us-south', ID))
      expect([e.kind, e.service]).toEqual(['unreadable', 'vpc'])
    })
  )

  test('401 stays an error', () =>
    withClients(
      {
        [PATH]: {
          status: 401,
          body: {errors: [{code: 'not_authorized', message: 'Unauthorized'}]}
        }
      },
      async ({net}) => {
        const e = await apiError(net.getSubnet(TOKEN, 'us-south', ID))
        expect([e.kind, e.status]).toEqual(['http', 401])
      }
    ))
})

describe('VPC (GET /v1/vpcs/{id})', () => {
  const ID = '4727d842-f94f-4a2d-824a-9bc9b02c523b'
  const PATH = `/us-south/v1/vpcs/${ID}`

  test('the SDK body: id, name, CRN, status; version pinned', () =>
    withClients({[PATH]: {body: fixture('vpc-sdk')}}, async ({net}, seen) => {
      expect(await net.getVpc(TOKEN, 'us-south', ID)).toEqual({
        kind: 'found',
        vpc: {
          id: ID,
          name: 'my-vpc',
          crn: `crn:v1:bluemix:public:is:us-south:a/123456::vpc:${ID}`,
          status: 'available'
        }
      })
      expect(seen).toEqual([
        {
          method: 'GET',
          path: PATH,
          query: {version: VPC_API_VERSION, generation: '2'},
          auth: `Bearer ${TOKEN}`
        }
      ])
    }))

  test('404 and 403 are answers; 500 and an unreadable body are errors', async () => {
    await withClients({}, async ({net}) => {
      expect(await net.getVpc(TOKEN, 'us-south', ID)).toEqual({
        kind: 'not-found'
      })
    })
    await withClients(
      {
        [PATH]: {
          status: 403,
          body: {errors: [{code: 'forbidden', message: 'Forbidden'}]}
        }
      },
      async ({net}) => {
        expect(await net.getVpc(TOKEN, 'us-south', ID)).toEqual({
          kind: 'forbidden'
        })
      }
    )
    await withClients({[PATH]: {body: {name: 'no id'}}}, async ({net}) => {
      const e = await apiError(net.getVpc(TOKEN, 'us-south', ID))
      expect([e.kind, e.service, e.operation]).toEqual([
        'unreadable',
        'vpc',
        'get VPC'
      ])
    })
  })
})

describe('VPC security groups', () => {
  const VPC = '4727d842-f94f-4a2d-824a-9bc9b02c523b'
  const PATH = '/us-south/v1/security_groups'
  const base = {
    version: VPC_API_VERSION,
    generation: '2',
    limit: '100',
    'vpc.id': VPC
  }

  test('every page (start from next.href; version and generation on each), with rules and remote rules counted', () =>
    withClients(
      {
        [PATH]: [
          {body: fixture('security-groups-page-1-sdk')},
          {body: fixture('security-groups-page-2-remote-rules')}
        ]
      },
      async ({net}, seen) => {
        expect(await net.listSecurityGroups(TOKEN, 'us-south', VPC)).toEqual([
          {
            id: 'be5df5ca-12a0-494b-907e-aa6ec2bfa271',
            name: 'my-security-group',
            vpcId: VPC,
            rules: {total: 1, remote: 0, uniqueRemotes: 0}
          },
          {
            id: 'r006-6b0e4c0a-1b2c-4d3e-8f90-a1b2c3d4e5f6',
            name: 'kube-cvpcprod000000000001',
            vpcId: VPC,
            rules: {total: 4, remote: 2, uniqueRemotes: 2}
          }
        ])
        expect(seen.map(s => s.query)).toEqual([
          base,
          {...base, start: '9d5a91a3e2cbd233b5a5b33436855ed1'}
        ])
      }
    ))

  test('groups of another VPC are dropped (a server that ignores vpc.id); no rules list is "unknown"', () =>
    withClients(
      {
        [PATH]: {
          body: {
            security_groups: [
              {id: 'a', vpc: {id: 'other-vpc'}, rules: []},
              {id: 'b', vpc: {id: VPC}},
              {id: 'c', vpc: {id: VPC}, rules: [{remote: {id: 'x'}}]},
              // Load-balancer node ports: many rules, one remote group (VPC limits unique remotes).
              {
                id: 'd',
                vpc: {id: VPC},
                rules: [
                  {remote: {id: 'lbaas'}},
                  {remote: {id: 'lbaas'}},
                  {remote: {id: 'lbaas'}},
                  {remote: {cidr_block: '10.0.0.0/8'}},
                  {remote: {name: 'peer'}}
                ]
              }
            ]
          }
        }
      },
      async ({net}) => {
        expect(await net.listSecurityGroups(TOKEN, 'us-south', VPC)).toEqual([
          {id: 'b', name: undefined, vpcId: VPC, rules: undefined},
          {
            id: 'c',
            name: undefined,
            vpcId: VPC,
            rules: {total: 1, remote: 1, uniqueRemotes: 1}
          },
          {
            id: 'd',
            name: undefined,
            vpcId: VPC,
            rules: {total: 5, remote: 4, uniqueRemotes: 2}
          }
        ])
      }
    ))

  test.each<[string, unknown]>([
    [
      'a next link without start',
      {security_groups: [], next: {href: 'https://x/v1/security_groups'}}
    ],
    [
      'a next link that repeats the page',
      {security_groups: [], next: {href: '/v1/security_groups?start=same'}}
    ]
  ])('%s is unreadable, not an endless loop', (_n, body) =>
    withClients({[PATH]: {body}}, async ({net}, seen) => {
      const e = await apiError(net.listSecurityGroups(TOKEN, 'us-south', VPC))
      expect(e.kind).toBe('unreadable')
      expect(seen.length).toBeLessThanOrEqual(2)
    })
  )

  test('the page cap: a server that never ends is unreadable after 20 pages', () => {
    let n = 0
    const pages = Array.from({length: 25}, () => ({
      body: {
        security_groups: [{id: `g${n}`, vpc: {id: VPC}}],
        next: {href: `/v1/security_groups?start=p${++n}`}
      }
    }))
    return withClients({[PATH]: pages}, async ({net}, seen) => {
      const e = await apiError(net.listSecurityGroups(TOKEN, 'us-south', VPC))
      expect(e.kind).toBe('unreadable')
      expect(e.detail).toContain('more than 20 pages')
      expect(seen).toHaveLength(20)
    })
  })

  test('a group without id is unreadable', () =>
    withClients(
      {[PATH]: {body: {security_groups: [{name: 'x'}]}}},
      async ({net}) => {
        const e = await apiError(net.listSecurityGroups(TOKEN, 'us-south', VPC))
        expect([e.kind, e.operation]).toEqual([
          'unreadable',
          'list security groups'
        ])
      }
    ))
})

const ACC = '0123456789abcdef0123456789abcdef'
const KP = '12345678-aaaa-4bbb-8ccc-1234567890ab'

describe('IAM authorization policies', () => {
  const PATH = '/iam/v1/policies'
  const query = {account_id: ACC, type: 'authorization', state: 'active'}

  test('every page is read, following next.start (the SDK pager fixtures)', () =>
    withClients(
      {
        [PATH]: [
          {body: fixture('policies-page-1-sdk')},
          {body: fixture('policies-page-2-sdk')}
        ]
      },
      async ({kms}, seen) => {
        const policies = await kms.listAuthorizationPolicies(TOKEN, ACC)
        expect(policies).toHaveLength(2)
        expect(policies[0]).toEqual({
          id: 'ID',
          state: 'active',
          subjects: [[{name: 'Name', value: 'Value', operator: undefined}]],
          resources: [[{name: 'Name', value: 'Value', operator: 'Operator'}]],
          roles: [{roleId: 'RoleID', displayName: 'DisplayName'}]
        })
        expect(seen.map(s => s.query)).toEqual([query, {...query, start: '1'}])
        expect(seen.every(s => s.auth === `Bearer ${TOKEN}`)).toBe(true)
      }
    ))

  test('three pages, the last without next; a next with only an href uses its start', () =>
    withClients(
      {
        [PATH]: [
          {body: fixture('policies-sdk-generated')},
          {
            body: {
              policies: [{id: 'p2'}],
              next: {href: 'https://iam.cloud.ibm.com/v1/policies?start=tok3'}
            }
          },
          {body: {policies: [{id: 'p3'}]}}
        ]
      },
      async ({kms}, seen) => {
        const policies = await kms.listAuthorizationPolicies(TOKEN, ACC)
        expect(policies.map(p => p.id)).toEqual(['ID', 'p2', 'p3'])
        expect(seen.map(s => s.query['start'])).toEqual([
          undefined,
          'Start',
          'tok3'
        ])
      }
    ))

  test('a server that repeats the same next page is unreadable, not an endless loop', () =>
    withClients(
      {[PATH]: {body: {policies: [], next: {start: 'again'}}}},
      async ({kms}, seen) => {
        const e = await apiError(kms.listAuthorizationPolicies(TOKEN, ACC))
        expect([e.kind, e.service]).toEqual(['unreadable', 'iam'])
        expect(e.detail).toContain('same next page twice')
        expect(seen).toHaveLength(2)
      }
    ))

  test.each<[string, unknown]>([
    ['a policy without id', {policies: [{state: 'active'}]}],
    [
      'attributes that are not a list',
      {policies: [{id: 'p', subjects: [{attributes: 'x'}]}]}
    ],
    ['policies that are not a list', {policies: {}}]
  ])('an unreadable policy list (%s) is "could not verify"', (_n, body) =>
    withClients({[PATH]: {body}}, async ({kms}) => {
      const e = await apiError(kms.listAuthorizationPolicies(TOKEN, ACC))
      expect([e.kind, e.operation]).toEqual([
        'unreadable',
        'list authorization policies'
      ])
    })
  )

  test('a non-string attribute value is kept as no value (it can never match)', () =>
    withClients(
      {
        [PATH]: {
          body: {
            policies: [
              {
                id: 'p',
                subjects: [{attributes: [{name: 'serviceName', value: 7}]}]
              }
            ]
          }
        }
      },
      async ({kms}) => {
        const [p] = await kms.listAuthorizationPolicies(TOKEN, ACC)
        expect(p!.subjects).toEqual([
          [{name: 'serviceName', value: undefined, operator: undefined}]
        ])
      }
    ))

  test('a realistic list answers the KMS questions: IKS and block storage may use Key Protect, nothing may use HPCS', () =>
    withClients(
      {[PATH]: {body: fixture('policies-kms-handmade')}},
      async ({kms}) => {
        const policies = await kms.listAuthorizationPolicies(TOKEN, ACC)
        const target = {
          serviceName: IAM_SERVICE.keyProtect,
          instanceId: KP,
          accountId: ACC
        }
        expect(
          findAuthorization(policies, {
            source: {serviceName: IAM_SERVICE.kubernetes, accountId: ACC},
            target,
            roles: IKS_KMS_ROLES
          })
        ).toEqual({
          verdict: 'granted',
          policyIds: ['b8e1c2d3-0001-4000-8000-000000000001']
        })
        expect(
          findAuthorization(policies, {
            source: {serviceName: IAM_SERVICE.blockStorage, accountId: ACC},
            target,
            roles: BLOCK_STORAGE_KMS_ROLES
          })
        ).toEqual({
          verdict: 'granted',
          policyIds: ['b8e1c2d3-0002-4000-8000-000000000002']
        })
        expect(
          findAuthorization(policies, {
            source: {serviceName: IAM_SERVICE.kubernetes, accountId: ACC},
            target: {...target, serviceName: IAM_SERVICE.hyperProtectCrypto},
            roles: IKS_KMS_ROLES
          })
        ).toEqual({
          verdict: 'missing',
          missingRoles: ['Reader', 'AuthorizationDelegator'],
          policyIds: []
        })
      }
    ))
})

describe('findAuthorization (pure)', () => {
  const OTHER = '0000000000000000000000000000ffff'
  const need: AuthorizationNeed = {
    source: {serviceName: 'containers-kubernetes', accountId: ACC},
    target: {serviceName: 'kms', instanceId: KP, accountId: ACC},
    roles: IKS_KMS_ROLES
  }
  type Attrs = Record<string, string | [string, string]>
  const attrs = (a: Attrs) =>
    Object.entries(a).map(([name, v]) =>
      Array.isArray(v)
        ? {name, operator: v[0], value: v[1]}
        : {name, operator: 'stringEquals', value: v}
    )
  const policy = (
    id: string,
    roles: string[],
    o: {subject?: Attrs; resource?: Attrs; state?: string} = {}
  ): AuthorizationPolicy => ({
    id,
    state: o.state ?? 'active',
    subjects: [
      attrs(o.subject ?? {accountId: ACC, serviceName: 'containers-kubernetes'})
    ],
    resources: [
      attrs(
        o.resource ?? {accountId: ACC, serviceName: 'kms', serviceInstance: KP}
      )
    ],
    roles: roles.map(r => ({
      roleId: `crn:v1:bluemix:public:iam::::serviceRole:${r.replace(/ /g, '')}`,
      displayName: r
    }))
  })
  const BOTH = ['Reader', 'Authorization Delegator']

  test.each<[string, AuthorizationPolicy[], unknown]>([
    [
      'one policy with both roles',
      [policy('p1', BOTH)],
      {verdict: 'granted', policyIds: ['p1']}
    ],
    [
      'two policies, one role each (IAM adds them up)',
      [policy('p1', ['Reader']), policy('p2', ['Authorization Delegator'])],
      {verdict: 'granted', policyIds: ['p1', 'p2']}
    ],
    [
      'Reader only: the delegation is missing',
      [policy('p1', ['Reader'])],
      {
        verdict: 'missing',
        missingRoles: ['AuthorizationDelegator'],
        policyIds: ['p1']
      }
    ],
    [
      'Manager covers "at least Reader"',
      [policy('p1', ['Manager', 'Authorization Delegator'])],
      {verdict: 'granted', policyIds: ['p1']}
    ],
    [
      'a policy on every instance of the KMS service',
      [policy('p1', BOTH, {resource: {accountId: ACC, serviceName: 'kms'}})],
      {verdict: 'granted', policyIds: ['p1']}
    ],
    [
      'a policy on another KMS instance',
      [
        policy('p1', BOTH, {
          resource: {accountId: ACC, serviceName: 'kms', serviceInstance: 'x'}
        })
      ],
      {
        verdict: 'missing',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: []
      }
    ],
    [
      'a policy from another account',
      [
        policy('p1', BOTH, {
          subject: {accountId: OTHER, serviceName: 'containers-kubernetes'}
        })
      ],
      {
        verdict: 'missing',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: []
      }
    ],
    [
      'a deleted policy',
      [policy('p1', BOTH, {state: 'deleted'})],
      {
        verdict: 'missing',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: []
      }
    ],
    [
      'a policy to Hyper Protect Crypto Services, not Key Protect',
      [
        policy('p1', BOTH, {
          resource: {
            accountId: ACC,
            serviceName: 'hs-crypto',
            serviceInstance: KP
          }
        })
      ],
      {
        verdict: 'missing',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: []
      }
    ],
    [
      'a policy from block storage, not Kubernetes Service',
      [
        policy('p1', BOTH, {
          subject: {accountId: ACC, serviceName: 'server-protect'}
        })
      ],
      {
        verdict: 'missing',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: []
      }
    ],
    [
      'no policies',
      [],
      {
        verdict: 'missing',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: []
      }
    ],
    [
      'a policy scoped to a resource type we do not model',
      [
        policy('p1', BOTH, {
          resource: {
            accountId: ACC,
            serviceName: 'kms',
            serviceInstance: KP,
            resourceType: 'key'
          }
        })
      ],
      {
        verdict: 'undetermined',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: ['p1']
      }
    ],
    [
      'a stringMatch operator on the instance',
      [
        policy('p1', BOTH, {
          resource: {
            accountId: ACC,
            serviceName: 'kms',
            serviceInstance: ['stringMatch', '12345678-*']
          }
        })
      ],
      {
        verdict: 'undetermined',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: ['p1']
      }
    ],
    [
      'a comma list of instances',
      [
        policy('p1', BOTH, {
          resource: {
            accountId: ACC,
            serviceName: 'kms',
            serviceInstance: `${KP},x`
          }
        })
      ],
      {
        verdict: 'undetermined',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: ['p1']
      }
    ],
    [
      'an undetermined policy cannot supply a role it does not hold',
      [
        policy('p1', ['Authorization Delegator']),
        policy('p2', ['Reader'], {
          resource: {
            accountId: ACC,
            serviceName: 'kms',
            serviceInstance: ['stringMatch', '*']
          }
        }),
        policy('p3', ['Writer'], {state: 'deleted'})
      ],
      {verdict: 'undetermined', missingRoles: ['Reader'], policyIds: ['p2']}
    ],
    [
      'a policy scoped to one source cluster, while ours is unknown (a create)',
      [
        policy('p1', BOTH, {
          subject: {
            accountId: ACC,
            serviceName: 'containers-kubernetes',
            serviceInstance: 'c1'
          }
        })
      ],
      {
        verdict: 'undetermined',
        missingRoles: ['Reader', 'AuthorizationDelegator'],
        policyIds: ['p1']
      }
    ]
  ])('%s', (_n, policies, verdict) => {
    expect(findAuthorization(policies, need)).toEqual(verdict)
  })

  test('a source instance, when known, is compared', () => {
    const scoped = policy('p1', BOTH, {
      subject: {
        accountId: ACC,
        serviceName: 'containers-kubernetes',
        serviceInstance: 'c1'
      }
    })
    const withSource = (instanceId: string): AuthorizationNeed => ({
      ...need,
      source: {...need.source, instanceId}
    })
    expect(findAuthorization([scoped], withSource('c1')).verdict).toBe(
      'granted'
    )
    expect(findAuthorization([scoped], withSource('c2')).verdict).toBe(
      'missing'
    )
  })

  test('roles are recognised by role_id alone or by display name alone', () => {
    const byId: AuthorizationPolicy = {
      ...policy('p1', []),
      roles: [
        {roleId: 'crn:v1:bluemix:public:iam::::serviceRole:Reader'},
        {
          roleId:
            'crn:v1:bluemix:public:iam::::serviceRole:AuthorizationDelegator'
        }
      ]
    }
    const byName: AuthorizationPolicy = {
      ...policy('p2', []),
      roles: [{displayName: 'Reader'}, {displayName: 'Authorization Delegator'}]
    }
    expect(findAuthorization([byId], need).verdict).toBe('granted')
    expect(findAuthorization([byName], need).verdict).toBe('granted')
    // A platform role named like a service role does not stand in for the delegation.
    const viewer: AuthorizationPolicy = {
      ...policy('p3', []),
      roles: [
        {
          roleId: 'crn:v1:bluemix:public:iam::::role:Viewer',
          displayName: 'Viewer'
        }
      ]
    }
    expect(findAuthorization([viewer], need)).toEqual({
      verdict: 'missing',
      missingRoles: ['Reader', 'AuthorizationDelegator'],
      policyIds: []
    })
  })

  test('without the accounts in the question, account-scoped policies cannot be told: undetermined, never granted', () => {
    const noAccounts: AuthorizationNeed = {
      source: {serviceName: 'containers-kubernetes'},
      target: {serviceName: 'kms', instanceId: KP},
      roles: IKS_KMS_ROLES
    }
    expect(findAuthorization([policy('p1', BOTH)], noAccounts).verdict).toBe(
      'undetermined'
    )
  })

  test('a policy with two subjects is undetermined', () => {
    const p = policy('p1', BOTH)
    const two = {...p, subjects: [...p.subjects, ...p.subjects]}
    expect(findAuthorization([two], need).verdict).toBe('undetermined')
  })
})

describe('resource instance (Resource Controller)', () => {
  test('GET /v2/resource_instances/{id}: the SDK body; active', () =>
    withClients(
      {
        [`/rc/v2/resource_instances/${KP}`]: {
          body: fixture('resource-instance-sdk-generated')
        }
      },
      async ({kms}, seen) => {
        const r = await kms.getResourceInstance(TOKEN, KP)
        expect(r).toEqual({
          id: 'ID',
          guid: 'GUID',
          crn: 'CRN',
          name: 'Name',
          state: 'active',
          resourceId: 'ResourceID',
          regionId: 'RegionID',
          accountId: 'AccountID',
          resourceGroupId: 'ResourceGroupID',
          serviceName: undefined
        })
        expect(isInstanceActive(r)).toBe(true)
        expect(seen[0]!.auth).toBe(`Bearer ${TOKEN}`)
      }
    ))

  test('a removed Key Protect instance: its service from the CRN, not active', () => {
    const crn = `crn:v1:bluemix:public:kms:us-south:a/${ACC}:${KP}::`
    return withClients(
      {
        [`/rc/v2/resource_instances/${encodeURIComponent(crn)}`]: {
          body: {id: crn, guid: KP, crn, state: 'removed'}
        }
      },
      async ({kms}) => {
        const r = await kms.getResourceInstance(TOKEN, crn)
        expect(r).toMatchObject({
          guid: KP,
          serviceName: 'kms',
          state: 'removed'
        })
        expect(isInstanceActive(r)).toBe(false)
      }
    )
  })

  test('404 is "no such instance" (undefined, not active)', () =>
    withClients({}, async ({kms}) => {
      const r = await kms.getResourceInstance(TOKEN, KP)
      expect(r).toBeUndefined()
      expect(isInstanceActive(r)).toBe(false)
    }))

  test('an instance without state is not active; without id it is unreadable', async () => {
    await withClients(
      {[`/rc/v2/resource_instances/${KP}`]: {body: {id: KP}}},
      async ({kms}) => {
        expect(isInstanceActive(await kms.getResourceInstance(TOKEN, KP))).toBe(
          false
        )
      }
    )
    await withClients(
      {[`/rc/v2/resource_instances/${KP}`]: {body: {state: 'active'}}},
      async ({kms}) => {
        const e = await apiError(kms.getResourceInstance(TOKEN, KP))
        expect([e.kind, e.operation]).toEqual([
          'unreadable',
          'get resource instance'
        ])
      }
    )
  })
})

test('crnServiceName', () => {
  expect(
    crnServiceName('crn:v1:bluemix:public:hs-crypto:us-east:a/abc:guid::')
  ).toBe('hs-crypto')
  expect(crnServiceName('crn:v1:bluemix:public')).toBeUndefined()
  expect(crnServiceName('CRN')).toBeUndefined()
  expect(crnServiceName('urn:v1:bluemix:public:kms:x')).toBeUndefined()
  expect(crnServiceName(undefined)).toBeUndefined()
})
