/**
 * Property tests: any input string for any input, and any API body for any client, ends in a value or a
 * clear, typed error, never a crash. API bodies are served by the emulator (a 200 fault with that body), so
 * the real HTTP layer and each client's own parser read them.
 */
import {jest} from '@jest/globals'
import fc from 'fast-check'
import net from 'node:net'
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {couldNotVerify} from '../src/checks/helpers.js'
import {InputError, parseConfig} from '../src/config/inputs.js'
import {INPUT_NAMES} from '../src/config/types.js'
import {AccountsClient} from '../src/ibm/accounts.js'
import {
  ContainersClient,
  readCredentialsBody,
  readInfraPermissionsBody,
  readKeyOwnerBody
} from '../src/ibm/containers.js'
import {Deadline} from '../src/ibm/deadline.js'
import {resolveEndpoints} from '../src/ibm/endpoints.js'
import {ApiError, describeRawBody, readIbmError} from '../src/ibm/errors.js'
import {HttpClient} from '../src/ibm/http.js'
import {IamClient, decodeClaims} from '../src/ibm/iam.js'
import {ResourceGroupsClient} from '../src/ibm/resource-groups.js'
import {SoftLayerClient} from '../src/ibm/softlayer.js'
import {VpcClient} from '../src/ibm/vpc.js'
import {start, type Emulator} from './emulator/index.js'

const RUNS = 60
const TOKEN = 'header.payload.signature'
const SCOPE = {
  region: 'us-south',
  resourceGroupId: '5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01'
}

/** Bodies: arbitrary JSON, arbitrary text, and objects/arrays with plausible keys holding arbitrary values. */
const KEYS = [
  'id',
  'name',
  'region',
  'resourceGroup',
  'provider',
  'state',
  'vpcs',
  'resources',
  'default',
  'access_token',
  'required',
  'suggested',
  'endpoint_gateways',
  'next',
  'mfa',
  'effective',
  'account',
  'errors',
  'description',
  'code',
  'linked_softlayer_account',
  'username',
  'email',
  'health',
  'lifecycle',
  'primaryBackendIpAddress',
  'hostname'
]
const plausible = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.jsonValue({maxDepth: 2}),
  {maxKeys: 8}
)
const bodyArb = fc.oneof(
  fc.jsonValue({maxDepth: 3}),
  plausible,
  fc.array(plausible, {maxLength: 4}),
  fc.string().map(s => ({raw: s})),
  fc.constantFrom(
    {raw: '<html><title>oops</title></html>'},
    {raw: ''},
    {raw: '{"id": "truncat'},
    {raw: 'null'}
  )
)

function isRaw(b: unknown): b is {raw: string} {
  return (
    b !== null &&
    typeof b === 'object' &&
    !Array.isArray(b) &&
    Object.keys(b).length === 1 &&
    typeof (b as {raw?: unknown}).raw === 'string'
  )
}

let emu: Emulator
beforeAll(async () => {
  emu = await start('healthy-classic')
})
afterAll(async () => {
  await emu.close()
})

/** Every client read, each as the action makes it. */
function readers(
  http: HttpClient,
  env: Record<string, string> = {}
): Array<[string, () => Promise<unknown>]> {
  const ep = resolveEndpoints(env, 'public')
  const iam = new IamClient(http, ep.iam)
  const iks = new ContainersClient(http, ep.containers)
  const accounts = new AccountsClient(http, ep.accounts)
  const groups = new ResourceGroupsClient(http, ep.resourceManager)
  const vpc = new VpcClient(http, ep.vpc)
  const sl = new SoftLayerClient(http, ep.classic, {
    apiKey: 'emu-key-property-test'
  })
  return [
    ['iam token', () => iam.exchangeApiKey('emu-key-property-test')],
    [
      'iam apikey details',
      () => iam.apiKeyDetails(TOKEN, 'emu-key-property-test')
    ],
    [
      'iam account settings',
      () => iam.accountSettings(TOKEN, 'a1b2c3d4e5f60718293a4b5c6d7e8f90')
    ],
    ['iks getCluster', () => iks.getCluster(TOKEN, 'prod-classic')],
    ['iks getClusters', () => iks.listClusters(TOKEN)],
    ['iks getWorkers', () => iks.getWorkers(TOKEN, 'bqclassicprod0000001')],
    ['iks credentials', () => iks.getCredentials(TOKEN, SCOPE)],
    ['iks infra-permissions', () => iks.getInfraPermissions(TOKEN, SCOPE)],
    [
      'iks key owner',
      () => iks.getKeyOwner(TOKEN, 'bqclassicprod0000001', SCOPE)
    ],
    [
      'accounts',
      () => accounts.getAccount(TOKEN, 'a1b2c3d4e5f60718293a4b5c6d7e8f90')
    ],
    [
      'resource groups',
      () => groups.list(TOKEN, 'a1b2c3d4e5f60718293a4b5c6d7e8f90')
    ],
    ['vpc gateways', () => vpc.listEndpointGateways(TOKEN, 'us-south')],
    ['softlayer guests', () => sl.listDevices('guest')]
  ]
}

describe('API body parsers (through the real HTTP layer)', () => {
  const names = readers(
    new HttpClient({deadline: new Deadline(1), maxConcurrency: 1})
  ).map(([n]) => n)
  test.each(names)(
    '%s: any 200 body yields a value or an ApiError that becomes "could not verify"',
    async name => {
      await fc.assert(
        fc.asyncProperty(bodyArb, async body => {
          emu.setFaults([
            {
              service: '*',
              path: '/',
              kind: 'status',
              status: 200,
              body: isRaw(body) ? body.raw : JSON.stringify(body)
            }
          ])
          const deadline = new Deadline(5000)
          const http = new HttpClient({
            deadline,
            maxConcurrency: 4,
            maxAttempts: 1
          })
          try {
            const read = readers(http, emu.env).find(([n]) => n === name)![1]
            await read()
          } catch (e) {
            if (!(e instanceof ApiError))
              throw new Error(
                `${name} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`
              )
            expect(['unreadable', 'http']).toContain(e.kind)
            expect(couldNotVerify(e).status).toBe('error')
          } finally {
            deadline.dispose()
            http.close()
          }
        }),
        {numRuns: RUNS}
      )
    },
    60_000
  )
})

describe('pure readers never throw anything but ApiError', () => {
  const anyBody = fc.oneof(fc.anything(), plausible, fc.jsonValue())
  const typed =
    (fn: (b: unknown) => unknown) =>
    (b: unknown): void => {
      try {
        fn(b)
      } catch (e) {
        if (!(e instanceof ApiError) || e.kind !== 'unreadable') throw e
      }
    }

  test('readIbmError never throws and returns only short strings', () => {
    fc.assert(
      fc.property(anyBody, b => {
        const f = readIbmError(b)
        for (const v of Object.values(f))
          if (v !== undefined)
            expect(typeof v === 'string' && v.length <= 601).toBe(true)
      })
    )
  })

  test('readCredentialsBody, readInfraPermissionsBody, readKeyOwnerBody', () => {
    fc.assert(fc.property(anyBody, typed(readCredentialsBody)))
    fc.assert(fc.property(anyBody, typed(readInfraPermissionsBody)))
    fc.assert(fc.property(anyBody, typed(readKeyOwnerBody)))
  })

  test('decodeClaims: any string, and any JSON payload in a JWT shape', () => {
    fc.assert(
      fc.property(
        fc.string(),
        typed(s => decodeClaims(s as string))
      )
    )
    fc.assert(
      fc.property(anyBody, payload =>
        typed(s => decodeClaims(s as string))(
          `h.${Buffer.from(JSON.stringify(payload) ?? '').toString('base64url')}.s`
        )
      )
    )
  })

  test('describeRawBody is short and never echoes the body', () => {
    fc.assert(
      fc.property(
        fc.string({minLength: 1}),
        fc.option(fc.string()),
        (text, ct) => {
          const d = describeRawBody(text, ct ?? undefined)
          expect(d.length).toBeLessThan(160)
        }
      )
    )
  })
})

describe('input parsing', () => {
  const inputArb = fc.dictionary(
    fc.constantFrom(...INPUT_NAMES),
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'cluster-delete',
        'cluster-create',
        'classic',
        'vpc-gen2',
        'us-south',
        'true',
        '5',
        '',
        'prod-classic',
        'worker-replace'
      )
    ),
    {maxKeys: INPUT_NAMES.length}
  )

  test('any strings for any inputs: a Config or an InputError naming an input; never a network call', () => {
    const connect = jest.spyOn(net.Socket.prototype, 'connect')
    try {
      fc.assert(
        fc.property(inputArb, raw => {
          try {
            const config = parseConfig(raw, CHECK_IDS, {})
            expect(config.clusters.length).toBeGreaterThan(0)
            expect(config.timeoutSeconds).toBeGreaterThanOrEqual(5)
          } catch (e) {
            if (!(e instanceof InputError)) throw e
            expect(INPUT_NAMES as readonly string[]).toContain(e.input)
            expect(e.message.startsWith(`Input '${e.input}': `)).toBe(true)
            // A rejected API key is never echoed back.
            if (
              e.input === 'api-key' &&
              (raw['api-key'] ?? '').trim().length >= 4
            )
              expect(e.message).not.toContain((raw['api-key'] ?? '').trim())
          }
        }),
        {numRuns: 2000}
      )
      expect(connect).not.toHaveBeenCalled()
    } finally {
      connect.mockRestore()
    }
  })

  test('a valid base with one input replaced by any string still ends in a Config or an InputError naming that input', () => {
    const base = {
      'api-key': 'emu-key-property-0001',
      operation: 'worker-replace',
      cluster: 'prod-classic'
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...INPUT_NAMES),
        fc.string(),
        (name, value) => {
          try {
            parseConfig({...base, [name]: value}, CHECK_IDS, {})
          } catch (e) {
            if (!(e instanceof InputError)) throw e
            // visibility private is refused for want of a region: the error names what to set.
            expect(e.input).toBe(
              name === 'visibility' && e.input === 'region' ? 'region' : name
            )
          }
        }
      ),
      {numRuns: 2000}
    )
  })
})
