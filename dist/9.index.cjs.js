"use strict";
exports.id = 9;
exports.ids = [9,979];
exports.modules = {

/***/ 7856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Deadline)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);

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
        (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, this.controller.signal);
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


/***/ }),

/***/ 8291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: backoffMs, hostAndPath, retryAfterMs

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: ./node_modules/proxy-from-env/index.js


var DEFAULT_PORTS = {
  ftp: 21,
  gopher: 70,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
};

function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}

/**
 * @param {string|object|URL} url - The URL as a string or URL instance, or a
 *   compatible object (such as the result from legacy url.parse).
 * @return {string} The URL of the proxy that should handle the request to the
 *  given URL. If no proxy is set, this will be an empty string.
 */
function getProxyForUrl(url) {
  var parsedUrl = (typeof url === 'string' ? parseUrl(url) : url) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== 'string' || !hostname || typeof proto !== 'string') {
    return '';  // Don't proxy URLs without a valid scheme or host.
  }

  proto = proto.split(':', 1)[0];
  // Stripping ports in this way instead of using parsedUrl.hostname to make
  // sure that the brackets around IPv6 addresses are kept.
  hostname = hostname.replace(/:\d*$/, '');
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return '';  // Don't proxy URLs that match NO_PROXY.
  }

  var proxy = getEnv(proto + '_proxy') || getEnv('all_proxy');
  if (proxy && proxy.indexOf('://') === -1) {
    // Missing scheme in proxy, default to the requested URL's scheme.
    proxy = proto + '://' + proxy;
  }
  return proxy;
}

/**
 * Determines whether a given URL should be proxied.
 *
 * @param {string} hostname - The host name of the URL.
 * @param {number} port - The effective port of the URL.
 * @returns {boolean} Whether the given URL should be proxied.
 * @private
 */
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv('no_proxy').toLowerCase();
  if (!NO_PROXY) {
    return true;  // Always proxy if NO_PROXY is not set.
  }
  if (NO_PROXY === '*') {
    return false;  // Never proxy if wildcard is set.
  }

  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;  // Skip zero-length hosts.
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;  // Skip if ports don't match.
    }

    if (!/^[.*]/.test(parsedProxyHostname)) {
      // No wildcards, so stop proxying if there is an exact match.
      return hostname !== parsedProxyHostname;
    }

    if (parsedProxyHostname.charAt(0) === '*') {
      // Remove leading wildcard.
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    // Stop proxying if the hostname ends with the no_proxy host.
    return !hostname.endsWith(parsedProxyHostname);
  });
}

/**
 * Get the value for an environment variable.
 *
 * @param {string} key - The name of the environment variable.
 * @return {string} The value of the environment variable.
 * @private
 */
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || '';
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/ibm/errors.ts
var errors = __webpack_require__(4979);
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
/** "host/path" of a URL, without scheme, credentials or query. */
function hostAndPath(url) {
    try {
        const u = new URL(url);
        return `${u.host}${u.pathname}`;
    }
    catch {
        return '(unparsable URL)';
    }
}
/** Full jitter: a random wait between 0 and min(cap, base * 2^attempt). */
function backoffMs(attempt, baseMs, random = Math.random) {
    return Math.floor(random() * Math.min(BACKOFF_CAP_MS, baseMs * 2 ** attempt));
}
/** The proxy a request to `url` goes through, as the environment names it; undefined when direct. */
function proxyOf(url) {
    return getProxyForUrl(url.href) || undefined;
}
/**
 * undici's dispatchers: one keep-alive pool for direct connections and one ProxyAgent per proxy URL
 * for HTTPS (a CONNECT tunnel). Plain-HTTP endpoints go to the proxy in absolute form, as HTTP proxies
 * expect (undici 6's ProxyAgent would tunnel them too). proxy-from-env decides, as curl does; NO_PROXY
 * and the proxy variables match scheme, host and port only, so each origin is routed once.
 */
class Dispatchers {
    tunnels = new Map();
    direct = new undici.Agent({ maxResponseSize: MAX_BODY_BYTES });
    routes = new Map();
    /** The dispatch options of one request: route of its origin, and its target. */
    for(url) {
        let route = this.routes.get(url.origin);
        if (route === undefined) {
            route = this.routeOf(url);
            this.routes.set(url.origin, route);
        }
        const { absolute, ...rest } = route;
        return { ...rest, path: absolute ? url.href : `${url.pathname}${url.search}` };
    }
    routeOf(url) {
        const proxy = getProxyForUrl(url.href);
        if (proxy === '')
            return {
                dispatcher: this.direct,
                origin: url.origin,
                headers: {},
                absolute: false
            };
        if (url.protocol === 'http:') {
            const p = new URL(proxy);
            const headers = { host: url.host };
            if (p.username !== '' || p.password !== '')
                headers['proxy-authorization'] =
                    `Basic ${Buffer.from(`${decodeURIComponent(p.username)}:${decodeURIComponent(p.password)}`).toString('base64')}`;
            return {
                dispatcher: this.direct,
                origin: p.origin,
                headers,
                absolute: true
            };
        }
        let agent = this.tunnels.get(proxy);
        if (agent === undefined) {
            agent = new undici.ProxyAgent({ uri: proxy, maxResponseSize: MAX_BODY_BYTES });
            this.tunnels.set(proxy, agent);
        }
        return { dispatcher: agent, origin: url.origin, headers: {}, absolute: false };
    }
    destroy() {
        void this.direct.destroy().catch(() => undefined);
        for (const a of this.tunnels.values())
            void a.destroy().catch(() => undefined);
    }
}
/** Bytes of a body in the encoding the server named; undefined when it is one we do not read. */
function decode(raw, encoding) {
    const opts = { maxOutputLength: MAX_BODY_BYTES };
    switch ((encoding ?? 'identity').trim().toLowerCase()) {
        case 'identity':
        case '':
            return raw;
        case 'gzip':
        case 'x-gzip':
            return external_node_zlib_default().gunzipSync(raw, opts);
        case 'deflate':
            return external_node_zlib_default().inflateSync(raw, opts);
        case 'br':
            return external_node_zlib_default().brotliDecompressSync(raw, opts);
        default:
            return undefined;
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
    limit;
    dispatchers = new Dispatchers();
    constructor(opts) {
        this.opts = opts;
        this.limit = pLimit(opts.maxConcurrency);
    }
    /** The run's time budget, for callers that wait between requests (remediation polling). */
    get deadline() {
        return this.opts.deadline;
    }
    get requestCount() {
        return this.records.length;
    }
    close() {
        this.dispatchers.destroy();
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
            if (!(outcome instanceof errors.ApiError)) {
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
            // The last attempt's own words when they already say the budget ran out: said once, not twice.
            const detail = lastError
                ? lastError.kind === 'timeout' && /time budget/.test(lastError.detail)
                    ? lastError.detail
                    : `the run's time budget (timeout-seconds) ran out; the last attempt: ${lastError.detail}`
                : `not sent: the run's time budget (timeout-seconds) ran out${this.timedOutCalls()}`;
            throw new errors.ApiError({
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
            new errors.ApiError({
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
        const headers = {
            Accept: 'application/json',
            'User-Agent': this.opts.userAgent ?? 'iks-preflight'
        };
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
        const url = new URL(spec.url);
        for (const [k, v] of Object.entries(spec.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        const record = (status) => {
            const ms = Date.now() - started;
            this.records.push({
                service: spec.service,
                operation: spec.operation,
                method: spec.method,
                status,
                ms,
                attempt
            });
            // Method, host, path, status, time, attempt: never the query (it can carry account data), headers or body.
            this.opts.debug?.(`request ${spec.method} ${hostAndPath(spec.url)} -> ${typeof status === 'number' ? `HTTP ${status}` : status} in ${ms} ms${attempt > 1 ? ` (retry ${attempt - 1})` : ''}`);
        };
        try {
            // No redirects (undici's request never follows them), no Accept-Encoding asked for; the body is capped.
            const route = this.dispatchers.for(url);
            const res = await route.dispatcher.request({
                origin: route.origin,
                path: route.path,
                method: spec.method,
                headers: { ...headers, ...route.headers },
                body: data,
                signal
            });
            const raw = Buffer.from(await res.body.arrayBuffer());
            const status = res.statusCode;
            record(status);
            const resHeaders = {};
            for (const [k, v] of Object.entries(res.headers))
                if (typeof v === 'string')
                    resHeaders[k.toLowerCase()] = v;
                else if (Array.isArray(v))
                    resHeaders[k.toLowerCase()] = v.join(', ');
            let bytes;
            try {
                bytes = decode(raw, resHeaders['content-encoding']);
            }
            catch {
                bytes = undefined;
            }
            if (bytes === undefined)
                return new errors.ApiError({
                    service: spec.service,
                    operation: spec.operation,
                    kind: 'unreadable',
                    status,
                    detail: 'the answer could not be read'
                });
            // A UTF-8 byte-order mark is not part of the JSON (some proxies and gateways add one).
            const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
            if (text.trim() === '')
                return { status, headers: resHeaders, body: undefined };
            try {
                return {
                    status,
                    headers: resHeaders,
                    body: JSON.parse(text)
                };
            }
            catch {
                if (status >= 200 && status < 300) {
                    return new errors.ApiError({
                        service: spec.service,
                        operation: spec.operation,
                        kind: 'unreadable',
                        status,
                        detail: `${(0,errors/* describeRawBody */.s_)(text, resHeaders['content-type'])} from ${url.host} where JSON was expected`
                    });
                }
                // An error status with a non-JSON body (HTML error page, gzip garbage): keep the status, describe the body.
                return {
                    status,
                    headers: resHeaders,
                    body: {
                        description: (0,errors/* describeRawBody */.s_)(text, resHeaders['content-type'])
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
                return new errors.ApiError({
                    service: spec.service,
                    operation: spec.operation,
                    kind: 'timeout',
                    detail: deadline.expired
                        ? `no answer from ${url.host} within the run's time budget (timeout-seconds)`
                        : (0,errors/* networkDetail */.c$)({
                            host: url.host,
                            proxy: proxyOf(url),
                            timeoutMs: perAttempt
                        })
                });
            }
            // Over the size cap, or a body shorter than its Content-Length: an answer we could not read.
            if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE' ||
                code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') {
                return new errors.ApiError({
                    service: spec.service,
                    operation: spec.operation,
                    kind: 'unreadable',
                    detail: 'the answer could not be read'
                });
            }
            return new errors.ApiError({
                service: spec.service,
                operation: spec.operation,
                kind: 'network',
                detail: (0,errors/* networkDetail */.c$)({ host: url.host, proxy: proxyOf(url), code })
            });
        }
    }
    httpError(spec, res) {
        const fields = (0,errors/* readIbmError */.lq)(res.body);
        return new errors.ApiError({
            service: spec.service,
            operation: spec.operation,
            kind: 'http',
            status: res.status,
            code: fields.code,
            incidentID: fields.incidentID,
            recoveryCLI: fields.recoveryCLI,
            // Messages already print the status; repeating it as the detail read "HTTP 404 : HTTP 404".
            detail: (0,secrets/* redact */.E$)(fields.message ??
                (res.body === undefined
                    ? 'empty answer'
                    : 'the answer carried no error message'))
        });
    }
}


/***/ }),

/***/ 2259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ IamClient)
/* harmony export */ });
/* unused harmony export decodeClaims */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3305);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7194);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4979);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4193);




const tokenBody = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    access_token: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(10)),
    refresh_token: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    ims_user_id: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]))
});
const claimsSchema = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    iam_id: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1)),
    sub: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    sub_type: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    name: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    email: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    account: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        bss: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1)),
        ims: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()]))
    })
});
/** Decode (not verify: IAM signed it, we only read it) the JWT payload. */
function decodeClaims(accessToken) {
    const part = accessToken.split('.')[1];
    let payload;
    try {
        payload = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    }
    catch {
        payload = undefined;
    }
    const c = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBody */ .OG)(claimsSchema, payload, 'iam', 'read IAM token');
    const ims = c.account.ims === null ||
        c.account.ims === undefined ||
        String(c.account.ims).trim() === ''
        ? undefined
        : String(c.account.ims);
    return {
        accountId: c.account.bss,
        imsAccountId: ims,
        iamId: c.iam_id,
        name: c.name,
        email: c.email,
        subject: c.sub,
        subType: c.sub_type
    };
}
const apiKeyBody = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    id: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    name: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    iam_id: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    account_id: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    locked: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optBool */ .S5,
    disabled: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optBool */ .S5
});
const settingsBody = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    mfa: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    restrict_create_platform_apikey: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    allowed_ip_addresses: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK,
    user_mfa: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ iam_id: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK, email: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK, mfa: _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .optStr */ .VK })))
});
const userMfaOf = (s) => (s?.user_mfa ?? []).flatMap(u => u.mfa ? [{ iamId: u.iam_id, email: u.email, mfa: u.mfa }] : []);
const effectiveBody = zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    effective: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .nullish */ .cl6(settingsBody),
    account: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .nullish */ .cl6(settingsBody)
});
class IamClient {
    http;
    baseUrl;
    constructor(http, baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }
    async exchangeApiKey(apiKey) {
        const res = await this.http.request({
            service: 'iam',
            operation: 'exchange API key for IAM token',
            method: 'POST',
            url: `${this.baseUrl}/identity/token`,
            form: {
                grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
                apikey: apiKey,
                response_type: 'cloud_iam'
            },
            // Exchanging a key has no side effects, so it is safe to retry.
            idempotent: true
        });
        const body = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBody */ .OG)(tokenBody, res.body, 'iam', 'exchange API key for IAM token');
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(body.access_token);
        if (body.refresh_token && body.refresh_token !== 'not_supported')
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(body.refresh_token);
        const claims = decodeClaims(body.access_token);
        const imsUserId = body.ims_user_id === null || body.ims_user_id === undefined
            ? undefined
            : String(body.ims_user_id);
        const refreshToken = body.refresh_token && body.refresh_token !== 'not_supported'
            ? body.refresh_token
            : undefined;
        return {
            accessToken: body.access_token,
            claims,
            imsUserId,
            ...(refreshToken && { refreshToken })
        };
    }
    async apiKeyDetails(token, apiKey) {
        const res = await this.http.request({
            service: 'iam',
            operation: 'read API key details',
            method: 'GET',
            url: `${this.baseUrl}/v1/apikeys/details`,
            headers: { Authorization: `Bearer ${token}`, 'IAM-ApiKey': apiKey }
        });
        const b = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBody */ .OG)(apiKeyBody, res.body, 'iam', 'read API key details');
        return {
            id: b.id,
            name: b.name,
            iamId: b.iam_id,
            accountId: b.account_id,
            locked: b.locked ?? false,
            disabled: b.disabled ?? false
        };
    }
    /** The account's IAM settings, preferring the effective ones (enterprise templates can override). */
    async accountSettings(token, accountId) {
        const id = encodeURIComponent(accountId);
        try {
            const res = await this.http.request({
                service: 'iam',
                operation: 'read effective account settings',
                method: 'GET',
                url: `${this.baseUrl}/v1/accounts/${id}/effective_settings/identity`,
                headers: { Authorization: `Bearer ${token}` }
            });
            const b = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBody */ .OG)(effectiveBody, res.body, 'iam', 'read effective account settings');
            const s = b.effective ?? b.account;
            if (s && s.mfa !== undefined)
                return {
                    mfa: s.mfa,
                    restrictCreatePlatformApikey: s.restrict_create_platform_apikey ??
                        b.account?.restrict_create_platform_apikey,
                    allowedIpAddresses: s.allowed_ip_addresses ?? b.account?.allowed_ip_addresses,
                    userMfa: s.user_mfa ? userMfaOf(s) : userMfaOf(b.account),
                    source: 'effective'
                };
        }
        catch (e) {
            // Older accounts or missing permission on the newer endpoint: fall back, but not on a dead service.
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__.ApiError) ||
                e.kind === 'timeout' ||
                (e.kind === 'http' && e.status !== undefined && e.status >= 500))
                throw e;
        }
        const res = await this.http.request({
            service: 'iam',
            operation: 'read account settings',
            method: 'GET',
            url: `${this.baseUrl}/v1/accounts/${id}/settings/identity`,
            headers: { Authorization: `Bearer ${token}` }
        });
        const b = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBody */ .OG)(settingsBody, res.body, 'iam', 'read account settings');
        return {
            mfa: b.mfa,
            restrictCreatePlatformApikey: b.restrict_create_platform_apikey,
            allowedIpAddresses: b.allowed_ip_addresses,
            userMfa: userMfaOf(b),
            source: 'account'
        };
    }
}


/***/ }),

/***/ 4193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OG: () => (/* binding */ parseBody),
/* harmony export */   S5: () => (/* binding */ optBool),
/* harmony export */   VK: () => (/* binding */ optStr),
/* harmony export */   hq: () => (/* binding */ nonEmpty),
/* harmony export */   jx: () => (/* binding */ queryParamOf)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8395);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4979);


/**
 * Validate an API body against the fields we rely on. Unknown keys are ignored; a body that lacks
 * or mistypes a field we need becomes an 'unreadable' ApiError (a "could not verify" finding).
 */
function parseBody(schema, body, service, operation) {
    const result = schema.safeParse(body);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'the body';
    // zod/mini carries no message texts (that keeps the bundle lean): say what was expected ourselves.
    const expected = issue && 'expected' in issue && typeof issue.expected === 'string'
        ? `expected ${issue.expected}`
        : (issue?.code ?? 'unexpected shape').replace(/_/g, ' ');
    const got = body === undefined ? 'an empty body' : `${where}: ${expected}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
        service,
        operation,
        kind: 'unreadable',
        detail: `answered a body we cannot read (${got})`
    });
}
/** Optional string that tolerates null. */
const optStr = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi(v => (v === null ? undefined : v)));
/** Optional boolean that tolerates null. */
const optBool = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi(v => (v === null ? undefined : v)));
/** A text that is absent or only blanks counts as absent. */
const nonEmpty = (s) => s === undefined || s === null || s.trim() === '' ? undefined : s;
/**
 * One query parameter of a paging link (absolute or relative): the page token IBM's APIs put in
 * `next.href` / `next_url`. Only the token is reused, never the link's host.
 */
function queryParamOf(href, name) {
    if (nonEmpty(href) === undefined)
        return undefined;
    try {
        return nonEmpty(new URL(href, 'http://placeholder.invalid').searchParams.get(name));
    }
    catch {
        return undefined;
    }
}


/***/ })

};
;