/** kms-authorization (issue 12): IAM authorizations to the KMS instance an operation uses, and its state. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {RawInputs} from '../src/config/inputs.js'
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {start, type Emulator} from './emulator/index.js'

const PLANS = 'test/fixtures/terraform-plans'
const INSTANCE = '2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b'
const IKS_POLICY = `ibmcloud iam authorization-policy-create containers-kubernetes kms 'Reader,Authorization Delegator' --target-service-instance-id ${INSTANCE}`
const BLOCK_POLICY = `ibmcloud iam authorization-policy-create server-protect kms Reader --target-service-instance-id ${INSTANCE}`

/** The VPC cluster create of the plan fixtures: kms_config (secrets) and kms_instance_id + crk (worker volumes), same instance. */
const CREATE: RawInputs = {
  'terraform-plan': `${PLANS}/vpc-cluster-create.json`,
  region: 'us-south'
}
/** A VPC worker pool with encrypted volumes, created on prod-vpc. */
const POOL: RawInputs = {
  'terraform-plan': `${PLANS}/vpc-worker-pool-create-kms.json`
}

type Report = Awaited<ReturnType<typeof preflight>>
const verdicts = (r: Report, target: string): string[][] =>
  findingsOf(r, 'kms-authorization', target).map(f => [f.status, f.messageId])

describe('kms-authorization', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('pass from a plan: a create with kms_config and encrypted worker volumes; both reads, once each', async () => {
    emu = await start('healthy-vpc')
    const report = await preflight(emu, CREATE)
    const found = findingsOf(report, 'kms-authorization', 'prod-vpc')
    expect(found.map(f => [f.status, f.messageId])).toEqual([
      ['pass', 'kms-authorization.pass'],
      ['pass', 'kms-authorization.pass']
    ])
    expect(found[0]!.summary).toBe(
      `Key Protect instance prod-key-protect (${INSTANCE}) is active, and the authorizations needed for the cluster secrets encryption (kms_config) are in place.`
    )
    // Worker volumes need Kubernetes Service and Cloud Block Storage, each named with its policy.
    expect(found[1]!.details).toEqual([
      'Kubernetes Service → Key Protect prod-key-protect: Reader, Authorization Delegator (policy 8a1f3c2e-6b4d-4e9a-9c7b-2d1e0f3a4b5c)',
      'Cloud Block Storage → Key Protect prod-key-protect: Reader (policy 9b2e4d3f-7c5e-4fab-8d6c-3e2f1a4b5c6d)'
    ])
    expect(emu.count({service: 'iam', path: '/v1/policies'})).toBe(1)
    expect(
      emu.count({service: 'rc', path: `/v2/resource_instances/${INSTANCE}`})
    ).toBe(1)
    const policies = emu.requests.find(r => r.path === '/v1/policies')!
    expect(policies.query).toEqual({
      account_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      type: 'authorization',
      state: 'active'
    })
  })

  test('fail from a plan: no Kubernetes Service authorization fails the worker volumes (E09c0); secret encryption passes (IKS creates its Reader policy)', async () => {
    emu = await start('kms-policy-missing')
    const report = await preflight(emu, CREATE)
    const [secrets, volumes] = findingsOf(
      report,
      'kms-authorization',
      'prod-vpc'
    )
    // containers encryption-setup: the Reader policy "is automatically created for your cluster, if the
    // policy does not already exist" (issue 19 item 2; this test used to expect a fail here).
    expect([secrets!.status, secrets!.messageId]).toEqual([
      'pass',
      'kms-authorization.pass'
    ])
    expect(secrets!.details).toEqual([
      `No Reader authorization from Kubernetes Service to Key Protect instance prod-key-protect (${INSTANCE}) was seen; IBM creates it for the cluster secrets encryption (kms_config) when it does not exist (encryption-setup), so it is not needed beforehand.`
    ])
    expect(commandsOf(secrets!)).toEqual([])
    expect([volumes!.status, volumes!.messageId]).toEqual([
      'fail',
      'kms-authorization.missing'
    ])
    expect(volumes!.summary).toBe(
      `No active authorization lets Kubernetes Service use Key Protect instance prod-key-protect (${INSTANCE}) with Reader, Authorization Delegator, needed for the encrypted worker volumes (kms_instance_id, crk).`
    )
    expect(volumes!.why).toContain('E09c0')
    expect(volumes!.why).toContain(
      'Not authorized to access the Key Management Service.'
    )
    // The volumes' Block Storage authorization exists: only the Kubernetes Service one is missing.
    expect(volumes!.status).toBe('fail')
    expect(commandsOf(volumes!)).toEqual([IKS_POLICY])
    expect(volumes!.details).toEqual([
      'Cloud Block Storage → Key Protect prod-key-protect: Reader (policy 9b2e4d3f-7c5e-4fab-8d6c-3e2f1a4b5c6d)'
    ])
    expect(report.result).toBe('fail')
  })

  test('a worker pool created with kms_instance_id + crk on an existing cluster: pass, and fail without Block Storage', async () => {
    emu = await start('healthy-vpc')
    expect(
      verdicts(await preflight(emu, POOL), 'cvpcprod000000000001')
    ).toEqual([['pass', 'kms-authorization.pass']])
    await emu.close()
    emu = await start('kms-block-storage-missing')
    const report = await preflight(emu, POOL)
    const [f, ...rest] = findingsOf(
      report,
      'kms-authorization',
      'cvpcprod000000000001'
    )
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId]).toEqual([
      'fail',
      'kms-authorization.missing'
    ])
    expect(f!.summary).toContain(
      'No active authorization lets Cloud Block Storage use Key Protect instance prod-key-protect'
    )
    expect(f!.why).toContain('Cloud Block Storage')
    expect(commandsOf(f!)).toEqual([BLOCK_POLICY])
  })

  test('the policy list is read to its last page (3 requests, each start the previous next.start)', async () => {
    emu = await start('kms-policy-pages')
    const authorizations = (): typeof emu.requests =>
      emu.requests.filter(
        r => r.path === '/v1/policies' && r.query['type'] === 'authorization'
      )
    const report = await preflight(emu, POOL)
    expect(verdicts(report, 'cvpcprod000000000001')).toEqual([
      ['pass', 'kms-authorization.pass']
    ])
    const pages = authorizations()
    expect(pages).toHaveLength(3)
    expect(pages[0]!.query['start']).toBeUndefined()
    pages.slice(1).forEach((p, i) => {
      const previous = pages[i]!.reply as {next?: {start?: string}}
      expect(p.query['start']).toBe(previous.next!.start)
      expect(p.query['account_id']).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90')
    })
    expect((pages[2]!.reply as {next?: unknown}).next).toBeUndefined()
    expect(new Set(pages.map(p => p.query['start'])).size).toBe(3)
  })

  // IBM documents no IKS refusal text for an inactive instance, nor 403 vs 404 for one the key may not view
  // (issue 19, "Smaller"): both warn; these tests used to expect fail.
  test('an instance that is removed warns, whatever the authorizations say', async () => {
    emu = await start('kms-instance-removed')
    const [f] = findingsOf(
      await preflight(emu, POOL),
      'kms-authorization',
      'cvpcprod000000000001'
    )
    expect([f!.status, f!.messageId]).toEqual([
      'warn',
      'kms-authorization.instance-inactive'
    ])
    expect(f!.summary).toBe(
      `KMS instance prod-key-protect (${INSTANCE}) is removed, not active.`
    )
    expect(commandsOf(f!)).toEqual([
      `ibmcloud resource service-instance ${INSTANCE}`
    ])
  })

  test('an instance Resource Controller answers 404 for warns: not proof that it does not exist', async () => {
    emu = await start({
      ...(await import('./emulator/scenario.js')).loadScenario('healthy-vpc'),
      kmsInstances: []
    })
    const [f] = findingsOf(
      await preflight(emu, POOL),
      'kms-authorization',
      'cvpcprod000000000001'
    )
    expect([f!.status, f!.messageId]).toEqual([
      'warn',
      'kms-authorization.instance-missing'
    ])
    expect(f!.summary).toContain(
      'it does not exist, or this key may not view it'
    )
    expect(commandsOf(f!)).toEqual([
      'ibmcloud resource service-instances --service-name kms'
    ])
  })

  test('a policy scoped by something the check cannot compare is "could not verify", never a pass', async () => {
    emu = await start('kms-policy-undetermined')
    const [f] = findingsOf(
      await preflight(emu, POOL),
      'kms-authorization',
      'cvpcprod000000000001'
    )
    expect([f!.status, f!.messageId]).toEqual([
      'warn',
      'kms-authorization.undetermined'
    ])
    expect(f!.details[0]).toBe('policy 8a1f3c2e-6b4d-4e9a-9c7b-2d1e0f3a4b5c')
    expect(commandsOf(f!)).toEqual([
      'ibmcloud iam authorization-policies',
      IKS_POLICY
    ])
  })

  test('a refused policy read names Viewer on IAM Access Management, for the key owner', async () => {
    emu = await start('healthy-vpc')
    emu.setFaults([
      {service: 'iam', path: '/v1/policies', kind: 'status', status: 403}
    ])
    const [f] = findingsOf(
      await preflight(emu, POOL),
      'kms-authorization',
      'cvpcprod000000000001'
    )
    expect(f!.status).toBe('error')
    expect(f!.summary).toContain('list authorization policies')
    expect(commandsOf(f!)).toEqual([
      expect.stringMatching(
        /^ibmcloud iam user-policy-create \S+ --roles Viewer --service-name iam-access-management$/
      )
    ])
  })

  test('a KMS instance in another account is not checked: its authorizations live there', async () => {
    emu = await start('healthy-vpc')
    const plan = JSON.parse(
      readFileSync(`${PLANS}/vpc-worker-pool-create-kms.json`, 'utf8')
    ) as {
      resource_changes: Array<{change: {after: Record<string, unknown>}}>
    }
    plan.resource_changes[0]!.change.after['kms_account_id'] =
      'f0e1d2c3b4a5968778695a4b3c2d1e0f'
    const dir = mkdtempSync(join(tmpdir(), 'kms-plan-'))
    const file = join(dir, 'plan.json')
    writeFileSync(file, JSON.stringify(plan))
    const [f] = findingsOf(
      await preflight(emu, {'terraform-plan': file}),
      'kms-authorization',
      'cvpcprod000000000001'
    )
    expect([f!.status, f!.messageId]).toEqual([
      'skip',
      'kms-authorization.other-account'
    ])
    expect(emu.count({service: 'iam', path: '/v1/policies'})).toBe(0)
  })

  test('by inputs: no KMS in the operation is a skip with no read; a KMS-enabled cluster with no authorization at all warns', async () => {
    emu = await start('healthy-vpc')
    const create = await preflight(emu, {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south'
    })
    expect(findingsOf(create, 'kms-authorization', 'new-vpc')[0]!.summary).toBe(
      'Not checked: cluster-create uses no KMS root key (no kms_config, no kms_instance_id and crk; for an update, the cluster does not encrypt its secrets with KMS).'
    )
    const update = await preflight(emu, {
      operation: 'cluster-update',
      cluster: 'prod-vpc'
    })
    expect(verdicts(update, 'prod-vpc')).toEqual([
      ['skip', 'kms-authorization.no-kms']
    ])
    expect(emu.count({service: 'iam', path: '/v1/policies'})).toBe(0)
    expect(emu.count({service: 'rc', path: /resource_instances/})).toBe(0)
    await emu.close()

    emu = await start('kms-policy-missing')
    const missing = await preflight(emu, {
      operation: 'cluster-update',
      cluster: 'prod-vpc'
    })
    const [f] = findingsOf(missing, 'kms-authorization', 'prod-vpc')
    expect([f!.status, f!.messageId]).toEqual([
      'warn',
      'kms-authorization.none-in-account'
    ])
    // Secret encryption needs Reader only (encryption-setup); the delegator is for worker volumes.
    expect(commandsOf(f!)).toEqual([
      'ibmcloud iam authorization-policy-create containers-kubernetes kms Reader --target-service-instance-id <kms-instance-id>'
    ])
  })

  test('a KMS-enabled cluster whose account has an authorization to some instance: not checked (IKS does not say which)', async () => {
    emu = await start({
      ...(await import('./emulator/scenario.js')).loadScenario('healthy-vpc'),
      clusters: (await import('./emulator/scenario.js'))
        .loadScenario('healthy-vpc')
        .clusters.map(c => ({...c, keyProtectEnabled: true}))
    })
    const report = await preflight(emu, {
      operation: 'cluster-update',
      cluster: 'prod-vpc'
    })
    const [f] = findingsOf(report, 'kms-authorization', 'prod-vpc')
    expect([f!.status, f!.messageId]).toEqual([
      'skip',
      'kms-authorization.instance-unknown'
    ])
    expect(f!.details).toEqual(['policy 8a1f3c2e-6b4d-4e9a-9c7b-2d1e0f3a4b5c'])
  })

  test('classic: a classic cluster create with kms_config passes, also without the Kubernetes Service authorization (IBM creates it)', async () => {
    const plan = JSON.parse(
      readFileSync(`${PLANS}/classic-cluster-create.json`, 'utf8')
    ) as {
      resource_changes: Array<{
        change: {
          after: Record<string, unknown>
          after_unknown: Record<string, unknown>
        }
      }>
    }
    const change = plan.resource_changes[0]!.change
    change.after['kms_config'] = [
      {
        instance_id: INSTANCE,
        crk_id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
        private_endpoint: true
      }
    ]
    change.after_unknown['kms_config'] = [{}]
    const dir = mkdtempSync(join(tmpdir(), 'kms-plan-'))
    const file = join(dir, 'plan.json')
    writeFileSync(file, JSON.stringify(plan))
    const inputs = {'terraform-plan': file, region: 'us-south'}
    emu = await start('healthy-classic')
    expect(verdicts(await preflight(emu, inputs), 'prod-classic')).toEqual([
      ['pass', 'kms-authorization.pass']
    ])
    await emu.close()
    emu = await start('kms-policy-missing')
    const [f, ...rest] = findingsOf(
      await preflight(emu, inputs),
      'kms-authorization',
      'prod-classic'
    )
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId]).toEqual([
      'pass',
      'kms-authorization.pass'
    ])
    expect(f!.details).toHaveLength(1)
    expect(f!.details![0]).toContain('IBM creates it')
  })

  test('a plan whose KMS instance is known only after apply is not checked', async () => {
    emu = await start('healthy-vpc')
    const plan = JSON.parse(
      readFileSync(`${PLANS}/vpc-worker-pool-create-kms.json`, 'utf8')
    ) as {
      resource_changes: Array<{
        change: {
          after: Record<string, unknown>
          after_unknown: Record<string, unknown>
        }
      }>
    }
    const change = plan.resource_changes[0]!.change
    delete change.after['kms_instance_id']
    change.after_unknown['kms_instance_id'] = true
    const dir = mkdtempSync(join(tmpdir(), 'kms-plan-'))
    const file = join(dir, 'plan.json')
    writeFileSync(file, JSON.stringify(plan))
    expect(
      verdicts(
        await preflight(emu, {'terraform-plan': file}),
        'cvpcprod000000000001'
      )
    ).toEqual([['skip', 'kms-authorization.after-apply']])
  })
})

describe('kms-authorization on an existing encrypted VPC pool (by inputs)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())
  const POLICY_READS = {service: 'iam', path: '/v1/policies'} as const

  test.each([
    ['worker-pool-resize', {'worker-pool': 'default', 'workers-per-zone': '2'}],
    ['zone-add', {'worker-pool': 'default', zones: 'us-south-3'}],
    ['worker-replace', {}]
  ] as Array<[string, RawInputs]>)(
    '%s on the encrypted default pool: pass, policies and pools read once',
    async (operation, extra) => {
      emu = await start('kms-pool-encrypted')
      const report = await preflight(emu, {
        operation,
        cluster: 'prod-vpc',
        ...extra
      })
      const found = findingsOf(report, 'kms-authorization', 'prod-vpc')
      expect(found.map(f => [f.status, f.messageId])).toEqual([
        ['pass', 'kms-authorization.pass']
      ])
      expect(found[0]!.summary).toBe(
        `Key Protect instance prod-key-protect (${INSTANCE}) is active, and the authorizations needed for the encrypted worker volumes of pool default (getWorkerPools workerVolumeEncryption) are in place.`
      )
      expect(found[0]!.details).toEqual([
        'Kubernetes Service → Key Protect prod-key-protect: Reader, Authorization Delegator (policy 8a1f3c2e-6b4d-4e9a-9c7b-2d1e0f3a4b5c)',
        'Cloud Block Storage → Key Protect prod-key-protect: Reader (policy 9b2e4d3f-7c5e-4fab-8d6c-3e2f1a4b5c6d)'
      ])
      expect(emu.count(POLICY_READS)).toBe(1)
      expect(emu.count({service: 'iks', path: '/v2/getWorkerPools'})).toBe(1)
      expect(
        emu.count({service: 'rc', path: `/v2/resource_instances/${INSTANCE}`})
      ).toBe(1)
    }
  )

  test('a resize of the encrypted pool without the Block Storage authorization fails with its create command', async () => {
    emu = await start('kms-pool-block-storage-missing')
    const report = await preflight(emu, {
      operation: 'worker-pool-resize',
      cluster: 'prod-vpc',
      'worker-pool': 'default',
      'workers-per-zone': '2'
    })
    const found = findingsOf(report, 'kms-authorization', 'prod-vpc')
    expect(found.map(f => [f.status, f.messageId])).toEqual([
      ['fail', 'kms-authorization.missing']
    ])
    expect(found[0]!.summary).toBe(
      `No active authorization lets Cloud Block Storage use Key Protect instance prod-key-protect (${INSTANCE}) with Reader, needed for the encrypted worker volumes of pool default (getWorkerPools workerVolumeEncryption).`
    )
    expect(commandsOf(found[0]!)).toEqual([BLOCK_POLICY])
    expect(report.result).toBe('fail')
    // The authorizations once, and (only because one is missing) the key's own access policies once.
    expect(
      emu.requests
        .filter(r => r.path === '/v1/policies')
        .map(r => [r.query['type'], r.query['iam_id']])
    ).toEqual([
      ['authorization', undefined],
      ['access', 'IBMid-6600001PIP']
    ])
  })

  test('a resize of the unencrypted pool skips as using no KMS, the same world where default would fail', async () => {
    emu = await start('kms-pool-block-storage-missing')
    const report = await preflight(emu, {
      operation: 'worker-pool-resize',
      cluster: 'prod-vpc',
      'worker-pool': 'edge',
      'workers-per-zone': '3'
    })
    expect(verdicts(report, 'prod-vpc')).toEqual([
      ['skip', 'kms-authorization.no-kms']
    ])
    expect(
      emu.count({service: 'rc', path: `/v2/resource_instances/${INSTANCE}`})
    ).toBe(0)
  })

  test('a worker replace without worker-pool looks at every pool: the encrypted one fails', async () => {
    emu = await start('kms-pool-block-storage-missing')
    const report = await preflight(emu, {
      operation: 'worker-replace',
      cluster: 'prod-vpc'
    })
    expect(verdicts(report, 'prod-vpc')).toEqual([
      ['fail', 'kms-authorization.missing']
    ])
  })

  test('a worker add without worker-pool cannot tell the pool: a skip naming the input, no pool read', async () => {
    emu = await start('kms-pool-block-storage-missing')
    const report = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-vpc'
    })
    const [f] = findingsOf(report, 'kms-authorization', 'prod-vpc')
    expect([f!.status, f!.messageId]).toEqual([
      'skip',
      'kms-authorization.needs-pool'
    ])
    expect(f!.summary).toContain('needs input worker-pool')
    expect(emu.count({service: 'iks', path: '/v2/getWorkerPools'})).toBe(0)
  })

  test('a pool the cluster does not have is named, not passed', async () => {
    emu = await start('kms-pool-encrypted')
    const report = await preflight(emu, {
      operation: 'worker-pool-resize',
      cluster: 'prod-vpc',
      'worker-pool': 'nosuch',
      'workers-per-zone': '2'
    })
    // operation-target owns the unknown pool (issue 20): kms-authorization waits for it.
    const [t] = findingsOf(report, 'operation-target', 'prod-vpc')
    expect([t!.status, t!.messageId]).toEqual([
      'fail',
      'operation-target.pool-unknown'
    ])
    const [f] = findingsOf(report, 'kms-authorization', 'prod-vpc')
    expect([f!.status, f!.messageId, f!.summary]).toEqual([
      'skip',
      'common.needs',
      'Not checked: needs operation-target.'
    ])
  })
})

/**
 * IAM lists only the policies the caller may read, and an empty array when none (platform-services-go-sdk
 * ListPolicies): a missing authorization fails only when the key may read every policy (issue 19 item 1).
 */
describe('kms-authorization: what the key may read of the policies', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())
  const RESIZE: RawInputs = {
    operation: 'worker-pool-resize',
    cluster: 'prod-vpc',
    'worker-pool': 'default',
    'workers-per-zone': '2'
  }

  test('a key that may read no policy sees an empty list: "could not verify", naming Viewer on IAM Access Management, never a fail', async () => {
    emu = await start('kms-pool-policies-unreadable')
    const report = await preflight(emu, RESIZE)
    const [f, ...rest] = findingsOf(report, 'kms-authorization', 'prod-vpc')
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId]).toEqual([
      'error',
      'kms-authorization.unverifiable'
    ])
    expect(f!.summary).toBe(
      `Could not verify that Kubernetes Service may use Key Protect instance prod-key-protect (${INSTANCE}) with Reader, Authorization Delegator, needed for the encrypted worker volumes of pool default (getWorkerPools workerVolumeEncryption): this key cannot be shown to read every authorization of the account (it needs Viewer on IAM Access Management, account-wide).`
    )
    expect(f!.why).toContain('an empty list when it may read none')
    expect(commandsOf(f!)[0]).toMatch(
      /^ibmcloud iam user-policy-create .* --roles Viewer --service-name iam-access-management$/
    )
    expect(commandsOf(f!)).toContain(IKS_POLICY)
    // The list IAM served was empty although both authorizations exist in the account.
    const lists = emu.requests.filter(r => r.path === '/v1/policies')
    expect(
      lists.map(r => [
        r.query['type'],
        (r.reply as {policies: unknown[]}).policies.length
      ])
    ).toEqual([
      ['authorization', 0],
      ['access', 0]
    ])
  })

  test('a partial list (Administrator on Key Protect only) proves nothing missing: "could not verify"; the same world read in full fails', async () => {
    emu = await start('kms-pool-policies-partial')
    const partial = await preflight(emu, RESIZE)
    const [f] = findingsOf(partial, 'kms-authorization', 'prod-vpc')
    expect([f!.status, f!.messageId]).toEqual([
      'error',
      'kms-authorization.unverifiable'
    ])
    expect(f!.summary).toContain(
      'Could not verify that Cloud Block Storage may use Key Protect instance prod-key-protect'
    )
    await emu.close()
    // kms-pool-block-storage-missing: the same policies, a key with Viewer on IAM Access Management.
    emu = await start('kms-pool-block-storage-missing')
    const [g] = findingsOf(
      await preflight(emu, RESIZE),
      'kms-authorization',
      'prod-vpc'
    )
    expect([g!.status, g!.messageId, g!.rule]).toEqual([
      'fail',
      'kms-authorization.missing',
      'kms-authorization.worker-volumes'
    ])
  })

  test('a partial list that shows every authorization needed passes: seeing them is proof', async () => {
    const {loadScenario} = await import('./emulator/scenario.js')
    const world = loadScenario('kms-pool-policies-partial')
    emu = await start({
      ...world,
      authorizationPolicies:
        loadScenario('kms-pool-encrypted').authorizationPolicies
    })
    const [f] = findingsOf(
      await preflight(emu, RESIZE),
      'kms-authorization',
      'prod-vpc'
    )
    expect([f!.status, f!.messageId]).toEqual([
      'pass',
      'kms-authorization.pass'
    ])
    // No failure to prove: the key's own access policies are not read.
    expect(
      emu.requests.filter(
        r => r.path === '/v1/policies' && r.query['type'] === 'access'
      )
    ).toHaveLength(0)
  })
})
