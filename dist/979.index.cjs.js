"use strict";
exports.id = 979;
exports.ids = [979];
exports.modules = {

/***/ 4979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ApiError: () => (/* binding */ ApiError),
/* harmony export */   Bh: () => (/* binding */ isIbmAnswer),
/* harmony export */   Z1: () => (/* binding */ SERVICE_NAMES),
/* harmony export */   c$: () => (/* binding */ networkDetail),
/* harmony export */   d: () => (/* binding */ isHttpError),
/* harmony export */   lq: () => (/* binding */ readIbmError),
/* harmony export */   q6: () => (/* binding */ unverifiedKind),
/* harmony export */   s_: () => (/* binding */ describeRawBody)
/* harmony export */ });
/* unused harmony export answerOf */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);

const SERVICE_NAMES = {
    iam: 'IBM Cloud IAM',
    iks: 'IBM Cloud Kubernetes Service',
    accounts: 'IBM Cloud Account Management',
    'resource-manager': 'IBM Cloud Resource Manager',
    vpc: 'IBM Cloud VPC',
    softlayer: 'IBM Cloud classic infrastructure (SoftLayer)',
    schematics: 'IBM Cloud Schematics'
};
/** The one error type every IBM client throws. Its message never holds secrets or request config. */
/**
 * "HTTP 404 G0004: The specified cluster could not be found", with no empty part and no echo: a detail
 * that only repeats the status ("HTTP 404") is left out, so messages never read "HTTP 404 : HTTP 404".
 */
function answerOf(status, code, detail) {
    // Some services put the status in the code field (Schematics: {"code": "404"}): said once.
    const own = code === undefined || code === String(status) ? '' : code;
    const head = [status === undefined ? '' : `HTTP ${status}`, own]
        .filter(Boolean)
        .join(' ');
    const text = detail.trim();
    const echo = text === '' || /^\(?(HTTP\s*)?\d{3}\)?\.?$/i.test(text);
    if (echo)
        return head || text;
    return head ? `${head}: ${text}` : text;
}
class ApiError extends Error {
    service;
    operation;
    kind;
    status;
    code;
    incidentID;
    recoveryCLI;
    detail;
    /**
     * The answer carried IBM's error envelope (a code, or an incident/trace ID). Every IBM API puts one
     * of them in its error bodies; a proxy's block page, a wrong endpoint path or an empty body does not.
     */
    envelope;
    /** What IBM answered: "HTTP 404 G0004: The specified cluster could not be found" (see answerOf). */
    get answer() {
        return answerOf(this.status, this.code, this.detail);
    }
    constructor(init) {
        const detail = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(init.detail);
        super(`${SERVICE_NAMES[init.service]} (${init.operation})${init.status === undefined && !init.code ? ':' : ''} ${answerOf(init.status, init.code, detail)}`);
        this.name = 'ApiError';
        this.service = init.service;
        this.operation = init.operation;
        this.kind = init.kind;
        this.status = init.status;
        this.code = init.code;
        this.incidentID =
            init.incidentID === undefined ? undefined : (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(init.incidentID);
        this.recoveryCLI =
            init.recoveryCLI === undefined ? undefined : (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(init.recoveryCLI);
        this.detail = detail;
        this.envelope =
            init.kind === 'http' &&
                (init.code !== undefined || init.incidentID !== undefined);
    }
}
function unverifiedKind(e) {
    if (e.kind === 'network' || e.kind === 'timeout')
        return 'transient';
    if (e.kind === 'unreadable')
        return 'not-ibm';
    const status = e.status ?? 0;
    if (status >= 500 || status === 429)
        return 'transient';
    if (!e.envelope)
        return 'not-ibm';
    if (status === 401 || status === 403)
        return 'access';
    if (status === 404)
        return 'not-found';
    return 'rejected';
}
/** An IBM error answer a check may read as a verdict about the key or a resource (not a proxy's page). */
function isIbmAnswer(e, ...statuses) {
    return isHttpError(e, ...statuses) && e.envelope;
}
/** An HTTP answer from IBM with one of these statuses (not a network failure, not an unreadable body). */
function isHttpError(e, ...statuses) {
    return (e instanceof ApiError &&
        e.kind === 'http' &&
        e.status !== undefined &&
        statuses.includes(e.status));
}
const MAX_DETAIL = 600;
function str(v) {
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
function clip(s) {
    return s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL)}…` : s;
}
/**
 * Read an error body in any of IBM's envelopes (IKS, IAM token, IAM Identity, VPC, SoftLayer, generic).
 * Never throws: a body it cannot read yields no fields.
 */
function readIbmError(body) {
    if (body === null || typeof body !== 'object' || Array.isArray(body))
        return {};
    const b = body;
    const first = Array.isArray(b['errors']) &&
        b['errors'][0] &&
        typeof b['errors'][0] === 'object'
        ? b['errors'][0]
        : undefined;
    const code = str(b['code']) ?? str(b['errorCode']) ?? str(first?.['code']);
    // IAM's token errors: IBM's CLI shows errorDetails before errorMessage; keep both, details first.
    const details = str(b['errorDetails']);
    const iamMessage = str(b['errorMessage']);
    const iam = details && iamMessage && details !== iamMessage
        ? `${details} (${iamMessage})`
        : (details ?? iamMessage);
    const context = b['context'] && typeof b['context'] === 'object'
        ? b['context']
        : undefined;
    const message = str(b['description']) ??
        iam ??
        str(first?.['message']) ??
        str(b['error']) ??
        str(b['message']);
    const incidentID = str(b['incidentID']) ??
        str(b['incidentId']) ??
        str(b['trace']) ??
        str(context?.['requestId']);
    const recoveryCLI = str(b['recoveryCLI']);
    return {
        code: code === undefined ? undefined : clip(code),
        message: message === undefined ? undefined : clip(message),
        incidentID: incidentID === undefined ? undefined : clip(incidentID),
        recoveryCLI: recoveryCLI === undefined ? undefined : clip(recoveryCLI)
    };
}
/** A short, safe description of a non-JSON body (HTML error pages, gzip garbage, empty). */
function describeRawBody(text, contentType) {
    if (text.trim() === '')
        return 'an empty body';
    if (/html/i.test(contentType ?? '') || /^\s*<(!doctype|html)/i.test(text)) {
        const title = /<title>([^<]{1,120})<\/title>/i.exec(text)?.[1]?.trim();
        return title ? `an HTML page ("${title}")` : 'an HTML page';
    }
    const type = contentType?.split(';')[0]?.trim();
    return `a body that is not JSON (${type ? `${type}, ` : ''}${text.length} bytes)`;
}
/** What happened to a request that got no usable answer, by the HTTP client's error code. */
function whatHappened(code, via) {
    const who = via ? 'the proxy' : 'the server';
    if (code === 'ECONNREFUSED')
        return `${who} refused the connection`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
        return `${who} closed the connection (reset)`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `the name ${via ? 'of the proxy ' : ''}was not found (DNS)`;
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT')
        return `${who} did not accept the connection in time`;
    if (code !== undefined &&
        /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_OSSL/.test(code))
        return `the TLS handshake failed (${code})`;
    if (via && code === 'UND_ERR_ABORTED')
        return 'the proxy did not open a tunnel to the server';
    return `no answer (${code ?? 'connection failed'})`;
}
/**
 * The one sentence for a request that got no usable answer: the host, the proxy used (if any) and what
 * happened, once. "no answer from iam.cloud.ibm.com through the proxy proxy.corp:3128 (HTTPS_PROXY): the
 * proxy refused the connection". The proxy is shown by host and port only: its URL may carry a password.
 */
function networkDetail(p) {
    let via;
    if (p.proxy) {
        try {
            via = new URL(p.proxy).host;
        }
        catch {
            via = 'the configured proxy';
        }
    }
    const path = `${p.host}${via ? ` through the proxy ${via} (HTTPS_PROXY/HTTP_PROXY)` : ''}`;
    if (p.timeoutMs !== undefined)
        return `no answer from ${path} within ${p.timeoutMs} ms`;
    // The parser's codes: something answered, but not in HTTP.
    if (p.code?.startsWith('HPE_'))
        return `${path} answered something that is not HTTP (${p.code})`;
    return `no answer from ${path}: ${whatHappened(p.code, via)}`;
}


/***/ })

};
;