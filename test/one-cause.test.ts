/**
 * One cause, one annotation (issue 21): symptoms that another check's failure explains fold into that
 * failure (Check.explainedBy), and two symptoms of one object are one finding (Outcome.object).
 */
import {CATALOGUE} from '../src/checks/catalogue.js'
import {foldSymptoms} from '../src/engine.js'
import type {Finding} from '../src/findings.js'
import {planAnnotations} from '../src/report/annotations.js'
import type {Report} from '../src/report/model.js'
import {preflightOn} from './support/preflight.js'

const problems = (r: Report): string[] =>
  r.findings
    .filter(f => ['fail', 'error', 'warn'].includes(f.status))
    .map(f => `${f.check}/${f.status}`)

describe('one cause, one finding', () => {
  test('a missing VPE gateway on worker-replace: one vpe-gateway failure; worker-endpoints folds into it', async () => {
    const {report} = await preflightOn('vpe-missing', {
      operation: 'worker-replace',
      cluster: 'prod-vpc'
    })
    expect(problems(report)).toEqual(['vpe-gateway/fail'])
    const gw = report.findings.find(f => f.check === 'vpe-gateway')!
    expect(gw.details.join('\n')).toMatch(/worker-endpoints .*2 of 3 workers/)
    expect(
      report.findings.find(f => f.check === 'worker-endpoints')!.summary
    ).toBe('Not checked: needs vpe-gateway.')
    // The replace is IBM's fix for those workers' states: cluster-state has nothing to say (issue 19).
    expect(report.findings.find(f => f.check === 'cluster-state')!.status).toBe(
      'pass'
    )
    expect(planAnnotations(report)).toHaveLength(1)
  })

  test('the same gateway on worker-reload: worker-endpoints and cluster-state both fold into it', async () => {
    const {report} = await preflightOn('vpe-missing', {
      operation: 'worker-reload',
      cluster: 'prod-vpc'
    })
    expect(problems(report)).toEqual(['vpe-gateway/fail'])
    const gw = report.findings.find(f => f.check === 'vpe-gateway')!
    expect(gw.details.join('\n')).toMatch(/worker-endpoints .*2 of 3 workers/)
    expect(gw.details.join('\n')).toMatch(/cluster-state .*2 worker\(s\)/)
    for (const id of ['worker-endpoints', 'cluster-state'])
      expect(report.findings.find(f => f.check === id)!.summary).toBe(
        'Not checked: needs vpe-gateway.'
      )
    expect(planAnnotations(report)).toHaveLength(1)
  })

  test('a pending gateway on worker-replace: the workers waiting for it fold into its warning, with its advice only', async () => {
    const {report} = await preflightOn('vpe-pending', {
      operation: 'worker-replace',
      cluster: 'prod-vpc'
    })
    expect(problems(report)).toEqual(['vpe-gateway/warn'])
    const gw = report.findings.find(f => f.check === 'vpe-gateway')!
    expect(gw.details.join('\n')).toMatch(/worker-endpoints .*1 of 3 workers/)
    expect(
      report.findings.find(f => f.check === 'worker-endpoints')!.summary
    ).toBe('Not checked: needs vpe-gateway.')
    // The gateway's advice is to wait; the workers' remedy (refresh the master) would contradict it.
    expect(gw.fix.map(s => s.text).join('\n')).not.toMatch(
      /Refresh the cluster master/
    )
    expect(planAnnotations(report)).toHaveLength(1)
  })

  test('a warning never swallows a failure: failed workers keep their own finding beside a pending gateway', () => {
    const finding = (check: string, status: Finding['status']): Finding => ({
      check,
      target: 'prod-vpc',
      status,
      summary: {id: 'common.needs', params: {check: 'x'}}
    })
    const out = foldSymptoms(CATALOGUE, [
      finding('vpe-gateway', 'warn'),
      finding('worker-endpoints', 'fail')
    ])
    expect(out.map(f => `${f.check}/${f.status}`)).toEqual([
      'vpe-gateway/warn',
      'worker-endpoints/fail'
    ])
    // The same warning does fold.
    const warned = foldSymptoms(CATALOGUE, [
      finding('vpe-gateway', 'warn'),
      finding('worker-endpoints', 'warn')
    ])
    expect(warned.map(f => `${f.check}/${f.status}`)).toEqual([
      'vpe-gateway/warn',
      'worker-endpoints/skip'
    ])
  })

  test('a failed gateway (lifecycle failed, health faulted) is one finding about it', async () => {
    const {report} = await preflightOn('vpe-failed', {
      operation: 'worker-replace',
      cluster: 'prod-vpc'
    })
    const gw = report.findings.filter(f => f.check === 'vpe-gateway')
    expect(gw).toHaveLength(1)
    expect(gw[0]!.summary).toMatch(/lifecycle state failed/)
    expect(gw[0]!.details.join('\n')).toMatch(/health state faulted/)
  })

  test('an orphaned cluster on worker-reload: orphaned-workers carries it; cluster-state is not checked', async () => {
    const {report} = await preflightOn('orphaned-classic', {
      operation: 'worker-reload',
      cluster: 'prod-classic'
    })
    expect(problems(report)).toEqual(['orphaned-workers/fail'])
    expect(
      report.findings.find(f => f.check === 'cluster-state')!.summary
    ).toBe('Not checked: needs orphaned-workers.')
  })

  test('a wrong-case resource group: one account failure that says it once; cluster-access folds into it', async () => {
    const {report} = await preflightOn('healthy-vpc', {
      operation: 'worker-reload',
      cluster: 'prod-vpc',
      'resource-group': 'DEFAULT'
    })
    expect(problems(report)).toEqual(['account/fail'])
    const account = report.findings.find(
      f => f.check === 'account' && f.status === 'fail'
    )!
    expect(account.summary.match(/DEFAULT/g)).toHaveLength(1)
    expect(account.summary).toMatch(/did you mean 'default'/)
    expect(account.details.join('\n')).toMatch(
      /cluster-access .*resource group default/
    )
  })
})
