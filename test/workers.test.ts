/**
 * Issue 19 items 4–7 and the worker-replace case, issue 20 item 3 (the `workers` input), issue 23 item 2
 * (OpenShift's worker minimum and version rules): each case passes where IBM accepts the operation and
 * fails where IBM refuses it, on the emulator.
 */
import {parseConfig} from '../src/config/inputs.js'
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {intentFromInputs} from '../src/intent/inputs.js'
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {start, type Emulator} from './emulator/index.js'
import type {RawInputs} from '../src/config/raw.js'
import {helpText} from '../src/cli.js'
import {readFileSync} from 'node:fs'

type Report = Awaited<ReturnType<typeof preflight>>
const verdicts = (
  report: Report,
  check: string,
  target: string
): Array<[string, string, string | undefined]> =>
  findingsOf(report, check, target).map(f => [f.status, f.messageId, f.rule])

const PROD_VPC = 'kube-cvpcprod000000000001-prodvpc-default-00000'
const DEV_VPC = 'kube-cvpcdev0000000000002-devvpc-default-00000'

describe('worker-minimum by platform (issue 19.4, 23.2)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  const cases: Array<[string, RawInputs, string, string, string]> = [
    // OpenShift below 2 workers: IKS refuses (E1437).
    [
      'openshift-workers',
      {operation: 'worker-delete', cluster: 'dev-vpc'},
      'fail',
      'worker-minimum.fail-one',
      'OpenShift cluster dev-vpc would keep 1 worker(s) after worker-delete (2 now'
    ],
    [
      'openshift-workers',
      {operation: 'worker-delete', cluster: 'prod-vpc'},
      'pass',
      'worker-minimum.pass-one',
      'keeps 2 worker(s) after worker-delete (3 now, counting one worker deleted: the workers input names none); OpenShift clusters need at least 2.'
    ],
    [
      'openshift-workers',
      {
        operation: 'worker-delete',
        cluster: 'prod-vpc',
        workers: `${PROD_VPC}101,\n${PROD_VPC}202`
      },
      'fail',
      'worker-minimum.fail-named',
      'would keep 1 worker(s) after worker-delete (3 now, 2 named in workers removed)'
    ],
    [
      'openshift-workers',
      {
        operation: 'worker-pool-resize',
        cluster: 'prod-vpc',
        'worker-pool': 'default',
        'workers-per-zone': '0'
      },
      'fail',
      'worker-minimum.fail',
      'would keep 0 worker(s)'
    ],
    // Kubernetes: IBM documents 1; 2 → 1 passes.
    [
      'cluster-two-workers',
      {operation: 'worker-delete', cluster: 'prod-vpc'},
      'pass',
      'worker-minimum.pass-one',
      'keeps 1 worker(s) after worker-delete (2 now, counting one worker deleted: the workers input names none); Kubernetes clusters need at least 1.'
    ],
    [
      'healthy-mixed',
      {
        operation: 'worker-delete',
        cluster: 'prod-vpc',
        workers: `${PROD_VPC}101,${PROD_VPC}202`
      },
      'pass',
      'worker-minimum.pass-named',
      'keeps 1 worker(s) after worker-delete (3 now, 2 named in workers removed)'
    ],
    // Kubernetes to 0: IBM's pages disagree, so a warning.
    [
      'healthy-mixed',
      {
        operation: 'worker-delete',
        cluster: 'prod-vpc',
        workers: `${PROD_VPC}101,${PROD_VPC}202,${PROD_VPC}303`
      },
      'warn',
      'worker-minimum.zero',
      'would keep no workers after worker-delete (3 now)'
    ]
  ]

  test.each(cases)(
    '%s %j: %s %s',
    async (scenario, inputs, status, id, text) => {
      emu = await start(scenario)
      const report = await preflight(emu, inputs)
      const [f, ...rest] = findingsOf(report, 'worker-minimum', inputs.cluster!)
      expect(rest).toEqual([])
      expect([f!.status, f!.messageId]).toEqual([status, id])
      expect(f!.summary).toContain(text)
      if (status === 'fail') {
        expect(f!.rule).toBe('worker-minimum.openshift')
        expect(f!.why).toContain('E1437')
        expect(report.result).toBe('fail')
      }
    }
  )

  test('the named workers are listed as removed, and the fix keeps 2 on OpenShift', async () => {
    emu = await start('openshift-workers')
    const report = await preflight(emu, {
      operation: 'worker-delete',
      cluster: 'dev-vpc',
      workers: `${DEV_VPC}101`
    })
    const [f] = findingsOf(report, 'worker-minimum', 'dev-vpc')
    expect(f!.details).toEqual([
      `${DEV_VPC}101 (pool default): removed by worker-delete`
    ])
    expect(commandsOf(f!)).toEqual([
      // 1 left in 1 zone: 2 per zone keeps 2 (an OpenShift cluster's fix prints `ibmcloud oc`).
      'ibmcloud oc worker-pool resize --cluster cvpcdev0000000000002 --worker-pool default --size-per-zone 2'
    ])
  })
})

describe('the workers input (issue 20 item 3)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('comma or newline separated, trimmed; only for the operations on named workers', () => {
    const intent = intentFromInputs({
      operation: 'worker-replace',
      cluster: 'prod-vpc',
      workers: ` ${PROD_VPC}101 ,\n${PROD_VPC}202\n`
    })
    expect(intent.clusters[0]!.operations[0]!.workers).toEqual([
      `${PROD_VPC}101`,
      `${PROD_VPC}202`
    ])
    expect(() =>
      intentFromInputs({
        operation: 'worker-add',
        cluster: 'prod-vpc',
        workers: `${PROD_VPC}101`
      })
    ).toThrow(
      "Input 'workers': does not apply to operation worker-add; inputs it uses:"
    )
    expect(() =>
      intentFromInputs({
        operation: 'worker-reload',
        cluster: 'prod-vpc',
        workers: 'a,a'
      })
    ).toThrow(`Input 'workers': got "a" twice`)
    expect(() =>
      intentFromInputs({
        operation: 'worker-reboot',
        cluster: 'prod-vpc',
        workers: 'bad id'
      })
    ).toThrow(`Input 'workers': got "bad id"; expected a worker ID`)
    // A plan says what it changes: workers is refused with it like the other intent inputs.
    expect(() =>
      parseConfig(
        {
          'api-key': 'k',
          'terraform-plan': 'plan.json',
          workers: `${PROD_VPC}101`
        },
        CHECK_IDS,
        {}
      )
    ).toThrow('given together with workers')
  })

  test('documented: the action input and the CLI flag', () => {
    expect(readFileSync('action.yml', 'utf8')).toMatch(
      /\n {2}workers:\n {4}description: "Worker IDs a worker-delete, worker-reload, worker-reboot or worker-replace touches/
    )
    expect(helpText()).toContain('--workers ')
    expect(helpText()).toContain('IKS_PREFLIGHT_WORKERS')
    expect(helpText()).toContain(
      '--workers takes the worker IDs (as ibmcloud ks worker ls lists them)'
    )
  })

  test('an ID IKS does not list: one fail naming it and the cluster workers; the others are not checked', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'worker-delete',
      cluster: 'prod-vpc',
      workers: `${PROD_VPC}101,kube-nosuch`
    })
    const [f, ...rest] = findingsOf(report, 'cluster-state', 'prod-vpc')
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId, f!.rule]).toEqual([
      'fail',
      'cluster-state.workers-unknown',
      'common.input'
    ])
    expect(f!.summary).toBe(
      `IKS lists no worker kube-nosuch in cluster prod-vpc; its workers: ${PROD_VPC}101, ${PROD_VPC}202, ${PROD_VPC}303.`
    )
    expect(verdicts(report, 'worker-minimum', 'prod-vpc')).toEqual([
      ['skip', 'worker-minimum.workers-unknown', undefined]
    ])
    expect(verdicts(report, 'worker-endpoints', 'prod-vpc')).toEqual([
      ['skip', 'worker-endpoints.workers-unknown', undefined]
    ])
    expect(report.result).toBe('fail')
  })

  test('without the input the report says every worker was judged', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'worker-reload',
      cluster: 'prod-vpc'
    })
    const [f] = findingsOf(report, 'cluster-state', 'prod-vpc')
    expect(f!.status).toBe('pass')
    expect(f!.details).toEqual([
      'The workers input names no worker: every worker of the cluster was judged.'
    ])
  })

  test('cluster-state judges the named workers only: a busy worker not named does not count', async () => {
    emu = await start('cluster-busy')
    const named = await preflight(emu, {
      operation: 'worker-reboot',
      cluster: 'prod-vpc',
      workers: `${PROD_VPC}101`
    })
    expect(verdicts(named, 'cluster-state', 'prod-vpc')).toEqual([
      ['warn', 'cluster-state.master', 'cluster-state.degraded']
    ])
    const busy = await preflight(emu, {
      operation: 'worker-reboot',
      cluster: 'prod-vpc',
      workers: `${PROD_VPC}202`
    })
    expect(verdicts(busy, 'cluster-state', 'prod-vpc')).toEqual([
      ['warn', 'cluster-state.master', 'cluster-state.degraded'],
      ['warn', 'cluster-state.workers', 'cluster-state.degraded']
    ])
  })
})

describe('cluster-state: pending, requested, unsupported (issue 19.5, 19.6)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('a pending cluster (master deployed, workers provisioning) takes a new pool: pass', async () => {
    emu = await start('cluster-pending')
    const report = await preflight(emu, {
      operation: 'worker-pool-create',
      cluster: 'prod-vpc'
    })
    expect(verdicts(report, 'cluster-state', 'prod-vpc')).toEqual([
      ['pass', 'cluster-state.pass-cluster', undefined]
    ])
    expect(findingsOf(report, 'cluster-state', 'prod-vpc')[0]!.summary).toBe(
      'Cluster prod-vpc is pending, its master deployed.'
    )
    // A zone added to the default pool while the workers provision: not refused either.
    const zone = await preflight(emu, {
      operation: 'zone-add',
      cluster: 'prod-vpc'
    })
    expect(verdicts(zone, 'cluster-state', 'prod-vpc')).toEqual([
      ['pass', 'cluster-state.pass', undefined]
    ])
  })

  test('a requested cluster warns (no refusal documented); a deploying master still warns for a worker operation', async () => {
    emu = await start('cluster-pending')
    const report = await preflight(emu, {
      operation: 'worker-pool-create',
      cluster: 'dev-vpc'
    })
    expect(verdicts(report, 'cluster-state', 'dev-vpc')).toEqual([
      ['warn', 'cluster-state.state', 'cluster-state.degraded'],
      ['warn', 'cluster-state.master', 'cluster-state.degraded']
    ])
    expect(
      report.findings.filter(
        f => f.check === 'cluster-state' && f.status === 'fail'
      )
    ).toEqual([])
  })

  const resize = (size: string): RawInputs => ({
    operation: 'worker-pool-resize',
    cluster: 'prod-vpc',
    'worker-pool': 'default',
    'workers-per-zone': size
  })

  test('unsupported: a resize that removes workers warns (IBM: "you can still delete … worker nodes")', async () => {
    emu = await start('cluster-unsupported-vpc')
    const report = await preflight(emu, resize('1'))
    expect(verdicts(report, 'cluster-state', 'prod-vpc')).toEqual([
      ['warn', 'cluster-state.state', 'cluster-state.unsupported']
    ])
    const [f] = findingsOf(report, 'cluster-state', 'prod-vpc')
    expect(f!.why).toContain('You can still delete the cluster or worker nodes')
    expect(commandsOf(f!)).toEqual([
      'ibmcloud ks versions',
      'ibmcloud ks cluster master update --cluster cvpcprod000000000001 --version <next version>'
    ])
    expect(verdicts(report, 'worker-minimum', 'prod-vpc')[0]![0]).toBe('pass')
    expect(report.result).not.toBe('fail')
  })

  test('unsupported: a resize that adds workers, a worker-add and a reload fail; a worker delete warns', async () => {
    emu = await start('cluster-unsupported-vpc')
    for (const inputs of [
      resize('3'),
      {operation: 'worker-add', cluster: 'prod-vpc'},
      {operation: 'worker-reload', cluster: 'prod-vpc'}
    ]) {
      const report = await preflight(emu, inputs)
      expect(verdicts(report, 'cluster-state', 'prod-vpc')).toEqual([
        ['fail', 'cluster-state.state', 'cluster-state.unsupported']
      ])
      expect(report.result).toBe('fail')
    }
    const del = await preflight(emu, {
      operation: 'worker-delete',
      cluster: 'prod-vpc'
    })
    expect(verdicts(del, 'cluster-state', 'prod-vpc')).toEqual([
      ['warn', 'cluster-state.state', 'cluster-state.unsupported']
    ])
  })
})

describe('worker-replace of workers that lost the endpoints (issue 19)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('naming the deploy_failed worker: the replace is the fix, nothing fails', async () => {
    emu = await start('vpe-worker-messages')
    const report = await preflight(emu, {
      operation: 'worker-replace',
      cluster: 'prod-vpc',
      workers: `${PROD_VPC}101`
    })
    expect(verdicts(report, 'worker-endpoints', 'prod-vpc')).toEqual([
      ['pass', 'worker-endpoints.replace-fixes', undefined]
    ])
    const state = findingsOf(report, 'cluster-state', 'prod-vpc')
    expect(state.map(f => f.status)).toEqual(['pass'])
    expect(state[0]!.details).toEqual([
      `${PROD_VPC}101 is deploy_failed: replacing it is IBM's fix, so it does not hold up worker-replace.`
    ])
    expect(report.findings.filter(f => f.status === 'fail')).toEqual([])
  })

  test('naming the worker stuck on "Pending endpoint gateway creation" (45 min): pass', async () => {
    emu = await start('vpe-worker-messages')
    const report = await preflight(emu, {
      operation: 'worker-replace',
      cluster: 'prod-vpc',
      workers: `${PROD_VPC}202`
    })
    expect(verdicts(report, 'worker-endpoints', 'prod-vpc')).toEqual([
      ['pass', 'worker-endpoints.replace-fixes', undefined]
    ])
    expect(report.result).not.toBe('fail')
  })

  test('without the input: a warning to make sure the replace names them, not a fail', async () => {
    emu = await start('vpe-worker-messages')
    const report = await preflight(emu, {
      operation: 'worker-replace',
      cluster: 'prod-vpc'
    })
    const [f, ...rest] = findingsOf(report, 'worker-endpoints', 'prod-vpc')
    expect(rest).toEqual([])
    expect([f!.status, f!.messageId]).toEqual([
      'warn',
      'worker-endpoints.replace-unnamed'
    ])
    expect(commandsOf(f!)).toContain(
      `ibmcloud ks worker replace --cluster cvpcprod000000000001 --worker ${PROD_VPC}101`
    )
    expect(report.result).not.toBe('fail')
  })

  test('other operations on those workers still fail (IBM: "You can\'t manage worker nodes")', async () => {
    emu = await start('vpe-worker-messages')
    const report = await preflight(emu, {
      operation: 'worker-reload',
      cluster: 'prod-vpc',
      workers: `${PROD_VPC}101`
    })
    expect(verdicts(report, 'worker-endpoints', 'prod-vpc')).toEqual([
      ['fail', 'worker-endpoints.blocked', 'worker-endpoints.lost-endpoints']
    ])
    // The healthy worker alone: only it is judged.
    const healthy = await preflight(emu, {
      operation: 'worker-reload',
      cluster: 'prod-vpc',
      workers: `${PROD_VPC}104`
    })
    expect(verdicts(healthy, 'worker-endpoints', 'prod-vpc')).toEqual([
      ['pass', 'worker-endpoints.pass-named', undefined]
    ])
  })
})

describe('kube-version: platform, skew, too old (issue 19.7, 23.2)', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())
  const update = (cluster: string, version: string): RawInputs => ({
    operation: 'cluster-update',
    cluster,
    'kube-version': version
  })

  test.each([
    [
      'healthy-mixed',
      'prod-vpc',
      '4.16_openshift',
      'Kubernetes',
      'Red Hat OpenShift'
    ],
    ['openshift-workers', 'prod-vpc', '1.34', 'Red Hat OpenShift', 'Kubernetes']
  ])(
    '%s %s → %s: a platform change is refused with its own message',
    async (scenario, cluster, version, from, to) => {
      emu = await start(scenario)
      const report = await preflight(emu, update(cluster, version))
      const [f, ...rest] = findingsOf(report, 'kube-version', cluster)
      expect(rest).toEqual([])
      expect([f!.status, f!.messageId, f!.rule]).toEqual([
        'fail',
        'kube-version.update.platform',
        'kube-version.no-downgrade-or-switch'
      ])
      expect(f!.summary).toContain(`runs ${from} `)
      expect(f!.summary).toContain(`is a ${to} version`)
      expect(f!.summary).not.toMatch(/minor versions? ahead|is older/)
    }
  )

  test.each(['4.18_openshift', '4.18'])(
    'OpenShift 4.17 → %s: the next minor passes',
    async version => {
      emu = await start('openshift-workers')
      const report = await preflight(emu, update('prod-vpc', version))
      expect(verdicts(report, 'kube-version', 'prod-vpc')).toEqual([
        ['pass', 'kube-version.update.pass', undefined]
      ])
    }
  )

  test('a master update that strands workers fails: Kubernetes n-2, OpenShift n-1', async () => {
    emu = await start('workers-behind-master')
    const k8s = await preflight(emu, update('prod-vpc', '1.34'))
    const [f] = findingsOf(k8s, 'kube-version', 'prod-vpc')
    expect([f!.status, f!.messageId, f!.rule]).toEqual([
      'fail',
      'kube-version.update.strands-workers',
      'kube-version.worker-skew'
    ])
    expect(f!.details).toEqual([`${PROD_VPC}101: 1.31.14_1571`])
    expect(commandsOf(f!)).toEqual([
      `ibmcloud ks worker replace --cluster cvpcprod000000000001 --worker ${PROD_VPC}101 --update`
    ])
    expect(f!.why).toContain('(n-2)')
    const ocp = await preflight(emu, update('dev-vpc', '4.18_openshift'))
    const [g] = findingsOf(ocp, 'kube-version', 'dev-vpc')
    expect([g!.status, g!.messageId]).toEqual([
      'fail',
      'kube-version.update.strands-workers'
    ])
    expect(g!.why).toContain('(n-1)')
    expect(g!.summary).toContain('at most 1 behind')
    // Workers on the master's version: the same update passes.
    const ok = await preflight(emu, update('prod-classic', '1.34'))
    expect(verdicts(ok, 'kube-version', 'prod-classic')).toEqual([
      ['pass', 'kube-version.update.pass', undefined]
    ])
  })

  test('a master two or more versions behind the oldest listed cannot be updated: no master update steps', async () => {
    emu = await start('workers-behind-master')
    const report = await preflight(emu, update('dev-classic', '1.29'))
    const [f] = findingsOf(report, 'kube-version', 'dev-classic')
    expect([f!.status, f!.messageId, f!.rule]).toEqual([
      'fail',
      'kube-version.update.too-old',
      'kube-version.too-old'
    ])
    expect(f!.summary).toContain('behind 1.30.4, the oldest version IKS lists')
    expect(commandsOf(f!)).toEqual(['ibmcloud ks versions'])
    expect(commandsOf(f!).join('\n')).not.toContain('master update')
  })
})
