export const id = 879;
export const ids = [879];
export const modules = {

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
 * diagnostics and the links. Channels only indent, clip or escape the lines.
 */
function findingLines(f, lang, opts = {}) {
    const safe = opts.safe ?? ((s) => s);
    const max = opts.maxDetails ?? blocks/* MAX_DETAILS */.a;
    const lines = [safe(f.summary)];
    if (f.why)
        lines.push(safe(f.why));
    // Steps are ordered (IBM's fixes are sequences): numbered when there is more than one.
    f.fix.forEach((step, i) => {
        lines.push(`${f.fix.length > 1 ? `${i + 1}.` : '-'} ${safe(step.text)}`);
        for (const c of step.commands)
            lines.push(`    $ ${safe(c)}`);
    });
    for (const d of f.details.slice(0, max))
        lines.push(`    ${safe(d)}`);
    if (f.details.length > max)
        lines.push(`    ${(0,messages.t)('report.more-details', { count: f.details.length - max }, lang)}`);
    if (f.ibm?.incidentID)
        lines.push(`${(0,messages.t)('report.ibm-incident', undefined, lang)}: ${safe(f.ibm.incidentID)}`);
    if (f.ibm?.recoveryCLI)
        lines.push(`IBM recoveryCLI: ${safe(f.ibm.recoveryCLI)}`);
    if (f.reference)
        lines.push(`${(0,messages.t)('report.more-docs', undefined, lang)}: ${f.reference}`);
    if (f.docs)
        lines.push(`${(0,messages.t)('report.docs', undefined, lang)}: ${f.docs}`);
    return lines;
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
const SENTENCE_MAX = 150;
const TITLE_MAX = 200;
/** The first sentence of a summary, without its closing stop: "Cluster X was not found with this key". */
function firstSentence(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    // A stop followed by a space or the end (so "1.30" and "e.g" inside a word stay), or a Japanese 。.
    const end = line.search(/[.!?](?=\s|$)|。/);
    let sentence = end === -1 ? line : line.slice(0, end);
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


/***/ })

};
