import {cmd} from '../src/commands/ibmcloud.js'
import {buildReport} from '../src/report/model.js'
import {renderSummary, summaryProblemsShown} from '../src/report/summary.js'
import {
  annotationTitle,
  firstSentence,
  planAnnotations
} from '../src/report/annotations.js'
import type {Finding} from '../src/findings.js'

const finding = (fixSteps: number): Finding => ({
  check: 'vpe-gateway',
  target: 'prod-vpc',
  status: 'fail',
  summary: {id: 'common.could-not-verify', params: {reason: 'x'}},
  fix: Array.from({length: fixSteps}, () => ({
    text: {id: 'common.input-problem.fix' as const},
    commands: [cmd.masterRefresh('c1')]
  }))
})

function annotate(findings: Finding[]) {
  const report = buildReport({
    config: {operation: 'worker-replace', failOn: 'error'},
    catalogue: [{id: 'vpe-gateway', title: 'vpe-gateway.title', docs: ''}],
    findings,
    targets: [],
    startedAt: new Date(),
    durationMs: 1,
    requests: []
  })
  return planAnnotations(report)
}

describe('annotation text', () => {
  test('fix steps are numbered in order when there are several, with their commands under each', () => {
    const [a] = annotate([finding(3)])
    const lines = a!.message.split('\n')
    expect(lines.filter(l => /^\d\. /.test(l)).map(l => l.slice(0, 2))).toEqual(
      ['1.', '2.', '3.']
    )
    expect(lines[lines.findIndex(l => l.startsWith('2. ')) + 1]).toBe(
      '    $ ibmcloud ks cluster master refresh -c c1'
    )
  })

  test('a single step is not numbered', () => {
    const [a] = annotate([finding(1)])
    expect(a!.message.split('\n').some(l => /^\d\. /.test(l))).toBe(false)
  })
})

describe('annotation titles state the problem', () => {
  const titled = (summary: string, target = 'prod-vpc') =>
    annotationTitle({
      check: 'cluster-access',
      title: 'The cluster can be read with this key',
      target,
      status: 'fail',
      messageId: 'common.could-not-verify',
      summary,
      fix: [],
      details: [],
      docs: ''
    })

  test("the summary's first sentence, after the check id; the passing title never", () => {
    expect(
      titled(
        'Cluster PROD-VPC was not found with this key. Check the name and the region.',
        'PROD-VPC'
      )
    ).toBe('cluster-access: Cluster PROD-VPC was not found with this key')
    // The target is added when the sentence does not name it; version numbers do not end a sentence.
    expect(titled('Kubernetes 1.30 is out of support. Update.')).toBe(
      'cluster-access: Kubernetes 1.30 is out of support [prod-vpc]'
    )
    expect(titled('クラスター prod-vpc は孤立しています。詳細。')).toBe(
      'cluster-access: クラスター prod-vpc は孤立しています'
    )
    // A plan's target names the operation too: kept.
    expect(titled('Cluster a was not found.', 'a · worker-add')).toBe(
      'cluster-access: Cluster a was not found [a · worker-add]'
    )
  })

  test('a long sentence keeps its statement before a list; every title stays within 200 characters', () => {
    expect(
      firstSentence(
        `The credentials of region us-south, resource group default lack 3 permissions: ${'SERVER_ADD, '.repeat(20)}X.`
      )
    ).toBe(
      'The credentials of region us-south, resource group default lack 3 permissions'
    )
    const long = titled(`${'word '.repeat(200)}.`, 'x'.repeat(120))
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long.startsWith('cluster-access: word word')).toBe(true)
    expect(firstSentence('x'.repeat(400)).length).toBe(180)
  })

  test("a stop inside IBM's quoted answer does not end the sentence; long asides are left out", () => {
    expect(
      titled(
        'IKS cannot find cluster prod-classic for this key (HTTP 404 A0006: The specified cluster could not be found. If applicable, make sure that you target the correct account, resource group or region.).'
      )
    ).toBe(
      'cluster-access: IKS cannot find cluster prod-classic for this key [prod-vpc]'
    )
    // An attached "(s)" is not an aside.
    expect(
      firstSentence(
        `The infrastructure credentials of region us-south, resource group default (5f3e0c2a9d1b4e7f8a6c0b2d4e6f8a01) lack 3 required classic permission(s): ${'A, '.repeat(30)}B.`
      )
    ).toBe(
      'The infrastructure credentials of region us-south, resource group default lack 3 required classic permission(s)'
    )
    // The problem comes after the aside: it stays in the title.
    expect(
      firstSentence(
        'IKS uses the API key of Acme Owner <owner@acme.example> (API key ApiKey-5c63a436dc62087fbfc6506e72a98f73) for region us-south, resource group default, but the owner is no longer a user of account a1b2: no user there has the e-mail.'
      )
    ).toBe(
      'IKS uses the API key of Acme Owner <owner@acme.example> for region us-south, resource group default, but the owner is no longer a user of account a1b2'
    )
  })

  test('the planned annotations of fails carry the problem as title', () => {
    const [a] = annotate([finding(1)])
    expect(a!.title).toBe('vpe-gateway: Could not verify: x [prod-vpc]')
  })
})

describe('overflow counts match what the job summary shows', () => {
  // Enough findings, each with a long detail list, that the 1 MiB summary keeps only part of them.
  const many = (n: number, status: 'fail' | 'warn'): Finding[] =>
    Array.from({length: n}, (_, i) => ({
      check: 'vpe-gateway',
      target: `cluster-${String(i).padStart(3, '0')}`,
      status,
      summary: {id: 'common.could-not-verify', params: {reason: `r${i}`}},
      details: Array.from(
        {length: 50},
        (_, j) => `worker-${i}-${j} ${'x'.repeat(400)}`
      )
    }))

  function reportOf(findings: Finding[]) {
    return buildReport({
      config: {operation: 'worker-replace', failOn: 'error'},
      catalogue: [{id: 'vpe-gateway', title: 'vpe-gateway.title', docs: ''}],
      findings,
      targets: [],
      startedAt: new Date(),
      durationMs: 1,
      requests: []
    })
  }

  test('a cut summary: the last annotation counts the findings the summary shows and those only in the JSON report', () => {
    const report = reportOf(many(120, 'fail'))
    const html = renderSummary(report)
    const shown = summaryProblemsShown(report)
    // The summary really is cut, and its own note agrees with the count the annotations use.
    expect(shown).toBeGreaterThan(9)
    expect(shown).toBeLessThan(120)
    expect(html).toContain(`This summary shows ${shown} of 120 findings`)
    expect(html).toContain(`cluster-${String(shown - 1).padStart(3, '0')}`)
    expect(html).not.toContain(`cluster-${String(shown).padStart(3, '0')}`)
    const errors = planAnnotations(report).filter(a => a.type === 'error')
    // One slot is left for setFailed.
    expect(errors).toHaveLength(9)
    expect(errors.at(-1)!.message).toMatch(
      new RegExp(
        `\\n${shown - 9} more finding\\(s\\) of this kind are in the job summary and ${120 - shown} more only in the JSON report \\(report-path\\)`
      )
    )
  })

  test('a summary that shows everything keeps the plain count; one that shows none of the rest says so', () => {
    const small = reportOf(many(12, 'warn'))
    const warnings = planAnnotations(small)
    expect(warnings).toHaveLength(10)
    expect(warnings.at(-1)!.message).toMatch(
      /\n2 more finding\(s\) of this kind are in the job summary\.$/
    )
    const cut = planAnnotations(small, 5)
    expect(cut.at(-1)!.message).toMatch(
      /\n2 more finding\(s\) of this kind are only in the JSON report \(report-path\)/
    )
    // Every message stays under the runner's 4096 characters.
    for (const a of [
      ...warnings,
      ...planAnnotations(reportOf(many(120, 'fail')))
    ])
      expect(a.message.length).toBeLessThanOrEqual(4096)
  })
})
