import {
  InputError,
  parseConfig,
  splitList,
  type RawInputs
} from '../src/config/inputs.js'
import {CHECK_IDS} from '../src/checks/catalogue.js'

const KEY = 'emu-key-config-test-0001'
const base: RawInputs = {
  'api-key': KEY,
  operation: 'cluster-delete',
  cluster: 'prod-classic'
}
const parse = (over: RawInputs, env: Record<string, string> = {}) =>
  parseConfig({...base, ...over}, CHECK_IDS, env)

function inputError(
  over: RawInputs,
  env: Record<string, string> = {}
): InputError {
  try {
    parse(over, env)
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

describe('parseConfig', () => {
  test('defaults', () => {
    const c = parse({})
    expect(c).toMatchObject({
      operation: 'cluster-delete',
      clusters: ['prod-classic'],
      failOn: 'error',
      timeoutSeconds: 120,
      visibility: 'public',
      maxConcurrency: 16,
      expectedAccountIds: []
    })
    expect(c.skipChecks.size).toBe(0)
  })

  test('clusters: comma and newline separated, trimmed, de-duplicated', () => {
    expect(parse({cluster: ' a-1, b-2\nc-3\n\na-1 '}).clusters).toEqual([
      'a-1',
      'b-2',
      'c-3'
    ])
    expect(splitList('x,,\n y ')).toEqual(['x', 'y'])
  })

  test('api key falls back to IBMCLOUD_API_KEY, then IC_API_KEY', () => {
    expect(
      parse(
        {'api-key': ''},
        {IBMCLOUD_API_KEY: 'from-ibmcloud-env', IC_API_KEY: 'from-ic-env-xx'}
      ).apiKey
    ).toBe('from-ibmcloud-env')
    expect(parse({'api-key': ''}, {IC_API_KEY: 'from-ic-env-xx'}).apiKey).toBe(
      'from-ic-env-xx'
    )
  })

  test('a missing key names the input and the fallbacks', () => {
    const e = inputError({'api-key': ''})
    expect(e.input).toBe('api-key')
    expect(e.message).toMatch(/IBMCLOUD_API_KEY/)
  })

  test('a malformed key is rejected without echoing it', () => {
    const e = inputError({'api-key': 'has space secret-value-123'})
    expect(e.input).toBe('api-key')
    expect(e.message).not.toContain('secret-value-123')
  })

  test.each([
    [
      'operation',
      {operation: 'cluster-explode'},
      /got "cluster-explode"; allowed: cluster-create, .*worker-pool-resize/
    ],
    ['operation', {operation: ''}, /got nothing; allowed:/],
    [
      'cluster',
      {cluster: ''},
      /cluster-delete needs one or more cluster names/
    ],
    [
      'cluster',
      {cluster: 'bad name!'},
      /got "bad name!"; expected a cluster name or ID/
    ],
    ['region', {region: 'Mars'}, /got "Mars"; expected an IBM Cloud region/],
    [
      'fail-on',
      {'fail-on': 'sometimes'},
      /got "sometimes"; allowed: error, warning, never/
    ],
    [
      'timeout-seconds',
      {'timeout-seconds': '0'},
      /got "0"; allowed: a whole number from 5 to 3600/
    ],
    ['timeout-seconds', {'timeout-seconds': '12s'}, /got "12s"/],
    ['visibility', {visibility: 'internal'}, /allowed: public, private/],
    ['region', {visibility: 'private'}, /private needs a region/],
    [
      'expected-account-ids',
      {'expected-account-ids': 'abc'},
      /got "abc"; expected IBM Cloud account IDs/
    ],
    ['skip-checks', {'skip-checks': 'api-key'}, /needs a reason/],
    [
      'skip-checks',
      {'skip-checks': 'no-such-check: because'},
      /unknown check "no-such-check"; known checks: api-key/
    ],
    ['provider', {provider: 'aws'}, /got "aws"; allowed: classic, vpc-gen2/],
    [
      'vpc-id',
      {'vpc-id': 'r006-abcd'},
      /only used with operation cluster-create and provider vpc-gen2/
    ],
    ['max-concurrency', {'max-concurrency': '1000'}, /from 1 to 64/]
  ])(
    'bad %s is named with the value and what is allowed',
    (input, over, pattern) => {
      const e = inputError(over as RawInputs)
      expect(e.input).toBe(input)
      expect(e.message).toMatch(new RegExp(`^Input '${input}': `))
      expect(e.message).toMatch(pattern)
    }
  )

  test('cluster-create needs one valid new name, a provider and a region', () => {
    expect(
      inputError({
        operation: 'cluster-create',
        cluster: 'a,b',
        provider: 'classic',
        region: 'us-south'
      }).message
    ).toMatch(/exactly one new cluster name; got 2 names/)
    expect(
      inputError({
        operation: 'cluster-create',
        cluster: 'Prod_1',
        provider: 'classic',
        region: 'us-south'
      }).message
    ).toMatch(/lower-case letters/)
    expect(
      inputError({
        operation: 'cluster-create',
        cluster: 'new-one',
        region: 'us-south'
      }).input
    ).toBe('provider')
    expect(
      inputError({
        operation: 'cluster-create',
        cluster: 'new-one',
        provider: 'classic'
      }).input
    ).toBe('region')
    const c = parse({
      operation: 'cluster-create',
      cluster: 'new-one',
      provider: 'vpc-gen2',
      region: 'eu-de',
      'vpc-id': 'r010-1234abcd'
    })
    expect(c).toMatchObject({
      provider: 'vpc-gen2',
      region: 'eu-de',
      vpcId: 'r010-1234abcd',
      clusters: ['new-one']
    })
  })

  test('skip-checks keeps each reason; comments and blank lines are ignored', () => {
    const c = parse({
      'skip-checks':
        '# why we skip\ninfra-permissions: classic perms audited by the SRE team\n\naccount: single-account org'
    })
    expect(Object.fromEntries(c.skipChecks)).toEqual({
      'infra-permissions': 'classic perms audited by the SRE team',
      account: 'single-account org'
    })
  })

  test('a long hostile value is shown cut short on one line', () => {
    const e = inputError({region: `${'x'.repeat(200)}\n::error::injected`})
    expect(e.message).not.toContain('\n')
    expect(e.message.length).toBeLessThan(200)
  })
})
