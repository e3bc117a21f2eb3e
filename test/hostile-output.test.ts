/**
 * API text that tries to break the output channels: workflow commands, URL-encoded newlines, HTML,
 * Markdown tables and links. Cluster inputs are validated, so the hostile text arrives as API data.
 */
import {planAnnotations} from '../src/report/annotations.js'
import type {Report} from '../src/report/model.js'
import {loadScenario, start, type Emulator} from './emulator/index.js'
import {runEngine, type Channels} from './support/channels.js'
import {runAction, type ActionRun} from './support/run-action.js'

const HOSTILE =
  'evil::error::injected%0A%0D\n::warning::x\r\n::error title=t::y <script>alert(1)</script><img src=x onerror=alert(2)> | a | b |\n\n| c | d |\n|---|---|\n[x](javascript:alert(3)) `tick` **bold** </td></tr></table>'
const CLUSTERS =
  'bqclassicprod0000001,cvpcprod000000000001,bqclassicdev00000002,cvpcdev0000000000002,ghost-cluster'

async function hostileEmulator(): Promise<Emulator> {
  const s = loadScenario('healthy-mixed')
  for (const c of s.clusters) {
    c.name = `${c.name} ${HOSTILE}`
    for (const w of c.workers) w.healthMessage = HOSTILE
  }
  for (const a of s.accounts) a.name = HOSTILE
  for (const g of s.resourceGroups) if (!g.default) g.name = HOSTILE
  const emu = await start(s)
  emu.setFaults([
    {
      service: 'iks',
      path: '/v2/getCluster?cluster=ghost',
      kind: 'status',
      status: 404,
      body: {
        code: 'A0006',
        description: HOSTILE,
        incidentID: HOSTILE,
        recoveryCLI: HOSTILE
      }
    }
  ])
  return emu
}

/** Balanced HTML blocks: GitHub renders a block of HTML as HTML until a blank line, then reads Markdown. */
function expectSafeHtml(html: string, channel: string): void {
  // After a blank line only a new HTML block (a line starting with a tag) may follow, never API text.
  const afterBlank = [...html.matchAll(/\n[ \t]*\n+([^\n]*)/g)]
    .map(m => m[1]!)
    .filter(l => !l.startsWith('<'))
  expect({channel, afterBlank}).toEqual({channel, afterBlank: []})
  expect(html).not.toMatch(/<script|<img|<iframe/i)
  for (const tag of ['table', 'tr', 'td', 'th', 'pre', 'code', 'details']) {
    const open = (html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length
    const close = (html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length
    expect({channel, tag, open}).toEqual({channel, tag, open: close})
  }
  // The hostile text is shown, escaped, not dropped.
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(html).not.toContain('| a | b |')
}

describe('hostile API text', () => {
  let channels: Channels
  let report: Report
  let action: ActionRun

  beforeAll(async () => {
    const emu = await hostileEmulator()
    try {
      const run = await runEngine(emu, {
        operation: 'worker-replace',
        cluster: CLUSTERS,
        'timeout-seconds': '20'
      })
      channels = run.channels
      report = run.report
      action = await runAction({
        inputs: {
          'api-key': emu.scenario.pipelineKey,
          operation: 'worker-replace',
          cluster: CLUSTERS,
          'timeout-seconds': '20'
        },
        env: {...emu.env, ACTIONS_STEP_DEBUG: 'true'}
      })
    } finally {
      await emu.close()
    }
  }, 60_000)

  test('the hostile text reached the report (the test exercises something)', () => {
    expect(
      report.findings.some(f => f.summary.includes('<script>alert(1)</script>'))
    ).toBe(true)
    expect(report.identity?.accountName).toBe(HOSTILE)
  })

  test('job summary and PR comment: escaped, balanced, one HTML block', () => {
    expectSafeHtml(channels['summary']!, 'summary')
    if (channels['comment'] !== undefined)
      expectSafeHtml(channels['comment'], 'comment')
  })

  test('CLI text: no line can be read as a workflow command', () => {
    for (const line of channels['text']!.split('\n'))
      expect(line.trimStart().startsWith('::')).toBe(false)
  })

  test('bundled action: no injected annotations; each annotation is one we planned', () => {
    const known =
      /^::(add-mask|debug|error|warning|notice|group|endgroup)(::| )/
    for (const line of action.stdout.split('\n'))
      if (line.startsWith('::')) expect(line).toMatch(known)
    const lines = action.stdout
      .split('\n')
      .filter(l => /^::(error|warning)/.test(l))
    const planned = planAnnotations(action.report as unknown as Report)
    const jobFailed = (action.report as unknown as Report).jobFailed
    expect(lines.length).toBe(planned.length + (jobFailed ? 1 : 0))
    expect(action.annotations.filter(a => a.type === 'error').length).toBe(
      planned.filter(a => a.type === 'error').length + (jobFailed ? 1 : 0)
    )
    // The hostile text is inside annotation messages, escaped to one line each.
    expect(
      action.annotations.some(a => a.message.includes('::warning::x'))
    ).toBe(true)
    expect(lines.every(l => !l.slice(2).includes('\n'))).toBe(true)
  })

  test('bundled action: the job summary is escaped and balanced', () => {
    expectSafeHtml(action.summary, 'bundle summary')
  })
})
