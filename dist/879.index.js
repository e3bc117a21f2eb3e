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

;// CONCATENATED MODULE: ./src/report/annotations.ts




/** The runner keeps 10 annotations of each type per step and cuts messages at 4096 characters. */
const ANNOTATION_LIMIT = 10;
const MESSAGE_MAX = 4000;
/**
 * Ranked annotations, worst first, at most 10 per type. When the job will fail, one error slot is
 * left for core.setFailed's own annotation. The last shown annotation of a type says how many more
 * are in the job summary.
 */
function planAnnotations(report) {
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
            const more = ofType.length - shown.length;
            const suffix = i === shown.length - 1 && more > 0
                ? `\n${(0,messages.t)('report.more-in-summary', { count: more }, report.language)}`
                : '';
            text = (0,report_escape/* clip */.$)(text, MESSAGE_MAX - suffix.length) + suffix;
            out.push({
                type,
                title: (0,report_escape/* clip */.$)(`${f.check}: ${f.title} [${f.target}]`, 200),
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

;// CONCATENATED MODULE: ./src/report/notices.ts

/**
 * Inputs that were accepted but could not act as asked, said once as warnings (annotations on GitHub,
 * stderr in the CLI) rather than silently ignored: a `provider` that contradicts IKS, `remediate: vpe`
 * on classic clusters, `vpc-id` when the check that verifies it (vpc-subnets) is skipped, and a cluster given
 * twice (name and ID).
 */
function inputNotices(config, report, lang) {
    const out = [];
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
function renderSummary(report, maxBytes = SUMMARY_BUDGET) {
    return (0,blocks/* fitReport */.kq)(report, {
        max: maxBytes,
        measure: s => Buffer.byteLength(s, 'utf8'),
        note: (shown, total) => `<blockquote>✂️ ${(0,report_escape/* escapeHtml */.Z)((0,messages.t)('report.summary-truncated', { shown, total }, report.language))}</blockquote>`
    });
}

;// CONCATENATED MODULE: ./src/action-output.ts
/**
 * What the action does with a report (annotations, notices, the JSON file, the job summary): loaded with
 * the engine, after the inputs are read, so a start that stops on a bad input loads none of it.
 */






/***/ })

};
