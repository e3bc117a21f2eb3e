export const id = 598;
export const ids = [598];
export const modules = {

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: ./src/checks/catalogue.ts + 16 modules
var checks_catalogue = __webpack_require__(2130);
// EXTERNAL MODULE: ./src/checks/helpers.ts + 1 modules
var helpers = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/facts.ts + 7 modules
var src_facts = __webpack_require__(6262);
// EXTERNAL MODULE: ./src/ibm/errors.ts
var errors = __webpack_require__(4979);
;// CONCATENATED MODULE: ./src/engine.ts



// A check whose requests were all aborted by the deadline settles at once; this margin only
// catches a check stuck on something other than HTTP, so the run still ends.
const DEADLINE_GRACE_MS = 1500;
async function describe(e, facts, target) {
    if (e instanceof errors/* ApiError */.hD) {
        // A refused read names the policy command for the key's identity: the identity is memoised, so
        // asking costs nothing when the token exchange worked (and fails fast when it did not).
        const who = (0,errors/* unverifiedKind */.q6)(e) === 'access'
            ? await facts.identity().catch(() => undefined)
            : undefined;
        return (0,helpers/* couldNotVerify */.ke)(e, who, target);
    }
    if (e instanceof src_facts/* FactError */.n) {
        return {
            status: 'fail',
            summary: { id: 'common.input-problem', params: { message: e.message } },
            fix: [{ text: { id: 'common.input-problem.fix' } }]
        };
    }
    const message = e instanceof Error ? e.message : String(e);
    return {
        status: 'error',
        summary: { id: 'common.internal-error', params: { message } }
    };
}
/** Skips decided by the inputs alone: they need no fact and no prerequisite. */
function skippedByInputs(check, config) {
    const skipReason = config.skipChecks.get(check.id);
    if (skipReason !== undefined)
        return {
            status: 'skip',
            summary: { id: 'common.skipped-by-user', params: { reason: skipReason } }
        };
    if (check.operations && !check.operations.includes(config.operation)) {
        return {
            status: 'skip',
            summary: {
                id: 'common.not-for-operation',
                params: { operation: config.operation }
            }
        };
    }
    return undefined;
}
async function notForProvider(check, facts, target) {
    if (!check.providers)
        return undefined;
    const info = await facts.target(target);
    // IKS may name a provider this version does not know: the check does not apply to it either.
    if (check.providers.includes(info.provider))
        return undefined;
    return {
        status: 'skip',
        summary: {
            id: 'common.not-for-provider',
            params: { provider: info.provider, providers: check.providers.join(', ') }
        }
    };
}
async function runOne(check, config, facts, target, log) {
    try {
        const skip = await notForProvider(check, facts, target);
        if (skip)
            return [skip];
        const outcomes = await check.run({ config, facts, target });
        return outcomes.length > 0
            ? outcomes
            : [
                {
                    status: 'error',
                    summary: {
                        id: 'common.internal-error',
                        params: { message: 'the check returned no result' }
                    }
                }
            ];
    }
    catch (e) {
        if (!(e instanceof errors/* ApiError */.hD) &&
            !(e instanceof src_facts/* FactError */.n) &&
            e instanceof Error &&
            e.stack)
            log.debug(`${check.id} (${target}): ${e.stack}`);
        return [await describe(e, facts, target)];
    }
}
function settle(check, outcomes, root) {
    if (root !== undefined)
        return { outcomes, blocks: root };
    const failed = outcomes.some(o => o.status === 'fail' || o.status === 'error');
    return { outcomes, blocks: failed ? check.id : undefined };
}
/** Every job of the catalogue: one per account-scoped check, one per cluster for the others. */
function jobsOf(catalogue, config) {
    const jobs = [];
    for (const check of catalogue) {
        if (check.scope === 'account')
            jobs.push({ check, target: 'account' });
        else
            for (const target of config.clusters)
                jobs.push({ check, target });
    }
    return jobs;
}
/**
 * Run every applicable check for every target concurrently. Facts are shared and memoised, so
 * concurrency here costs no duplicate requests. A check whose prerequisite (Check.requires, same
 * target or the account) failed or could not be verified is "not checked: needs <root cause>": its
 * own result would only echo that cause. It still runs alongside its prerequisites (checks are
 * pure reads), so dependencies cost no wall time; only the verdict waits for them. `jobs` limits the
 * run to some checks (a re-check after remediation); their prerequisites then count as met.
 * Never throws; returns findings in job order.
 */
async function runChecks(catalogue, config, facts, deadline, log, jobs = jobsOf(catalogue, config)) {
    const timedOut = new Promise(resolve => {
        const fire = () => void setTimeout(() => resolve([
            {
                status: 'error',
                summary: {
                    id: 'common.timed-out',
                    params: { seconds: config.timeoutSeconds }
                }
            }
        ]), DEADLINE_GRACE_MS).unref();
        if (deadline.expired)
            fire();
        else
            deadline.signal.addEventListener('abort', fire, { once: true });
    });
    const byKey = new Map();
    const key = (id, target) => `${id}\u0000${target}`;
    const settled = jobs.map(({ check, target }) => {
        const result = (async () => {
            const early = skippedByInputs(check, config);
            if (early)
                return { outcomes: [early] };
            const own = Promise.race([
                runOne(check, config, facts, target, log),
                timedOut
            ]);
            const prerequisites = check.requires.flatMap(id => {
                const p = byKey.get(key(id, target)) ?? byKey.get(key(id, 'account'));
                return p ? [p] : [];
            });
            const [outcomes, pre] = await Promise.all([
                own,
                Promise.all(prerequisites)
            ]);
            const root = pre.find(p => p.blocks !== undefined)?.blocks;
            if (root === undefined)
                return settle(check, outcomes);
            return settle(check, [
                { status: 'skip', summary: { id: 'common.needs', params: { check: root } } }
            ], root);
        })();
        byKey.set(key(check.id, target), result);
        return result;
    });
    const results = await Promise.all(settled);
    return jobs.flatMap(({ check, target }, i) => results[i].outcomes.map(o => ({ ...o, check: check.id, target })));
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/ibm/deadline.ts

/** The run's time budget: one AbortSignal that every request and wait shares. */
class Deadline {
    ms;
    controller = new AbortController();
    timer;
    endsAt;
    constructor(ms) {
        this.ms = ms;
        this.endsAt = Date.now() + ms;
        // Every in-flight request listens on this signal; hundreds at once are expected, not a leak.
        (0,external_node_events_.setMaxListeners)(0, this.controller.signal);
        this.timer = setTimeout(() => this.controller.abort(new Error('time budget exhausted')), ms);
        this.timer.unref();
    }
    get signal() {
        return this.controller.signal;
    }
    get expired() {
        return this.controller.signal.aborted;
    }
    remaining() {
        return Math.max(0, this.endsAt - Date.now());
    }
    /** Sleep, but never past the deadline; resolves false when the deadline ended the wait. */
    sleep(ms) {
        if (this.expired)
            return Promise.resolve(false);
        return new Promise(resolve => {
            const onAbort = () => {
                clearTimeout(t);
                resolve(false);
            };
            const t = setTimeout(() => {
                this.signal.removeEventListener('abort', onAbort);
                resolve(true);
            }, Math.min(ms, this.remaining()));
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
    }
    dispose() {
        clearTimeout(this.timer);
    }
}

;// CONCATENATED MODULE: ./src/ibm/endpoints.ts
const trim = (u) => u.trim().replace(/\/+$/, '');
function resolveEndpoints(env, visibility, region) {
    const pick = (name, publicUrl, privateUrl) => {
        const v = env[name];
        return v !== undefined && v.trim() !== ''
            ? trim(v)
            : visibility === 'private'
                ? privateUrl
                : publicUrl;
    };
    const vpcOverride = env['IBMCLOUD_IS_NG_API_ENDPOINT'];
    return {
        iam: pick('IBMCLOUD_IAM_API_ENDPOINT', 'https://iam.cloud.ibm.com', 'https://private.iam.cloud.ibm.com'),
        containers: pick('IBMCLOUD_CS_API_ENDPOINT', 'https://containers.cloud.ibm.com/global', `https://private.${region ?? 'us-south'}.containers.cloud.ibm.com/global`),
        accounts: pick('IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT', 'https://accounts.cloud.ibm.com', 'https://private.accounts.cloud.ibm.com'),
        resourceManager: pick('IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT', 'https://resource-controller.cloud.ibm.com', 'https://private.resource-controller.cloud.ibm.com'),
        classic: pick('IAAS_CLASSIC_ENDPOINT_URL', 'https://api.softlayer.com/rest/v3.1', 'https://api.service.softlayer.com/rest/v3.1'),
        // When the override is set it is used for every region (as the Terraform provider does).
        vpc: (r) => vpcOverride !== undefined && vpcOverride.trim() !== ''
            ? trim(vpcOverride)
            : visibility === 'private'
                ? `https://${r}.private.iaas.cloud.ibm.com/v1`
                : `https://${r}.iaas.cloud.ibm.com/v1`
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/axios/lib/axios.js + 64 modules
var axios = __webpack_require__(107);
// EXTERNAL MODULE: ./node_modules/http-proxy-agent/dist/index.js
var dist = __webpack_require__(8947);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js + 1 modules
var https_proxy_agent_dist = __webpack_require__(1566);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./node_modules/proxy-from-env/index.js
var proxy_from_env = __webpack_require__(8182);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/ibm/http.ts









const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const BACKOFF_CAP_MS = 8000;
/** Retry-After in seconds or as an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Full jitter: a random wait between 0 and min(cap, base * 2^attempt). */
function backoffMs(attempt, baseMs, random = Math.random) {
    return Math.floor(random() * Math.min(BACKOFF_CAP_MS, baseMs * 2 ** attempt));
}
/** Agents per proxy URL: axios does not tunnel HTTPS through an HTTP proxy itself, so we hand it agents. */
class ProxyAgents {
    cache = new Map();
    direct = {
        http: new (external_node_http_default()).Agent({ keepAlive: true }),
        https: new (external_node_https_default()).Agent({ keepAlive: true })
    };
    for(url) {
        const proxy = (0,proxy_from_env/* getProxyForUrl */.T)(url);
        if (proxy === '')
            return { httpAgent: this.direct.http, httpsAgent: this.direct.https };
        const key = proxy;
        let agent = this.cache.get(key);
        if (agent === undefined) {
            agent = url.startsWith('https:')
                ? new https_proxy_agent_dist/* HttpsProxyAgent */.b(proxy, { keepAlive: true })
                : new dist/* HttpProxyAgent */.s(proxy, { keepAlive: true });
            this.cache.set(key, agent);
        }
        return { httpAgent: agent, httpsAgent: agent };
    }
    destroy() {
        this.direct.http.destroy();
        this.direct.https.destroy();
        for (const a of this.cache.values())
            a.destroy();
    }
}
/**
 * The one HTTP layer under every IBM client: concurrency cap, per-attempt timeout inside the run's
 * deadline, retries of idempotent requests with full-jitter backoff and Retry-After, and errors
 * normalised to ApiError. It never logs request config, headers or bodies.
 */
class HttpClient {
    opts;
    records = [];
    axios;
    limit;
    agents = new ProxyAgents();
    constructor(opts) {
        this.opts = opts;
        this.limit = (0,p_limit/* default */.A)(opts.maxConcurrency);
        this.axios = axios/* default */.A.create({
            proxy: false,
            responseType: 'text',
            transformResponse: [(data) => data],
            validateStatus: () => true,
            maxRedirects: 0,
            maxContentLength: MAX_BODY_BYTES,
            decompress: true,
            headers: { 'User-Agent': opts.userAgent ?? 'iks-preflight' }
        });
    }
    /** The run's time budget, for callers that wait between requests (remediation polling). */
    get deadline() {
        return this.opts.deadline;
    }
    get requestCount() {
        return this.records.length;
    }
    close() {
        this.agents.destroy();
    }
    async request(spec) {
        const { deadline } = this.opts;
        const idempotent = spec.idempotent ?? spec.method === 'GET';
        const maxAttempts = idempotent ? (this.opts.maxAttempts ?? 4) : 1;
        let lastError;
        for (let attempt = 1; attempt <= maxAttempts; attempt++) {
            if (deadline.expired)
                break;
            const outcome = await this.limit(() => this.attempt(spec, attempt));
            if (!(outcome instanceof errors/* ApiError */.hD)) {
                if (outcome.status >= 200 && outcome.status < 300)
                    return outcome;
                if (spec.okStatuses?.includes(outcome.status))
                    return outcome;
                lastError = this.httpError(spec, outcome);
                if (!RETRYABLE_STATUS.has(outcome.status))
                    throw lastError;
                const wait = retryAfterMs(outcome.headers['retry-after']) ??
                    backoffMs(attempt, this.opts.backoffBaseMs ?? 250);
                if (attempt === maxAttempts)
                    break;
                if (wait >= deadline.remaining()) {
                    this.opts.debug?.(`${spec.service} ${spec.operation}: retry wait ${wait} ms exceeds the remaining time budget; giving up`);
                    break;
                }
                this.opts.debug?.(`${spec.service} ${spec.operation}: HTTP ${outcome.status}, retry ${attempt}/${maxAttempts - 1} in ${wait} ms`);
                if (!(await deadline.sleep(wait)))
                    break;
                continue;
            }
            lastError = outcome;
            if (outcome.kind === 'timeout' && deadline.expired)
                break;
            if (attempt === maxAttempts)
                break;
            const wait = backoffMs(attempt, this.opts.backoffBaseMs ?? 250);
            this.opts.debug?.(`${spec.service} ${spec.operation}: ${outcome.detail}, retry ${attempt}/${maxAttempts - 1} in ${wait} ms`);
            if (!(await deadline.sleep(wait)))
                break;
        }
        if (deadline.expired) {
            // Never sent: name the calls that used the budget up, so the report blames the slow service, not this one.
            const detail = lastError
                ? `no answer within the run's time budget (timeout-seconds); last: ${lastError.detail}`
                : `not sent: the run's time budget (timeout-seconds) ran out${this.timedOutCalls()}`;
            throw new errors/* ApiError */.hD({
                service: spec.service,
                operation: spec.operation,
                kind: 'timeout',
                detail,
                status: lastError?.status,
                code: lastError?.code,
                incidentID: lastError?.incidentID
            });
        }
        throw (lastError ??
            new errors/* ApiError */.hD({
                service: spec.service,
                operation: spec.operation,
                kind: 'network',
                detail: 'no attempt was made'
            }));
    }
    /** " waiting for <service> (<operation>), …" for the attempts the deadline cut off; empty when none. */
    timedOutCalls() {
        const calls = [
            ...new Set(this.records
                .filter(r => r.status === 'timeout')
                .map(r => `${errors/* SERVICE_NAMES */.Z1[r.service]} (${r.operation})`))
        ];
        return calls.length === 0
            ? ''
            : ` waiting for ${calls.slice(0, 3).join(', ')}${calls.length > 3 ? ` and ${calls.length - 3} more` : ''}`;
    }
    /** One attempt: an HttpResponse (any status) or an ApiError for no/unreadable answer. */
    async attempt(spec, attempt) {
        const { deadline } = this.opts;
        const started = Date.now();
        const perAttempt = Math.min(this.opts.attemptTimeoutMs ?? 30_000, deadline.remaining());
        const signal = AbortSignal.any([
            deadline.signal,
            AbortSignal.timeout(Math.max(1, perAttempt))
        ]);
        const headers = { Accept: 'application/json' };
        for (const [k, v] of Object.entries(spec.headers ?? {}))
            if (v !== undefined)
                headers[k] = v;
        let data;
        if (spec.form) {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            data = new URLSearchParams(spec.form).toString();
        }
        else if (spec.json !== undefined) {
            headers['Content-Type'] = 'application/json';
            data = JSON.stringify(spec.json);
        }
        const params = {};
        for (const [k, v] of Object.entries(spec.query ?? {}))
            if (v !== undefined)
                params[k] = String(v);
        const record = (status) => {
            this.records.push({
                service: spec.service,
                operation: spec.operation,
                method: spec.method,
                status,
                ms: Date.now() - started,
                attempt
            });
        };
        try {
            const res = await this.axios.request({
                method: spec.method,
                url: spec.url,
                params,
                headers,
                data,
                signal,
                ...this.agents.for(spec.url)
            });
            record(res.status);
            const resHeaders = {};
            for (const [k, v] of Object.entries(res.headers ?? {}))
                if (typeof v === 'string')
                    resHeaders[k.toLowerCase()] = v;
                else if (typeof v === 'number')
                    resHeaders[k.toLowerCase()] = String(v);
            const text = typeof res.data === 'string' ? res.data : '';
            if (text.trim() === '')
                return { status: res.status, headers: resHeaders, body: undefined };
            try {
                return {
                    status: res.status,
                    headers: resHeaders,
                    body: JSON.parse(text)
                };
            }
            catch {
                if (res.status >= 200 && res.status < 300) {
                    return new errors/* ApiError */.hD({
                        service: spec.service,
                        operation: spec.operation,
                        kind: 'unreadable',
                        status: res.status,
                        detail: `answered ${(0,errors/* describeRawBody */.s_)(text, resHeaders['content-type'])} where JSON was expected`
                    });
                }
                // An error status with a non-JSON body (HTML error page, gzip garbage): keep the status, describe the body.
                return {
                    status: res.status,
                    headers: resHeaders,
                    body: {
                        description: `answered ${(0,errors/* describeRawBody */.s_)(text, resHeaders['content-type'])}`
                    }
                };
            }
        }
        catch (e) {
            const timedOut = signal.aborted;
            record(timedOut ? 'timeout' : 'network');
            // Never surface the HTTP client's error object: it carries the request config and headers.
            const codeOf = e.code;
            const code = typeof codeOf === 'string' && /^[A-Z_]{3,40}$/.test(codeOf)
                ? codeOf
                : undefined;
            if (timedOut) {
                return new errors/* ApiError */.hD({
                    service: spec.service,
                    operation: spec.operation,
                    kind: 'timeout',
                    detail: deadline.expired
                        ? "no answer within the run's time budget (timeout-seconds)"
                        : `no answer within ${perAttempt} ms`
                });
            }
            if (code === 'ERR_FR_MAX_BODY_LENGTH_EXCEEDED' ||
                code === 'ERR_BAD_RESPONSE') {
                return new errors/* ApiError */.hD({
                    service: spec.service,
                    operation: spec.operation,
                    kind: 'unreadable',
                    detail: 'the answer could not be read'
                });
            }
            return new errors/* ApiError */.hD({
                service: spec.service,
                operation: spec.operation,
                kind: 'network',
                detail: `no answer (${code ?? 'connection failed'})`
            });
        }
    }
    httpError(spec, res) {
        const fields = (0,errors/* readIbmError */.lq)(res.body);
        return new errors/* ApiError */.hD({
            service: spec.service,
            operation: spec.operation,
            kind: 'http',
            status: res.status,
            code: fields.code,
            incidentID: fields.incidentID,
            recoveryCLI: fields.recoveryCLI,
            detail: (0,secrets/* redact */.E$)(fields.message ?? `HTTP ${res.status}`)
        });
    }
}

// EXTERNAL MODULE: ./src/messages/index.ts + 14 modules
var messages = __webpack_require__(8035);
// EXTERNAL MODULE: ./src/commands/ibmcloud.ts
var ibmcloud = __webpack_require__(9639);
// EXTERNAL MODULE: ./src/facts/vpe.ts
var vpe = __webpack_require__(3570);
;// CONCATENATED MODULE: ./src/remediate/vpe.ts



/** Kept free of the wait so the last poll, and the report, still fit in timeout-seconds. */
const RESERVE_MS = 3000;
const MIN_POLL_MS = 250;
const MAX_POLL_MS = 5000;
/** The steady poll interval: about 20 polls per wait, 0.25–5 s apart (quick on the emulator, gentle on IBM). */
const pollIntervalMs = (waitMs) => Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Math.round(waitMs / 20)));
/** Poll n (0-based) waits 0.25 s, 0.5 s, 1 s… up to the steady interval: a quick re-creation is seen quickly. */
const pollDelayMs = (n, waitMs) => Math.min(pollIntervalMs(waitMs), MIN_POLL_MS * 2 ** Math.min(n, 10));
const secondsSince = (t0) => Math.round((Date.now() - t0) / 100) / 10;
/**
 * The one write of the product (only with `remediate: vpe`, only for a missing gateway): refresh the
 * master, which re-creates iks-<cluster ID>, then poll for it, bypassing memoised facts, until it
 * exists or the wait ends. A refused refresh throws the ApiError for the caller to report.
 */
async function refreshAndWaitForGateway(facts, t) {
    const clusterId = t.id ?? t.ref;
    await facts.containers.refreshMaster(await facts.accessToken(), clusterId);
    const t0 = Date.now();
    const requestedAt = new Date(t0).toISOString();
    const deadline = facts.http.deadline;
    const wanted = facts.config.remediateWaitSeconds * 1000;
    const allowed = Math.max(0, deadline.remaining() - RESERVE_MS);
    const waitMs = Math.min(wanted, allowed);
    const base = {
        requestedAt,
        waitSeconds: Math.round(waitMs / 1000),
        limitedBy: allowed < wanted ? 'timeout-seconds' : 'remediate-wait-seconds'
    };
    let polls = 0;
    do {
        const remaining = waitMs - (Date.now() - t0);
        if (!(await deadline.sleep(Math.max(0, Math.min(pollDelayMs(polls, waitMs), remaining)))))
            break;
        polls++;
        // A poll that fails (after the HTTP layer's retries) must not hide that a refresh was made: keep polling.
        const gateway = await (0,vpe/* findClusterGateway */.cM)(facts, t, [`iks-${clusterId}`], true).catch((e) => {
            if (e instanceof errors/* ApiError */.hD)
                return undefined;
            throw e;
        });
        if (gateway)
            return { ...base, gateway, elapsedSeconds: secondsSince(t0), polls };
    } while (Date.now() - t0 < waitMs);
    return { ...base, elapsedSeconds: secondsSince(t0), polls };
}
const SUPPORT_URL = 'https://cloud.ibm.com/unifiedsupport/cases/add';
const clusterIdOf = (t) => t.id ?? t.ref;
/** What the refresh did, as the commands a person would type (so re-checked findings do not repeat it). */
const doneCommands = (t) => [
    ibmcloud/* cmd */.HW.masterRefresh(clusterIdOf(t))
];
const showGateway = (t) => [
    ibmcloud/* cmd */.HW.targetRegion(t.region),
    ibmcloud/* cmd */.HW.endpointGateway(`iks-${clusterIdOf(t)}`)
];
/**
 * Refresh and wait, then say what happened in vpe-gateway's words. `before` is the check's "missing"
 * finding: the refused and unhealed outcomes keep its why and details. When the gateway appeared,
 * the caller re-checks on fresh facts and shows `statement` (before → after) above the new findings.
 */
async function remediateVpe(facts, t, before) {
    const name = `iks-${clusterIdOf(t)}`;
    const refresh = [
        { text: { id: 'vpe-gateway.fix.refresh' }, commands: doneCommands(t) },
        { text: { id: 'vpe-gateway.fix.recheck' }, commands: showGateway(t) }
    ];
    const { remedy: _remedy, check: _check, target: _target, ...base } = before;
    let r;
    try {
        r = await refreshAndWaitForGateway(facts, t);
    }
    catch (e) {
        if (!(e instanceof errors/* ApiError */.hD))
            throw e;
        return {
            kind: 'final',
            outcome: {
                ...base,
                status: 'fail',
                summary: {
                    id: 'vpe-gateway.remediate-refused',
                    params: {
                        name,
                        status: e.status === undefined ? '' : String(e.status),
                        code: e.code ?? '',
                        message: e.detail
                    }
                },
                fix: [{ text: { id: 'vpe-gateway.fix.operator' } }, ...refresh],
                ibm: {
                    service: e.service,
                    status: e.status,
                    code: e.code,
                    incidentID: e.incidentID,
                    recoveryCLI: e.recoveryCLI
                }
            }
        };
    }
    const at = { name, at: r.requestedAt, seconds: r.elapsedSeconds };
    if (!r.gateway)
        return {
            kind: 'final',
            outcome: {
                ...base,
                status: 'fail',
                summary: {
                    id: 'vpe-gateway.remediate-timeout',
                    params: { ...at, wait: r.waitSeconds, limit: r.limitedBy }
                },
                // The refresh is done: what is left is waiting, then support.
                fix: [
                    { text: { id: 'vpe-gateway.fix.wait-longer' }, commands: showGateway(t) },
                    {
                        text: {
                            id: 'vpe-gateway.fix.support-missing',
                            params: { url: SUPPORT_URL, cluster: clusterIdOf(t) }
                        }
                    }
                ]
            }
        };
    const gw = r.gateway;
    return {
        kind: 'appeared',
        statement: {
            status: 'warn',
            summary: {
                id: 'vpe-gateway.remediated',
                params: {
                    ...at,
                    gateway: `${gw.name} (${gw.id})`,
                    state: gw.lifecycleState,
                    health: gw.healthState
                }
            },
            why: { id: 'vpe-gateway.remediated.why' }
        }
    };
}

;// CONCATENATED MODULE: ./src/remediate/index.ts

/** The checks a master refresh can change the verdict of. */
const VPE_AFFECTS = ['vpe-gateway', 'worker-endpoints'];
/** The facts a master refresh can change: the cluster, its workers, its gateways. */
const VPE_STALE = [
    'cluster:',
    'clusters:',
    'target:',
    'workers:',
    'endpoint-gateways:'
];
const group = (f) => `${f.check}\u0000${f.target}`;
/** A step whose every command was already run by the remediation is not advice any more. */
function withoutDone(fix, done) {
    return fix?.filter(s => !(s.commands && s.commands.length > 0) ||
        !s.commands.every(c => done.includes(c)));
}
async function remediate_vpe(step, before) {
    const { facts, recheck } = step;
    const t = await facts.target(before.target);
    const r = await remediateVpe(facts, t, before);
    const at = { check: before.check, target: before.target };
    if (r.kind === 'final')
        return [{ ...r.outcome, ...at }];
    const done = doneCommands(t);
    const after = await recheck(facts.refreshed(VPE_STALE), VPE_AFFECTS, before.target);
    const was = new Map(step.findings.map(f => [group(f), f]));
    const rechecked = after
        // The gateway's own pass would only repeat the statement above it.
        .filter(f => !(f.check === before.check && f.status === 'pass'))
        .map(f => {
        const prior = was.get(group(f));
        const changed = prior !== undefined && prior.check !== before.check
            ? prior.status !== f.status
            : false;
        return {
            ...f,
            fix: withoutDone(f.fix, done),
            details: changed
                ? [
                    {
                        id: 'common.remediation.before',
                        params: { status: prior.status, summary: prior.summary }
                    },
                    ...(f.details ?? [])
                ]
                : f.details
        };
    });
    return [{ ...r.statement, ...at }, ...rechecked];
}
/** Apply what the user opted into; findings of untouched checks pass through as they are. */
async function remediate(step) {
    if (step.config.remediate !== 'vpe')
        return [...step.findings];
    const todo = new Map();
    for (const f of step.findings)
        if (f.remedy === 'vpe' && !todo.has(f.target))
            todo.set(f.target, f);
    if (todo.size === 0)
        return [...step.findings];
    const results = await Promise.all([...todo.values()].map(f => remediate_vpe(step, f).catch((e) => [
        {
            ...f,
            status: 'error',
            summary: {
                id: 'common.internal-error',
                params: { message: e instanceof Error ? e.message : String(e) }
            }
        }
    ])));
    // Each target's new findings replace that target's findings of the same checks, in place.
    const replaced = new Map();
    for (const found of results)
        for (const f of found) {
            const list = replaced.get(group(f)) ?? [];
            list.push(f);
            replaced.set(group(f), list);
        }
    const out = [];
    const emitted = new Set();
    for (const f of step.findings) {
        const g = group(f);
        const instead = replaced.get(g);
        if (instead === undefined)
            out.push(f);
        else if (!emitted.has(g)) {
            emitted.add(g);
            out.push(...instead);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/model.ts + 1 modules
var model = __webpack_require__(6843);
// EXTERNAL MODULE: ./src/report/reference.ts
var reference = __webpack_require__(3779);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run.ts












/**
 * Who the key is and where each cluster lives, for the report. After the deadline nothing new is
 * asked: what did arrive (the token's claims, a cluster read) is still reported.
 */
async function learnt(facts, config, deadline) {
    const identity = deadline.expired
        ? await facts.settled('identity')
        : await facts.identity().catch(() => undefined);
    const fallback = identity ??
        (await facts.settled('token').then(token => {
            if (token === undefined)
                return undefined;
            const c = token.claims;
            return {
                accountId: c.accountId,
                iamId: c.iamId,
                kind: (0,src_facts/* identityKind */.HR)(c.iamId),
                name: c.name,
                email: c.email
            };
        }));
    const targets = await Promise.all(config.clusters.map(async (ref) => deadline.expired
        ? ((await facts.settled(`target:${ref}`)) ?? { ref })
        : await facts.target(ref).catch(() => ({ ref }))));
    return { identity: fallback, targets };
}
/** inputs → facts from IBM → findings → one report. The output channels are the callers' business. */
async function runPreflight(config, opts) {
    (0,secrets/* registerSecret */.cl)(config.apiKey);
    const catalogue = opts.catalogue ?? checks_catalogue/* CATALOGUE */.y;
    const started = new Date();
    const deadline = new Deadline(config.timeoutSeconds * 1000);
    const http = new HttpClient({
        deadline,
        maxConcurrency: config.maxConcurrency,
        userAgent: `${version/* TOOL_NAME */.lH}/${version/* VERSION */.xv}`,
        debug: opts.log.debug,
        backoffBaseMs: opts.backoffBaseMs
    });
    try {
        const facts = new src_facts/* Facts */.At(config, resolveEndpoints(opts.env, config.visibility, config.region), http);
        const checked = await runChecks(catalogue, config, facts, deadline, opts.log);
        // Writes (opt-in) come after every read, then the checks they affect run again on fresh facts.
        const findings = await remediate({
            config,
            facts,
            findings: checked,
            recheck: (fresh, ids, target) => runChecks(catalogue, config, fresh, deadline, opts.log, catalogue
                .filter(c => ids.includes(c.id))
                .map(check => ({ check, target })))
        });
        const { identity, targets } = await learnt(facts, config, deadline);
        return (0,model/* buildReport */.FK)({
            config,
            catalogue,
            findings,
            identity,
            targets,
            startedAt: started,
            durationMs: Date.now() - started.getTime(),
            requests: http.records,
            language: opts.language ?? (0,messages/* supportedLanguage */.UA)(config.language),
            pageOf: (0,reference/* checkPages */.t)(opts.env, catalogue.map(c => c.id))
        });
    }
    finally {
        deadline.dispose();
        http.close();
    }
}


/***/ })

};
