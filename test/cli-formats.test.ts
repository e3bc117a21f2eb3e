import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {cli, helpText} from '../src/cli.js'
import {CATALOGUE} from '../src/checks/catalogue.js'
import {renderJunit} from '../src/report/junit.js'
import {buildReport, type Report} from '../src/report/model.js'
import {start, type Emulator} from './emulator/index.js'

interface Run {
  code: number
  out: string
  err: string
}

async function runCli(
  argv: string[],
  opts: {env?: Record<string, string>; isTTY?: boolean; stdin?: string} = {}
): Promise<Run> {
  let out = ''
  let err = ''
  const code = await cli(argv, {
    stdout: s => (out += s),
    stderr: s => (err += s),
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
    stdin: opts.stdin === undefined ? undefined : async () => opts.stdin!
  })
  return {code, out, err}
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: name => ['testsuite', 'testcase'].includes(name)
})
type Case = Record<string, unknown> & {'@classname': string; '@name': string}
function testcases(xml: string): Case[] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = parser.parse(xml) as {
    testsuites: {testsuite: Array<{testcase: Case[]}>}
  }
  return doc.testsuites.testsuite.flatMap(s => s.testcase)
}

describe('CLI formats against the emulator (live checks)', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start('cluster-not-found')
  })
  afterAll(async () => {
    await emu.close()
  })
  const live = (more: string[]): Promise<Run> =>
    runCli(
      [
        '--operation',
        'cluster-delete',
        '--cluster',
        'ghost-cluster,prod-classic',
        '--api-key',
        emu.scenario.pipelineKey,
        ...more
      ],
      {env: {...emu.env}}
    )

  test('junit: valid XML, one testcase per finding (classname = check, name = target), failure/error/skipped by status', async () => {
    const json = JSON.parse((await live(['--format', 'json'])).out) as Report
    const r = await live(['--format', 'junit'])
    expect(r.code).toBe(3)
    const cases = testcases(r.out)
    expect(cases).toHaveLength(json.findings.length)
    // Suites group by target, so compare as sets keyed by check/target (each pair is one finding here).
    const key = (check: string, target: string): string => `${check}/${target}`
    expect(cases.map(c => key(c['@classname'], c['@name'])).sort()).toEqual(
      json.findings.map(f => key(f.check, f.target)).sort()
    )
    const byKey = new Map(cases.map(c => [key(c['@classname'], c['@name']), c]))
    json.findings.forEach(f => {
      const c = byKey.get(key(f.check, f.target))!
      expect('failure' in c).toBe(f.status === 'fail')
      expect('error' in c).toBe(f.status === 'error')
      expect('skipped' in c).toBe(f.status === 'skip')
    })
    expect(json.findings.some(f => f.status === 'fail')).toBe(true)
    expect(json.findings.some(f => f.status === 'skip')).toBe(true)
  })

  test('--json stays an alias of --format json; --output writes the file and prints one line; --quiet prints nothing', async () => {
    const a = await live(['--json'])
    expect((JSON.parse(a.out) as Report).result).toBe('fail')
    const dir = mkdtempSync(join(tmpdir(), 'iks-cli-'))
    const file = join(dir, 'report.xml')
    const b = await live(['--format', 'junit', '--output', file])
    expect(b.code).toBe(3)
    expect(b.out).toBe(
      `iks-preflight: Pre-flight failed: cluster-delete would fail (2 blocker(s): cluster-access). (junit report: ${file})\n`
    )
    expect(testcases(readFileSync(file, 'utf8')).length).toBeGreaterThan(0)
    const c = await live(['--quiet'])
    expect(c).toEqual({code: 3, out: '', err: ''})
  })

  test('markdown is Markdown, not HTML: headings, a table, fenced commands, escaped API text', async () => {
    const r = await live(['--format', 'markdown'])
    expect(r.out).not.toContain('<!-- iks-preflight:comment -->')
    expect(r.out).not.toMatch(/<(h\d|p|table|tr|td|code|pre|details)\b/)
    expect(r.out).toMatch(/^## ❌ iks-preflight: Pre-flight failed/)
    expect(r.out).toContain('#### ❌ `cluster-access` · ghost-cluster')
    expect(r.out).toContain('| --- | --- | --- | --- |')
    expect(r.out).toMatch(/```sh\n\s+ibmcloud target\n/)
  })

  test('FORCE_COLOR forces colour off a terminal; NO_COLOR wins over a terminal', async () => {
    const forced = await runCli(['explain', '-'], {
      isTTY: false,
      stdin: 'E0007',
      env: {FORCE_COLOR: '1'}
    })
    expect(forced.out).toContain('\u001b[31mFAIL')
    const zero = await runCli(['explain', '-'], {
      isTTY: false,
      stdin: 'E0007',
      env: {FORCE_COLOR: '0'}
    })
    expect(zero.out).not.toContain('\u001b[')
  })

  test('text: colour only on a TTY and without NO_COLOR', async () => {
    expect((await live([])).out).not.toContain('\u001b[')
    const tty = await runCli(['explain', '-'], {isTTY: true, stdin: 'E0007'})
    expect(tty.out).toContain('\u001b[31mFAIL')
    const noColor = await runCli(['explain', '-'], {
      isTTY: true,
      stdin: 'E0007',
      env: {NO_COLOR: '1'}
    })
    expect(noColor.out).not.toContain('\u001b[')
  })
})

describe('CLI explain and options', () => {
  test('explain reads stdin (with - or no FILE) and a file; exit 3 on a blocker, 0 when none is known', async () => {
    const viaDash = await runCli(['explain', '-', '--format', 'json'], {
      stdin:
        'FAILED\nE501e: Classic cluster creation is not supported in regions that do not have existing classic clusters.'
    })
    expect(viaDash.code).toBe(3)
    expect(
      (JSON.parse(viaDash.out) as Report).findings.map(f => f.check)
    ).toEqual(['classic-region'])
    const viaNone = await runCli(['explain', '--format', 'json'], {
      stdin: 'all good here'
    })
    expect(viaNone.code).toBe(0)
    expect((JSON.parse(viaNone.out) as Report).result).toBe('warn')
    const viaFile = await runCli([
      'explain',
      'test/fixtures/explain/e0007-retry.txt'
    ])
    expect(viaFile.code).toBe(3)
    expect(viaFile.out).toContain(
      '$ ibmcloud ks cluster get --cluster prod-vpc'
    )
  })

  test('explain options come from the environment too; --lang is accepted as --language', async () => {
    const r = await runCli(['--format', 'json', '--lang', 'en'], {
      env: {
        IKS_PREFLIGHT_OPERATION: 'explain',
        IKS_PREFLIGHT_ERROR_TEXT:
          'A0656 You are not authorized to create an API key in this resource group.'
      }
    })
    expect(r.code).toBe(3)
    expect((JSON.parse(r.out) as Report).findings.map(f => f.check)).toEqual([
      'cluster-api-key'
    ])
    const bad = await runCli(['explain', '-', '--lang', 'xx'], {stdin: 'E0007'})
    expect(bad.code).toBe(2)
    // The CLI names its flag, not the action's input.
    expect(bad.err).toMatch(/--language: got "xx"; allowed: en, ja/)
  })

  test('a missing error file and a bad format are usage errors (exit 2) that name the input', async () => {
    const missing = await runCli(['explain', 'no/such/file.txt'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain(
      `--error-file: cannot read "no/such/file.txt" (ENOENT)`
    )
    const fmt = await runCli(['explain', '-', '--format', 'yaml'], {
      stdin: 'E0007'
    })
    expect(fmt.code).toBe(2)
    expect(fmt.err).toContain(
      '--format: got "yaml"; allowed: text, json, markdown, junit.'
    )
    const extra = await runCli(['explain', 'a', 'b'])
    expect(extra.code).toBe(2)
  })

  test('--help lists every check of the catalogue and the formats', () => {
    const help = helpText()
    for (const c of CATALOGUE) expect(help).toContain(`  ${c.id}`)
    expect(help).toContain('--format FORMAT')
    expect(help).toContain('iks-preflight explain [FILE|-]')
  })
})

describe('junit escaping', () => {
  test('control characters and markup in API text still give well-formed XML 1.0', () => {
    const report = buildReport({
      config: {operation: 'cluster-update', failOn: 'error'},
      catalogue: [],
      findings: [
        {
          check: 'api-key',
          target: 'a<b>&"c\'',
          status: 'fail',
          summary: {
            id: 'common.could-not-verify',
            params: {reason: 'bad \u0000\u0007\u001b[31m ]]> text \ud800 end'}
          }
        },
        {
          check: 'account',
          target: 'x',
          status: 'warn',
          summary: {id: 'common.could-not-verify', params: {reason: 'warned'}}
        },
        {
          check: 'cluster-name',
          target: 'x',
          status: 'pass',
          summary: {id: 'common.could-not-verify', params: {reason: 'ok'}}
        }
      ],
      targets: [],
      startedAt: new Date('2026-05-01T10:00:00Z'),
      durationMs: 10,
      requests: []
    })
    const xml = renderJunit(report)
    const cases = testcases(xml)
    expect(cases).toHaveLength(3)
    expect(cases[0]!['@name']).toBe('a<b>&"c\'')
    expect(xml).toContain('\\x00\\x07\\x1b[31m ]]&gt; text \\xd800 end')
    // A warning is a passing testcase with the warning in system-out.
    expect(cases[1]!['system-out']).toMatch(
      /^WARNING: Could not verify: warned/
    )
    expect('failure' in cases[1]!).toBe(false)
  })
})
