import {cli, EXIT} from '../src/cli.js'
import {parseConfig} from '../src/config/inputs.js'
import {CHECK_IDS} from '../src/checks/ids.js'
import type {Operation} from '../src/config/types.js'
import type {Finding, Status} from '../src/findings.js'
import {renderComment} from '../src/report/comment.js'
import {renderMarkdown} from '../src/report/markdown.js'
import {buildReport, type Report} from '../src/report/model.js'
import {renderSummary} from '../src/report/summary.js'
import {renderText} from '../src/report/text.js'
import {start, type Emulator} from './emulator/index.js'

const f = (status: Status, target: string, operation?: Operation): Finding => ({
  check: 'vpe-gateway',
  target,
  status,
  summary: {
    id: 'common.could-not-verify',
    params: {reason: `${status}-${target}`}
  },
  ...(operation && {operation})
})

function report(findings: Finding[], targets: string[]): Report {
  return buildReport({
    config: {operation: 'worker-replace', failOn: 'error'},
    catalogue: [{id: 'vpe-gateway', title: 'vpe-gateway.title', docs: ''}],
    findings,
    targets: targets.map(ref => ({ref})),
    startedAt: new Date(),
    durationMs: 1,
    requests: []
  })
}

const mixed = (targets: string[], operation?: Operation): Finding[] => [
  f('pass', targets[0]!, operation),
  f('fail', targets[0]!, operation),
  f('skip', targets.at(-1)!, operation),
  f('pass', targets.at(-1)!, operation),
  f('warn', targets.at(-1)!, operation)
]

describe('report-detail: problems | all', () => {
  test('a fleet (several clusters) shows problems only in the summary by default, with the count of what was left out', () => {
    const r = report(mixed(['a', 'b']), ['a', 'b'])
    const html = renderSummary(r)
    expect(html).toContain('fail-a')
    expect(html).toContain('warn-b')
    expect(html).not.toContain('pass-a')
    expect(html).not.toContain('skip-b')
    expect(html).toContain(
      'Not shown: 2 passed and 1 skipped finding(s) (report-detail: all lists them'
    )
    // all is today's view: the passes and skips folded under <details>.
    const all = renderSummary(r, undefined, 'all')
    expect(all).toContain('pass-a')
    expect(all).toContain('skip-b')
    expect(all).not.toContain('Not shown:')
  })

  test('a plan (several operations) defaults to problems; one cluster, one operation defaults to all', () => {
    const plan = report(mixed(['a'], 'worker-add'), ['a'])
    expect(renderSummary(plan)).not.toContain('pass-a')
    expect(renderComment(plan)).not.toContain('pass-a')
    const single = report(mixed(['a']), ['a'])
    expect(renderSummary(single)).toContain('pass-a')
    // Asked for, a single cluster gets problems only too.
    expect(renderSummary(single, undefined, 'problems')).not.toContain('pass-a')
    expect(renderComment(single, {detail: 'problems'})).toContain(
      'Not shown: 2 passed and 1 skipped'
    )
  })

  test('nothing left out, no count line', () => {
    const r = report([f('fail', 'a'), f('warn', 'b')], ['a', 'b'])
    expect(renderSummary(r)).not.toContain('Not shown')
  })

  test('text and markdown (CLI) drop pass/skip lines only when asked; Japanese has its own line', () => {
    const r = report(mixed(['a']), ['a'])
    expect(renderText(r)).toContain('pass-a')
    const text = renderText(r, {problemsOnly: true})
    expect(text).not.toContain('pass-a')
    expect(text).not.toContain('skip-a')
    expect(text).toMatch(/FAIL {2}vpe-gateway/)
    expect(text).toContain('Not shown: 2 passed and 1 skipped')
    const md = renderMarkdown(r, {problemsOnly: true})
    expect(md).not.toContain('pass-a')
    expect(md).toContain('warn-a')
    const ja = buildReport({
      config: {operation: 'worker-replace', failOn: 'error'},
      catalogue: [{id: 'vpe-gateway', title: 'vpe-gateway.title', docs: ''}],
      findings: mixed(['a']),
      targets: [{ref: 'a'}],
      startedAt: new Date(),
      durationMs: 1,
      requests: [],
      language: 'ja'
    })
    expect(renderText(ja, {problemsOnly: true})).toContain(
      '表示していない検出結果: 合格 2 件、スキップ 1 件'
    )
  })

  test('report-detail accepts problems and all and names the input on anything else', () => {
    const base = {
      operation: 'worker-add',
      cluster: 'c',
      'api-key': 'k'.repeat(44)
    }
    expect(
      parseConfig({...base, 'report-detail': 'problems'}, CHECK_IDS, {})
        .reportDetail
    ).toBe('problems')
    expect(parseConfig(base, CHECK_IDS, {}).reportDetail).toBeUndefined()
    expect(() =>
      parseConfig({...base, 'report-detail': 'some'}, CHECK_IDS, {})
    ).toThrow('Input \'report-detail\': got "some"; allowed: problems, all.')
  })
})

describe('CLI --only-problems', () => {
  let emu: Emulator
  afterEach(async () => emu?.close())

  async function run(args: string[], env: Record<string, string>) {
    let out = ''
    let err = ''
    const code = await cli(args, {
      stdout: s => (out += s),
      stderr: s => (err += s),
      env,
      isTTY: false
    })
    return {code, out, err}
  }

  test('lists the blockers and counts the passes left out; without it every check is listed', async () => {
    emu = await start('missing-infra-permissions')
    const env = {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey}
    const args = ['--operation', 'worker-add', '--cluster', 'prod-classic']
    const full = await run(args, env)
    const only = await run([...args, '--only-problems'], env)
    expect(only.code).toBe(EXIT.blockers)
    expect(full.out).toMatch(/^PASS {2}/m)
    expect(only.out).not.toMatch(/^(PASS|SKIP) {2}/m)
    expect(only.out).toMatch(/^FAIL {2}infra-permissions/m)
    // The CLI speaks in flags in its own prose.
    expect(only.out).toMatch(
      /Not shown: \d+ passed and \d+ skipped finding\(s\) \(--report-detail all lists them/
    )
    const viaInput = await run([...args, '--report-detail', 'problems'], env)
    expect(viaInput.out).not.toMatch(/^PASS {2}/m)
    expect((await run(['--help'], {})).out).toContain('--only-problems')
  })
})
