/**
 * The CLI's text report fits its width: columns sized from the content, summaries wrapped inside their
 * column, East Asian wide characters counted as two columns, and nothing cut (check ids, targets and
 * commands print whole; a fix command line is never wrapped).
 */
import {cli, textWidth} from '../src/cli.js'
import {
  breakUnits,
  displayWidth,
  DEFAULT_WIDTH,
  padTo,
  wrap
} from '../src/report/layout.js'
import type {Report} from '../src/report/model.js'
import {renderText} from '../src/report/text.js'
import {start} from './emulator/index.js'
import {preflight} from './support/preflight.js'

const MARKS = /^(PASS|WARN|FAIL|ERR |SKIP) {2}/
const PLAN_TARGET =
  'module.cluster["prod"].ibm_container_vpc_worker_pool.pool["edge"] · worker-pool-create'
const LONG_CHECK = 'a-check-id-longer-than-its-column-cap'
const squash = (s: string): string => s.replace(/\s+/g, '')

/** A line may pass the width only when it is a command or one piece that must not be cut. */
const mayOverflow = (line: string): boolean =>
  /^\s*\$ /.test(line) ||
  line.trimStart().startsWith('IBM recoveryCLI:') ||
  breakUnits(line.replace(MARKS, '').trim()).length === 1

function expectFits(text: string, width: number): void {
  const over = text
    .split('\n')
    .filter(l => displayWidth(l) > width && !mayOverflow(l))
  expect(over).toEqual([])
}

/** The table: from the line after the header's blank line to the next blank line. */
function tableOf(text: string): string[] {
  const lines = text.split('\n')
  const from = lines.indexOf('') + 1
  const to = lines.indexOf('', from)
  return lines.slice(from, to === -1 ? undefined : to)
}

/** Each row's lines: its head (a status mark) and the continuation lines under it. */
function rowsOf(table: string[]): string[][] {
  const rows: string[][] = []
  for (const l of table)
    if (MARKS.test(l)) rows.push([l])
    else rows.at(-1)!.push(l)
  return rows
}

function expectTable(report: Report, text: string, width: number): void {
  const shown = report.findings
  const rows = rowsOf(tableOf(text))
  expect(rows).toHaveLength(shown.length)
  const summaryColumns = new Set<number>()
  const targetColumns = new Set<number>()
  rows.forEach((row, i) => {
    const f = shown[i]!
    const head = row[0]!
    // Nothing cut: the check id and the target whole, the summary whole once the wrapping is undone.
    expect(
      head.startsWith(
        `${f.status === 'error' ? 'ERR ' : f.status.toUpperCase()}  ${f.check}`
      )
    ).toBe(true)
    expect(squash(row.join(''))).toContain(squash(f.target))
    expect(squash(row.join(''))).toContain(squash(f.summary))
    const targetAt = head.indexOf(f.target, 6 + f.check.length)
    const afterTarget = targetAt === -1 ? -1 : targetAt + f.target.length
    const rest = afterTarget === -1 ? '' : head.slice(afterTarget)
    if (rest.trim() !== '') {
      // Summary beside the target: both start at their columns (display columns, not characters).
      targetColumns.add(displayWidth(head.slice(0, targetAt)))
      summaryColumns.add(
        displayWidth(
          head.slice(0, afterTarget + rest.length - rest.trimStart().length)
        )
      )
    }
    for (const l of row.slice(1)) {
      // A target too long for any line has lines of its own at the check column.
      if (l.startsWith(' '.repeat(6)) && f.target.includes(l.trim())) continue
      summaryColumns.add(l.length - l.trimStart().length)
    }
  })
  // One summary column and one target column for the whole table.
  expect(summaryColumns.size).toBe(1)
  expect(targetColumns.size).toBeLessThanOrEqual(1)
  expectFits(text, width)
}

/** Every command of every problem prints whole, on its own line; every sentence survives the wrapping. */
function expectProblemsWhole(report: Report, text: string): void {
  const lines = text.split('\n')
  for (const f of report.findings.filter(
    x => x.status !== 'pass' && x.status !== 'skip'
  )) {
    for (const c of f.fix.flatMap(s => s.commands))
      expect(lines).toContain(`      $ ${c}`)
    for (const s of [
      f.summary,
      f.why ?? '',
      ...f.fix.map(s => s.text),
      ...f.details
    ])
      expect(squash(text)).toContain(squash(s))
  }
}

/** A real report with long check ids and Terraform plan addresses as targets. */
function lengthen(r: Report): Report {
  return {
    ...r,
    findings: r.findings.map((f, i) => ({
      ...f,
      target: i % 3 === 0 ? PLAN_TARGET : f.target,
      check: i === 4 ? LONG_CHECK : f.check
    }))
  }
}

describe('display width', () => {
  test('wide characters take two columns; colour sequences and combining marks none', () => {
    expect(displayWidth('vpc-security-groups')).toBe(19)
    expect(displayWidth('ワーカー・ノード')).toBe(16)
    expect(displayWidth('阻害要因 1 件')).toBe(13)
    expect(displayWidth('ＡＢ')).toBe(4)
    expect(displayWidth('\u001b[31mFAIL\u001b[0m')).toBe(4)
    expect(displayWidth('e\u0301')).toBe(1)
    // Ambiguous width (the plan target's middle dot) counts as narrow, as terminals do in English.
    expect(displayWidth('a · b')).toBe(5)
    expect(padTo('クラスター', 12)).toBe('クラスター  ')
  })

  test('wrap breaks at spaces and between Japanese characters, never inside a backticked command', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(
      wrap('run `ibmcloud ks infra-permissions get --cluster c1` now', 20)
    ).toEqual([
      'run',
      '`ibmcloud ks infra-permissions get --cluster c1`',
      'now'
    ])
    const ja = wrap(
      'ワーカー・ノードはこのゲートウェイを介して Kubernetes マスターと通信します。ゲートウェイがないと失敗します。',
      20
    )
    for (const l of ja) {
      expect(displayWidth(l)).toBeLessThanOrEqual(20)
      // Japanese typesetting: no line starts with closing punctuation, a middle dot or a prolonged sound mark.
      expect(l).not.toMatch(/^[、。・ー）」]/)
    }
    expect(squash(ja.join(''))).toBe(
      squash(
        'ワーカー・ノードはこのゲートウェイを介して Kubernetes マスターと通信します。ゲートウェイがないと失敗します。'
      )
    )
    // A command named in prose is not broken either (the line before it ends short instead).
    expect(
      wrap('or create one with ibmcloud is subnet-create; the subnets', 30)
    ).toEqual([
      'or create one with',
      'ibmcloud is subnet-create; the',
      'subnets'
    ])
    expect(
      wrap('作成するには ibmcloud is subnet-create を使用します。', 24)
    ).toEqual(['作成するには', 'ibmcloud is subnet-create', 'を使用します。'])
    // A piece wider than the line is never cut: it takes a line of its own.
    expect(
      wrap('in VPC r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d now', 20)
    ).toEqual(['in VPC', 'r006-4c9a2b1e-7d3f-4a8b-9c0d-1e2f3a4b5c6d', 'now'])
  })

  test('the CLI wraps to the terminal at a terminal, and to a fixed width into a pipe or file', () => {
    expect(textWidth({isTTY: true, columns: 72})).toBe(72)
    expect(textWidth({isTTY: false, columns: 72})).toBe(DEFAULT_WIDTH)
    expect(textWidth({isTTY: true})).toBe(DEFAULT_WIDTH)
    expect(textWidth({isTTY: true, columns: 12})).toBe(40)
  })
})

describe('text report columns', () => {
  const reports: Record<string, Report> = {}
  beforeAll(async () => {
    for (const [scenario, operation, cluster] of [
      ['vpe-missing', 'worker-replace', 'prod-vpc'],
      ['missing-infra-permissions', 'worker-add', 'prod-classic']
    ] as const) {
      const emu = await start(scenario)
      try {
        for (const language of ['en', 'ja'])
          reports[`${scenario}/${language}`] = await preflight(emu, {
            operation,
            cluster,
            language
          })
      } finally {
        await emu.close()
      }
    }
  }, 120_000)

  test.each([
    ['vpe-missing/en', 100],
    ['vpe-missing/ja', 100],
    ['missing-infra-permissions/en', 100],
    ['missing-infra-permissions/ja', 100],
    ['vpe-missing/en', 72],
    ['vpe-missing/ja', 60],
    ['missing-infra-permissions/ja', 40]
  ])(
    '%s at %i columns: long ids and plan targets align, fit and print whole',
    (key, width) => {
      const r = lengthen(reports[key]!)
      expect(
        r.findings.some(
          f =>
            f.check === 'vpc-security-groups' || f.check === 'infra-permissions'
        )
      ).toBe(true)
      const text = renderText(r, {width})
      expectTable(r, text, width)
      expectProblemsWhole(r, text)
      // Unchanged reports too (short targets: the target column shrinks to them).
      const plain = reports[key]!
      const unchanged = renderText(plain, {width})
      expectTable(plain, unchanged, width)
      expectProblemsWhole(plain, unchanged)
    }
  )

  test('a long target prints whole and its summary starts on the next line at the summary column', () => {
    const address = PLAN_TARGET.split(' · ')[0]!
    const base = reports['vpe-missing/en']!
    const r = {
      ...base,
      findings: base.findings.map((f, i) =>
        i === 2 ? {...f, target: address} : f
      )
    }
    const rows = rowsOf(tableOf(renderText(r)))
    const long = rows[2]!
    // Beside the check, whole, with nothing after it.
    expect(long[0]).toBe(`PASS  ${padTo(r.findings[2]!.check, 19)} ${address}`)
    const column = long[1]!.length - long[1]!.trimStart().length
    expect(long[1]!.trimStart()).toBe(
      r.findings[2]!.summary.slice(0, long[1]!.trimStart().length)
    )
    // Every other row's summary starts at that column, beside its target.
    for (const row of rows.filter(x => x !== long)) {
      const head = row[0]!
      expect(head.slice(column - 1, column + 1)).toMatch(/^ \S/)
    }
  })

  test('no line starts with "::" (a workflow command in a CI log), wherever the wrap falls', () => {
    const base = reports['vpe-missing/en']!
    const hostile = {
      ...base,
      findings: base.findings.map((f, i) =>
        i === 0
          ? {...f, target: PLAN_TARGET, summary: '::error::owned'}
          : i === 1
            ? {
                ...f,
                summary: `${'word '.repeat(12)}::warning::x ${'word '.repeat(12)}`
              }
            : f
      )
    }
    for (const width of [40, 60, 100]) {
      const text = renderText(hostile, {width})
      expect(text).toContain('owned')
      for (const line of text.split('\n'))
        expect(line.trimStart().startsWith('::')).toBe(false)
    }
  })

  test('Japanese text is measured in columns: no line of the ja report passes the width', () => {
    const text = renderText(reports['missing-infra-permissions/ja']!, {
      width: 80
    })
    expect(text).toMatch(/[ぁ-ん]/)
    expectFits(text, 80)
    for (const l of text.split('\n'))
      expect(l.trimStart()).not.toMatch(/^[、。）」]/)
  })

  test('the CLI at a 64-column terminal fits 64 columns; piped, it is 100 whatever the terminal', async () => {
    const emu = await start('vpe-missing')
    try {
      const run = async (isTTY: boolean): Promise<string> => {
        let out = ''
        await cli(['--operation', 'worker-replace', '--cluster', 'prod-vpc'], {
          stdout: s => (out += s),
          stderr: () => undefined,
          env: {
            ...emu.env,
            IBMCLOUD_API_KEY: emu.scenario.pipelineKey,
            NO_COLOR: '1'
          },
          isTTY,
          columns: 64
        })
        return out
      }
      const tty = await run(true)
      expectFits(tty, 64)
      expect(
        Math.max(
          ...tty
            .split('\n')
            .filter(l => !mayOverflow(l))
            .map(displayWidth)
        )
      ).toBeGreaterThan(50)
      const piped = await run(false)
      expectFits(piped, 100)
      expect(
        piped.split('\n').some(l => displayWidth(l) > 64 && !mayOverflow(l))
      ).toBe(true)
      // The fix command is whole on one line in both.
      for (const out of [tty, piped])
        expect(out).toContain(
          '$ ibmcloud ks cluster master refresh -c cvpcprod000000000001\n'
        )
    } finally {
      await emu.close()
    }
  }, 60_000)
})
