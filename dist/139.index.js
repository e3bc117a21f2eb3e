export const id = 139;
export const ids = [139];
export const modules = {

/***/ 2139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postPrComment: () => (/* binding */ postPrComment),
  runUrl: () => (/* binding */ runUrl),
  upsertComment: () => (/* binding */ upsertComment)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/messages/index.ts
var messages = __webpack_require__(5920);
// EXTERNAL MODULE: ./src/report/blocks.ts
var blocks = __webpack_require__(3578);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/comment.ts



/** Finds our sticky comment on re-runs. Changing it would make every open PR get a second comment. */
const COMMENT_MARKER = '<!-- iks-preflight:comment -->';
/** GitHub rejects issue comments longer than this (counted in characters; JS length is never below that). */
const COMMENT_MAX = 65_536;
/**
 * The PR comment (and the CLI's Markdown): the job summary's content, cut to fit. Fixes come first
 * and are kept whole; when the body would exceed the limit, whole fixes and table rows are dropped
 * from the end and a note says how many findings are shown.
 */
function renderComment(report, opts = {}) {
    return (0,blocks/* fitReport */.kq)(report, {
        detail: opts.detail,
        before: opts.marker === false ? [] : [COMMENT_MARKER],
        max: opts.maxChars ?? COMMENT_MAX,
        measure: s => s.length,
        note: (shown, total) => `<blockquote>✂️ ${(0,report_escape/* escapeHtml */.Z)((0,messages.t)('report.truncated', { shown, total }, report.language))}${opts.runUrl ? ` <a href="${(0,report_escape/* escapeHtml */.Z)(opts.runUrl)}">${(0,report_escape/* escapeHtml */.Z)((0,messages.t)('report.run-link', undefined, report.language))}</a>` : ''}</blockquote>`
    });
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts




/**
 * One sticky comment per PR: the latest comment that carries the hidden marker is updated; only when
 * there is none is a comment created. The marker alone identifies it (bots and PATs post under
 * different users), so a re-run never adds a second comment.
 */
async function upsertComment(input) {
    const { octokit, owner, repo, issueNumber, body } = input;
    const marker = input.marker ?? COMMENT_MARKER;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
    });
    const ours = comments.filter(c => (c.body ?? '').includes(marker)).pop();
    if (ours) {
        const { data } = await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: ours.id,
            body
        });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body
    });
    return { action: 'created', id: data.id, url: data.html_url };
}
const PR_EVENTS = ['pull_request', 'pull_request_target'];
/** The PR of this run, read from the runner's event file at call time (github.context is fixed at import). */
function pullRequestOf(env) {
    if (!PR_EVENTS.includes(env['GITHUB_EVENT_NAME'] ?? '') ||
        !env['GITHUB_EVENT_PATH'])
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env['GITHUB_EVENT_PATH'], 'utf8'));
    }
    catch {
        return undefined;
    }
    const number = payload.pull_request?.number;
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ??
        `${payload.repository?.owner?.login ?? ''}/${payload.repository?.name ?? ''}`).split('/');
    if (typeof number !== 'number' || !owner || !repo)
        return undefined;
    return { owner, repo, number };
}
function runUrl(env) {
    const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    return env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
        ? `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
        : undefined;
}
/**
 * pr-comment: true on a pull-request event → post or update the sticky comment. Never fails the job:
 * on fork and Dependabot PRs the token is read-only, so it warns and the job's status stays the gate.
 */
async function postPrComment(report, token, env, log, 
/** Whatever is left of timeout-seconds: every request to GitHub is aborted when it runs out. */
budgetMs = 120_000, 
/** report-detail, as in the job summary. */
detail) {
    const pr = pullRequestOf(env);
    if (!pr) {
        log.debug(`pr-comment: event ${env['GITHUB_EVENT_NAME'] ?? '(none)'} is not a pull request; no comment.`);
        return { action: 'not-a-pull-request' };
    }
    if (!token) {
        log.warning((0,messages.t)('report.pr-comment.no-token', undefined, report.language));
        return { action: 'no-token' };
    }
    const seconds = Math.max(0, Math.round(budgetMs / 1000));
    if (budgetMs <= 0) {
        log.warning((0,messages.t)('report.pr-comment.failed', { reason: (0,messages.t)('report.pr-comment.timeout', { seconds }, report.language) }, report.language));
        return { action: 'failed' };
    }
    const signal = AbortSignal.timeout(budgetMs);
    try {
        // Loaded only here: Octokit is a third of the bundle and most runs post no comment (faster cold start).
        const github = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
        // getOctokit reads GITHUB_API_URL (GHES) and the proxy settings; baseUrl is passed so a value set after import counts too.
        const octokit = github.getOctokit(token, {
            baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
            request: { signal }
        });
        const result = await upsertComment({
            octokit,
            owner: pr.owner,
            repo: pr.repo,
            issueNumber: pr.number,
            body: renderComment(report, { runUrl: runUrl(env), detail })
        });
        log.info(`pr-comment: ${result.action} ${result.url}`);
        return result;
    }
    catch (e) {
        // Octokit reports a request that got no answer as status 500: only a response makes it an HTTP status.
        const answered = typeof e.response?.status ===
            'number';
        const status = answered
            ? e.response.status
            : undefined;
        const reason = signal.aborted
            ? (0,messages.t)('report.pr-comment.timeout', { seconds }, report.language)
            : answered
                ? e instanceof Error
                    ? (0,secrets/* redact */.E$)(e.message)
                    : 'unknown error'
                : (0,messages.t)('report.pr-comment.no-answer', undefined, report.language);
        if (status === 403 || status === 404) {
            log.warning((0,messages.t)('report.pr-comment.read-only', { number: pr.number, status, reason }, report.language));
        }
        else {
            log.warning((0,messages.t)('report.pr-comment.failed', { reason: `${status ? `HTTP ${status}: ` : ''}${reason}` }, report.language));
        }
        return { action: 'failed', status };
    }
}


/***/ })

};
