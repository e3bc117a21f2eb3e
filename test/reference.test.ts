import {checkPages} from '../src/report/reference.js'
import {findingOf, preflightOn} from './support/preflight.js'
import {start} from './emulator/index.js'
import {runAction} from './support/run-action.js'

describe("links to each check's page (docs/checks/<id>.md)", () => {
  test("the action's own repository and ref when the runner names them, else the project", () => {
    const known = ['vpe-gateway']
    expect(
      checkPages(
        {
          GITHUB_ACTION_REPOSITORY: 'acme/iks-preflight',
          GITHUB_ACTION_REF: 'v1',
          GITHUB_SERVER_URL: 'https://ghe.example'
        },
        known
      )('vpe-gateway')
    ).toBe(
      'https://ghe.example/acme/iks-preflight/blob/v1/docs/checks/vpe-gateway.md'
    )
    expect(checkPages({}, known)('vpe-gateway')).toBe(
      'https://github.com/iks-preflight/iks-preflight/blob/main/docs/checks/vpe-gateway.md'
    )
    expect(checkPages({}, known)('explain')).toBeUndefined()
  })

  test('every finding of a run carries its page', async () => {
    const {report} = await preflightOn('missing-infra-permissions', {
      operation: 'worker-add',
      cluster: 'prod-classic'
    })
    expect(findingOf(report, 'infra-permissions').reference).toMatch(
      /\/docs\/checks\/infra-permissions\.md$/
    )
    expect(
      report.findings.every(f =>
        f.reference?.endsWith(`/docs/checks/${f.check}.md`)
      )
    ).toBe(true)
  })

  test('the bundled action links the page from the annotation and the job summary', async () => {
    const emu = await start('missing-infra-permissions')
    try {
      const run = await runAction({
        inputs: {
          'api-key': emu.scenario.pipelineKey,
          operation: 'worker-add',
          cluster: 'prod-classic'
        },
        env: {
          ...emu.env,
          GITHUB_ACTION_REPOSITORY: 'acme/iks-preflight',
          GITHUB_ACTION_REF: 'v1'
        }
      })
      const page =
        'https://github.com/acme/iks-preflight/blob/v1/docs/checks/infra-permissions.md'
      expect(
        run.annotations.find(a => a.title.startsWith('infra-permissions:'))!
          .message
      ).toContain(`Check reference: ${page}`)
      expect(run.summary).toContain(`<a href="${page}">Check reference</a>`)
    } finally {
      await emu.close()
    }
  })
})
