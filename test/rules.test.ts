/** The rule ledger (issue 19): every verdict that can fail a job names a rule, and every rule its IBM source. */
import {readFileSync} from 'node:fs'
import {RULES_DOC, rulesDoc} from '../scripts/rules-doc.js'
import {CATALOGUE} from '../src/checks/catalogue.js'
import {COMMON_RULES, canFail, enforceLedger} from '../src/checks/ledger.js'
import type {Check, Rule} from '../src/checks/types.js'
import {walkScenarios} from './support/walk.js'
import {parse} from 'yaml'

const ACTION_INPUTS = new Set(
  Object.keys(
    (parse(readFileSync('action.yml', 'utf8')) as {inputs: object}).inputs
  )
)

const ALL_RULES: Array<[string, Rule]> = [
  ...COMMON_RULES.map(r => ['common', r] as [string, Rule]),
  ...CATALOGUE.flatMap(c => c.rules.map(r => [c.id, r] as [string, Rule]))
]

describe('the rule ledger', () => {
  test('docs/rules.md is current (run `npx tsx scripts/rules-doc.ts` when this fails)', () => {
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(rulesDoc())
  })

  test('rule ids are unique and start with their check id', () => {
    const ids = ALL_RULES.map(([, r]) => r.id)
    expect(ids.length).toBe(new Set(ids).size)
    for (const [owner, r] of ALL_RULES)
      expect([r.id, r.id.startsWith(`${owner}.`)]).toEqual([r.id, true])
  })

  test('every source says where and what', () => {
    const bad: string[] = []
    for (const [, r] of ALL_RULES) {
      if (r.sources.length === 0) bad.push(`${r.id}: no source`)
      if (r.says.trim().length < 10) bad.push(`${r.id}: says nothing`)
      for (const s of r.sources) {
        if (s.kind === 'doc') {
          if (
            !/^https:\/\/(cloud\.ibm\.com\/docs\/|github\.com\/ibm-cloud-docs\/)/.test(
              s.url
            )
          )
            bad.push(`${r.id}: doc url ${s.url} is not IBM's docs`)
          if (s.quote.trim().length < 10) bad.push(`${r.id}: empty quote`)
          if (!/^(\d{4}-\d{2}(-\d{2})?|[\w./-]+@[0-9a-f]{7,40})$/.test(s.read))
            bad.push(
              `${r.id}: read "${s.read}" is neither a date nor repo@commit`
            )
        }
        if (s.kind === 'sdk') {
          if (!/^(IBM|IBM-Cloud|softlayer)\/[\w.-]+$/.test(s.repo))
            bad.push(`${r.id}: sdk repo ${s.repo} is not IBM's`)
          if (s.path.trim() === '' || s.quote.trim().length < 5)
            bad.push(`${r.id}: sdk source without path or quote`)
        }
        if (
          s.kind === 'error' &&
          (s.text.trim() === '' || s.where.trim() === '')
        )
          bad.push(`${r.id}: error source without text or where`)
        if (
          s.kind === 'answer' &&
          (s.service.trim() === '' || s.note.trim().length < 10)
        )
          bad.push(`${r.id}: an IBM answer without service or note`)
        if (s.kind === 'user' && !ACTION_INPUTS.has(s.input))
          bad.push(`${r.id}: user policy names ${s.input}, not an action input`)
        if (s.kind === 'tool' && !COMMON_RULES.includes(r))
          bad.push(
            `${r.id}: only the engine's common rules rest on the tool contract`
          )
      }
    }
    expect(bad).toEqual([])
  })

  test('a fail-level rule has a direct IBM source', () => {
    const unsourced = ALL_RULES.filter(
      ([, r]) => r.level === 'fail' && !canFail(r)
    ).map(([, r]) => r.id)
    expect(unsourced).toEqual([])
  })

  test('every check declares its rules', () => {
    expect(CATALOGUE.filter(c => c.rules.length === 0).map(c => c.id)).toEqual(
      []
    )
  })
})

describe('enforceLedger', () => {
  const check = (rules: Rule[]): Check =>
    ({id: 'worker-minimum', rules}) as unknown as Check
  const sourced: Rule = {
    id: 'worker-minimum.x',
    says: 'IKS refuses this, as IBM says.',
    level: 'fail',
    sources: [
      {kind: 'error', code: 'E1437', text: 'below the minimum', where: 'x#1'}
    ]
  }
  const fail = (rule?: string) => ({
    status: 'fail' as const,
    summary: {id: 'worker-minimum.fail' as const},
    ...(rule && {rule})
  })

  test('a fail on a sourced fail-level rule stays a fail', () => {
    expect(
      enforceLedger(check([sourced]), fail('worker-minimum.x')).status
    ).toBe('fail')
  })

  test.each([
    ['no rule named', [sourced], undefined],
    ['a rule the check does not declare', [sourced], 'worker-minimum.other'],
    [
      'a warn-level rule',
      [{...sourced, level: 'warn' as const}],
      'worker-minimum.x'
    ],
    [
      'indirect evidence only',
      [{...sourced, sources: [{kind: 'indirect' as const, note: 'seen once'}]}],
      'worker-minimum.x'
    ]
  ])('%s: reported as a warning that names the gap', (_, rules, rule) => {
    const out = enforceLedger(check(rules as Rule[]), fail(rule))
    expect(out.status).toBe('warn')
    expect(out.details).toEqual([
      {
        id: 'common.rule-unsourced',
        params: {rule: rule ?? 'worker-minimum (none named)'}
      }
    ])
  })

  test('warnings and passes are untouched', () => {
    const warn = {
      status: 'warn' as const,
      summary: {id: 'worker-minimum.fail' as const}
    }
    expect(enforceLedger(check([sourced]), warn)).toBe(warn)
  })
})

test('every fail in every scenario × operation names a rule that can fail', async () => {
  const bad = new Set<string>()
  const demoted = new Set<string>()
  const runs = await walkScenarios(({scenario, run, report}) => {
    for (const f of report.findings) {
      if (f.status === 'fail') {
        const rule = ALL_RULES.find(([, r]) => r.id === f.rule)?.[1]
        if (!rule || !canFail(rule))
          bad.add(
            `${scenario}/${run}: ${f.check} ${f.messageId} → ${f.rule ?? 'no rule'}`
          )
      }
      if (f.details.some(d => d.includes('docs/rules.md')))
        demoted.add(`${scenario}/${run}: ${f.check} ${f.messageId}`)
    }
  })
  expect(runs).toBeGreaterThan(500)
  expect([...bad]).toEqual([])
  // A demotion means a check failed on a rule without a source: a bug in the check, not a user's problem.
  expect([...demoted]).toEqual([])
}, 300_000)
