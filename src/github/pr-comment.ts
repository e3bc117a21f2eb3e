import type {ReportDetail} from '../config/types.js'
import type * as GitHub from '@actions/github'
import {readFileSync} from 'node:fs'
import {t} from '../messages/index.js'
import {COMMENT_MARKER, renderComment} from '../report/comment.js'
import type {Report} from '../report/model.js'
import {redact} from '../secrets.js'

export type Octokit = ReturnType<typeof GitHub.getOctokit>

export interface UpsertInput {
  octokit: Octokit
  owner: string
  repo: string
  issueNumber: number
  body: string
  marker?: string
}

export interface UpsertResult {
  action: 'created' | 'updated'
  id: number
  url: string
}

/**
 * One sticky comment per PR: the latest comment that carries the hidden marker is updated; only when
 * there is none is a comment created. The marker alone identifies it (bots and PATs post under
 * different users), so a re-run never adds a second comment.
 */
export async function upsertComment(input: UpsertInput): Promise<UpsertResult> {
  const {octokit, owner, repo, issueNumber, body} = input
  const marker = input.marker ?? COMMENT_MARKER
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })
  const ours = comments.filter(c => (c.body ?? '').includes(marker)).pop()
  if (ours) {
    const {data} = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: ours.id,
      body
    })
    return {action: 'updated', id: data.id, url: data.html_url}
  }
  const {data} = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body
  })
  return {action: 'created', id: data.id, url: data.html_url}
}

export interface CommentLog {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export type CommentOutcome =
  | UpsertResult
  | {action: 'not-a-pull-request' | 'no-token' | 'failed'; status?: number}

const PR_EVENTS = ['pull_request', 'pull_request_target']

/** The PR of this run, read from the runner's event file at call time (github.context is fixed at import). */
function pullRequestOf(
  env: Partial<Record<string, string>>
): {owner: string; repo: string; number: number} | undefined {
  if (
    !PR_EVENTS.includes(env['GITHUB_EVENT_NAME'] ?? '') ||
    !env['GITHUB_EVENT_PATH']
  )
    return undefined
  let payload: {
    pull_request?: {number?: number}
    repository?: {name?: string; owner?: {login?: string}}
  }
  try {
    payload = JSON.parse(
      readFileSync(env['GITHUB_EVENT_PATH'], 'utf8')
    ) as typeof payload
  } catch {
    return undefined
  }
  const number = payload.pull_request?.number
  const [owner, repo] = (
    env['GITHUB_REPOSITORY'] ??
    `${payload.repository?.owner?.login ?? ''}/${payload.repository?.name ?? ''}`
  ).split('/')
  if (typeof number !== 'number' || !owner || !repo) return undefined
  return {owner, repo, number}
}

export function runUrl(
  env: Partial<Record<string, string>>
): string | undefined {
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com'
  return env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
    ? `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
    : undefined
}

/**
 * pr-comment: true on a pull-request event → post or update the sticky comment. Never fails the job:
 * on fork and Dependabot PRs the token is read-only, so it warns and the job's status stays the gate.
 */
export async function postPrComment(
  report: Report,
  token: string | undefined,
  env: Partial<Record<string, string>>,
  log: CommentLog,
  /** Whatever is left of timeout-seconds: every request to GitHub is aborted when it runs out. */
  budgetMs = 120_000,
  /** report-detail, as in the job summary. */
  detail?: ReportDetail
): Promise<CommentOutcome> {
  const pr = pullRequestOf(env)
  if (!pr) {
    log.debug(
      `pr-comment: event ${env['GITHUB_EVENT_NAME'] ?? '(none)'} is not a pull request; no comment.`
    )
    return {action: 'not-a-pull-request'}
  }
  if (!token) {
    log.warning(t('report.pr-comment.no-token', undefined, report.language))
    return {action: 'no-token'}
  }
  const seconds = Math.max(0, Math.round(budgetMs / 1000))
  if (budgetMs <= 0) {
    log.warning(
      t(
        'report.pr-comment.failed',
        {reason: t('report.pr-comment.timeout', {seconds}, report.language)},
        report.language
      )
    )
    return {action: 'failed'}
  }
  const signal = AbortSignal.timeout(budgetMs)
  try {
    // Loaded only here: Octokit is a third of the bundle and most runs post no comment (faster cold start).
    const github = await import('@actions/github')
    // getOctokit reads GITHUB_API_URL (GHES) and the proxy settings; baseUrl is passed so a value set after import counts too.
    const octokit = github.getOctokit(token, {
      baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
      request: {signal}
    })
    const result = await upsertComment({
      octokit,
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      body: renderComment(report, {runUrl: runUrl(env), detail})
    })
    log.info(`pr-comment: ${result.action} ${result.url}`)
    return result
  } catch (e) {
    // Octokit reports a request that got no answer as status 500: only a response makes it an HTTP status.
    const answered =
      typeof (e as {response?: {status?: unknown}}).response?.status ===
      'number'
    const status = answered
      ? (e as {response: {status: number}}).response.status
      : undefined
    const reason = signal.aborted
      ? t('report.pr-comment.timeout', {seconds}, report.language)
      : answered
        ? e instanceof Error
          ? redact(e.message)
          : 'unknown error'
        : t('report.pr-comment.no-answer', undefined, report.language)
    if (status === 403 || status === 404) {
      log.warning(
        t(
          'report.pr-comment.read-only',
          {number: pr.number, status, reason},
          report.language
        )
      )
    } else {
      log.warning(
        t(
          'report.pr-comment.failed',
          {reason: `${status ? `HTTP ${status}: ` : ''}${reason}`},
          report.language
        )
      )
    }
    return {action: 'failed', status}
  }
}
