import {
  fixtureBody,
  serveRoutes,
  type Route,
  type Seen
} from './support/route-server.js'
import {Deadline} from '../src/ibm/deadline.js'
import {ApiError} from '../src/ibm/errors.js'
import {HttpClient} from '../src/ibm/http.js'
import {IksMoreClient, nextStart} from '../src/ibm/iks-more.js'

const TOKEN = 'iks-more-test-token-0001'

const fixture = (name: string): unknown => fixtureBody('iks-more', name)
const serve = (routes: Record<string, Route | Route[]>) =>
  serveRoutes(
    routes,
    '{"code":"E0000","description":"no such route in the test"}'
  )

async function withClient<T>(
  routes: Record<string, Route | Route[]>,
  fn: (c: IksMoreClient, seen: Seen[]) => Promise<T>
): Promise<T> {
  const srv = await serve(routes)
  const http = new HttpClient({
    deadline: new Deadline(10_000),
    maxConcurrency: 4,
    maxAttempts: 1
  })
  try {
    return await fn(
      new IksMoreClient(http, {
        containers: `${srv.base}/global`,
        userManagement: srv.base
      }),
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

describe('worker pools', () => {
  test('GET /v2/getWorkerPools: the VPC array (bluemix-go), with zones, subnets and the VPC', () =>
    withClient(
      {
        '/global/v2/getWorkerPools': {body: fixture('worker-pools-vpc-bluemix')}
      },
      async (c, seen) => {
        expect(await c.getWorkerPools(TOKEN, 'prod-vpc')).toEqual([
          {
            id: 'string',
            name: 'string',
            flavor: 'string',
            workersPerZone: 0,
            provider: 'string',
            state: 'string',
            desiredState: 'string',
            zones: [
              {
                id: 'string',
                workerCount: 0,
                subnets: [{id: 'string', primary: true}]
              }
            ],
            vpcId: 'string'
          }
        ])
        expect(seen).toEqual([
          {
            method: 'GET',
            path: '/global/v2/getWorkerPools',
            query: {cluster: 'prod-vpc'},
            auth: `Bearer ${TOKEN}`
          }
        ])
      }
    ))

  test("the generated SDK's single object is read as a list of one; swagger privateVLAN casing", () =>
    withClient(
      {
        '/global/v2/getWorkerPools': {
          body: fixture('worker-pools-sdk-generated')
        }
      },
      async c => {
        const pools = await c.getWorkerPools(TOKEN, 'c1')
        expect(pools).toHaveLength(1)
        expect(pools[0]).toMatchObject({
          id: 'ID',
          name: 'PoolName',
          flavor: 'Flavor',
          workersPerZone: 11,
          state: 'ActualState',
          autoscaleEnabled: true,
          zones: [
            {
              id: 'ID',
              workerCount: 11,
              privateVlan: 'PrivateVLAN',
              publicVlan: 'PublicVLAN',
              subnets: []
            }
          ]
        })
      }
    ))

  test('a real v1-shaped answer (machineType, sizePerZone, privateVlan casing, state) reads the same', () =>
    withClient(
      {
        '/global/v2/getWorkerPools': {
          body: fixture('worker-pools-classic-v1-real')
        }
      },
      async c => {
        const pools = await c.getWorkerPools(TOKEN, 'cbftntmd0tmoqpjhtqe0')
        expect(
          pools.map(p => [p.name, p.flavor, p.workersPerZone, p.state])
        ).toEqual([
          ['default', 'b3c.4x16.encrypted', 3, 'active'],
          ['testworkerpool', 'b3c.4x16.encrypted', 3, 'active']
        ])
        expect(pools[1]!.zones).toEqual([
          {
            id: 'dal10',
            workerCount: 2,
            privateVlan: '3249706',
            publicVlan: '3249704',
            subnets: []
          }
        ])
      }
    ))

  test('GET /v2/getWorkerPool: one pool with worker volume encryption (KMS instance and root key)', () =>
    withClient(
      {
        '/global/v2/getWorkerPool': {
          body: fixture('worker-pool-vpc-kms-bluemix')
        }
      },
      async (c, seen) => {
        const pool = await c.getWorkerPool(TOKEN, 'prod-vpc', 'edge')
        expect(pool?.volumeEncryption).toEqual({
          kmsInstanceId: 'kmsid',
          rootKeyId: 'crk',
          kmsAccountId: undefined
        })
        expect(seen[0]!.query).toEqual({
          cluster: 'prod-vpc',
          workerpool: 'edge'
        })
      }
    ))

  test('a pool without encryption has none; the generated single-pool body reads', () =>
    withClient(
      {
        '/global/v2/getWorkerPool': {body: fixture('worker-pool-sdk-generated')}
      },
      async c => {
        const pool = await c.getWorkerPool(TOKEN, 'c1', 'p1')
        expect(pool).toMatchObject({id: 'ID', name: 'PoolName'})
        expect(pool!.volumeEncryption).toBeUndefined()
      }
    ))

  test('404 "The specified worker pool could not be found" is an answer: undefined', () =>
    withClient(
      {
        '/global/v2/getWorkerPool': {
          status: 404,
          body: {
            incidentID: 'c1a2b3c4-0000-4000-8000-000000000001',
            code: 'E0d5c',
            description: 'The specified worker pool could not be found.',
            type: 'General'
          }
        }
      },
      async c => {
        expect(await c.getWorkerPool(TOKEN, 'c1', 'gone')).toBeUndefined()
      }
    ))

  test.each<[string, unknown]>([
    ['a pool without id', [{poolName: 'x', workerCount: 1}]],
    ['a negative worker count', [{id: 'p', workerCount: -1}]],
    ['a zone without id', [{id: 'p', zones: [{workerCount: 1}]}]],
    ['a string', 'pools'],
    ['an empty body', undefined]
  ])(
    'unreadable pool list (%s) is "could not verify", never a pass',
    (_n, body) =>
      withClient(
        {
          '/global/v2/getWorkerPools': body === undefined ? {raw: ''} : {body}
        },
        async c => {
          const e = await apiError(c.getWorkerPools(TOKEN, 'c1'))
          expect(e.kind).toBe('unreadable')
          expect(e.operation).toBe('list worker pools')
          expect(e.message).not.toContain(TOKEN)
        }
      )
  )
})

describe('flavors', () => {
  test('GET /v2/getFlavors?zone=&provider=: the fields the flavor check needs', () =>
    withClient(
      {'/global/v2/getFlavors': {body: fixture('flavors-sdk-generated')}},
      async (c, seen) => {
        expect(await c.getFlavors(TOKEN, 'us-south-1', 'vpc-gen2')).toEqual([
          {
            name: 'Name',
            id: 'ID',
            provider: 'Provider',
            deprecated: true,
            correspondingFlavor: 'CorrespondingFlavor'
          }
        ])
        expect(seen[0]!.query).toEqual({
          zone: 'us-south-1',
          provider: 'vpc-gen2'
        })
      }
    ))

  test('no provider: the query has only the zone', () =>
    withClient({'/global/v2/getFlavors': {body: []}}, async (c, seen) => {
      expect(await c.getFlavors(TOKEN, 'dal10')).toEqual([])
      expect(seen[0]!.query).toEqual({zone: 'dal10'})
    }))

  test('an IKS error keeps its status and code', () =>
    withClient(
      {
        '/global/v2/getFlavors': {
          status: 400,
          body: {
            incidentID: '6022c54923742713-DEN',
            code: 'E4e5b',
            description: 'Could not find flavor in the requested zone.',
            type: 'BadRequest'
          }
        }
      },
      async c => {
        const e = await apiError(c.getFlavors(TOKEN, 'mars01'))
        expect([e.kind, e.status, e.code]).toEqual(['http', 400, 'E4e5b'])
      }
    ))

  test('a flavor without a name is unreadable', () =>
    withClient(
      {'/global/v2/getFlavors': {body: [{id: 'x', deprecated: false}]}},
      async c => {
        expect((await apiError(c.getFlavors(TOKEN, 'dal10'))).kind).toBe(
          'unreadable'
        )
      }
    ))
})

describe('versions', () => {
  test('GET /v1/versions: the real answer from IBM docs, grouped by platform', () =>
    withClient(
      {'/global/v1/versions': {body: fixture('versions-v1-real')}},
      async (c, seen) => {
        const versions = await c.getVersions(TOKEN)
        expect(versions).toHaveLength(8)
        expect(
          versions
            .filter(v => v.isDefault)
            .map(v => `${v.platform} ${v.major}.${v.minor}.${v.patch}`)
        ).toEqual(['kubernetes 1.21.7', 'openshift 4.8.21'])
        expect(versions.filter(v => v.endOfService !== undefined)).toEqual([
          {
            platform: 'openshift',
            major: 3,
            minor: 11,
            patch: 542,
            isDefault: false,
            endOfService: '2022-06-06T12:00:00+0000'
          }
        ])
        expect(seen[0]!.path).toBe('/global/v1/versions')
      }
    ))

  test('the array shape of the SDK reads too, without a platform', () =>
    withClient(
      {'/global/v1/versions': {body: fixture('versions-v2-sdk-generated')}},
      async c => {
        expect(await c.getVersions(TOKEN)).toEqual([
          {
            major: 5,
            minor: 5,
            patch: 5,
            isDefault: false,
            endOfService: 'EndOfService'
          }
        ])
      }
    ))

  test('keys that are not lists are ignored; an object with no list is unreadable', async () => {
    await withClient(
      {
        '/global/v1/versions': {
          body: {
            kubernetes: [{major: 1, minor: 30, patch: 4, default: true}],
            updated: 'x'
          }
        }
      },
      async c => {
        expect((await c.getVersions(TOKEN)).map(v => v.minor)).toEqual([30])
      }
    )
    await withClient(
      {'/global/v1/versions': {body: {kubernetes: 'none'}}},
      async c => {
        expect((await apiError(c.getVersions(TOKEN))).kind).toBe('unreadable')
      }
    )
  })

  test('a version with a non-integer part is unreadable', () =>
    withClient(
      {
        '/global/v1/versions': {
          body: {kubernetes: [{major: 1, minor: '30', patch: 4}]}
        }
      },
      async c => {
        expect((await apiError(c.getVersions(TOKEN))).kind).toBe('unreadable')
      }
    ))
})

describe('account users (User Management)', () => {
  const ACCOUNT = '0123456789abcdef0123456789abcdef'
  const IAM_ID = 'IBMid-550000ABCD'

  test('GET /v2/accounts/{account}/users/{iam_id}: the state and who the user is', () =>
    withClient(
      {
        [`/v2/accounts/${ACCOUNT}/users/${IAM_ID}`]: {
          body: fixture('user-sdk-generated')
        }
      },
      async (c, seen) => {
        expect(await c.getAccountUser(TOKEN, ACCOUNT, IAM_ID)).toEqual({
          iamId: 'IamID',
          userId: 'UserID',
          email: 'Email',
          realm: 'Realm',
          state: 'State'
        })
        expect(seen[0]!.auth).toBe(`Bearer ${TOKEN}`)
      }
    ))

  test('404: not a user of the account (undefined); path segments are encoded', () =>
    withClient({}, async (c, seen) => {
      expect(await c.getAccountUser(TOKEN, ACCOUNT, 'iam/../x')).toBeUndefined()
      expect(seen[0]!.path).toBe(`/v2/accounts/${ACCOUNT}/users/iam%2F..%2Fx`)
    }))

  test('every page is read, following _start only (never the next_url host)', () =>
    withClient(
      {
        [`/v2/accounts/${ACCOUNT}/users`]: [
          {body: fixture('users-page-1-sdk-generated')},
          {body: fixture('users-page-2-sdk-generated')}
        ]
      },
      async (c, seen) => {
        const users = await c.listAccountUsers(TOKEN, ACCOUNT)
        expect(users).toHaveLength(2)
        expect(seen.map(s => s.query)).toEqual([{}, {_start: '1'}])
        expect(
          seen.every(s => s.path === `/v2/accounts/${ACCOUNT}/users`)
        ).toBe(true)
      }
    ))

  test('a server that repeats the same next page is unreadable, not an endless loop', () =>
    withClient(
      {
        [`/v2/accounts/${ACCOUNT}/users`]: {
          body: {resources: [], next_url: '/v2/accounts/x/users?_start=abc'}
        }
      },
      async (c, seen) => {
        const e = await apiError(c.listAccountUsers(TOKEN, ACCOUNT))
        expect(e.kind).toBe('unreadable')
        expect(e.detail).toContain('same next page twice')
        expect(seen).toHaveLength(2)
      }
    ))

  // platform-services-go-sdk UserProfile: iam_id is optional (issue 19): the record is read without it.
  test('a user without iam_id is read, its IAM ID unknown', () =>
    withClient(
      {[`/v2/accounts/${ACCOUNT}/users/${IAM_ID}`]: {body: {state: 'ACTIVE'}}},
      async c => {
        const u = await c.getAccountUser(TOKEN, ACCOUNT, IAM_ID)
        expect(u).toEqual({state: 'ACTIVE'})
      }
    ))
})

test('nextStart: absolute or relative next_url, missing or empty _start', () => {
  expect(nextStart('https://myhost.com/somePath?_start=1')).toBe('1')
  expect(nextStart('/v2/accounts/a/users?limit=5&_start=xyz')).toBe('xyz')
  expect(nextStart('/v2/accounts/a/users?_start=')).toBeUndefined()
  expect(nextStart('/v2/accounts/a/users')).toBeUndefined()
  expect(nextStart(undefined)).toBeUndefined()
})
