/**
 * Red Hat OpenShift on IBM Cloud (issue 23): the COS instance of a VPC OpenShift create, ocp_unsupported
 * flavors, and OpenShift words (ibmcloud oc, openshift docs) on OpenShift targets only. Scenario `openshift`.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {docsForPlatform, forPlatform} from '../src/commands/platform.js'
import {cmd, renderCommand} from '../src/commands/ibmcloud.js'
import type {RawInputs} from '../src/config/inputs.js'
import {intentFromPlan} from '../src/intent/plan.js'
import {commandsOf, findingOf, preflightOn} from './support/preflight.js'

const ACCOUNT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const COS_CRN = `crn:v1:bluemix:public:cloud-object-storage:global:a/${ACCOUNT}:8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d::`
const REMOVED_COS = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d'
const KMS_CRN = `crn:v1:bluemix:public:kms:us-south:a/${ACCOUNT}:2f7c1a3e-8b4d-4e6f-9a0b-1c2d3e4f5a6b::`
const PARTNER_COS = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f'

const vpcCreate = (extra: RawInputs = {}): RawInputs => ({
  operation: 'cluster-create',
  cluster: 'new-ocp',
  region: 'us-south',
  provider: 'vpc-gen2',
  flavor: 'bx2.4x16',
  zones: 'us-south-1,us-south-2',
  'kube-version': '4.17_openshift',
  ...extra
})

describe('cos-instance: a new VPC OpenShift cluster', () => {
  it('passes with an active COS instance given by CRN', async () => {
    const {report} = await preflightOn(
      'openshift',
      vpcCreate({'cos-instance': COS_CRN})
    )
    const f = findingOf(report, 'cos-instance', 'new-ocp')
    expect([f.status, f.messageId]).toEqual(['pass', 'cos-instance.pass'])
    expect(f.summary).toContain('registry-cos')
  })

  it('warns (IBM allows it since 2026-07) when no COS instance is given, with the --cos-instance fix', async () => {
    const {report} = await preflightOn('openshift', vpcCreate())
    const f = findingOf(report, 'cos-instance', 'new-ocp')
    expect([f.status, f.messageId, f.rule]).toEqual([
      'warn',
      'cos-instance.omitted',
      'cos-instance.omitted'
    ])
    expect(f.fix.map(s => s.text).join(' ')).toContain('--cos-instance')
    expect(commandsOf(f)).toContain(
      'ibmcloud resource service-instances --service-name cloud-object-storage'
    )
  })

  it.each([
    [REMOVED_COS, 'cos-instance.inactive', 'cos-instance.exists', 'removed'],
    [
      '0b0b0b0b-0000-4000-8000-000000000000',
      'cos-instance.missing',
      'cos-instance.exists',
      'does not exist'
    ],
    [KMS_CRN, 'cos-instance.not-cos', 'cos-instance.is-cos', 'kms instance']
  ])('fails for %s (%s)', async (instance, messageId, rule, text) => {
    const {report} = await preflightOn(
      'openshift',
      vpcCreate({'cos-instance': instance})
    )
    const f = findingOf(report, 'cos-instance', 'new-ocp')
    expect([f.status, f.messageId, f.rule]).toEqual(['fail', messageId, rule])
    expect(f.summary).toContain(text)
  })

  it("cannot verify another account's instance (Resource Controller 403): never a pass or a fail", async () => {
    const {report} = await preflightOn(
      'openshift',
      vpcCreate({'cos-instance': PARTNER_COS})
    )
    const f = findingOf(report, 'cos-instance', 'new-ocp')
    expect(f.status).toBe('error')
  })

  it('does not apply to a Kubernetes create, nor to a classic one', async () => {
    const {report} = await preflightOn(
      'openshift',
      vpcCreate({'kube-version': '1.33'})
    )
    expect(findingOf(report, 'cos-instance', 'new-ocp').messageId).toBe(
      'cos-instance.not-openshift'
    )
    const classic = await preflightOn('openshift', {
      ...vpcCreate(),
      provider: 'classic',
      flavor: 'b3c.4x16',
      zones: 'dal10'
    })
    const f = findingOf(classic.report, 'cos-instance', 'new-ocp')
    expect([f.status, f.messageId]).toEqual(['skip', 'common.not-for-provider'])
  })

  it('rejects a malformed cos-instance input by name', async () => {
    await expect(
      preflightOn('openshift', vpcCreate({'cos-instance': 'not a crn!'}))
    ).rejects.toThrow(/cos-instance/)
  })
})

describe('cos-instance from a Terraform plan', () => {
  /** IBM's vpc-cluster-create fixture as an OpenShift create, with or without cos_instance_crn. */
  const plan = (cos: string | null): string => {
    const p = JSON.parse(
      readFileSync(
        'test/fixtures/terraform-plans/vpc-cluster-create.json',
        'utf8'
      )
    ) as {
      resource_changes: Array<{
        type: string
        change: {after: Record<string, unknown>}
      }>
    }
    for (const rc of p.resource_changes)
      if (rc.type === 'ibm_container_vpc_cluster') {
        rc.change.after['kube_version'] = '4.17_openshift'
        rc.change.after['cos_instance_crn'] = cos
      }
    return JSON.stringify(p)
  }

  it('reads cos_instance_crn onto the create', () => {
    const op = intentFromPlan(plan(COS_CRN)).clusters[0]!.operations[0]!
    expect([op.operation, op.kubeVersion, op.cosInstance]).toEqual([
      'cluster-create',
      '4.17_openshift',
      COS_CRN
    ])
    const none = intentFromPlan(plan(null)).clusters[0]!.operations[0]!
    expect(none.cosInstance).toBeUndefined()
  })

  it("checks the plan's COS instance end to end", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocp-plan-'))
    const file = join(dir, 'plan.json')
    writeFileSync(file, plan(`${COS_CRN.slice(0, -38)}${REMOVED_COS}::`))
    const {report} = await preflightOn('openshift', {
      'terraform-plan': file,
      region: 'us-south'
    })
    const f = report.findings.find(
      x => x.check === 'cos-instance' && x.status !== 'skip'
    )
    expect([f?.status, f?.messageId]).toEqual(['fail', 'cos-instance.inactive'])
  })
})

describe('flavor: ocp_unsupported', () => {
  it('fails an OpenShift create with a flavor IKS marks ocp_unsupported, printing ibmcloud oc', async () => {
    const {report} = await preflightOn(
      'openshift',
      vpcCreate({flavor: 'bx2.2x8', 'cos-instance': COS_CRN})
    )
    const f = findingOf(report, 'flavor', 'new-ocp')
    expect([f.status, f.messageId, f.rule]).toEqual([
      'fail',
      'flavor.ocp-unsupported',
      'flavor.ocp-unsupported'
    ])
    expect(f.platform).toBe('openshift')
    expect(commandsOf(f)).toEqual([
      'ibmcloud oc flavors --zone us-south-1 --provider vpc-gen2'
    ])
  })

  it('passes the same flavor for a Kubernetes create (its rules stay), printing ibmcloud ks', async () => {
    const {report} = await preflightOn(
      'openshift',
      vpcCreate({flavor: 'bx2.2x8', 'kube-version': '1.33'})
    )
    const f = findingOf(report, 'flavor', 'new-ocp')
    expect([f.status, f.messageId]).toEqual(['pass', 'flavor.pass'])
    expect(f.platform).toBe('kubernetes')
  })

  it('passes an OpenShift create with a supported flavor', async () => {
    const {report} = await preflightOn(
      'openshift',
      vpcCreate({'cos-instance': COS_CRN})
    )
    expect(findingOf(report, 'flavor', 'new-ocp').status).toBe('pass')
  })

  it.each([
    ['ocp-vpc', 'bx2.2x8', 'us-south-1', 'fail'],
    ['ocp-classic', 'u3c.2x4', 'dal10', 'fail'],
    ['prod-vpc', 'bx2.2x8', 'us-south-1', 'pass'],
    ['prod-classic', 'u3c.2x4', 'dal10', 'pass'],
    ['ocp-vpc', 'bx2.8x32', 'us-south-1', 'pass']
  ])('a new pool on %s with %s: %s', async (cluster, flavor, zones, status) => {
    const {report} = await preflightOn('openshift', {
      operation: 'worker-pool-create',
      cluster,
      'worker-pool': 'extra',
      flavor,
      zones,
      'workers-per-zone': '2'
    })
    const f = findingOf(report, 'flavor', cluster)
    expect(f.status).toBe(status)
    if (status === 'fail') {
      expect(f.messageId).toBe('flavor.ocp-unsupported')
      expect(commandsOf(f).every(c => c.startsWith('ibmcloud oc '))).toBe(true)
    }
  })
})

describe('OpenShift words', () => {
  it('maps ibmcloud ks to ibmcloud oc for OpenShift only', () => {
    const r = (p: 'openshift' | 'kubernetes' | undefined, c = cmd.versions()) =>
      renderCommand(forPlatform(c, p))
    expect(r('openshift')).toBe('ibmcloud oc versions')
    expect(r('kubernetes')).toBe('ibmcloud ks versions')
    expect(r(undefined)).toBe('ibmcloud ks versions')
    // Other plugins and IAM commands are the same for both platforms.
    expect(r('openshift', cmd.apiKeys())).toBe('ibmcloud iam api-keys')
  })

  it('links the openshift topic where IBM has the page, else keeps the containers link', () => {
    const c = (t: string): string =>
      `https://cloud.ibm.com/docs/containers?topic=containers-${t}`
    expect(docsForPlatform(c('cs_versions'), 'openshift')).toBe(
      'https://cloud.ibm.com/docs/openshift?topic=openshift-openshift_versions'
    )
    expect(docsForPlatform(c('classic-roles'), 'openshift')).toBe(
      'https://cloud.ibm.com/docs/openshift?topic=openshift-iam-platform-access-roles#classic-roles'
    )
    // An anchor the openshift page does not have is dropped, not kept dangling.
    expect(
      docsForPlatform(
        c('kubernetes-service-cli#cs_cluster_create'),
        'openshift'
      )
    ).toBe(
      'https://cloud.ibm.com/docs/openshift?topic=openshift-kubernetes-service-cli'
    )
    expect(docsForPlatform(c('planning_worker_nodes'), 'openshift')).toBe(
      c('planning_worker_nodes')
    )
    expect(docsForPlatform(c('cs_versions'), 'kubernetes')).toBe(
      c('cs_versions')
    )
    expect(
      docsForPlatform('https://cloud.ibm.com/docs/account?topic=x', 'openshift')
    ).toBe('https://cloud.ibm.com/docs/account?topic=x')
  })

  it('an OpenShift cluster finding links OpenShift docs and prints ibmcloud oc; a Kubernetes one keeps containers and ks', async () => {
    const inputs = (cluster: string): RawInputs => ({
      operation: 'cluster-update',
      cluster,
      'kube-version': '9.99'
    })
    const ocp = await preflightOn('openshift', inputs('ocp-vpc'))
    const f = findingOf(ocp.report, 'kube-version', 'ocp-vpc')
    expect(f.platform).toBe('openshift')
    expect(f.docs).toBe(
      'https://cloud.ibm.com/docs/openshift?topic=openshift-openshift_versions'
    )
    const cmds = commandsOf(f)
    expect(cmds.length).toBeGreaterThan(0)
    expect(cmds.filter(c => c.startsWith('ibmcloud ks'))).toEqual([])
    expect(cmds.some(c => c.startsWith('ibmcloud oc '))).toBe(true)

    const k8s = await preflightOn('openshift', inputs('prod-vpc'))
    const g = findingOf(k8s.report, 'kube-version', 'prod-vpc')
    expect(g.platform).toBe('kubernetes')
    expect(g.docs).toBe(
      'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions'
    )
    expect(commandsOf(g).some(c => c.startsWith('ibmcloud ks '))).toBe(true)
  })
})
