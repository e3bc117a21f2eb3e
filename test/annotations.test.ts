import {cmd} from '../src/commands/ibmcloud.js'
import {buildReport} from '../src/report/model.js'
import {planAnnotations} from '../src/report/annotations.js'
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
