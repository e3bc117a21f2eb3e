"use strict";
exports.id = 139;
exports.ids = [139];
exports.modules = {

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


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ MAX_DETAILS),
/* harmony export */   a3: () => (/* binding */ problemsShown),
/* harmony export */   kq: () => (/* binding */ fitReport),
/* harmony export */   ow: () => (/* binding */ resultLine)
/* harmony export */ });
/* unused harmony exports STATUS_ICON, RESULT_ICON, requestsLine, banner, identityBlock, tableHead, findingRow, passedBlock, problemsOnly, leftOutLine, problemBlock, problemsHeading, checksHeading, allClear, footer, reportParts */
/* harmony import */ var _messages_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5920);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);



/**
 * HTML blocks shared by the job summary, the PR comment and the CLI's Markdown: GitHub's Markdown
 * passes block HTML through, and building HTML lets every piece of API text be escaped in one way.
 */
const STATUS_ICON = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    error: '❓',
    skip: '⏭️'
};
const RESULT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** A finding can carry thousands of data lines (workers, permissions); the rest are counted. */
const MAX_DETAILS = 50;
const MAX_TARGETS = 20;
const COUNT_ORDER = ['fail', 'error', 'warn', 'pass', 'skip'];
/** Check ids with one of the statuses, each once, in report order. */
function checksWith(report, status) {
    return [
        ...new Set(report.findings.filter(f => f.status === status).map(f => f.check))
    ];
}
/** The one-line verdict every channel starts with; a failure names its count and its checks. */
function resultLine(report) {
    const L = report.language;
    if (report.operation === 'explain') {
        const blockers = report.counts.fail + report.counts.error;
        return (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(`explain.result.${report.result}`, { count: blockers, warnings: report.counts.warn }, L);
    }
    if (report.nothingToPreflight)
        return (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.result.no-iks-change', undefined, L);
    if (report.nothingVerified)
        return (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.result.nothing-verified', { operation: report.operation }, L);
    if (report.result !== 'fail')
        return (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(`report.result.${report.result}`, { operation: report.operation }, L);
    const failed = checksWith(report, 'fail');
    const unverified = checksWith(report, 'error').filter(c => !failed.includes(c));
    const parts = [
        failed.length > 0 &&
            (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.result.would-fail', { count: report.counts.fail, checks: failed.join(', ') }, L),
        unverified.length > 0 &&
            (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.result.unverified', { count: unverified.length, checks: unverified.join(', ') }, L)
    ].filter((p) => typeof p === 'string');
    // A run of several operations (a plan) names only those that would fail, never all of them.
    const failing = [
        ...new Set(report.findings
            .filter(f => f.status === 'fail' || f.status === 'error')
            .map(f => f.operation))
    ];
    return (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.result.fail', {
        operation: failing.every(o => o !== undefined)
            ? failing.join(', ')
            : report.operation,
        problems: parts.join((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.result.and', undefined, L))
    }, L);
}
/** "N requests to IBM Cloud in S s." with the singular for one. */
function requestsLine(report) {
    const n = report.requests.total;
    return (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(n === 1 ? 'report.requests.one' : 'report.requests', { requests: n, seconds: (report.durationMs / 1000).toFixed(1) }, report.language);
}
function banner(report) {
    const L = report.language;
    const counts = COUNT_ORDER.filter(s => report.counts[s] > 0).map(s => {
        const text = `${STATUS_ICON[s]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(`report.count.${s}`, { count: report.counts[s] }, L))}`;
        return s === 'fail' || s === 'error' ? `<b>${text}</b>` : text;
    });
    const lines = [
        `<h2>${RESULT_ICON[report.result]} iks-preflight: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(resultLine(report))}</h2>`
    ];
    if (counts.length > 0)
        lines.push(`<p>${counts.join(' · ')}</p>`);
    if (report.notes !== undefined && report.notes.length > 0)
        lines.push(`<details><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.plan-notes', { count: report.notes.length }, L))}</summary>\n<ul>${report.notes.map(n => `<li>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(n)}</li>`).join('')}</ul>\n</details>`);
    if (report.operation !== 'explain' && report.targets.length > 0) {
        const named = report.targets
            .slice(0, MAX_TARGETS)
            .map(x => `<b>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(x.name ?? x.ref)}</b>${x.region ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(x.region)})` : ''}`);
        if (report.targets.length > MAX_TARGETS)
            named.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.more-details', { count: report.targets.length - MAX_TARGETS }, L)));
        const targets = named.join(', ');
        lines.push(`<p>${(0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.operation-line', { operation: `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(report.operation)}</code>`, targets }, L)}</p>`);
    }
    return lines.join('\n');
}
/** Who ran the check; explain mode has no identity (no API call) and shows none. */
function identityBlock(report) {
    const L = report.language;
    if (report.operation === 'explain')
        return undefined;
    const id = report.identity;
    if (!id)
        return `<p><b>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.identity', undefined, L))}:</b> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.identity-unknown', undefined, L))}</p>`;
    return (`<table><tr><th>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.account', undefined, L))}</th><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(id.accountId)}${id.accountName ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(id.accountName)})` : ''}</td></tr>` +
        `<tr><th>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.iam-id', undefined, L))}</th><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(id.iamId)}</td></tr>` +
        `<tr><th>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.caller', undefined, L))}</th><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(id.name ?? id.email ?? '')} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(`report.kind.${id.kind}`, undefined, L))})</td></tr></table>`);
}
function tableHead(report) {
    const L = report.language;
    const th = (id) => `<th>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(id, undefined, L))}</th>`;
    return `<tr>${th('report.col.status')}${th('report.col.check')}${th('report.col.target')}${th('report.col.summary')}</tr>`;
}
function findingRow(f, report) {
    return `<tr><td>${STATUS_ICON[f.status]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(`report.status.${f.status}`, undefined, report.language))}</td><td><code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.check)}</code></td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.target)}</td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.summary)}</td></tr>`;
}
/** Passes and skips, folded away: the reader needs them only to confirm what was looked at. */
function passedBlock(report, rows) {
    const quiet = report.findings.filter(f => f.status === 'pass' || f.status === 'skip');
    if (quiet.length === 0)
        return undefined;
    const body = rows ?? quiet.map(f => findingRow(f, report));
    return `<details><summary>${STATUS_ICON.pass} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.passed-details', { count: quiet.length }, report.language))}</summary>\n\n<table>${tableHead(report)}${body.join('')}</table>\n</details>`;
}
/**
 * Whether a view lists only the problems. Unset, a fleet (several clusters) or a plan (several operations)
 * shows problems only: dozens of passes and skips would bury the few lines a reader needs.
 */
function problemsOnly(report, detail) {
    if (detail !== undefined)
        return detail === 'problems';
    return (report.operation !== 'explain' &&
        (report.targets.filter(x => x.sameAs === undefined).length > 1 ||
            report.findings.some(f => f.operation !== undefined)));
}
/** The one line that counts what a problems-only view leaves out; undefined when nothing was left out. */
function leftOutLine(report) {
    const { pass, skip } = report.counts;
    if (pass + skip === 0)
        return undefined;
    return (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.left-out', { passes: pass, skips: skip }, report.language);
}
/** One problem: what was seen, why it matters, the fix as numbered steps with the exact commands. */
function problemBlock(f, report) {
    const L = report.language;
    const block = [
        `<h4>${STATUS_ICON[f.status]} <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.check)}</code> · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.target)} — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.title)}</h4>`,
        `<p>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.summary)}</p>`
    ];
    if (f.why)
        block.push(`<p><b>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.why', undefined, L))}:</b> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.why)}</p>`);
    if (f.fix.length > 0) {
        const steps = f.fix.map(s => `<li>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(s.text)}${s.commands.length > 0 ? `<pre><code>${s.commands.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z).join('\n')}</code></pre>` : ''}</li>`);
        block.push(`<p><b>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.fix', undefined, L))}:</b></p><ol>${steps.join('')}</ol>`);
    }
    if (f.details.length > 0) {
        const shown = f.details
            .slice(0, MAX_DETAILS)
            .map(d => `<li><code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(d)}</code></li>`);
        if (f.details.length > MAX_DETAILS)
            shown.push(`<li>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.more-details', { count: f.details.length - MAX_DETAILS }, L))}</li>`);
        block.push(`<ul>${shown.join('')}</ul>`);
    }
    const ibm = f.ibm &&
        [
            f.ibm.code && `${(0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.ibm.code', undefined, L)} ${f.ibm.code}`,
            f.ibm.incidentID &&
                `${(0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.ibm.incident', undefined, L)} ${f.ibm.incidentID}`,
            f.ibm.recoveryCLI && `recoveryCLI: ${f.ibm.recoveryCLI}`
        ].filter(Boolean);
    if (ibm && ibm.length > 0)
        block.push(`<p><b>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.ibm', undefined, L))}:</b> ${ibm.map(s => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(String(s))).join(' · ')}</p>`);
    const links = [
        f.reference &&
            `<a href="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.reference)}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.more-docs', undefined, L))}</a>`,
        f.docs && `<a href="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(f.docs)}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.docs', undefined, L))}</a>`
    ].filter(Boolean);
    if (links.length > 0)
        block.push(`<p>📖 ${links.join(' · ')}</p>`);
    return block.join('\n');
}
function problemsHeading(report) {
    return `<h3>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.problems', undefined, report.language))}</h3>`;
}
function checksHeading(report) {
    return `<h3>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.checks', undefined, report.language))}</h3>`;
}
function allClear(report) {
    return `<p>${STATUS_ICON.pass} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)('report.all-clear', undefined, report.language))}</p>`;
}
function footer(report) {
    return `<p><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(requestsLine(report))} iks-preflight ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(report.tool.version)}</sub></p>`;
}
/** The ordered pieces of a full report; the comment drops pieces from the end of each list to fit. */
function reportParts(report, detail) {
    const probs = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .problems */ .Bk)(report);
    const head = [banner(report)];
    const id = identityBlock(report);
    if (id)
        head.push(id);
    return {
        head,
        problems: probs.map(f => problemBlock(f, report)),
        problemRows: probs.map(f => findingRow(f, report)),
        passed: problemsOnly(report, detail)
            ? ((line) => line && `<p>${STATUS_ICON.skip} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(line)}</p>`)(leftOutLine(report))
            : passedBlock(report)
    };
}
/**
 * The full report as HTML when it fits; otherwise problem blocks (and their table rows) are kept whole in
 * rank order while they fit, the folded passes are dropped, and the note says how many are shown. The cut
 * always falls between findings, never inside a tag.
 */
function fitReport(report, opts) {
    return fitted(report, opts).html;
}
/**
 * How many problems (in rank order, see problems()) the fitted report shows in full: the annotations' "N more
 * in the job summary" counts only those.
 */
function problemsShown(report, opts) {
    return fitted(report, opts).kept;
}
function fitted(report, opts) {
    const parts = reportParts(report, opts.detail);
    const top = [...(opts.before ?? []), ...parts.head];
    const end = footer(report);
    const full = assemble(report, top, parts.problems, parts.problemRows, parts.passed, end);
    if (opts.measure(full) <= opts.max)
        return { html: full, kept: parts.problems.length };
    const total = report.findings.length;
    const reserve = opts.measure(opts.note(total, total)) + 2;
    // The frame (headings, table tags) is measured once; each kept problem adds its block and its row.
    let size = opts.measure(assemble(report, top, [''], [''], undefined, end));
    let kept = 0;
    while (kept < parts.problems.length) {
        const more = opts.measure(parts.problems[kept]) +
            1 +
            opts.measure(parts.problemRows[kept]);
        if (size + more + reserve > opts.max)
            break;
        size += more;
        kept++;
    }
    const body = assemble(report, top, parts.problems.slice(0, kept), parts.problemRows.slice(0, kept), undefined, end);
    return { html: `${body}\n${opts.note(kept, total)}`, kept };
}
function assemble(report, top, problems, rows, passed, end) {
    const out = [...top];
    if (problems.length > 0)
        out.push(problemsHeading(report), ...problems);
    else if (report.result === 'pass')
        out.push(allClear(report));
    out.push(checksHeading(report));
    if (rows.length > 0)
        out.push(`<table>${tableHead(report)}${rows.join('')}</table>`);
    if (passed)
        out.push(passed);
    out.push(end);
    return out.join('\n');
}


/***/ })

};
;