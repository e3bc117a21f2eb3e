import {cmd} from '../src/commands/ibmcloud.js'
/** Issue 14: limits, timeouts and honest edge cases, each pinned by a test that failed before the fix. */
import {createServer, type Server} from 'node:http'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CHECK_IDS} from '../src/checks/catalogue.js'
import {regionOfZone} from '../src/checks/vpc-region.js'
import {ContainersClient} from '../src/ibm/containers.js'
import type {HttpClient} from '../src/ibm/http.js'
import {runPreflight} from '../src/run.js'
import {start} from './emulator/index.js'
import {cli, cliWording, EXIT, useColor} from '../src/cli.js'
import {InputError, parseConfig} from '../src/config/inputs.js'
import type {Finding} from '../src/findings.js'
import {postPrComment} from '../src/github/pr-comment.js'
import {resolveEndpoints} from '../src/ibm/endpoints.js'
import {planAnnotations} from '../src/report/annotations.js'
import {renderJunit} from '../src/report/junit.js'
import {buildReport, type Report} from '../src/report/model.js'
import {inputNotices} from '../src/report/notices.js'
import {renderSummary, resultLine} from '../src/report/summary.js'
import {renderText} from '../src/report/text.js'
import {runAction} from './support/run-action.js'

const KEY = 'abcdefgh12345678'
const base = {'api-key': KEY, operation: 'worker-add', cluster: 'c1'}

function report(
  findings: Finding[],
  extra: {
    failOn?: 'error' | 'never'
    language?: 'en' | 'ja'
    targets?: Report['targets']
  } = {}
): Report {
  return buildReport({
    config: {operation: 'worker-add', failOn: extra.failOn ?? 'error'},
    catalogue: [],
    findings,
    targets: extra.targets ?? [{ref: 'c1'}],
    startedAt: new Date('2026-05-01T10:00:00Z'),
    durationMs: 1000,
    requests: [],
    language: extra.language
  })
}
const finding = (
  check: string,
  status: Finding['status'],
  target = 'c1',
  details: string[] = []
): Finding => ({
  check,
  target,
  status,
  summary: {
    id: 'common.could-not-verify',
    params: {reason: `${check} ${status}`}
  },
  fix: [
    {
      text: {id: 'cluster-api-key.reset.fix'},
      commands: [cmd.clusterLs()]
    }
  ],
  details
})

describe('skip-checks', () => {
  test('several entries on one line, comma separated; commas inside a reason stay', () => {
    const c = parseConfig(
      {...base, 'skip-checks': 'vpe-gateway: x, worker-endpoints: y, and z'},
      CHECK_IDS
    )
    expect([...c.skipChecks]).toEqual([
      ['vpe-gateway', 'x'],
      ['worker-endpoints', 'y, and z']
    ])
  })
  test('a check listed twice is refused', () => {
    expect(() =>
      parseConfig(
        {...base, 'skip-checks': 'vpe-gateway: x\nvpe-gateway: y'},
        CHECK_IDS
      )
    ).toThrow("Input 'skip-checks': check 'vpe-gateway' is listed twice")
  })
})

describe('inputs that were accepted and then ignored', () => {
  test('remediate: vpe with cluster-create is refused', () => {
    expect(() =>
      parseConfig(
        {
          ...base,
          operation: 'cluster-create',
          cluster: 'new1',
          provider: 'vpc-gen2',
          region: 'us-south',
          remediate: 'vpe'
        },
        CHECK_IDS
      )
    ).toThrow(/Input 'remediate': got "vpe" with cluster-create/)
  })
  test('provider that contradicts IKS and remediate on classic are each said; vpc-id is read by a check, so not', () => {
    const notes = inputNotices(
      {
        operation: 'worker-add',
        provider: 'vpc-gen2',
        remediate: 'vpe',
        vpcId: undefined
      },
      {targets: [{ref: 'c1', name: 'c1', provider: 'classic'}]},
      'en'
    )
    expect(notes).toEqual([
      "Input 'provider': got vpc-gen2, but IKS says cluster c1 is classic; the checks used classic.",
      "Input 'remediate': vpe repairs VPC clusters only; nothing was remediated on the classic cluster(s) c1."
    ])
    expect(
      inputNotices(
        {
          operation: 'cluster-create',
          provider: 'vpc-gen2',
          remediate: 'none',
          vpcId: 'r006-abcd',
          skipChecks: new Map([['vpc-subnets', 'not now']])
        },
        {targets: [{ref: 'new1', provider: 'vpc-gen2'}]},
        'en'
      )
    ).toEqual([
      expect.stringContaining("Input 'vpc-id': r006-abcd is not verified")
    ])
    // vpc-subnets reads the VPC: unless it is skipped, vpc-id needs no notice.
    expect(
      inputNotices(
        {
          operation: 'cluster-create',
          provider: 'vpc-gen2',
          remediate: 'none',
          vpcId: 'r006-abcd',
          skipChecks: new Map()
        },
        {targets: [{ref: 'new1', provider: 'vpc-gen2'}]},
        'en'
      )
    ).toEqual([])
  })
  test('the CLI refuses --pr-comment and --github-token with the reason', async () => {
    for (const argv of [
      ['--pr-comment', 'true'],
      ['--github-token', 'ghp_x12345678']
    ]) {
      let err = ''
      const code = await cli(
        [...argv, '--operation', 'worker-add', '--cluster', 'c1'],
        {
          stdout: () => undefined,
          stderr: s => (err += s),
          env: {},
          isTTY: false
        }
      )
      expect(code).toBe(EXIT.usage)
      expect(err).toMatch(/the CLI posts no PR comment.*--format markdown/)
      expect(err).not.toContain('ghp_x12345678')
    }
  })
})

describe('report verdicts', () => {
  test('every check skipped is not a pass: result fail, a line that says nothing was verified', () => {
    const r = report([
      finding('vpe-gateway', 'skip'),
      finding('cluster-access', 'skip')
    ])
    expect(r.result).toBe('fail')
    expect(r.jobFailed).toBe(true)
    expect(resultLine(r)).toMatch(/^Pre-flight verified nothing/)
    expect(renderSummary(r)).not.toContain('Nothing to fix')
  })
  test('a check that failed on one target and warned on another is only in failed-checks', () => {
    const r = report([
      finding('vpe-gateway', 'fail', 'c1'),
      finding('vpe-gateway', 'warn', 'c2')
    ])
    expect(r.failedChecks).toEqual(['vpe-gateway'])
    expect(r.warnedChecks).toEqual([])
  })
  test('the first line names the count and the checks', () => {
    const r = report([
      finding('infra-permissions', 'fail'),
      finding('totp-mfa', 'error')
    ])
    expect(resultLine(r)).toBe(
      'Pre-flight failed: worker-add would fail (1 blocker(s): infra-permissions); could not be verified (1 check(s): totp-mfa).'
    )
  })
  test('one request is "1 request"', () => {
    const r = buildReport({
      config: {operation: 'worker-add', failOn: 'error'},
      catalogue: [],
      findings: [finding('api-key', 'pass')],
      targets: [],
      startedAt: new Date(),
      durationMs: 100,
      requests: [
        {
          service: 'iam',
          operation: 'token',
          method: 'POST',
          status: 200,
          ms: 1,
          attempt: 1
        }
      ]
    })
    expect(renderText(r)).toContain('1 request to IBM Cloud in 0.1 s.')
  })
  test('fail-on: never gives warning annotations only (the job stays green)', () => {
    const r = report(
      [finding('infra-permissions', 'fail'), finding('totp-mfa', 'error')],
      {failOn: 'never'}
    )
    const types = planAnnotations(r).map(a => a.type)
    expect(types).toEqual(['warning', 'warning'])
    expect(
      planAnnotations(report([finding('infra-permissions', 'fail')])).map(
        a => a.type
      )
    ).toEqual(['error'])
  })
  test('annotations, JUnit and CLI text print the same finding text', () => {
    const r = report([
      finding('infra-permissions', 'fail', 'c1', ['SERVER_ADD'])
    ])
    const annotation = planAnnotations(r)[0]!.message
    const junit = renderJunit(r)
    // Unwrapped (a width no line reaches): the same text; wrapping is tested in test/text-layout.test.ts.
    const text = renderText(r, {width: 10_000})
    for (const line of annotation.split('\n')) {
      expect(text).toContain(`  ${line}`)
      expect(junit).toContain(line.replace(/'/g, '&apos;'))
    }
  })
})

describe('job summary size', () => {
  test('measured in bytes and cut between whole findings with a note', () => {
    const details = Array.from({length: 50}, (_, i) =>
      `ワーカー・ノード ${i} `.repeat(20)
    )
    const many = Array.from({length: 200}, (_, i) =>
      finding('orphaned-workers', 'fail', `cluster-${i}`, details)
    )
    const r = report(many, {language: 'ja'})
    const html = renderSummary(r, 200_000)
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThanOrEqual(200_000)
    // Characters alone would have let it through: the Japanese text is three bytes a character.
    expect(html.length).toBeLessThan(Buffer.byteLength(html, 'utf8'))
    expect(html).toMatch(
      /このサマリーには 200 件中 \d+ 件の検出結果を表示しています/
    )
    const blocks = html.match(/<h4>/g)?.length ?? 0
    expect(blocks).toBeGreaterThan(0)
    expect(html.match(/<\/h4>/g)?.length).toBe(blocks)
    expect(html.match(/<ul>/g)?.length).toBe(html.match(/<\/ul>/g)?.length)
    expect(html.trimEnd().endsWith('</blockquote>')).toBe(true)
  })
})

describe('environment variables are named when unusable', () => {
  test.each([
    ['IBMCLOUD_IAM_API_ENDPOINT', 'not a url'],
    ['IBMCLOUD_IS_NG_API_ENDPOINT', 'ftp://x'],
    ['HTTPS_PROXY', 'http://[broken']
  ])('%s', (name, value) => {
    let error: unknown
    try {
      resolveEndpoints({[name]: value}, 'public')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toContain(
      `Environment variable '${name}': got ${JSON.stringify(value)}`
    )
  })
})

describe('CLI', () => {
  test('--output / fails before any API call, naming the flag', async () => {
    let err = ''
    const code = await cli(
      ['--operation', 'worker-add', '--cluster', 'c1', '--output', '/'],
      {
        stdout: () => undefined,
        stderr: s => (err += s),
        // An endpoint nobody listens on: reaching it would be a network error, not exit 2.
        env: {
          IBMCLOUD_API_KEY: KEY,
          IBMCLOUD_IAM_API_ENDPOINT: 'http://127.0.0.1:9'
        },
        isTTY: false
      }
    )
    expect(code).toBe(EXIT.usage)
    expect(err).toContain('--output: got "/", which is a directory')
  })
  test('wording uses flags, not action inputs; check ids stay', () => {
    expect(
      cliWording(
        'set remediate: vpe (skip-checks) for api-key; add it to expected-account-ids'
      )
    ).toBe(
      'set --remediate vpe (--skip-checks) for api-key; add it to --expected-account-ids'
    )
    expect(cliWording('ibmcloud iam api-key-create x --file k.json')).toBe(
      'ibmcloud iam api-key-create x --file k.json'
    )
  })
  test('FORCE_COLOR and NO_COLOR', () => {
    expect(useColor({FORCE_COLOR: '1'}, false)).toBe(true)
    expect(useColor({NO_COLOR: '1'}, true)).toBe(false)
    expect(useColor({FORCE_COLOR: '0'}, true)).toBe(true)
    expect(useColor({}, false)).toBe(false)
  })
})

describe('PR comment under timeout-seconds', () => {
  let server: Server
  let url = ''
  beforeAll(async () => {
    // A GitHub API that accepts the connection and never answers.
    server = createServer(() => undefined)
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    const a = server.address()
    url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise(r => server.close(r))
  })
  test('a GitHub that never answers is abandoned when the budget ends, with no invented HTTP status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iks-pr-'))
    const event = join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({pull_request: {number: 7}}))
    const warnings: string[] = []
    const started = Date.now()
    const outcome = await postPrComment(
      report([finding('infra-permissions', 'fail')]),
      'ghs_token1234567',
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_API_URL: url
      },
      {
        info: () => undefined,
        debug: () => undefined,
        warning: m => warnings.push(m)
      },
      1500
    )
    const ms = Date.now() - started
    expect(ms).toBeLessThan(10_000)
    expect(outcome).toEqual({action: 'failed', status: undefined})
    expect(warnings.join('\n')).toContain(
      'no answer from GitHub within the 2 s left of timeout-seconds'
    )
    expect(warnings.join('\n')).not.toMatch(/HTTP 500/)
  })
})

describe('bundled action on exit paths without a report', () => {
  test('a bad input sets every output (result: error) and writes a short summary', async () => {
    const run = await runAction({inputs: {...base, operation: 'worker-ad'}})
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toEqual({
      result: 'error',
      'failed-checks': '',
      'blocked-checks': '',
      'unverified-checks': '',
      'warned-checks': '',
      'account-id': '',
      'report-path': ''
    })
    expect(run.summary).toContain('an input is not valid')
    expect(run.summary).toContain(
      'Input &#39;operation&#39;: got &quot;worker-ad&quot;'
    )
  })
  test('without RUNNER_TEMP, report-path names a file that exists', async () => {
    const run = await runAction({
      inputs: {operation: 'explain', 'error-text': 'E0007'},
      env: {RUNNER_TEMP: ''}
    })
    expect(run.outputs['report-path']).not.toBe('')
    expect(run.report).toMatchObject({operation: 'explain'})
  })
})

describe('cluster-create in a region that does not exist', () => {
  test.each([
    ['xx-fake', 'fail'],
    ['us-sout-1', 'fail'],
    ['eu-de', 'pass']
  ])('vpc-gen2 in %s: vpc-region %s', async (region, status) => {
    const emu = await start('healthy-vpc')
    try {
      const config = parseConfig(
        {
          'api-key': emu.scenario.pipelineKey,
          operation: 'cluster-create',
          cluster: 'new-vpc',
          provider: 'vpc-gen2',
          region
        },
        CHECK_IDS
      )
      const r = await runPreflight(config, {
        env: emu.env,
        log: {debug: () => undefined}
      })
      expect(r.findings.find(f => f.check === 'vpc-region')?.status).toBe(
        status
      )
      expect(r.result).toBe(status)
    } finally {
      await emu.close()
    }
  })

  test("IBM's SDK fixture (a nested array) and a flat array both read as zone IDs; unknown keys are ignored, a zone without an id is unreadable", async () => {
    const fixture = JSON.parse(
      readFileSync('test/fixtures/iks-vpc-zones.json', 'utf8')
    ) as {body: unknown}
    const read = async (body: unknown): Promise<string[]> =>
      new ContainersClient(
        {
          request: async () => ({status: 200, headers: {}, body})
        } as unknown as HttpClient,
        'http://127.0.0.1'
      ).listVpcZones('token')
    expect(await read(fixture.body)).toEqual(['ID'])
    expect(await read([{id: 'us-south-1', metro: 'Dallas'}])).toEqual([
      'us-south-1'
    ])
    // A zone without a string id is a body we cannot read (could not verify), never a shorter list.
    await expect(
      read([{id: 'us-south-1'}, {name: 'no id'}])
    ).rejects.toMatchObject({kind: 'unreadable', service: 'iks'})
    await expect(read({zones: []})).rejects.toMatchObject({kind: 'unreadable'})
    expect(regionOfZone('us-south-1')).toBe('us-south')
    expect(regionOfZone('dal10')).toBeUndefined()
  })
})

describe('CLI help and debug', () => {
  test('--help lists the allowed values of each enumerated flag and no action-only input', async () => {
    let out = ''
    await cli(['--help'], {
      stdout: s => (out += s),
      stderr: () => undefined,
      env: {},
      isTTY: false
    })
    expect(out).toMatch(
      /--operation[^\n]*\n\s+one of: cluster-create, cluster-update, [^\n]*worker-pool-resize, worker-pool-create, worker-pool-delete, zone-add, zone-remove, explain/
    )
    expect(out).toMatch(/--fail-on[^\n]*\n\s+one of: error, warning, never/)
    expect(out).toMatch(/--format FORMAT\s+one of: text, json, markdown, junit/)
    expect(out).not.toMatch(/--pr-comment|--github-token/)
  })

  test('debug logs each request: method, host and path, status, time, retry; never the key or a token', async () => {
    const emu = await start('healthy-classic')
    try {
      let err = ''
      await cli(['--operation', 'worker-reload', '--cluster', 'prod-classic'], {
        stdout: () => undefined,
        stderr: s => (err += s),
        env: {
          ...emu.env,
          IBMCLOUD_API_KEY: emu.scenario.pipelineKey,
          IKS_PREFLIGHT_DEBUG: '1'
        },
        isTTY: false
      })
      const lines = err.split('\n').filter(l => l.startsWith('debug: request '))
      expect(lines.length).toBeGreaterThan(3)
      for (const l of lines)
        expect(l).toMatch(
          /^debug: request (GET|POST|PUT|DELETE) 127\.0\.0\.1:\d+\/\S* -> (HTTP \d{3}|network|timeout) in \d+ ms( \(retry \d+\))?$/
        )
      expect(err).not.toContain(emu.scenario.pipelineKey)
      expect(err).not.toMatch(/Bearer\s+[A-Za-z0-9]/)
    } finally {
      await emu.close()
    }
  })
})

describe('classic cluster-create in a region that does not exist', () => {
  test.each([
    ['xx-fake', true],
    ['eu-de', false]
  ])(
    '%s: classic-region fails; the misspelt-region hint only for an unknown region (%s)',
    async (region, hint) => {
      const emu = await start('healthy-classic')
      try {
        const config = parseConfig(
          {
            'api-key': emu.scenario.pipelineKey,
            operation: 'cluster-create',
            cluster: 'new-classic',
            provider: 'classic',
            region
          },
          CHECK_IDS
        )
        const r = await runPreflight(config, {
          env: emu.env,
          log: {debug: () => undefined}
        })
        const f = r.findings.find(x => x.check === 'classic-region')!
        expect(f.status).toBe('fail')
        const steps = f.fix.map(s => s.text)
        expect(
          steps.some(s => s.includes(`${region} is neither a region`))
        ).toBe(hint)
        expect(steps.some(s => s.startsWith('Or create a VPC cluster'))).toBe(
          !hint
        )
      } finally {
        await emu.close()
      }
    }
  )
})
