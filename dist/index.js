/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   _y: () => (/* binding */ secretInputs),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   hX: () => (/* binding */ wakeFifo),
/* harmony export */   jZ: () => (/* binding */ VISIBILITIES),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   tP: () => (/* binding */ openFifo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The bottom of the input layers: raw values, the error a bad one raises, and the helpers every reader
 * of inputs shares (action inputs, CLI flags, plan files, endpoint variables, FIFOs given as files).
 * Imports no layer of ours: only Node's fs.
 */

/** A bad input, found before any network call. The message names the input, what was received and what is allowed. */
class InputError extends Error {
    input;
    constructor(input, message, 
    /** What `input` is: an action input / CLI flag, or an environment variable (endpoints, proxy). */
    kind = 'input') {
        super(`${kind === 'input' ? 'Input' : 'Environment variable'} '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Every secret among the raw inputs and their environment fallbacks, to mask before anything is printed. */
function secretInputs(raw, env) {
    return [
        raw['api-key'],
        raw['github-token'],
        env['IBMCLOUD_API_KEY'],
        env['IC_API_KEY']
    ];
}
const MAX_SHOWN = 80;
/** Quote a received value for an error message without echoing a huge or multi-line blob. */
function shown(value) {
    const oneLine = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
    return oneLine;
}
/** Split on commas and newlines, trim, drop empties. */
function splitList(raw) {
    return (raw ?? '')
        .split(/[,\n\r]/)
        .map(s => s.trim())
        .filter(s => s !== '');
}
/** Which IBM endpoints a run uses; the endpoint variables (src/ibm/endpoints.ts) read it too. */
const VISIBILITIES = ['public', 'private'];
/**
 * Opening a FIFO blocks until a writer opens it, in a thread that cannot be cancelled. At the deadline,
 * open the write end ourselves (never blocks: a reader is waiting) and close it: the reader sees EOF.
 */
async function openFifo(path, signal) {
    // A raw descriptor (callback open), not a FileHandle: the read stream owns and closes it, and a FileHandle
    // would try to close it again when collected (EBADF, which aborts the process).
    const opening = new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r', (err, fd) => (err ? reject(err) : resolve(fd))));
    const release = () => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK));
        }
        catch {
            // A writer came and went: the open has returned already.
        }
    };
    if (signal.aborted)
        release();
    else
        signal.addEventListener('abort', release, { once: true });
    try {
        return await opening;
    }
    finally {
        signal.removeEventListener('abort', release);
    }
}
/** A read blocked on a FIFO whose writer stays silent is woken by one byte of ours, so the process can end. */
function wakeFifo(path) {
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, '\n');
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch {
        // No reader left or the pipe is full: nothing is blocked on it.
    }
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ EXPLAIN),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   Yj: () => (/* binding */ LANGUAGES),
/* harmony export */   bs: () => (/* binding */ REMEDIATIONS),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   jZ: () => (/* reexport safe */ _raw_js__WEBPACK_IMPORTED_MODULE_1__.jZ),
/* harmony export */   xb: () => (/* reexport safe */ _intent_types_js__WEBPACK_IMPORTED_MODULE_0__.xb),
/* harmony export */   xq: () => (/* reexport safe */ _intent_types_js__WEBPACK_IMPORTED_MODULE_0__.xq),
/* harmony export */   yP: () => (/* binding */ REPORT_DETAILS)
/* harmony export */ });
/* harmony import */ var _intent_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(739);
/* harmony import */ var _raw_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8476);

/** Not an IBM operation: read a failed run's output and explain the blockers in it (no API calls). */
const EXPLAIN = 'explain';
const FAIL_ON = ['error', 'warning', 'never'];

const REMEDIATIONS = ['none', 'vpe'];
const LANGUAGES = ['en', 'ja'];
/** Every input the action and the CLI accept; action.yml declares the same names (test/action-yml.test.ts). */
const INPUT_NAMES = [
    'api-key',
    'operation',
    'cluster',
    'region',
    'resource-group',
    'provider',
    'vpc-id',
    'expected-account-ids',
    'fail-on',
    'skip-checks',
    'timeout-seconds',
    'visibility',
    'max-concurrency',
    'remediate',
    'remediate-wait-seconds',
    'language',
    'pr-comment',
    'github-token',
    'error-text',
    'error-file',
    'worker-pool',
    'flavor',
    'zones',
    'workers-per-zone',
    'kube-version',
    'cos-instance',
    'subnet-ids',
    'private-vlan',
    'public-vlan',
    'workers',
    'terraform-plan',
    'schematics-job',
    'security-group-quota',
    'report-detail'
];
/** report-detail: the problems only, or every finding (passes and skips too). */
const REPORT_DETAILS = ['problems', 'all'];


/***/ }),

/***/ 7633:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

// NAMESPACE OBJECT: ./src/github/core.ts
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  debug: () => (core_debug),
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  isDebug: () => (isDebug),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  summary: () => (summary),
  warning: () => (warning)
});

;// CONCATENATED MODULE: ./src/exit.ts
/**
 * End the process once stdout and stderr are written. Without this, Node waits at exit for V8's
 * background compile jobs (undici's HTTP parser is WebAssembly, optimised while the run works):
 * about 70 ms idle after the report on a one-cluster run. The engine itself leaves no timer or
 * socket behind (test/handles.test.ts); this only skips the wait for the compiler.
 */
async function exitWhenFlushed() {
    const flushed = (s) => new Promise(resolve => s.write('', () => resolve()));
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: ./src/github/core.ts
/**
 * The part of @actions/core the action uses. Its index (lib/core.js) also loads the OIDC client, whose
 * @actions/http-client pulls undici in at start-up (docs/performance.md); its file-command module loads
 * Node's `crypto` (about 5 ms of a 35 ms start) for one random UUID per output, and its summary module
 * loads `fs.promises` (with readline) for one append. The command encoding (command.js, utils.js) is
 * the library's; the functions below are core.js's, file-command.js's and summary.js's own for the
 * calls main.ts makes, with the same checks, messages and bytes written.
 */




function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** file-command.js's issueFileCommand. */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${toCommandValue(message)}${external_node_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++)
        s += ((Math.random() * 16) | 0).toString(16);
    return s;
};
/**
 * A version-4-shaped UUID from Math.random (V8 seeds it per process from the operating system's
 * entropy). The delimiter need not be secret: the check below, kept from the library, refuses a name or
 * value that contains it, so no value can end its block early. Randomness only keeps a value from being
 * made to collide on purpose.
 */
function randomUUID() {
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[(Math.random() * 4) | 0]}${hex(3)}-${hex(12)}`;
}
/** file-command.js's prepareKeyValueMessage, with the UUID above instead of crypto.randomUUID. */
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // As the library: a name or value that contains the delimiter is refused, never written.
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (convertedValue.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${convertedValue}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
function setOutput(name, value) {
    if (process.env['GITHUB_OUTPUT'] || '')
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
/**
 * summary.js's Summary for addRaw and write (append): the same buffer (kept when a write fails, emptied
 * when it succeeds), the same checks and messages, the path remembered after the first good check.
 */
class Summary {
    buffer = '';
    filePath;
    path() {
        if (this.filePath)
            return this.filePath;
        const pathFromEnv = process.env[SUMMARY_ENV_VAR];
        if (!pathFromEnv)
            throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
        try {
            (0,external_node_fs_.accessSync)(pathFromEnv, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
        }
        this.filePath = pathFromEnv;
        return this.filePath;
    }
    addRaw(text, addEOL = false) {
        this.buffer += text;
        if (addEOL)
            this.buffer += external_node_os_namespaceObject.EOL;
        return this;
    }
    /** Append the buffer to the summary file (async like the library's, so callers await it the same way). */
    async write() {
        (0,external_node_fs_.appendFileSync)(this.path(), this.buffer, { encoding: 'utf8' });
        this.buffer = '';
        return this;
    }
}
const summary = new Summary();
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function core_debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/** Exit code 1 and an error annotation, as core.setFailed. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ./src/checks/ids.ts
/**
 * Every check id, in report order: a dependency comes before the checks that stand on it. Kept apart
 * from the catalogue so config parsing and the entry points know the ids without loading any check.
 */
const CHECK_IDS = [
    'api-key',
    'account',
    'cluster-access',
    'operation-target',
    'cluster-state',
    'worker-minimum',
    'flavor',
    'kube-version',
    'cluster-name',
    'cluster-api-key',
    'paid-account',
    'totp-mfa',
    'infra-permissions',
    'infra-credentials',
    'orphaned-workers',
    'credential-switch',
    'classic-region',
    'classic-vlans',
    'vpc-region',
    'vpc-subnets',
    'vpe-gateway',
    'worker-endpoints',
    'vpc-security-groups',
    'kms-authorization',
    'cos-instance'
];
function isCheckId(id) {
    return CHECK_IDS.includes(id);
}

// EXTERNAL MODULE: ./src/config/raw.ts
var config_raw = __nccwpck_require__(8476);
// EXTERNAL MODULE: ./src/intent/types.ts
var types = __nccwpck_require__(739);
;// CONCATENATED MODULE: ./src/intent/inputs.ts
/**
 * Intent from action inputs / CLI flags: raw strings in, an Intent out, or an InputError naming the input,
 * the value received and what is allowed. Pure: no I/O, no defaults from IBM.
 */



/** The inputs this parser reads beyond operation, cluster and provider. */
const INTENT_INPUTS = [
    'worker-pool',
    'flavor',
    'zones',
    'workers-per-zone',
    'kube-version',
    'cos-instance',
    'subnet-ids',
    'private-vlan',
    'public-vlan',
    'workers'
];
const PLACEMENT = ['subnet-ids', 'private-vlan', 'public-vlan'];
const ADDS_WORKERS = [
    'worker-pool',
    'flavor',
    'zones',
    'workers-per-zone',
    ...PLACEMENT
];
/** Which new inputs mean something for each operation; any other one given is a mistake worth naming. */
const INPUTS_BY_OPERATION = {
    'cluster-create': [
        'flavor',
        'zones',
        'workers-per-zone',
        'kube-version',
        'cos-instance',
        ...PLACEMENT
    ],
    'cluster-update': ['kube-version'],
    'cluster-delete': [],
    'worker-add': ADDS_WORKERS,
    'worker-delete': ['worker-pool', 'zones', 'workers'],
    'worker-reload': ['worker-pool', 'zones', 'workers'],
    'worker-reboot': ['worker-pool', 'zones', 'workers'],
    'worker-replace': ['worker-pool', 'zones', 'workers'],
    'worker-pool-resize': ['worker-pool', 'workers-per-zone'],
    'worker-pool-create': ADDS_WORKERS,
    'worker-pool-delete': ['worker-pool'],
    'zone-add': ['worker-pool', 'zones', ...PLACEMENT],
    'zone-remove': ['worker-pool', 'zones']
};
// Same rule as the cluster input of the config: a name or an ID.
const CLUSTER_REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// Pool names and IDs (IDs look like `cbftntmd0tmoqpjhtqe0-07e1b20`).
const POOL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// Classic machine types (b3c.4x16, ms3c.4x32.1.9tb.ssd) and VPC profiles (bx2.4x16, gx2-8x64x1v100).
const FLAVOR = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const VPC_ZONE = /^[a-z]{2}-[a-z]+-[0-9]$/;
const CLASSIC_ZONE = /^[a-z]{3}[0-9]{2}$/;
// major.minor[.patch][_build][_openshift]: the forms `ibmcloud ks cluster create --version` accepts.
const KUBE_VERSION = /^[0-9]+\.[0-9]+(\.[0-9]+)?(_[0-9]+)?(_openshift)?$/;
// Same shape as the vpc-id input of the config: VPC IDs are lower-case letters, digits and '-'.
const SUBNET_ID = /^[a-z0-9][a-z0-9-]{3,63}$/;
// Classic VLAN IDs are numeric (e.g. 3249706).
const VLAN_ID = /^[0-9]{1,12}$/;
/** A Resource Controller instance: its CRN (crn:v1:…) or GUID, as --cos-instance takes it. */
const INSTANCE_REF = /^(crn:v1:[A-Za-z0-9:/._-]{1,490}|[A-Za-z0-9-]{8,64})$/;
// Worker IDs (kube-dal10-crbq…-w1, kube-<cluster ID>-<cluster>-<pool>-00000101): IKS checks them against getWorkers.
const WORKER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
// Our own bound against typos, not an IBM limit.
const MAX_WORKERS_PER_ZONE = 1000;
const ZONE_EXAMPLE = {
    classic: 'a classic zone such as dal10',
    'vpc-gen2': 'a VPC zone such as us-south-1'
};
function one(raw, name) {
    const v = (raw[name] ?? '').trim();
    return v === '' ? undefined : v;
}
function parseOperation(raw) {
    const value = one(raw, 'operation');
    if (value !== undefined &&
        types/* INTENT_OPERATIONS */.Cx.includes(value))
        return value;
    throw new config_raw/* InputError */.dz('operation', `got ${value === undefined ? 'nothing' : (0,config_raw/* shown */.SP)(value)}; allowed: ${types/* INTENT_OPERATIONS */.Cx.join(', ')}.`);
}
function parseProvider(raw) {
    const value = one(raw, 'provider');
    if (value === undefined)
        return undefined;
    if (types/* PROVIDERS */.xq.includes(value))
        return value;
    throw new config_raw/* InputError */.dz('provider', `got ${(0,config_raw/* shown */.SP)(value)}; allowed: ${types/* PROVIDERS */.xq.join(', ')}.`);
}
function parseClusters(raw, operation) {
    // De-duplicated, as the config does.
    const clusters = [...new Set((0,config_raw/* splitList */.ry)(raw['cluster']))];
    if (clusters.length === 0)
        throw new config_raw/* InputError */.dz('cluster', 'got nothing; allowed: one or more cluster names or IDs, comma or newline separated.');
    for (const c of clusters)
        if (!CLUSTER_REF.test(c))
            throw new config_raw/* InputError */.dz('cluster', `got ${(0,config_raw/* shown */.SP)(c)}; expected a cluster name or ID (letters, digits, '.', '_', '-').`);
    if (operation === 'cluster-create' && clusters.length > 1)
        throw new config_raw/* InputError */.dz('cluster', `got ${clusters.length} clusters; cluster-create takes the one new cluster's name.`);
    return clusters;
}
function matching(input, value, re, what) {
    if (!re.test(value))
        throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)(value)}; expected ${what}.`);
    return value;
}
function noDuplicates(input, values) {
    const seen = new Set();
    for (const v of values) {
        if (seen.has(v))
            throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)(v)} twice; list each value once.`);
        seen.add(v);
    }
}
function parseZones(raw, provider) {
    const zones = (0,config_raw/* splitList */.ry)(raw['zones']);
    const families = new Set();
    for (const z of zones) {
        const family = VPC_ZONE.test(z)
            ? 'vpc-gen2'
            : CLASSIC_ZONE.test(z)
                ? 'classic'
                : undefined;
        if (family === undefined || (provider !== undefined && family !== provider))
            throw new config_raw/* InputError */.dz('zones', `got ${(0,config_raw/* shown */.SP)(z)}; expected ${provider ? ZONE_EXAMPLE[provider] : `${ZONE_EXAMPLE.classic} or ${ZONE_EXAMPLE['vpc-gen2']}`}.`);
        families.add(family);
    }
    if (families.size > 1)
        throw new config_raw/* InputError */.dz('zones', `got ${(0,config_raw/* shown */.SP)(zones.join(','))}, which mixes classic and VPC zones; a cluster is one or the other.`);
    noDuplicates('zones', zones);
    return zones;
}
function parseWorkersPerZone(raw, operation) {
    const value = one(raw, 'workers-per-zone');
    if (value === undefined)
        return undefined;
    // A resize may take a pool to 0 (worker-minimum decides whether the cluster keeps 2 workers);
    // everything else that adds workers needs at least one per zone.
    const min = operation === 'worker-pool-resize' ? 0 : 1;
    const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= MAX_WORKERS_PER_ZONE))
        throw new config_raw/* InputError */.dz('workers-per-zone', `got ${(0,config_raw/* shown */.SP)(value)}; allowed: a whole number from ${min} to ${MAX_WORKERS_PER_ZONE}.`);
    return n;
}
/** `ID` or `ZONE:ID` items; all of one form. */
function parseQualified(input, raw, re, what) {
    const items = (0,config_raw/* splitList */.ry)(raw[input]).map(item => {
        const colon = item.indexOf(':');
        if (colon === -1)
            return { id: matching(input, item, re, what) };
        const zone = item.slice(0, colon).trim();
        if (!VPC_ZONE.test(zone) && !CLASSIC_ZONE.test(zone))
            throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)(item)}; expected ${what}, or ZONE:ID with a zone such as dal10 or us-south-1.`);
        return { zone, id: matching(input, item.slice(colon + 1).trim(), re, what) };
    });
    const qualified = items.filter(i => i.zone !== undefined).length;
    if (qualified !== 0 && qualified !== items.length)
        throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)((0,config_raw/* splitList */.ry)(raw[input]).join(','))}; write every item as ZONE:ID or none of them.`);
    noDuplicates(input, items.map(i => i.id));
    return items;
}
/** Put subnets / VLANs on the zones they are for: by ZONE:ID, or in the order of `zones`. */
function place(placements, zones, input, key, items) {
    if (items.length === 0)
        return;
    if (items[0]?.zone !== undefined) {
        for (const item of items) {
            let target = placements.find(p => p.zone === item.zone);
            if (target === undefined) {
                if (zones.length > 0)
                    throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)(`${item.zone}:${item.id}`)}, but zone ${item.zone} is not in zones (${zones.join(', ')}).`);
                target = { zone: item.zone };
                placements.push(target);
            }
            if (target[key] !== undefined)
                throw new config_raw/* InputError */.dz(input, `got two values for zone ${item.zone}; give one per zone.`);
            target[key] = item.id;
        }
        return;
    }
    if (zones.length > 0 && items.length !== zones.length)
        throw new config_raw/* InputError */.dz(input, `got ${items.length} value(s) for ${zones.length} zone(s); give one per zone in the order of zones, or write ZONE:ID.`);
    if (zones.length === 0 && placements.some(p => p.zone !== undefined))
        throw new config_raw/* InputError */.dz(input, 'got IDs without zones while another input names zones; write ZONE:ID.');
    items.forEach((item, i) => {
        const target = placements[i] ?? {};
        if (placements[i] === undefined)
            placements.push(target);
        target[key] = item.id;
    });
}
/**
 * Parse the intent inputs of one run: operation, cluster (a list), provider and the new inputs.
 * Throws InputError on the first bad value.
 */
function intentFromInputs(raw) {
    const operation = parseOperation(raw);
    const provider = parseProvider(raw);
    const clusters = parseClusters(raw, operation);
    const allowed = INPUTS_BY_OPERATION[operation];
    for (const name of INTENT_INPUTS)
        if (one(raw, name) !== undefined && !allowed.includes(name))
            throw new config_raw/* InputError */.dz(name, `does not apply to operation ${operation}; inputs it uses: ${allowed.length > 0 ? allowed.join(', ') : 'none of the intent inputs'}.`);
    if (provider === 'classic' && one(raw, 'subnet-ids') !== undefined)
        throw new config_raw/* InputError */.dz('subnet-ids', 'applies to VPC clusters (provider vpc-gen2); classic clusters take private-vlan and public-vlan.');
    for (const vlan of ['private-vlan', 'public-vlan'])
        if (provider === 'vpc-gen2' && one(raw, vlan) !== undefined)
            throw new config_raw/* InputError */.dz(vlan, 'applies to classic clusters (provider classic); VPC clusters take subnet-ids.');
    if (one(raw, 'subnet-ids') !== undefined &&
        (one(raw, 'private-vlan') ?? one(raw, 'public-vlan')) !== undefined)
        throw new config_raw/* InputError */.dz('subnet-ids', 'given together with private-vlan/public-vlan; a cluster is VPC (subnets) or classic (VLANs), not both.');
    const zones = parseZones(raw, provider ??
        (one(raw, 'subnet-ids') !== undefined
            ? 'vpc-gen2'
            : (one(raw, 'private-vlan') ?? one(raw, 'public-vlan')) !== undefined
                ? 'classic'
                : undefined));
    const placements = zones.map(zone => ({ zone }));
    place(placements, zones, 'subnet-ids', 'subnetId', parseQualified('subnet-ids', raw, SUBNET_ID, 'a VPC subnet ID'));
    place(placements, zones, 'private-vlan', 'privateVlan', parseQualified('private-vlan', raw, VLAN_ID, 'a numeric classic VLAN ID'));
    place(placements, zones, 'public-vlan', 'publicVlan', parseQualified('public-vlan', raw, VLAN_ID, 'a numeric classic VLAN ID'));
    const workers = (0,config_raw/* splitList */.ry)(raw['workers']).map(w => matching('workers', w, WORKER_ID, "a worker ID as ibmcloud ks worker ls lists it (letters, digits, '.', '_', '-')"));
    noDuplicates('workers', workers);
    const pool = one(raw, 'worker-pool');
    const flavor = one(raw, 'flavor');
    const kubeVersion = one(raw, 'kube-version');
    const cosInstance = one(raw, 'cos-instance');
    const workersPerZone = parseWorkersPerZone(raw, operation);
    const base = {
        source: { kind: 'inputs' },
        ...(provider && { provider }),
        ...(pool !== undefined && {
            pool: matching('worker-pool', pool, POOL, "a worker pool name or ID (letters, digits, '.', '_', '-')")
        }),
        ...(flavor !== undefined && {
            flavor: matching('flavor', flavor, FLAVOR, 'a flavor such as b3c.4x16 or bx2.4x16')
        }),
        ...(placements.length > 0 && { zones: placements }),
        ...(workersPerZone !== undefined && { workersPerZone }),
        ...(workers.length > 0 && { workers }),
        ...(kubeVersion !== undefined && {
            kubeVersion: matching('kube-version', kubeVersion, KUBE_VERSION, 'a version such as 1.30, 1.30.4 or 4.15_openshift')
        }),
        ...(cosInstance !== undefined && {
            cosInstance: matching('cos-instance', cosInstance, INSTANCE_REF, 'a Cloud Object Storage instance CRN (crn:v1:bluemix:public:cloud-object-storage:global:a/…) or GUID')
        })
    };
    return {
        clusters: clusters.map(nameOrId => ({
            cluster: { nameOrId },
            ...(provider && { provider }),
            operations: [{ operation, ...structuredClone(base) }]
        })),
        skipped: []
    };
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
// EXTERNAL MODULE: ./src/config/types.ts
var config_types = __nccwpck_require__(2143);
;// CONCATENATED MODULE: ./src/config/inputs.ts







function oneOf(input, raw, allowed, fallback) {
    const value = (raw ?? '').trim();
    if (value === '' && fallback !== undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    const got = value === '' ? 'nothing' : (0,config_raw/* shown */.SP)(value);
    throw new config_raw/* InputError */.dz(input, `got ${got}; allowed: ${allowed.join(', ')}.`);
}
// IKS cluster names: lower-case letters, digits and '-', start with a letter, at most 100 characters
// (IDs are 20 lower-case alphanumerics and also match). Anything else cannot be a cluster.
const inputs_CLUSTER_REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const NEW_CLUSTER_NAME = /^[a-z][a-z0-9-]{0,99}$/;
const REGION = /^[a-z]{2}-[a-z]+(-[0-9])?$/;
// Schematics job IDs are opaque strings (region-prefixed, dot-separated); sent URL-encoded.
const SCHEMATICS_JOB = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ACCOUNT_ID = /^[a-f0-9]{32}$/;
const RESOURCE_GROUP = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/;
const VPC_ID = /^[a-z0-9][a-z0-9-]{3,63}$/;
function pattern(input, value, re, what) {
    if (!re.test(value))
        throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)(value)}; expected ${what}.`);
    return value;
}
/**
 * One 'check-id: reason' per line; several on one line are split where a comma is followed by another
 * known check id and a colon ("vpe-gateway: x, worker-endpoints: y"), so commas inside a reason stay.
 */
function parseSkipChecks(raw, knownChecks) {
    const skips = new Map();
    const ids = [...knownChecks]
        .sort((a, b) => b.length - a.length)
        .map(id => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const nextEntry = new RegExp(`,\\s*(?=(?:${ids.join('|')})\\s*:)`);
    const entries = (raw ?? '')
        .split(/\r?\n/)
        .flatMap(line => (ids.length > 0 ? line.split(nextEntry) : [line]));
    for (const entry of entries) {
        const trimmed = entry.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const colon = trimmed.indexOf(':');
        const id = (colon === -1 ? trimmed : trimmed.slice(0, colon)).trim();
        const reason = colon === -1 ? '' : trimmed.slice(colon + 1).trim();
        if (!knownChecks.includes(id)) {
            throw new config_raw/* InputError */.dz('skip-checks', `unknown check ${(0,config_raw/* shown */.SP)(id)}; known checks: ${knownChecks.join(', ')}.`);
        }
        if (reason === '') {
            throw new config_raw/* InputError */.dz('skip-checks', `check '${id}' needs a reason, as 'check-id: reason' (one per line, or comma separated).`);
        }
        if (skips.has(id))
            throw new config_raw/* InputError */.dz('skip-checks', `check '${id}' is listed twice; give it once.`);
        skips.set(id, reason.slice(0, 500));
    }
    return skips;
}
function integer(input, raw, fallback, min, max) {
    const value = (raw ?? '').trim();
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)(value)}; allowed: a whole number from ${min} to ${max}.`);
    }
    return Number(value);
}
function inputs_boolean(input, raw, fallback) {
    const value = (raw ?? '').trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new config_raw/* InputError */.dz(input, `got ${(0,config_raw/* shown */.SP)(value)}; allowed: true, false.`);
}
function optional(raw) {
    const v = (raw ?? '').trim();
    return v === '' ? undefined : v;
}
/** Inputs every mode shares: reporting language, PR comment, token. */
function common(raw) {
    const detail = optional(raw['report-detail']);
    return {
        ...(detail !== undefined && {
            reportDetail: oneOf('report-detail', detail, config_types/* REPORT_DETAILS */.yP)
        }),
        failOn: oneOf('fail-on', raw['fail-on'], config_types/* FAIL_ON */.d$, 'error'),
        language: oneOf('language', raw['language'], config_types/* LANGUAGES */.Yj, 'en'),
        prComment: inputs_boolean('pr-comment', raw['pr-comment'], false),
        githubToken: optional(raw['github-token'])
    };
}
/** operation: explain needs the text of a failed run and nothing from IBM Cloud. */
function parseExplainConfig(raw) {
    const errorText = raw['error-text'] !== undefined && raw['error-text'].trim() !== ''
        ? raw['error-text']
        : undefined;
    const errorFile = optional(raw['error-file']);
    if (errorText === undefined && errorFile === undefined) {
        throw new config_raw/* InputError */.dz('error-text', 'operation explain needs the output of the failed command in error-text, or a path in error-file; got neither.');
    }
    if (errorText !== undefined && errorFile !== undefined) {
        throw new config_raw/* InputError */.dz('error-file', 'give error-text or error-file, not both.');
    }
    return {
        operation: config_types/* EXPLAIN */.GM,
        errorText,
        errorFile,
        ...common(raw),
        // Explain's own bound starts at 1 s (it reads text; the live confirmation is optional).
        timeoutSeconds: integer('timeout-seconds', raw['timeout-seconds'], 120, 1, 3600)
    };
}
function isExplain(raw) {
    return (raw['operation'] ?? '').trim() === config_types/* EXPLAIN */.GM;
}
function fail(input, message) {
    throw new config_raw/* InputError */.dz(input, message);
}
/**
 * The largest plan read: `terraform show -json` of an IKS configuration is kilobytes to a few megabytes, and
 * V8 cannot hold a string over 512 MiB (ERR_STRING_TOO_LONG). Documented in docs/terraform-plan.md.
 */
const PLAN_MAX_BYTES = 256 * 1024 * 1024;
const planUnreadable = (path, code) => new config_raw/* InputError */.dz('terraform-plan', `could not read ${(0,config_raw/* shown */.SP)(path)} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (code ?? 'unreadable')}); expected the file written by terraform show -json <planfile>.`);
const tooLarge = (path, what) => new config_raw/* InputError */.dz('terraform-plan', `${(0,config_raw/* shown */.SP)(path)} ${what}; the largest plan read is ${PLAN_MAX_BYTES / 1024 / 1024} MiB. Give the file written by terraform show -json <planfile>.`);
/**
 * Bytes → text: UTF-8 (a BOM dropped), or UTF-16 with a BOM (what Windows PowerShell's `>` writes), so the
 * plan parser sees text whatever the shell saved it as.
 */
function decodePlan(buf) {
    if (buf[0] === 0xff && buf[1] === 0xfe)
        return buf.subarray(2).toString('utf16le');
    if (buf[0] === 0xfe && buf[1] === 0xff) {
        const le = Buffer.from(buf.subarray(2));
        le.swap16();
        return le.toString('utf16le');
    }
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
        return buf.subarray(3).toString('utf8');
    return buf.toString('utf8');
}
/** Read the terraform-plan file synchronously (tests, and callers that read a regular file): bounded by PLAN_MAX_BYTES. */
function readPlanFile(path) {
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (st.isDirectory())
            throw planUnreadable(path, 'EISDIR');
        size = st.isFile() ? st.size : 0;
    }
    catch (e) {
        if (e instanceof config_raw/* InputError */.dz)
            throw e;
        throw planUnreadable(path, e.code);
    }
    if (size > PLAN_MAX_BYTES)
        throw tooLarge(path, `is ${size} bytes`);
    try {
        return decodePlan((0,external_node_fs_.readFileSync)(path));
    }
    catch (e) {
        throw planUnreadable(path, e.code);
    }
}
/**
 * Read the terraform-plan input, bounded in size (PLAN_MAX_BYTES) and time (timeout-seconds): a FIFO with
 * no writer, a pipe that never ends or /dev/zero ends with a clear bad-input error instead of hanging or
 * growing memory. Returns the text for parseConfig's `readPlan`, or undefined when no plan is given.
 */
async function preloadPlan(raw, opts = {}) {
    const path = optional(raw['terraform-plan']);
    if (path === undefined)
        return undefined;
    await loadPlanReader();
    const max = opts.maxBytes ?? PLAN_MAX_BYTES;
    const seconds = integer('timeout-seconds', raw['timeout-seconds'], 120, 5, 3600);
    let kind;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (st.isDirectory())
            throw planUnreadable(path, 'EISDIR');
        kind = st.isFile() ? 'file' : st.isFIFO() ? 'fifo' : 'other';
        if (kind === 'file' && st.size > max)
            throw tooLarge(path, `is ${st.size} bytes`);
    }
    catch (e) {
        if (e instanceof config_raw/* InputError */.dz)
            throw e;
        throw planUnreadable(path, e.code);
    }
    if (kind === 'file') {
        const text = readPlanFile(path);
        return () => text;
    }
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), seconds * 1000);
    timer.unref?.();
    try {
        let fd;
        try {
            fd =
                kind === 'fifo' ? await (0,config_raw/* openFifo */.tP)(path, ac.signal) : (0,external_node_fs_.openSync)(path, 'r');
        }
        catch (e) {
            throw planUnreadable(path, e.code);
        }
        const stream = (0,external_node_fs_.createReadStream)('', { fd, autoClose: true });
        const chunks = [];
        let total = 0;
        const why = await new Promise((resolve, reject) => {
            const done = (w) => {
                ac.signal.removeEventListener('abort', onAbort);
                stream.removeAllListeners('data');
                stream.pause();
                resolve(w);
            };
            const onAbort = () => done('deadline');
            if (ac.signal.aborted)
                return done('deadline');
            ac.signal.addEventListener('abort', onAbort, { once: true });
            stream.on('data', (chunk) => {
                const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
                total += b.length;
                if (total > max)
                    return done('limit');
                chunks.push(b);
            });
            stream.once('end', () => done('end'));
            stream.once('error', e => {
                ac.signal.removeEventListener('abort', onAbort);
                reject(planUnreadable(path, e.code));
            });
        });
        stream.destroy();
        if (kind === 'fifo' && why !== 'end')
            (0,config_raw/* wakeFifo */.hX)(path);
        if (why === 'limit')
            throw tooLarge(path, `gave more than ${max} bytes`);
        if (why === 'deadline')
            throw new config_raw/* InputError */.dz('terraform-plan', `${(0,config_raw/* shown */.SP)(path)} did not end within timeout-seconds (${seconds} s${total > 0 ? `; ${total} bytes read` : '; nothing was written to it'}); give the file written by terraform show -json <planfile>, not a pipe that stays open.`);
        const text = decodePlan(Buffer.concat(chunks));
        return () => text;
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * The plan reader (intent/plan.ts and zod's schemas, about a third of the action's bundle) is loaded only
 * when a plan is given: preloadPlan and schematicsPlanOf, which every entry point awaits before
 * parseConfig, load it; a run by operation starts without it.
 */
let planReader;
/** Register the plan reader when it is already in memory (the CLI bundle, the tests). */
function usePlanReader(read) {
    planReader = read;
}
async function loadPlanReader() {
    planReader ??= (await Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(379)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8379))).intentFromPlan;
}
/** intentFromPlan names its input terraform-plan; a Schematics job's plan is named as the job. */
function planOf(source) {
    if (planReader === undefined)
        throw new Error('the plan reader is not loaded (preloadPlan or schematicsPlanOf first)');
    try {
        return planReader(source.read());
    }
    catch (e) {
        if (source.input === 'schematics-job' &&
            e instanceof config_raw/* InputError */.dz &&
            e.input === 'terraform-plan')
            throw new config_raw/* InputError */.dz('schematics-job', `${source.label}: ${e.message.replace(/^Input 'terraform-plan': /, '')}`);
        throw e;
    }
}
/** The plan says which operations run on which clusters: inputs that would say it again are refused. */
function planIntent(raw, source) {
    const also = ['operation', 'cluster', 'vpc-id', ...INTENT_INPUTS].filter(name => optional(raw[name]) !== undefined);
    if (also.length > 0)
        throw new config_raw/* InputError */.dz(source.input, `given together with ${also.join(', ')}; the plan says the operations, the clusters and what they change. Give the plan alone, or those inputs without it.`);
    const intent = planOf(source);
    // Before anything could print them (an error below quotes a cluster name): masked in every output.
    for (const v of intent.sensitive ?? [])
        (0,secrets/* registerSensitive */.Wu)(v);
    // A plan with no IKS operation (all no-op, other providers, refresh-only) is nothing to pre-flight, not a
    // bad input: the run passes and notes what it saw. The operation is only a placeholder then.
    const first = intent.clusters.flatMap(c => c.operations)[0];
    const clusters = [
        ...new Set(intent.clusters.flatMap(c => {
            const ref = (0,types/* known */.eO)(c.cluster.nameOrId);
            return ref === undefined ? [] : [ref];
        }))
    ];
    for (const c of clusters)
        pattern(source.input, c, inputs_CLUSTER_REF, 'cluster names or IDs (letters, digits, ., _ and -)');
    return { intent, operation: first?.operation ?? 'cluster-update', clusters };
}
/**
 * The region the intent's zones name, when `region` is not given: VPC zone IDs carry it (us-south-1); classic
 * zones (dal10) do not, and IKS gives only their metro, so a run naming only those still needs `region`. One
 * cluster's zones in two regions are an input error naming both; clusters of a plan in different regions
 * name no single region (undefined), as do zones that name none.
 */
function regionFromZones(intent) {
    const all = new Set();
    for (const c of intent.clusters) {
        const byRegion = new Map();
        for (const o of c.operations)
            for (const p of (0,types/* known */.eO)(o.zones) ?? []) {
                const zone = (0,types/* known */.eO)(p.zone);
                const region = zone === undefined ? undefined : (0,types/* regionOfZone */.wA)(zone);
                if (zone === undefined || region === undefined)
                    continue;
                const zones = byRegion.get(region) ?? [];
                if (!zones.includes(zone))
                    zones.push(zone);
                byRegion.set(region, zones);
                all.add(region);
            }
        if (byRegion.size > 1)
            throw new config_raw/* InputError */.dz('zones', `got zones of ${byRegion.size} regions for one cluster (${[...byRegion].map(([r, zs]) => `${r}: ${zs.join(', ')}`).join('; ')}); a cluster lives in one region: give zones of one region, or the region input.`);
    }
    return all.size === 1 ? [...all][0] : undefined;
}
/** regionFromZones over the plan's intent or the inputs'; a bad intent input is left for its own parse to report. */
function inferredRegion(raw, planned) {
    let intent = planned;
    if (intent === undefined)
        try {
            intent = intentFromInputs(raw);
        }
        catch (e) {
            if (e instanceof config_raw/* InputError */.dz)
                return undefined;
            throw e;
        }
    return regionFromZones(intent);
}
/** The API key: the input, else IBMCLOUD_API_KEY, else IC_API_KEY; never echoed when it is wrong. */
function apiKeyOf(raw, env) {
    const apiKey = (raw['api-key'] ?? '').trim() ||
        (env['IBMCLOUD_API_KEY'] ?? '').trim() ||
        (env['IC_API_KEY'] ?? '').trim();
    if (apiKey === '') {
        throw new config_raw/* InputError */.dz('api-key', 'no IBM Cloud API key: set the api-key input, or IBMCLOUD_API_KEY or IC_API_KEY in the environment.');
    }
    if (/\s/.test(apiKey) || apiKey.length < 8 || apiKey.length > 512) {
        // Never echo the value: it is a secret.
        throw new config_raw/* InputError */.dz('api-key', `the value is not an IBM Cloud API key (got ${apiKey.length} characters${/\s/.test(apiKey) ? ' with whitespace' : ''}).`);
    }
    return apiKey;
}
/** schematics-job, validated; undefined when not given. One plan per run: not with terraform-plan. */
function schematicsJobOf(raw) {
    const jobId = optional(raw['schematics-job']);
    if (jobId === undefined)
        return undefined;
    pattern('schematics-job', jobId, SCHEMATICS_JOB, 'a Schematics job ID (letters, digits, ., _ and -), as ibmcloud schematics job list shows it');
    if (optional(raw['terraform-plan']) !== undefined)
        throw new config_raw/* InputError */.dz('schematics-job', 'given together with terraform-plan; give one plan: the file, or the Schematics job whose plan to read.');
    return jobId;
}
/**
 * With schematics-job, read the job's plan (plan_json) from IBM Cloud Schematics: the one network read
 * before parseConfig, which stays pure. A job whose plan cannot be read is named with IBM's answer.
 */
async function schematicsPlanOf(raw, env, opts) {
    const jobId = schematicsJobOf(raw);
    if (jobId === undefined)
        return undefined;
    await loadPlanReader();
    const regionRaw = optional(raw['region']);
    const region = regionRaw === undefined
        ? undefined
        : pattern('region', regionRaw, REGION, 'an IBM Cloud region such as us-south, eu-de or jp-tok');
    const visibility = oneOf('visibility', raw['visibility'], config_types/* VISIBILITIES */.jZ, 'public');
    if (visibility === 'private' && region === undefined)
        throw new config_raw/* InputError */.dz('region', 'visibility private needs a region: IBM private endpoints are regional.');
    try {
        // Loaded only with schematics-job: the HTTP client is not part of every start.
        const read = opts.read ?? (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(395), __nccwpck_require__.e(9), __nccwpck_require__.e(582)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1582))).readSchematicsPlan;
        return await read({
            jobId,
            apiKey: apiKeyOf(raw, env),
            env,
            visibility,
            region,
            timeoutSeconds: integer('timeout-seconds', raw['timeout-seconds'], 120, 5, 3600),
            userAgent: opts.userAgent,
            debug: opts.debug
        });
    }
    catch (e) {
        // IBM's error type comes with the HTTP layer, not with every start: loaded only when a read failed.
        const { ApiError } = await __nccwpck_require__.e(/* import() */ 979).then(__nccwpck_require__.bind(__nccwpck_require__, 4979));
        if (e instanceof ApiError)
            throw new config_raw/* InputError */.dz('schematics-job', `could not read the plan of job ${(0,config_raw/* shown */.SP)(jobId)}: ${e.message.replace(/[.!?]+$/, '')}.`);
        throw e;
    }
}
/**
 * Validate every input into one Config. Pure: no network, no environment reads beyond `env` for the
 * API key fallbacks; the only file read is the terraform-plan, through `readPlan`. Throws InputError for
 * the first bad input.
 */
function parseConfig(raw, knownChecks, env = {}, readPlan = readPlanFile, 
/** The plan_json of `schematics-job`, read by `schematicsPlanOf` before this (pure) parse. */
schematicsPlan) {
    const jobId = schematicsJobOf(raw);
    const planFile = jobId === undefined
        ? optional(raw['terraform-plan'])
        : `Schematics job ${jobId}`;
    const source = jobId !== undefined
        ? {
            input: 'schematics-job',
            label: `the plan of Schematics job ${(0,config_raw/* shown */.SP)(jobId)}`,
            read: () => {
                // The entry points read it first (schematicsPlanOf); a caller that reads no plans says so.
                if (schematicsPlan === undefined)
                    throw new config_raw/* InputError */.dz('schematics-job', `the plan of job ${(0,config_raw/* shown */.SP)(jobId)} was not read from Schematics; this caller pre-flights plan files only.`);
                return schematicsPlan;
            }
        }
        : planFile !== undefined
            ? {
                input: 'terraform-plan',
                label: (0,config_raw/* shown */.SP)(planFile),
                read: () => readPlan(planFile)
            }
            : undefined;
    const plan = source === undefined ? undefined : planIntent(raw, source);
    const operation = plan?.operation ??
        (optional(raw['operation']) === undefined
            ? fail('operation', `got nothing; allowed: ${config_types/* OPERATIONS */.xb.join(', ')}; or give terraform-plan instead, to pre-flight every operation of a plan.`)
            : oneOf('operation', raw['operation'], config_types/* OPERATIONS */.xb));
    const creates = plan === undefined
        ? operation === 'cluster-create'
        : plan.intent.clusters.some(c => c.operations.some(o => o.operation === 'cluster-create'));
    const apiKey = apiKeyOf(raw, env);
    const clusters = plan?.clusters ?? (0,config_raw/* splitList */.ry)(raw['cluster']);
    if (plan !== undefined) {
        // Checked by planIntent; the plan may hold a create among other operations.
    }
    else if (operation === 'cluster-create') {
        if (clusters.length !== 1) {
            throw new config_raw/* InputError */.dz('cluster', `cluster-create needs exactly one new cluster name; got ${clusters.length === 0 ? 'nothing' : clusters.length + ' names'}.`);
        }
        pattern('cluster', clusters[0], NEW_CLUSTER_NAME, 'a new cluster name: lower-case letters, digits and -, starting with a letter, at most 100 characters');
    }
    else {
        if (clusters.length === 0)
            throw new config_raw/* InputError */.dz('cluster', `${operation} needs one or more cluster names or IDs (comma or newline separated); got nothing.`);
        for (const c of clusters)
            pattern('cluster', c, inputs_CLUSTER_REF, 'a cluster name or ID (letters, digits, ., _ and -)');
        if (clusters.length > 500)
            throw new config_raw/* InputError */.dz('cluster', `got ${clusters.length} clusters; at most 500 per run.`);
    }
    const uniqueClusters = [...new Set(clusters)];
    const regionRaw = (raw['region'] ?? '').trim();
    const region = regionRaw === ''
        ? inferredRegion(raw, plan?.intent)
        : pattern('region', regionRaw, REGION, 'an IBM Cloud region such as us-south, eu-de or jp-tok');
    const groupRaw = (raw['resource-group'] ?? '').trim();
    const resourceGroup = groupRaw === ''
        ? undefined
        : pattern('resource-group', groupRaw, RESOURCE_GROUP, 'a resource group name or ID');
    const providerRaw = (raw['provider'] ?? '').trim();
    let provider = providerRaw === '' ? undefined : oneOf('provider', providerRaw, config_types/* PROVIDERS */.xq);
    if (plan !== undefined) {
        // The plan's resource types give each cluster's provider; a create there needs the region.
        if (creates && region === undefined)
            throw new config_raw/* InputError */.dz('region', "the terraform plan creates a cluster, which needs the region it is created in (the provider block's region); got nothing, and no VPC zone of the plan names it.");
    }
    else if (operation === 'cluster-create') {
        if (provider === undefined)
            throw new config_raw/* InputError */.dz('provider', `cluster-create needs the provider of the new cluster; got nothing; allowed: ${config_types/* PROVIDERS */.xq.join(', ')}.`);
        if (region === undefined)
            throw new config_raw/* InputError */.dz('region', 'cluster-create needs the region of the new cluster; got nothing, and no VPC zone (such as us-south-1) that names it.');
    }
    else if (provider !== undefined) {
        // For existing clusters the provider comes from IBM; a given one is only a cross-check.
        provider = oneOf('provider', providerRaw, config_types/* PROVIDERS */.xq);
    }
    const vpcRaw = (raw['vpc-id'] ?? '').trim();
    const vpcId = vpcRaw === ''
        ? undefined
        : pattern('vpc-id', vpcRaw, VPC_ID, 'a VPC ID such as r006-1234abcd-…');
    if (vpcId !== undefined &&
        !(operation === 'cluster-create' && provider === 'vpc-gen2')) {
        throw new config_raw/* InputError */.dz('vpc-id', 'is only used with operation cluster-create and provider vpc-gen2.');
    }
    const expectedAccountIds = (0,config_raw/* splitList */.ry)(raw['expected-account-ids']);
    for (const id of expectedAccountIds)
        pattern('expected-account-ids', id, ACCOUNT_ID, 'IBM Cloud account IDs (32 hexadecimal characters), comma separated');
    const visibility = oneOf('visibility', raw['visibility'], config_types/* VISIBILITIES */.jZ, 'public');
    if (visibility === 'private' && region === undefined) {
        throw new config_raw/* InputError */.dz('region', 'visibility private needs a region: IBM private endpoints are regional.');
    }
    const remediate = oneOf('remediate', raw['remediate'], config_types/* REMEDIATIONS */.bs, 'none');
    // With a plan, the existing clusters may still be repaired; the run gives a create's checks none.
    if (remediate === 'vpe' &&
        operation === 'cluster-create' &&
        plan === undefined)
        throw new config_raw/* InputError */.dz('remediate', 'got "vpe" with cluster-create; vpe repairs the VPE gateway of an existing VPC cluster, and a new cluster has none. Allowed with cluster-create: none.');
    return {
        ...common(raw),
        apiKey,
        operation,
        clusters: uniqueClusters,
        // Validated after the inputs it shares with the config, so their errors read as before.
        intent: plan?.intent ?? intentFromInputs(raw),
        ...(planFile !== undefined && { planFile }),
        region,
        resourceGroup,
        provider,
        vpcId,
        // Only when given: IBM's default (100) lives with the check that uses it.
        ...(optional(raw['security-group-quota']) !== undefined && {
            securityGroupQuota: integer('security-group-quota', raw['security-group-quota'], 100, 1, 10000)
        }),
        expectedAccountIds,
        skipChecks: parseSkipChecks(raw['skip-checks'], knownChecks),
        timeoutSeconds: integer('timeout-seconds', raw['timeout-seconds'], 120, 5, 3600),
        visibility,
        maxConcurrency: integer('max-concurrency', raw['max-concurrency'], 16, 1, 64),
        remediate,
        remediateWaitSeconds: integer('remediate-wait-seconds', raw['remediate-wait-seconds'], 300, 0, 3600)
    };
}

// EXTERNAL MODULE: ./src/messages/index.ts
var messages = __nccwpck_require__(5920);
// EXTERNAL MODULE: ./src/report/stop.ts
var stop = __nccwpck_require__(9836);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/main.ts









/** The `result` output when no report exists: a bad input, or an internal error. */
const RESULT_ERROR = 'error';
async function writeSummary(html) {
    try {
        await summary.addRaw(html, true).write();
    }
    catch (e) {
        // Outside a runner (local runs) there is no summary file: the annotations and outputs still stand.
        core_debug(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
    }
}
/** Set when GITHUB_OUTPUT could not be written: said once, clearly, at the end of the run. */
let outputProblem;
/** Every output is set on every exit path, so `steps.x.outputs.result == 'error'` can be tested. */
function setOutputs(o) {
    try {
        setOutput('result', o.result);
        setOutput('failed-checks', (o.failedChecks ?? []).join(','));
        // Blockers apart from "could not verify": a workflow retries IBM's transient errors and stops on blockers.
        setOutput('blocked-checks', (o.blockedChecks ?? []).join(','));
        setOutput('unverified-checks', (o.unverifiedChecks ?? []).join(','));
        setOutput('warned-checks', (o.warnedChecks ?? []).join(','));
        setOutput('account-id', o.accountId ?? '');
        setOutput('report-path', o.reportPath ?? '');
    }
    catch (e) {
        // A runner's GITHUB_OUTPUT that cannot be written (deleted, read-only, a folder): a clear line, no stack.
        const reason = e.code ??
            (0,secrets/* redact */.E$)(e instanceof Error ? e.message : String(e));
        outputProblem = `iks-preflight: the step outputs could not be written to GITHUB_OUTPUT (${process.env['GITHUB_OUTPUT']}): ${reason}. The annotations and the job summary hold the result; steps that read this step's outputs will see none.`;
    }
}
/** The GitHub Action: inputs → run → annotations, summary, outputs, JSON report; one setFailed. */
async function run() {
    const started = Date.now();
    // Mask every secret the moment it is known: the key now, IAM tokens as they arrive.
    (0,secrets/* onSecret */.IJ)(s => setSecret(s));
    let language = 'en';
    try {
        const raw = {};
        for (const name of config_types/* INPUT_NAMES */.Qh)
            raw[name] = getInput(name);
        for (const secret of (0,config_raw/* secretInputs */._y)(raw, process.env))
            (0,secrets/* registerSecret */.cl)(secret);
        // A language other than English loads its catalogue (its own chunk) before anything is rendered in it.
        const asked = (0,messages/* supportedLanguage */.UA)(raw['language']?.trim());
        await (0,messages/* loadLanguage */.rI)(asked);
        language = asked;
        // operation explain reads a failed run's output instead of asking IBM Cloud: no API key, no request.
        const config = isExplain(raw)
            ? parseExplainConfig(raw)
            : parseConfig(raw, CHECK_IDS, process.env, await preloadPlan(raw), await schematicsPlanOf(raw, process.env, {
                userAgent: `${version/* TOOL_NAME */.lH}/${version/* VERSION */.xv}`,
                debug: d => core_debug((0,secrets/* redact */.E$)(d))
            }));
        await (0,messages/* loadLanguage */.rI)((0,messages/* supportedLanguage */.UA)(config.language));
        language = (0,messages/* supportedLanguage */.UA)(config.language);
        core_debug(`operation=${config.operation} fail-on=${config.failOn} language=${config.language} pr-comment=${config.prComment}`);
        // The runner shows debug lines only with step debugging on (RUNNER_DEBUG=1); otherwise each line
        // (one per request) would still be redacted and written to stdout for nothing.
        const debug = isDebug()
            ? (d) => core_debug((0,secrets/* redact */.E$)(d))
            : () => undefined;
        // Each mode loads only its own code (explain mode needs no HTTP client, a run no explain rules).
        const report = config.operation === config_types/* EXPLAIN */.GM
            ? await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(395), __nccwpck_require__.e(867), __nccwpck_require__.e(9), __nccwpck_require__.e(573), __nccwpck_require__.e(458)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3458)).then(m => m.runExplain(config, raw, {
                env: process.env,
                log: { debug },
                language
            }))
            : await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(395), __nccwpck_require__.e(867), __nccwpck_require__.e(9), __nccwpck_require__.e(573)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2573)).then(m => m.runPreflight(config, {
                env: process.env,
                log: {
                    debug,
                    info: i => info((0,secrets/* redact */.E$)(i))
                },
                language
            }));
        // What the action does with a report loads after it, like the engine (not on a start that stops early).
        const { inputNotices, planAnnotations, renderSummary, resultLine, summaryProblemsShown, writeJsonReport } = await Promise.all(/* import() */[__nccwpck_require__.e(867), __nccwpck_require__.e(879)]).then(__nccwpck_require__.bind(__nccwpck_require__, 879));
        if (config.operation !== config_types/* EXPLAIN */.GM)
            for (const n of inputNotices(config, report, language, process.env))
                warning((0,secrets/* redact */.E$)(n), { title: 'iks-preflight input' });
        // "N more in the job summary" counts what this run's summary shows (report-detail, 1 MiB cut).
        for (const a of planAnnotations(report, summaryProblemsShown(report, undefined, config.reportDetail))) {
            if (a.type === 'error')
                error(a.message, { title: a.title });
            else
                warning(a.message, { title: a.title });
        }
        let reportPath = '';
        try {
            reportPath = writeJsonReport(report, process.env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)());
        }
        catch (e) {
            // report-path names only a file that exists; the summary and annotations carry the findings.
            warning(`iks-preflight: the JSON report was not written (${(0,secrets/* redact */.E$)(e instanceof Error ? e.message : String(e))}); report-path is empty.`);
        }
        await writeSummary(renderSummary(report, undefined, config.reportDetail));
        // Outputs before the PR comment: a slow GitHub API must not hold them back.
        setOutputs({
            result: report.result,
            failedChecks: report.failedChecks,
            blockedChecks: report.blockedChecks,
            unverifiedChecks: report.unverifiedChecks,
            warnedChecks: report.warnedChecks,
            accountId: report.identity?.accountId,
            reportPath
        });
        if (config.prComment)
            await Promise.all(/* import() */[__nccwpck_require__.e(867), __nccwpck_require__.e(139)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2139)).then(m => m.postPrComment(report, config.githubToken, process.env, core_namespaceObject, config.timeoutSeconds * 1000 - (Date.now() - started), config.reportDetail));
        const n = report.requests.total;
        info(`${resultLine(report)} ${(0,messages.t)(n === 1 ? 'report.log-line.one' : 'report.log-line', { requests: n, seconds: (report.durationMs / 1000).toFixed(1), path: reportPath || '-' }, language)}`);
        if (report.jobFailed) {
            const failed = report.result === 'fail' ? report.failedChecks : report.warnedChecks;
            setFailed(`iks-preflight: ${resultLine(report)}${failed.length > 0 ? ` ${(0,messages.t)('report.failed-checks', { checks: failed.join(', ') }, language)}` : ''}`);
        }
    }
    catch (e) {
        const input = e instanceof config_raw/* InputError */.dz;
        const message = input
            ? e.message
            : (0,messages.t)('report.internal-error', { message: (0,secrets/* redact */.E$)(e instanceof Error ? e.message : String(e)) }, language);
        if (!input && e instanceof Error && e.stack)
            core_debug((0,secrets/* redact */.E$)(e.stack));
        setOutputs({ result: RESULT_ERROR });
        await writeSummary((0,stop/* renderStopSummary */.r)(input ? 'input-error' : 'internal-error', `iks-preflight: ${message}`, language));
        setFailed(`iks-preflight: ${message}`);
    }
    if (outputProblem !== undefined) {
        setFailed(outputProblem);
        outputProblem = undefined;
    }
}

;// CONCATENATED MODULE: ./src/index.ts


// The action's entry point, bundled to dist/index.js as CommonJS through src/action.cjs (Node starts a
// CommonJS main file faster than an ES module: docs/performance.md), so no top-level await here.
void run().then(exitWhenFlushed);


/***/ }),

/***/ 739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ INTENT_OPERATIONS),
/* harmony export */   VT: () => (/* binding */ isAfterApply),
/* harmony export */   Wn: () => (/* binding */ AFTER_APPLY),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   wA: () => (/* binding */ regionOfZone),
/* harmony export */   xb: () => (/* binding */ OPERATIONS),
/* harmony export */   xq: () => (/* binding */ PROVIDERS),
/* harmony export */   zw: () => (/* binding */ operationOn)
/* harmony export */ });
/**
 * What an IKS operation will change, per cluster: the "intent" that intent-aware checks read. Built only by
 * intentFromInputs (action inputs / CLI flags) and intentFromPlan (`terraform show -json`); pure data.
 */
const PLAN_OPERATIONS = [
    'worker-pool-create',
    'worker-pool-delete',
    'zone-add',
    'zone-remove'
];
/** Every operation the product pre-flights (docs/terraform-plan.md says what a plan maps to each). */
const OPERATIONS = [
    'cluster-create',
    'cluster-update',
    'cluster-delete',
    'worker-add',
    'worker-delete',
    'worker-reload',
    'worker-reboot',
    'worker-replace',
    'worker-pool-resize',
    // What a Terraform plan also runs (docs/terraform-plan.md); accepted as inputs too.
    'worker-pool-create',
    'worker-pool-delete',
    'zone-add',
    // A VPC pool losing zones or a classic zone attachment deleted: the zone's workers are deleted.
    'zone-remove'
];
const PROVIDERS = ['classic', 'vpc-gen2'];
/** The operations a run can pre-flight: the existing ones plus the three a Terraform plan needs (once each, should the config list them too). */
const INTENT_OPERATIONS = [
    ...new Set([...OPERATIONS, ...PLAN_OPERATIONS])
];
const AFTER_APPLY = Object.freeze({ afterApply: true });
/**
 * A VPC zone ID is its region and a zone number (us-south-1): the region is what precedes the number. Classic
 * zones (dal10) name no region; IKS's zone list (/v1/zones) gives only their metro, so none is derived for them.
 */
function regionOfZone(zone) {
    return /^([a-z]{2}-[a-z]+)-\d+$/.exec(zone)?.[1];
}
function isAfterApply(v) {
    return (typeof v === 'object' &&
        v !== null &&
        v.afterApply === true);
}
/** The known value, or undefined when it is absent or known only after apply. */
function known(v) {
    return v === undefined || isAfterApply(v) ? undefined : v;
}
/** The intent of one operation on named clusters with no details: what a run without intent inputs checks. */
function operationOn(operation, clusters) {
    return {
        clusters: clusters.map(nameOrId => ({
            cluster: { nameOrId },
            operations: [{ operation, source: { kind: 'inputs' } }]
        })),
        skipped: []
    };
}


/***/ }),

/***/ 8145:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ renderCommand),
/* harmony export */   y9: () => (/* binding */ isCommand)
/* harmony export */ });
/* unused harmony exports sh, arg */
function isCommand(v) {
    return (typeof v === 'object' && v !== null && v.kind === 'command');
}
/** Quote a value for a POSIX shell command when it holds anything beyond plain identifier characters. */
function sh(value) {
    return /^[A-Za-z0-9._:@/=+,-]+$/.test(value)
        ? value
        : `'${value.replace(/'/g, `'\\''`)}'`;
}
/** A `<placeholder>` stays as it is for the user to fill; anything else is shell-quoted. */
const PLACEHOLDER = /^[A-Za-z0-9_.-]*<[A-Za-z][A-Za-z0-9 -]*>[A-Za-z0-9_.-]*$/;
const arg = (value) => PLACEHOLDER.test(value) ? value : sh(value);
/** The one place a command becomes text. */
function renderCommand(c) {
    return [
        c.tool,
        ...(c.plugin ? [c.plugin] : []),
        ...c.path,
        ...c.args.map(arg),
        ...c.flags.flatMap(([flag, value]) => value === undefined ? [flag] : [flag, arg(value)])
    ].join(' ');
}


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ common)
/* harmony export */ });
/** Outcomes shared by every check. */
const common = {
    'common.could-not-verify': 'Could not verify: {reason}',
    'common.could-not-verify.why': 'The pre-flight could not read what this check needs from IBM Cloud, so it cannot say whether the operation will succeed.',
    'common.could-not-verify.fix.access': "{service} refused this read (HTTP {status}): the key's identity needs the {role} role on {label}. Grant it, then re-run; re-running alone does not help.",
    'common.could-not-verify.fix.classic-access': 'Classic infrastructure refused this read (HTTP {status}): the classic user the key acts as lacks a permission for it. Grant it (ibmcloud sl user permission-edit), then re-run; re-running alone does not help.',
    'common.could-not-verify.fix.not-found': '{service} answered 404 Not Found to "{operation}" ({what}). Check the names and IDs in the inputs and that the key belongs to the account that holds them; re-running does not help.',
    'common.could-not-verify.fix.rejected': '{service} rejected "{operation}" (HTTP {status}); re-running will not change that. If the inputs are right, open an IBM Cloud support case with the incident ID below.',
    'common.could-not-verify.not-ibm': 'Could not verify: this is not IBM Cloud answering. {service} ({operation}) answered {answer}, without any of the fields IBM puts in its errors.',
    'common.could-not-verify.unreadable': 'Could not verify: {service} ({operation}) answered {answer}, which cannot be read.',
    'common.could-not-verify.unreadable.why': 'The answer was cut off or is not the JSON IBM Cloud sends: a proxy, firewall or an endpoint variable pointing to the wrong place may have answered instead of IBM Cloud, or the connection broke mid-answer. Nothing was learnt about the key or its roles.',
    'common.could-not-verify.not-ibm.why': 'A proxy, firewall or captive portal answered instead of IBM Cloud, or an endpoint variable points to the wrong place. Nothing was learnt about the key or its roles.',
    'common.could-not-verify.fix.not-ibm': "Check the network path from the runner to IBM Cloud (HTTPS_PROXY, NO_PROXY, firewall) and the endpoint variable {variable}; unset it to use IBM Cloud's public endpoint.",
    'common.what.cluster': 'the cluster {target}',
    'common.what.workers': 'the workers of cluster {target}',
    'common.what.key-owner': "an API key stored for the cluster's region and resource group",
    'common.what.gateways': 'the VPC or region the gateways were listed in',
    'common.what.other': 'what it reads',
    'common.also-seen': 'Also seen: {summary}',
    'common.symptom': '{check} on this target, likely the same cause: {summary}',
    'common.needs': 'Not checked: needs {check}.',
    'common.remediation.before': 'Before the remediation: {status}: {summary}',
    'common.could-not-verify.fix': 'Re-run the job. If it fails again, check https://cloud.ibm.com/status and the network path from the runner to IBM Cloud (proxy, firewall, NO_PROXY).',
    'common.skipped-by-user': 'Skipped by skip-checks: {reason}',
    'common.not-for-operation': 'Not applicable to {operation}.',
    'common.not-for-provider': 'Not applicable to {provider} clusters; applies to {providers}.',
    'common.timed-out': 'Did not finish within timeout-seconds ({seconds} s).',
    'common.internal-error': 'Internal error in this check: {message}',
    'common.input-problem': 'Cannot check: {message}',
    'common.input-problem.fix': 'Correct the inputs of the step and re-run.',
    'common.rule-unsourced': 'Reported as a warning, not a failure: rule {rule} names no IBM source that says IBM refuses this (docs/rules.md).',
    // IAM role names, as the console and `--roles` spell them
    'common.role.Administrator': 'Administrator',
    'common.role.Operator': 'Operator',
    // vpc-region (cluster-create on vpc-gen2)
    'vpc-region.title': 'VPC clusters can be created in the region',
    'vpc-region.pass': 'IKS offers {count} VPC zone(s) in region {region}: {zones}.',
    'vpc-region.unknown': 'IKS offers no VPC zone in region {region}: a VPC cluster cannot be created there.',
    'vpc-region.unknown.why': "The create names a region that is not in IKS's zone list (a typo, or a region without VPC), so IKS refuses it at once. Regions with VPC zones: {regions}.",
    'vpc-region.unknown.fix': 'Set the region input to one of those regions; IKS lists the zones with:',
    'vpc-region.empty': 'IBM Cloud Kubernetes Service answered an empty VPC zone list, so region {region} could not be checked.'
};


/***/ }),

/***/ 198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ report)
/* harmony export */ });
/** Text of the reports themselves (banners, headings, table columns). */
const report = {
    'report.result.pass': 'Pre-flight passed: {operation} can go ahead.',
    'report.result.warn': 'Pre-flight passed with warnings: {operation} can go ahead, but read the warnings.',
    'report.result.fail': 'Pre-flight failed: {operation} {problems}.',
    'report.result.no-iks-change': 'Pre-flight passed: no IKS change in this plan; nothing to pre-flight.',
    'report.plan-notes': 'Plan changes not pre-flighted ({count})',
    'report.result.nothing-verified': 'Pre-flight verified nothing: every check that applies to {operation} was skipped, so the run fails rather than pass unseen. Remove a skip-checks entry, or drop the pre-flight step.',
    'report.result.would-fail': 'would fail ({count} blocker(s): {checks})',
    'report.result.unverified': 'could not be verified ({count} check(s): {checks})',
    'report.result.and': '; ',
    'report.ibm-incident': 'IBM incident ID',
    // Labels of IBM's answer line (after report.ibm), each before its value.
    'report.ibm.code': 'code',
    'report.ibm.incident': 'incident ID',
    'report.input-error.summary': 'The pre-flight did not run: an input is not valid. Nothing was asked of IBM Cloud.',
    'report.internal-error.summary': 'The pre-flight stopped on an internal error; the log has the message.',
    'report.input.clear-text-endpoint': '{name} is plain http:// to {host}, outside this machine: the API key and IAM tokens travel in clear on that path. Use https:// unless the host is a TLS-terminating proxy inside a network you trust.',
    'report.input.same-cluster': "Input 'cluster': {ref} and {first} are the same cluster ({id}); it was checked once, as {first}.",
    'report.input.provider-mismatch': "Input 'provider': got {given}, but IKS says cluster {cluster} is {actual}; the checks used {actual}.",
    'report.input.remediate-classic': "Input 'remediate': vpe repairs VPC clusters only; nothing was remediated on the classic cluster(s) {clusters}.",
    'report.input.vpc-id-unchecked': "Input 'vpc-id': {vpc} is not verified: skip-checks skips vpc-subnets, the check that reads it, so a VPC that does not exist would not be noticed.",
    'report.summary-truncated': 'This summary shows {shown} of {total} findings: GitHub keeps at most 1 MiB of job summary per step. The JSON report has all of them.',
    'report.identity': 'Identity',
    'report.account': 'Account',
    'report.iam-id': 'IAM ID',
    'report.caller': 'Caller',
    'report.kind.user': 'user',
    'report.kind.service-id': 'service ID',
    'report.kind.profile': 'trusted profile',
    'report.kind.other': 'other identity',
    'report.checks': 'Checks',
    'report.col.status': 'Status',
    'report.col.check': 'Check',
    'report.col.target': 'Target',
    'report.col.summary': 'What was seen',
    'report.problems': 'What to fix',
    'report.why': 'Why it matters',
    'report.fix': 'Fix',
    'report.docs': 'IBM documentation',
    'report.more-docs': 'Check reference',
    'report.ibm': 'IBM said',
    'report.requests': '{requests} requests to IBM Cloud in {seconds} s.',
    'report.requests.one': '1 request to IBM Cloud in {seconds} s.',
    'report.more-in-summary': '{count} more finding(s) of this kind are in the job summary.',
    'report.more-in-report': "{count} more finding(s) of this kind are only in the JSON report (report-path): the job summary was cut at GitHub's 1 MiB.",
    'report.more-in-summary-and-report': "{count} more finding(s) of this kind are in the job summary and {rest} more only in the JSON report (report-path): the job summary was cut at GitHub's 1 MiB.",
    'report.identity-unknown': 'not known (the API key did not exchange for a token)',
    'report.status.pass': 'pass',
    'report.status.warn': 'warn',
    'report.status.fail': 'fail',
    'report.status.error': 'could not verify',
    'report.status.skip': 'skip',
    'report.count.pass': '{count} passed',
    'report.count.warn': '{count} warning(s)',
    'report.count.fail': '{count} blocker(s)',
    'report.count.error': '{count} could not verify',
    'report.count.skip': '{count} skipped',
    'report.operation-line': 'Operation {operation} on {targets}.',
    'report.passed-details': 'Passed and skipped checks ({count})',
    'report.left-out': 'Not shown: {passes} passed and {skips} skipped finding(s) (report-detail: all lists them; the JSON report has every finding).',
    'report.all-clear': 'Nothing to fix.',
    'report.more-details': '… and {count} more.',
    'report.truncated': 'This comment shows {shown} of {total} findings: GitHub limits a comment to 65,536 characters. The job summary and the JSON report have all of them.',
    'report.run-link': 'Workflow run',
    'report.failed-checks': 'Checks: {checks}. The job summary lists every finding and its fix.',
    'report.log-line': '({requests} requests, {seconds} s; report: {path})',
    'report.log-line.one': '(1 request, {seconds} s; report: {path})',
    'report.written': '({format} report: {file})',
    'report.internal-error': 'internal error: {message}',
    'report.junit-warning': 'WARNING: {text}',
    'report.pr-comment.no-token': 'pr-comment: no github-token, so no PR comment. The job status is still the gate.',
    'report.pr-comment.read-only': "pr-comment: cannot comment on PR #{number} (HTTP {status}: {reason}). The token is read-only here (a fork or Dependabot PR, or the job lacks 'permissions: pull-requests: write'); the job status is still the gate.",
    'report.pr-comment.timeout': 'no answer from GitHub within the {seconds} s left of timeout-seconds',
    'report.pr-comment.no-answer': 'GitHub did not answer (network error)',
    'report.pr-comment.failed': 'pr-comment: the PR comment was not posted ({reason}); the job summary has the same content.'
};


/***/ }),

/***/ 5920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ useCatalogue),
/* harmony export */   UA: () => (/* binding */ supportedLanguage),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   rI: () => (/* binding */ loadLanguage),
/* harmony export */   t: () => (/* binding */ t)
/* harmony export */ });
/* unused harmony exports catalogues, withProse, format */
/* harmony import */ var _en_common_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5769);
/* harmony import */ var _en_report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(198);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8145);



const LANGUAGE_CODES = ['en', 'ja'];
/**
 * Catalogues load with the code that renders them, so a start that stops on a bad input parses neither
 * the checks' sentences nor another language: English's `common` and `report` ids (a stop summary, an
 * internal error) are always here; the whole English catalogue is registered by the engine (run.ts),
 * another language's by its entry point (`loadLanguage`) once the language is known.
 */
const reportAtStart = _en_report_js__WEBPACK_IMPORTED_MODULE_1__/* .report */ .z;
const commonAtStart = _en_common_js__WEBPACK_IMPORTED_MODULE_0__/* .common */ .s;
const loaded = {};
/** The catalogue of each language; reading one that was not loaded is a bug of the entry point. */
const catalogues = {
    get en() {
        return catalogueOf('en');
    },
    get ja() {
        return catalogueOf('ja');
    }
};
function catalogueOf(lang) {
    const c = loaded[lang];
    if (c === undefined)
        throw new Error(`the ${lang} message catalogue is not loaded (${lang === 'en' ? 'useCatalogue' : 'loadLanguage'}('${lang}') first)`);
    return c;
}
function english(id) {
    // Looked up in place, not merged into one object: a start spends nothing on ids it never reads.
    const text = loaded.en !== undefined
        ? loaded.en[id]
        : (reportAtStart[id] ?? commonAtStart[id]);
    if (text === undefined && loaded.en === undefined)
        throw new Error(`message ${id} is not loaded: the English catalogue is registered with the engine (useCatalogue('en') first)`);
    return text;
}
/** Register a catalogue that is already in memory (the engine, the CLI bundle, the tests). */
function useCatalogue(lang, catalogue) {
    loaded[lang] = catalogue;
}
/** Load a language's catalogue before rendering in it (a separate chunk in the action's bundle). */
async function loadLanguage(lang) {
    if (lang === 'ja' && loaded.ja === undefined)
        loaded.ja = (await __nccwpck_require__.e(/* import() */ 312).then(__nccwpck_require__.bind(__nccwpck_require__, 312))).ja;
}
/** The report language for a configured code; an unknown code falls back to English. */
function supportedLanguage(code) {
    return code !== undefined && LANGUAGE_CODES.includes(code)
        ? code
        : 'en';
}
/**
 * A channel's rewording of our own prose (the CLI says `--worker-pool` where the action says
 * `worker-pool`). It applies to message templates only: never to data parameters, never to commands.
 */
let prose;
/** Run `body` with `wording` applied to every message template rendered meanwhile (the CLI's flags). */
async function withProse(wording, body) {
    const before = prose;
    prose = wording;
    try {
        return await body();
    }
    finally {
        prose = before;
    }
}
/**
 * English counts: `{count:worker|workers}` is the first form when the count is 1, else the second (a form
 * may hold placeholders). Japanese needs no such forms.
 */
const PLURAL = /\{([a-zA-Z0-9]+):((?:[^|{}]|\{[a-zA-Z0-9]+\})*)\|((?:[^|{}]|\{[a-zA-Z0-9]+\})*)\}/g;
/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
function format(template, params = {}, lang = 'en') {
    const text = (prose ? prose(template) : template).replace(PLURAL, (whole, name, one, other) => {
        const v = params[name];
        if (typeof v !== 'number' && typeof v !== 'string')
            return whole;
        return Number(v) === 1 ? one : other;
    });
    return text.replace(/\{([a-zA-Z0-9]+)\}/g, (whole, name) => {
        const v = params[name];
        if (v === undefined)
            return whole;
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommand */ .y9)(v))
            return (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .renderCommand */ .CB)(v);
        return typeof v === 'object' ? t(v.id, v.params, lang) : String(v);
    });
}
function t(id, params, lang = 'en') {
    return format(lang === 'en' ? english(id) : (catalogueOf(lang)[id] ?? english(id)), params, lang);
}
function render(msg, lang = 'en') {
    return t(msg.id, msg.params, lang);
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/** HTML-escape API and user text before it goes into the job summary or a PR comment. */
function escapeHtml(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        // Keep Markdown from re-reading escaped text as table pipes or emphasis inside HTML blocks.
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        // A blank line would end GitHub's HTML block and let Markdown (tables, links) render from API text.
        .replace(/\r\n|\r|\n/g, '&#10;'));
}
/** Cut at a code-point boundary with a visible mark. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    return `${Array.from(text.slice(0, max - 1)).join('')}…`;
}


/***/ }),

/***/ 9836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ renderStopSummary)
/* harmony export */ });
/* harmony import */ var _messages_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5920);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);


/** The short summary of a run that never produced a report (bad input, internal error). */
function renderStopSummary(kind, message, language) {
    return `<h2>❓ iks-preflight</h2>\n<p>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_0__.t)(`report.${kind}.summary`, undefined, language))}</p>\n<pre>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(message)}</pre>`;
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   IJ: () => (/* binding */ onSecret),
/* harmony export */   Wu: () => (/* binding */ registerSensitive),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony export clearSecretsForTests */
/**
 * Every secret value seen in a run (API key, IAM tokens, classic keys) is registered here before
 * anything could print it. `redact` is the last line of defence for text we build from API replies;
 * on GitHub the runner masks registered values too (core.setSecret, done by the entry points).
 */
const secrets = new Set();
/** Values a Terraform plan marks sensitive: shown as Terraform shows them, longest first when redacting. */
const sensitive = new Set();
const listeners = [];
/** A Terraform sensitive value: every output shows "(sensitive value)" instead, as Terraform does. */
function registerSensitive(value) {
    if (value === undefined || value.length < 3 || sensitive.has(value))
        return;
    sensitive.add(value);
    for (const l of listeners)
        l(value);
}
function registerSecret(value) {
    if (value === undefined || value.length < 6 || secrets.has(value))
        return;
    secrets.add(value);
    for (const l of listeners)
        l(value);
}
/** Entry points subscribe (e.g. core.setSecret) so masking happens the moment a secret appears. */
function onSecret(listener) {
    listeners.push(listener);
    for (const s of secrets)
        listener(s);
    for (const s of sensitive)
        listener(s);
}
function redact(text) {
    let out = text;
    for (const s of secrets)
        if (out.includes(s))
            out = out.split(s).join('***');
    for (const s of [...sensitive].sort((a, b) => b.length - a.length))
        if (out.includes(s))
            out = out.split(s).join('(sensitive value)');
    // Bearer tokens and basic credentials that were never registered still must not leak.
    return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***');
}
/** For tests: forget registered values between runs in one process. */
function clearSecretsForTests() {
    secrets.clear();
    sensitive.clear();
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   w5: () => (/* binding */ PROJECT_URL),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by test/version.test.ts. */
const VERSION = '0.1.0';
const TOOL_NAME = 'iks-preflight';
/** The project's home, for links to docs/checks/<id>.md when the action's own repository is not known. */
const PROJECT_URL = 'https://github.com/iks-preflight/iks-preflight';


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The file ncc bundles into dist/index.js. ncc writes an ES module bundle for an entry in a "type":
// "module" package and CommonJS for a .cjs entry; a CommonJS main file starts about 2 ms sooner (no ESM
// loader, no `module` import for createRequire), a twentieth of a bare `node` start (docs/performance.md).
// scripts/action-bundle.ts names the bundle dist/index.js and marks dist/ as CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports, no-undef
__nccwpck_require__(7633)

module.exports = __webpack_exports__;
/******/ })()
;