/**
 * Issue 24's cases as an audit of main tried them as a new user would (round 3): each failed before its fix.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {cli} from '../src/cli.js'
import {parseExplainConfig, type RawInputs} from '../src/config/inputs.js'
import {explainText} from '../src/explain/explain.js'
import {explainReport} from '../src/explain/report.js'
import {RULES} from '../src/explain/rules.js'
import {runExplain} from '../src/explain/run.js'
import type {Report} from '../src/report/model.js'
import {start, type Emulator} from './emulator/index.js'
import {commandsOf, findingOf} from './support/preflight.js'

const report = (text: string, language?: 'en' | 'ja'): Report =>
  explainReport(text, {failOn: 'error'}, language)

async function explainOn(
  emu: Emulator,
  text: string,
  inputs: RawInputs = {}
): Promise<Report> {
  const raw: RawInputs = {
    operation: 'explain',
    'error-text': text,
    'api-key': emu.scenario.pipelineKey,
    ...inputs
  }
  return runExplain(parseExplainConfig(raw), raw, {
    env: emu.env,
    log: {debug: () => undefined},
    language: 'en',
    backoffBaseMs: 5
  })
}

/** A printed command as argv: words, with '…' and "…" quoting as the renderer writes it. */
function argv(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map(
    m => m[1] ?? m[2] ?? m[3]!
  )
}

/** Run a printed `iks-preflight …` line, placeholders filled, through the CLI in-process; its exit code. */
async function runPrinted(
  emu: Emulator,
  command: string,
  fill: Record<string, string>
): Promise<{code: number; err: string}> {
  const filled = Object.entries(fill).reduce(
    (c, [k, v]) => c.split(k).join(v),
    command
  )
  expect(filled).not.toMatch(/<[a-z-]+>/)
  const [tool, ...args] = argv(filled)
  expect(tool).toBe('iks-preflight')
  let err = ''
  const code = await cli([...args, '--format', 'json'], {
    stdout: () => undefined,
    stderr: s => (err += s),
    env: {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey},
    isTTY: false
  })
  return {code, err}
}

const preflightLines = (r: Report): string[] =>
  r.findings
    .flatMap(f => commandsOf(f))
    .filter(c => c.startsWith('iks-preflight '))

describe('24.1b: BXNIM0430E with no address in the text', () => {
  const text =
    'FAILED\n\nBXNIM0430E: User login from given IP address is not permitted.\n'

  test('says "the caller\'s address" with no stand-in, in English and Japanese', () => {
    for (const lang of ['en', 'ja'] as const) {
      const f = findingOf(report(text, lang), 'api-key')
      expect(f.messageId).toBe('explain.api-key.ip-allowlist.no-address')
      expect(f.summary).not.toMatch(/\?|\{address\}/)
    }
    expect(findingOf(report(text), 'api-key').summary).toMatch(
      /^IAM refused to issue a token for the caller's address \(BXNIM0430E; the text does not show the address\)/
    )
  })

  test('the address IAM names is still quoted', () => {
    const f = findingOf(
      report(
        `Error message from IAM: '401 Unauthorized. Details: {"errorCode":"BXNIM0430E","errorMessage":"User login from given IP address is not permitted.","errorDetails":"The user has configured IP address restriction for login. The given IP address '203.0.113.7' is not contained in the list of allowed IP addresses."}'`
      ),
      'api-key'
    )
    expect(f.messageId).toBe('explain.api-key.ip-allowlist')
    expect(f.summary).toContain('203.0.113.7')
  })
})

describe('24.2b: a region only from IBM text', () => {
  test("an AWS ARN's region (us-east-1) never fills --region", () => {
    for (const text of [
      'Error: AccessDeniedException: User arn:aws:iam::123:user/x is not authorized to access the Key Management Service key arn:aws:kms:us-east-1:123:key/abc',
      'Error: The caller is not authorized to access the Key Management Service (KMS) resource. Status: 403 (https://kms.us-east-1.amazonaws.com)'
    ]) {
      const x = explainText(text).extracted
      expect(x.region).toBeUndefined()
      expect(preflightLines(report(text)).join('\n')).not.toContain('us-east')
    }
  })

  test('an ARN in IBM text is blanked too; the IBM region next to it is read', () => {
    const x = explainText(
      'ibmcloud ks cluster create vpc-gen2 --name c1 --zone eu-de-2\nFAILED\nsee arn:aws:kms:us-east-1:123:key/abc'
    ).extracted
    expect(x.region).toBe('eu-de')
    expect(x.zone).toBe('eu-de-2')
  })
})

describe('24.5b: the zone the text names fills the flavor fix', () => {
  test('"in zone us-south-3" in IKS output', () => {
    const f = findingOf(
      report(
        'FAILED\nThe flavor bx2.4x16 is not available in zone us-south-3. (E4e5b)'
      ),
      'flavor'
    )
    expect(f.summary).toContain('zone us-south-3')
    expect(commandsOf(f)).toContain('ibmcloud ks flavors --zone us-south-3')
  })

  test("IBM's E4e5b envelope after the create command that names the zone", () => {
    // The envelope is IBM's (test/fixtures/explain/corpus/e4e5b-cb-spider.txt); the command is the documented create.
    const f = findingOf(
      report(`$ ibmcloud ks cluster create vpc-gen2 --name c1 --zone us-south-3 --vpc-id r006-1 --subnet-id 0717-1 --flavor bx2.4x16
FAILED
{"code":"E4e5b","description":"Could not find flavor in the requested zone.","incidentID":"7fee54dc-1013-46d8-bf1e-d76872638fc5","recoveryCLI":"To list available flavors, run 'ibmcloud ks flavors --zone <zone>'.","type":"BadRequest"}`),
      'flavor'
    )
    expect(commandsOf(f)).toContain('ibmcloud ks flavors --zone us-south-3')
  })

  test('two zones in the text name none (a placeholder, not a guess)', () => {
    const x = explainText(
      'FAILED\nworkers in us-south-1 and us-south-2: Could not find flavor in the requested zone. (E4e5b)'
    ).extracted
    expect(x.zone).toBeUndefined()
  })
})

describe('24.6b: binary input counts the bytes read', () => {
  test('5000 undecodable bytes are 5000 bytes, not their re-encoded length', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-audit-'))
    try {
      const file = join(dir, 'x')
      const bytes = Buffer.alloc(5000)
      // Lone continuation bytes: each decodes to U+FFFD, three bytes when re-encoded.
      for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + (i % 0x40)
      writeFileSync(file, bytes)
      let out = ''
      await cli(['explain', file, '--format', 'json'], {
        stdout: s => (out += s),
        stderr: () => undefined,
        env: {},
        isTTY: false
      })
      const r = JSON.parse(out) as Report
      expect(r.findings.map(f => f.messageId)).toEqual(['explain.input.binary'])
      expect(r.findings[0]!.summary).toContain('(5000 bytes)')
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe("24.7: IBM's VPC cluster and security group limit sentence", () => {
  test("recognised as vpc-security-groups, with IBM's page as its source", () => {
    const r = report(
      'ibmcloud ks cluster create vpc-gen2 --name c1\nFAILED\nYour VPC has reached the limit of clusters or security groups allowed per VPC.'
    )
    const f = findingOf(r, 'vpc-security-groups')
    expect(f.status).toBe('fail')
    expect(f.messageId).toBe('explain.vpc-security-groups.vpc-limit')
    expect(commandsOf(f)).toContain('ibmcloud ks cluster master refresh -c c1')
    const limit =
      'Your VPC has reached the limit of clusters or security groups allowed per VPC.'
    expect(
      explainText(
        `ibmcloud ks cluster create vpc-gen2 --name c1\nFAILED\n${limit}`
      ).keys
    ).toEqual(['sg-pending'])
    expect(
      RULES.find(r => r.key === 'sg-pending')!.sources.map(s =>
        s.kind === 'doc' ? s.quote : ''
      )
    ).toContain(limit)
  })

  test('the same sentence with no IBM context names nothing', () => {
    const r = report(
      'Error: Your VPC has reached the limit of clusters or security groups allowed per VPC.'
    )
    expect(r.findings.map(f => f.check)).toEqual(['explain'])
  })
})

const rmLog = (
  cluster: string,
  before = ''
): string => `${before}$ ibmcloud ks cluster rm --cluster ${cluster} -f
Removing cluster ${cluster}...
FAILED
The specified cluster could not be found. Target the region and resource group that the cluster is in with 'ibmcloud target -r <region> -g <resource_group>'. (A0006)

Incident ID: 5b2a3f2e-1111-2222-3333-444455556666
`

describe('24.3b: A0006 on a delete', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test('CLI-only, no earlier delete: the targeting cause, no Terraform state command', () => {
    const f = findingOf(report(rmLog('prod-vpc')), 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.delete-not-found')
    expect(JSON.stringify(f)).not.toContain('state rm')
  })

  test('an earlier CLI delete of the same cluster that said OK: already gone, and no `terraform state rm` for a CLI log', () => {
    const r = report(rmLog('old-one', 'Removing cluster old-one...\nOK\n'))
    const f = findingOf(r, 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.already-gone')
    expect(commandsOf(f)).toEqual([
      'ibmcloud target',
      'ibmcloud ks cluster ls --provider all'
    ])
  })

  test('an earlier CLI delete of ANOTHER cluster, or one that failed, does not count', () => {
    for (const before of [
      '$ ibmcloud ks cluster rm --cluster other-one -f\nRemoving cluster other-one...\nOK\n',
      '$ ibmcloud ks cluster rm --cluster old-one -f\nRemoving cluster old-one...\nFAILED\nAn internal error occurred.\n'
    ]) {
      const f = findingOf(report(rmLog('old-one', before)), 'cluster-access')
      expect(f.messageId).toBe('explain.cluster-access.delete-not-found')
    }
  })

  test('live read finds the cluster: the targeting cause, and the confirmation says it finds it', async () => {
    emu = await start('healthy-vpc')
    const r = await explainOn(emu, rmLog('prod-vpc'))
    const f = findingOf(r, 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.delete-present')
    expect(f.details[0]).toMatch(
      /^Read live: the live check cluster-access finds cluster prod-vpc on the account now \(Cluster prod-vpc/
    )
    expect(JSON.stringify(f)).not.toMatch(/Not found on the account|state rm/)
  })

  test('live read does not find it: gone, said in that direction; no state rm and no placeholders for a CLI log', async () => {
    emu = await start('healthy-vpc')
    const r = await explainOn(emu, rmLog('ghost-cluster'))
    const f = findingOf(r, 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.gone-live')
    expect(f.details[0]).toMatch(
      /^Read live: the live check cluster-access does not find cluster ghost-cluster \(/
    )
    expect(JSON.stringify(f)).not.toMatch(
      /Confirmed on the account|finds it on|earlier delete finished|state rm/
    )
    expect(commandsOf(f).join('\n')).not.toMatch(/<[a-z-]+>/)
  })

  test('a Terraform destroy that the live read finds gone keeps `terraform state rm` with the address', async () => {
    emu = await start('healthy-vpc')
    const r = await explainOn(
      emu,
      `ibm_container_vpc_cluster.ghost: Destroying... [id=ghost-cluster]
╷
│ Error: [ERROR] Error retrieving cluster ghost-cluster: Request failed with status code: 404, ServerErrorResponse: {"incidentID":"40d606eb","code":"A0006","description":"The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.","type":"Authentication"}
│
│   with ibm_container_vpc_cluster.ghost,
│   on main.tf line 3, in resource "ibm_container_vpc_cluster" "ghost":
╵`
    )
    const f = findingOf(r, 'cluster-access')
    expect(f.messageId).toBe('explain.cluster-access.gone-live')
    expect(commandsOf(f)).toContain(
      'terraform state rm ibm_container_vpc_cluster.ghost'
    )
  })
})

const POOL_TIMEOUT = `ibm_container_vpc_worker_pool.pool: Still creating... [1h30m0s elapsed]
╷
│ Error: [ERROR] Error waiting for workerpool (cvpcprod000000000001/edge) to become ready: timeout while waiting for state to become 'normal' (last state: 'deploying', timeout: 1h30m0s)
│
│   with ibm_container_vpc_worker_pool.pool,
│   on main.tf line 42, in resource "ibm_container_vpc_worker_pool" "pool":
│   42: resource "ibm_container_vpc_worker_pool" "pool" {
│
╵`
const CREATE_TIMEOUT = `ibm_container_vpc_cluster.cluster: Still creating... [2h0m0s elapsed]
╷
│ Error: [ERROR] Error waiting for cluster (cvpcprod000000000001) worker nodes to become ready: timeout while waiting for state to become 'normal' (last state: 'deploying', timeout: 2h0m0s)
│
│   with ibm_container_vpc_cluster.cluster,
│   on main.tf line 10, in resource "ibm_container_vpc_cluster" "cluster":
╵`
const CLASSIC_POOL_TIMEOUT = `ibm_container_worker_pool.pool: Still modifying... [1h0m0s elapsed]
Error: [ERROR] Error waiting for workers of worker pool (default) of cluster (prod-classic) to become ready: timeout while waiting for state to become 'normal' (last state: 'deploying', timeout: 1h0m0s)`

const checksStep = (r: Report): string =>
  findingOf(r, 'cluster-state').fix.find(s =>
    s.commands.some(c => c.startsWith('iks-preflight'))
  )!.text

describe('24.4b: Terraform wait timeouts', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  test("the provider's workerpool ID names the cluster and the pool (resource_ibm_container_vpc_worker_pool.go)", () => {
    const x = explainText(POOL_TIMEOUT).extracted
    expect(x.cluster).toBe('cvpcprod000000000001')
    expect(x.pool).toBe('edge')
    const c = explainText(CLASSIC_POOL_TIMEOUT).extracted
    expect(c.cluster).toBe('prod-classic')
    expect(c.pool).toBe('default')
  })

  test('the suggestion is a cluster-update pre-flight on the cluster, listing exactly the checks that run for its provider', () => {
    const vpc = report(POOL_TIMEOUT)
    expect(commandsOf(findingOf(vpc, 'cluster-state'))).toEqual([
      'ibmcloud ks cluster get --cluster cvpcprod000000000001',
      'ibmcloud ks worker ls --cluster cvpcprod000000000001',
      'iks-preflight --operation cluster-update --cluster cvpcprod000000000001 --region <region>'
    ])
    expect(checksStep(vpc)).toContain(
      '(cluster-state, worker-endpoints, vpe-gateway)'
    )
    const create = report(CREATE_TIMEOUT)
    expect(preflightLines(create)).toEqual([
      'iks-preflight --operation cluster-update --cluster cvpcprod000000000001 --region <region>'
    ])
    expect(checksStep(report(CLASSIC_POOL_TIMEOUT))).toContain(
      '(cluster-state, orphaned-workers, infra-permissions)'
    )
  })

  test('live confirmation runs on the cluster in the text and says nothing of checks that do not apply to it', async () => {
    emu = await start('healthy-vpc')
    for (const text of [POOL_TIMEOUT, CREATE_TIMEOUT]) {
      const f = findingOf(await explainOn(emu, text), 'cluster-state')
      expect(f.details[0]).toMatch(
        /^Not found on the account now: the live check \S+ passes on cvpcprod000000000001/
      )
      expect(JSON.stringify(f)).not.toMatch(
        /infra-permissions could not|orphaned-workers could not|names no cluster|Not applicable/
      )
    }
  })

  test('every printed iks-preflight line runs as printed once its placeholders are filled (not a usage error)', async () => {
    emu = await start('healthy-vpc')
    const lines = [POOL_TIMEOUT, CREATE_TIMEOUT].flatMap(t =>
      preflightLines(report(t))
    )
    expect(lines.length).toBe(2)
    for (const line of lines) {
      const {code, err} = await runPrinted(emu, line, {'<region>': 'us-south'})
      expect({line, code, err}).toEqual({line, code: 0, err: ''})
    }
  })
})
