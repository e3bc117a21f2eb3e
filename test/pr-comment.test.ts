import {cmd} from '../src/commands/ibmcloud.js'
import {jest} from '@jest/globals'
import * as github from '@actions/github'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Finding} from '../src/findings.js'
import {postPrComment, upsertComment} from '../src/github/pr-comment.js'
import {run} from '../src/main.js'
import {
  COMMENT_MARKER,
  COMMENT_MAX,
  renderComment
} from '../src/report/comment.js'
import {buildReport, type Report} from '../src/report/model.js'
import {renderSummary} from '../src/report/summary.js'
import {clearSecretsForTests} from '../src/secrets.js'
import {startGitHubStub, type GitHubStub} from './support/github-stub.js'

const OWNER = 'acme'
const REPO = 'infra'
const PR = 42
const KEY = `${OWNER}/${REPO}#${PR}`

let stub: GitHubStub
beforeEach(async () => {
  stub = await startGitHubStub()
})
afterEach(async () => {
  await stub.close()
})

const octokit = (): ReturnType<typeof github.getOctokit> =>
  github.getOctokit('ghs_testtoken123', {baseUrl: stub.url})

function report(findings: Finding[], extra: {operation?: string} = {}): Report {
  return buildReport({
    config: {operation: extra.operation ?? 'cluster-update', failOn: 'error'},
    catalogue: [],
    findings,
    targets: [{ref: 'prod-classic', name: 'prod-classic', region: 'us-south'}],
    startedAt: new Date('2026-05-01T10:00:00Z'),
    durationMs: 1234,
    requests: []
  })
}

const blocker = (i: number, details: string[] = []): Finding => ({
  check: 'cluster-api-key',
  target: `cluster-${i}`,
  status: 'fail',
  summary: {
    id: 'common.could-not-verify',
    params: {reason: `reason <b>${i}</b> | pipe`}
  },
  fix: [
    {
      text: {id: 'cluster-api-key.reset.fix'},
      commands: [cmd.apiKeyReset(`us-south-${i}`)]
    }
  ],
  details
})

describe('upsertComment against a GitHub REST stand-in', () => {
  test('creates the comment on the first run, then updates the same comment on a re-run', async () => {
    const first = await upsertComment({
      octokit: octokit(),
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: `${COMMENT_MARKER}\nrun 1`
    })
    expect(first.action).toBe('created')
    const second = await upsertComment({
      octokit: octokit(),
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: `${COMMENT_MARKER}\nrun 2`
    })
    expect(second).toMatchObject({action: 'updated', id: first.id})
    expect(stub.comments.get(KEY)).toHaveLength(1)
    expect(stub.comments.get(KEY)![0]!.body).toBe(`${COMMENT_MARKER}\nrun 2`)
    expect(stub.requests.map(r => r.method)).toEqual([
      'GET',
      'POST',
      'GET',
      'PATCH'
    ])
    expect(stub.requests[0]!.auth).toBe('token ghs_testtoken123')
  })

  test('finds the marker on a later page of comments (per_page 100, Link header) and never creates a second', async () => {
    stub.seed(
      OWNER,
      REPO,
      PR,
      Array.from({length: 130}, (_, i) => `chatter ${i}`)
    )
    stub.seed(OWNER, REPO, PR, [`${COMMENT_MARKER}\nold result`])
    stub.seed(
      OWNER,
      REPO,
      PR,
      Array.from({length: 40}, (_, i) => `more chatter ${i}`)
    )
    const before = stub.comments.get(KEY)!.length
    const result = await upsertComment({
      octokit: octokit(),
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: `${COMMENT_MARKER}\nnew result`
    })
    expect(result.action).toBe('updated')
    expect(stub.comments.get(KEY)).toHaveLength(before)
    expect(
      stub.comments
        .get(KEY)!
        .filter(c => c.body.includes(COMMENT_MARKER))
        .map(c => c.body)
    ).toEqual([`${COMMENT_MARKER}\nnew result`])
    const gets = stub.requests.filter(r => r.method === 'GET').map(r => r.path)
    expect(gets).toEqual([
      `/repos/${OWNER}/${REPO}/issues/${PR}/comments?per_page=100`,
      `/repos/${OWNER}/${REPO}/issues/${PR}/comments?per_page=100&page=2`
    ])
  })

  test('with several marked comments (e.g. from an old version), the latest is updated', async () => {
    stub.seed(OWNER, REPO, PR, [
      `${COMMENT_MARKER} a`,
      'x',
      `${COMMENT_MARKER} b`
    ])
    const latest = stub.comments.get(KEY)![2]!.id
    const result = await upsertComment({
      octokit: octokit(),
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: `${COMMENT_MARKER} c`
    })
    expect(result).toMatchObject({action: 'updated', id: latest})
    expect(stub.comments.get(KEY)!.map(c => c.body)).toEqual([
      `${COMMENT_MARKER} a`,
      'x',
      `${COMMENT_MARKER} c`
    ])
  })
})

describe('postPrComment', () => {
  function prEnv(): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'iks-pr-'))
    const eventPath = join(dir, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {number: PR},
        repository: {name: REPO, owner: {login: OWNER}}
      })
    )
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: stub.url,
      GITHUB_RUN_ID: '777',
      GITHUB_SERVER_URL: 'https://github.example'
    }
  }
  const log = (): {
    info: jest.Mock<(m: string) => void>
    warning: jest.Mock<(m: string) => void>
    debug: jest.Mock<(m: string) => void>
  } => ({info: jest.fn(), warning: jest.fn(), debug: jest.fn()})

  test('a read-only token (fork or Dependabot PR) warns and carries on; nothing is written', async () => {
    stub.readOnly = true
    const l = log()
    const outcome = await postPrComment(
      report([blocker(1)]),
      'ghs_readonly999',
      prEnv(),
      l
    )
    expect(outcome).toEqual({action: 'failed', status: 403})
    expect(l.warning).toHaveBeenCalledTimes(1)
    expect(l.warning.mock.calls[0]![0]).toMatch(
      /cannot comment on PR #42 \(HTTP 403: Resource not accessible by integration.*fork or Dependabot PR.*pull-requests: write.*job status is still the gate/
    )
    expect(stub.comments.get(KEY)).toBeUndefined()
  })

  test('on a push event nothing is requested', async () => {
    const l = log()
    const outcome = await postPrComment(
      report([blocker(1)]),
      'ghs_testtoken123',
      {...prEnv(), GITHUB_EVENT_NAME: 'push'},
      l
    )
    expect(outcome).toEqual({action: 'not-a-pull-request'})
    expect(stub.requests).toEqual([])
  })

  test('pull_request_target works the same; the comment links the run', async () => {
    const outcome = await postPrComment(
      report([blocker(1)]),
      'ghs_testtoken123',
      {...prEnv(), GITHUB_EVENT_NAME: 'pull_request_target'},
      log()
    )
    expect(outcome).toMatchObject({action: 'created'})
    const body = stub.comments.get(KEY)![0]!.body
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toMatch(/ibmcloud ks api-key reset --region us-south-1(?!\d)/)
  })
})

describe('renderComment', () => {
  test('escapes API text and stays a full report when small', () => {
    const body = renderComment(report([blocker(1)]))
    expect(body).toContain('reason &lt;b&gt;1&lt;/b&gt; &#124; pipe')
    expect(body).not.toContain('<b>1</b>')
    expect(body).not.toContain('✂️')
    // The summary and the comment share their blocks: the comment is the summary plus the marker.
    expect(body).toBe(
      `${COMMENT_MARKER}\n${renderSummary(report([blocker(1)]))}`
    )
  })

  test('a huge report is cut to at most 65,536 characters with a note naming how many findings are shown', () => {
    const many = Array.from({length: 400}, (_, i) =>
      blocker(
        i,
        Array.from(
          {length: 40},
          (_, j) =>
            `kube-dal10-crb20b${i}-w${j} detail line that is rather long ${'x'.repeat(20)}`
        )
      )
    )
    const r = report(many)
    const body = renderComment(r, {
      runUrl: 'https://github.example/acme/infra/actions/runs/777'
    })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX)
    expect(body.length).toBeGreaterThan(COMMENT_MAX - 8000)
    const shown = Number(
      /This comment shows (\d+) of 400 findings/.exec(body)?.[1]
    )
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(400)
    // Whole blocks only: each shown problem has its heading and its table row.
    expect(body.match(/<h4>/g)).toHaveLength(shown)
    expect(body).toContain(
      'href="https://github.example/acme/infra/actions/runs/777"'
    )
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
  })
})

describe('the action posts the comment (main.ts, in-process)', () => {
  const saved = {...process.env}
  let writes: string[]
  beforeEach(() => {
    writes = []
    jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        writes.push(String(chunk))
        return true
      })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    for (const k of Object.keys(process.env))
      if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
    process.exitCode = undefined
    clearSecretsForTests()
  })

  function actionEnv(inputs: Record<string, string>): {
    summary: string
    output: string
  } {
    const dir = mkdtempSync(join(tmpdir(), 'iks-main-'))
    const eventPath = join(dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify({pull_request: {number: PR}}))
    const summary = join(dir, 'summary.md')
    const output = join(dir, 'output')
    writeFileSync(summary, '')
    writeFileSync(output, '')
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: stub.url,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: dir
    })
    for (const [k, v] of Object.entries(inputs))
      process.env[`INPUT_${k.toUpperCase()}`] = v
    return {summary, output}
  }

  test('explain mode with pr-comment: one sticky comment, updated on the re-run; the token is masked', async () => {
    const files = actionEnv({
      operation: 'explain',
      'error-text':
        'FAILED\nA cluster with the same name already exists. (E0007)\nIncident ID: 1f2e3d4c-aaaa-bbbb-cccc-123456789abc',
      'pr-comment': 'true',
      'github-token': 'ghs_maintoken456'
    })
    await run()
    expect(stub.comments.get(KEY)).toHaveLength(1)
    const body = stub.comments.get(KEY)![0]!.body
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain('<code>cluster-name</code>')
    expect(body).toContain('incident ID 1f2e3d4c-aaaa-bbbb-cccc-123456789abc')
    expect(readFileSync(files.summary, 'utf8')).toContain(
      '<code>cluster-name</code>'
    )
    expect(writes.join('')).toContain('::add-mask::ghs_maintoken456')
    expect(process.exitCode).toBe(1)

    process.env['INPUT_ERROR-TEXT'] =
      'Error: A0006 The specified cluster could not be found.'
    await run()
    expect(stub.comments.get(KEY)).toHaveLength(1)
    expect(stub.comments.get(KEY)![0]!.body).toContain(
      '<code>cluster-access</code>'
    )
    expect(stub.requests.filter(r => r.method === 'POST')).toHaveLength(1)
    expect(stub.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
  })

  test('pr-comment false (the default) makes no request to GitHub', async () => {
    actionEnv({
      operation: 'explain',
      'error-text': 'A cluster with the same name already exists. (E0007)',
      'github-token': 'ghs_maintoken456'
    })
    await run()
    expect(stub.requests).toEqual([])
  })

  test('a read-only token: the job still fails on the blocker, with a warning about the comment', async () => {
    stub.readOnly = true
    actionEnv({
      operation: 'explain',
      'error-text': 'E0007',
      'pr-comment': 'true',
      'github-token': 'ghs_maintoken456'
    })
    await run()
    const out = writes.join('')
    expect(out).toMatch(
      /::warning::pr-comment: cannot comment on PR #42 \(HTTP 403/
    )
    expect(out).toMatch(
      /::error::iks-preflight: The output of the failed run names 1 known blocker/
    )
    expect(process.exitCode).toBe(1)
  })
})
