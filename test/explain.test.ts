import {readFileSync} from 'node:fs'
import {createServer, type Server} from 'node:net'
import {cli} from '../src/cli.js'
import {explainText} from '../src/explain/explain.js'
import {explainReport} from '../src/explain/report.js'
import type {Report} from '../src/report/model.js'
import {commandsOf, findingOf} from './support/preflight.js'

const fixture = (name: string): string =>
  readFileSync(`test/fixtures/explain/${name}`, 'utf8')
const explain = (name: string): Report =>
  explainReport(fixture(name), {failOn: 'error'})
const checks = (r: Report): string[] =>
  r.findings.map(f => `${f.check}:${f.status}`)

const CLASSIC_CREDS_SET =
  'ibmcloud ks credential set classic --infrastructure-username <classic-username> --infrastructure-api-key <classic-api-key>'

describe('explain: real error texts with noise around them', () => {
  test("E0057 in a Terraform log, JSON-escaped inside a log line and wrapped in Terraform's box", () => {
    const r = explain('e0057-terraform-escaped.txt')
    expect(checks(r)).toEqual(['paid-account:fail'])
    const f = findingOf(r, 'paid-account')
    expect(f.ibm).toEqual({
      code: 'E0057',
      incidentID:
        'e5bd2a0c-6f1d-4c1b-9a39-3c2f1b0d7e11,e5bd2a0c-6f1d-4c1b-9a39-3c2f1b0d7e11',
      recoveryCLI: "Run 'ibmcloud ks credentials-set' to set your credentials.",
      status: 401
    })
    expect(commandsOf(f)).toEqual([
      'ibmcloud ks credential get --region <region>',
      'ibmcloud target -g <resource-group>',
      `${CLASSIC_CREDS_SET} --region <region>`,
      'ibmcloud ks credential get --region <region>',
      'ibmcloud ks api-key reset --region <region>'
    ])
    expect(r.result).toBe('fail')
    expect(r.jobFailed).toBe(true)
    expect(r.requests.total).toBe(0)
  })

  // IBM's Japanese page quotes the IKS description in English; the Japanese CLI frames it (失敗, インシデント ID).
  test('E0057 in Japanese CLI output: recognised, the incident ID read after インシデント ID', () => {
    const r = explain('e0057-ja-cli.txt')
    expect(checks(r)).toEqual(['paid-account:fail'])
    expect(findingOf(r, 'paid-account').ibm).toEqual({
      code: 'E0057',
      incidentID: '56c3bfb607daea30-IAD'
    })
  })

  test('TOTP message in Japanese CLI output (失敗): totp-mfa with the region from --region', () => {
    const r = explain('totp-create-ja.txt')
    expect(checks(r)).toEqual(['totp-mfa:fail'])
    const f = findingOf(r, 'totp-mfa')
    expect(commandsOf(f)).toEqual([
      'ibmcloud iam account-settings-update --mfa NONE',
      // Credentials are per region and resource group: the group is named even when the text has none.
      'ibmcloud target -g <resource-group>',
      `${CLASSIC_CREDS_SET} --region jp-tok`,
      'ibmcloud ks credential get --region jp-tok',
      'ibmcloud ks api-key reset --region jp-tok'
    ])
    expect(f.ibm?.incidentID).toBe('7d1c9a3e-22b4-4f0e-8d6c-5a9b3c2d1e0f')
  })

  test('"incorrect account for worker" in a worker ls table (one status wrapped): only the two affected workers, credential unset/set', () => {
    const r = explain('orphaned-worker-ls.txt')
    expect(checks(r)).toEqual([
      'orphaned-workers:fail',
      'infra-permissions:fail'
    ])
    const f = findingOf(r, 'orphaned-workers')
    expect(f.target).toBe('prod-classic')
    expect(f.details).toEqual([
      'kube-dal10-crb20b637238bb471f8b4b8b881bbb4962-w2',
      'kube-dal12-crb20b637238bb471f8b4b8b881bbb4962-w3'
    ])
    const cmds = commandsOf(f)
    expect(cmds).toContain('ibmcloud ks credential unset --region us-south')
    expect(cmds).toContain(`${CLASSIC_CREDS_SET} --region us-south`)
    expect(cmds).toContain(
      'ibmcloud sl vs list --hostname kube-dal10-crb20b637238bb471f8b4b8b881bbb4962-w2'
    )
    expect(cmds.join('\n')).not.toContain('-w1')
    expect(findingOf(r, 'infra-permissions').summary).toContain(
      "The worker node instance can't be identified"
    )
  })

  test('VPE messages in worker ls JSON: vpe-gateway and worker-endpoints, with the worker IDs and the gateway iks-<cluster ID>', () => {
    const r = explain('vpe-workers-json.txt')
    expect(checks(r)).toEqual(['vpe-gateway:fail', 'worker-endpoints:fail'])
    const w = findingOf(r, 'worker-endpoints')
    expect(w.details).toEqual([
      'kube-cvpcprod000000000001-prodvpc-default-0000021b'
    ])
    expect(commandsOf(w)).toEqual([
      'ibmcloud ks cluster master refresh -c prod-vpc',
      'ibmcloud target -r us-south',
      'ibmcloud is endpoint-gateway iks-cvpcprod000000000001',
      'ibmcloud ks worker ls --cluster prod-vpc',
      'ibmcloud ks worker replace --cluster prod-vpc --worker kube-cvpcprod000000000001-prodvpc-default-0000021b'
    ])
    expect(findingOf(r, 'vpe-gateway').details).toEqual([
      'kube-cvpcprod000000000001-prodvpc-default-0000044d'
    ])
  })

  test('A0006 from Terraform: cluster-access for the cluster named in the error', () => {
    const r = explain('a0006-terraform.txt')
    expect(checks(r)).toEqual(['cluster-access:fail'])
    const f = findingOf(r, 'cluster-access')
    expect(f.target).toBe('prod-vpc')
    expect(f.ibm).toEqual({
      code: 'A0006',
      incidentID: '3f9a4c1b-0d2e-4f5a-8b7c-6d5e4f3a2b1c',
      status: 404
    })
    expect(f.details).toContain(
      'Terraform resource data.ibm_container_vpc_cluster.cluster (data.tf:1)'
    )
    expect(commandsOf(f)).toContain('ibmcloud ks cluster ls --provider all')
  })

  test('G0004 in Japanese CLI output: retarget to the region and group of the run', () => {
    const f = findingOf(explain('g0004-cli-ja.txt'), 'cluster-access')
    expect(f.status).toBe('fail')
    expect(f.ibm?.code).toBe('G0004')
    expect(commandsOf(f)).toContain('ibmcloud target -r eu-de -g ops')
  })

  test('A0656: cluster-api-key with api-key reset in the resource group, Operator on IAM Identity for a user or a service ID', () => {
    const f = findingOf(explain('a0656-service-id.txt'), 'cluster-api-key')
    expect(f.status).toBe('fail')
    // A0656 names "the user or service ID": not always a service ID.
    expect(f.summary).not.toMatch(/most likely a service ID/)
    expect(commandsOf(f)).toEqual([
      'ibmcloud target -r <region>',
      'ibmcloud target -g <resource-group>',
      'ibmcloud ks api-key reset --region <region>',
      'ibmcloud iam user-policy-create <user-email> --roles Operator --service-name iam-identity',
      'ibmcloud iam service-policy-create <service-id> --roles Operator --service-name iam-identity',
      'ibmcloud iam account-settings'
    ])
    expect(f.details).toContain(
      'Terraform resource module.cluster.ibm_container_vpc_cluster.this (.terraform/modules/cluster/main.tf:40)'
    )
  })

  test('A03e9b (IAM said BXNIM0151E): one cluster-api-key finding, not an api-key one', () => {
    const r = explain('a03e9b-create.txt')
    expect(checks(r)).toEqual(['cluster-api-key:fail'])
    expect(findingOf(r, 'cluster-api-key').summary).toContain('BXNIM0151E')
    expect(commandsOf(findingOf(r, 'cluster-api-key'))).toEqual([
      'ibmcloud iam api-keys',
      'ibmcloud iam api-key-delete <unused-key-name-or-id>',
      'ibmcloud target -r <region>',
      'ibmcloud target -g <resource-group>',
      'ibmcloud ks api-key reset --region <region>'
    ])
  })

  test('E501e: classic-region in the region the run targeted', () => {
    const f = findingOf(explain('e501e-create.txt'), 'classic-region')
    expect(f.status).toBe('fail')
    expect(f.summary).toContain('region eu-de')
    expect(commandsOf(f)).toEqual([
      'ibmcloud ks cluster ls --provider classic',
      'ibmcloud ks zone ls --provider vpc-gen2'
    ])
  })

  test('E0007 after a create that answered 500 and was retried: the first create may have been ours, look it up before renaming', () => {
    const f = findingOf(explain('e0007-retry.txt'), 'cluster-name')
    expect(f).toMatchObject({status: 'fail', target: 'prod-vpc'})
    expect(f.messageId).toBe('explain.cluster-name.maybe-ours')
    expect(commandsOf(f)).toEqual([
      'ibmcloud target -r us-south -g <resource-group>',
      'ibmcloud ks cluster get --cluster prod-vpc',
      'ibmcloud ks cluster ls --provider all',
      'terraform import <resource-address> <cluster-id>'
    ])
    expect(f.ibm?.incidentID).toBe('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d')
  })

  test('BXNIM0415E from ibmcloud login: api-key with the key-creation commands', () => {
    const r = explain('bxnim0415e-login.txt')
    expect(checks(r)).toEqual(['api-key:fail'])
    expect(commandsOf(findingOf(r, 'api-key'))[0]).toBe(
      "ibmcloud iam api-key-create iks-pipeline -d 'IKS pipeline' --file iks-pipeline-key.json"
    )
  })

  test('"IAM token exchange request failed … API key could not be found" is IKS\'s stored key (cluster-api-key), not the pipeline key', () => {
    const r = explain('stored-key-3561.txt')
    expect(checks(r)).toEqual(['cluster-api-key:fail'])
    expect(commandsOf(findingOf(r, 'cluster-api-key'))).toContain(
      'ibmcloud ks api-key reset --region <region>'
    )
  })

  test('classic permission messages: infra-permissions with infra-permissions get for the region', () => {
    const f = findingOf(explain('infra-permissions.txt'), 'infra-permissions')
    expect(f.status).toBe('fail')
    expect(commandsOf(f)).toContain(
      'ibmcloud ks infra-permissions get --region us-south'
    )
  })

  test('E0051 is reported as normal (pass), and the run is not said to have a blocker', () => {
    const r = explain('e0051-normal.txt')
    expect(checks(r)).toEqual(['explain:pass', 'explain:warn'])
    expect(r.result).toBe('warn')
    expect(r.jobFailed).toBe(false)
    expect(r.findings[0]!.summary).toMatch(/normal/)
  })

  test("output with no known blocker: a warning that keeps IBM's incidentID for a support case", () => {
    const r = explain('unrelated.txt')
    expect(checks(r)).toEqual(['explain:warn'])
    expect(r.findings[0]!.fix.map(s => s.text)).toContain(
      'IBM named incident deadbeef-0000-4000-8000-000000000001; quote it in a support case.'
    )
  })
})

describe('explain: matching rules', () => {
  test('a message wrapped mid-word, in colour, still matches; a longer code does not', () => {
    const text =
      '\u001b[31mFAILED\u001b[0m\nkube-cvpcprod000000000001-prodvpc-default-0000021b  Pending endpoint gate\nway creation\ncode E00571'
    const {findings} = explainText(text)
    expect(findings.map(f => f.check)).toEqual(['vpe-gateway'])
  })

  test('every fixture explains with no request and no API key', async () => {
    // A listener on every endpoint and proxy variable: explain must not connect to any of them.
    let connections = 0
    const server: Server = createServer(s => {
      connections++
      s.destroy()
    })
    await new Promise<void>(res => server.listen(0, '127.0.0.1', () => res()))
    const url = `http://127.0.0.1:${(server.address() as {port: number}).port}`
    const env: Record<string, string> = {HTTP_PROXY: url, HTTPS_PROXY: url}
    for (const v of [
      'IBMCLOUD_IAM_API_ENDPOINT',
      'IBMCLOUD_CS_API_ENDPOINT',
      'IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT',
      'IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT',
      'IAAS_CLASSIC_ENDPOINT_URL',
      'IBMCLOUD_IS_NG_API_ENDPOINT'
    ])
      env[v] = url
    try {
      let out = ''
      const code = await cli(
        [
          'explain',
          'test/fixtures/explain/vpe-workers-json.txt',
          '--format',
          'json'
        ],
        {stdout: s => (out += s), stderr: () => undefined, env, isTTY: false}
      )
      expect(code).toBe(3)
      expect((JSON.parse(out) as Report).findings.map(f => f.check)).toEqual([
        'vpe-gateway',
        'worker-endpoints'
      ])
      expect(connections).toBe(0)
    } finally {
      await new Promise(res => server.close(res))
    }
  })
})

describe('explain reads the log, not just the line', () => {
  const only = (text: string): Report => explainReport(text, {failOn: 'error'})

  test("G0004 on a delete with no earlier delete of it: IBM's targeting hint, a failure, and no `terraform state rm` (issue 24)", () => {
    const r =
      only(`module.cluster.ibm_container_vpc_cluster.cluster: Destroying... [id=cabc1234567890abcdef]
module.cluster.ibm_container_vpc_cluster.cluster: Still destroying... [id=cabc1234567890abcdef, 10s elapsed]
Error: Request failed with status code: 404, ServerErrorResponse: {"incidentID":"40d606eb-99bb-42b6-9731-8a3597be17c3","code":"G0004","description":"The specified cluster could not be found. If applicable, make sure that you target the correct account and resource group.","type":"General"}`)
    expect(checks(r)).toEqual(['cluster-access:fail'])
    const f = findingOf(r, 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.delete-not-found')
    expect(commandsOf(f).join('\n')).not.toContain('state rm')
    expect(f.summary).toMatch(/resource group, region or account/)
  })

  test('A0006 after an earlier successful destroy of the same resource: already gone (a warning), its address filled in', () => {
    const r =
      only(`module.cluster.ibm_container_vpc_cluster.cluster: Destroying... [id=cabc1234567890abcdef]
module.cluster.ibm_container_vpc_cluster.cluster: Destruction complete after 12m3s
module.cluster.ibm_container_vpc_cluster.cluster: Destroying... [id=cabc1234567890abcdef]
╷
│ Error: Request failed with status code: 404, ServerErrorResponse: {"incidentID":"40d606eb","code":"A0006","description":"The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.","type":"Authentication"}
│
│   with module.cluster.ibm_container_vpc_cluster.cluster,
│   on cluster.tf line 3, in resource "ibm_container_vpc_cluster" "cluster":
╵`)
    expect(checks(r)).toEqual(['cluster-access:warn'])
    const f = findingOf(r, 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.already-gone')
    expect(commandsOf(f)).toContain(
      'terraform state rm module.cluster.ibm_container_vpc_cluster.cluster'
    )
    expect(r.jobFailed).toBe(false)
  })

  test('an earlier destroy of ANOTHER cluster does not make this one "already gone"', () => {
    const r = only(`ibm_container_vpc_cluster.old: Destruction complete after 9m
ibm_container_vpc_cluster.prod: Destroying... [id=cabc1234567890abcdef]
Error: Request failed with status code: 404, ServerErrorResponse: {"code":"A0006","description":"The specified cluster could not be found."}

  with ibm_container_vpc_cluster.prod,`)
    expect(findingOf(r, 'cluster-access').messageId).toBe(
      'explain.cluster-access.delete-not-found'
    )
  })

  test('the same G0004 without a delete stays a cluster-access failure', () => {
    const r = only(
      '{"incidentID":"40d606eb","code":"G0004","description":"The specified cluster could not be found."}'
    )
    expect(checks(r)).toEqual(['cluster-access:fail'])
  })

  test('E0007 with no earlier trouble: the name is taken, choose another (no adoption advice)', () => {
    const f = findingOf(
      only(
        '+ ibmcloud ks cluster create vpc-gen2 --name prod-vpc --zone us-south-1\nFAILED\nA cluster with the same name already exists. (E0007)'
      ),
      'cluster-name'
    )
    expect(f.messageId).toBe('explain.cluster-name')
    expect(f.summary).toContain('prod-vpc')
    expect(commandsOf(f)).toEqual([
      'ibmcloud target -r us-south',
      'ibmcloud ks cluster get --cluster prod-vpc'
    ])
  })

  test('a 500 next to a known cause is context, not a second finding; alone it is transient and blames nobody', () => {
    const withCause = only(
      'Internal Server Error (500)\nretrying\nA cluster with the same name already exists. (E0007)'
    )
    expect(checks(withCause)).toEqual(['cluster-name:fail'])
    const alone = only(
      'Error: Request failed with status code: 503, ServerErrorResponse: Service Unavailable'
    )
    expect(checks(alone)).toEqual(['explain:warn'])
    expect(alone.findings[0]!.messageId).toBe('explain.transient')
    expect(alone.findings[0]!.ibm?.status).toBe(503)
    expect(alone.jobFailed).toBe(false)
  })

  test('P0005 "Try again later" is transient; P0005 with an IAM key error is the stored key', () => {
    expect(
      checks(
        only(
          'The IAM token exchange request failed with the message: {{.Message}} (P0005)\n\nTry again later. Contact support if the problem persists.'
        )
      )
    ).toEqual(['explain:warn'])
    const dead = only(
      'The IAM token exchange request failed with the message: Provided API key could not be found. (P0005)\n\nTry again later.'
    )
    expect(checks(dead)).toEqual(['cluster-api-key:fail'])
    expect(findingOf(dead, 'cluster-api-key').messageId).toBe(
      'explain.cluster-api-key.stored-key'
    )
  })

  test('a Terraform wait timeout names the cluster ID from the text and the status commands', () => {
    const f = findingOf(
      only(
        "ibm_container_cluster.testacc: Error waiting for cluster (56233d4480cf49d8802ab725dd23b99f) to become ready: timeout while waiting for state to become 'normal' (last state: 'provisioning', timeout: 1h30m0s)"
      ),
      'cluster-state'
    )
    expect(f.status).toBe('warn')
    expect(commandsOf(f).slice(0, 2)).toEqual([
      'ibmcloud ks cluster get --cluster 56233d4480cf49d8802ab725dd23b99f',
      'ibmcloud ks worker ls --cluster 56233d4480cf49d8802ab725dd23b99f'
    ])
  })

  test("IBM's request ID is carried on the finding", () => {
    expect(
      findingOf(explain('bxnim0415e-login.txt'), 'api-key').details
    ).toContain("IBM's request ID: Y2dmN2Jm")
  })
})

describe('issue 24: anchored rules, the IP allowlist, and advice that runs as printed', () => {
  const report = (text: string): Report =>
    explainReport(text, {failOn: 'error'})

  test('BXNIM0430E is the IP allowlist (api-key), not a rejected key: the fix is the allowlist, never a new key', () => {
    const r = report(
      `+ ibmcloud login --apikey *** -r us-south\nFAILED\n{"errorCode":"BXNIM0430E","errorMessage":"User login from given IP address is not permitted.","errorDetails":"The user has configured IP address restriction for login. The given IP address '198.51.100.23' is not contained in the list of allowed IP addresses."}`
    )
    expect(checks(r)).toEqual(['api-key:fail'])
    const f = findingOf(r, 'api-key')
    expect(f.messageId).toBe('explain.api-key.ip-allowlist')
    expect(f.summary).toContain('198.51.100.23')
    expect(commandsOf(f).join('\n')).not.toContain('api-key-create')
  })

  test("another cloud's KMS refusal names nothing; the same words with IBM's code name kms-authorization", () => {
    const aws = report(
      'Error: not authorized to access the Key Management Service'
    )
    expect(aws.findings.map(f => f.messageId)).toEqual(['explain.not-ibm'])
    expect(checks(aws)).toEqual(['explain:warn'])
    const ibm = report(
      'Error: Request failed with status code: 403, ServerErrorResponse: {"incidentID":"x1","code":"E09c0","description":"Not authorized to access the Key Management Service."}'
    )
    expect(checks(ibm)).toEqual(['kms-authorization:fail'])
  })

  // Round 3 (24.4b): a create's checks do not look at a cluster that exists (cluster-state, vpe-gateway and
  // worker-endpoints are not applicable to cluster-create), so the checks the step names run as an update of it.
  test('a Terraform create that timed out: the pre-flight it prints is a cluster-update of the cluster the wait names', () => {
    const r =
      report(`ibm_container_vpc_cluster.cluster: Still creating... [1h30m0s elapsed]
╷
│ Error: Error waiting for cluster (56233d4480cf49d8802ab725dd23b99f) to become ready: timeout while waiting for state to become 'Ready' (last state: 'Deploy in progress', timeout: 1h30m0s)
│
│   with ibm_container_vpc_cluster.cluster,
│   on main.tf line 12, in resource "ibm_container_vpc_cluster" "cluster":
╵`)
    const f = findingOf(r, 'cluster-state')
    const pre = commandsOf(f).find(c => c.startsWith('iks-preflight'))!
    expect(pre).toBe(
      'iks-preflight --operation cluster-update --cluster 56233d4480cf49d8802ab725dd23b99f --region <region>'
    )
    expect(f.summary).not.toMatch(/[│╵╷]|main\.tf/)
  })

  test("Terraform's [id=<cluster>/<pool>] fills the cluster in the commands", () => {
    const r =
      report(`ibm_container_vpc_worker_pool.pool: Destroying... [id=prod-vpc/edge]
Error: Request failed with status code: 409, ServerErrorResponse: {"incidentID":"a1","code":"E1437","description":"Removing the worker pool would reduce the worker pool's size below the cluster's minimum requirement of 2 worker nodes."}`)
    const f = findingOf(r, 'worker-minimum')
    expect(commandsOf(f)).toContain(
      'ibmcloud ks worker-pool ls --cluster prod-vpc'
    )
  })

  test('binary input is said as binary; empty input as empty', () => {
    const bin = explainText(
      '\u007fELF\u0002\u0001\u0001\u0000\u0000\u0003\u0000>\u0000\u0001'
    )
    expect(bin.findings.map(f => f.summary.id)).toEqual([
      'explain.input.binary'
    ])
    const empty = explainText('   \n')
    expect(empty.findings.map(f => f.summary.id)).toEqual([
      'explain.input.empty'
    ])
  })

  test('the VPC subnet text an IKS create prints names vpc-subnets with the subnet ID', () => {
    const r = report(
      "+ ibmcloud oc cluster create vpc-gen2 --name ocp1 --zone us-south-1 --vpc-id r006-1 --subnet-id 0717-abcd\nFAILED\nUnable to create cluster. The 'vpc-gen2' infrastructure operation failed with the message: the provided token is not authorized to view the specified subnet (ID:0717-abcd) in this account"
    )
    const f = findingOf(r, 'vpc-subnets')
    expect(f.summary).toContain('0717-abcd')
    expect(commandsOf(f)).toContain('ibmcloud is subnet 0717-abcd')
  })
})

test('an IBM Schematics job log: its line prefix is not part of the quoted error or the Terraform context', () => {
  const r = explainReport(
    ` 2020/12/15 20:03:55 Terraform apply | Error: timeout while waiting for state to become 'normal' (last state: 'deploying', timeout: 1h30m0s)
 2020/12/15 20:03:55 Terraform apply |
 2020/12/15 20:03:55 Terraform apply |   on main.tf line 72, in resource "ibm_container_vpc_cluster" "cluster":`,
    {failOn: 'error'}
  )
  const f = findingOf(r, 'cluster-state')
  expect(f.summary).not.toContain('Terraform apply |')
  expect(f.details.join('\n')).toContain('main.tf:72')
})

describe("IBM Cloud Schematics' own errors around Terraform's", () => {
  const report = (text: string): Report =>
    explainReport(text, {failOn: 'error'})
  const schematics = (lines: string[]): string =>
    lines.map(l => ` 2020/12/15 20:03:55 Terraform apply | ${l}`).join('\n')

  test("a timed-out create in a Schematics job: untaint the address (IBM's tainted-resources page) once the cluster is Normal", () => {
    const f = findingOf(
      report(
        schematics([
          "Error: timeout while waiting for state to become 'normal' (last state: 'deploying', timeout: 1h30m0s)",
          '',
          '  with ibm_container_vpc_cluster.cluster,',
          '  on main.tf line 72, in resource "ibm_container_vpc_cluster" "cluster":'
        ])
      ),
      'cluster-state'
    )
    expect(commandsOf(f)).toEqual(
      expect.arrayContaining([
        'ibmcloud schematics state pull --id <workspace-id> --template <template-id>',
        'ibmcloud schematics workspace untaint --id <workspace-id> --address ibm_container_vpc_cluster.cluster'
      ])
    )
  })

  test('the same timeout outside Schematics prints no Schematics command', () => {
    const f = findingOf(
      report(
        "ibm_container_vpc_cluster.cluster: Still creating... [1h30m0s elapsed]\nError: timeout while waiting for state to become 'Ready' (last state: 'Deploy in progress', timeout: 1h30m0s)"
      ),
      'cluster-state'
    )
    expect(commandsOf(f).join('\n')).not.toContain('schematics')
  })

  test("Schematics' job wrapper names nothing when Terraform's error before it is known; alone it says where to look", () => {
    const known = report(
      `${schematics([
        'Error: Request failed with status code: 409, ServerErrorResponse: {"incidentID":"a1","code":"E0007","description":"A cluster with the same name already exists. Choose another name."}'
      ])}\n 2020/12/15 20:03:56 Terraform APPLY error: Terraform APPLY errorexit status 1\n 2020/12/15 20:03:56 Could not execute job: Error : Terraform APPLY errorexit status 1`
    )
    expect(checks(known)).toEqual(['cluster-name:fail'])
    const alone = report(
      ' 2020/12/15 20:03:56 Terraform APPLY error: Terraform APPLY errorexit status 1'
    )
    const f = findingOf(alone, 'explain')
    expect(f.messageId).toBe('explain.schematics.job')
    expect(f.summary).toContain('"Terraform APPLY errorexit status 1"')
    expect(commandsOf(f)).toEqual([
      'ibmcloud schematics logs --id <workspace-id>'
    ])
  })

  test("E60b6 in IKS's envelope quotes IBM's description, not the bare code", () => {
    const f = findingOf(
      report(
        'Error: Request failed with status code: 403, ServerErrorResponse: {"incidentID":"i1","code":"E60b6","description":"This request exceeds the \'Cluster\' resource quota of \'100\' for the account in this region.","type":"General"}'
      ),
      'explain'
    )
    expect(f.summary).toContain("exceeds the 'Cluster' resource quota")
  })
})

test("the provider's own worker-replace error (ibm_container_vpc_worker) shows the workers and untaints only after the new worker is Normal", () => {
  const raw = fixture('tf-worker-replace-spawn.txt')
  const r = explainReport(raw.slice(raw.indexOf('\n---\n') + 5), {
    failOn: 'error'
  })
  expect(checks(r)).toEqual(['cluster-state:warn'])
  const f = findingOf(r, 'cluster-state')
  expect(f.messageId).toBe('explain.tf-worker-replace')
  expect(commandsOf(f)).toEqual([
    'ibmcloud ks worker ls --cluster <cluster>',
    "terraform untaint 'ibm_container_vpc_worker.worker[0]'"
  ])
  // Without IBM context the same words name nothing.
  expect(
    checks(
      explainReport('Error: Failed to spawn new worker node', {failOn: 'error'})
    )
  ).toEqual(['explain:warn'])
})
