import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CATALOGUE} from '../src/checks/catalogue.js'
import {cli, renderAs} from '../src/cli.js'
import {explainReport} from '../src/explain/report.js'
import type {Finding} from '../src/findings.js'
import {postPrComment} from '../src/github/pr-comment.js'
import {en, type MessageId} from '../src/messages/en.js'
import {catalogues, supportedLanguage, t} from '../src/messages/index.js'
import {ja} from '../src/messages/ja.js'
import {planAnnotations} from '../src/report/annotations.js'
import {renderComment} from '../src/report/comment.js'
import {renderJunit} from '../src/report/junit.js'
import {buildReport, type Report} from '../src/report/model.js'
import {renderSummary, resultLine} from '../src/report/summary.js'
import {renderText} from '../src/report/text.js'
import {start} from './emulator/index.js'
import {commandsOf, findingOf, preflight} from './support/preflight.js'

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/
const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{([a-zA-Z0-9]+)\}/g)].map(m => m[1]!).sort()
const ids = Object.keys(en) as MessageId[]

/** Pure data templates: the same in every language (a worker line whose words are all data or IBM's). */
const SAME_IN_BOTH: readonly MessageId[] = [
  'report.iam-id',
  'orphaned-workers.detail.plain'
]

/**
 * Every English fragment between placeholders that is a phrase of ours (three words or more) and is
 * not also in the Japanese catalogue (IBM's quoted English texts, input names and commands are).
 */
const jaAll = Object.values(ja).join('\n')
const EN_PHRASES = [
  ...new Set(
    Object.values(en)
      .flatMap(v => v.split(/\{[a-zA-Z0-9]+\}/))
      .map(s => s.trim().replace(/^[\s,.:;()–—-]+|[\s,.:;()–—-]+$/g, ''))
      .filter(
        s =>
          s.length >= 10 &&
          (s.match(/[A-Za-z]{2,}/g) ?? []).length >= 3 &&
          !jaAll.includes(s)
      )
  )
]

function englishIn(text: string): string[] {
  return EN_PHRASES.filter(p => text.includes(p))
}

describe('Japanese catalogue', () => {
  test("'ja' is a supported language with its own catalogue; unknown codes fall back to English", () => {
    expect(supportedLanguage('ja')).toBe('ja')
    expect(supportedLanguage('en')).toBe('en')
    expect(supportedLanguage('fr')).toBe('en')
    expect(supportedLanguage(undefined)).toBe('en')
    expect(catalogues.ja).toBe(ja)
  })

  test('every English message has a Japanese translation and vice versa', () => {
    const enKeys = Object.keys(en).sort()
    const jaKeys = Object.keys(ja).sort()
    expect(jaKeys.filter(k => !Object.hasOwn(en, k))).toEqual([])
    expect(enKeys.filter(k => !Object.hasOwn(ja, k))).toEqual([])
    for (const id of ids) expect(typeof ja[id]).toBe('string')
    expect(ids.length).toBeGreaterThan(300)
  })

  test('placeholders are the same per key (names and counts)', () => {
    const differing = ids.filter(
      id => placeholders(en[id]).join(',') !== placeholders(ja[id]).join(',')
    )
    expect(differing).toEqual([])
  })

  test('every Japanese message is Japanese, unless it is pure data', () => {
    const untranslated = ids.filter(
      id =>
        !SAME_IN_BOTH.includes(id) &&
        (ja[id] === en[id] || !JAPANESE.test(ja[id]))
    )
    expect(untranslated).toEqual([])
    // The allow-list stays honest: its entries really are the same.
    for (const id of SAME_IN_BOTH) expect(ja[id]).toBe(en[id])
  })

  test("IBM's codes, quoted error texts, inline commands and URLs are kept verbatim", () => {
    const kept = (s: string): string[] => [
      ...[...s.matchAll(/"([^"]+)"/g)].map(m => m[1]!),
      ...[...s.matchAll(/`([^`]+)`/g)].map(m => m[1]!),
      ...(s.match(/\b(?:[AEG][0-9][0-9a-f]{3,4}|BXNIM[0-9]{4}E)\b/g) ?? []),
      ...(s.match(/https:\/\/\S+?(?=[),]|$|\s)/g) ?? [])
    ]
    const lost = ids.flatMap(id =>
      kept(en[id])
        .filter(k => !ja[id].includes(k))
        .map(k => `${id}: ${k}`)
    )
    expect(lost).toEqual([])
    expect(ja['orphaned-workers.orphaned.why']).toContain(
      '"incorrect account for worker"'
    )
    expect(ja['totp-mfa.why']).toContain(
      "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user."
    )
    expect(ja['explain.vpe-gateway']).toContain(
      '"Pending endpoint gateway creation"'
    )
  })

  test("IBM Cloud's Japanese terms are used", () => {
    expect(ja['orphaned-workers.orphaned.set']).toMatch(
      /^クラスター \{cluster\} は孤立しています。/
    )
    expect(ja['orphaned-workers.orphaned.why']).toContain(
      'インフラストラクチャー資格情報'
    )
    expect(ja['worker-endpoints.fix.replace']).toContain('ワーカー・ノード')
    expect(ja['totp-mfa.title']).toContain('多要素認証')
    expect(ja['paid-account.why']).toContain('従量課金 (PAYG)')
    expect(ja['explain.vpe-gateway']).toContain(
      '仮想プライベート・エンドポイント (VPE) ゲートウェイ'
    )
    expect(
      t(
        'cluster-access.forbidden.why',
        {operation: 'cluster-delete', role: {id: 'common.role.Administrator'}},
        'ja'
      )
    ).toContain('管理者 (Administrator) 役割')
    // The seed page's words, not the other usual spellings.
    expect(jaAll).not.toMatch(/ワーカーノード|クラスタ[^ー]|地域|認証情報/)
  })
})

// Scenarios × inputs covering every check family and the failures with the most commands.
const RUNS: Array<[string, Record<string, string>]> = [
  ['healthy-classic', {operation: 'cluster-delete', cluster: 'prod-classic'}],
  [
    'missing-infra-permissions',
    {operation: 'worker-reload', cluster: 'prod-classic'}
  ],
  ['orphaned-classic', {operation: 'cluster-delete', cluster: 'prod-classic'}],
  ['orphaned-switch', {operation: 'worker-delete', cluster: 'prod-classic'}],
  ['totp-linked', {operation: 'worker-add', cluster: 'prod-classic'}],
  ['no-paid-account', {operation: 'worker-add', cluster: 'prod-classic'}],
  ['vpe-missing', {operation: 'worker-replace', cluster: 'prod-vpc'}],
  ['vpe-pending', {operation: 'worker-replace', cluster: 'prod-vpc'}],
  ['vpe-ip-deleted', {operation: 'worker-replace', cluster: 'prod-vpc'}],
  ['cluster-forbidden', {operation: 'cluster-delete', cluster: 'prod-classic'}],
  [
    'service-id-no-stored-key',
    {
      operation: 'cluster-create',
      cluster: 'new-vpc',
      provider: 'vpc-gen2',
      region: 'us-south'
    }
  ]
]

async function both(
  scenario: string,
  inputs: Record<string, string>
): Promise<{en: Report; ja: Report}> {
  const emu = await start(scenario)
  try {
    return {
      en: await preflight(emu, inputs),
      ja: await preflight(emu, {...inputs, language: 'ja'})
    }
  } finally {
    await emu.close()
  }
}

/** All of a ja report's words in every channel. */
function channels(report: Report): Record<string, string> {
  return {
    summary: renderSummary(report),
    comment: renderComment(report),
    annotations: planAnnotations(report)
      .map(a => `${a.title}\n${a.message}`)
      .join('\n'),
    text: renderText(report),
    markdown: renderAs(report, 'markdown', false),
    junit: renderJunit(report)
  }
}

describe('a run in Japanese', () => {
  const reports = new Map<string, {en: Report; ja: Report}>()
  beforeAll(async () => {
    for (const [scenario, inputs] of RUNS)
      reports.set(scenario, await both(scenario, inputs))
  })

  test.each(RUNS.map(([s]) => s))(
    '%s: same findings and identical commands; only the words change',
    scenario => {
      const {en: e, ja: j} = reports.get(scenario)!
      expect(j.language).toBe('ja')
      expect(e.language).toBe('en')
      const shape = (r: Report): unknown =>
        r.findings.map(f => ({
          check: f.check,
          target: f.target,
          status: f.status,
          messageId: f.messageId,
          commands: commandsOf(f),
          steps: f.fix.length,
          details: f.details.length,
          docs: f.docs
        }))
      expect(shape(j)).toEqual(shape(e))
      expect(j.result).toBe(e.result)
      for (const f of j.findings) {
        expect(f.title).toMatch(JAPANESE)
        expect(f.summary).toMatch(JAPANESE)
        if (f.why) expect(f.why).toMatch(JAPANESE)
        for (const s of f.fix) expect(s.text).toMatch(JAPANESE)
      }
    }
  )

  test("IBM's answer line names the incident ID in Japanese in every channel (IBM's Japanese CLI: インシデント ID)", () => {
    const {ja: j} = reports.get('cluster-forbidden')!
    expect(j.findings.some(f => f.ibm?.incidentID)).toBe(true)
    const all = channels(j)
    for (const name of ['summary', 'comment', 'markdown'])
      expect({name, ok: /インシデント ID/.test(all[name]!)}).toEqual({
        name,
        ok: true
      })
    expect(Object.values(all).join('\n')).not.toMatch(/incidentID/)
  })

  test('the scenarios do exercise commands (the comparison above is not vacuous)', () => {
    const all = [...reports.values()].flatMap(r =>
      r.ja.findings.flatMap(commandsOf)
    )
    expect(all.length).toBeGreaterThan(40)
    expect(all).toContain('ibmcloud ks credential unset --region us-south')
  })

  test.each(RUNS.map(([s]) => s))(
    '%s: no English sentence of ours in the summary, PR comment, annotations, text, Markdown or JUnit',
    scenario => {
      const j = reports.get(scenario)!.ja
      for (const [channel, text] of Object.entries(channels(j))) {
        expect({channel, english: englishIn(text)}).toEqual({
          channel,
          english: []
        })
      }
    }
  )

  test('the English run does contain those sentences (the phrase check can see English)', () => {
    const e = reports.get('orphaned-classic')!.en
    expect(EN_PHRASES.length).toBeGreaterThan(300)
    expect(englishIn(renderSummary(e)).length).toBeGreaterThan(5)
    expect(
      englishIn(
        planAnnotations(e)
          .map(a => a.message)
          .join('\n')
      ).length
    ).toBeGreaterThan(3)
  })

  test('an orphaned cluster in Japanese: the headings, the finding and the fix', () => {
    const {en: e, ja: j} = reports.get('orphaned-classic')!
    const f = findingOf(j, 'orphaned-workers')
    expect(f.summary).toBe(
      'クラスター prod-classic は孤立しています。ワーカー・ノードはリンクされたクラシック・アカウント 1234567 のデバイスですが、リージョン us-south、リソース・グループ default (5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01) は手動で設定された 7654321_team@acme.example の資格情報 (クラシック・アカウント 7654321) を使用しています。'
    )
    expect(f.why).toContain(
      'cluster-delete は "incorrect account for worker" で失敗します'
    )
    expect(commandsOf(f)).toEqual(commandsOf(findingOf(e, 'orphaned-workers')))
    expect(commandsOf(f)).toContain(
      'ibmcloud ks credential unset --region us-south'
    )
    expect(f.details[0]).toBe(
      'kube-dal10-crbqclassicprod0000001-w1 (10.176.12.11, deploy_failed) クラシック・アカウント 1234567 にあります: incorrect account for worker'
    )
    const summary = renderSummary(j)
    expect(summary).toContain('<h3>修正が必要な項目</h3>')
    expect(summary).toContain('<b>影響:</b>')
    expect(summary).toContain('<b>修正方法:</b>')
    expect(summary).toContain(
      'プリフライト・チェックが失敗しました: cluster-delete は失敗します (阻害要因 1 件: orphaned-workers)。'
    )
    expect(summary).not.toContain('What to fix')
    expect(resultLine(j)).toBe(
      'プリフライト・チェックが失敗しました: cluster-delete は失敗します (阻害要因 1 件: orphaned-workers)。'
    )
    const text = renderText(j)
    expect(text).toContain('修正が必要な項目:')
    expect(text).toMatch(/IBM Cloud への要求 \d+ 件 \([\d.]+ 秒\)。/)
    const a = planAnnotations(j).find(x =>
      x.title.startsWith('orphaned-workers')
    )!
    expect(a.title).toBe(
      // The problem, not the check's passing title; the cluster is named in it, so no [target] after.
      'orphaned-workers: クラスター prod-classic は孤立しています'
    )
    expect(a.message).toContain(
      '  $ ibmcloud ks credential unset --region us-south'
    )
  })

  test('the VPE and worker data lines are worded in Japanese around the data', () => {
    const pending = reports
      .get('vpe-pending')!
      .ja.findings.find(f => f.check === 'vpe-gateway')!
    // The waiting workers fold into the pending gateway's warning, their lines with them.
    expect(pending.details.find(d => d.startsWith('kube-'))).toMatch(
      /^kube-\S+ \(us-south-1, 10\.240\.0\.4\): エンドポイント・ゲートウェイの作成待ち \(Pending endpoint gateway creation\)、\d+ (分|時間|日)経過$/
    )
    const ip = findingOf(reports.get('vpe-ip-deleted')!.ja, 'vpe-gateway')
    expect(ip.details).toEqual([
      'us-south-3: 予約 IP アドレス 10.240.128.9 は削除されています'
    ])
    const perms = findingOf(
      reports.get('missing-infra-permissions')!.ja,
      'infra-permissions'
    )
    expect(perms.details.every(d => /^.+の権限、(必須|推奨): /.test(d))).toBe(
      true
    )
  })

  test('the PR comment cut to fit says so in Japanese', () => {
    const j = reports.get('orphaned-classic')!.ja
    const cut = renderComment(j, {
      maxChars: 3000,
      runUrl: 'https://github.example/o/r/actions/runs/1'
    })
    expect(cut).toMatch(
      /このコメントには \d+ 件の検出結果のうち \d+ 件を表示しています。/
    )
    expect(cut).toContain('>ワークフローの実行</a>')
    expect(englishIn(cut)).toEqual([])
  })
})

describe('report texts outside the findings', () => {
  const finding = (i: number): Finding => ({
    check: 'vpe-gateway',
    target: `c${i}`,
    status: 'fail',
    summary: {
      id: 'vpe-gateway.missing',
      params: {name: `iks-${i}`, vpc: 'v', region: 'us-south'}
    }
  })
  const many = (language: 'en' | 'ja'): Report =>
    buildReport({
      config: {operation: 'worker-replace', failOn: 'error'},
      catalogue: CATALOGUE,
      findings: Array.from({length: 14}, (_, i) => finding(i)),
      targets: [],
      startedAt: new Date(),
      durationMs: 5,
      requests: [],
      language
    })

  test('the annotation that points to the job summary, and the JUnit warning prefix', () => {
    const annotations = planAnnotations(many('ja'))
    expect(annotations).toHaveLength(9)
    expect(annotations.at(-1)!.message).toMatch(
      /\nこの種類の検出結果があと 5 件、ジョブ・サマリーにあります。$/
    )
    const warn = buildReport({
      config: {operation: 'worker-replace', failOn: 'error'},
      catalogue: CATALOGUE,
      findings: [{...finding(1), status: 'warn'}],
      targets: [],
      startedAt: new Date(),
      durationMs: 5,
      requests: [],
      language: 'ja'
    })
    expect(renderJunit(warn)).toContain('<system-out>警告: ')
    expect(renderJunit(warn)).not.toContain('WARNING')
  })

  test('the PR-comment warnings come in the report language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'i18n-'))
    const eventPath = join(dir, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {number: 7},
        repository: {name: 'r', owner: {login: 'o'}}
      })
    )
    const warnings: string[] = []
    const log = {
      info: () => undefined,
      debug: () => undefined,
      warning: (m: string) => warnings.push(m)
    }
    await postPrComment(
      many('ja'),
      undefined,
      {GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath},
      log
    )
    expect(warnings).toEqual([
      'pr-comment: github-token がないため、PR コメントは投稿しません。ジョブの状況は引き続きゲートとして機能します。'
    ])
  })

  test('the CLI: --lang ja for text, and the one-line result when writing JUnit to a file', async () => {
    const emu = await start('missing-infra-permissions')
    try {
      const env = {...emu.env, IBMCLOUD_API_KEY: emu.scenario.pipelineKey}
      let out = ''
      const io = {
        stdout: (s: string) => (out += s),
        stderr: () => undefined,
        env,
        isTTY: false
      }
      await cli(
        [
          '--operation',
          'worker-add',
          '--cluster',
          'prod-classic',
          '--lang',
          'ja'
        ],
        io
      )
      // The text wraps at 100 columns when not at a terminal: the verdict may continue on an indented line.
      expect(out).toMatch(
        /^iks-preflight: プリフライト・チェックが失敗しました: worker-add は失敗します \(阻害要因 1 件:(?: |\n {2})infra-permissions\)。/
      )
      expect(englishIn(out)).toEqual([])
      const file = join(mkdtempSync(join(tmpdir(), 'i18n-')), 'r.xml')
      out = ''
      await cli(
        [
          '--operation',
          'worker-add',
          '--cluster',
          'prod-classic',
          '--language',
          'ja',
          '--format',
          'junit',
          '--output',
          file
        ],
        io
      )
      expect(out).toBe(
        `iks-preflight: プリフライト・チェックが失敗しました: worker-add は失敗します (阻害要因 1 件: infra-permissions)。 (junit レポート: ${file})\n`
      )
      const xml = readFileSync(file, 'utf8')
      expect(xml).toContain('インフラストラクチャー資格情報')
      expect(englishIn(xml)).toEqual([])
    } finally {
      await emu.close()
    }
  })
})

describe('explain mode in Japanese', () => {
  const fixture = (name: string): string =>
    readFileSync(join('test', 'fixtures', 'explain', name), 'utf8')
  test.each([
    'totp-create-ja.txt',
    'orphaned-worker-ls.txt',
    'vpe-workers-json.txt',
    'a0656-service-id.txt',
    'e0057-terraform-escaped.txt',
    'unrelated.txt'
  ])('%s: same findings and commands, Japanese words', name => {
    const e = explainReport(fixture(name), {failOn: 'error'}, 'en')
    const j = explainReport(fixture(name), {failOn: 'error'}, 'ja')
    expect(
      j.findings.map(f => [f.check, f.status, f.messageId, commandsOf(f)])
    ).toEqual(
      e.findings.map(f => [f.check, f.status, f.messageId, commandsOf(f)])
    )
    expect(resultLine(j)).toMatch(JAPANESE)
    for (const f of j.findings)
      expect(
        `${f.title}\n${f.summary}\n${f.why ?? ''}\n${f.fix.map(s => s.text).join('\n')}`
      ).not.toMatch(/\b(the|and|with|cannot)\b/)
    for (const [channel, text] of Object.entries(channels(j)))
      expect({channel, english: englishIn(text)}).toEqual({
        channel,
        english: []
      })
  })

  test('the orphaned-worker explanation keeps IBM’s error text and the exact commands', () => {
    const j = explainReport(
      fixture('orphaned-worker-ls.txt'),
      {failOn: 'error'},
      'ja'
    )
    const f = findingOf(j, 'orphaned-workers')
    expect(f.summary).toContain(
      'が "incorrect account for worker" を報告しています。'
    )
    expect(f.fix.map(s => s.text)[0]).toBe(
      t('explain.orphaned-workers.fix.find', undefined, 'ja')
    )
    expect(commandsOf(f).length).toBeGreaterThan(2)
  })
})
