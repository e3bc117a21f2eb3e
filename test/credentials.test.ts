import {inputNotices} from '../src/report/notices.js'
import {loadScenario, start} from './emulator/index.js'
import {
  commandsOf,
  findingOf,
  findingsOf,
  preflight,
  preflightOn
} from './support/preflight.js'

const DELETE = {operation: 'cluster-delete', cluster: 'prod-classic'}
const ACCOUNT_A = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'

describe('healthy classic cluster', () => {
  test('every credential check passes and names the identity; facts are fetched once', async () => {
    const {report, emu} = await preflightOn('healthy-classic', {
      ...DELETE,
      'expected-account-ids': ACCOUNT_A
    })
    expect(report.result).toBe('pass')
    expect(findingOf(report, 'api-key').status).toBe('pass')
    expect(findingOf(report, 'api-key').summary).toContain('IBMid-6600001PIP')
    expect(findingOf(report, 'account').status).toBe('pass')
    expect(findingOf(report, 'cluster-access').summary).toMatch(
      /prod-classic \(bqclassicprod0000001\): classic in us-south/
    )
    expect(findingOf(report, 'cluster-api-key').summary).toContain('Acme Owner')
    expect(findingOf(report, 'infra-permissions').status).toBe('pass')
    expect(findingOf(report, 'cluster-name').status).toBe('skip')
    expect(report.identity).toMatchObject({
      accountId: ACCOUNT_A,
      iamId: 'IBMid-6600001PIP',
      kind: 'user',
      accountName: 'Acme Production'
    })
    // One token, one getCluster, however many checks need them.
    expect(emu.count({service: 'iam', path: '/identity/token'})).toBe(1)
    expect(emu.count({service: 'iks', path: '/v2/getCluster'})).toBe(1)
    // Region-scoped IKS calls carry the headers the real API needs.
    const scoped = emu.requests.filter(r => r.path === '/v1/infra-permissions')
    expect(scoped).toHaveLength(1)
    expect(scoped[0]!.headers['x-region']).toBe('us-south')
    expect(scoped[0]!.headers['x-auth-resource-group']).toBe(
      '5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01'
    )
  })

  test('account check is skipped (with the account named) when no allow-list is given', async () => {
    const {report} = await preflightOn('healthy-classic', DELETE)
    const f = findingOf(report, 'account')
    expect(f.status).toBe('skip')
    expect(f.summary).toContain(ACCOUNT_A)
  })

  test('infra-permissions is skipped with a reason on a VPC cluster', async () => {
    const {report} = await preflightOn('healthy-vpc', {
      operation: 'worker-replace',
      cluster: 'prod-vpc'
    })
    expect(findingOf(report, 'infra-permissions')).toMatchObject({
      status: 'skip',
      summary: 'Not applicable to vpc-gen2 clusters; applies to classic.'
    })
  })
})

describe('api-key', () => {
  test('unknown key fails with the IAM code and the fix; every other check is "not checked: needs api-key"', async () => {
    const {report, emu} = await preflightOn('unknown-key', DELETE)
    const f = findingOf(report, 'api-key')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain('BXNIM0415E')
    expect(commandsOf(f).join('\n')).toContain('ibmcloud iam api-key-create')
    expect(findingOf(report, 'cluster-access')).toMatchObject({
      status: 'skip',
      summary: 'Not checked: needs api-key.'
    })
    expect(report.findings.filter(x => x.status !== 'skip')).toHaveLength(1)
    expect(report.failedChecks).toEqual(['api-key'])
    expect(report.result).toBe('fail')
    expect(report.identity).toBeUndefined()
    // IAM answered a definite 400: no retries of the exchange.
    expect(emu.count({service: 'iam', path: '/identity/token'})).toBe(1)
  })

  test('disabled key fails', async () => {
    const {report} = await preflightOn('disabled-key', DELETE)
    const f = findingOf(report, 'api-key')
    expect(f.status).toBe('fail')
    expect(f.summary).toMatch(/disabled/)
    expect(commandsOf(f).some(c => c.includes('api-key-enable'))).toBe(true)
  })

  test('locked key warns (it authenticates) and says how to unlock', async () => {
    const {report} = await preflightOn('locked-key', DELETE)
    const f = findingOf(report, 'api-key')
    expect(f.status).toBe('warn')
    expect(
      commandsOf(f).some(c => c.startsWith('ibmcloud iam api-key-unlock'))
    ).toBe(true)
    expect(findingOf(report, 'cluster-access').status).toBe('pass')
  })

  test('IAM down: could not verify, never pass', async () => {
    const emu = await start('healthy-classic')
    emu.setFaults([
      {service: 'iam', path: '/identity/token', kind: 'status', status: 503}
    ])
    try {
      const report = await preflight(emu, {...DELETE, 'timeout-seconds': '10'})
      expect(findingOf(report, 'api-key').status).toBe('error')
      expect(findingOf(report, 'api-key').summary).toMatch(
        /IBM Cloud IAM .*HTTP 503/
      )
      expect(report.findings.filter(f => f.status === 'pass')).toEqual([])
    } finally {
      await emu.close()
    }
  })
})

describe('account', () => {
  test('a key from another account fails against the allow-list', async () => {
    const {report} = await preflightOn('other-account', {
      ...DELETE,
      'expected-account-ids': ACCOUNT_A
    })
    const f = findingOf(report, 'account')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain('b0b1b2b3b4b5b6b7b8b9babbbcbdbebf')
    expect(f.summary).toContain(ACCOUNT_A)
  })

  test('a resource group named in the wrong case fails with a hint', async () => {
    const {report} = await preflightOn('default-group-named', {
      ...DELETE,
      'resource-group': 'default'
    })
    const f = findingsOf(report, 'account').find(x => x.status === 'fail')!
    expect(f.messageId).toBe('account.resource-group-unknown')
    expect(f.summary).toMatch(/did you mean 'Default'/)
  })
})

describe('cluster-access', () => {
  test('404 A0006 fails, names the account and says what to check', async () => {
    const {report} = await preflightOn('cluster-not-found', DELETE)
    const f = findingOf(report, 'cluster-access')
    expect(f.status).toBe('fail')
    expect(f.summary).toMatch(/HTTP 404 A0006/)
    expect(f.why).toContain(ACCOUNT_A)
    expect(f.why).toMatch(/region or resource group/)
    expect(commandsOf(f)).toContain('ibmcloud ks cluster ls --provider all')
    expect(f.ibm?.incidentID).toBeTruthy()
  })

  test('403 names the missing roles for the operation', async () => {
    const {report} = await preflightOn('cluster-forbidden', {
      operation: 'worker-reload',
      cluster: 'prod-classic'
    })
    const f = findingOf(report, 'cluster-access')
    expect(f.status).toBe('fail')
    expect(f.why).toMatch(/Viewer .* Operator role/)
    // The key cannot read the cluster, so its ID (what IAM policies name) is a placeholder unless an ID was given.
    expect(commandsOf(f)[0]).toBe(
      'ibmcloud iam user-policy-create pipeline@acme.example --roles Viewer,Operator --service-name containers-kubernetes --service-instance <ID of cluster prod-classic>'
    )
  })

  test('IKS 500s after retries: could not verify', async () => {
    const emu = await start('healthy-classic')
    emu.setFaults([
      {service: 'iks', path: '/v2/getCluster', kind: 'status', status: 500}
    ])
    try {
      const report = await preflight(emu, DELETE)
      const f = findingOf(report, 'cluster-access')
      expect(f.status).toBe('error')
      expect(f.summary).toMatch(
        /IBM Cloud Kubernetes Service \(get cluster\) HTTP 500/
      )
      expect(emu.count({service: 'iks', path: '/v2/getCluster'})).toBe(4)
      // Account-level checks did not depend on IKS.
      expect(findingOf(report, 'api-key').status).toBe('pass')
    } finally {
      await emu.close()
    }
  })
})

describe('cluster-name', () => {
  test('a taken name fails with E0007 explained', async () => {
    const {report} = await preflightOn('create-name-taken', {
      operation: 'cluster-create',
      cluster: 'prod-classic',
      provider: 'classic',
      region: 'us-south'
    })
    const f = findingOf(report, 'cluster-name')
    expect(f.status).toBe('fail')
    expect(f.why).toContain('E0007')
    expect(commandsOf(f)).toEqual([
      'ibmcloud ks cluster get --cluster bqclassicprod0000001'
    ])
  })

  test('a free name passes; the same name in another region does not block', async () => {
    const {report} = await preflightOn('create-name-taken', {
      operation: 'cluster-create',
      cluster: 'prod-classic',
      provider: 'classic',
      region: 'eu-de'
    })
    expect(findingOf(report, 'cluster-name')).toMatchObject({
      status: 'pass',
      summary:
        'No cluster named prod-classic exists in region eu-de (one exists in us-south).'
    })
  })
})

describe('cluster-api-key', () => {
  // IBM's access-creds page (2026-07-27) names service IDs as key owners given Operator on IAM Identity, a
  // role this run does not read: a warning with the documented fix (rule cluster-api-key.creator).
  test('service ID creating where no user key is stored warns with the documented fix', async () => {
    const {report} = await preflightOn('service-id-no-stored-key', {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south'
    })
    const f = findingOf(report, 'cluster-api-key')
    expect(f.status).toBe('warn')
    expect(f.rule).toBe('cluster-api-key.creator')
    expect(f.why).toMatch(/Operator role on the IAM Identity service/)
    expect(commandsOf(f)).toEqual([
      'ibmcloud target -r us-south',
      'ibmcloud target -g default',
      'ibmcloud ks api-key reset --region us-south',
      expect.stringMatching(
        /^ibmcloud iam service-policy-create iam-ServiceId-\S+ --roles Operator --service-name iam-identity$/
      )
    ])
  })

  // The user may hold "User API key creator"; this run does not read it: a warning naming the role.
  test('restricted API key creation and no stored key: warn naming "User API key creator"', async () => {
    const s = loadScenario('restricted-apikey')
    s.storedApiKeys = []
    const emu = await start(s)
    try {
      const report = await preflight(emu, {
        operation: 'cluster-create',
        cluster: 'new-classic',
        provider: 'classic',
        region: 'us-south'
      })
      const f = findingOf(report, 'cluster-api-key')
      expect(f.status).toBe('warn')
      expect(f.rule).toBe('cluster-api-key.creator')
      expect(commandsOf(f)[0]).toContain("'User API key creator'")
    } finally {
      await emu.close()
    }
  })

  test('restricted, but a key is stored: passes with the owner', async () => {
    const {report} = await preflightOn('restricted-apikey', {
      operation: 'cluster-create',
      cluster: 'new-classic',
      provider: 'classic',
      region: 'us-south'
    })
    expect(findingOf(report, 'cluster-api-key')).toMatchObject({status: 'pass'})
    expect(findingOf(report, 'cluster-api-key').summary).toContain('Acme Owner')
  })

  test('existing cluster with no stored key fails with api-key reset', async () => {
    const s = loadScenario('healthy-classic')
    s.storedApiKeys = []
    const emu = await start(s)
    try {
      const report = await preflight(emu, DELETE)
      const f = findingOf(report, 'cluster-api-key')
      expect(f.status).toBe('fail')
      expect(commandsOf(f)).toContain(
        'ibmcloud ks api-key reset --region us-south'
      )
    } finally {
      await emu.close()
    }
  })
})

describe('infra-permissions', () => {
  test('missing required permissions fail, named as IBM names them, grouped by category, each with its grant command', async () => {
    const {report} = await preflightOn('missing-infra-permissions', DELETE)
    const f = findingOf(report, 'infra-permissions')
    expect(f.status).toBe('fail')
    // IBM's display names (AccountStatus.missingPermissions), and whose account IBM judged.
    expect(f.summary).toContain(
      'lack 3 required classic permission(s): Add Server, View Virtual Server Details, Add Tickets'
    )
    expect(f.summary).toContain(
      'IBM checked classic account 1234567 (credentials: linked account API key).'
    )
    // keyNames mapped from the display names, for the SoftLayer CLI.
    for (const key of [
      'SERVER_ADD',
      'VIRTUAL_GUEST_VIEW',
      'TICKET_ADD',
      'DNS_MANAGE',
      'NAS_MANAGE'
    ]) {
      expect(commandsOf(f)).toContain(
        `ibmcloud sl user permission-edit <user-id> --permission ${key} --enable true`
      )
    }
    expect(f.details).toEqual([
      'Virtual worker permissions, required: Add Server (SERVER_ADD), View Virtual Server Details (VIRTUAL_GUEST_VIEW), Add Tickets (TICKET_ADD)',
      'Network permissions, recommended: Manage DNS (DNS_MANAGE)',
      'Storage permissions, recommended: Manage Storage (NAS_MANAGE)'
    ])
  })

  test('only recommended missing: a warning', async () => {
    const s = loadScenario('missing-infra-permissions')
    s.missingInfraPermissions![0]!.required = []
    const emu = await start(s)
    try {
      const report = await preflight(emu, DELETE)
      expect(findingOf(report, 'infra-permissions').status).toBe('warn')
      expect(report.result).toBe('warn')
    } finally {
      await emu.close()
    }
  })

  test('an unreadable body is could-not-verify', async () => {
    const emu = await start('healthy-classic')
    emu.setFaults([
      {service: 'iks', path: '/v1/infra-permissions', kind: 'wrongTypes'}
    ])
    try {
      const report = await preflight(emu, DELETE)
      expect(findingOf(report, 'infra-permissions').status).toBe('error')
    } finally {
      await emu.close()
    }
  })
})

describe('several clusters', () => {
  test('a hanging cluster list does not hold the clusters hostage: each asks IKS for itself after a short wait', async () => {
    const emu = await start('healthy-mixed')
    emu.setFaults([{service: 'iks', path: '/v2/getClusters', kind: 'hang'}])
    try {
      const report = await preflight(emu, {
        operation: 'cluster-update',
        cluster: 'prod-classic,prod-vpc,dev-classic,dev-vpc',
        'timeout-seconds': '60'
      })
      for (const c of ['prod-classic', 'prod-vpc', 'dev-classic', 'dev-vpc'])
        expect(findingOf(report, 'cluster-access', c).status).toBe('pass')
      expect(emu.count({service: 'iks', path: '/v2/getCluster'})).toBe(4)
      // Bounded by the list wait (5 s), not by the 60 s budget.
      expect(report.durationMs).toBeLessThan(30_000)
    } finally {
      await emu.close()
    }
  })
})

describe('a cluster given by name and by ID', () => {
  test('is checked once, as the first ref, and the report says so', async () => {
    const {report} = await preflightOn('healthy-classic', {
      operation: 'cluster-update',
      cluster: 'prod-classic, bqclassicprod0000001'
    })
    const clusterTargets = new Set(
      report.findings.filter(f => f.target !== 'account').map(f => f.target)
    )
    expect([...clusterTargets]).toEqual(['prod-classic'])
    expect(
      report.findings.filter(f => f.check === 'cluster-access')
    ).toHaveLength(1)
    expect(report.targets.map(x => [x.ref, x.sameAs])).toEqual([
      ['prod-classic', undefined],
      ['bqclassicprod0000001', 'prod-classic']
    ])
    expect(
      inputNotices(
        {operation: 'cluster-update', remediate: 'none'},
        report,
        'en'
      )
    ).toEqual([
      "Input 'cluster': bqclassicprod0000001 and prod-classic are the same cluster (bqclassicprod0000001); it was checked once, as prod-classic."
    ])
  })

  test('two different clusters are both checked', async () => {
    const {report} = await preflightOn('healthy-mixed', {
      operation: 'cluster-update',
      cluster: 'prod-classic, prod-vpc'
    })
    const targets = new Set(
      report.findings.filter(f => f.target !== 'account').map(f => f.target)
    )
    expect([...targets].sort()).toEqual(['prod-classic', 'prod-vpc'])
    expect(report.targets.every(x => x.sameAs === undefined)).toBe(true)
  })
})
