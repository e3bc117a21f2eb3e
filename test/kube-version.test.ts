/** kube-version (issue 11 item 2): the version a create orders, a master update's target, a worker operation's cluster version. */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {RawInputs} from '../src/config/inputs.js'
import {
  endOfService,
  NEAR_EOS_DAYS,
  parseRequested,
  parseRunning
} from '../src/checks/kube-version.js'
import {extract} from '../src/explain/extract.js'
import {normalise} from '../src/explain/normalise.js'
import {commandsOf, findingsOf, preflight} from './support/preflight.js'
import {start, type Emulator} from './emulator/index.js'

const PLANS = 'test/fixtures/terraform-plans'
const DAY = 86_400_000

describe('kube-version: version forms and end of service', () => {
  test('the forms the CLI takes: major.minor, .patch, _build, _openshift', () => {
    expect(parseRequested('1.33')).toEqual({
      major: 1,
      minor: 33,
      openshift: false
    })
    expect(parseRequested('1.33.4')).toEqual({
      major: 1,
      minor: 33,
      patch: 4,
      openshift: false
    })
    expect(parseRequested('1.30.4_1533')).toEqual({
      major: 1,
      minor: 30,
      patch: 4,
      openshift: false
    })
    expect(parseRequested('4.17_openshift')).toEqual({
      major: 4,
      minor: 17,
      openshift: true
    })
    expect(parseRequested('4.17.40_1546_openshift')).toMatchObject({
      patch: 40,
      openshift: true
    })
    for (const bad of ['latest', '1', '1.33.x', 'v1.33', '1.33_openshift_x'])
      expect(parseRequested(bad)).toBeUndefined()
  })

  test('a master version, also while an update is pending', () => {
    expect(parseRunning('1.33.4_1534')).toEqual({
      major: 1,
      minor: 33,
      patch: 4,
      openshift: false
    })
    expect(parseRunning('4.17.40_1546_openshift')?.openshift).toBe(true)
    expect(parseRunning('1.33.4_1534 --> 1.34.1_1520 (pending)')?.minor).toBe(
      33
    )
    expect(parseRunning('')).toBeUndefined()
    expect(parseRunning(undefined)).toBeUndefined()
  })

  test("IBM's end-of-service format; near is at most NEAR_EOS_DAYS days away", () => {
    const now = Date.parse('2026-12-02T00:00:00Z')
    expect(endOfService('', now)).toEqual({kind: 'none'})
    expect(endOfService(undefined, now)).toEqual({kind: 'none'})
    expect(endOfService('2022-06-06T12:00:00+0000', now)).toEqual({
      kind: 'past',
      date: '2022-06-06'
    })
    expect(
      endOfService(new Date(now + NEAR_EOS_DAYS * DAY).toISOString(), now)
    ).toMatchObject({kind: 'near', days: NEAR_EOS_DAYS})
    expect(
      endOfService(new Date(now + (NEAR_EOS_DAYS + 1) * DAY).toISOString(), now)
    ).toMatchObject({kind: 'later', days: NEAR_EOS_DAYS + 1})
    // IBM's SDK placeholder: announced, but not a date.
    expect(endOfService('EndOfService', now)).toEqual({
      kind: 'unreadable',
      date: 'EndOfService'
    })
  })
})

test('explain reads the version a failed run asked for (CLI flag or Terraform attribute)', () => {
  const of = (text: string): string | undefined =>
    extract(normalise(text)).kubeVersion
  expect(
    of('ibmcloud cs cluster-create --name=k --kube-version=1.10.3 \\')
  ).toBe('1.10.3')
  expect(
    of('ibmcloud oc cluster create vpc-gen2 --version 4.18_openshift')
  ).toBe('4.18_openshift')
  expect(of('  + kube_version = "1.30.4_1533"')).toBe('1.30.4_1533')
  expect(of('ibmcloud ks versions')).toBeUndefined()
})

describe('kube-version (emulator)', () => {
  let emu: Emulator
  let tmp: string | undefined
  afterEach(async () => {
    await emu?.close()
    if (tmp) rmSync(tmp, {recursive: true, force: true})
    tmp = undefined
  })

  const only = (
    report: Awaited<ReturnType<typeof preflight>>,
    target: string
  ): [string, string, string] => {
    const [f, ...rest] = findingsOf(report, 'kube-version', target)
    expect(rest).toEqual([])
    return [f!.status, f!.messageId, f!.summary]
  }

  /** A plan fixture with one change made, written to a temporary file. */
  const planWith = (
    name: string,
    change: (plan: {
      resource_changes: Array<{
        change: {
          after: Record<string, unknown>
          after_unknown: Record<string, unknown>
        }
      }>
    }) => void
  ): string => {
    const plan = JSON.parse(readFileSync(`${PLANS}/${name}.json`, 'utf8'))
    change(plan)
    tmp = mkdtempSync(join(tmpdir(), 'kube-version-'))
    const file = join(tmp, `${name}.json`)
    writeFileSync(file, JSON.stringify(plan))
    return file
  }

  // scenario, inputs, status, message id, text the summary holds.
  const cases: Array<[string, RawInputs, string, string, string]> = [
    // cluster-create
    [
      'healthy-mixed',
      {
        operation: 'cluster-create',
        cluster: 'new-vpc',
        provider: 'vpc-gen2',
        region: 'us-south',
        'kube-version': '1.33'
      },
      'pass',
      'kube-version.create.pass',
      'IKS offers 1.33.4: cluster new-vpc can be created with it.'
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-create',
        cluster: 'new-vpc',
        provider: 'vpc-gen2',
        region: 'us-south'
      },
      'pass',
      'kube-version.create.default',
      'IKS creates cluster new-vpc with its default version 1.33.4.'
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-create',
        cluster: 'new-roks',
        provider: 'vpc-gen2',
        region: 'us-south',
        'kube-version': '4.18_openshift'
      },
      'pass',
      'kube-version.create.pass',
      'IKS offers 4.18.25_openshift'
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-create',
        cluster: 'new-classic',
        provider: 'classic',
        region: 'us-south',
        'kube-version': '1.30'
      },
      'warn',
      'kube-version.create.eos',
      'IKS offers 1.30.4 for cluster new-classic, but its end of service is near: end of service '
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-create',
        cluster: 'new-classic',
        provider: 'classic',
        region: 'us-south',
        'kube-version': '1.29'
      },
      'fail',
      'kube-version.create.unknown',
      'IKS does not offer kubernetes 1.29: cluster new-classic cannot be created with it.'
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-create',
        cluster: 'new-classic',
        provider: 'classic',
        region: 'us-south',
        'kube-version': '1.33.2'
      },
      'fail',
      'kube-version.create.patch',
      'IKS offers 1.33.4, not 1.33.2'
    ],
    // cluster-update (master)
    [
      'healthy-mixed',
      {
        operation: 'cluster-update',
        cluster: 'prod-vpc',
        'kube-version': '1.34'
      },
      'pass',
      'kube-version.update.pass',
      'Cluster prod-vpc can update from 1.33.4 to 1.34.1, the next minor version IKS offers.'
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-update',
        cluster: 'prod-vpc',
        'kube-version': '1.32'
      },
      'fail',
      'kube-version.update.downgrade',
      'Cluster prod-vpc runs 1.33.4; 1.32 is older'
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-update',
        cluster: 'prod-vpc',
        'kube-version': '1.33.4'
      },
      'warn',
      'kube-version.update.same',
      'Cluster prod-vpc already runs 1.33.4'
    ],
    [
      'kube-version-eos',
      {
        operation: 'cluster-update',
        cluster: 'prod-classic',
        'kube-version': '1.31'
      },
      'pass',
      'kube-version.update.pass',
      'from 1.30.4 to 1.31.14'
    ],
    [
      'kube-version-eos',
      {
        operation: 'cluster-update',
        cluster: 'dev-vpc',
        // The cluster runs Red Hat OpenShift: 4.18 means 4.18_openshift.
        'kube-version': '4.18'
      },
      'pass',
      'kube-version.update.pass',
      'Cluster dev-vpc can update from 4.17.38_openshift to 4.18.25_openshift'
    ],
    [
      'healthy-mixed',
      {
        operation: 'cluster-update',
        cluster: 'prod-vpc',
        'kube-version': '1.35'
      },
      'fail',
      'kube-version.update.unknown',
      'IKS does not offer kubernetes 1.35: cluster prod-vpc (now 1.33.4) cannot be updated to it.'
    ],
    [
      'healthy-mixed',
      {operation: 'cluster-update', cluster: 'prod-vpc'},
      'skip',
      'kube-version.needs-input',
      'Not checked: cluster-update needs the kube-version input'
    ],
    // worker operations
    [
      'healthy-mixed',
      {operation: 'worker-add', cluster: 'prod-classic'},
      'pass',
      'kube-version.workers.pass',
      'Cluster prod-classic runs 1.33.4, which IKS supports: worker-add can add or reload workers.'
    ],
    [
      'kube-version-eos',
      {operation: 'worker-reload', cluster: 'prod-classic'},
      'warn',
      'kube-version.workers.eos',
      'Cluster prod-classic runs 1.30.4, whose end of service is near (end of service '
    ],
    [
      'kube-version-eos',
      {operation: 'worker-replace', cluster: 'prod-vpc'},
      'fail',
      'kube-version.workers.eos-past',
      'Cluster prod-vpc runs 1.29.15, past its end of service (end of service '
    ],
    [
      'kube-version-eos',
      {operation: 'worker-add', cluster: 'dev-classic'},
      'fail',
      'kube-version.workers.unsupported',
      'Cluster dev-classic runs 1.28.15, which IKS no longer offers: worker-add cannot add or reload workers until the master is updated.'
    ],
    [
      'kube-version-eos',
      {operation: 'zone-add', cluster: 'dev-vpc'},
      'pass',
      'kube-version.workers.pass',
      'Cluster dev-vpc runs 4.17.38_openshift, which IKS supports'
    ],
    [
      'kube-version-eos',
      {operation: 'cluster-update', cluster: 'dev-vpc', 'kube-version': '4.17'},
      'pass',
      'kube-version.update.patch',
      'Cluster dev-vpc runs 4.17.38_openshift; 4.17 is the patch update to 4.17.40_openshift that IKS offers.'
    ],
    [
      'kube-version-eos',
      {
        operation: 'cluster-update',
        cluster: 'prod-vpc',
        'kube-version': '1.30'
      },
      'warn',
      'kube-version.update.eos',
      'Cluster prod-vpc can update from 1.29.15 to 1.30.4, but its end of service is near: end of service '
    ]
  ]

  test.each(cases)(
    '%s %j: %s %s',
    async (scenario, inputs, status, id, text) => {
      emu = await start(scenario)
      const report = await preflight(emu, inputs)
      const [got, gotId, summary] = only(report, inputs.cluster!)
      expect([got, gotId]).toEqual([status, id])
      expect(summary).toContain(text)
    }
  )

  test('fail: an update that skips minor versions names each step, one minor at a time', async () => {
    emu = await start('kube-version-eos')
    const report = await preflight(emu, {
      operation: 'cluster-update',
      cluster: 'prod-vpc',
      'kube-version': '1.33'
    })
    const [f] = findingsOf(report, 'kube-version', 'prod-vpc')
    expect([f!.status, f!.messageId]).toEqual([
      'fail',
      'kube-version.update.skip'
    ])
    expect(f!.summary).toContain('1.33 is 4 minor versions ahead')
    expect(f!.why).toContain('(n+1)')
    expect(commandsOf(f!)).toEqual([
      'ibmcloud ks cluster master update --cluster cvpcprod000000000001 --version 1.30',
      'ibmcloud ks cluster master update --cluster cvpcprod000000000001 --version 1.31',
      'ibmcloud ks cluster master update --cluster cvpcprod000000000001 --version 1.32',
      'ibmcloud ks cluster master update --cluster cvpcprod000000000001 --version 1.33'
    ])
  })

  test('fail: a cluster on a version IKS no longer lists gets the next minor to update to, and the list', async () => {
    emu = await start('kube-version-eos')
    const report = await preflight(emu, {
      operation: 'worker-pool-create',
      cluster: 'dev-classic'
    })
    const [f] = findingsOf(report, 'kube-version', 'dev-classic')
    expect(f!.why).toContain("you can't add or reload worker nodes")
    expect(commandsOf(f!)).toEqual([
      'ibmcloud ks cluster master update --cluster bqclassicdev00000002 --version 1.29',
      'ibmcloud ks versions'
    ])
    expect(f!.details[0]).toMatch(
      /^IKS offers 1\.29\.15 \(end of service \d{4}-\d{2}-\d{2}\)$/
    )
    expect(f!.details).toContain('IKS offers 1.33.4 (default)')
    expect(report.result).toBe('fail')
  })

  test('fail: "4.18" without _openshift is a Kubernetes version IKS does not offer; the details say what to write', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'cluster-create',
      cluster: 'new-roks',
      provider: 'vpc-gen2',
      region: 'us-south',
      'kube-version': '4.18'
    })
    const [f] = findingsOf(report, 'kube-version', 'new-roks')
    expect(f!.messageId).toBe('kube-version.create.unknown')
    expect(f!.details[0]).toBe(
      'IKS lists 4.18 for the other platform: write 4.18_openshift.'
    )
    expect(commandsOf(f!)).toEqual(['ibmcloud ks versions'])
  })

  test('fail: an older patch on create is E0156, with the minor and the listed patch to use instead', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'cluster-create',
      cluster: 'new-classic',
      provider: 'classic',
      region: 'us-south',
      'kube-version': '1.33.2'
    })
    const [f] = findingsOf(report, 'kube-version', 'new-classic')
    expect(f!.why).toContain('E0156')
    expect(f!.fix[0]!.text).toBe(
      'Ask for 1.33 (IKS picks its latest patch) or for 1.33.4; the versions IKS offers:'
    )
  })

  test('an unsupported cluster is one finding: cluster-state fails it, kube-version defers', async () => {
    emu = await start('cluster-unsupported')
    const report = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(only(report, 'prod-classic').slice(0, 2)).toEqual([
      'skip',
      'kube-version.covered'
    ])
    expect(
      findingsOf(report, 'cluster-state', 'prod-classic').map(f => [
        f.status,
        f.messageId
      ])
    ).toContainEqual(['fail', 'cluster-state.state'])
  })

  test('one version list per run, read in parallel with the cluster; no request of its own for the cluster', async () => {
    emu = await start('healthy-mixed')
    const report = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-classic,prod-vpc'
    })
    expect(only(report, 'prod-classic')[0]).toBe('pass')
    expect(only(report, 'prod-vpc')[0]).toBe('pass')
    expect(emu.count({service: 'iks', path: '/v1/versions'})).toBe(1)
    expect(emu.count({service: 'iks', path: '/v2/getCluster'})).toBe(2)
  })

  test('IKS answers the version list without a token, as IBM docs show', async () => {
    emu = await start('healthy-mixed')
    const res = await fetch(`${emu.env.IBMCLOUD_CS_API_ENDPOINT}/v1/versions`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown[]>
    expect(Object.keys(body)).toEqual(['kubernetes', 'openshift'])
    expect(body['kubernetes']).toContainEqual({
      major: 1,
      minor: 33,
      patch: 4,
      default: true,
      end_of_service: ''
    })
  })

  test('pass: an end of service more than 30 days away is named, not warned about', async () => {
    emu = await start('healthy-mixed')
    const eos = new Date(Date.now() + 90 * DAY)
    emu.setFaults([
      {
        service: 'iks',
        path: '/v1/versions',
        kind: 'status',
        status: 200,
        body: {
          kubernetes: [
            {
              major: 1,
              minor: 33,
              patch: 4,
              default: true,
              end_of_service: eos.toISOString().replace(/\.\d+Z$/, '+0000')
            }
          ]
        }
      }
    ])
    const report = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    const [status, id, summary] = only(report, 'prod-classic')
    expect([status, id]).toEqual(['pass', 'kube-version.workers.pass-eos'])
    expect(summary).toContain(
      `(end of service ${eos.toISOString().slice(0, 10)}, in 90 day(s))`
    )
  })

  test('warn: no version requested and IKS marks no default, so the version the create gets is unknown', async () => {
    emu = await start('healthy-mixed')
    emu.setFaults([
      {
        service: 'iks',
        path: '/v1/versions',
        kind: 'status',
        status: 200,
        body: {
          kubernetes: [
            {major: 1, minor: 33, patch: 4, default: false, end_of_service: ''}
          ]
        }
      }
    ])
    const report = await preflight(emu, {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south'
    })
    const [f] = findingsOf(report, 'kube-version', 'new-vpc')
    expect([f!.status, f!.messageId]).toEqual([
      'warn',
      'kube-version.create.no-default'
    ])
    expect(f!.details).toEqual(['IKS offers 1.33.4'])
  })

  test('an empty version list cannot be checked; a failed read is "could not verify", never a pass', async () => {
    emu = await start('healthy-mixed')
    emu.setFaults([
      {service: 'iks', path: '/v1/versions', kind: 'status', status: 503}
    ])
    const failed = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(only(failed, 'prod-classic').slice(0, 2)).toEqual([
      'error',
      'common.could-not-verify'
    ])
    emu.setFaults([
      {
        service: 'iks',
        path: '/v1/versions',
        kind: 'status',
        status: 200,
        body: {kubernetes: [], openshift: []}
      }
    ])
    const empty = await preflight(emu, {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(only(empty, 'prod-classic').slice(0, 2)).toEqual([
      'error',
      'kube-version.empty'
    ])
  })

  describe('from a plan', () => {
    const states = (
      report: Awaited<ReturnType<typeof preflight>>,
      target: string
    ): Array<[string, string]> =>
      findingsOf(report, 'kube-version', target).map(f => [
        f.status,
        f.messageId
      ])

    test('vpc cluster update 1.33 → 1.34: the master update passes, the worker replace after it too', async () => {
      emu = await start('healthy-mixed')
      const report = await preflight(emu, {
        'terraform-plan': `${PLANS}/vpc-cluster-update.json`
      })
      expect(states(report, 'prod-vpc · cluster-update')).toEqual([
        ['pass', 'kube-version.update.pass']
      ])
      expect(states(report, 'prod-vpc · worker-replace')).toEqual([
        ['pass', 'kube-version.workers.pass']
      ])
    })

    test('the same plan on a cluster that runs 1.29 (IKS says so, whatever the state file says): fail, and the workers are past end of service', async () => {
      emu = await start('kube-version-eos')
      const report = await preflight(emu, {
        'terraform-plan': `${PLANS}/vpc-cluster-update.json`
      })
      expect(states(report, 'prod-vpc · cluster-update')).toEqual([
        ['fail', 'kube-version.update.skip']
      ])
      expect(states(report, 'prod-vpc · worker-replace')).toEqual([
        ['fail', 'kube-version.workers.eos-past']
      ])
    })

    test('classic cluster update on a cluster near end of service: the update skips minors, the worker reload warns', async () => {
      emu = await start('kube-version-eos')
      const report = await preflight(emu, {
        'terraform-plan': `${PLANS}/classic-cluster-update.json`
      })
      const update = findingsOf(
        report,
        'kube-version',
        'prod-classic · cluster-update'
      )
      expect(update.map(f => [f.status, f.messageId])).toEqual([
        ['fail', 'kube-version.update.skip']
      ])
      expect(commandsOf(update[0]!).at(-1)).toBe(
        'ibmcloud ks cluster master update --cluster bqclassicprod0000001 --version 1.34'
      )
      expect(states(report, 'prod-classic · worker-reload')).toEqual([
        ['warn', 'kube-version.workers.eos']
      ])
    })

    test('creates: a version near end of service warns, no version is the default, an older patch fails', async () => {
      emu = await start('healthy-mixed')
      const vpc = await preflight(emu, {
        'terraform-plan': `${PLANS}/vpc-cluster-create.json`,
        region: 'us-south'
      })
      expect(states(vpc, 'prod-vpc')).toEqual([
        ['warn', 'kube-version.create.eos']
      ])
      const classic = await preflight(emu, {
        'terraform-plan': `${PLANS}/classic-cluster-create.json`,
        region: 'us-south'
      })
      expect(states(classic, 'prod-classic')).toEqual([
        ['pass', 'kube-version.create.default']
      ])
      const old = await preflight(emu, {
        'terraform-plan': planWith('vpc-cluster-create', plan => {
          plan.resource_changes[0]!.change.after.kube_version = '1.33.2_1530'
        }),
        region: 'us-south'
      })
      expect(states(old, 'prod-vpc')).toEqual([
        ['fail', 'kube-version.create.patch']
      ])
    })

    test('a cluster update that only enables KMS changes no version: not checked, and said so', async () => {
      emu = await start('healthy-mixed')
      const report = await preflight(emu, {
        'terraform-plan': planWith('vpc-cluster-update', plan => {
          const ch = plan.resource_changes[0]!.change
          ch.after.kube_version = '1.33.4_1534'
          ch.after.update_all_workers = false
          ch.after.kms_config = [
            {
              instance_id: '12345678-aaaa-4bbb-8ccc-0123456789ab',
              crk_id: '87654321-aaaa-4bbb-8ccc-0123456789ab',
              private_endpoint: true
            }
          ]
        })
      })
      const [f] = findingsOf(report, 'kube-version', 'prod-vpc')
      expect([f!.status, f!.messageId, f!.summary]).toEqual([
        'skip',
        'kube-version.no-version-change',
        'Not checked: this cluster-update does not change the Kubernetes version (the plan changes kms_config).'
      ])
    })

    test('a version in no form IKS takes fails, naming the forms', async () => {
      emu = await start('healthy-mixed')
      const report = await preflight(emu, {
        'terraform-plan': planWith('vpc-cluster-create', plan => {
          plan.resource_changes[0]!.change.after.kube_version = 'latest'
        }),
        region: 'us-south'
      })
      const [f] = findingsOf(report, 'kube-version', 'prod-vpc')
      expect([f!.status, f!.messageId, f!.summary]).toEqual([
        'fail',
        'kube-version.malformed',
        '"latest" is not a version IKS takes: major.minor or major.minor.patch, with _openshift for Red Hat OpenShift.'
      ])
    })

    test('a version known only after apply is not checked, never guessed', async () => {
      emu = await start('healthy-mixed')
      const report = await preflight(emu, {
        'terraform-plan': planWith('vpc-cluster-create', plan => {
          const ch = plan.resource_changes[0]!.change
          delete ch.after.kube_version
          ch.after_unknown.kube_version = true
        }),
        region: 'us-south'
      })
      const [f] = findingsOf(report, 'kube-version', 'prod-vpc')
      expect([f!.status, f!.messageId, f!.summary]).toEqual([
        'skip',
        'kube-version.after-apply',
        'Not checked: kube-version is known after apply.'
      ])
    })
  })
})
