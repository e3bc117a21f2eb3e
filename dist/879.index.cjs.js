"use strict";
exports.id = 879;
exports.ids = [879];
exports.modules = {

/***/ 879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputNotices: () => (/* reexport */ inputNotices),
  planAnnotations: () => (/* reexport */ planAnnotations),
  renderSummary: () => (/* reexport */ renderSummary),
  resultLine: () => (/* reexport */ blocks/* resultLine */.ow),
  summaryProblemsShown: () => (/* reexport */ summaryProblemsShown),
  writeJsonReport: () => (/* reexport */ writeJsonReport)
});

// EXTERNAL MODULE: ./src/messages/index.ts
var messages = __webpack_require__(5920);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/blocks.ts
var blocks = __webpack_require__(3578);
;// CONCATENATED MODULE: ./src/report/plain.ts


/**
 * A finding as plain text, the one rendering every plain channel prints (annotations, JUnit, CLI text):
 * what was seen, why it matters, the fix as numbered steps with their commands, data lines, IBM's own
 * diagnostics and the links. Channels only indent, clip, wrap or escape the lines.
 */
function findingParts(f, lang, opts = {}) {
    const safe = opts.safe ?? ((s) => s);
    const max = opts.maxDetails ?? blocks/* MAX_DETAILS */.a;
    const parts = [{ indent: 0, text: safe(f.summary) }];
    if (f.why)
        parts.push({ indent: 0, text: safe(f.why) });
    // Steps are ordered (IBM's fixes are sequences): numbered when there is more than one.
    f.fix.forEach((step, i) => {
        parts.push({
            indent: 0,
            marker: f.fix.length > 1 ? `${i + 1}.` : '-',
            text: safe(step.text)
        });
        for (const c of step.commands)
            parts.push({ indent: 4, marker: '$', text: safe(c), command: true });
    });
    for (const d of f.details.slice(0, max))
        parts.push({ indent: 4, text: safe(d), detail: true });
    if (f.details.length > max)
        parts.push({
            indent: 4,
            text: (0,messages.t)('report.more-details', { count: f.details.length - max }, lang)
        });
    if (f.ibm?.incidentID)
        parts.push({
            indent: 0,
            text: `${(0,messages.t)('report.ibm-incident', undefined, lang)}: ${safe(f.ibm.incidentID)}`
        });
    if (f.ibm?.recoveryCLI)
        // IBM's own command: printed whole, like ours.
        parts.push({
            indent: 0,
            text: `IBM recoveryCLI: ${safe(f.ibm.recoveryCLI)}`,
            command: true
        });
    if (f.reference)
        parts.push({
            indent: 0,
            text: `${(0,messages.t)('report.more-docs', undefined, lang)}: ${f.reference}`
        });
    if (f.docs)
        parts.push({
            indent: 0,
            text: `${(0,messages.t)('report.docs', undefined, lang)}: ${f.docs}`
        });
    return parts;
}
/** A part as one unwrapped line. */
function partLine(p) {
    return `${' '.repeat(p.indent)}${p.marker ? `${p.marker} ` : ''}${p.text}`;
}
function findingLines(f, lang, opts = {}) {
    return findingParts(f, lang, opts).map(partLine);
}
function findingText(f, lang, opts) {
    return findingLines(f, lang, opts).join('\n');
}

// EXTERNAL MODULE: ./src/report/stop.ts
var stop = __webpack_require__(9836);
;// CONCATENATED MODULE: ./src/report/summary.ts




// Apart so that the action's start (which may stop on a bad input) loads no report renderer.

/** GitHub keeps at most 1 MiB (bytes, not characters) of job summary per step and drops a larger one. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
// Other steps' summaries do not count against ours, but stay clear of the limit all the same.
const SUMMARY_BUDGET = SUMMARY_MAX_BYTES - 64 * 1024;
/**
 * The job summary as HTML: banner and counts, identity, the fixes, then the table (passes folded).
 * Measured in UTF-8 bytes (Japanese text is 3 bytes a character) and cut between whole findings.
 */
function renderSummary(report, maxBytes = SUMMARY_BUDGET, detail) {
    return (0,blocks/* fitReport */.kq)(report, summaryFit(report, maxBytes, detail));
}
/** How many problems (rank order) the job summary shows in full; the rest are cut by its 1 MiB limit. */
function summaryProblemsShown(report, maxBytes = SUMMARY_BUDGET, detail) {
    return (0,blocks/* problemsShown */.a3)(report, summaryFit(report, maxBytes, detail));
}
function summaryFit(report, maxBytes, detail) {
    return {
        detail,
        max: maxBytes,
        measure: s => Buffer.byteLength(s, 'utf8'),
        note: (shown, total) => `<blockquote>✂️ ${(0,report_escape/* escapeHtml */.Z)((0,messages.t)('report.summary-truncated', { shown, total }, report.language))}</blockquote>`
    };
}

;// CONCATENATED MODULE: ./src/report/annotations.ts





/**
 * "N more in the job summary" counts only what the summary shows (it is cut at 1 MiB); the rest are named as
 * being only in the JSON report.
 */
function moreLine(rest, ranked, inSummary, report) {
    if (rest.length === 0)
        return '';
    const summary = rest.filter(f => ranked.indexOf(f) < inSummary).length;
    const only = rest.length - summary;
    const L = report.language;
    if (only === 0)
        return `\n${(0,messages.t)('report.more-in-summary', { count: summary }, L)}`;
    if (summary === 0)
        return `\n${(0,messages.t)('report.more-in-report', { count: only }, L)}`;
    return `\n${(0,messages.t)('report.more-in-summary-and-report', { count: summary, rest: only }, L)}`;
}
/** The runner keeps 10 annotations of each type per step and cuts messages at 4096 characters. */
const ANNOTATION_LIMIT = 10;
const MESSAGE_MAX = 4000;
/** A title is one line in the Checks UI: the problem's first sentence, bounded. */
const SENTENCE_MAX = 180;
const TITLE_MAX = 200;
/** Where the first sentence ends: a stop followed by a space or the end, or 。, outside parentheses. */
function sentenceEnd(line) {
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === '(' || ch === '（')
            depth++;
        else if ((ch === ')' || ch === '）') && depth > 0)
            depth--;
        else if (depth === 0 && ch === '。')
            return i;
        // "1.30" and "e.g" inside a word are not stops.
        else if (depth === 0 &&
            /[.!?]/.test(ch) &&
            (i + 1 === line.length || /\s/.test(line[i + 1])))
            return i;
    }
    return -1;
}
/**
 * The text with its parenthesised asides left out ("key (HTTP 404 …) for" → "key for"). Only an aside
 * after a space: "permission(s)" keeps its "(s)".
 */
function withoutAsides(text) {
    let out = '';
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const opens = ch === '(' || ch === '（';
        if (opens && (depth > 0 || i === 0 || /\s/.test(text[i - 1])))
            depth++;
        else if ((ch === ')' || ch === '）') && depth > 0)
            depth--;
        else if (depth === 0)
            out += ch;
    }
    return out
        .replace(/\s+([,.:;])/g, '$1')
        .replace(/\s{2,}/g, ' ')
        .trim();
}
/**
 * The first sentence of a summary, without its closing stop: "Cluster X was not found with this key".
 * A stop inside IBM's quoted answer "(HTTP 404 A0006: … found. …)" does not end it; a long sentence
 * drops its asides, then a list after a colon, so the statement fits.
 */
function firstSentence(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    const end = sentenceEnd(line);
    let sentence = end === -1 ? line : line.slice(0, end);
    if (sentence.length > 100)
        sentence = withoutAsides(sentence) || sentence;
    // A long sentence that lists after a colon ("… lack 3 permissions: A, B, C") keeps its statement.
    const colon = sentence.search(/: |：/);
    if (sentence.length > 100 && colon >= 40)
        sentence = sentence.slice(0, colon);
    return (0,report_escape/* clip */.$)(sentence, SENTENCE_MAX);
}
/**
 * The annotation title states the problem (the summary's first sentence) with the check's id before it;
 * the target is added when the sentence does not already name it.
 */
function annotationTitle(f) {
    const sentence = firstSentence(f.summary);
    const name = f.target.split(' · ')[0];
    const target = sentence.length > 0 && sentence.includes(name) && !f.target.includes(' · ')
        ? ''
        : ` [${f.target}]`;
    return (0,report_escape/* clip */.$)(`${f.check}: ${sentence || f.title}${target}`, TITLE_MAX);
}
/**
 * Ranked annotations, worst first, at most 10 per type. When the job will fail, one error slot is
 * left for core.setFailed's own annotation. The last shown annotation of a type says how many more
 * are in the job summary.
 */
function planAnnotations(report, 
/** How many problems (rank order) the job summary shows; by default, what renderSummary keeps. */
inSummary = summaryProblemsShown(report)) {
    const out = [];
    const ranked = (0,model/* problems */.Bk)(report);
    for (const type of ['error', 'warning']) {
        // fail-on: never is report-only: the job stays green, so red error annotations would say the
        // opposite of its status. Every problem is a warning then (worst first); the summary keeps ❌/❓.
        const reportOnly = report.failOn === 'never';
        const ofType = ranked.filter(f => reportOnly
            ? type === 'warning'
            : type === 'error'
                ? f.status !== 'warn'
                : f.status === 'warn');
        const limit = type === 'error' && report.jobFailed
            ? ANNOTATION_LIMIT - 1
            : ANNOTATION_LIMIT;
        const shown = ofType.slice(0, limit);
        shown.forEach((f, i) => {
            // The runner cuts a message at 4096 characters: 20 data lines, the rest are in the summary.
            let text = findingText(f, report.language, { maxDetails: 20 });
            const suffix = i === shown.length - 1
                ? moreLine(ofType.slice(shown.length), ranked, inSummary, report)
                : '';
            text = (0,report_escape/* clip */.$)(text, MESSAGE_MAX - suffix.length) + suffix;
            out.push({
                type,
                title: annotationTitle(f),
                message: text
            });
        });
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/json.ts


/** Write the versioned JSON report; returns its path. */
function writeJsonReport(report, dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const stamp = report.startedAt.replace(/[:.]/g, '-');
    const path = (0,external_node_path_.join)(dir, `iks-preflight-report-${stamp}-${process.pid}.json`);
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 });
    return path;
}

// EXTERNAL MODULE: ./src/ibm/endpoints.ts
var endpoints = __webpack_require__(1200);
;// CONCATENATED MODULE: ./src/report/notices.ts


/**
 * Inputs that were accepted but could not act as asked, said once as warnings (annotations on GitHub,
 * stderr in the CLI) rather than silently ignored: a `provider` that contradicts IKS, `remediate: vpe`
 * on classic clusters, `vpc-id` when the check that verifies it (vpc-subnets) is skipped, and a cluster given
 * twice (name and ID).
 */
function inputNotices(config, report, lang, env = {}) {
    const out = [];
    for (const e of (0,endpoints/* clearTextEndpoints */.fr)(env))
        out.push((0,messages.t)('report.input.clear-text-endpoint', e, lang));
    if (config.operation !== 'cluster-create' && config.provider !== undefined) {
        for (const x of report.targets)
            if (x.provider && x.provider !== config.provider)
                out.push((0,messages.t)('report.input.provider-mismatch', {
                    given: config.provider,
                    cluster: x.name ?? x.ref,
                    actual: x.provider
                }, lang));
    }
    if (config.remediate === 'vpe') {
        const classic = report.targets
            .filter(x => x.provider === 'classic')
            .map(x => x.name ?? x.ref);
        if (classic.length > 0)
            out.push((0,messages.t)('report.input.remediate-classic', { clusters: classic.join(', ') }, lang));
    }
    for (const x of report.targets)
        if (x.sameAs !== undefined)
            out.push((0,messages.t)('report.input.same-cluster', { ref: x.ref, first: x.sameAs, id: x.id ?? x.ref }, lang));
    // vpc-subnets reads the VPC of every VPC create (vpc-id is accepted for nothing else); only skipping it leaves
    // the VPC unverified.
    if (config.vpcId !== undefined && config.skipChecks?.has('vpc-subnets'))
        out.push((0,messages.t)('report.input.vpc-id-unchecked', { vpc: config.vpcId }, lang));
    return out;
}

;// CONCATENATED MODULE: ./src/action-output.ts
/**
 * What the action does with a report (annotations, notices, the JSON file, the job summary): loaded with
 * the engine, after the inputs are read, so a start that stops on a bad input loads none of it.
 */






/***/ }),

/***/ 1200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints),
/* harmony export */   fr: () => (/* binding */ clearTextEndpoints)
/* harmony export */ });
/* unused harmony exports ENDPOINT_VARIABLES, checkProxyEnv */
/* harmony import */ var _config_raw_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8476);

const trim = (u) => u.trim().replace(/\/+$/, '');
/** An endpoint or proxy variable that is not an http(s) URL is named before any request, not after. */
function checkUrl(name, value, what) {
    let ok = false;
    try {
        ok = ['http:', 'https:'].includes(new URL(value).protocol);
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _config_raw_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `got ${(0,_config_raw_js__WEBPACK_IMPORTED_MODULE_0__/* .shown */ .SP)(value)}; expected ${what}.`, 'variable');
}
/** Every variable that overrides an IBM Cloud endpoint (the names IBM's CLI, SDKs and Terraform provider read). */
const ENDPOINT_VARIABLES = [
    'IBMCLOUD_IS_NG_API_ENDPOINT',
    'IBMCLOUD_IAM_API_ENDPOINT',
    'IBMCLOUD_CS_API_ENDPOINT',
    'IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT',
    'IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT',
    'IBMCLOUD_RESOURCE_CONTROLLER_API_ENDPOINT',
    'IBMCLOUD_USER_MANAGEMENT_ENDPOINT',
    'IAAS_CLASSIC_ENDPOINT_URL',
    'IBMCLOUD_SCHEMATICS_API_ENDPOINT'
];
/** Loopback hosts: plain http there never leaves the machine (the emulator, a local proxy). */
function loopback(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    return (h === 'localhost' ||
        h.endsWith('.localhost') ||
        h === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h));
}
/**
 * Endpoint variables set to plain http:// on a host outside loopback: the API key (and IAM tokens) would
 * travel in clear. Warned about, never refused (a TLS-terminating proxy inside a private network is legitimate).
 */
function clearTextEndpoints(env) {
    const out = [];
    for (const name of ENDPOINT_VARIABLES) {
        const v = (env[name] ?? '').trim();
        if (v === '')
            continue;
        try {
            const u = new URL(v);
            if (u.protocol === 'http:' && !loopback(u.hostname))
                out.push({ name, host: u.host });
        }
        catch {
            // Not a URL: resolveEndpoints refuses it with its own message.
        }
    }
    return out;
}
const PROXY_VARIABLES = [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'ALL_PROXY',
    'all_proxy'
];
/** Proxy variables as proxy-from-env reads them (a bare host:port gets the request's scheme). */
function checkProxyEnv(env) {
    for (const name of PROXY_VARIABLES) {
        const v = (env[name] ?? '').trim();
        if (v === '')
            continue;
        checkUrl(name, v.includes('://') ? v : `http://${v}`, 'a proxy URL such as http://proxy.example:3128');
    }
}
function resolveEndpoints(env, visibility, region) {
    const pick = (name, publicUrl, privateUrl) => {
        const v = env[name];
        if (v !== undefined && v.trim() !== '') {
            checkUrl(name, v.trim(), `an http(s) URL such as ${publicUrl}`);
            return trim(v);
        }
        return visibility === 'private' ? privateUrl : publicUrl;
    };
    const vpcOverride = env['IBMCLOUD_IS_NG_API_ENDPOINT'];
    if (vpcOverride !== undefined && vpcOverride.trim() !== '')
        checkUrl('IBMCLOUD_IS_NG_API_ENDPOINT', vpcOverride.trim(), 'an http(s) URL such as https://us-south.iaas.cloud.ibm.com/v1');
    checkProxyEnv(env);
    return {
        iam: pick('IBMCLOUD_IAM_API_ENDPOINT', 'https://iam.cloud.ibm.com', 'https://private.iam.cloud.ibm.com'),
        containers: pick('IBMCLOUD_CS_API_ENDPOINT', 'https://containers.cloud.ibm.com/global', `https://private.${region ?? 'us-south'}.containers.cloud.ibm.com/global`),
        accounts: pick('IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT', 'https://accounts.cloud.ibm.com', 'https://private.accounts.cloud.ibm.com'),
        resourceManager: pick('IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT', 'https://resource-controller.cloud.ibm.com', 'https://private.resource-controller.cloud.ibm.com'),
        resourceController: pick('IBMCLOUD_RESOURCE_CONTROLLER_API_ENDPOINT', 'https://resource-controller.cloud.ibm.com', 'https://private.resource-controller.cloud.ibm.com'),
        userManagement: pick('IBMCLOUD_USER_MANAGEMENT_ENDPOINT', 'https://user-management.cloud.ibm.com', `https://private.${region ?? 'us-south'}.user-management.cloud.ibm.com`),
        classic: pick('IAAS_CLASSIC_ENDPOINT_URL', 'https://api.softlayer.com/rest/v3.1', 'https://api.service.softlayer.com/rest/v3.1'),
        // The provider's naming: <region>.schematics / private-<region>.schematics; without a region, the
        // SDK's DefaultServiceURL (IBM/schematics-go-sdk schematicsv1).
        schematics: pick('IBMCLOUD_SCHEMATICS_API_ENDPOINT', region === undefined
            ? 'https://schematics.cloud.ibm.com'
            : `https://${region}.schematics.cloud.ibm.com`, `https://private-${region ?? 'us-south'}.schematics.cloud.ibm.com`),
        // When the override is set it is used for every region (as the Terraform provider does).
        vpc: (r) => vpcOverride !== undefined && vpcOverride.trim() !== ''
            ? trim(vpcOverride)
            : visibility === 'private'
                ? `https://${r}.private.iaas.cloud.ibm.com/v1`
                : `https://${r}.iaas.cloud.ibm.com/v1`
    };
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