import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* reexport safe */ _messages_command_js__WEBPACK_IMPORTED_MODULE_0__.CB),
/* harmony export */   HW: () => (/* binding */ cmd),
/* harmony export */   KP: () => (/* binding */ withPlugin),
/* harmony export */   X7: () => (/* binding */ sequences),
/* harmony export */   wf: () => (/* binding */ iamPolicyCreate)
/* harmony export */ });
/* unused harmony exports CLASSIC_USER, CLASSIC_KEY */
/* harmony import */ var _messages_command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8145);


/**
 * Every command a finding prints, built in one place so the live checks and explain mode print the same
 * commands. A builder returns a typed Command (tool, plugin, path, arguments, flags); `renderCommand`
 * is the one function that turns it into text. Values are shell-quoted there; a `<placeholder>` stays as it
 * is for the user to fill.
 */
const CLASSIC_USER = '<classic-username>';
const CLASSIC_KEY = '<classic-api-key>';
function build(tool, plugin, path, args = [], flags = []) {
    return {
        kind: 'command',
        tool,
        ...(plugin && { plugin }),
        path: path === '' ? [] : path.split(' '),
        args,
        flags: flags
            .filter(([, v]) => v !== undefined)
            .map(([f, v]) => v === true ? [f] : [f, String(v)])
    };
}
/** `ibmcloud ks …` (the plugin follows the cluster's platform: `withPlugin`). */
const ks = (path, flags = [], args = []) => build('ibmcloud', 'ks', path, args, flags);
/** `ibmcloud …` outside the container-service plugin (target, iam, is, sl, resource). */
const ic = (path, args = [], flags = []) => build('ibmcloud', undefined, path, args, flags);
/**
 * The same command for the other container-service plugin: `ibmcloud oc` for Red Hat OpenShift on IBM
 * Cloud, `ibmcloud ks` for IKS. A command outside the plugin is returned as it is.
 */
function withPlugin(c, plugin) {
    return c.plugin === undefined ? c : { ...c, plugin };
}
/** ` --private-vlan A --public-vlan B` as given; a private VLAN without a public one is `--private-only`. */
function vlanFlags(vlans) {
    return [
        ['--private-vlan', vlans.private],
        vlans.public
            ? ['--public-vlan', vlans.public]
            : ['--private-only', vlans.private ? true : undefined]
    ];
}
const cmd = {
    targetRegion: (region) => ic('target', [], [['-r', region]]),
    target: (where = {}) => ic('target', [], [
        ['-r', where.region],
        ['-g', where.group]
    ]),
    targetGroup: (group) => ic('target', [], [['-g', group]]),
    credentialGet: (region) => ks('credential get', [['--region', region]]),
    credentialUnset: (region) => ks('credential unset', [['--region', region]]),
    credentialSetClassic: (region) => ks('credential set classic', [
        ['--infrastructure-username', CLASSIC_USER],
        ['--infrastructure-api-key', CLASSIC_KEY],
        ['--region', region]
    ]),
    apiKeyReset: (region) => ks('api-key reset', [['--region', region]]),
    apiKeyInfo: (cluster) => ks('api-key info', [['--cluster', cluster]]),
    infraPermissionsGet: (region) => ks('infra-permissions get', [['--region', region]]),
    clusterGet: (cluster) => ks('cluster get', [['--cluster', cluster]]),
    /** `ibmcloud ks cluster ls`, of one provider or (`all`) every one. */
    clusterLs: (provider) => ks('cluster ls', [['--provider', provider]]),
    zoneLs: (provider) => ks('zone ls', [['--provider', provider]]),
    versions: () => ks('versions'),
    masterUpdate: (cluster, version) => ks('cluster master update', [
        ['--cluster', cluster],
        ['--version', version]
    ]),
    masterRefresh: (cluster) => ks('cluster master refresh', [['-c', cluster]]),
    workerLs: (cluster) => ks('worker ls', [['--cluster', cluster]]),
    workerPoolLs: (cluster) => ks('worker-pool ls', [['--cluster', cluster]]),
    workerReplace: (cluster, worker) => ks('worker replace', [
        ['--cluster', cluster],
        ['--worker', worker]
    ]),
    workerPoolResize: (cluster, pool, size) => ks('worker-pool resize', [
        ['--cluster', cluster],
        ['--worker-pool', pool],
        ['--size-per-zone', size]
    ]),
    workerPoolCreate: (provider, cluster, size) => ks(`worker-pool create ${provider}`, [
        ['--name', '<pool name>'],
        ['--cluster', cluster],
        ['--flavor', '<flavor>'],
        ['--size-per-zone', size]
    ]),
    zoneAdd: (provider, cluster) => provider === 'vpc-gen2'
        ? ks('zone add vpc-gen2', [
            ['--zone', '<zone>'],
            ['--cluster', cluster],
            ['--worker-pool', '<pool name>'],
            ['--subnet-id', '<subnet ID>']
        ])
        : ks('zone add classic', [
            ['--zone', '<zone>'],
            ['--cluster', cluster],
            ['--worker-pool', '<pool name>'],
            ['--private-vlan', '<private VLAN ID>'],
            ['--public-vlan', '<public VLAN ID>']
        ]),
    /** Flavors of a zone, of one provider when known. */
    flavors: (zone, provider) => ks('flavors', [
        ['--zone', zone],
        ['--provider', provider]
    ]),
    endpointGateway: (name) => ic('is endpoint-gateway', [name]),
    vlanLs: (zone) => ks('vlan ls', [['--zone', zone]]),
    // VPC (`ibmcloud is`) commands act in the targeted region: fixes target it first.
    isVpc: (vpc) => ic('is vpc', [vpc]),
    isVpcs: () => ic('is vpcs'),
    isSubnet: (subnet) => ic('is subnet', [subnet]),
    /** Subnets of one zone or one VPC, or all of them. */
    isSubnets: (by) => by === undefined
        ? ic('is subnets')
        : 'zone' in by
            ? ic('is subnets', [], [['--zone', by.zone]])
            : ic('is subnets', [], [['--vpc', by.vpc]]),
    isSecurityGroups: (vpc) => ic('is security-groups', [], [['--vpc', vpc]]),
    isSecurityGroupRules: (group) => ic('is security-group-rules', [group]),
    isSecurityGroupDelete: (group = '<security-group-id>') => ic('is security-group-delete', [group]),
    /** A classic zone add with its VLANs; no public VLAN given leaves the workers private-only. */
    zoneAddClassic: (cluster, zone, pool, vlans) => ks('zone add classic', [
        ['--zone', zone],
        ['--cluster', cluster],
        ['--worker-pool', pool ?? '<pool name>'],
        ...vlanFlags(vlans)
    ]),
    clusterCreateClassic: (name, zone, o) => ks('cluster create classic', [
        ['--name', name],
        ['--zone', zone],
        ['--flavor', o.flavor ?? '<flavor>'],
        ...vlanFlags({ private: o.privateVlan, public: o.publicVlan })
    ]),
    slPermissionEdit: (permission, user = '<user-id>') => ic('sl user permission-edit', [user], [
        ['--permission', permission],
        ['--enable', 'true']
    ]),
    slUserList: () => ic('sl user list'),
    slFindHost: (hostname) => ic('sl vs list', [], [['--hostname', hostname]]),
    /**
     * `ibmcloud iam authorization-policy-create SOURCE TARGET ROLE1,ROLE2 --target-service-instance-id ID`: the
     * argument order of IBM's CLI reference (cli-ibmcloud_commands_iam); roles by display name.
     */
    authorizationPolicyCreate: (source, target, roles, targetInstanceId) => ic('iam authorization-policy-create', [source, target, roles.join(',')], [['--target-service-instance-id', targetInstanceId]]),
    authorizationPolicies: () => ic('iam authorization-policies'),
    accountSettings: () => ic('iam account-settings'),
    /** Turn off account-wide TOTP MFA (IKS's classic API keys cannot answer it). */
    mfaOff: () => ic('iam account-settings-update', [], [['--mfa', 'NONE']]),
    apiKeys: () => ic('iam api-keys'),
    apiKeyEnable: (key = '<key-name-or-id>') => ic('iam api-key-enable', [key]),
    apiKeyUnlock: (key) => ic('iam api-key-unlock', [key]),
    apiKeyDelete: (key = '<unused-key-name-or-id>') => ic('iam api-key-delete', [key]),
    /** A user API key for a pipeline, written to a file (never printed). */
    apiKeyCreate: () => ic('iam api-key-create', ['iks-pipeline'], [
        ['-d', 'IKS pipeline'],
        ['--file', 'iks-pipeline-key.json']
    ]),
    serviceApiKeyCreate: (serviceId = '<service-id>') => ic('iam service-api-key-create', ['iks-pipeline', serviceId], [
        ['-d', 'IKS pipeline'],
        ['--file', 'iks-pipeline-key.json']
    ]),
    resourceGroups: () => ic('resource groups'),
    serviceInstances: (service) => ic('resource service-instances', [], [['--service-name', service]]),
    serviceInstance: (id) => ic('resource service-instance', [id]),
    terraformImport: () => build('terraform', undefined, 'import', [
        '<resource-address>',
        '<cluster-id>'
    ]),
    terraformStateRm: (address = '<resource-address>') => build('terraform', undefined, 'state rm', [address]),
    /** The webhook test of IBM's troubleshooting page (cs_ts_webhooks). */
    kubectlWebhooks: () => [
        build('kubectl', undefined, 'get', [
            'validatingwebhookconfigurations,mutatingwebhookconfigurations'
        ]),
        build('kubectl', undefined, 'run', ['webhook-test'], [
            ['--image', 'us.icr.io/armada-master/pause:3.10'],
            ['-n', 'ibm-system']
        ]),
        build('kubectl', undefined, 'delete pod', ['webhook-test'], [
            ['-n', 'ibm-system'],
            ['--ignore-not-found', true]
        ])
    ],
    /** A create needs its provider (the CLI exits 2 without one); every other operation reads it from the cluster. */
    preflight: (p) => build('iks-preflight', undefined, '', [], [
        ['--operation', p.operation],
        [
            '--provider',
            p.operation === 'cluster-create' || p.provider !== undefined
                ? (p.provider ?? '<provider>')
                : undefined
        ],
        ['--cluster', p.cluster],
        ['--region', p.region]
    ]),
    /** A worker to its master's major.minor: VPC workers are replaced with --update, classic workers updated. */
    workerUpdate: (provider, cluster, worker) => provider === 'classic'
        ? ks('worker update', [
            ['--cluster', cluster],
            ['--worker', worker]
        ])
        : ks('worker replace', [
            ['--cluster', cluster],
            ['--worker', worker],
            ['--update', true]
        ]),
    dedicatedPoolLs: () => ks('dedicated pool ls'),
    workerRebootHard: (cluster, worker) => ks('worker reboot', [
        ['--hard', true],
        ['--cluster', cluster],
        ['--worker', worker]
    ]),
    /** OpenShift's own CLI: the cluster version operator's conditions (Upgradeable). */
    ocClusterVersion: () => build('oc', undefined, 'get', ['clusterversion', 'version'], [['-o', 'yaml']]),
    vlanSpanningGet: (region) => ks('vlan spanning get', [['--region', region]]),
    accountShow: () => ic('account show'),
    /** IBM's OpenShift docs' command for a standard Cloud Object Storage instance (cluster-create-vpc-gen2). */
    cosInstanceCreate: (name) => ic('resource service-instance-create', [
        name,
        'cloud-object-storage',
        'standard',
        'global'
    ])
};
/** An `ibmcloud iam …-policy-create` for a subject (already an argument or placeholder), roles and scope flags. */
function iamPolicyCreate(kind, subject, roles, scope = []) {
    return ic(`iam ${kind}-policy-create`, [subject], [['--roles', roles], ...scope]);
}
/** `ibmcloud target -g` first when the resource group is known: region-scoped IKS commands act on the targeted group. */
const inGroup = (group) => group === undefined ? [] : [cmd.targetGroup(group)];
/** The command sequences of IBM's troubleshooting page, shared by the live checks and explain mode. */
const sequences = {
    credentialSet: (region, group) => [
        ...inGroup(group),
        cmd.credentialSetClassic(region),
        cmd.credentialGet(region)
    ],
    credentialUnset: (region, group) => [
        ...inGroup(group),
        cmd.credentialUnset(region),
        cmd.credentialGet(region)
    ],
    apiKeyReset: (region, group) => [
        cmd.targetRegion(region),
        ...inGroup(group),
        cmd.apiKeyReset(region)
    ]
};


/***/ }),

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ docsForPlatform),
/* harmony export */   T: () => (/* binding */ forPlatform)
/* harmony export */ });
/* harmony import */ var _ibmcloud_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9639);
/**
 * The words of a platform: Red Hat OpenShift on IBM Cloud users run the same plugin as `ibmcloud oc` and
 * read their docs under cloud.ibm.com/docs/openshift. Applied once, after a check ran, to its fix
 * commands and docs link (src/engine.ts, src/report/model.ts), so checks build one command for both.
 */

/** `ibmcloud ks …` → `ibmcloud oc …` for OpenShift (IBM's openshift CLI reference uses `ibmcloud oc`); else as is. */
function forPlatform(command, platform) {
    return platform === 'openshift' ? (0,_ibmcloud_js__WEBPACK_IMPORTED_MODULE_0__/* .withPlugin */ .KP)(command, 'oc') : command;
}
/**
 * containers topic → the openshift topic of the same page, for the topics checked to exist in
 * ibm-cloud-docs/openshift (first `{: #id}` of a page; read 2026-12 at e8eca99). A topic missing here keeps
 * its containers link rather than point at a page that may not exist.
 */
const OPENSHIFT_TOPICS = {
    'access-creds': 'access-creds',
    'add-workers-vpc': 'add-workers-vpc',
    'classic-roles': 'iam-platform-access-roles#classic-roles',
    'cluster-states-reference': 'cluster-states-reference',
    cluster_infra_errors: 'cluster_infra_errors',
    clusters: 'clusters',
    cs_versions: 'openshift_versions',
    'encryption-setup': 'encryption-setup',
    'kubernetes-service-cli': 'kubernetes-service-cli',
    'regions-and-zones': 'regions-and-zones',
    registry: 'registry',
    subnets: 'subnets',
    update: 'update',
    'vpc-security-group-reference': 'vpc-security-group-reference',
    'vpc-subnets': 'vpc-subnets'
};
/** Anchors that exist on the openshift page too; any other anchor is dropped with the switch. */
const OPENSHIFT_ANCHORS = new Set(['cos_image_registry']);
const CONTAINERS = /^https:\/\/cloud\.ibm\.com\/docs\/containers\?topic=containers-([A-Za-z0-9_-]+)(#[A-Za-z0-9_-]+)?$/;
/** A check's containers docs link, as the openshift page for OpenShift targets when that page exists. */
function docsForPlatform(url, platform) {
    if (platform !== 'openshift')
        return url;
    const m = CONTAINERS.exec(url);
    const topic = m ? OPENSHIFT_TOPICS[m[1]] : undefined;
    if (!m || topic === undefined)
        return url;
    const anchor = m[2] !== undefined && OPENSHIFT_ANCHORS.has(m[2].slice(1)) ? m[2] : '';
    return `https://cloud.ibm.com/docs/openshift?topic=openshift-${topic}${topic.includes('#') ? '' : anchor}`;
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   _y: () => (/* binding */ secretInputs),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   jZ: () => (/* binding */ VISIBILITIES),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/**
 * The bottom of the input layers: raw values, the error a bad one raises, and the helpers every reader
 * of inputs shares (action inputs, CLI flags, plan files, endpoint variables). Imports nothing.
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


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ EXPLAIN),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   Yj: () => (/* binding */ LANGUAGES),
/* harmony export */   bs: () => (/* binding */ REMEDIATIONS),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   jZ: () => (/* reexport safe */ _raw_js__WEBPACK_IMPORTED_MODULE_1__.jZ),
/* harmony export */   xb: () => (/* reexport safe */ _intent_types_js__WEBPACK_IMPORTED_MODULE_0__.xb),
/* harmony export */   xq: () => (/* reexport safe */ _intent_types_js__WEBPACK_IMPORTED_MODULE_0__.xq)
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
    'security-group-quota'
];


/***/ }),

/***/ 3139:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ exitWhenFlushed)
/* harmony export */ });
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


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ checkIdsWith),
/* harmony export */   DC: () => (/* binding */ byWorst),
/* harmony export */   QD: () => (/* binding */ STATUS_ORDER),
/* harmony export */   ZH: () => (/* binding */ overallResult),
/* harmony export */   rH: () => (/* binding */ shouldFailJob)
/* harmony export */ });
/** Worst first. */
const STATUS_ORDER = [
    'fail',
    'error',
    'warn',
    'skip',
    'pass'
];
function byWorst(a, b) {
    return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
}
/** fail if anything failed or could not be verified, warn if anything warned, else pass. */
function overallResult(findings) {
    if (findings.some(f => f.status === 'fail' || f.status === 'error'))
        return 'fail';
    if (findings.some(f => f.status === 'warn'))
        return 'warn';
    return 'pass';
}
function shouldFailJob(result, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return result !== 'pass';
    return result === 'fail';
}
/** Check IDs with the given statuses, each once, in catalogue order of first appearance. */
function checkIdsWith(findings, statuses) {
    return [
        ...new Set(findings.filter(f => statuses.includes(f.status)).map(f => f.check))
    ];
}


/***/ }),

/***/ 4979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ isIbmAnswer),
/* harmony export */   Z1: () => (/* binding */ SERVICE_NAMES),
/* harmony export */   c$: () => (/* binding */ networkDetail),
/* harmony export */   d: () => (/* binding */ isHttpError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   lq: () => (/* binding */ readIbmError),
/* harmony export */   q6: () => (/* binding */ unverifiedKind),
/* harmony export */   s_: () => (/* binding */ describeRawBody)
/* harmony export */ });
/* unused harmony export answerOf */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7194);

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
    const head = [status === undefined ? '' : `HTTP ${status}`, code ?? '']
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
    if (code?.startsWith('HPE_'))
        return `${who} answered something that is not HTTP`;
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
    return `no answer from ${path}: ${whatHappened(p.code, via)}`;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3139);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5607);


// The action's entry point (bundled to dist/index.js).
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
await (0,_exit_js__WEBPACK_IMPORTED_MODULE_1__/* .exitWhenFlushed */ .K)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

/***/ 5607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: RESULT_ERROR

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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/github/core.ts
/**
 * The part of @actions/core the action uses, built from @actions/core's own command modules. Its index
 * (lib/core.js) also loads the OIDC client, whose @actions/http-client pulls undici in at start-up: about
 * half of `node dist/index.js`'s start (docs/performance.md). The functions below are core.js's own, line
 * for line, for the calls main.ts makes; the command encoding, file commands and summary are the library's.
 */





function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setOutput(name, value) {
    if (process.env['GITHUB_OUTPUT'] || '')
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/config/raw.ts
var config_raw = __nccwpck_require__(8476);
// EXTERNAL MODULE: ./src/ibm/errors.ts
var errors = __nccwpck_require__(4979);
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

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __nccwpck_require__(8395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js + 1 modules
var api = __nccwpck_require__(3305);
;// CONCATENATED MODULE: ./src/intent/plan.ts
/**
 * Intent from a Terraform plan: the text of `terraform show -json <planfile>` in, every IKS operation in it
 * out. Pure (the caller reads the file). Attribute names are the IBM provider's resource schemas
 * (IBM-Cloud/terraform-provider-ibm ibm/service/kubernetes/resource_ibm_container_*.go); the mapping is
 * documented in docs/terraform-plan.md.
 */



const INPUT = 'terraform-plan';
const fail = (message) => {
    throw new config_raw/* InputError */.dz(INPUT, message);
};
const IKS_RESOURCE_TYPES = [
    'ibm_container_cluster',
    'ibm_container_vpc_cluster',
    'ibm_container_worker_pool',
    'ibm_container_vpc_worker_pool',
    'ibm_container_worker_pool_zone_attachment',
    // Resources that act on a cluster without defining it (the provider's worker replace, feature, key reset).
    'ibm_container_vpc_worker',
    'ibm_container_cluster_feature',
    'ibm_container_api_key_reset'
];
/**
 * Attributes that are nested blocks. Terraform leaves `dynamic` blocks out of `configuration`
 * (json-format.mdx), so a block missing there may still be set by the configuration.
 */
const BLOCK_ATTRS = new Set(['zones', 'kms_config', 'taints', 'workers_info']);
/** What Terraform prints for a value marked sensitive, and what every output of ours shows instead. */
const SENSITIVE = '(sensitive value)';
const ACTIONS = ['no-op', 'create', 'read', 'update', 'delete', 'forget'];
// Only what we read; unknown keys are ignored (newer Terraform versions add keys).
const changeSchema = schemas/* object */.Ikc({
    actions: schemas/* array */.YOg(schemas/* enum */.k5n(ACTIONS)),
    before: schemas/* optional */.lqM(schemas/* unknown */.L5J()),
    after: schemas/* optional */.lqM(schemas/* unknown */.L5J()),
    after_unknown: schemas/* optional */.lqM(schemas/* unknown */.L5J()),
    before_sensitive: schemas/* optional */.lqM(schemas/* unknown */.L5J()),
    after_sensitive: schemas/* optional */.lqM(schemas/* unknown */.L5J()),
    replace_paths: schemas/* optional */.lqM(schemas/* unknown */.L5J())
});
const resourceChangeSchema = schemas/* object */.Ikc({
    address: schemas/* string */.YjP().check(api/* _minLength */.m9(1)),
    module_address: schemas/* optional */.lqM(schemas/* string */.YjP()),
    mode: schemas/* string */.YjP(),
    type: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    index: schemas/* optional */.lqM(schemas/* unknown */.L5J()),
    change: changeSchema
});
const configResourceSchema = schemas/* object */.Ikc({
    address: schemas/* string */.YjP(),
    expressions: schemas/* optional */.lqM(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())),
    depends_on: schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* string */.YjP()))
});
const configModuleSchema = schemas/* object */.Ikc({
    resources: schemas/* optional */.lqM(schemas/* array */.YOg(configResourceSchema)),
    get module_calls() {
        return schemas/* optional */.lqM(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ module: schemas/* optional */.lqM(configModuleSchema) })));
    }
});
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function describeTop(v) {
    if (Array.isArray(v))
        return 'an array';
    if (v === null)
        return 'null';
    return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
const HOW = 'pass the output of `terraform show -json <planfile>` (after `terraform plan -out <planfile>`)';
/** Parse and validate the plan JSON; every rejection names what is wrong. */
function readPlan(text) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '')
        fail(`the file is empty; ${HOW}.`);
    if (/^\[command\]/.test(trimmed) || /^::(debug|set-output)/m.test(trimmed))
        fail(`this is the output of hashicorp/setup-terraform's wrapper ([command] and ::debug:: lines around the JSON), not the JSON alone; set terraform_wrapper: false on setup-terraform (or run terraform-bin), then ${HOW}.`);
    if (trimmed.startsWith('PK'))
        fail(`this is a binary plan file (saved by terraform plan -out), not JSON; ${HOW}.`);
    // UTF-16 read as UTF-8 (or bytes of it passed on): every other byte is NUL.
    if (trimmed.includes('\u0000'))
        fail(`the file holds NUL bytes: it looks like UTF-16 text (Windows PowerShell's > writes it) or binary data, not JSON; save it as UTF-8 (PowerShell: terraform show -json tfplan | Out-File -Encoding utf8 plan.json), or ${HOW}.`);
    let doc;
    try {
        doc = JSON.parse(trimmed);
    }
    catch {
        // Never echo the parser's message: it quotes the file, which may hold sensitive values.
        const firstLine = trimmed.split('\n', 1)[0] ?? '';
        if (firstLine.startsWith('{') && firstLine.includes('"@level"'))
            fail(`this is the streamed log of \`terraform plan -json\`, not a plan document; ${HOW}.`);
        if (/^\s*(terraform|resource|provider|module|variable|data|locals|output)\b[^\n]*\{/m.test(trimmed))
            fail(`this looks like Terraform configuration (HCL), not JSON; ${HOW}.`);
        fail(`the file is not JSON; ${HOW}.`);
    }
    if (!isObj(doc))
        return fail(`the file is JSON but ${describeTop(doc)}, not a plan object; ${HOW}.`);
    if ('lineage' in doc && 'serial' in doc && 'resources' in doc)
        fail(`this is a Terraform state file (terraform.tfstate), not a plan; ${HOW}.`);
    const fv = doc['format_version'];
    if (typeof fv !== 'string')
        fail(`format_version is ${fv === undefined ? 'missing' : describeTop(fv)}; a plan from terraform show -json has format_version "1.x". ${HOW}.`);
    // Terraform 1.0 writes 0.2 (0.1 before it; 1.0 from Terraform 1.1): the fields read here are the same.
    if (!/^(0\.[12]|1\.[0-9]+)$/.test(fv))
        fail(`format_version ${JSON.stringify(fv)} is not supported; this reads plan formats 0.1, 0.2 and 1.x (Terraform 0.12 to 1.x, OpenTofu 1.x).`);
    if (doc['errored'] === true)
        fail('the plan errored (errored: true), so its changes are incomplete; fix the plan errors first.');
    const hasChanges = 'resource_changes' in doc;
    if (!hasChanges && 'values' in doc && !('planned_values' in doc))
        fail(`this is a Terraform state shown as JSON (it has values, no resource_changes), not a plan; ${HOW}.`);
    // Terraform omits resource_changes when the configuration has no resources at all; planned_values marks a plan.
    if (!hasChanges && !('planned_values' in doc))
        fail(`resource_changes is missing, so this is not a plan; ${HOW}.`);
    const parsed = schemas/* optional */.lqM(schemas/* array */.YOg(schemas/* unknown */.L5J()))
        .safeParse(doc['resource_changes']);
    if (!parsed.success)
        fail(`resource_changes is ${describeTop(doc['resource_changes'])}; expected an array.`);
    const changes = [];
    (parsed.data ?? []).forEach((rc, i) => {
        const r = resourceChangeSchema.safeParse(rc);
        if (!r.success) {
            const issue = r.error.issues[0];
            const path = ['', ...(issue?.path ?? [])]
                .map(p => (typeof p === 'number' ? `[${p}]` : String(p)))
                .join('.')
                .replace(/\.\[/g, '[');
            const what = issue && 'expected' in issue && typeof issue.expected === 'string'
                ? `expected ${issue.expected}`
                : issue?.code === 'invalid_value'
                    ? `expected one of ${ACTIONS.join(', ')}`
                    : (issue?.code ?? 'unexpected shape').replace(/_/g, ' ');
            fail(`resource_changes[${i}]${path} is not what a plan holds: ${what}.`);
        }
        changes.push(r.data);
    });
    const root = isObj(doc['configuration'])
        ? doc['configuration']['root_module']
        : undefined;
    const config = configModuleSchema.safeParse(root);
    // Terraform ≥ 1.9: a plan may defer changes it cannot plan yet (deferred_changes) and say it is not the last (complete: false).
    const deferred = [];
    const dc = doc['deferred_changes'];
    if (Array.isArray(dc))
        for (const d of dc) {
            const rc = isObj(d) ? d['resource_change'] : undefined;
            const address = isObj(rc) ? rc['address'] : undefined;
            const type = isObj(rc) ? rc['type'] : undefined;
            if (typeof address === 'string' &&
                IKS_RESOURCE_TYPES.includes(type))
                deferred.push({
                    address,
                    reason: isObj(d) && typeof d['reason'] === 'string' ? d['reason'] : ''
                });
        }
    return {
        changes,
        config: config.success ? config.data : undefined,
        incomplete: doc['complete'] === false,
        deferred
    };
}
// ---------- value helpers ----------
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
    if (isObj(a) && isObj(b)) {
        const ka = Object.keys(a);
        return (ka.length === Object.keys(b).length &&
            ka.every(k => deepEqual(a[k], b[k])));
    }
    // null and absent are the same to Terraform
    return (a ?? null) === null && (b ?? null) === null;
}
/**
 * Whether the known parts of a partly unknown value differ from before: another length, or a known part
 * that changed. A wholly unknown value (marks === true) tells nothing.
 */
function knownPartsDiffer(before, after, marks) {
    if (marks === true)
        return false;
    if (Array.isArray(after) || Array.isArray(before)) {
        const a = Array.isArray(after) ? after : [];
        const b = Array.isArray(before) ? before : [];
        if (a.length !== b.length)
            return true;
        return a.some((x, i) => knownPartsDiffer(b[i], x, Array.isArray(marks) ? marks[i] : undefined));
    }
    if (isObj(after) || isObj(before)) {
        const a = isObj(after) ? after : {};
        const b = isObj(before) ? before : {};
        return [...new Set([...Object.keys(a), ...Object.keys(b)])].some(k => knownPartsDiffer(b[k], a[k], isObj(marks) ? marks[k] : undefined));
    }
    return !hasUnknown(marks) && !deepEqual(before, after);
}
/** after_unknown marks a value (or any part of it) as known after apply. */
function hasUnknown(marks) {
    if (marks === true)
        return true;
    if (Array.isArray(marks))
        return marks.some(hasUnknown);
    if (isObj(marks))
        return Object.values(marks).some(hasUnknown);
    return false;
}
const WHOLE = '*';
/** One resource instance's change, with the plan around it for references and configuration. */
class Change {
    rc;
    configExpr;
    dependsOn;
    before;
    after;
    unknown;
    /** Sensitive strings this change holds (masked in every output); sensitive non-strings are dropped. */
    sensitive = [];
    /** Attributes with a sensitive value that could not be masked (numbers, booleans, short strings). */
    withheld = new Set();
    constructor(rc, configExpr, 
    /** The configuration's depends_on for this resource. */
    dependsOn = []) {
        this.rc = rc;
        this.configExpr = configExpr;
        this.dependsOn = dependsOn;
        this.before = this.masked(rc.change.before, rc.change.before_sensitive);
        this.after = this.masked(rc.change.after, rc.change.after_sensitive);
        this.unknown = isObj(rc.change.after_unknown) ? rc.change.after_unknown : {};
    }
    /**
     * The value with each sensitive part kept only when it is a string we can mask everywhere (registered
     * for redaction); any other sensitive part is dropped, so no output can print it.
     */
    masked(value, marks) {
        if (!isObj(value))
            return {};
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const m = isObj(marks) ? marks[k] : undefined;
            const kept = this.mask(v, m === undefined ? marks === true : m, k);
            if (kept !== undefined)
                out[k] = kept;
        }
        return out;
    }
    mask(v, marks, attr) {
        if (marks === true) {
            if (v === null || v === undefined)
                return v;
            const strings = [];
            const walk = (x) => {
                if (typeof x === 'string') {
                    if (x.length < 3)
                        return false;
                    strings.push(x);
                    return true;
                }
                if (Array.isArray(x))
                    return x.every(walk);
                if (isObj(x))
                    return Object.values(x).every(walk);
                return x === null;
            };
            if (!walk(v)) {
                this.withheld.add(attr);
                return undefined;
            }
            this.sensitive.push(...strings);
            return v;
        }
        if (Array.isArray(v))
            return v.map((x, i) => this.mask(x, Array.isArray(marks) ? marks[i] : undefined, attr));
        if (isObj(v)) {
            const out = {};
            for (const [k, x] of Object.entries(v)) {
                const kept = this.mask(x, isObj(marks) ? marks[k] : undefined, attr);
                if (kept !== undefined)
                    out[k] = kept;
            }
            return out;
        }
        return v;
    }
    /**
     * Whether the configuration sets this attribute (an Optional+Computed one left unset is IBM's default).
     * A nested block counts as set: `dynamic` blocks are absent from the plan's configuration.
     */
    configured(attr) {
        return (this.configExpr === undefined ||
            attr in this.configExpr ||
            BLOCK_ATTRS.has(attr));
    }
    /** Every resource this one refers to in its configuration (any attribute, nested blocks included). */
    allReferences() {
        const out = [];
        const walk = (e) => {
            if (Array.isArray(e))
                e.forEach(walk);
            else if (isObj(e)) {
                const refs = e['references'];
                if (Array.isArray(refs))
                    for (const r of refs)
                        if (typeof r === 'string')
                            out.push(r);
                for (const [k, v] of Object.entries(e))
                    if (k !== 'references')
                        walk(v);
            }
        };
        walk(this.configExpr);
        return [...out, ...this.dependsOn];
    }
    references(attr) {
        const e = this.configExpr?.[attr];
        const refs = isObj(e) ? e['references'] : undefined;
        return Array.isArray(refs)
            ? refs.filter((r) => typeof r === 'string')
            : [];
    }
    /** A planned string: the after value, AFTER_APPLY when unknown, undefined when unset or not configured. */
    str(attr, from = 'after') {
        if (from === 'after' && this.unknown[attr] === true)
            return this.configured(attr) ? types/* AFTER_APPLY */.Wn : undefined;
        const v = (from === 'after' ? this.after : this.before)[attr];
        return typeof v === 'string' && v !== '' ? v : undefined;
    }
    num(attr, from = 'after') {
        if (this.withheld.has(attr))
            return undefined;
        if (from === 'after' && this.unknown[attr] === true)
            return this.configured(attr) ? types/* AFTER_APPLY */.Wn : undefined;
        const v = (from === 'after' ? this.after : this.before)[attr];
        return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    }
    bool(attr, from = 'after') {
        return (from === 'after' ? this.after : this.before)[attr] === true;
    }
    /** Top-level attributes that change: known values that differ, or values known only after apply. */
    changed() {
        const keys = new Set([
            ...Object.keys(this.before),
            ...Object.keys(this.after),
            ...Object.keys(this.unknown)
        ]);
        return [...keys]
            .filter(k => hasUnknown(this.unknown[k])
            ? this.configured(k) ||
                knownPartsDiffer(this.before[k], this.after[k], this.unknown[k])
            : !deepEqual(this.before[k], this.after[k]))
            .sort();
    }
    /** A list of blocks (zones, kms_config) with per-element unknown marks; AFTER_APPLY when the list itself is unknown. */
    blocks(attr, from = 'after') {
        if (from === 'after' && this.unknown[attr] === true)
            return types/* AFTER_APPLY */.Wn;
        const list = (from === 'after' ? this.after : this.before)[attr];
        const marks = from === 'after' ? this.unknown[attr] : undefined;
        if (!Array.isArray(list))
            return [];
        const out = [];
        list.forEach((v, i) => {
            const u = Array.isArray(marks) ? marks[i] : undefined;
            // A whole element known only after apply: every attribute of it is.
            if (u === true)
                out.push({ v: {}, u: { [WHOLE]: true } });
            else if (isObj(v))
                out.push({ v, u: isObj(u) ? u : {} });
        });
        return out;
    }
}
function blockStr(b, attr) {
    if (b.u[attr] === true || b.u[WHOLE] === true)
        return types/* AFTER_APPLY */.Wn;
    const v = b.v[attr];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
// ---------- configuration lookup ----------
/** module.a[0].module.b["x"] -> ['a', 'b'] */
function modulePath(moduleAddress) {
    if (!moduleAddress)
        return [];
    return [...moduleAddress.matchAll(/module\.([^.[\]]+)(\[[^\]]*\])?/g)].map(m => m[1]);
}
function configFor(config, rc) {
    let mod = config;
    for (const name of modulePath(rc.module_address))
        mod = mod?.module_calls?.[name]?.module;
    return mod?.resources?.find(r => r.address === `${rc.type}.${rc.name}`);
}
/** A change created in this plan: its ID is known only after apply. */
const createdHere = (o) => o.unknown['id'] === true;
/** Of several candidates, the one in the referrer's module instance, else the one this plan creates. */
function prefer(c, candidates) {
    if (candidates.length <= 1)
        return candidates[0];
    const same = candidates.filter(o => (o.rc.module_address ?? '') === (c.rc.module_address ?? ''));
    if (same.length === 1)
        return same[0];
    const pool = same.length > 0 ? same : candidates;
    const created = pool.filter(createdHere);
    return created.length === 1 ? created[0] : undefined;
}
// ---------- derivation ----------
const PROVIDER_OF = {
    ibm_container_vpc_worker: 'vpc-gen2',
    ibm_container_cluster: 'classic',
    ibm_container_vpc_cluster: 'vpc-gen2',
    ibm_container_worker_pool: 'classic',
    ibm_container_vpc_worker_pool: 'vpc-gen2',
    ibm_container_worker_pool_zone_attachment: 'classic'
};
const isCluster = (t) => t === 'ibm_container_cluster' || t === 'ibm_container_vpc_cluster';
const isPool = (t) => t === 'ibm_container_worker_pool' || t === 'ibm_container_vpc_worker_pool';
class Deriver {
    derived = [];
    skipped = [];
    all;
    constructor(changes, config) {
        this.all = changes
            .filter(rc => rc.mode === 'managed')
            .map(rc => {
            const res = configFor(config, rc);
            return new Change(rc, res?.expressions, res?.depends_on);
        });
    }
    /** Sensitive strings of the IKS changes, to mask in every output. */
    sensitive() {
        return [
            ...new Set(this.all
                .filter(c => IKS_RESOURCE_TYPES.includes(c.rc.type))
                .flatMap(c => c.sensitive))
        ];
    }
    /**
     * The changes in apply order: what a change refers to (configuration references, depends_on) is
     * created or updated before it, and deleted after it. resource_changes is sorted by address
     * (hashicorp/terraform internal/command/jsonplan/plan.go), which is no order of execution.
     */
    applyOrder() {
        const deps = new Map();
        for (const c of this.all)
            deps.set(c, new Set());
        for (const c of this.all)
            for (const ref of c.allReferences()) {
                const target = this.referenced(c, ref);
                for (const t of target) {
                    if (t === c)
                        continue;
                    // A delete of what c depends on waits for c's delete; anything else runs before c.
                    const deleting = (x) => x.rc.change.actions.length === 1 &&
                        x.rc.change.actions[0] === 'delete';
                    if (deleting(t) && deleting(c))
                        deps.get(t).add(c);
                    else
                        deps.get(c).add(t);
                }
            }
        const out = [];
        const state = new Map();
        const visit = (c) => {
            if (state.get(c) !== undefined)
                return; // done, or a cycle: keep address order
            state.set(c, 'visiting');
            for (const d of this.all)
                if (deps.get(c).has(d))
                    visit(d);
            state.set(c, 'done');
            out.push(c);
        };
        this.all.forEach(visit);
        return out;
    }
    /** The changes a configuration reference (relative to c's module) names: a resource, or a module call's resources. */
    referenced(c, ref) {
        const mod = c.rc.module_address ?? '';
        const m = /^module\.([^.[\]]+)(\[[^\]]*\])?/.exec(ref);
        if (m) {
            const prefix = `${mod === '' ? '' : `${mod}.`}module.${m[1]}${m[2] ?? ''}`;
            return this.all.filter(o => {
                const a = o.rc.module_address ?? '';
                return (a === prefix ||
                    a.startsWith(`${prefix}.`) ||
                    a.startsWith(`${prefix}[`));
            });
        }
        const [type, name] = ref.split('.');
        if (!type || !name || !type.includes('_'))
            return [];
        return this.all.filter(o => o.rc.type === type &&
            o.rc.name === name &&
            (o.rc.module_address ?? '') === mod);
    }
    run() {
        for (const c of this.applyOrder()) {
            if (!IKS_RESOURCE_TYPES.includes(c.rc.type))
                continue;
            const actions = c.rc.change.actions;
            const key = actions.join(',');
            if (key === 'forget') {
                this.skip(c, 'forget', []);
                continue;
            }
            if (c.rc.type === 'ibm_container_cluster_feature') {
                if (key !== 'no-op' && key !== 'read' && key !== 'delete')
                    this.skip(c, 'cluster-feature', key === 'update' ? c.changed() : []);
                continue;
            }
            if (c.rc.type === 'ibm_container_api_key_reset') {
                if (key !== 'no-op' && key !== 'read' && key !== 'delete')
                    this.skip(c, 'api-key-reset', key === 'update' ? c.changed() : []);
                continue;
            }
            if (c.rc.type === 'ibm_container_vpc_worker') {
                // Creating (or replacing) the resource replaces the worker replace_worker names; a delete only forgets it.
                if (actions.includes('create'))
                    this.create(c, replacePaths(c));
                else if (key === 'update')
                    this.skip(c, 'iks-change-not-preflighted', c.changed());
                continue;
            }
            // OpenTofu ≥ 1.12 ["forget","create"], Terraform ≥ 1.16 ["create","forget"]: the old object leaves the
            // state untouched in IBM Cloud, the new one is created (and pre-flighted).
            if (key === 'forget,create' || key === 'create,forget') {
                this.skip(c, 'forget', []);
                this.create(c, replacePaths(c));
                continue;
            }
            if (key === 'create')
                this.create(c, []);
            else if (key === 'delete')
                this.remove(c, []);
            else if (key === 'update')
                this.update(c);
            else if (key === 'delete,create' || key === 'create,delete') {
                const paths = replacePaths(c);
                const steps = key === 'delete,create' ? ['delete', 'create'] : ['create', 'delete'];
                for (const step of steps)
                    if (step === 'delete')
                        this.remove(c, paths);
                    else
                        this.create(c, paths);
            }
            // no-op and read change nothing in IBM Cloud.
        }
    }
    skip(c, reason, attributes) {
        this.skipped.push({
            address: c.rc.address,
            actions: c.rc.change.actions,
            reason,
            attributes
        });
    }
    emit(c, operation, attributes, fields, from) {
        const provider = PROVIDER_OF[c.rc.type];
        this.derived.push({
            provider,
            cluster: this.clusterOf(c, from),
            op: {
                operation,
                provider,
                ...dropUndefined(fields),
                source: {
                    kind: 'plan',
                    address: c.rc.address,
                    actions: c.rc.change.actions,
                    attributes
                }
            }
        });
    }
    // ----- which cluster -----
    clusterOf(c, from) {
        if (isCluster(c.rc.type)) {
            const nameOrId = c.str('name', from) ?? c.str('id', 'before') ?? types/* AFTER_APPLY */.Wn;
            return { nameOrId, address: c.rc.address };
        }
        const attr = c.rc.type === 'ibm_container_vpc_worker' ? 'cluster_name' : 'cluster';
        const ref = c.str(attr, from);
        if (ref !== undefined && !(0,types/* isAfterApply */.VT)(ref)) {
            // A literal name or ID: link it to a cluster of the plan that has it, and name it as that cluster
            // does. Several clusters may carry it (module instances): the referrer's own instance, else the new one.
            const byAfter = this.all.filter(o => isCluster(o.rc.type) && [o.after['id'], o.after['name']].includes(ref));
            const byBefore = this.all.filter(o => isCluster(o.rc.type) &&
                !byAfter.includes(o) &&
                [o.before['id'], o.before['name']].includes(ref));
            const o = prefer(c, [...byAfter, ...byBefore]);
            if (o !== undefined)
                return byAfter.includes(o)
                    ? { nameOrId: (0,types/* known */.eO)(o.str('name')) ?? ref, address: o.rc.address }
                    : { nameOrId: o.str('name', 'before') ?? ref, address: o.rc.address };
            return { nameOrId: ref };
        }
        const target = this.resolve(c, attr, isCluster);
        if (target) {
            const name = target.str('name') ?? target.str('name', 'before');
            return { nameOrId: name ?? types/* AFTER_APPLY */.Wn, address: target.rc.address };
        }
        return { nameOrId: types/* AFTER_APPLY */.Wn };
    }
    /** Follow a configuration reference (cluster = ibm_container_vpc_cluster.x.id) to the change it names. */
    resolve(c, attr, want) {
        for (const ref of c.references(attr)) {
            // Same module instance (module.cluster["stage"] is not module.cluster["prod"]), or a module call's output.
            const candidates = this.referenced(c, ref).filter(o => want(o.rc.type));
            // One instance, or the instance with the same count/for_each key as the referrer, or the one created here.
            const pick = candidates.length === 1
                ? candidates[0]
                : (candidates.find(o => o.rc.index !== undefined && deepEqual(o.rc.index, c.rc.index)) ?? prefer(c, candidates));
            if (pick)
                return pick;
        }
        return undefined;
    }
    // ----- per action -----
    create(c, attributes) {
        const t = c.rc.type;
        if (t === 'ibm_container_cluster')
            this.emit(c, 'cluster-create', attributes, {
                pool: 'default',
                flavor: c.str('machine_type'),
                zones: classicZone(c, 'datacenter'),
                workersPerZone: c.num('default_pool_size'),
                kubeVersion: c.str('kube_version'),
                resourceGroupId: c.str('resource_group_id'),
                kms: kmsOf(c)
            }, 'after');
        else if (t === 'ibm_container_vpc_cluster')
            this.emit(c, 'cluster-create', attributes, {
                pool: 'default',
                flavor: c.str('flavor'),
                zones: vpcZones(c, 'after'),
                workersPerZone: c.num('worker_count'),
                kubeVersion: c.str('kube_version'),
                vpcId: c.str('vpc_id'),
                cosInstance: c.str('cos_instance_crn'),
                resourceGroupId: c.str('resource_group_id'),
                kms: kmsOf(c)
            }, 'after');
        else if (t === 'ibm_container_vpc_worker')
            this.emit(c, 'worker-replace', attributes, {}, 'after');
        else if (isPool(t)) {
            if (c.bool('import_on_create'))
                return this.skip(c, 'import-on-create', ['import_on_create']);
            this.emit(c, 'worker-pool-create', attributes, this.poolFields(c, 'after'), 'after');
        }
        else {
            const pool = this.resolve(c, 'worker_pool', isPool);
            this.emit(c, 'zone-add', attributes, {
                pool: pool?.str('worker_pool_name') ?? c.str('worker_pool'),
                flavor: pool?.str('machine_type'),
                workersPerZone: pool?.num('size_per_zone'),
                zones: classicZone(c, 'zone')
            }, 'after');
        }
    }
    remove(c, attributes) {
        const t = c.rc.type;
        if (isCluster(t))
            this.emit(c, 'cluster-delete', attributes, {}, 'before');
        else if (isPool(t)) {
            if (c.bool('orphan_on_delete', 'before'))
                return this.skip(c, 'orphan-on-delete', ['orphan_on_delete']);
            this.emit(c, 'worker-pool-delete', attributes, this.poolFields(c, 'before'), 'before');
        }
        else {
            // A zone attachment deleted: the provider removes the zone from the pool, deleting its workers.
            const pool = this.resolve(c, 'worker_pool', isPool);
            this.emit(c, 'zone-remove', attributes, {
                pool: pool?.str('worker_pool_name', 'before') ??
                    pool?.str('worker_pool_name') ??
                    c.str('worker_pool', 'before'),
                zones: [dropUndefined({ zone: c.str('zone', 'before') })]
            }, 'before');
        }
    }
    update(c) {
        const changed = c.changed();
        const used = new Set();
        const t = c.rc.type;
        if (isCluster(t)) {
            if (changed.includes('kube_version')) {
                used.add('kube_version');
                const kms = changed.includes('kms_config')
                    ? kmsOf(c)?.filter(k => k.scope === 'cluster')
                    : undefined;
                if (kms)
                    used.add('kms_config');
                this.emit(c, 'cluster-update', ['kube_version', ...(kms ? ['kms_config'] : [])], {
                    kubeVersion: c.str('kube_version'),
                    previousKubeVersion: (0,types/* known */.eO)(c.str('kube_version', 'before')),
                    kms
                }, 'after');
            }
            else if (changed.includes('kms_config')) {
                // Enabling KMS on an existing cluster (POST /v2/enableKMS) is a master update without a version.
                const kms = kmsOf(c)?.filter(k => k.scope === 'cluster');
                if (kms && kms.length > 0) {
                    used.add('kms_config');
                    this.emit(c, 'cluster-update', ['kms_config'], { kms }, 'after');
                }
            }
            // The provider updates workers when patch_version or retry_patch_version changes, or when
            // update_all_workers is on and the version (or the flag) changes: classic reloads them, VPC replaces them.
            // Classic workers_info: a changed version updates that worker (the provider's worker update).
            const workerAttrs = [
                'patch_version',
                'retry_patch_version',
                ...(t === 'ibm_container_cluster' ? ['workers_info'] : [])
            ].filter(a => changed.includes(a));
            if (c.bool('update_all_workers') &&
                (changed.includes('kube_version') ||
                    changed.includes('update_all_workers')))
                workerAttrs.push('update_all_workers');
            if (workerAttrs.length > 0) {
                workerAttrs.forEach(a => used.add(a));
                this.emit(c, t === 'ibm_container_cluster' ? 'worker-reload' : 'worker-replace', workerAttrs.sort(), { kubeVersion: c.str('patch_version') ?? c.str('kube_version') }, 'after');
                // The provider replaces each worker and waits for it only when wait_for_worker_update is true (its
                // default); false replaces every worker at once, which its docs say causes cluster downtime.
                if (t === 'ibm_container_vpc_cluster' &&
                    c.after['wait_for_worker_update'] === false) {
                    used.add('wait_for_worker_update');
                    this.skip(c, 'all-workers-at-once', ['wait_for_worker_update']);
                }
            }
            if (t === 'ibm_container_vpc_cluster' && changed.includes('offering')) {
                used.add('offering');
                this.skip(c, 'offering-change', ['offering']);
            }
            // Settings the provider's Update sends to IKS that no check covers yet (named, never "not IKS").
            const iks = [
                'image_security_enforcement',
                ...(t === 'ibm_container_cluster' ? ['webhook', 'subnet_id'] : [])
            ].filter(a => changed.includes(a));
            iks.forEach(a => used.add(a));
            if (iks.length > 0)
                this.skip(c, 'iks-change-not-preflighted', iks);
        }
        else if (isPool(t)) {
            const size = t === 'ibm_container_worker_pool' ? 'size_per_zone' : 'worker_count';
            if (changed.includes(size)) {
                used.add(size);
                const prev = c.num(size, 'before');
                this.emit(c, 'worker-pool-resize', [size], {
                    ...this.poolFields(c, 'after'),
                    previousWorkersPerZone: (0,types/* known */.eO)(prev)
                }, 'after');
            }
            if (t === 'ibm_container_vpc_worker_pool' && changed.includes('zones')) {
                used.add('zones');
                this.zoneChanges(c);
            }
            // The provider's pool Update sends these to IKS (labels, taints, the workers' operating system).
            const iks = ['labels', 'taints', 'operating_system'].filter(a => changed.includes(a));
            iks.forEach(a => used.add(a));
            if (iks.length > 0)
                this.skip(c, 'iks-change-not-preflighted', iks);
        }
        // Attachment VLAN changes are an update of the zone's network (PATCH), which no check covers yet.
        if (t === 'ibm_container_worker_pool_zone_attachment') {
            const net = changed.filter(a => a === 'private_vlan_id' || a === 'public_vlan_id');
            net.forEach(a => used.add(a));
            if (net.length > 0)
                this.skip(c, 'zone-network-change', net);
        }
        const rest = changed.filter(a => !used.has(a));
        if (rest.length > 0)
            this.skip(c, 'not-an-iks-operation', rest);
    }
    /** VPC pool zones are a set of {name, subnet_id}: added names are zone-adds; removals and subnet moves are noted. */
    zoneChanges(c) {
        const after = vpcZones(c, 'after');
        const before = vpcZones(c, 'before');
        if ((0,types/* isAfterApply */.VT)(after)) {
            this.emit(c, 'zone-add', ['zones'], { ...this.poolFields(c, 'after'), zones: types/* AFTER_APPLY */.Wn }, 'after');
            return;
        }
        const beforeList = (0,types/* isAfterApply */.VT)(before) ? [] : (before ?? []);
        const names = (l) => l.map(z => (0,types/* known */.eO)(z.zone));
        const added = (after ?? []).filter(z => !(0,types/* isAfterApply */.VT)(z.zone) && !names(beforeList).includes((0,types/* known */.eO)(z.zone)));
        const unknownZone = (after ?? []).filter(z => (0,types/* isAfterApply */.VT)(z.zone));
        const removed = beforeList.filter(z => !names(after ?? []).includes((0,types/* known */.eO)(z.zone)));
        const moved = (after ?? []).filter(z => {
            const old = beforeList.find(b => (0,types/* known */.eO)(b.zone) !== undefined && (0,types/* known */.eO)(b.zone) === (0,types/* known */.eO)(z.zone));
            return old !== undefined && !deepEqual(old.subnetId, z.subnetId);
        });
        if (added.length + unknownZone.length > 0)
            this.emit(c, 'zone-add', ['zones'], {
                ...this.poolFields(c, 'after'),
                zones: [...added, ...unknownZone]
            }, 'after');
        // The provider adds first, then removes (set difference on {name, subnet_id}): a zone that keeps its
        // name and changes subnet is added on the new subnet, then removed by name (its workers deleted).
        if (moved.length > 0)
            this.emit(c, 'zone-add', ['zones'], { ...this.poolFields(c, 'after'), zones: moved }, 'after');
        const gone = [
            ...removed,
            ...beforeList.filter(b => moved.some(m => (0,types/* known */.eO)(m.zone) === (0,types/* known */.eO)(b.zone)))
        ];
        if (gone.length > 0)
            this.emit(c, 'zone-remove', ['zones'], {
                ...this.poolFields(c, 'before'),
                zones: gone.map(z => dropUndefined({ zone: z.zone }))
            }, 'after');
        if (moved.length > 0)
            this.skip(c, 'zone-network-change', ['zones']);
    }
    poolFields(c, from) {
        const vpc = c.rc.type === 'ibm_container_vpc_worker_pool';
        return {
            pool: c.str('worker_pool_name', from),
            flavor: c.str(vpc ? 'flavor' : 'machine_type', from),
            workersPerZone: c.num(vpc ? 'worker_count' : 'size_per_zone', from),
            ...(vpc && {
                zones: vpcZones(c, from),
                vpcId: c.str('vpc_id', from),
                kms: from === 'after' ? kmsOf(c) : undefined
            })
        };
    }
}
function replacePaths(c) {
    const paths = c.rc.change.replace_paths;
    if (!Array.isArray(paths))
        return [];
    const top = paths
        .map(p => (Array.isArray(p) ? p[0] : undefined))
        .filter((p) => typeof p === 'string');
    return [...new Set(top)].sort();
}
/** Classic: one zone (datacenter of a cluster, zone of an attachment) with the VLANs given for it. */
function classicZone(c, zoneAttr) {
    return [
        dropUndefined({
            zone: c.str(zoneAttr),
            privateVlan: c.str('private_vlan_id'),
            publicVlan: c.str('public_vlan_id')
        })
    ];
}
function vpcZones(c, from) {
    const blocks = c.blocks('zones', from);
    if ((0,types/* isAfterApply */.VT)(blocks))
        return types/* AFTER_APPLY */.Wn;
    if (blocks.length === 0)
        return undefined;
    return blocks.map(b => dropUndefined({
        zone: blockStr(b, 'name'),
        subnetId: blockStr(b, 'subnet_id')
    }));
}
/** kms_config (cluster secrets) and kms_instance_id + crk (VPC worker volumes), as planned. */
function kmsOf(c) {
    const out = [];
    const cfg = c.blocks('kms_config');
    if ((0,types/* isAfterApply */.VT)(cfg))
        out.push({
            scope: 'cluster',
            instanceId: types/* AFTER_APPLY */.Wn,
            rootKeyId: types/* AFTER_APPLY */.Wn
        });
    else
        for (const b of cfg)
            out.push(dropUndefined({
                scope: 'cluster',
                instanceId: blockStr(b, 'instance_id') ?? types/* AFTER_APPLY */.Wn,
                rootKeyId: blockStr(b, 'crk_id') ?? types/* AFTER_APPLY */.Wn,
                accountId: blockStr(b, 'account_id')
            }));
    const instanceId = c.str('kms_instance_id');
    const rootKeyId = c.str('crk');
    if (instanceId !== undefined || rootKeyId !== undefined)
        out.push(dropUndefined({
            scope: 'worker-volumes',
            instanceId: instanceId ?? types/* AFTER_APPLY */.Wn,
            rootKeyId: rootKeyId ?? types/* AFTER_APPLY */.Wn,
            accountId: c.str('kms_account_id')
        }));
    return out.length > 0 ? out : undefined;
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
/** One group per cluster: by plan address and name (a replace that renames is two clusters), else by name. */
function groupKey(d, i) {
    const name = (0,types/* known */.eO)(d.cluster.nameOrId);
    if (d.cluster.address !== undefined)
        return `a:${d.cluster.address}|${name ?? ''}`;
    return name !== undefined ? `n:${name}` : `u:${i}`;
}
/**
 * Every IKS operation of a plan, grouped per cluster in plan order. Throws InputError (input
 * 'terraform-plan') naming what is wrong when the text is not `terraform show -json` plan output.
 */
function intentFromPlan(text) {
    const { changes, config, incomplete, deferred } = readPlan(text);
    const d = new Deriver(changes, config);
    d.run();
    for (const x of deferred)
        d.skipped.push({
            address: x.address,
            actions: [],
            reason: 'deferred',
            attributes: x.reason === '' ? [] : [x.reason]
        });
    if (incomplete)
        d.skipped.push({
            address: '(plan)',
            actions: [],
            reason: 'plan-incomplete',
            attributes: ['complete']
        });
    const groups = new Map();
    d.derived.forEach((x, i) => {
        const key = groupKey(x, i);
        let g = groups.get(key);
        if (!g) {
            g = { cluster: x.cluster, provider: x.provider, operations: [] };
            groups.set(key, g);
        }
        else if ((0,types/* isAfterApply */.VT)(g.cluster.nameOrId) &&
            !(0,types/* isAfterApply */.VT)(x.cluster.nameOrId)) {
            g.cluster = x.cluster;
        }
        g.operations.push(x.op);
    });
    const sensitive = d.sensitive();
    return {
        clusters: [...groups.values()],
        skipped: d.skipped,
        ...(sensitive.length > 0 && { sensitive })
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
    return {
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
function inputs_fail(input, message) {
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
 * Opening a FIFO blocks until a writer opens it, in a thread that cannot be cancelled: at the deadline we
 * open the write end ourselves (never blocks: a reader waits) and close it, so the reader sees EOF.
 * (The same technique as src/explain/input.ts, which keeps a log's tail; a plan needs its whole text.)
 */
async function openFifo(path, signal) {
    const opening = new Promise((resolve, reject) => (0,external_node_fs_.open)(path, 'r', (err, fd) => (err ? reject(err) : resolve(fd))));
    const release = () => {
        try {
            (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NONBLOCK));
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
/**
 * Read the terraform-plan input, bounded in size (PLAN_MAX_BYTES) and time (timeout-seconds): a FIFO with
 * no writer, a pipe that never ends or /dev/zero ends with a clear bad-input error instead of hanging or
 * growing memory. Returns the text for parseConfig's `readPlan`, or undefined when no plan is given.
 */
async function preloadPlan(raw, opts = {}) {
    const path = optional(raw['terraform-plan']);
    if (path === undefined)
        return undefined;
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
                kind === 'fifo' ? await openFifo(path, ac.signal) : (0,external_node_fs_.openSync)(path, 'r');
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
            wakeFifo(path);
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
/** A read blocked on a FIFO whose writer stays silent is woken by one byte of ours, so the process can end. */
function wakeFifo(path) {
    try {
        const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NONBLOCK);
        try {
            (0,external_node_fs_.writeSync)(fd, '\n');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        // No reader left or the pipe is full: nothing is blocked on it.
    }
}
/** intentFromPlan names its input terraform-plan; a Schematics job's plan is named as the job. */
function planOf(source) {
    try {
        return intentFromPlan(source.read());
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
    const regionRaw = optional(raw['region']);
    const region = regionRaw === undefined
        ? undefined
        : pattern('region', regionRaw, REGION, 'an IBM Cloud region such as us-south, eu-de or jp-tok');
    const visibility = oneOf('visibility', raw['visibility'], config_types/* VISIBILITIES */.jZ, 'public');
    if (visibility === 'private' && region === undefined)
        throw new config_raw/* InputError */.dz('region', 'visibility private needs a region: IBM private endpoints are regional.');
    try {
        // Loaded only with schematics-job: the HTTP client is not part of every start.
        const read = opts.read ?? (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(9), __nccwpck_require__.e(582)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1582))).readSchematicsPlan;
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
        if (e instanceof errors/* ApiError */.hD)
            throw new config_raw/* InputError */.dz('schematics-job', `could not read the plan of job ${(0,config_raw/* shown */.SP)(jobId)}: ${e.message}.`);
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
            ? inputs_fail('operation', `got nothing; allowed: ${config_types/* OPERATIONS */.xb.join(', ')}; or give terraform-plan instead, to pre-flight every operation of a plan.`)
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

// EXTERNAL MODULE: ./src/messages/index.ts + 32 modules
var messages = __nccwpck_require__(5687);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
// EXTERNAL MODULE: ./src/report/blocks.ts
var blocks = __nccwpck_require__(3578);
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

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/report/json.ts


/** Write the versioned JSON report; returns its path. */
function writeJsonReport(report, dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const stamp = report.startedAt.replace(/[:.]/g, '-');
    const path = (0,external_node_path_namespaceObject.join)(dir, `iks-preflight-report-${stamp}-${process.pid}.json`);
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

;// CONCATENATED MODULE: ./src/report/summary.ts




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
/** The short summary of a run that never produced a report (bad input, internal error). */
function renderStopSummary(kind, message, language) {
    return `<h2>❓ iks-preflight</h2>\n<p>${(0,report_escape/* escapeHtml */.Z)((0,messages.t)(`report.${kind}.summary`, undefined, language))}</p>\n<pre>${(0,report_escape/* escapeHtml */.Z)(message)}</pre>`;
}

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
/** Every output is set on every exit path, so `steps.x.outputs.result == 'error'` can be tested. */
function setOutputs(o) {
    setOutput('result', o.result);
    setOutput('failed-checks', (o.failedChecks ?? []).join(','));
    // Blockers apart from "could not verify": a workflow retries IBM's transient errors and stops on blockers.
    setOutput('blocked-checks', (o.blockedChecks ?? []).join(','));
    setOutput('unverified-checks', (o.unverifiedChecks ?? []).join(','));
    setOutput('warned-checks', (o.warnedChecks ?? []).join(','));
    setOutput('account-id', o.accountId ?? '');
    setOutput('report-path', o.reportPath ?? '');
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
        language = (0,messages/* supportedLanguage */.UA)(raw['language']?.trim());
        // operation explain reads a failed run's output instead of asking IBM Cloud: no API key, no request.
        const config = isExplain(raw)
            ? parseExplainConfig(raw)
            : parseConfig(raw, CHECK_IDS, process.env, await preloadPlan(raw), await schematicsPlanOf(raw, process.env, {
                userAgent: `${version/* TOOL_NAME */.lH}/${version/* VERSION */.xv}`,
                debug: d => core_debug((0,secrets/* redact */.E$)(d))
            }));
        language = (0,messages/* supportedLanguage */.UA)(config.language);
        core_debug(`operation=${config.operation} fail-on=${config.failOn} language=${config.language} pr-comment=${config.prComment}`);
        // The runner shows debug lines only with step debugging on (RUNNER_DEBUG=1); otherwise each line
        // (one per request) would still be redacted and written to stdout for nothing.
        const debug = isDebug()
            ? (d) => core_debug((0,secrets/* redact */.E$)(d))
            : () => undefined;
        // Each mode loads only its own code (explain mode needs no HTTP client, a run no explain rules).
        const report = config.operation === config_types/* EXPLAIN */.GM
            ? await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(9), __nccwpck_require__.e(489), __nccwpck_require__.e(458)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3458)).then(m => m.runExplain(config, raw, {
                env: process.env,
                log: { debug },
                language
            }))
            : await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(9), __nccwpck_require__.e(489)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2489)).then(m => m.runPreflight(config, {
                env: process.env,
                log: {
                    debug,
                    info: i => info((0,secrets/* redact */.E$)(i))
                },
                language
            }));
        if (config.operation !== config_types/* EXPLAIN */.GM)
            for (const n of inputNotices(config, report, language))
                warning((0,secrets/* redact */.E$)(n), { title: 'iks-preflight input' });
        for (const a of planAnnotations(report)) {
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
        await writeSummary(renderSummary(report));
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
            await __nccwpck_require__.e(/* import() */ 139).then(__nccwpck_require__.bind(__nccwpck_require__, 2139)).then(m => m.postPrComment(report, config.githubToken, process.env, core_namespaceObject, config.timeoutSeconds * 1000 - (Date.now() - started)));
        const n = report.requests.total;
        info(`${(0,blocks/* resultLine */.ow)(report)} ${(0,messages.t)(n === 1 ? 'report.log-line.one' : 'report.log-line', { requests: n, seconds: (report.durationMs / 1000).toFixed(1), path: reportPath || '-' }, language)}`);
        if (report.jobFailed) {
            const failed = report.result === 'fail' ? report.failedChecks : report.warnedChecks;
            setFailed(`iks-preflight: ${(0,blocks/* resultLine */.ow)(report)}${failed.length > 0 ? ` ${(0,messages.t)('report.failed-checks', { checks: failed.join(', ') }, language)}` : ''}`);
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
        await writeSummary(renderStopSummary(input ? 'input-error' : 'internal-error', `iks-preflight: ${message}`, language));
        setFailed(`iks-preflight: ${message}`);
    }
}


/***/ }),

/***/ 8145:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

/***/ 5687:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XX: () => (/* binding */ render),
  UA: () => (/* binding */ supportedLanguage),
  t: () => (/* binding */ t)
});

// UNUSED EXPORTS: catalogues, format, withProse

;// CONCATENATED MODULE: ./src/messages/en/classic.ts
/** The classic family: infra-credentials, orphaned-workers, credential-switch, totp-mfa, paid-account, classic-region. */
const classic = {
    // shared
    'classic.creds.linked': "the account's linked classic infrastructure",
    'classic.creds.manual': 'the manually set credentials of {username}',
    'classic.blocked.totp': 'Could not verify: classic infrastructure asks for a time-based one-time passcode (TOTP) for this login, so it cannot be read with an API key. {reason}',
    'classic.blocked.totp.fix': "If the totp-mfa finding fails, fix it first and re-run. If it passes (IKS uses manually set classic credentials), only this pre-flight's own classic login needs TOTP: skip this check with a reason (skip-checks).",
    'classic.blocked.paid': 'Could not verify: the account has no classic infrastructure that IKS can use (see paid-account). {reason}',
    'classic.blocked.paid.fix': 'Fix the paid-account finding first, then re-run.',
    'classic.fix.nobody-has-credentials': "If nobody holds credentials of that classic account any more, open an IBM Cloud support case (https://cloud.ibm.com/unifiedsupport/cases/add) with cluster ID {clusterId}: support can name that account's administrator, but cannot delete the orphaned cluster.",
    // infra-credentials
    'infra-credentials.title': 'Which classic infrastructure account the region uses',
    'infra-credentials.linked': "Region {region}, resource group {resourceGroup} uses the account's linked classic infrastructure (classic account {account}); no credentials are set manually (E0051, which is normal).",
    'infra-credentials.manual': 'Region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username} (classic account {account}).',
    'infra-credentials.manual-other': 'Region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username} (classic account {account}, not the linked classic account {linked}).',
    'infra-credentials.linked-none': 'Region {region}, resource group {resourceGroup} has no manually set classic credentials, and the account has no linked classic infrastructure.',
    'infra-credentials.linked-none.why': 'IKS then has no classic infrastructure account to work in; see the paid-account finding for the fix.',
    // orphaned-workers
    'orphaned-workers.title': "The workers are in the classic account the region's credentials use",
    'orphaned-workers.pass': 'All {count} workers of {cluster} are devices of classic account {account}, which region {region}, resource group {resourceGroup} uses: {credentials}.',
    'orphaned-workers.no-workers': 'Cluster {cluster} has no provisioned workers to look up in classic infrastructure.',
    'orphaned-workers.partial': '{missing} of {count} workers of {cluster} are not among the devices of classic account {account} that the key can see; the others are.',
    'orphaned-workers.partial.why': 'Workers in another classic account would fail with "incorrect account for worker"; but a classic user without access to all devices also sees only some of them.',
    'orphaned-workers.partial.fix': 'Look the missing workers up as a classic user with access to all devices (details list them); if they are in another account, the cluster is orphaned:',
    'orphaned-workers.unconfirmed': 'The workers of {cluster} are not devices of the linked classic account {linked}. Region {region}, resource group {resourceGroup} uses the manually set credentials of {username} (classic account {current}), whose devices this key cannot read, and no worker reports "incorrect account for worker".',
    'orphaned-workers.unconfirmed.why': "That is what a healthy cluster in a team's classic account looks like, but it cannot be confirmed: IKS holds that account's classic API key, the pipeline does not.",
    'orphaned-workers.unconfirmed.fix': 'Confirm as {username} (or another user of that classic account) that the workers are its devices:',
    'orphaned-workers.unverified': 'Could not verify where the workers of {cluster} are: the device list of classic account {account} could not be read: {reason}',
    'orphaned-workers.unverified.why': 'A device list the key may not read proves nothing either way, so the cluster is not called orphaned; but the pre-flight cannot say the workers are in the right account.',
    'orphaned-workers.unverified.fix.permissions': "Give the pipeline's classic user in account {account} device access (View Virtual Server Details, View Hardware Details, and access to all devices), or skip this check with a reason:",
    'orphaned-workers.unverified.fix.other': 'Re-run the job; for an account too large to list, skip this check with a reason (a skip-checks line `orphaned-workers: <reason>`).',
    'orphaned-workers.orphaned.unset': 'Cluster {cluster} is orphaned: its workers are devices of the linked classic account {linked}, but region {region}, resource group {resourceGroup} uses the manually set credentials of {username} (classic account {current}).',
    'orphaned-workers.orphaned.set': 'Cluster {cluster} is orphaned: its workers are not devices of classic account {current}, which region {region}, resource group {resourceGroup} uses ({credentials}): they were created in another classic account.',
    'orphaned-workers.orphaned.either': 'Cluster {cluster} is orphaned: {reported} worker(s) report "incorrect account for worker"; region {region}, resource group {resourceGroup} uses {credentials}.',
    'orphaned-workers.orphaned.why': 'IKS manages classic workers with the infrastructure credentials of the cluster\'s region and resource group; with workers in another classic account, {operation} fails with "incorrect account for worker". Other clusters can still be managed.',
    'orphaned-workers.detail.plain': '{worker} ({ip}, {state}){incorrect}',
    'orphaned-workers.detail.in': '{worker} ({ip}, {state}) in classic account {account}{incorrect}',
    'orphaned-workers.detail.not-in': '{worker} ({ip}, {state}) not in classic account {account}{incorrect}',
    'orphaned-workers.detail.linked': '(linked)',
    'orphaned-workers.detail.no-ip': 'no private IP',
    'orphaned-workers.detail.unknown-state': 'unknown state',
    'orphaned-workers.fix.unset': 'Point region {region}, resource group {resourceGroup} back to the linked classic account {linked}; `credential get` then answers "No credentials set … (E0051)". Retry the operation:',
    'orphaned-workers.fix.either-unset': 'If the workers are devices of the linked classic account {linked}, remove the manually set credentials:',
    'orphaned-workers.fix.set': 'Set the credentials of a user of the classic account that holds the workers (the user name starts with that account\'s ID and "_", the key is that user\'s classic infrastructure API key) for region {region}, resource group {resourceGroup}:',
    'orphaned-workers.fix.either-set': 'Otherwise set the credentials of a user of the classic account that holds the workers (the user name starts with that account\'s ID and "_", the key is that user\'s classic infrastructure API key):',
    'orphaned-workers.fix.see-switch': 'Before switching, read the credential-switch finding: the switch orphans every other cluster of region {region}, resource group {resourceGroup} whose workers are in the account used now.',
    // credential-switch
    'credential-switch.title': 'A credential switch orphans no other cluster',
    'credential-switch.not-needed': 'Cluster {cluster} is not orphaned; no credential switch is needed for region {region}, resource group {resourceGroup}.',
    'credential-switch.no-switch-advised': 'No credential switch is advised for {cluster} (orphaned-workers did not find it orphaned).',
    'credential-switch.safe': 'Switching the credentials of region {region}, resource group {resourceGroup} orphans no other classic cluster.',
    'credential-switch.orphans': 'Switching the credentials of region {region}, resource group {resourceGroup} to fix {cluster} orphans {count} other cluster(s) whose workers are devices of the {now} used now: {clusters}.',
    'credential-switch.may-orphan': 'Switching the credentials of region {region}, resource group {resourceGroup} to fix {cluster} most likely orphans {count} other cluster(s) that work with the {now} used now: {clusters}.',
    'credential-switch.why': 'IKS uses one set of classic credentials per region and resource group; clusters whose workers are in different classic accounts cannot all be managed in {region} at the same time.',
    'credential-switch.now.linked': 'linked classic account {account}',
    'credential-switch.now.current': 'classic account {account}',
    'credential-switch.detail.definite': '{cluster} ({id}): workers are devices of {now}',
    'credential-switch.detail.likely': '{cluster} ({id}): workers are not in the linked account and report no account mismatch, so they are most likely in {now}',
    'credential-switch.fix.lasting': 'Switch only when those clusters can wait. The lasting fix: recreate the classic clusters of region {region}, resource group {resourceGroup} so that all of them are in one classic infrastructure account, then keep the credentials pointing there.',
    // totp-mfa
    'totp-mfa.title': 'Multifactor authentication does not block classic infrastructure',
    'totp-mfa.pass': 'Account MFA setting is {mfa}; it does not affect the classic infrastructure calls of region {region}, resource group {resourceGroup}.',
    'totp-mfa.manual': 'Account MFA setting is {mfa}, but region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username}, which TOTP does not affect.',
    'totp-mfa.enabled': 'Account MFA setting is {mfa} (TOTP) and region {region}, resource group {resourceGroup} uses the linked classic infrastructure without manually set credentials.',
    'totp-mfa.reported': 'IBM Cloud refuses the classic infrastructure login of region {region}, resource group {resourceGroup}: "{message}" (account MFA setting {mfa}).',
    'totp-mfa.user.override': "{mfa} for {user}, the owner of the API key IKS uses (a per-user setting; the account's is {account})",
    'totp-mfa.why': 'TOTP applies to the classic infrastructure calls IKS makes with the linked account, so IKS cannot create or manage classic clusters and workers ("can\'t authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.").',
    'totp-mfa.level': 'Account MFA setting is {mfa} and region {region}, resource group {resourceGroup} uses the linked classic infrastructure without manually set credentials.',
    'totp-mfa.level.why': 'IBM documents TOTP as the blocker; whether {mfa} also blocks the classic calls of IKS is not documented. If an operation fails with the TOTP message, apply one of these fixes.',
    'totp-mfa.fix.turn-off': 'Either turn TOTP off for the account (account owner or administrator; console: Manage > Access (IAM) > Settings > Multifactor authentication > None):',
    'totp-mfa.fix.classic-key': 'Or keep TOTP and give IKS a classic infrastructure API key: create or find the classic infrastructure API key of the account owner or of a user with the required permissions (user name {linked}_<email>), then, in every region and resource group with classic clusters ({regions}), set it, check it and make the clusters use it:',
    // paid-account
    'paid-account.title': 'The account has classic infrastructure',
    'paid-account.pass': 'The account has linked classic infrastructure (classic account {account}) for region {region}, resource group {resourceGroup}.',
    'paid-account.is-paid': 'IKS reports cluster {cluster} as paid (isPaid); region {region}, resource group {resourceGroup} can use classic infrastructure (linked classic account {account}).',
    'paid-account.manual': 'The account has no linked classic infrastructure, but region {region}, resource group {resourceGroup} uses the manually set classic credentials of {username}.',
    'paid-account.unlinked': 'Account {accountId} has no linked classic infrastructure (not a paid account), and region {region}, resource group {resourceGroup} has no manually set classic credentials.',
    'paid-account.e0057': 'IKS refuses classic infrastructure for region {region}, resource group {resourceGroup} ({operation}, {code}): "{message}"',
    'paid-account.why': 'Classic clusters and workers are ordered in classic infrastructure, which needs a Pay-As-You-Go or Subscription account (or classic credentials of one); IKS answers "Unable to connect to the IBM Cloud account. Ensure that you have a paid account." (E0057).',
    'paid-account.fix.upgrade': 'Upgrade the account to Pay-As-You-Go or Subscription (console: Manage > Account > Account settings; https://cloud.ibm.com/docs/account?topic=account-upgrading-account), which links classic infrastructure;',
    'paid-account.fix.credentials': 'or set the classic credentials of a user of a paid classic infrastructure account for region {region}:',
    'paid-account.fix.vpc': 'For a new cluster, a VPC cluster (provider vpc-gen2) does not need classic infrastructure.',
    // classic-region
    'classic-region.title': 'Classic clusters can still be created in the region',
    'classic-region.pass': 'The account has {count} classic cluster(s) in region {region} ({clusters}), so a classic cluster can be created there.',
    'classic-region.none': 'The account has no classic cluster in region {region} (among the clusters this key can see): IKS refuses the create with E501e.',
    'classic-region.none-soon': 'The account has no classic cluster in region {region} (among the clusters this key can see): from 2026-10-01 IKS refuses such a create with E501e.',
    'classic-region.why': 'Since 2026-10-01 an account can create classic clusters only in regions where it already has one: "E501e: Classic cluster creation is not supported in regions that do not have existing classic clusters."',
    'classic-region.fix.other-region': 'Create the classic cluster in a region where the account has classic clusters ({regions}):',
    'classic-region.fix.no-classic': 'The account has no classic cluster in any region, so it can no longer create classic clusters.',
    'classic-region.fix.vpc': 'Or create a VPC cluster (provider vpc-gen2) in the region instead:',
    'classic-region.fix.no-such-region': "Check the region input: {region} is neither a region of the account's clusters nor one where IKS lists VPC zones ({regions}), so it is likely misspelt."
};

;// CONCATENATED MODULE: ./src/messages/en/classic-vlans.ts
/** classic-vlans: the VLANs a classic create or zone add places its workers on. */
const classicVlans = {
    'classic-vlans.title': 'Classic zones: the VLANs given exist there, or none are needed',
    'classic-vlans.detail.private': 'private',
    'classic-vlans.detail.public': 'public',
    'classic-vlans.pass': 'Zone {zone}: private VLAN {private} and public VLAN {public} are VLANs of the account in the zone, of the right type and on one router pair.',
    'classic-vlans.pass-private-only': 'Zone {zone}: private VLAN {private} is a private VLAN of the account in the zone. No public VLAN is given, so the workers are private-only (the public VLANs of the zone: {publics}).',
    'classic-vlans.pass-public-only': 'Zone {zone}: public VLAN {public} is a public VLAN of the account in the zone, and the account has no private VLAN there yet, so IKS creates one.',
    'classic-vlans.pass-new': 'Zone {zone}: the account has no VLANs there and none are given; IKS creates a private and a public VLAN with the first standard cluster of a zone (IBM: "If this standard cluster is the first standard cluster that you create in this zone, don\'t include this option. A private VLAN is created for you", ibmcloud ks cluster create classic).',
    'classic-vlans.not-in-zone': 'Zone {zone}: {kind} VLAN {id} is not a VLAN of the account in this zone (the account has {count} VLAN(s) there).',
    'classic-vlans.wrong-type': 'Zone {zone}: VLAN {id} is given as the {kind} VLAN, but it is a {actual} VLAN.',
    'classic-vlans.missing': 'Zone {zone}: the account already has {count} VLAN(s) there, but the {operation} names none ({flags} missing): IKS refuses it with E0020 ("One or more required fields are missing").',
    'classic-vlans.routers': 'Zone {zone}: private VLAN {private} (router {privateRouter}) and public VLAN {public} (router {publicRouter}) are not on one router pair.',
    'classic-vlans.vlan.why': 'Classic workers are placed on VLANs of their own zone: a private VLAN (back-end router bcr…) and, unless the workers are private-only, a public VLAN (front-end router fcr…). IKS rejects a VLAN ID that is not one of the account\'s VLANs in that zone, or not of that type; IBM documents the code of that refusal only as E0020, "One or more required fields are missing".',
    'classic-vlans.missing.why': 'IKS creates VLANs only with the first standard cluster of a zone. Once the account has VLANs in a zone, a classic create or zone add there must name them, or IKS fails with E0020: "One or more required fields are missing. To create a standard cluster, you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN. If this is the first standard cluster that you create in this zone, the public and private VLAN flags are not required."',
    'classic-vlans.routers.why': 'IBM: "Private VLAN routers always begin with bcr (back-end router) and public VLAN routers always begin with fcr (front-end router). When you create a cluster and specify the public and private VLANs, the number and letter combination after those prefixes must match."',
    'classic-vlans.detail.of-kind': 'The {kind} VLANs of the account in zone {zone}: {ids}. Every VLAN of the zone:',
    'classic-vlans.fix.use': 'Pass VLANs of zone {zone} ({flags}; in Terraform private_vlan_id and public_vlan_id):',
    'classic-vlans.fix.list': 'List the VLANs of zone {zone} and pass a {kind} one:',
    'classic-vlans.fix.list-any': 'List the VLANs of zone {zone} and pass them:',
    'classic-vlans.fix.none-exist': 'The account has no VLANs in zone {zone}: leave out the VLANs (--private-vlan, --public-vlan; in Terraform private_vlan_id and public_vlan_id) and IKS creates them, or check that the zone is the one you meant:',
    'classic-vlans.needs-zones': 'Not checked: the {operation} names no zone for its VLANs; give zones (with private-vlan and public-vlan when you pass VLANs), or a Terraform plan.',
    'classic-vlans.after-apply': 'Not checked: {input} is known only after apply.',
    'classic-vlans.vrf': 'The {operation} makes cluster {cluster} span {count} zones ({zones}), and VLAN spanning is off for the classic account of region {region}, resource group {resourceGroup}. Unless the account has a Virtual Router Function (VRF), its workers cannot reach each other on the private network.',
    'classic-vlans.vrf-unknown': 'The {operation} makes cluster {cluster} span {count} zones ({zones}); whether the classic account of region {region}, resource group {resourceGroup} has VLAN spanning could not be read ({message}).',
    'classic-vlans.vrf.why': 'IBM: "In classic clusters, if you have multiple VLANs for your cluster, multiple subnets on the same VLAN, or a multizone classic cluster, you must enable a Virtual Router Function (VRF) for your IBM Cloud infrastructure account so your worker nodes can communicate with each other on the private network." IKS does not refuse the operation; the workers cannot talk. Whether VRF is on cannot be read with this key.',
    'classic-vlans.vrf.fix': 'Check whether VRF is on (ibmcloud account show); if it is not and cannot be, turn on VLAN spanning for the account (https://cloud.ibm.com/docs/vlans?topic=vlans-vlan-spanning):',
    'classic-vlans.pool-no-vlans': 'Not checked: a classic worker pool gets its zones and VLANs when zones are added to it (zone-add, Terraform ibm_container_worker_pool_zone_attachment); that operation is checked.'
};

;// CONCATENATED MODULE: ./src/messages/en/cluster-api-key.ts
/** cluster-api-key: the stored key's owner is still an active user of the account (issue 11). */
const clusterApiKey = {
    'cluster-api-key.owner.detail.active': 'Its owner {owner} is an active user of account {accountId} ({iamId}).',
    'cluster-api-key.owner.detail.key-verified': "Verified: IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}; only its owner's state is unknown.",
    'cluster-api-key.owner.detail.service-id': "Its owner {owner} has no e-mail address in IKS's answer (a service ID): User Management lists users only, so the owner's state was not checked.",
    'cluster-api-key.owner-gone': 'IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}, but the owner is no longer a user of account {accountId}: no user there has the e-mail address {email}.',
    'cluster-api-key.owner-inactive': 'IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}, but that user ({iamId}) is in state {state} in account {accountId}, not ACTIVE.',
    'cluster-api-key.owner.why': 'IKS makes the IAM and infrastructure calls of {operation} with the stored key of a user who is not an active user of the account: IAM refuses that key and the operation fails with "Provided user not found or active" (P0005, BXNIM0410E).',
    'cluster-api-key.owner-inactive.why.pending': 'PENDING: the user was invited and has not joined the account yet, so the key cannot act in it. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
    'cluster-api-key.owner-inactive.why.processing': 'PROCESSING: the invitation is still being created; the user is not active in the account. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
    'cluster-api-key.owner-inactive.why.vpn-only': 'VPN_ONLY: IBM restricts the user to VPN access to classic devices; they cannot use the console or IAM-enabled resources. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
    'cluster-api-key.owner-inactive.why.suspended': 'SUSPENDED: IBM documents that a suspended user cannot perform any action in the account. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
    'cluster-api-key.owner-inactive.why.invalid': 'IAMID_INVALID: the user\'s IBMid was deleted and IBM documents that they cannot access IAM-enabled resources. IKS makes the calls of {operation} with this key and fails with "Provided user not found or active" (P0005).',
    'cluster-api-key.owner-inactive.why.no-classic': 'DISABLED_CLASSIC_INFRASTRUCTURE: IBM documents that the user keeps the console and platform resources but can no longer access classic infrastructure. IKS orders, reloads and deletes the classic workers of this cluster with this key, so {operation} fails.',
    'cluster-api-key.owner-inactive.why.no-classic-vpc': 'DISABLED_CLASSIC_INFRASTRUCTURE: IBM documents that the user keeps the console and platform resources and loses only classic infrastructure, which a VPC cluster does not use. IBM does not document whether IKS accepts such an owner for {operation}; an active owner removes the doubt.',
    'cluster-api-key.owner-inactive.why.other': 'IBM lists only ACTIVE as a working user; IKS makes the calls of {operation} with this key and answers "Provided user not found or active" (P0005) for an owner who is not active.',
    'cluster-api-key.owner.fix': 'An active user of the account (not a service ID) with the Administrator role on Kubernetes Service stores their own key for region {region}, resource group {resourceGroup}; keys are stored per resource group, so target it first:',
    'cluster-api-key.owner.fix.verify': 'Then check that IKS names the new owner:',
    'cluster-api-key.owner.self-only': 'Could not check whether the owner of the stored key, {owner}, is still an active user of account {accountId}: User Management listed only the caller, as it does for a caller without a User Management role.',
    'cluster-api-key.owner.self-only.fix': 'Give the key that runs pre-flight the Viewer role on User Management:'
};

;// CONCATENATED MODULE: ./src/messages/en/common.ts
/** Outcomes shared by every check. */
const common = {
    'common.could-not-verify': 'Could not verify: {reason}',
    'common.could-not-verify.why': 'The pre-flight could not read what this check needs from IBM Cloud, so it cannot say whether the operation will succeed.',
    'common.could-not-verify.fix.access': "{service} refused this read (HTTP {status}): the key's identity needs the {role} role on {label}. Grant it, then re-run; re-running alone does not help.",
    'common.could-not-verify.fix.classic-access': 'Classic infrastructure refused this read (HTTP {status}): the classic user the key acts as lacks a permission for it. Grant it (ibmcloud sl user permission-edit), then re-run; re-running alone does not help.',
    'common.could-not-verify.fix.not-found': '{service} answered 404 Not Found to "{operation}" ({what}). Check the names and IDs in the inputs and that the key belongs to the account that holds them; re-running does not help.',
    'common.could-not-verify.fix.rejected': '{service} rejected "{operation}" (HTTP {status}); re-running will not change that. If the inputs are right, open an IBM Cloud support case with the incident ID below.',
    'common.could-not-verify.not-ibm': 'Could not verify: this is not IBM Cloud answering. {service} ({operation}) answered {answer}, without any of the fields IBM puts in its errors.',
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

;// CONCATENATED MODULE: ./src/messages/en/credentials.ts
/** The credentials family: api-key, account, cluster-access, cluster-name, cluster-api-key, infra-permissions. */
const credentials = {
    'api-key.title': 'The API key is valid',
    'api-key.pass': 'The API key exchanges for an IAM token ({identity}, account {accountId}).',
    'api-key.unknown': 'IAM does not know this API key ({answer}).',
    'api-key.unknown.why': 'Every IBM Cloud call of the operation is made with this key; with an unknown key nothing can run.',
    'api-key.unknown.fix': "Create a new API key for the pipeline's user or service ID, store it as the secret the workflow passes in api-key, and delete the old secret.",
    'api-key.rejected': 'IAM rejected the API key ({answer}).',
    'api-key.rejected.why': 'Without an IAM token no IBM Cloud call of the operation can be made.',
    'api-key.rejected.fix': 'Check that the secret holds a current IBM Cloud API key (not a classic infrastructure key or an IAM token), then re-create the key if needed.',
    'api-key.disabled': 'The API key {keyName} is disabled.',
    'api-key.disabled.why': 'A disabled API key cannot authenticate, so every call of the operation fails.',
    'api-key.disabled.fix': 'Enable the key again (its owner, or an administrator of IAM Identity), or replace it:',
    'api-key.locked': 'The API key {keyName} is locked: it authenticates, but it cannot be changed, rotated or deleted until it is unlocked.',
    'api-key.locked.why': 'Locking protects a key from deletion; it does not block the operation, but key rotation in this pipeline will fail until the key is unlocked.',
    'api-key.locked.fix': 'Unlock the key when you need to rotate or delete it:',
    // account
    'account.title': 'The key belongs to the expected account',
    'account.pass': 'Account {account} is in expected-account-ids.',
    'account.no-allow-list': 'No expected-account-ids given; the key belongs to account {account}.',
    'account.unexpected': 'The API key belongs to account {account}, which is not in expected-account-ids ({expected}).',
    'account.unexpected.why': 'The operation would run in another account than intended: clusters would be created there, or not be found.',
    'account.unexpected.fix': 'Pass the API key of the intended account (check which secret and environment the job uses), or add {accountId} to expected-account-ids if this account is intended.',
    'account.resource-group-unknown': 'The resource-group input names a group this key cannot find: {message}',
    'account.resource-group-unknown.why': 'IKS scopes credentials, API keys and new clusters by resource group ID; an unknown group fails every such call.',
    'account.resource-group-unknown.fix': 'Set resource-group to the ID or exact name (case-sensitive) of a group in the account:',
    // cluster-access
    'cluster-access.title': 'The cluster can be read with this key',
    'cluster-access.pass': 'Cluster {name} ({id}): {provider} in {region}, resource group {resourceGroup}, state {state}.',
    'cluster-access.not-found': 'IKS cannot find cluster {cluster} for this key ({answer}).',
    'cluster-access.hint.G0004': 'The operation targets a cluster that this key cannot see in account {accountId}, so it fails at once. G0004 usually means another account or resource group is targeted.',
    'cluster-access.hint.A0006': "The operation targets a cluster that this key cannot see in account {accountId}, so it fails at once. A0006 usually means another region or resource group is targeted, or the key's owner has no Viewer role on the cluster.",
    'cluster-access.hint.other': "The operation targets a cluster that this key cannot see in account {accountId}, so it fails at once: it is in another account, region or resource group, or the key's owner has no Viewer role on it.",
    'cluster-access.not-found.fix.list': 'List the clusters this key sees, and check the account, region and resource group the workflow targets:',
    'cluster-access.not-found.fix.role': "If the cluster is there for other users, give the key's owner at least the Viewer platform role on it:",
    'cluster-access.forbidden': 'The key may not read cluster {cluster} ({answer}).',
    'cluster-access.forbidden.why': 'Reading a cluster needs the Viewer platform role on Kubernetes Service, and {operation} needs the {role} role.',
    'cluster-access.forbidden.fix': "An administrator gives the key's owner the roles on this cluster:",
    'cluster-access.region-mismatch': 'Cluster {name} is in region {actual}, not in {given} from the region input.',
    'cluster-access.group-mismatch': 'Cluster {name} is in resource group {actual}, not in {given} from the resource-group input.',
    'cluster-access.mismatch.why': "Commands that target the input's region or resource group fail with A0006 or G0004 for this cluster.",
    'cluster-access.mismatch.fix': "Target the cluster's own region and resource group in the workflow:",
    'cluster-state.state': 'Cluster {name} ({id}) is {state}.',
    'cluster-state.state.why': 'IKS does not accept {operation} while a cluster is {state}.',
    'cluster-state.state.unsupported.why': 'The cluster runs a Kubernetes version that is out of support: IKS does not add or reload its workers until the master is updated to a supported version ({operation}).',
    'cluster-state.state.requested.why': 'IBM: in state requested the create is sent and the deployment has not started yet. IBM documents no refusal of {operation} here, but the master is not deployed: the operation may wait or fail.',
    'cluster-state.state.unsupported.allowed.why': 'The cluster runs a version that is out of support. IBM: "You can still delete the cluster or worker nodes, or update the cluster to the next version": {operation} is allowed, but update the master soon.',
    'cluster-state.state.unsupported.resize-unknown.why': "The cluster runs a version that is out of support: IKS refuses a resize that adds workers and allows one that removes them, and the pool's size before or after {operation} is not known here.",
    'cluster-state.workers-unknown': 'IKS lists no worker {workers} in cluster {name}; its workers: {known}.',
    'cluster-state.workers-unknown.why': 'The workers input names workers by the IDs IKS lists (ibmcloud ks worker ls); an ID IKS does not list cannot be checked, and the operation would not find it.',
    'cluster-state.workers-unknown.fix': 'List the workers and give their IDs in workers:',
    'cluster-state.detail.all-workers': 'The workers input names no worker: every worker of the cluster was judged.',
    'cluster-state.detail.replace-fixes': "{worker} is {state}: replacing it is IBM's fix, so it does not hold up worker-replace.",
    'cluster-state.state.degraded.why': 'IBM reports the cluster as {state}: {operation} may fail or make it worse; look at the cluster first.',
    'cluster-state.state.fix.update': 'Update the master to the next version IKS lists (one minor version at a time, then the workers), and run the operation after that:',
    'cluster-state.state.fix.failed': 'IKS does not recover a cluster from this state by itself: look at the cluster and its workers; if the state stays, open an IBM support case with the cluster ID:',
    'cluster-state.state.fix': 'Wait until the cluster settles, then check its state:',
    // cluster-state
    'cluster-state.title': 'The cluster, its master and its workers let the operation run',
    'cluster-state.pass': 'Cluster {name} is {state}, its master {masterState}; no worker is busy with another operation.',
    'cluster-state.pass-no-master': 'Cluster {name} is {state}; no worker is busy with another operation (IKS did not report the master state).',
    'cluster-state.pass-cluster': 'Cluster {name} is {state}, its master {masterState}.',
    'cluster-state.pass-cluster-only': 'Cluster {name} is {state} (IKS did not report the master state).',
    'cluster-state.pass-delete': 'Cluster {name} is {state}; IKS deletes a cluster in any state.',
    'cluster-state.master': 'The master of cluster {name} is {masterState}.',
    'cluster-state.master.update.why': 'IKS accepts {operation} only while the master is deployed (Ef9cc "master must be in the deployed state").',
    'cluster-state.master.busy.why': 'A master operation is in progress; {operation} may collide with it or wait for it.',
    'cluster-state.master.fix': 'Wait until the master is deployed (Ready), then re-run; a failed master update needs a look:',
    'cluster-state.workers': '{count} worker(s) of cluster {name} are busy with another operation or failed.',
    'cluster-state.workers.why': 'IKS runs one operation per worker at a time: {operation} on these workers waits, or fails, until they settle.',
    'cluster-state.workers.fix': 'Wait until the pending operations finish (or fix the failed workers), then re-run:',
    // worker-minimum
    'worker-minimum.title': 'The operation leaves the cluster the workers IKS requires',
    'worker-minimum.pass': 'Cluster {name} keeps {left} worker(s) after {operation} ({now} now); {platform} clusters need at least {minimum}.',
    'worker-minimum.pass-one': 'Cluster {name} keeps {left} worker(s) after {operation} ({now} now, counting one worker deleted: the workers input names none); {platform} clusters need at least {minimum}.',
    'worker-minimum.pass-named': 'Cluster {name} keeps {left} worker(s) after {operation} ({now} now, {count} named in workers removed); {platform} clusters need at least {minimum}.',
    'worker-minimum.pass-any': 'Cluster {name} keeps {left} worker(s) after {operation} ({now} now): enough on either platform (OpenShift needs 2, Kubernetes 1).',
    'worker-minimum.fail': 'OpenShift cluster {name} would keep {left} worker(s) after {operation} ({now} now); OpenShift clusters need at least 2.',
    'worker-minimum.fail-one': 'OpenShift cluster {name} would keep {left} worker(s) after {operation} ({now} now, counting one worker deleted: the workers input names none); OpenShift clusters need at least 2.',
    'worker-minimum.fail-named': 'OpenShift cluster {name} would keep {left} worker(s) after {operation} ({now} now, {count} named in workers removed); OpenShift clusters need at least 2.',
    'worker-minimum.fail.why': 'IKS refuses an operation that leaves an OpenShift cluster fewer than 2 workers (E1437 "below the cluster\'s minimum requirement of 2 workers"; IBM\'s OpenShift FAQ: "Clusters must always have at least 2 worker nodes"); workers already being deleted do not count.',
    'worker-minimum.fail.fix.resize-other': 'First resize pool {pool}, which the operation leaves alone, so the cluster keeps {minimum} worker(s):',
    'worker-minimum.fail.fix.resize-self': 'Or resize pool {pool} to {size} worker(s) per zone instead:',
    'worker-minimum.fail.fix.create': 'First create another worker pool and add a zone to it (fill in the name, flavor and zone), so the cluster keeps {minimum} worker(s):',
    'worker-minimum.zero': 'Cluster {name} would keep no workers after {operation} ({now} now).',
    'worker-minimum.zero.why': "IBM's FAQ says a Kubernetes cluster must always have at least 1 worker node, but its cluster-states page describes clusters whose workers were all removed (state warning) and documents no refusal. A cluster without workers runs no apps, and pods may not start on new workers until the Calico node entries are cleaned up.",
    'worker-minimum.platform-unknown': 'Cluster {name} would keep {left} worker(s) after {operation} ({now} now), and IKS did not say whether it is a Kubernetes or an OpenShift cluster.',
    'worker-minimum.platform-unknown.why': "OpenShift clusters need at least 2 workers (E1437), Kubernetes clusters at least 1. Neither the cluster's type nor its version named the platform, so this is not judged as a blocker.",
    'worker-minimum.pending': 'Cluster {name} keeps {left} worker(s) after {operation} ({now} now), but {count} of them have a pending operation.',
    'worker-minimum.pending.why': 'IKS may count workers with a pending operation against the minimum of {minimum} (E1437 "If there are any worker operations pending, you might need wait for them to complete").',
    'worker-minimum.pending.fix': 'Wait until the pending operations finish, then run the operation:',
    'worker-minimum.needs-input': 'Not checked: {operation} needs the {input} input to count the workers left.',
    'worker-minimum.after-apply': 'Not checked: {input} is known after apply.',
    'worker-minimum.pool-unknown': 'Not checked: IKS lists no worker of pool {pool} in cluster {name}, so the zones it resizes are unknown.',
    'worker-minimum.workers-unknown': 'Not checked: IKS lists no worker {workers} in cluster {name} (cluster-state names the workers it has).',
    'worker-minimum.detail.removed': '{worker} (pool {pool}): removed by {operation}',
    // cluster-name
    'cluster-name.title': 'The new cluster name is free',
    'cluster-name.pass': 'No cluster named {name} exists in region {region}.',
    'cluster-name.pass-other-regions': 'No cluster named {name} exists in region {region} (one exists in {regions}).',
    'cluster-name.pass-replaced': 'A cluster named {name} exists in region {region} (ID {id}); the plan deletes it before it creates the new one, so the name is free by then.',
    'cluster-name.taken': 'A cluster named {name} already exists in region {region} (ID {id}, resource group {resourceGroup}).',
    'cluster-name.taken.why': 'IKS rejects the create with E0007: a cluster with the same name already exists.',
    'cluster-name.taken.fix': 'Choose another name, or, if the existing cluster is a leftover of an earlier failed run, inspect it before deciding to delete it:',
    // cluster-api-key
    'cluster-api-key.title': 'IKS has a usable API key for the region and resource group',
    'cluster-api-key.pass': 'IKS uses the API key of {owner} for region {region}, resource group {resourceGroup}.',
    'cluster-api-key.pass-will-create': "No cluster in region {region}, resource group {resourceGroup} shows a stored API key; IKS creates one from the caller's key ({caller}) at the first create.",
    'cluster-api-key.missing': 'IKS has no API key stored for region {region}, resource group {resourceGroup} ({answer}).',
    'cluster-api-key.missing.why': 'IKS makes the infrastructure and IAM calls of {operation} with that stored key; without it the operation fails.',
    'cluster-api-key.reset.fix': 'An identity with the Administrator role on Kubernetes Service (a service ID also needs Operator on IAM Identity) stores its key, once per region and resource group:',
    'cluster-api-key.service-id': 'The caller is a service ID ({caller}) and IKS has no user API key for region {region}, resource group {resourceGroup}.',
    'cluster-api-key.service-id-unknown': 'The caller is a service ID ({caller}) and no cluster in region {region}, resource group {resourceGroup} shows whether IKS has a user API key there.',
    'cluster-api-key.service-id.why': "IKS stores the creating identity's key for the region and resource group. IBM documents service IDs as key owners when they hold the Operator role on the IAM Identity service; without it the create fails (A0656, A03e9b). This run does not read the service ID's roles.",
    'cluster-api-key.service-id.fix.operator': 'The service ID also needs the Operator role on the IAM Identity service:',
    'cluster-api-key.restricted': 'API key creation is restricted in account {accountId} (restrict_create_platform_apikey: RESTRICTED) and IKS has no API key for region {region}, resource group {resourceGroup}.',
    'cluster-api-key.restricted-unknown': 'API key creation is restricted in account {accountId} (restrict_create_platform_apikey: RESTRICTED) and no cluster in region {region}, resource group {resourceGroup} shows whether IKS has an API key there.',
    'cluster-api-key.restricted.why': 'IKS must create an API key for the cluster; with creation restricted it can only do so for users who hold the "User API key creator" role. This run does not read the user\'s roles.',
    'cluster-api-key.restricted.fix': 'Give the user who resets the key the "User API key creator" role on IAM Identity, then reset the key:',
    // infra-permissions
    'infra-permissions.title': 'Classic infrastructure permissions are complete',
    'infra-permissions.pass': 'No required or recommended classic infrastructure permissions are missing for region {region}, resource group {resourceGroup}. {judged}',
    'infra-permissions.missing-required': 'The infrastructure credentials of region {region}, resource group {resourceGroup} lack {count} required classic permission(s): {permissions}. {judged}',
    'infra-permissions.missing-required.why': 'IKS orders, reloads and cancels classic devices with these credentials; a missing required permission fails {operation} ("\'Item\' must be ordered with permission" or "The infrastructure authentication credentials are not authorized for the request.").',
    'infra-permissions.missing-recommended': 'The infrastructure credentials of region {region}, resource group {resourceGroup} lack {count} recommended classic permission(s): {permissions}. {judged}',
    'infra-permissions.missing-recommended.why': 'Recommended (the CLI says "suggested") permissions are not needed for every operation, but without them some worker, network or storage tasks fail later.',
    'infra-permissions.fix': "An account administrator grants each missing permission to {user}, then checks again (find the user's ID with `ibmcloud sl user list`):",
    'infra-permissions.detail.required': '{category}, required: {permissions}',
    'infra-permissions.detail.recommended': '{category}, recommended: {permissions}',
    'infra-permissions.detail.required-unnamed': '{category}, required: IBM reports them insufficient without naming them (run `ibmcloud ks infra-permissions get`)',
    'infra-permissions.detail.recommended-unnamed': '{category}, recommended: IBM reports them insufficient without naming them (run `ibmcloud ks infra-permissions get`)',
    'infra-permissions.detail.unnamed': 'not named by IBM',
    'infra-permissions.detail.category.virtualWorker': 'Virtual worker permissions',
    'infra-permissions.detail.category.physicalWorker': 'Physical worker permissions',
    'infra-permissions.detail.category.network': 'Network permissions',
    'infra-permissions.detail.category.storage': 'Storage permissions',
    'infra-permissions.detail.judged.both': 'IBM checked classic account {account} (credentials: {accountType}).',
    'infra-permissions.detail.judged.account': 'IBM checked classic account {account}',
    'infra-permissions.detail.judged.type': 'IBM checked the credentials: {accountType}.',
    'infra-permissions.detail.judged.unknown': 'IBM did not say which classic account it checked.',
    'infra-permissions.user.manual': 'the infrastructure user {username}',
    'infra-permissions.user.linked': 'the owner of the API key that IKS stores for the region (see `{command}`)',
    'api-key.ip-allowlist': "IAM refused to issue a token to this run's address ({answer}): an IP address allowlist is on.",
    'api-key.ip-allowlist.why': "The account or the key's user allows IAM tokens only from listed IP addresses and subnets; the key is valid, the caller's address is not allowed.",
    'api-key.ip-allowlist.fix': "An account administrator adds the runner's public address to the allowed IP addresses (console: Manage > Access (IAM) > Settings; a user's own list: Users > the user > IP address restrictions), or the job runs from an allowed address.",
    'api-key.detail.allowlist-on': "IAM IP address allowlist on for the account ({addresses}): IKS's control plane of each region the cluster uses must be on it too.",
    'api-key.detail.allowlist-off': 'No IAM IP address allowlist on the account.'
};

;// CONCATENATED MODULE: ./src/messages/en/explain.ts
/**
 * Explain mode: what a failed run's output says. Summaries say what was recognised in the text; fixes
 * reuse the live checks' message ids where the remedy is the same (see src/explain/fixes.ts).
 */
const explain = {
    'explain.title': 'Known blockers in the output of the failed run',
    'explain.result.pass': 'No known blocker in the output of the failed run.',
    'explain.result.warn': 'The output of the failed run names no known blocker for certain; read the {warnings} warning(s).',
    'explain.result.fail': 'The output of the failed run names {count} known blocker(s); each has its fix below.',
    'explain.nothing-recognised': 'No known IKS blocker was recognised in the {lines} line(s) of text.',
    'explain.nothing-recognised.why': "Explain mode knows the errors of IBM's troubleshooting page and the IKS and IAM codes that block cluster and worker operations; this output has none of them.",
    'explain.nothing-recognised.fix': "Run the pre-flight against the cluster to check it live, and keep IBM's incidentID (if the output has one) for a support case:",
    'explain.nothing-recognised.incident': 'IBM named incident {incidentID}; quote it in a support case.',
    'explain.linked-account-normal': 'E0051 "The user credentials could not be found" is the normal answer when a region and resource group use the account\'s linked infrastructure; it is not a blocker.',
    // paid account (E0057)
    'explain.paid-account.title': 'The account can reach classic infrastructure',
    'explain.paid-account': 'IKS could not connect to the IBM Cloud account\'s classic infrastructure (E0057: "Ensure that you have a paid account").',
    'explain.paid-account.why': "Classic clusters and workers are ordered in the account's linked classic infrastructure; without a Pay-As-You-Go or Subscription account, or when account-wide TOTP blocks the linked credentials, every classic operation fails.",
    'explain.paid-account.fix.check': 'Check which infrastructure credentials the region and resource group use (E0051 there means the linked account):',
    'explain.paid-account.fix.upgrade': 'If the account is a Lite or trial account, upgrade it to Pay-As-You-Go or Subscription (Manage > Account > Account settings); a paid account gets linked classic infrastructure.',
    'explain.paid-account.fix.credentials': 'If the account is paid and uses TOTP, give IKS a classic infrastructure API key for every region with clusters, then make the clusters use it:',
    // TOTP
    'explain.totp-mfa.title': 'TOTP multifactor authentication does not block classic infrastructure',
    'explain.totp-mfa': 'IKS cannot authenticate the classic infrastructure user: the account requires time-based one-time passcodes (TOTP) to log in.',
    'explain.totp-mfa.why': 'Account-wide TOTP also applies to the calls IKS makes to classic infrastructure with the linked credentials, so IKS cannot create or manage clusters and workers.',
    'explain.totp-mfa.fix.off': 'Either an account owner or administrator turns TOTP off: Manage > Access (IAM) > Settings > Multifactor authentication > Edit > None > Update.',
    'explain.totp-mfa.fix.key': 'Or keep TOTP and give IKS the classic infrastructure API key of the account owner (or of a user with the right permissions), in every region with clusters, then check it and make existing clusters use it:',
    // orphaned workers
    'explain.orphaned-workers.title': 'The workers are in the infrastructure account the credentials point to',
    'explain.orphaned-workers': 'Worker(s) {workers} report "incorrect account for worker": the classic infrastructure credentials changed and no longer match the account the workers were provisioned in.',
    'explain.orphaned-workers.why': 'The cluster is orphaned: IKS manages its workers with the credentials of region and resource group, which now point to another classic account, so no worker of it can be added, reloaded, replaced or deleted.',
    'explain.orphaned-workers.fix.find': "See which infrastructure account the region and resource group use, and look the worker IDs up in that account's device list:",
    'explain.orphaned-workers.fix.linked': "If the workers are in the account's linked infrastructure, go back to the linked credentials:",
    'explain.orphaned-workers.fix.other': "If the workers are in another classic account, set that account's credentials (if nobody has them any more, IBM support can name that account's administrator, but cannot delete the cluster):",
    'explain.orphaned-workers.fix.retry': 'Retry the blocked action. Clusters of the same region and resource group created under the previous credentials are orphaned by the switch; the lasting fix is to recreate all of them in one infrastructure account.',
    // VPE gateway / worker endpoints
    'explain.vpe-gateway.title': "The cluster's VPE gateway exists and is stable",
    'explain.vpe-gateway': 'A worker of {cluster} waits with "Pending endpoint gateway creation": the cluster\'s virtual private endpoint gateway (iks-<cluster ID>) is missing.',
    'explain.vpe-gateway.why': "Workers reach the Kubernetes master through the cluster's VPE gateway; without it, or without its reserved IP in a worker subnet, they lose the master.",
    'explain.vpe-gateway.fix.refresh': 'Refresh the cluster master: it re-creates a missing gateway and its reserved IPs. Wait a few minutes, then check that the gateway iks-<cluster ID> exists and is stable (one that exists but is not stable needs IBM support):',
    'explain.worker-endpoints.title': 'Workers reach the master and registry endpoints',
    'explain.worker-endpoints': 'Worker(s) {workers} of {cluster} failed to deploy: network communication to the master or registry endpoints failed.',
    'explain.worker-endpoints.why': "Usually the cluster's VPE gateway or its reserved IP in the worker subnet is missing; a security group, ACL or custom route that blocks the traffic has the same effect.",
    'explain.worker-endpoints.fix.replace': 'If the workers still cannot reach the master after the refresh, replace each of them (its pods are drained and rescheduled):',
    // cluster access (A0006 / G0004)
    'explain.cluster-access': 'IKS could not find cluster {cluster} for the caller ({code}: "The specified cluster could not be found").',
    'explain.cluster-access.after-create': 'IKS answered "not found" ({code}) for cluster {cluster} while the same log shows it being created.',
    'explain.cluster-access.after-create.why': 'Right after accepting a create, IKS has answered 404 for the new cluster for a while (terraform-provider-ibm #3449, #4163); the cluster usually exists. Check it before changing targets or roles, then retry.',
    'explain.cluster-access.already-gone': 'Cluster {cluster} was already gone when the delete asked for it ({code}): there is nothing left to delete.',
    'explain.cluster-access.already-gone.why': 'The same log deletes the cluster before IKS answers "not found": an earlier delete (a retried destroy, another pipeline) removed it. This is not a permission problem.',
    'explain.cluster-access.already-gone.fix': 'Check that it is gone from the region and resource group, then drop it from the Terraform state if the destroy keeps failing:',
    'explain.resource-group': 'The resource group the run targeted ({group}) could not be found for the caller.',
    'explain.resource-group.why': 'The group does not exist in this account, is misspelt (the default group may be named "Default" or "default"), or the caller has no access policy on it. Credentials and the stored API key are per resource group, so the right group matters for every IKS operation.',
    'explain.resource-group.fix': 'List the groups the caller can see and target the right one:',
    'explain.cluster-access.why': "The run targeted another account, region or resource group than the cluster's, or the caller has no Viewer role on the cluster. Right after a create, IKS has also answered this for a short while: retry once before changing anything.",
    // cluster API key (A0656 / A03e9b / stored key)
    'explain.cluster-api-key.not-authorized': 'IKS was not allowed to create the API key for the region and resource group (A0656): the caller lacks the Operator role on the IAM Identity service, or the account restricts API key creation.',
    'explain.cluster-api-key.not-authorized.why': 'IKS creates the stored API key as the caller. A user or a service ID needs Operator on IAM Identity (an Administrator policy on all Identity and Access enabled services does not include it), and an account that restricts API key creation also needs the "User API key creator" role. A user with these roles can set the key instead.',
    'explain.cluster-api-key.operator.fix': 'Or give the caller the Operator role on the IAM Identity service (the first command for a user, the second for a service ID):',
    'explain.cluster-api-key.restricted.fix': 'If the account restricts API key creation, check the setting and give the caller the "User API key creator" role:',
    'explain.cluster-api-key.info.fix': 'See whose key IKS stores for the resource group of the cluster (the key and credentials are per region and resource group):',
    'explain.cluster-api-key.owner-gone': 'The owner of the API key IKS stores for the region and resource group is no longer active in the account or has no classic infrastructure link ("{message}").',
    'explain.cluster-api-key.owner-gone.why': 'IKS orders and manages infrastructure with the stored key of the region and resource group; when its owner left, is being removed (cancel_pending) or lost the infrastructure link, every operation fails until an active user resets the key.',
    'explain.cluster-api-key.iam-failed': 'IKS failed to create an API key with IAM (A03e9b).',
    'explain.cluster-api-key.iam-limit': "IKS failed to create an API key with IAM: IAM said BXNIM0151E, the owner's API key limit is reached.",
    'explain.cluster-api-key.iam-failed.why': "IKS stores one API key per region and resource group for the infrastructure and IAM calls of every operation; the create fails without it. IKS hides IAM's reason: BXNIM0151E means the owner reached the API key limit.",
    'explain.cluster-api-key.limit.fix': 'If IAM said BXNIM0151E, delete API keys the owner no longer uses:',
    'explain.cluster-api-key.stored-key': "IKS's own IAM token exchange failed: the API key IKS stores for the region and resource group is no longer valid ({message}).",
    'explain.cluster-api-key.stored-key.why': "IKS makes the operation's calls with that stored key, not with the pipeline's key; it was deleted, disabled, or its owner left the account.",
    // classic region (E501e)
    'explain.classic-region.title': 'Classic clusters can be created in the region',
    'explain.classic-region': 'IKS does not create classic clusters in region {region}: the account has no classic cluster there (E501e).',
    'explain.classic-region.why': 'Since 2026-10-01, classic cluster creation is allowed only in regions where the account already has classic clusters.',
    'explain.classic-region.fix': 'Create a VPC cluster instead, or create the classic cluster in a region where the account has classic clusters:',
    // cluster name (E0007)
    'explain.cluster-name': 'IKS rejected the create: a cluster named {name} already exists (E0007).',
    'explain.cluster-name.why': 'Cluster names are unique per region: another cluster in the region already has this name.',
    'explain.cluster-name.maybe-ours': 'IKS rejected the create because a cluster named {name} exists (E0007), but the log shows an earlier 5xx, timeout, retry or a create still running: the first create may have been accepted. Look it up before renaming.',
    'explain.cluster-name.maybe-ours.why': 'IKS has answered a create with HTTP 500 and built the cluster anyway; the retry (by the Terraform provider or a script) then finds the name taken (terraform-provider-ibm #3213, #3656). Renaming would leave a second, unmanaged cluster running.',
    'explain.cluster-name.maybe-ours.fix.look': "Look the cluster up: if it was created minutes ago, in the run's resource group, it is most likely the one this run created:",
    'explain.cluster-name.maybe-ours.fix.adopt': 'If it is yours, adopt it instead of creating another (Terraform: import it into the resource that failed):',
    'explain.cluster-name.maybe-ours.fix.rename': "Only if it is someone else's cluster, choose another name.",
    // API key (IAM BXNIM codes)
    'explain.api-key.unknown': 'IAM does not know the API key the run used ({code}: "Provided API key could not be found").',
    'explain.api-key.disabled': 'The API key the run used is disabled ({code}).',
    'explain.api-key.other': "IAM rejected the run's credentials ({code}).",
    // infrastructure permissions
    'explain.infra-permissions': 'The classic infrastructure credentials lack a permission the operation needs ("{message}").',
    'explain.infra-permissions.why': 'IKS orders, reloads and cancels classic devices with the credentials of the region and resource group; a missing permission fails the operation for the whole cluster.',
    'explain.infra-permissions.fix': 'List the missing permissions and see whose credentials IKS uses, then have an account administrator grant them:',
    // standard input, limits, confirmation, context
    'explain.stdin-tty': 'reading the output of the failed run from standard input: paste it, then press Ctrl-D (or give a FILE).',
    'explain.cut.tail': 'Only the last {kept} MiB of {read} MiB were read: a cause named earlier in the text was not looked at.',
    'explain.cut.stream-limit': 'The input did not end after {read} MiB; reading stopped there and only the last {kept} MiB read were explained.',
    'explain.cut.deadline': 'The input was still open when the time budget ran out; the last {kept} MiB of the {read} MiB read were explained.',
    'explain.cut.deadline-nothing': 'The input was still open when the time budget ran out, and nothing had been written to it: nothing was explained.',
    'explain.cut.deadline-whole': 'The input was still open when the time budget ran out; all {read} byte(s) read by then were explained.',
    'explain.cut.why': 'Explain reads at most the end of its input (the error is at the end of a failed run) within timeout-seconds, so that a huge log, /dev/zero or a pipe that never closes cannot exhaust memory or hang the job.',
    'explain.confirm.confirmed': 'Confirmed on the account: the live check {check} finds it on {target} now ({live}).',
    'explain.confirm.refuted': 'Not found on the account now: the live check {check} passes on {target} ({live}). The text shows what happened then; it may have been fixed since or be transient.',
    'explain.confirm.unverified': 'Could not be verified on the account: the live check {check} could not run to the end on {target}.',
    'explain.confirm.text-only': 'Read from the text only: no live check ran (no time was left).',
    'explain.confirm.no-live-check': 'Read from the text only: live confirmation of this cause is not available yet.',
    'explain.confirm.no-key': 'Read from the text only: with an API key (api-key, IBMCLOUD_API_KEY or IC_API_KEY) explain confirms it on the account.',
    'explain.detail.terraform': 'Terraform resource {address} ({file})',
    'explain.detail.terraform-resource': 'Terraform resource {address}',
    'explain.detail.terraform-file': 'Terraform configuration {file}',
    'explain.detail.request': "IBM's request ID: {id}",
    // flavor (E4e5b, E0146)
    'explain.flavor.title': 'The worker flavor can be ordered in every zone',
    'explain.flavor.not-in-zone': 'The flavor the run asked for cannot be ordered in zone {zone} (E4e5b: "Could not find flavor in the requested zone").',
    'explain.flavor.deprecated': 'The flavor the run asked for is deprecated and can no longer be ordered (E0146).',
    'explain.flavor.why': 'Flavors differ per zone and per provider (classic, vpc-gen2), and IBM retires old ones; IKS rejects the create or pool change before ordering anything.',
    'explain.flavor.fix': 'List the flavors the zone offers and pick one of them (add --provider vpc-gen2 for VPC clusters):',
    // worker minimum (E1437)
    'explain.worker-minimum.title': 'The cluster keeps at least 2 workers after the change',
    'explain.worker-minimum': 'IKS refused to shrink a worker pool of {cluster}: the cluster would drop below its minimum of 2 workers (E1437).',
    'explain.worker-minimum.why': 'A cluster needs at least 2 workers across its pools; workers that are being deleted or have operations pending do not count, so a pool can only go to 0 while other pools keep 2.',
    'explain.worker-minimum.fix': 'Count the workers of the other pools; grow another pool first (or wait for pending worker operations), then shrink this one:',
    // KMS (E09c0)
    'explain.kms-authorization.title': 'Kubernetes Service may use the key management service',
    'explain.kms-authorization': "IKS is not authorized to use the key management service that holds the cluster's root key (E09c0).",
    'explain.kms-authorization.why': 'Encrypting a cluster with Key Protect or Hyper Protect Crypto Services needs a service-to-service authorization from Kubernetes Service to that instance, with Reader and delegation (Authorization Delegator); a fresh or sub account lacks it.',
    'explain.kms-authorization.fix': 'Check the authorizations, then create one from Kubernetes Service to the KMS instance (use hs-crypto instead of kms for Hyper Protect Crypto Services):',
    // Kubernetes version
    'explain.kube-version.title': 'The Kubernetes version can be ordered',
    'explain.kube-version': 'IKS rejected the Kubernetes version the run asked for ("{message}").',
    'explain.kube-version.why': 'A create accepts only the versions IKS lists now, and only the latest patch of a minor version; IBM retires patches and minors, so a version pinned in code stops working.',
    'explain.kube-version.fix': 'List the versions IKS offers and use one of them (or only major.minor):',
    // cluster state
    'explain.cluster-state.title': 'The cluster master is ready for the operation',
    'explain.cluster-state.master-busy': 'IKS refused the change to {cluster}: the master is not in the deployed state (Ef9cc), another master operation is still running.',
    'explain.cluster-state.master-busy.why': 'Master operations run one at a time; while the master is deploying or updating (for example "VPN server configuration update in progress"), updates are rejected.',
    'explain.cluster-state.fix': 'Watch the master state and the workers until the master is deployed and Ready, then retry:',
    'explain.wait-timeout': 'The run stopped waiting for {cluster} ("{message}"): the operation itself may still be running or may have failed on IBM\'s side.',
    'explain.wait-timeout.why': 'A wait timeout only says the state was not reached in time. The master and worker status show why; the usual causes are workers that cannot reach the master (VPE gateway, security groups), classic infrastructure permissions or orphaned workers.',
    'explain.wait-timeout.fix.status': 'Show the master and worker status (state, health and the message of each worker):',
    'explain.wait-timeout.fix.checks': 'Run the live checks that find those causes (cluster-state, worker-endpoints, vpe-gateway, orphaned-workers, infra-permissions):',
    // classic VLANs (E0020)
    'explain.classic-vlans.title': 'The classic zone has usable VLANs',
    'explain.classic-vlans': 'IKS rejected the classic create: required values are missing; a standard classic cluster needs a public and a private VLAN in zone {zone} (E0020).',
    'explain.classic-vlans.why': 'A classic standard cluster is placed on a private VLAN (and a public one unless it is private-only) of its zone; IKS does not pick them when the account already has VLANs there.',
    'explain.classic-vlans.fix': 'List the VLANs of the zone and pass their IDs (--private-vlan, --public-vlan):',
    // VPC security groups
    'explain.vpc-security-groups.title': "The VPC has room for the cluster's security groups and rules",
    'explain.vpc-security-groups': 'The VPC reached a security group quota ({code}): IKS cannot create the security groups or rules the cluster needs.',
    'explain.vpc-security-groups.why': 'Each cluster has its own security groups (kube-<cluster ID>) and rules; IBM limits security groups per VPC and rules per group, so a VPC shared by many clusters or a group with many remote rules blocks workers.',
    'explain.vpc-security-groups.fix': 'Count the security groups of the VPC and the rules of the crowded group; remove unused ones or ask IBM for a higher quota:',
    // broken webhook (no check)
    'explain.webhook': 'A master operation on {cluster} could not complete: an admission webhook in the cluster is broken.',
    'explain.webhook.why': "Webhooks intercept requests to the Kubernetes API; when the service behind one is missing or unreachable, the master's own requests fail and IKS stops the update or refresh.",
    'explain.webhook.fix': "Find the webhook that fails (the test pod's error names it), then repair or delete its configuration and retry:",
    // IKS codes no check covers
    'explain.code.free-limit': 'IKS refused the create: the account already has its free cluster (E0013).',
    'explain.code.free-limit.fix': 'Delete the existing free cluster, or create a standard cluster instead:',
    'explain.code.provider': 'IKS does not offer this operation for the cluster\'s provider (G3917: "Cluster provider not permitted for given operation").',
    'explain.code.provider.fix': "Check the cluster's provider (classic or vpc-gen2) and use the command or resource for that provider:",
    'explain.code.up-to-date': 'The master already runs the version the update asked for (E0120); there is nothing to update.',
    'explain.code.up-to-date.fix': 'Compare the master version with the versions offered, and update the version in the code that asked:',
    'explain.code.pool-name': 'A worker pool with that name already exists in the cluster (E0d39).',
    'explain.code.pool-name.fix': 'List the pools of the cluster; reuse the existing pool or choose another name:',
    'explain.code.worker-not-found': 'IKS does not know the worker the run named (E0011): it was deleted or replaced, or belongs to another cluster.',
    'explain.code.worker-not-found.fix': 'List the current workers and use their IDs:',
    // transient
    'explain.transient': 'The failure is transient: the call was answered with a server error or a rate limit ("{message}"). Nobody\'s setup is at fault.',
    'explain.transient.why': 'HTTP 5xx, 429 and "Try again later" come from the service side or from too many requests at once; the same call usually succeeds a little later.',
    'explain.transient.fix': 'Retry after a short wait (and with fewer parallel calls after a 429). If it persists, quote the incident ID in a support case.',
    'explain.transient.fix.look': 'After a 5xx on a create or delete, look before retrying: IBM may have done it anyway:',
    'explain.not-ibm': 'Nothing in the {lines} line(s) of text is IBM Cloud output (no IKS, VPC or IAM code, host, `ibmcloud` command or IBM provider resource): explain names no cause for another cloud or tool.',
    'explain.input.binary': 'The input is binary data ({bytes} bytes), not the text output of a run: nothing was explained.',
    'explain.input.binary.why': 'Explain reads the text a failed `ibmcloud` command, Terraform run or IKS API call printed; give that log (error-file) or paste the error (error-text).',
    'explain.input.empty': 'Nothing was read: the input is empty (an empty file, or a pipe nobody wrote to before it closed or the time ran out).',
    'explain.input.empty.why': 'With no text there is nothing to explain; give the log of the failed step.',
    'explain.cluster-access.delete-not-found': "IKS could not find cluster {cluster} for its delete ({code}) and this log shows no earlier delete of it: IBM's hint is that the wrong resource group, region or account is targeted.",
    'explain.cluster-access.delete-not-found.why': 'IKS answers A0006/G0004 for a cluster it cannot find where the caller looks. The cluster may exist in another resource group, region or account: do not remove it from the Terraform state until a look in the right place shows it gone.',
    'explain.cluster-access.delete-present': "IKS could not find cluster {cluster} for its delete ({code}), but the live check finds it where the pre-flight looked: the delete targeted another resource group, region or account (IBM's hint).",
    'explain.cluster-access.delete-present.why': 'The cluster exists: do not remove it from the Terraform state. Run the delete with the region, resource group and account the pre-flight used.',
    'explain.cluster-access.gone-live.why': 'The pre-flight looked with the region and resource group the log names (or the ones given) and IKS does not have the cluster there: the earlier delete finished. Check the account too before dropping it from the Terraform state.',
    'explain.cluster-access.gone-live': 'The live check does not find cluster {cluster} where the delete looked: it is gone ({code}).',
    'explain.api-key.ip-allowlist': "IAM refused to issue a token for the caller's address {address} (BXNIM0430E): the account's or user's IP address allowlist does not contain it. The API key itself is fine.",
    'explain.api-key.ip-allowlist.control-plane': "IAM refused a token to the cluster's own controller (address {address}, BXNIM0430E): the account's IP address allowlist does not contain the IKS control plane of the cluster's region.",
    'explain.api-key.ip-allowlist.fix.settings': 'An account administrator reviews the allowed IP addresses (console: Manage > Access (IAM) > Settings, IP address access; `allowed_ip_addresses` in the output below) and adds the address IAM named, or runs the job from an allowed address:',
    'explain.api-key.ip-allowlist.fix.control-plane': "Add the control plane IPs of the cluster's region to the allowlist (IBM's list: https://github.com/IBM-Cloud/kube-samples/tree/master/control-plane-ips).",
    'explain.vpc-subnets.view': 'The API key used for the create cannot view VPC subnet {subnet} ("not authorized to view the specified subnet").',
    'explain.vpc-subnets.view.why': "IBM: the key's owner lacks Viewer on the subnet, commonly because the subnets are in another resource group than the cluster.",
    'explain.vpc-subnets.view.fix': "Find the key's owner and the subnet's resource group, then give the owner Viewer on the subnet (or on all subnets of the VPC) and retry:",
    'explain.kms-authorization.pool-root-key': "Encrypted worker storage could not be configured: the worker pool's customer root key (or its KMS instance) is gone.",
    'explain.kms-authorization.pool-root-key.why': "IBM: the KMS instance or root key was deleted between the worker pool's creation and the worker's provisioning; a new instance and key, and a new worker pool, are needed.",
    'explain.kms-authorization.pool-root-key.fix': 'Check that KMS is enabled on the cluster and that the KMS instance and root key still exist:',
    'explain.vpc-security-groups.pending': 'Workers are stuck in "Pending security group creation": the VPC has reached its limit of security groups (or of clusters per VPC).',
    'explain.vpc-security-groups.pending.why': 'Every VPC cluster adds security groups to its VPC; IBM documents a hard limit of 15 clusters per VPC and a limit on security groups per VPC.',
    'explain.vpc-security-groups.pending.fix': 'After freeing security groups (or deleting a cluster in the VPC), refresh the master so the workers continue:',
    'explain.classic-vlans.not-found': 'Classic infrastructure could not find VLAN {vlan} for the worker.',
    'explain.classic-vlans.not-found.why': "IBM: a VLAN number (3–4 digits) was given instead of its ID (7 digits), or the VLAN is not in the infrastructure account the region's credentials use.",
    'explain.worker-endpoints.firewall': 'Workers {workers} of {cluster} cannot reach the IKS servers: a firewall blocks their outbound traffic.',
    'explain.worker-endpoints.firewall.why': 'IBM: allow the outbound ports and IP addresses IKS documents for workers, then replace the workers.',
    'explain.code.vsi-quota': 'Not a pre-flight matter: the account\'s VPC quota (vCPU, memory, GPU or instance storage) cannot hold the worker ("{message}").',
    'explain.code.vsi-quota.fix': 'IBM: open a support case for VPC Infrastructure asking for a quota increase for that resource, then retry the workers:',
    'explain.code.plan': 'Not a pre-flight matter: the enterprise\'s private catalog settings exclude the cluster\'s plan ("{message}").',
    'explain.code.plan.fix': 'IBM: an enterprise administrator (Administrator on catalog management) removes the exclusion in the catalog settings (https://cloud.ibm.com/content-mgmt/catalog-settings), then the workers are provisioned or reloaded again.',
    'explain.code.entitlement': 'Not a pre-flight matter: no OpenShift (Cloud Pak) entitlement is assigned to the account ("{message}").',
    'explain.code.entitlement.fix': 'IBM: check Manage > Account > Licenses and entitlements and assign the Cloud Pak license (IBM Passport Advantage), or create the pool without "Apply my OCP entitlement".',
    'explain.code.dedicated': 'Not a pre-flight matter: the dedicated hosts for the zone are missing, not ready or full ("{message}").',
    'explain.code.dedicated.fix': 'List the dedicated host pools and their hosts, and add a host in the zone:',
    'explain.code.place-order': 'Not a pre-flight matter: the zone has no capacity behind the router for the order ("{message}").',
    'explain.code.place-order.fix': 'IBM: wait and retry, use another zone, or another pair of VLANs:',
    'explain.code.location': 'Not a pre-flight matter: the classic infrastructure account is not set up to order in this data center ("{message}").',
    'explain.code.location.fix': "IBM: contact IBM Cloud support to check the account's set-up.",
    'explain.code.hard-reboot': 'Not a pre-flight matter: the worker did not answer the soft reboot ("{message}").',
    'explain.code.hard-reboot.fix': 'IBM: reboot with --hard (or reload the worker):',
    'explain.code.upgradeable': 'Not a pre-flight matter: OpenShift reports Upgradeable=False, so IBM cannot upgrade the master ("{message}").',
    'explain.code.upgradeable.fix': "Read the Upgradeable condition's reason in the cluster version and resolve it, then retry the update:",
    'explain.code.cos': 'Not a pre-flight matter for these checks: the OpenShift create could not store its Object Storage bucket and IAM service key ("{message}").',
    'explain.code.cos.fix': "Check the Cloud Object Storage instance the create used and the creator's access to it:",
    'explain.code.image-pull': 'Not a pre-flight matter: the create could not make the IAM access policy that lets the cluster pull from icr.io ("{message}").',
    'explain.code.image-pull.fix': "Follow IBM's page on image pulls during creation (https://cloud.ibm.com/docs/openshift?topic=openshift-ts_image_pull_create).",
    'explain.code.registry-admin': 'Not a pre-flight matter: the cluster could not be configured with Container Registry ("{message}").',
    'explain.code.registry-admin.fix': 'IBM: the API key owner needs the Administrator role for Container Registry:',
    'explain.confirm.needs-cluster': 'Not confirmed live: the text names no cluster; give `cluster` (and `region`) to confirm {check} on the account.'
};

;// CONCATENATED MODULE: ./src/messages/en/kms-authorization.ts
/** kms-authorization: IAM authorizations and the state of the KMS instance an operation encrypts with. */
const kmsAuthorization = {
    'kms-authorization.title': 'Kubernetes Service (and Block Storage) may use the KMS instance, and it is active',
    'kms-authorization.pass': '{service} instance {name} ({instance}) is active, and the authorizations needed for {scope} are in place.',
    'kms-authorization.detail.scope-cluster': 'the cluster secrets encryption (kms_config)',
    'kms-authorization.detail.scope-worker-volumes': 'the encrypted worker volumes (kms_instance_id, crk)',
    'kms-authorization.detail.scope-pool': 'the encrypted worker volumes of pool {pool} (getWorkerPools workerVolumeEncryption)',
    'kms-authorization.needs-pool': "Not checked: {operation} on VPC cluster {name} needs input worker-pool to tell whether the new workers' volumes are encrypted with KMS.",
    'kms-authorization.pool-unknown': 'Not checked: cluster {name} has no worker pool {pool}.',
    'kms-authorization.missing': 'No active authorization lets {source} use {service} instance {name} ({instance}) with {missing}, needed for {scope}.',
    'kms-authorization.missing.why': 'IKS refuses with E09c0 "Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again." IBM\'s docs ask for at least Reader, with the authorization delegated (Authorization Delegator).',
    'kms-authorization.missing.why.block-storage': "VPC worker volumes are encrypted by Cloud Block Storage with the root key; IBM's docs ask for an authorization from Cloud Block Storage to the KMS instance with at least Reader, or new workers cannot get their volumes.",
    'kms-authorization.missing.fix': 'Create the authorization in account {account}, where the KMS instance is (you need Administrator on the KMS instance):',
    'kms-authorization.undetermined': 'Could not verify that {source} may use {service} instance {name} ({instance}) with {missing}: only policies scoped by attributes or operators this check cannot compare could grant it.',
    'kms-authorization.undetermined.why': 'Those policies may or may not cover this instance and source; the check never passes on doubt. If none applies, IKS refuses with E09c0.',
    'kms-authorization.undetermined.fix': 'Read the authorizations named in the details; if none covers the instance, create one:',
    'kms-authorization.instance-missing': 'Resource Controller answered 404 for KMS instance {instance}, used for {scope}: it does not exist, or this key may not view it.',
    'kms-authorization.instance-missing.why': 'IKS cannot encrypt with a root key of an instance that does not exist. IBM does not document whether an instance the key may not view answers 403 or 404, so this is not proof.',
    'kms-authorization.instance.fix': 'Check the instance the operation names, or use an active Key Protect or Hyper Protect Crypto Services instance:',
    'kms-authorization.instance-inactive': 'KMS instance {name} ({instance}) is {state}, not active.',
    'kms-authorization.instance-inactive.why': 'Only an active instance serves its root keys; with a removed, inactive or failed instance, IKS likely cannot wrap or unwrap keys (IBM documents no refusal text, so this is a warning).',
    'kms-authorization.none-in-account': 'Cluster {name} encrypts its secrets with a KMS root key, but no authorization in account {account} lets Kubernetes Service read any Key Protect or Hyper Protect Crypto Services instance.',
    'kms-authorization.none-in-account.why': 'IKS does not say which KMS instance a cluster uses. IBM creates the Reader authorization when secret encryption is enabled; one deleted since may keep IKS from reading the root key, unless the instance is in another account (where the authorization would live).',
    'kms-authorization.instance-unknown': 'Not checked: cluster {name} encrypts its secrets with KMS, but IKS does not say which instance; the account has authorizations from Kubernetes Service to KMS (details).',
    'kms-authorization.no-kms': 'Not checked: {operation} uses no KMS root key (no kms_config, no kms_instance_id and crk; for an update, the cluster does not encrypt its secrets with KMS).',
    'kms-authorization.after-apply': 'Not checked: the KMS instance of {operation} is known after apply.',
    'kms-authorization.other-account': 'Not checked: KMS instance {instance} is in account {account}, where its authorizations live; this key lists the policies of account {own}.',
    'kms-authorization.detail.auto-policy': 'No Reader authorization from {source} to {service} instance {name} ({instance}) was seen; IBM creates it for {scope} when it does not exist (encryption-setup), so it is not needed beforehand.',
    'kms-authorization.unverifiable': 'Could not verify that {source} may use {service} instance {name} ({instance}) with {missing}, needed for {scope}: this key cannot be shown to read every authorization of the account (it needs {role} on {label}, account-wide).',
    'kms-authorization.unverifiable.why': 'IAM lists only the policies the caller may read, and an empty list when it may read none (IBM platform-services-go-sdk, ListPolicies): an authorization this key does not see may still exist. A role held only through an access group is not seen either.',
    'kms-authorization.unverifiable.fix': "Give the key {role} on {label} so that it can read the account's authorizations, then run again:"
};

;// CONCATENATED MODULE: ./src/messages/en/cos-instance.ts
/** cos-instance (issue 23): the Cloud Object Storage instance of a new VPC Red Hat OpenShift cluster. */
const cosInstance = {
    'cos-instance.title': "A new VPC OpenShift cluster's Cloud Object Storage instance exists and is active",
    'cos-instance.pass': 'Cloud Object Storage instance {name} ({instance}) is active: the {version} cluster can back its internal registry with it.',
    'cos-instance.no-version': 'Not checked: no kube-version is given, so whether the new cluster is Red Hat OpenShift (which takes a COS instance) is not known.',
    'cos-instance.not-openshift': 'Not checked: version {version} is Kubernetes; only a Red Hat OpenShift cluster on VPC takes a Cloud Object Storage instance.',
    'cos-instance.after-apply': 'Not checked: {input} is known after apply.',
    'cos-instance.omitted': 'No Cloud Object Storage instance is given for this {version} VPC cluster: its internal registry will use ephemeral emptyDir storage, and that choice cannot be undone after the create.',
    'cos-instance.omitted.why': "IBM backs a VPC OpenShift cluster's internal registry with a bucket in the COS instance given at create (--cos-instance, Terraform cos_instance_crn). Without one, IKS still creates the cluster, but images in the internal registry are lost when its pod restarts; IBM documents this for environments that use IBM Cloud Container Registry instead.",
    'cos-instance.omitted.fix': 'If the cluster should keep internal registry images, list or create a standard Cloud Object Storage instance and pass its CRN with --cos-instance (input cos-instance; Terraform cos_instance_crn):',
    'cos-instance.missing': 'Cloud Object Storage instance {instance} does not exist (Resource Controller knows no such instance): IKS would refuse the create.',
    'cos-instance.missing.why': 'IKS creates the internal registry\'s bucket in the given instance during the create and stops with "Could not find the specified cloud object storage instance." when the instance is not there or not usable.',
    'cos-instance.inactive': 'Cloud Object Storage instance {name} ({instance}) is {state}, not active: IKS cannot create the registry bucket in it.',
    'cos-instance.not-cos': 'Instance {name} ({instance}) is a {service} instance, not Cloud Object Storage: --cos-instance takes a Cloud Object Storage instance.',
    'cos-instance.not-cos.why': 'IBM\'s CLI reference says of --cos-instance: "The CRN for the standard cloud object storage instance to back up the internal registry in your OpenShift cluster."; IKS looks for a COS instance by it.',
    'cos-instance.fix': "List the account's Cloud Object Storage instances and pass an active one's CRN with --cos-instance (input cos-instance; Terraform cos_instance_crn):",
    'cos-instance.service-unknown': 'Instance {name} ({instance}) is active, but Resource Controller did not return its CRN, so whether it is a Cloud Object Storage instance was not verified.'
};

;// CONCATENATED MODULE: ./src/messages/en/flavor.ts
/** flavor (issue 11): the flavor an operation orders is offered in every zone of it and not deprecated. */
const flavor = {
    'flavor.title': 'The worker flavor can be ordered in every zone of the operation',
    'flavor.pass': 'Flavor {flavor} is offered for {provider} in every zone of the {operation}: {zones}.',
    'flavor.pass-pool': "Pool {pool}'s flavor {flavor} is offered for {provider} in every zone the {operation} orders workers in: {zones}.",
    'flavor.no-order': 'Pool {pool} goes from {from} to {to} worker(s) per zone: the resize orders no worker, so its flavor {flavor} does not matter.',
    'flavor.not-offered': 'Flavor {flavor} is not offered for {provider} in {missing} (zones of the {operation}: {zones}); IKS would refuse it with E4e5b.',
    'flavor.not-offered-pool': "Pool {pool}'s flavor {flavor} is not offered for {provider} in {missing} (zones the {operation} orders workers in: {zones}); IKS would refuse it with E4e5b.",
    'flavor.not-offered.why': 'IKS orders workers only in zones that offer the flavor, and refuses the whole request otherwise (E4e5b "Could not find flavor in the requested zone."). Flavors differ per zone and per provider (classic, vpc-gen2).',
    'flavor.not-offered.fix': 'List the flavors each zone offers, pick one the list shows in every zone of the operation, and pass it with --flavor (input flavor; Terraform flavor, or machine_type for classic):',
    'flavor.not-offered-pool.fix': "A pool's flavor cannot be changed. List the flavors the zone offers, then create a pool with one of them and add the zone to that pool instead of pool {pool}:",
    'flavor.deprecated': 'Flavor {flavor} is deprecated for {provider} in {deprecated}; IKS refuses to order a deprecated flavor (E0146).',
    'flavor.deprecated.why': 'IKS refuses a create with a deprecated flavor: "The specified flavor is deprecated. (E0146)". IBM retires old flavors when it introduces their successors.',
    'flavor.deprecated.fix': 'List the flavors the zone offers, pick one that is not deprecated (the details name the successor IKS gives, when it gives one) and pass it with --flavor (input flavor; Terraform flavor, or machine_type for classic):',
    'flavor.deprecated-pool': "Pool {pool}'s flavor {flavor} is deprecated for {provider} in {deprecated}: the {operation} adds workers of a deprecated flavor, which IKS may refuse (E0146).",
    'flavor.deprecated-pool.why': 'IKS refuses new orders of a deprecated flavor (E0146), and IBM asks to move workers of deprecated flavors to a pool with a current one; no public source says whether IKS still adds workers to an existing pool of a deprecated flavor.',
    'flavor.deprecated-pool.fix': 'Grow a pool with a current flavor instead of pool {pool}: list the flavors, create a pool with one of them and add its zones:',
    'flavor.ocp-unsupported': 'Flavor {flavor} is marked ocp_unsupported by IKS in {unsupported}: it is not for Red Hat OpenShift clusters, and the {operation} orders it for one.',
    'flavor.ocp-unsupported.why': 'IKS marks some flavors `ocp_unsupported` (a field of its flavor model): they can run Kubernetes workers but not Red Hat OpenShift workers. `ibmcloud oc flavors` lists the flavors an OpenShift cluster can use.',
    'flavor.ocp-unsupported.fix': 'List the flavors the zone offers, pick one IKS does not mark ocp_unsupported and pass it with --flavor (input flavor; Terraform flavor, or machine_type for classic):',
    'flavor.ocp-unsupported-pool': "Pool {pool}'s flavor {flavor} is marked ocp_unsupported by IKS in {unsupported}: the {operation} adds workers of a flavor IKS says is not for Red Hat OpenShift, which IKS may refuse.",
    'flavor.ocp-unsupported-pool.why': 'IKS marks the flavor `ocp_unsupported`; the pool already runs it, and no public source says whether IKS still adds workers of it to an OpenShift cluster.',
    'flavor.needs-input': 'Not checked: {operation} needs the {input} input to know which flavor it orders and where.',
    'flavor.after-apply': 'Not checked: {input} is known after apply.',
    'flavor.pool-unknown': 'Not checked: IKS lists no worker pool {pool} in cluster {name}, so the flavor it orders is unknown.',
    'flavor.pool-no-flavor': 'Not checked: IKS names no flavor for worker pool {pool}.',
    'flavor.pool-no-zones': 'Not checked: worker pool {pool} has no zone, so the {operation} orders no worker.'
};

;// CONCATENATED MODULE: ./src/messages/en/kube-version.ts
/** kube-version: the version a create orders, a master update goes to, or the cluster's workers run on. */
const kubeVersion = {
    'kube-version.title': 'The Kubernetes version can be ordered, updated to, or is still supported',
    // cluster-create
    'kube-version.create.pass': 'IKS offers {version}: cluster {name} can be created with it.',
    'kube-version.create.default': 'No version requested: IKS creates cluster {name} with its default version {version}.',
    'kube-version.create.no-default': 'No version requested for cluster {name}, and IKS names no default Kubernetes version.',
    'kube-version.create.no-default.why': 'Without a version IKS creates the default one; its version list marks none as default, so which version the cluster gets is unknown.',
    'kube-version.create.unknown': 'IKS does not offer {platform} {requested}: cluster {name} cannot be created with it.',
    'kube-version.create.unknown.why': 'A create accepts only the versions IKS lists now (GET /v1/versions); IBM retires old versions, so a version pinned in code stops working.',
    'kube-version.detail.other-platform': 'IKS lists {requested} for the other platform: write {suggestion}.',
    'kube-version.create.patch': 'IKS offers {listed}, not {requested}: a create of cluster {name} with {requested} fails.',
    'kube-version.create.patch.why': 'IKS accepts only the latest patch of a minor version on create (E0156 "Only the most recent patch for a particular minor version can be specified during cluster create").',
    'kube-version.create.patch.fix': 'Ask for {minor} (IKS picks its latest patch) or for {listed}; the versions IKS offers:',
    'kube-version.create.eos': 'IKS offers {version} for cluster {name}, but its end of service is near: {eos}.',
    'kube-version.create.eos.fix': 'Create the cluster with a later version, such as {suggestion}; the versions IKS offers:',
    // cluster-update
    'kube-version.update.pass': 'Cluster {name} can update from {current} to {version}, the next minor version IKS offers.',
    'kube-version.update.patch': 'Cluster {name} runs {current}; {target} is the patch update to {listed} that IKS offers.',
    'kube-version.update.same': 'Cluster {name} already runs {current}: a master update to {target} may change nothing.',
    'kube-version.update.same.why': 'IKS refuses a master update to the version the master already runs (E0120 "The master is already up to date for the specified version").',
    'kube-version.update.same.fix': 'Check the master version and the versions IKS offers:',
    'kube-version.update.downgrade': 'Cluster {name} runs {current}; {target} is older: IKS does not downgrade a master.',
    'kube-version.update.downgrade.fix': 'Keep {current} (remove the version change), or create a new cluster with the older version and move the workloads; the versions IKS offers:',
    'kube-version.update.why': 'IBM: "You can update the API server only to the next version ahead of its current version (n+1)." A master moves forward one minor version at a time and never back.',
    'kube-version.update.skip': 'Cluster {name} runs {current}; {target} is {count} minor versions ahead: IKS updates a master one minor version at a time.',
    'kube-version.update.skip-major': 'Cluster {name} runs {current}; {target} is in another major version: IKS updates a master one minor version at a time, through the versions it lists.',
    'kube-version.update.platform': "Cluster {name} runs {from} {current}; {target} is a {to} version: IKS does not change a cluster's platform.",
    'kube-version.update.platform.why': 'IBM: you can update the version "but can\'t roll back to a previous version or switch to a different container platform". A Kubernetes cluster stays Kubernetes, an OpenShift cluster stays OpenShift.',
    'kube-version.update.platform.fix': "Update to a version of the cluster's own platform, or create a new cluster on the other platform and move the workloads; the versions IKS offers:",
    'kube-version.update.too-old': 'Cluster {name} runs {current}, two or more minor versions behind {oldest}, the oldest version IKS lists: the master can no longer be updated.',
    'kube-version.update.too-old.why': 'IBM: "If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one."',
    'kube-version.update.too-old.fix': 'Create a new cluster with a supported version, move the workloads to it, then delete this cluster; the versions IKS offers:',
    'kube-version.update.strands-workers': 'Cluster {name}: {count} worker(s) run more than {skew} minor version(s) behind {target}; a master update from {current} to {target} would strand them ({platform} workers may be at most {skew} behind the master).',
    'kube-version.update.strands-workers.why': 'IBM: "your worker nodes can be only up to two versions behind the master version (n-2)." Update the workers before the master moves further ahead.',
    'kube-version.update.strands-workers.openshift.why': 'IBM: "your worker nodes can only be one minor version behind the master version (n-1)." Update the workers before the master moves further ahead.',
    'kube-version.update.strands-workers.fix': "First update these workers to the master's version ({current}), then update the master:",
    'kube-version.update.workers-unread': 'Not checked: the versions of the workers of cluster {name} could not be read ({answer}), so whether the update strands workers is unknown.',
    'kube-version.update.skip.fix': 'Update the master one minor version at a time, each after the previous one finished:',
    'kube-version.update.unknown': 'IKS does not offer {platform} {target}: cluster {name} (now {current}) cannot be updated to it.',
    'kube-version.update.unknown.why': 'A master update goes only to a version IKS lists now (GET /v1/versions).',
    'kube-version.update.eos': 'Cluster {name} can update from {current} to {version}, but its end of service is near: {eos}.',
    // worker-add, reload, replace, pool create, zone add
    'kube-version.workers.pass': 'Cluster {name} runs {current}, which IKS supports: {operation} can add or reload workers.',
    'kube-version.workers.pass-eos': 'Cluster {name} runs {current}, which IKS supports ({eos}): {operation} can add or reload workers.',
    'kube-version.workers.unsupported': 'Cluster {name} runs {current}, which IKS no longer offers: {operation} cannot add or reload workers until the master is updated.',
    'kube-version.workers.eos-past': 'Cluster {name} runs {current}, past its end of service ({eos}): {operation} cannot add or reload workers until the master is updated.',
    'kube-version.workers.eos': 'Cluster {name} runs {current}, whose end of service is near ({eos}): after it, {operation} can no longer add or reload workers.',
    'kube-version.workers.why': 'IBM: "The Kubernetes version that the cluster runs is no longer supported. … you can\'t add or reload worker nodes." Updating the master is the way out.',
    'kube-version.workers.fix': 'Update the master to {next} (one minor version at a time), then update the workers; the versions IKS offers:',
    'kube-version.eos.why': 'After its end of service a version is unsupported: IKS no longer adds or reloads the workers of its clusters until the master is updated.',
    'kube-version.detail.eos-days': 'end of service {date}, in {days} day(s)',
    'kube-version.detail.eos-past': 'end of service {date}, passed',
    'kube-version.detail.eos-unreadable': 'end of service announced: "{date}"',
    'kube-version.covered': 'Not checked here: cluster-state reports that cluster {name} is unsupported (one root cause, one finding).',
    // shared
    'kube-version.malformed': '"{requested}" is not a version IKS takes: major.minor or major.minor.patch, with _openshift for Red Hat OpenShift.',
    'kube-version.malformed.why': 'IKS refuses a version it cannot read; it takes the forms `ibmcloud ks versions` lists (1.33, 1.33.4, 4.17_openshift).',
    'kube-version.fix.versions': 'List the versions IKS offers:',
    'kube-version.needs-input': 'Not checked: {operation} needs the kube-version input (the version to update to).',
    'kube-version.no-version-change': 'Not checked: this cluster-update does not change the Kubernetes version (the plan changes {attributes}).',
    'kube-version.after-apply': 'Not checked: kube-version is known after apply.',
    'kube-version.current-unknown': 'Not checked: IKS did not say which version cluster {name} runs.',
    'kube-version.empty': 'IBM Cloud Kubernetes Service listed no versions, so the version could not be checked.'
};

;// CONCATENATED MODULE: ./src/messages/en/operation-target.ts
/** operation-target (issue 20): what the operation names (pool, zones) resolves in IKS before it is judged. */
const operationTarget = {
    'operation-target.title': 'What the operation names (worker pool, zones) exists in IKS',
    'operation-target.pass': 'Everything the {operation} names resolves in cluster {name}.',
    'operation-target.pass-zones': 'Zones {zones} are IKS VPC zones of region {region}.',
    'operation-target.pass-classic-zones': "Zones {zones} are classic zones IKS lists; IKS's list names their metro, not their region, so region {region} is not checked against them.",
    'operation-target.nothing': 'Not checked: the {operation} names no worker pool or zone to resolve.',
    'operation-target.not-resolved': 'Not checked: nothing the {operation} names could be resolved (the details say why).',
    'operation-target.pool-unknown': 'IKS has no worker pool {pool} in cluster {name}; pools: {pools}.',
    'operation-target.pool-unknown.why': 'IKS finds a pool by its name or ID within the cluster and answers any other with HTTP 404 "The specified worker pool could not be found."; the other checks of this operation would judge a pool that does not exist.',
    'operation-target.pool-unknown.fix': "List the cluster's worker pools and give one of their names or IDs as worker-pool (Terraform: worker_pool_name or worker_pool_id):",
    'operation-target.pool-name-taken': 'Cluster {name} already has a worker pool named {pool}; IKS refuses a second pool of the same name (E0d39).',
    'operation-target.pool-name-taken-replace': '{address} replaces worker pool {pool} of cluster {name} by creating the new pool before it deletes the old one (create_before_destroy); IKS refuses the create while the old pool holds the name (E0d39).',
    'operation-target.pool-name-taken.why': 'Pool names are unique within a cluster: IKS answers a create with a name the cluster already has with HTTP 409 E0d39 "A worker pool with the same name already exists within the cluster. Choose another name."',
    'operation-target.pool-name-taken.fix': "Choose a name none of the cluster's pools uses, or resize the existing pool instead; the cluster's pools:",
    'operation-target.pool-name-taken-replace.fix': "Give the new pool another worker_pool_name (one that changes with the replace), or drop create_before_destroy from the resource's lifecycle so that Terraform deletes the old pool first; the cluster's pools:",
    'operation-target.pool-name-order': 'The plan deletes worker pool {pool} of cluster {name} and creates a pool of the same name in another resource; IKS refuses the create while the old pool exists (E0d39).',
    'operation-target.pool-name-order.why': 'Terraform orders two resources only when one depends on the other; the plan does not say that the delete ends before the create starts.',
    'operation-target.pool-name-order.fix': 'Make the new pool depend on the removal of the old one (or give it another name), then plan again.',
    'operation-target.zone-region': 'Zone(s) {zones} of the {operation} are not IKS VPC zones of region {region}; its zones: {here}.',
    'operation-target.zone-region.why': "A VPC cluster lives in one region and its workers go only to that region's zones (for a VPC in Dallas: us-south-1, us-south-2 or us-south-3); IKS lists its VPC zones per region.",
    'operation-target.zone-region.fix': "Use zones of region {region}, or set region to the zones' own region; IKS's VPC zones:",
    'operation-target.zone-unknown': 'Zone(s) {zones} of the {operation} are not classic zones IKS lists.',
    'operation-target.zone-unknown.why': 'IKS places classic workers only in the zones (data centers) it lists for cluster creation (GET /v1/zones); any other name is a typo or a data center IKS does not use.',
    'operation-target.zone-unknown.fix': "Use a zone IKS lists (the details name them); IKS's classic zones:",
    'operation-target.zone-in-pool': 'Worker pool {pool} already has zone(s) {zones} (its zones: {has}): the zone-add adds nothing there, and IKS may refuse it.',
    'operation-target.zone-in-pool.why': 'A zone add gives a pool workers in a zone it does not have yet; no public IBM source says whether IKS refuses a zone the pool already has.',
    'operation-target.zone-in-pool.fix': "Name only zones the pool does not have yet; the cluster's pools and their zones:"
};

;// CONCATENATED MODULE: ./src/messages/en/report.ts
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
    'report.input-error.summary': 'The pre-flight did not run: an input is not valid. Nothing was asked of IBM Cloud.',
    'report.internal-error.summary': 'The pre-flight stopped on an internal error; the log has the message.',
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

;// CONCATENATED MODULE: ./src/messages/en/vpc.ts
/** The VPC family: vpe-gateway, worker-endpoints. */
const vpc = {
    // vpe-gateway
    'vpe-gateway.title': "The cluster's VPE gateway exists and is usable",
    'vpe-gateway.pass': 'VPE gateway {gateway} is {state}, health {health}, with a reserved IP in every worker zone ({ips} IPs).',
    'vpe-gateway.missing': "The cluster's VPE gateway {name} is not in VPC {vpc} ({region}).",
    'vpe-gateway.missing.why': 'Workers reach the Kubernetes master through this gateway. Without it they lose the master, and adding, deleting, reloading, replacing or resizing workers and updating the cluster fail.',
    'vpe-gateway.fix.refresh': 'Refresh the cluster master: it re-creates a missing gateway and its reserved IPs in the worker subnets. Allow a few minutes.',
    'vpe-gateway.fix.recheck': 'Check that the gateway now exists and is Stable (re-run this pre-flight, or look it up):',
    'vpe-gateway.fix.opt-in': 'Or let this action do the refresh and wait for the gateway: set remediate: vpe (the key needs the Operator role on Kubernetes Service). Nothing else is ever changed.',
    'vpe-gateway.broken': 'VPE gateway {gateway} is in lifecycle state {state}.',
    'vpe-gateway.broken.why': 'A failed or suspended gateway does not carry worker traffic to the master, and a master refresh does not repair a gateway that exists.',
    'vpe-gateway.fix.support': "Open an IBM Cloud support case ({url}) for the VPE gateway {gateway} of cluster {cluster}; a master refresh does not help here. The gateway's details:",
    'vpe-gateway.fix.support-missing': 'If it is still missing, open an IBM Cloud support case ({url}) for cluster {cluster}, saying that a master refresh did not re-create its VPE gateway.',
    'vpe-gateway.deleting': 'VPE gateway {gateway} is being deleted (lifecycle state {state}).',
    'vpe-gateway.fix.after-delete': 'Wait until the deletion has finished, then re-create the gateway:',
    'vpe-gateway.transitional': 'VPE gateway {gateway} is {state}, not yet Stable.',
    'vpe-gateway.unknown-state': 'VPE gateway {gateway} reports lifecycle state {state}, which this check does not know; it is not Stable.',
    'vpe-gateway.transitional.why': 'Until the gateway is Stable, workers may not reach the master and worker operations can fail.',
    'vpe-gateway.fix.wait': 'Wait a few minutes and re-run the pre-flight; the gateway should become Stable by itself:',
    'vpe-gateway.unhealthy': 'VPE gateway {gateway} reports health state {health}.',
    'vpe-gateway.unhealthy.why': "A gateway whose health is not ok may drop the workers' traffic to the master.",
    'vpe-gateway.ip-pending': 'Gateway {gateway} has no address selected yet (0.0.0.0) in zone(s) {zones}.',
    'vpe-gateway.ip-pending.why': 'VPC shows a reserved IP as 0.0.0.0 until it selects an address; until then workers in those zones cannot reach the master through the gateway.',
    'vpe-gateway.detail.reason': 'VPC says: {code}: {message}',
    'vpe-gateway.ip-deleted': 'VPE gateway {gateway} lost its reserved IP in worker zone {zones}: the IP was deleted.',
    'vpe-gateway.ip-missing': 'VPE gateway {gateway} has no reserved IP in worker zone {zones}.',
    'vpe-gateway.ip.why': "Workers reach the gateway through a reserved IP in their own zone's subnet; workers in a zone without one lose the master.",
    'vpe-gateway.detail.ip-deleted': '{zone}: reserved IP {ips} deleted',
    'vpe-gateway.detail.no-ip': '{zone}: no reserved IP',
    'vpe-gateway.detail.looked-for': 'looked for {name} and {alt} in VPC {vpc} ({region})',
    'vpe-gateway.fix.keep-ips': "Do not delete reserved IPs in the worker subnets that VPE gateways use (their target is an endpoint gateway); deleting one cuts that zone's workers off the master again.",
    'vpe-gateway.remediate-refused': 'The VPE gateway {name} is missing, and the master refresh (remediate: vpe) was refused: {answer}',
    'vpe-gateway.fix.operator': 'The key needs the Operator platform role on Kubernetes Service for this cluster to refresh the master; grant it, or run the refresh as someone who has it:',
    'vpe-gateway.remediate-timeout': 'The VPE gateway {name} was missing; a master refresh was requested at {at} (remediate: vpe), and it had not appeared after {seconds} s (wait {wait} s, bounded by {limit}).',
    'vpe-gateway.fix.wait-longer': 'Re-creation can take longer than the wait: check again in a few minutes (or raise remediate-wait-seconds and timeout-seconds):',
    'vpe-gateway.remediated': 'The VPE gateway {name} was missing; a master refresh was requested at {at} (remediate: vpe) and {gateway} appeared after {seconds} s ({state}, health {health}).',
    'vpe-gateway.remediated.why': 'Shown as a warning so the change is noticed: the gateway had been missing, so workers may have lost the master; see worker-endpoints for workers that still need a replace.',
    // worker-endpoints
    'worker-endpoints.title': 'No worker has lost the master or registry endpoints',
    'worker-endpoints.pass': 'None of the {total} workers reports an endpoint or VPE gateway error.',
    'worker-endpoints.pass-named': 'None of the {total} worker(s) named in workers reports an endpoint or VPE gateway error.',
    'worker-endpoints.replace-fixes': "The replace is IBM's fix for {count} worker(s) that lost the master or registry endpoints: {workers}.",
    'worker-endpoints.replace-unnamed': "{count} of {total} workers lost the master or registry endpoints: {workers}. Replacing them is IBM's fix; the workers input does not say which workers this replace touches.",
    'worker-endpoints.replace-unnamed.why': 'A replace of other workers leaves these broken; name the affected workers in workers (or check the replace targets them), after refreshing the master and checking the gateway.',
    'worker-endpoints.workers-unknown': 'Not checked: IKS lists no worker {workers} in this cluster (cluster-state names the workers it has).',
    'worker-endpoints.blocked': '{count} of {total} workers cannot reach the master or registry through the VPE gateway: {workers}.',
    'worker-endpoints.blocked.why': 'IBM reports these workers as failed to deploy because of the endpoint gateway (or still waiting for it after long); worker operations on the cluster fail until they are fixed.',
    'worker-endpoints.pending': '{count} of {total} workers wait for the endpoint gateway (Pending endpoint gateway creation, for less than {minutes} minutes or for an unknown time): {workers}.',
    'worker-endpoints.pending.why': 'This is normal for a few minutes while a gateway is created; a worker still waiting after that has lost the master.',
    'worker-endpoints.detail.deploy-failed': '{worker} ({where}): network to master or registry endpoints failed{age}',
    'worker-endpoints.detail.pending': '{worker} ({where}): pending endpoint gateway creation{age}',
    'worker-endpoints.detail.age.unknown': ', age unknown',
    'worker-endpoints.detail.age.min': ', for {n} min',
    'worker-endpoints.detail.age.h': ', for {n} h',
    'worker-endpoints.detail.age.days': ', for {n} days',
    'worker-endpoints.fix.wait': 'Wait until the message is {minutes} minutes old and re-run the pre-flight. If it persists:',
    'worker-endpoints.fix.refresh': 'Refresh the cluster master; it re-creates a missing VPE gateway and its reserved IPs. Allow a few minutes.',
    'worker-endpoints.fix.gateway': 'Check that the gateway exists and is Stable (see the vpe-gateway finding):',
    'worker-endpoints.fix.replace': 'If the workers still cannot reach the master, replace each affected worker. A replace cordons the worker (no new pods are scheduled on it), drains it (its pods are rescheduled onto other workers) and provisions a new worker in its place; plan for the capacity while it runs.'
};

;// CONCATENATED MODULE: ./src/messages/en/vpc-security-groups.ts
/** vpc-security-groups: the VPC's security-group quota and the shared VPE group's unique remotes on a create. */
const vpcSecurityGroups = {
    'vpc-security-groups.title': "The VPC has room for the cluster's security groups and rules",
    'vpc-security-groups.pass-create': 'VPC {vpc} shows this key {have} security group(s); creating {count} cluster(s) adds {need}: {after} of the quota of {quota}. VPC lists only the groups the key may see, so the VPC may hold more than counted here (a key with Viewer on VPC Infrastructure Services for the whole account sees them all).',
    'vpc-security-groups.quota': 'VPC {vpc} has {have} security group(s); creating {count} cluster(s) adds {need}, {after} in all, over the quota of {quota} per VPC.',
    'vpc-security-groups.quota.why': 'IKS creates the groups kube-<cluster ID>, kube-vpegw-<cluster ID> and kube-lbaas-<cluster ID> for each cluster (1.30 and later, Secure by Default), and kube-vpegw-<VPC ID> with the first one in the VPC. VPC allows 100 security groups per VPC unless IBM raised the quota for the account (then set security-group-quota); over it, the workers stay in "Pending security group creation" and IBM reports NHC011.',
    'vpc-security-groups.quota.fix.delete': 'Delete at least {count} unused security group(s) of the VPC (never the kube-… groups of a live cluster):',
    'vpc-security-groups.quota.fix.increase': 'Or ask IBM for a higher security-group quota for the VPC in a support case ({url}), then set security-group-quota to it.',
    'vpc-security-groups.detail.shared-exists': '{group} exists: the new cluster reuses it.',
    'vpc-security-groups.detail.shared-new': '{group} does not exist yet: the new cluster creates it (the first Secure by Default cluster in the VPC).',
    'vpc-security-groups.detail.kinds': 'Worker groups of clusters (kube-<cluster ID>): {clusters}; groups not named kube-…: {others}.',
    'vpc-security-groups.detail.others': 'Groups not named kube-…: {names}',
    'vpc-security-groups.detail.plan-creates': 'The plan creates {count} clusters in this VPC ({names}); their groups are counted together.',
    'vpc-security-groups.many-clusters': 'VPC {vpc} already holds {clusters} cluster(s); IBM recommends at most {recommended} clusters per VPC.',
    'vpc-security-groups.many-clusters.why': 'Each cluster adds security groups and a rule to the shared group kube-vpegw-<VPC ID>; IBM says the quota of 100 groups is reached around 33 clusters and recommends 25 at most.',
    'vpc-security-groups.many-clusters.fix': 'Consider a new VPC for this cluster, or remove clusters the VPC no longer needs:',
    'vpc-security-groups.rules.fix': 'List the rules of the group; remove remotes you added yourself, or clusters the VPC no longer needs (never the rules IKS manages for a live cluster):',
    'vpc-security-groups.needs-input': 'Not checked: {operation} needs the {input} input to count the security groups of the VPC.',
    'vpc-security-groups.after-apply': 'Not checked: {input} is known after apply.',
    'vpc-security-groups.none-visible': 'Could not verify: VPC lists no security group for VPC {vpc} in region {region}.',
    'vpc-security-groups.none-visible.why': 'Every VPC has at least its default security group, so an empty list means the VPC ID or region is wrong, or the key cannot view the VPC (Viewer on VPC Infrastructure Services).',
    'vpc-security-groups.none-visible.fix': 'Check that the VPC exists in that region and that the key can see it:',
    'vpc-security-groups.rules-unknown': 'Could not verify: VPC sent security group {group} of VPC {vpc} without its rules.',
    'vpc-security-groups.shared-remotes': "The shared group {group} already has {unique} unique remote(s); creating {count} cluster(s) adds as many, {after} in all, over VPC's limit of {limit} unique remotes per security group.",
    'vpc-security-groups.shared-remotes.why': 'Every cluster of the VPC has a remote rule to its own group in {group}. VPC refuses the rule with ErrorSecurityGroupRuleOverQuota "Exceeded limit of unique remote rules per security group (the limit is 15 unique remote rules per security group)", and the new cluster\'s workers stay in "Pending security group creation" (IBM: at most 15 clusters per VPC).',
    'vpc-security-groups.detail.shared-remotes': "{group} has {unique} unique remote(s) of VPC's limit of {limit}; a create adds one per cluster."
};

;// CONCATENATED MODULE: ./src/messages/en/vpc-subnets.ts
/** vpc-subnets: the VPC subnets (and the VPC of a create) an operation puts workers on. */
const vpcSubnets = {
    'vpc-subnets.title': 'The VPC subnets are readable, in their zones and VPC, with free addresses',
    'vpc-subnets.pass': '{count} subnet(s) in {region} are readable, in the zones they are given for and in VPC {vpc}, with a free address for every worker the operation adds.',
    'vpc-subnets.pass-vpc': 'VPC {vpc} exists in {region}; its {count} subnet(s) are readable, in the zones they are given for, with a free address for every worker the operation adds.',
    'vpc-subnets.detail.vpc-ok': 'VPC {vpc} exists in {region} and is available.',
    'vpc-subnets.nothing-added': '{operation} adds no worker, so it needs no free subnet address.',
    'vpc-subnets.detail': 'Subnet {subnet} ({zone}, VPC {vpc}): {free} of {total} addresses free; needs {need} ({workers} worker(s) + {vpe} for the VPE gateway).',
    'vpc-subnets.detail.workers-not-given': 'Counted 1 worker per zone: the number of workers per zone was not given (workers-per-zone), and any create, pool or zone adds at least one.',
    'vpc-subnets.detail.workers-pool-size': "Counted 1 worker per zone: a zone add gives the new zone the pool's size per zone, which the inputs do not carry; it is at least one.",
    'vpc-subnets.detail.workers-after-apply': 'Counted 1 worker per zone: the number of workers per zone is known only after apply.',
    'vpc-subnets.detail.no-vpc-id': 'The subnets were not compared with a VPC: no vpc-id was given (IKS needs one to create a VPC cluster).',
    'vpc-subnets.detail.vpc-after-apply': 'The subnets were not compared with the VPC: its ID is known only after apply.',
    'vpc-subnets.forbidden': 'Could not verify: the API key may not read subnet {subnet} in {region} (HTTP 403).',
    'vpc-subnets.vpc-forbidden': 'Could not verify: the API key may not read VPC {vpc} in {region} (HTTP 403).',
    'vpc-subnets.forbidden.why': 'A subnet or VPC the key cannot read cannot be checked. IKS reads them with the rights of the caller, so the operation may be refused as well.',
    'vpc-subnets.forbidden.fix': 'Give the key the {role} role on {label} (an account administrator runs this):',
    'vpc-subnets.not-found': 'Subnet {subnet} does not exist in region {region} (HTTP 404).',
    'vpc-subnets.not-found.why': "Workers are created in the subnet given for their zone, in the cluster's region; VPC knows no subnet with this ID there in the key's account.",
    'vpc-subnets.not-found.fix': 'Check the subnet ID and the region; list the subnets you can use:',
    'vpc-subnets.vpc-not-found': 'VPC {vpc} (vpc-id) does not exist in region {region} (HTTP 404).',
    'vpc-subnets.vpc-not-found.why': 'A VPC cluster is created in the VPC it names; a VPC in another region or account cannot hold it.',
    'vpc-subnets.vpc-not-found.fix': 'Check vpc-id and the region; list the VPCs of the region:',
    'vpc-subnets.vpc-status': 'VPC {vpc} is in state {status}, not available.',
    'vpc-subnets.wrong-zone': 'Subnet {subnet} is given for zone {zone} but lies in zone {actual}.',
    'vpc-subnets.wrong-zone.why': 'A VPC subnet belongs to one zone: workers of zone {zone} cannot be placed in a subnet of another zone.',
    'vpc-subnets.wrong-zone.fix': 'Use a subnet of zone {zone} (or give this subnet for its own zone); the subnets of {zone}:',
    'vpc-subnets.wrong-vpc': "Subnet {subnet} is in VPC {actual}, not in the cluster's VPC {vpc}.",
    'vpc-subnets.wrong-vpc.why': 'A cluster lives in one VPC. IKS has accepted a subnet of another VPC on create, and its workers then could not reach the others (IBM-Cloud/terraform-provider-ibm#1841).',
    'vpc-subnets.wrong-vpc.fix': 'Use a subnet of VPC {vpc}; its subnets:',
    'vpc-subnets.mixed-vpcs': 'The subnets lie in more than one VPC ({vpcs}); a cluster is created in one.',
    'vpc-subnets.status': 'Subnet {subnet} is in state {status}, not available.',
    'vpc-subnets.status.why': 'Workers are created only in an available subnet or VPC: one being deleted or failed will not take them, one still pending may not yet. IBM documents no refusal text for this, so it is a warning.',
    'vpc-subnets.status.fix': 'Wait until it is available, or use another one; its state:',
    'vpc-subnets.full': 'Subnet {subnet} ({zone}) has {free} free address(es); the operation needs {need} there ({workers} worker(s) + {vpe} for the VPE gateway).',
    'vpc-subnets.full.why': "Every worker takes one address of its subnet, and the cluster's VPE gateway takes one in each zone where the cluster has workers; without them the workers stay in provisioning or fail.",
    'vpc-subnets.full.fix': 'Use a subnet of the same zone with more free addresses (a subnet cannot grow), or create one with ibmcloud is subnet-create; the subnets of the zone:',
    'vpc-subnets.unreadable': 'Could not verify subnet {subnet}: VPC did not say its {field}.',
    'vpc-subnets.needs-input': 'Not checked: {operation} needs the {input} input to know the subnets.',
    'vpc-subnets.after-apply': 'Not checked: {input} is known after apply.',
    'vpc-subnets.pool-subnets-unknown': 'Not checked: the subnets of the pool {operation} grows are not known (no worker-pool named, no pool of that name or ID in the cluster, or a zone of the pool without one primary subnet).',
    'vpc-subnets.wrong-zone.fix.region': "Zone {zone} is not a zone of region {region}: give the zones of the cluster's region; the subnets of {region}:",
    'vpc-subnets.shared-vpe': "Subnet {subnet} ({zone}) has {free} free address(es): enough for the {need} the operation needs, but not for the {shared} more that the shared VPE gateways of the VPC's first 1.28+ cluster may take in this zone.",
    'vpc-subnets.shared-vpe.why': "On a VPC's first 1.28+ cluster IBM creates shared VPE gateways (Container Registry, Object Storage s3 and config), each assigned one reserved IP in every zone with workers; this VPC shows no endpoint gateway yet. IBM picks the subnet, so this is a warning.",
    'vpc-subnets.detail.shared-vpe': 'VPC {vpc} shows no endpoint gateway yet: the shared VPE gateways of its first 1.28+ cluster take {shared} more address(es) in each zone with workers.',
    'vpc-subnets.detail.workers-pool': 'A zone add gives the new zone the size of pool {pool}: {workers} worker(s) per zone (getWorkerPools).',
    'vpc-subnets.replace-full': "Every subnet of cluster {name}'s pools is full ({subnets}): {operation} needs 1 free address for each worker it replaces.",
    'vpc-subnets.replace-full.why': 'IBM: "1 IP address is required each time that you update or replace a worker node"; the new worker gets its address before the old one is released.',
    'vpc-subnets.replace-some-full': 'Subnet(s) {subnets} of cluster {name} have no free address: replacing or updating a worker there fails until one is freed.',
    'vpc-subnets.replace-pass': "Every subnet of cluster {name}'s pools has a free address for a worker replace or update ({count} subnet(s)).",
    'vpc-subnets.replace-unknown': 'Not checked: IKS lists no subnet for the pools of cluster {name}.'
};

;// CONCATENATED MODULE: ./src/messages/en.ts















/**
 * Every user-facing sentence, by id, one file per check family. `{name}` placeholders are filled
 * with data (cluster names, codes) or a nested message; commands are not here: checks build them
 * and they are never translated. Ids: `<check>.<outcome>[.why|.fix…]`, `common.*`, `report.*`.
 */
const en = {
    ...common,
    ...credentials,
    ...clusterApiKey,
    ...classic,
    ...classicVlans,
    ...report,
    ...vpc,
    ...vpcSecurityGroups,
    ...vpcSubnets,
    ...explain,
    ...kmsAuthorization,
    ...flavor,
    ...cosInstance,
    ...kubeVersion,
    ...operationTarget
};

;// CONCATENATED MODULE: ./src/messages/ja/classic.ts
/** クラシック・ファミリー: infra-credentials、orphaned-workers、credential-switch、totp-mfa、paid-account、classic-region。 */
const classic_classic = {
    // shared
    'classic.creds.linked': 'アカウントにリンクされたクラシック・インフラストラクチャー',
    'classic.creds.manual': '手動で設定された {username} の資格情報',
    'classic.blocked.totp': '検証できませんでした: クラシック・インフラストラクチャーがこのログインに時間ベースのワンタイム・パスコード (TOTP) を要求するため、API キーでは読み取れません。{reason}',
    'classic.blocked.totp.fix': 'totp-mfa の検出結果が失敗の場合は、先にそれを修正して再実行してください。合格の場合 (IKS が手動で設定されたクラシック資格情報を使用している場合) は、TOTP が必要なのはこのプリフライト・チェック自身のクラシック・ログインだけです。このチェックを理由付きでスキップしてください (skip-checks)。',
    'classic.blocked.paid': '検証できませんでした: アカウントに、IKS が使用できるクラシック・インフラストラクチャーがありません (paid-account を参照)。{reason}',
    'classic.blocked.paid.fix': '先に paid-account の検出結果を修正してから、再実行してください。',
    'classic.fix.nobody-has-credentials': 'そのクラシック・アカウントの資格情報を持つ人がもういない場合は、クラスター ID {clusterId} を添えて IBM Cloud サポート Case (https://cloud.ibm.com/unifiedsupport/cases/add) を開いてください。サポートはそのアカウントの管理者を確認できますが、孤立クラスターを削除することはできません。',
    // infra-credentials
    'infra-credentials.title': 'リージョンが使用するクラシック・インフラストラクチャー・アカウント',
    'infra-credentials.linked': 'リージョン {region}、リソース・グループ {resourceGroup} は、アカウントにリンクされたクラシック・インフラストラクチャー (クラシック・アカウント {account}) を使用しています。手動で設定された資格情報はありません (E0051。これは正常です)。',
    'infra-credentials.manual': 'リージョン {region}、リソース・グループ {resourceGroup} は、手動で設定された {username} のクラシック資格情報 (クラシック・アカウント {account}) を使用しています。',
    'infra-credentials.manual-other': 'リージョン {region}、リソース・グループ {resourceGroup} は、手動で設定された {username} のクラシック資格情報 (クラシック・アカウント {account}。リンクされたクラシック・アカウント {linked} ではありません) を使用しています。',
    'infra-credentials.linked-none': 'リージョン {region}、リソース・グループ {resourceGroup} には手動で設定されたクラシック資格情報がなく、アカウントにもリンクされたクラシック・インフラストラクチャーがありません。',
    'infra-credentials.linked-none.why': 'この場合、IKS が作業できるクラシック・インフラストラクチャー・アカウントがありません。修正方法については paid-account の検出結果を参照してください。',
    // orphaned-workers
    'orphaned-workers.title': 'ワーカー・ノードが、リージョンの資格情報が使用するクラシック・アカウントにある',
    'orphaned-workers.pass': '{cluster} の {count} 個のワーカー・ノードはすべて、クラシック・アカウント {account} のデバイスです。リージョン {region}、リソース・グループ {resourceGroup} はこのアカウントを使用しています: {credentials}。',
    'orphaned-workers.no-workers': 'クラスター {cluster} には、クラシック・インフラストラクチャーで検索する対象となるプロビジョン済みのワーカー・ノードがありません。',
    'orphaned-workers.partial': '{cluster} の {count} 個のワーカー・ノードのうち {missing} 個が、キーから見えるクラシック・アカウント {account} のデバイスの中にありません。その他のワーカー・ノードはあります。',
    'orphaned-workers.partial.why': '別のクラシック・アカウントにあるワーカー・ノードは "incorrect account for worker" で失敗します。ただし、すべてのデバイスへのアクセス権限を持たないクラシック・ユーザーにも、デバイスの一部しか見えません。',
    'orphaned-workers.partial.fix': 'すべてのデバイスへのアクセス権限を持つクラシック・ユーザーとして、見つからないワーカー・ノード (詳細にリストされています) を検索してください。別のアカウントにある場合、クラスターは孤立しています。',
    'orphaned-workers.unconfirmed': '{cluster} のワーカー・ノードは、リンクされたクラシック・アカウント {linked} のデバイスではありません。リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} の資格情報 (クラシック・アカウント {current}) を使用していますが、このキーではそのアカウントのデバイスを読み取れません。また、"incorrect account for worker" を報告しているワーカー・ノードはありません。',
    'orphaned-workers.unconfirmed.why': 'これは、チームのクラシック・アカウントにある正常なクラスターと同じ状態ですが、確認はできません。そのアカウントのクラシック API キーを持っているのは IKS であり、パイプラインではないためです。',
    'orphaned-workers.unconfirmed.fix': '{username} (またはそのクラシック・アカウントの別のユーザー) として、ワーカー・ノードがそのアカウントのデバイスであることを確認してください。',
    'orphaned-workers.unverified': '{cluster} のワーカー・ノードがどこにあるかを検証できませんでした。クラシック・アカウント {account} のデバイス・リストを読み取れませんでした: {reason}',
    'orphaned-workers.unverified.why': 'キーで読み取れない可能性があるデバイス・リストからは、どちらとも判断できません。そのため、クラスターを孤立とは判定しませんが、プリフライト・チェックではワーカー・ノードが正しいアカウントにあるとも言えません。',
    'orphaned-workers.unverified.fix.permissions': 'アカウント {account} のパイプラインのクラシック・ユーザーにデバイスへのアクセス権限 (View Virtual Server Details、View Hardware Details、およびすべてのデバイスへのアクセス) を付与するか、このチェックを理由付きでスキップしてください。',
    'orphaned-workers.unverified.fix.other': 'ジョブを再実行してください。アカウントが大きすぎてリストできない場合は、このチェックを理由付きでスキップしてください (skip-checks の行 `orphaned-workers: <reason>`)。',
    'orphaned-workers.orphaned.unset': 'クラスター {cluster} は孤立しています。ワーカー・ノードはリンクされたクラシック・アカウント {linked} のデバイスですが、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} の資格情報 (クラシック・アカウント {current}) を使用しています。',
    'orphaned-workers.orphaned.set': 'クラスター {cluster} は孤立しています。ワーカー・ノードは、リージョン {region}、リソース・グループ {resourceGroup} が使用しているクラシック・アカウント {current} ({credentials}) のデバイスではありません。別のクラシック・アカウントで作成されています。',
    'orphaned-workers.orphaned.either': 'クラスター {cluster} は孤立しています。{reported} 個のワーカー・ノードが "incorrect account for worker" を報告しています。リージョン {region}、リソース・グループ {resourceGroup} は {credentials} を使用しています。',
    'orphaned-workers.orphaned.why': 'IKS は、クラスターのリージョンとリソース・グループのインフラストラクチャー資格情報を使用してクラシックのワーカー・ノードを管理します。ワーカー・ノードが別のクラシック・アカウントにあると、{operation} は "incorrect account for worker" で失敗します。他のクラスターは引き続き管理できます。',
    'orphaned-workers.detail.plain': '{worker} ({ip}, {state}){incorrect}',
    'orphaned-workers.detail.in': '{worker} ({ip}, {state}) クラシック・アカウント {account} にあります{incorrect}',
    'orphaned-workers.detail.not-in': '{worker} ({ip}, {state}) クラシック・アカウント {account} にありません{incorrect}',
    'orphaned-workers.detail.linked': '(リンクされたアカウント)',
    'orphaned-workers.detail.no-ip': 'プライベート IP アドレスなし',
    'orphaned-workers.detail.unknown-state': '状態不明',
    'orphaned-workers.fix.unset': 'リージョン {region}、リソース・グループ {resourceGroup} を、リンクされたクラシック・アカウント {linked} に戻してください (戻すと、`credential get` は "No credentials set … (E0051)" と応答します)。その後、操作を再試行してください。',
    'orphaned-workers.fix.either-unset': 'ワーカー・ノードがリンクされたクラシック・アカウント {linked} のデバイスである場合は、手動で設定された資格情報を削除してください。',
    'orphaned-workers.fix.set': 'リージョン {region}、リソース・グループ {resourceGroup} に、ワーカー・ノードがあるクラシック・アカウントのユーザーの資格情報を設定してください (ユーザー名はそのアカウントの ID と "_" で始まり、キーはそのユーザーのクラシック・インフラストラクチャー API キーです)。',
    'orphaned-workers.fix.either-set': 'それ以外の場合は、ワーカー・ノードがあるクラシック・アカウントのユーザーの資格情報を設定してください (ユーザー名はそのアカウントの ID と "_" で始まり、キーはそのユーザーのクラシック・インフラストラクチャー API キーです)。',
    'orphaned-workers.fix.see-switch': '切り替える前に credential-switch の検出結果を確認してください。切り替えると、リージョン {region}、リソース・グループ {resourceGroup} の他のクラスターのうち、ワーカー・ノードが現在使用中のアカウントにあるものがすべて孤立します。',
    // credential-switch
    'credential-switch.title': '資格情報を切り替えても他のクラスターが孤立しない',
    'credential-switch.not-needed': 'クラスター {cluster} は孤立していません。リージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替える必要はありません。',
    'credential-switch.no-switch-advised': '{cluster} については、資格情報の切り替えは推奨されません (orphaned-workers で孤立と判定されませんでした)。',
    'credential-switch.safe': 'リージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替えても、他のクラシック・クラスターは孤立しません。',
    'credential-switch.orphans': '{cluster} を修正するためにリージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替えると、ワーカー・ノードが現在使用中の{now} のデバイスである他のクラスター {count} 個が孤立します: {clusters}。',
    'credential-switch.may-orphan': '{cluster} を修正するためにリージョン {region}、リソース・グループ {resourceGroup} の資格情報を切り替えると、現在使用中の{now} で動作している他のクラスター {count} 個が孤立する可能性が高くなります: {clusters}。',
    'credential-switch.why': 'IKS が使用するクラシック資格情報は、リージョンとリソース・グループごとに 1 組です。ワーカー・ノードが異なるクラシック・アカウントにあるクラスターを、{region} ですべて同時に管理することはできません。',
    'credential-switch.now.linked': 'リンクされたクラシック・アカウント {account}',
    'credential-switch.now.current': 'クラシック・アカウント {account}',
    'credential-switch.detail.definite': '{cluster} ({id}): ワーカー・ノードは{now} のデバイスです',
    'credential-switch.detail.likely': '{cluster} ({id}): ワーカー・ノードはリンクされたアカウントになく、アカウントの不一致も報告していないため、{now} にある可能性が高いです',
    'credential-switch.fix.lasting': '切り替えは、それらのクラスターを待たせても問題ない場合にだけ行ってください。恒久的な修正: リージョン {region}、リソース・グループ {resourceGroup} のクラシック・クラスターを再作成してすべてを 1 つのクラシック・インフラストラクチャー・アカウントにまとめ、その後は資格情報をそのアカウントに向けたままにします。',
    // totp-mfa
    'totp-mfa.title': '多要素認証がクラシック・インフラストラクチャーを妨げていない',
    'totp-mfa.pass': 'アカウントの MFA 設定は {mfa} です。リージョン {region}、リソース・グループ {resourceGroup} のクラシック・インフラストラクチャーの呼び出しには影響しません。',
    'totp-mfa.manual': 'アカウントの MFA 設定は {mfa} ですが、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} のクラシック資格情報を使用しており、TOTP の影響を受けません。',
    'totp-mfa.enabled': 'アカウントの MFA 設定は {mfa} (TOTP) であり、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された資格情報なしで、リンクされたクラシック・インフラストラクチャーを使用しています。',
    'totp-mfa.reported': 'IBM Cloud は、リージョン {region}、リソース・グループ {resourceGroup} のクラシック・インフラストラクチャーへのログインを拒否しています: "{message}" (アカウントの MFA 設定 {mfa})。',
    'totp-mfa.user.override': '{mfa} ({user}、IKS が使用する API キーの所有者に対するユーザーごとの設定。アカウントの設定は {account})',
    'totp-mfa.why': 'TOTP は、IKS がリンクされたアカウントで行うクラシック・インフラストラクチャーの呼び出しにも適用されます。そのため、IKS でクラシック・クラスターとワーカー・ノードを作成して管理することはできません ("can\'t authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.")。',
    'totp-mfa.level': 'アカウントの MFA 設定は {mfa} であり、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された資格情報なしで、リンクされたクラシック・インフラストラクチャーを使用しています。',
    'totp-mfa.level.why': 'IBM の資料で阻害要因として記載されているのは TOTP です。{mfa} が IKS のクラシックの呼び出しも妨げるかどうかは記載されていません。操作が TOTP のメッセージで失敗する場合は、以下のいずれかの修正を適用してください。',
    'totp-mfa.fix.turn-off': '次のいずれかを実行してください。アカウントで TOTP を無効にします (アカウント所有者またはアカウント管理者が実行します。コンソール:「管理」>「アクセス (IAM)」>「設定」>「多要素認証」>「なし」)。',
    'totp-mfa.fix.classic-key': 'または、引き続き TOTP を使用し、IKS にクラシック・インフラストラクチャー API キーを与えてください。アカウント所有者または必要な権限を持つユーザー (ユーザー名 {linked}_<email>) のクラシック・インフラストラクチャー API キーを作成するか見つけ、クラシック・クラスターがあるすべてのリージョンとリソース・グループ ({regions}) で、キーを設定して確認し、クラスターがそのキーを使用するようにします。',
    // paid-account
    'paid-account.title': 'アカウントにクラシック・インフラストラクチャーがある',
    'paid-account.pass': 'アカウントには、リージョン {region}、リソース・グループ {resourceGroup} 用にリンクされたクラシック・インフラストラクチャー (クラシック・アカウント {account}) があります。',
    'paid-account.is-paid': 'IKS はクラスター {cluster} を有料 (isPaid) と報告しています。リージョン {region}、リソース・グループ {resourceGroup} はクラシック・インフラストラクチャーを使用できます (リンクされたクラシック・アカウント {account})。',
    'paid-account.manual': 'アカウントにはリンクされたクラシック・インフラストラクチャーがありませんが、リージョン {region}、リソース・グループ {resourceGroup} は手動で設定された {username} のクラシック資格情報を使用しています。',
    'paid-account.unlinked': 'アカウント {accountId} にはリンクされたクラシック・インフラストラクチャーがなく (有料アカウントではありません)、リージョン {region}、リソース・グループ {resourceGroup} には手動で設定されたクラシック資格情報もありません。',
    'paid-account.e0057': 'IKS は、リージョン {region}、リソース・グループ {resourceGroup} のクラシック・インフラストラクチャーを拒否しています ({operation}、{code}): "{message}"',
    'paid-account.why': 'クラシック・クラスターとワーカー・ノードはクラシック・インフラストラクチャーで注文されます。それには従量課金 (PAYG) またはサブスクリプションのアカウント (またはそのようなアカウントのクラシック資格情報) が必要です。ない場合、IKS は "Unable to connect to the IBM Cloud account. Ensure that you have a paid account." (E0057) と応答します。',
    'paid-account.fix.upgrade': 'アカウントを従量課金 (PAYG) またはサブスクリプションにアップグレードしてください (コンソール:「管理」>「アカウント」>「アカウント設定」。https://cloud.ibm.com/docs/account?topic=account-upgrading-account)。これにより、クラシック・インフラストラクチャーがリンクされます。',
    'paid-account.fix.credentials': 'または、有料のクラシック・インフラストラクチャー・アカウントのユーザーのクラシック資格情報を、リージョン {region} に設定してください。',
    'paid-account.fix.vpc': '新しいクラスターの場合、VPC クラスター (プロバイダー vpc-gen2) にはクラシック・インフラストラクチャーは必要ありません。',
    // classic-region
    'classic-region.title': 'リージョンでクラシック・クラスターをまだ作成できる',
    'classic-region.pass': 'アカウントにはリージョン {region} にクラシック・クラスターが {count} 個ある ({clusters}) ため、そこにクラシック・クラスターを作成できます。',
    'classic-region.none': 'アカウントには、リージョン {region} にクラシック・クラスターがありません (このキーから見えるクラスターの中で)。IKS は E501e で作成を拒否します。',
    'classic-region.none-soon': 'アカウントには、リージョン {region} にクラシック・クラスターがありません (このキーから見えるクラスターの中で)。2026-10-01 以降、IKS はこのような作成を E501e で拒否します。',
    'classic-region.why': '2026-10-01 以降、アカウントがクラシック・クラスターを作成できるのは、既にクラシック・クラスターがあるリージョンだけです: "E501e: Classic cluster creation is not supported in regions that do not have existing classic clusters."',
    'classic-region.fix.other-region': 'アカウントにクラシック・クラスターがあるリージョン ({regions}) でクラシック・クラスターを作成してください。',
    'classic-region.fix.no-classic': 'アカウントにはどのリージョンにもクラシック・クラスターがないため、クラシック・クラスターはもう作成できません。',
    'classic-region.fix.vpc': 'または、代わりにこのリージョンで VPC クラスター (プロバイダー vpc-gen2) を作成してください。',
    'classic-region.fix.no-such-region': 'region 入力を確認してください: {region} は、アカウントのクラスターのリージョンでも、IKS が VPC ゾーンを一覧表示するリージョン ({regions}) でもないため、入力ミスの可能性があります。'
};

;// CONCATENATED MODULE: ./src/messages/ja/classic-vlans.ts
/** classic-vlans: クラシックのクラスター作成またはゾーン追加でワーカーを配置する VLAN。 */
const classic_vlans_classicVlans = {
    'classic-vlans.title': 'クラシック・ゾーン: 指定された VLAN がそのゾーンにある、または VLAN の指定が不要',
    'classic-vlans.detail.private': 'プライベート',
    'classic-vlans.detail.public': 'パブリック',
    'classic-vlans.pass': 'ゾーン {zone}: プライベート VLAN {private} とパブリック VLAN {public} は、このゾーンにあるアカウントの VLAN で、タイプも正しく、同じルーター・ペア上にあります。',
    'classic-vlans.pass-private-only': 'ゾーン {zone}: プライベート VLAN {private} は、このゾーンにあるアカウントのプライベート VLAN です。パブリック VLAN が指定されていないため、ワーカーはプライベート専用になります (このゾーンのパブリック VLAN: {publics})。',
    'classic-vlans.pass-public-only': 'ゾーン {zone}: パブリック VLAN {public} は、このゾーンにあるアカウントのパブリック VLAN です。アカウントはこのゾーンにまだプライベート VLAN を持たないため、IKS が作成します。',
    'classic-vlans.pass-new': "ゾーン {zone}: アカウントはこのゾーンに VLAN を持たず、VLAN も指定されていません。ゾーンで最初の標準クラスターを作成すると、IKS がプライベート VLAN とパブリック VLAN を作成します (IBM:「If this standard cluster is the first standard cluster that you create in this zone, don't include this option. A private VLAN is created for you」、ibmcloud ks cluster create classic)。",
    'classic-vlans.not-in-zone': 'ゾーン {zone}: {kind} VLAN {id} は、このゾーンにあるアカウントの VLAN ではありません (アカウントがこのゾーンに持つ VLAN は {count} 個)。',
    'classic-vlans.wrong-type': 'ゾーン {zone}: VLAN {id} は {kind} VLAN として指定されていますが、{actual} VLAN です。',
    'classic-vlans.missing': 'ゾーン {zone}: アカウントはこのゾーンに既に {count} 個の VLAN を持っていますが、{operation} は VLAN を指定していません ({flags} がありません)。IKS は E0020 (「One or more required fields are missing」) で拒否します。',
    'classic-vlans.routers': 'ゾーン {zone}: プライベート VLAN {private} (ルーター {privateRouter}) とパブリック VLAN {public} (ルーター {publicRouter}) は、同じルーター・ペア上にありません。',
    'classic-vlans.vlan.why': 'クラシックのワーカーは、そのゾーンの VLAN に配置されます。プライベート VLAN (バックエンド・ルーター bcr…) と、プライベート専用でない限りパブリック VLAN (フロントエンド・ルーター fcr…) です。このゾーンにあるアカウントの VLAN でない ID や、タイプの違う VLAN を IKS は拒否します。この拒否のコードとして IBM が文書化しているのは E0020「One or more required fields are missing」だけです。',
    'classic-vlans.missing.why': 'IKS が VLAN を作成するのは、ゾーンで最初の標準クラスターのときだけです。アカウントがゾーンに VLAN を持った後は、そのゾーンでのクラシックのクラスター作成やゾーン追加で VLAN を指定する必要があり、指定しないと IKS は E0020 で失敗します:「One or more required fields are missing. To create a standard cluster, you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN. If this is the first standard cluster that you create in this zone, the public and private VLAN flags are not required.」',
    'classic-vlans.routers.why': 'プライベート VLAN とパブリック VLAN は同じルーター・ペア上にある必要があります。IBM:「Private VLAN routers always begin with bcr (back-end router) and public VLAN routers always begin with fcr (front-end router). When you create a cluster and specify the public and private VLANs, the number and letter combination after those prefixes must match.」',
    'classic-vlans.detail.of-kind': 'ゾーン {zone} にあるアカウントの {kind} VLAN: {ids}。ゾーンのすべての VLAN:',
    'classic-vlans.fix.use': 'ゾーン {zone} の VLAN を指定してください ({flags}。Terraform では private_vlan_id と public_vlan_id):',
    'classic-vlans.fix.list': 'ゾーン {zone} の VLAN を一覧表示し、{kind} VLAN を指定してください:',
    'classic-vlans.fix.list-any': 'ゾーン {zone} の VLAN を一覧表示し、それらを指定してください:',
    'classic-vlans.fix.none-exist': 'アカウントはゾーン {zone} に VLAN を持っていません。VLAN の指定 (--private-vlan、--public-vlan。Terraform では private_vlan_id と public_vlan_id) を外せば IKS が作成します。または、意図したゾーンか確認してください:',
    'classic-vlans.needs-zones': '未チェック: {operation} は VLAN のゾーンを指定していません。zones (VLAN を指定する場合は private-vlan と public-vlan も)、または Terraform プランを指定してください。',
    'classic-vlans.after-apply': '未チェック: {input} は適用後にのみ判明します。',
    'classic-vlans.vrf': '{operation} により、クラスター {cluster} は {count} 個のゾーン ({zones}) にまたがります。リージョン {region}、リソース・グループ {resourceGroup} のクラシック・アカウントでは VLAN スパンニングがオフです。アカウントで仮想ルーター機能 (VRF) が有効でない限り、ワーカーはプライベート・ネットワーク上で互いに通信できません。',
    'classic-vlans.vrf-unknown': '{operation} により、クラスター {cluster} は {count} 個のゾーン ({zones}) にまたがります。リージョン {region}、リソース・グループ {resourceGroup} のクラシック・アカウントで VLAN スパンニングが有効かどうかを読み取れませんでした ({message})。',
    'classic-vlans.vrf.why': 'マルチゾーンのクラシック・クラスターでは、アカウントで VRF または VLAN スパンニングが必要です。IBM:「In classic clusters, if you have multiple VLANs for your cluster, multiple subnets on the same VLAN, or a multizone classic cluster, you must enable a Virtual Router Function (VRF) for your IBM Cloud infrastructure account so your worker nodes can communicate with each other on the private network.」IKS は操作を拒否しませんが、ワーカーは通信できません。VRF が有効かどうかは、このキーでは読み取れません。',
    'classic-vlans.vrf.fix': 'VRF が有効かどうかを確認してください (ibmcloud account show)。有効でなく、有効にできない場合は、アカウントの VLAN スパンニングをオンにしてください (https://cloud.ibm.com/docs/vlans?topic=vlans-vlan-spanning)。',
    'classic-vlans.pool-no-vlans': '未チェック: クラシックのワーカー・プールは、ゾーンを追加するとき (zone-add、Terraform の ibm_container_worker_pool_zone_attachment) にゾーンと VLAN を得ます。その操作がチェックされます。'
};

;// CONCATENATED MODULE: ./src/messages/ja/cluster-api-key.ts
/** cluster-api-key: 保管された API キーの所有者がアカウントのアクティブ・ユーザーである (issue 11)。 */
const cluster_api_key_clusterApiKey = {
    'cluster-api-key.owner.detail.active': '所有者 {owner} はアカウント {accountId} のアクティブなユーザーです ({iamId})。',
    'cluster-api-key.owner.detail.key-verified': '確認済み: IKS はリージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用します。不明なのは所有者の状態のみです。',
    'cluster-api-key.owner.detail.service-id': 'IKS の応答では所有者 {owner} に E メール・アドレスがありません (サービス ID)。ユーザー管理はユーザーのみを一覧表示するため、所有者の状態は確認していません。',
    'cluster-api-key.owner-gone': 'IKS はリージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用しますが、所有者はもうアカウント {accountId} のユーザーではありません。E メール・アドレス {email} を持つユーザーはそのアカウントにいません。',
    'cluster-api-key.owner-inactive': 'IKS はリージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用しますが、そのユーザー ({iamId}) はアカウント {accountId} で状態 {state} であり、ACTIVE ではありません。',
    'cluster-api-key.owner.why': 'IKS は {operation} の IAM およびインフラストラクチャーの呼び出しを、アカウントのアクティブなユーザーではないユーザーの保管されたキーで行います。IAM はそのキーを拒否し、操作は "Provided user not found or active" (P0005、BXNIM0410E) で失敗します。',
    'cluster-api-key.owner-inactive.why.pending': 'PENDING: ユーザーは招待されていますが、まだアカウントに参加していないため、キーはアカウント内で動作できません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
    'cluster-api-key.owner-inactive.why.processing': 'PROCESSING: 招待はまだ作成中であり、ユーザーはアカウントでアクティブではありません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
    'cluster-api-key.owner-inactive.why.vpn-only': 'VPN_ONLY: IBM はこのユーザーをクラシック・デバイスへの VPN アクセスのみに制限しており、コンソールも IAM 対応リソースも使用できません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
    'cluster-api-key.owner-inactive.why.suspended': 'SUSPENDED: IBM の資料によれば、一時停止されたユーザーはアカウント内でいかなるアクションも実行できません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
    'cluster-api-key.owner-inactive.why.invalid': 'IAMID_INVALID: ユーザーの IBMid は削除されており、IBM の資料によれば IAM 対応リソースにアクセスできません。IKS は {operation} の呼び出しをこのキーで行い、"Provided user not found or active" (P0005) で失敗します。',
    'cluster-api-key.owner-inactive.why.no-classic': 'DISABLED_CLASSIC_INFRASTRUCTURE: IBM の資料によれば、このユーザーはコンソールとプラットフォーム・リソースを引き続き使用できますが、クラシック・インフラストラクチャーにはアクセスできません。IKS はこのクラスターのクラシック・ワーカーの注文、再ロード、削除をこのキーで行うため、{operation} は失敗します。',
    'cluster-api-key.owner-inactive.why.no-classic-vpc': 'DISABLED_CLASSIC_INFRASTRUCTURE: IBM の資料によれば、このユーザーはコンソールとプラットフォーム・リソースを引き続き使用でき、失うのは VPC クラスターが使用しないクラシック・インフラストラクチャーのみです。IKS が {operation} でこのような所有者を受け入れるかどうかは IBM の資料に記載されていません。アクティブな所有者にすれば疑問はなくなります。',
    'cluster-api-key.owner-inactive.why.other': 'IBM が正常に動作するユーザーとしているのは ACTIVE のみです。IKS は {operation} の呼び出しをこのキーで行い、アクティブではない所有者に対しては "Provided user not found or active" (P0005) と応答します。',
    'cluster-api-key.owner.fix': 'Kubernetes Service に対する管理者役割を持つアカウントのアクティブなユーザー (サービス ID ではないもの) が、リージョン {region}、リソース・グループ {resourceGroup} に自分のキーを保管します。キーはリソース・グループごとに保管されるため、最初にそのリソース・グループをターゲットにします。',
    'cluster-api-key.owner.fix.verify': '次に、IKS が新しい所有者を示すことを確認します。',
    'cluster-api-key.owner.self-only': '保管されたキーの所有者 {owner} がアカウント {accountId} のアクティブなユーザーであるかどうかを確認できませんでした。ユーザー管理が呼び出し元のみを一覧表示しました (ユーザー管理の役割を持たない呼び出し元に対する動作です)。',
    'cluster-api-key.owner.self-only.fix': 'pre-flight を実行するキーに、ユーザー管理に対するビューアー役割を付与します。'
};

;// CONCATENATED MODULE: ./src/messages/ja/common.ts
/** すべてのチェックに共通の結果。 */
const common_common = {
    'common.could-not-verify': '検証できませんでした: {reason}',
    'common.could-not-verify.why': 'このチェックに必要な情報を IBM Cloud から読み取れなかったため、プリフライト・チェックでは操作が成功するかどうかを判断できません。',
    'common.could-not-verify.fix.access': '{service} がこの読み取りを拒否しました (HTTP {status})。キーの ID に {label} に対する {role} 役割が必要です。付与してから再実行してください。再実行するだけでは解決しません。',
    'common.could-not-verify.fix.classic-access': 'クラシック・インフラストラクチャーがこの読み取りを拒否しました (HTTP {status})。キーが使用するクラシック・ユーザーに、そのための権限がありません。権限を付与してから (ibmcloud sl user permission-edit) 再実行してください。再実行するだけでは解決しません。',
    'common.could-not-verify.fix.not-found': '{service} は「{operation}」に 404 Not Found を返しました ({what})。入力の名前と ID、およびキーがそれを保持するアカウントのものであることを確認してください。再実行しても解決しません。',
    'common.could-not-verify.fix.rejected': '{service} が「{operation}」を拒否しました (HTTP {status})。再実行しても変わりません。入力が正しい場合は、下記のインシデント ID を添えて IBM Cloud のサポート・ケースを作成してください。',
    'common.could-not-verify.not-ibm': '検証できませんでした: これは IBM Cloud からの応答ではありません。{service} ({operation}) は {answer} を返しましたが、IBM のエラーに含まれるフィールドがありません。',
    'common.could-not-verify.not-ibm.why': 'IBM Cloud ではなく、プロキシー、ファイアウォール、またはキャプティブ・ポータルが応答したか、エンドポイント変数の設定先が誤っています。キーやその役割については何も分かっていません。',
    'common.could-not-verify.fix.not-ibm': 'ランナーから IBM Cloud へのネットワーク経路 (HTTPS_PROXY、NO_PROXY、ファイアウォール) と、エンドポイント変数 {variable} を確認してください。IBM Cloud の公開エンドポイントを使用するには、この変数を設定解除してください。',
    'common.what.cluster': 'クラスター {target}',
    'common.what.workers': 'クラスター {target} のワーカー',
    'common.what.key-owner': 'クラスターのリージョンとリソース・グループに保管されている API キー',
    'common.what.gateways': 'ゲートウェイを一覧表示した VPC またはリージョン',
    'common.what.other': '読み取り対象',
    'common.also-seen': '同じ対象について: {summary}',
    'common.symptom': '{check} (同じ対象、同じ原因と考えられます): {summary}',
    'common.needs': 'チェックしていません: {check} が前提です。',
    'common.remediation.before': '修復前: {status}: {summary}',
    'common.could-not-verify.fix': 'ジョブを再実行してください。再び失敗する場合は、https://cloud.ibm.com/status と、ランナーから IBM Cloud へのネットワーク経路 (プロキシー、ファイアウォール、NO_PROXY) を確認してください。',
    'common.skipped-by-user': 'skip-checks によりスキップされました: {reason}',
    'common.not-for-operation': '{operation} には適用されません。',
    'common.not-for-provider': '{provider} クラスターには適用されません。適用対象: {providers}。',
    'common.timed-out': 'timeout-seconds ({seconds} 秒) 以内に完了しませんでした。',
    'common.internal-error': 'このチェックで内部エラーが発生しました: {message}',
    'common.input-problem': 'チェックできません: {message}',
    'common.input-problem.fix': 'ステップの入力を修正して再実行してください。',
    'common.rule-unsourced': '失敗ではなく警告として報告しています: ルール {rule} には、IBM がこの操作を拒否することを示す IBM の情報源がありません (docs/rules.md)。',
    // IBM の日本語コンソールの役割名と、`--roles` に指定する名前
    'common.role.Administrator': '管理者 (Administrator)',
    'common.role.Operator': 'オペレーター (Operator)',
    'vpc-region.title': 'リージョンで VPC クラスターを作成できる',
    'vpc-region.pass': 'IKS はリージョン {region} に VPC ゾーンを {count} 個提供しています: {zones}。',
    'vpc-region.unknown': 'IKS はリージョン {region} に VPC ゾーンを提供していません: そこに VPC クラスターは作成できません。',
    'vpc-region.unknown.why': '作成で指定したリージョンが IKS のゾーン・リストにないため (入力ミス、または VPC のないリージョン)、IKS は作成をすぐに拒否します。VPC ゾーンがあるリージョン: {regions}。',
    'vpc-region.unknown.fix': 'region 入力をこれらのリージョンのいずれかに設定してください。IKS のゾーンは次のコマンドで一覧表示できます:',
    'vpc-region.empty': 'IBM Cloud Kubernetes Service が空の VPC ゾーン・リストを返したため、リージョン {region} を確認できませんでした。'
};

;// CONCATENATED MODULE: ./src/messages/ja/credentials.ts
/** 資格情報ファミリー: api-key、account、cluster-access、cluster-name、cluster-api-key、infra-permissions。 */
const credentials_credentials = {
    'api-key.title': 'API キーが有効である',
    'api-key.pass': 'API キーを IAM トークンに交換できます ({identity}、アカウント {accountId})。',
    'api-key.unknown': 'IAM はこの API キーを認識していません ({answer})。',
    'api-key.unknown.why': '操作で行われる IBM Cloud への呼び出しはすべてこのキーで行われます。認識されないキーでは何も実行できません。',
    'api-key.unknown.fix': 'パイプラインのユーザーまたはサービス ID の新しい API キーを作成し、ワークフローが api-key に渡すシークレットとして保管してから、古いシークレットを削除してください。',
    'api-key.rejected': 'IAM が API キーを拒否しました ({answer})。',
    'api-key.rejected.why': 'IAM トークンがなければ、操作に必要な IBM Cloud への呼び出しを 1 つも行えません。',
    'api-key.rejected.fix': 'シークレットに現在有効な IBM Cloud API キー (クラシック・インフラストラクチャー・キーや IAM トークンではないもの) が入っていることを確認し、必要であればキーを作成し直してください。',
    'api-key.disabled': 'API キー {keyName} は無効になっています。',
    'api-key.disabled.why': '無効な API キーでは認証できないため、操作の呼び出しはすべて失敗します。',
    'api-key.disabled.fix': 'キーを再度有効にするか (キーの所有者、または IAM Identity の管理者が実行します)、キーを置き換えてください。',
    'api-key.locked': 'API キー {keyName} はロックされています。認証はできますが、ロックを解除するまで変更、ローテーション、削除はできません。',
    'api-key.locked.why': 'ロックはキーを削除から保護するものです。操作は妨げませんが、ロックを解除するまで、このパイプラインでのキーのローテーションは失敗します。',
    'api-key.locked.fix': 'キーをローテーションまたは削除する必要があるときは、ロックを解除してください。',
    // account
    'account.title': 'キーが想定どおりのアカウントに属している',
    'account.pass': 'アカウント {account} は expected-account-ids に含まれています。',
    'account.no-allow-list': 'expected-account-ids が指定されていません。キーはアカウント {account} に属しています。',
    'account.unexpected': 'API キーはアカウント {account} に属していますが、このアカウントは expected-account-ids ({expected}) に含まれていません。',
    'account.unexpected.why': '操作が意図とは別のアカウントで実行されます。クラスターがそのアカウントに作成されるか、クラスターが見つかりません。',
    'account.unexpected.fix': '意図したアカウントの API キーを渡してください (ジョブが使用するシークレットと環境を確認してください)。このアカウントが意図したものである場合は、{accountId} を expected-account-ids に追加してください。',
    'account.resource-group-unknown': 'resource-group 入力のリソース・グループが見つかりません: {message}',
    'account.resource-group-unknown.why': 'IKS は資格情報、API キー、新しいクラスターをリソース・グループ ID で区分します。不明なグループを指定すると、このような呼び出しはすべて失敗します。',
    'account.resource-group-unknown.fix': 'resource-group に、アカウント内のグループの ID または正確な名前 (大/小文字の区別あり) を設定してください。',
    // cluster-access
    'cluster-access.title': 'このキーでクラスターを読み取れる',
    'cluster-access.pass': 'クラスター {name} ({id}): {provider}、{region}、リソース・グループ {resourceGroup}、状態 {state}。',
    'cluster-access.not-found': 'IKS はこのキーではクラスター {cluster} を見つけられません ({answer})。',
    'cluster-access.hint.G0004': '操作の対象は、アカウント {accountId} でこのキーからは見えないクラスターであるため、操作はすぐに失敗します。G0004 は通常、別のアカウントまたはリソース・グループがターゲットになっていることを意味します。',
    'cluster-access.hint.A0006': '操作の対象は、アカウント {accountId} でこのキーからは見えないクラスターであるため、操作はすぐに失敗します。A0006 は通常、別のリージョンまたはリソース・グループがターゲットになっているか、キーの所有者にクラスターに対するビューアー役割がないことを意味します。',
    'cluster-access.hint.other': '操作の対象は、アカウント {accountId} でこのキーからは見えないクラスターであるため、操作はすぐに失敗します。クラスターが別のアカウント、リージョン、またはリソース・グループにあるか、キーの所有者にそのクラスターに対するビューアー役割がありません。',
    'cluster-access.not-found.fix.list': 'このキーで見えるクラスターをリストし、ワークフローがターゲットにしているアカウント、リージョン、リソース・グループを確認してください。',
    'cluster-access.not-found.fix.role': '他のユーザーにはクラスターが見えている場合は、キーの所有者に、そのクラスターに対する少なくともビューアーのプラットフォーム役割を付与してください。',
    'cluster-access.forbidden': 'このキーではクラスター {cluster} を読み取ることができません ({answer})。',
    'cluster-access.forbidden.why': 'クラスターの読み取りには Kubernetes Service に対するビューアーのプラットフォーム役割が必要であり、{operation} には {role} 役割が必要です。',
    'cluster-access.forbidden.fix': '管理者が、キーの所有者にこのクラスターに対する役割を付与します。',
    'cluster-access.region-mismatch': 'クラスター {name} はリージョン {actual} にあり、region 入力で指定された {given} にはありません。',
    'cluster-access.group-mismatch': 'クラスター {name} はリソース・グループ {actual} にあり、resource-group 入力で指定された {given} にはありません。',
    'cluster-access.mismatch.why': '入力のリージョンまたはリソース・グループをターゲットにするコマンドは、このクラスターに対して A0006 または G0004 で失敗します。',
    'cluster-access.mismatch.fix': 'ワークフローで、クラスター自身のリージョンとリソース・グループをターゲットにしてください。',
    'cluster-state.state': 'クラスター {name} ({id}) は {state} 状態です。',
    'cluster-state.state.why': 'クラスターが {state} 状態の間、IKS は {operation} を受け付けません。',
    'cluster-state.state.unsupported.why': 'クラスターはサポート対象外の Kubernetes バージョンで稼働しています。マスターをサポート対象のバージョンに更新するまで、IKS はワーカー・ノードの追加や再ロードを行いません ({operation})。',
    'cluster-state.state.requested.why': 'IBM: requested 状態では作成要求が送信済みで、デプロイメントはまだ開始していません。IBM はこの状態での {operation} の拒否を文書化していませんが、マスターはデプロイされていないため、操作が待機するか失敗する可能性があります。',
    'cluster-state.state.unsupported.allowed.why': 'クラスターはサポート対象外のバージョンで稼働しています。IBM:「You can still delete the cluster or worker nodes, or update the cluster to the next version」。{operation} は許可されていますが、早めにマスターを更新してください。',
    'cluster-state.state.unsupported.resize-unknown.why': 'クラスターはサポート対象外のバージョンで稼働しています。IKS はワーカー・ノードを増やすサイズ変更を拒否し、減らすサイズ変更は許可しますが、{operation} の前後のワーカー・プールのサイズがここでは分かりません。',
    'cluster-state.workers-unknown': 'IKS はクラスター {name} にワーカー・ノード {workers} を返しません。クラスターのワーカー・ノード: {known}。',
    'cluster-state.workers-unknown.why': 'workers 入力は IKS が返す ID (ibmcloud ks worker ls) でワーカー・ノードを指定します。IKS が返さない ID はチェックできず、操作もそのワーカー・ノードを見つけられません。',
    'cluster-state.workers-unknown.fix': 'ワーカー・ノードをリストし、その ID を workers に指定してください。',
    'cluster-state.detail.all-workers': 'workers 入力がワーカー・ノードを指定しないため、クラスターのすべてのワーカー・ノードを判定しました。',
    'cluster-state.detail.replace-fixes': '{worker} は {state} 状態です。置き換えが IBM の修正方法であるため、worker-replace を妨げません。',
    'cluster-state.state.degraded.why': 'IBM はクラスターを {state} と報告しています。{operation} が失敗したり、状態を悪化させたりする可能性があります。まずクラスターを確認してください。',
    'cluster-state.state.fix.update': 'マスターを IKS がリストする次のバージョンに (1 マイナー・バージョンずつ、その後ワーカー・ノードも) 更新してから、操作を実行してください。',
    'cluster-state.state.fix.failed': 'IKS はこの状態からクラスターを自動では回復しません。クラスターとワーカー・ノードを確認し、状態が変わらない場合はクラスター ID を添えて IBM サポート・ケースを開いてください。',
    'cluster-state.state.fix': 'クラスターの状態が落ち着くまで待ってから、状態を確認してください。',
    // cluster-state
    'cluster-state.title': 'クラスター、マスター、ワーカー・ノードが操作を受け付ける状態である',
    'cluster-state.pass': 'クラスター {name} は {state} 状態、マスターは {masterState} です。別の操作中のワーカー・ノードはありません。',
    'cluster-state.pass-no-master': 'クラスター {name} は {state} 状態です。別の操作中のワーカー・ノードはありません (IKS はマスターの状態を返しませんでした)。',
    'cluster-state.pass-cluster': 'クラスター {name} は {state} 状態、マスターは {masterState} です。',
    'cluster-state.pass-cluster-only': 'クラスター {name} は {state} 状態です (IKS はマスターの状態を返しませんでした)。',
    'cluster-state.pass-delete': 'クラスター {name} は {state} 状態です。IKS はどの状態のクラスターでも削除します。',
    'cluster-state.master': 'クラスター {name} のマスターは {masterState} です。',
    'cluster-state.master.update.why': 'IKS はマスターが deployed の間だけ {operation} を受け付けます (Ef9cc "master must be in the deployed state")。',
    'cluster-state.master.busy.why': 'マスターの操作が進行中です。{operation} はそれと衝突するか、完了を待つ可能性があります。',
    'cluster-state.master.fix': 'マスターが deployed (Ready) になるまで待ってから再実行してください。マスター更新が失敗している場合は確認が必要です。',
    'cluster-state.workers': 'クラスター {name} のワーカー・ノード {count} 台が別の操作中か、失敗状態です。',
    'cluster-state.workers.why': 'IKS は 1 台のワーカー・ノードに一度に 1 つの操作しか実行しません。これらのワーカー・ノードでの {operation} は、状態が落ち着くまで待つか失敗します。',
    'cluster-state.workers.fix': '保留中の操作が完了するまで (または失敗したワーカー・ノードを修復してから) 待ち、再実行してください。',
    // worker-minimum
    'worker-minimum.title': '操作の後もクラスターに IKS が必要とする数のワーカー・ノードが残る',
    'worker-minimum.pass': 'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台)。{platform} クラスターには {minimum} 台以上が必要です。',
    'worker-minimum.pass-one': 'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台。workers 入力がワーカー・ノードを指定しないため、1 台の削除として数えています)。{platform} クラスターには {minimum} 台以上が必要です。',
    'worker-minimum.pass-named': 'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台。workers で指定された {count} 台を除外)。{platform} クラスターには {minimum} 台以上が必要です。',
    'worker-minimum.pass-any': 'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台)。どちらのプラットフォームでも十分です (OpenShift は 2 台、Kubernetes は 1 台が必要)。',
    'worker-minimum.fail': 'OpenShift クラスター {name} には {operation} の後に {left} 台のワーカー・ノードしか残りません (現在 {now} 台)。OpenShift クラスターには 2 台以上が必要です。',
    'worker-minimum.fail-one': 'OpenShift クラスター {name} には {operation} の後に {left} 台のワーカー・ノードしか残りません (現在 {now} 台。workers 入力がワーカー・ノードを指定しないため、1 台の削除として数えています)。OpenShift クラスターには 2 台以上が必要です。',
    'worker-minimum.fail-named': 'OpenShift クラスター {name} には {operation} の後に {left} 台のワーカー・ノードしか残りません (現在 {now} 台。workers で指定された {count} 台を除外)。OpenShift クラスターには 2 台以上が必要です。',
    'worker-minimum.fail.why': "IKS は OpenShift クラスターのワーカー・ノードを 2 台未満にする操作を拒否します (E1437「below the cluster's minimum requirement of 2 workers」。IBM の OpenShift FAQ:「Clusters must always have at least 2 worker nodes」)。削除中のワーカー・ノードは数えません。",
    'worker-minimum.fail.fix.resize-other': '先に、この操作が変更しないワーカー・プール {pool} のサイズを変更し、クラスターに {minimum} 台が残るようにしてください。',
    'worker-minimum.fail.fix.resize-self': 'または、ワーカー・プール {pool} をゾーンあたり {size} 台にサイズ変更してください。',
    'worker-minimum.fail.fix.create': '先に別のワーカー・プールを作成してゾーンを追加し (名前、フレーバー、ゾーンを記入)、クラスターに {minimum} 台が残るようにしてください。',
    'worker-minimum.zero': 'クラスター {name} には {operation} の後にワーカー・ノードが残りません (現在 {now} 台)。',
    'worker-minimum.zero.why': 'IBM の FAQ は Kubernetes クラスターには常に 1 台以上のワーカー・ノードが必要だとしていますが、クラスターの状態のページはすべてのワーカー・ノードを削除したクラスター (warning 状態) を説明しており、拒否は文書化されていません。ワーカー・ノードのないクラスターではアプリは動かず、Calico のノード項目を整理するまで新しいワーカー・ノードでポッドが開始しないことがあります。',
    'worker-minimum.platform-unknown': 'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残ります (現在 {now} 台) が、IKS はこれが Kubernetes クラスターか OpenShift クラスターかを返しませんでした。',
    'worker-minimum.platform-unknown.why': 'OpenShift クラスターには 2 台以上 (E1437)、Kubernetes クラスターには 1 台以上のワーカー・ノードが必要です。クラスターのタイプもバージョンもプラットフォームを示さないため、阻害要因とは判定しません。',
    'worker-minimum.pending': 'クラスター {name} には {operation} の後に {left} 台のワーカー・ノードが残りますが (現在 {now} 台)、そのうち {count} 台に保留中の操作があります。',
    'worker-minimum.pending.why': 'IKS は保留中の操作があるワーカー・ノードを最小数 {minimum} 台に数えないことがあります (E1437「If there are any worker operations pending, you might need wait for them to complete」)。',
    'worker-minimum.pending.fix': '保留中の操作が完了するまで待ってから、操作を実行してください。',
    'worker-minimum.needs-input': '未チェック: ワーカー・ノードの残数を数えるには、{operation} に {input} 入力が必要です。',
    'worker-minimum.after-apply': '未チェック: {input} は apply の後まで分かりません。',
    'worker-minimum.pool-unknown': '未チェック: IKS はクラスター {name} のワーカー・プール {pool} のワーカー・ノードを返さないため、サイズ変更されるゾーンが分かりません。',
    'worker-minimum.workers-unknown': '未チェック: IKS はクラスター {name} にワーカー・ノード {workers} を返しません (クラスターにあるワーカー・ノードは cluster-state が示します)。',
    'worker-minimum.detail.removed': '{worker} (ワーカー・プール {pool}): {operation} で削除',
    // cluster-name
    'cluster-name.title': '新しいクラスター名が使用可能である',
    'cluster-name.pass': 'リージョン {region} に {name} という名前のクラスターはありません。',
    'cluster-name.pass-other-regions': 'リージョン {region} に {name} という名前のクラスターはありません ({regions} には存在します)。',
    'cluster-name.pass-replaced': '{name} という名前のクラスターがリージョン {region} に存在します (ID {id})。プランは新しいクラスターを作成する前にこれを削除するため、その時点で名前は使用可能です。',
    'cluster-name.taken': '{name} という名前のクラスターがリージョン {region} に既に存在します (ID {id}、リソース・グループ {resourceGroup})。',
    'cluster-name.taken.why': 'IKS は E0007 で作成を拒否します。同じ名前のクラスターが既に存在するためです。',
    'cluster-name.taken.fix': '別の名前を選択してください。既存のクラスターが以前に失敗した実行の残りである場合は、削除するかどうかを決める前にその内容を確認してください。',
    // cluster-api-key
    'cluster-api-key.title': 'IKS がリージョンとリソース・グループで使用可能な API キーを持っている',
    'cluster-api-key.pass': 'IKS は、リージョン {region}、リソース・グループ {resourceGroup} で {owner} の API キーを使用します。',
    'cluster-api-key.pass-will-create': 'リージョン {region}、リソース・グループ {resourceGroup} には、保管されている API キーを示すクラスターがありません。IKS は最初の作成時に、呼び出し元のキー ({caller}) から API キーを作成します。',
    'cluster-api-key.missing': 'IKS には、リージョン {region}、リソース・グループ {resourceGroup} 用に保管された API キーがありません ({answer})。',
    'cluster-api-key.missing.why': 'IKS は、{operation} のインフラストラクチャーおよび IAM の呼び出しを、保管されたこのキーで行います。キーがなければ操作は失敗します。',
    'cluster-api-key.reset.fix': 'Kubernetes Service に対する管理者役割を持つ ID (サービス ID の場合は IAM Identity に対するオペレーター役割も必要) が、リージョンとリソース・グループごとに 1 回、自分のキーを保管します。',
    'cluster-api-key.service-id': '呼び出し元はサービス ID ({caller}) であり、IKS にはリージョン {region}、リソース・グループ {resourceGroup} のユーザー API キーがありません。',
    'cluster-api-key.service-id-unknown': '呼び出し元はサービス ID ({caller}) であり、リージョン {region}、リソース・グループ {resourceGroup} には、IKS がユーザー API キーを持っているかどうかを示すクラスターがありません。',
    'cluster-api-key.service-id.why': 'IKS は、作成した ID のキーをリージョンとリソース・グループごとに保管します。IBM の資料では、IAM Identity サービスに対するオペレーター役割を持つサービス ID をキーの所有者にできます。この役割がない場合、作成は失敗します (A0656、A03e9b)。この実行では、サービス ID の役割を読み取っていません。',
    'cluster-api-key.service-id.fix.operator': 'サービス ID には、IAM Identity サービスに対するオペレーター役割も必要です。',
    'cluster-api-key.restricted': 'アカウント {accountId} では API キーの作成が制限されており (restrict_create_platform_apikey: RESTRICTED)、IKS にはリージョン {region}、リソース・グループ {resourceGroup} の API キーがありません。',
    'cluster-api-key.restricted-unknown': 'アカウント {accountId} では API キーの作成が制限されており (restrict_create_platform_apikey: RESTRICTED)、リージョン {region}、リソース・グループ {resourceGroup} には、IKS が API キーを持っているかどうかを示すクラスターがありません。',
    'cluster-api-key.restricted.why': 'IKS はクラスター用の API キーを作成する必要があります。作成が制限されている場合、IKS がキーを作成できるのは「User API key creator」(ユーザー API キー作成者) 役割を持つユーザーの場合だけです。この実行では、ユーザーの役割を読み取っていません。',
    'cluster-api-key.restricted.fix': 'キーをリセットするユーザーに IAM Identity に対する「User API key creator」(ユーザー API キー作成者) 役割を付与してから、キーをリセットしてください。',
    // infra-permissions
    'infra-permissions.title': 'クラシック・インフラストラクチャーの権限がそろっている',
    'infra-permissions.pass': 'リージョン {region}、リソース・グループ {resourceGroup} で、必須または推奨のクラシック・インフラストラクチャー権限に不足はありません。{judged}',
    'infra-permissions.missing-required': 'リージョン {region}、リソース・グループ {resourceGroup} のインフラストラクチャー資格情報に、必須のクラシック権限が {count} 個不足しています: {permissions}。{judged}',
    'infra-permissions.missing-required.why': 'IKS はこの資格情報を使用してクラシック・デバイスの注文、再ロード、キャンセルを行います。必須の権限が不足していると、{operation} が失敗します ("\'Item\' must be ordered with permission" または "The infrastructure authentication credentials are not authorized for the request.")。',
    'infra-permissions.missing-recommended': 'リージョン {region}、リソース・グループ {resourceGroup} のインフラストラクチャー資格情報に、推奨のクラシック権限が {count} 個不足しています: {permissions}。{judged}',
    'infra-permissions.missing-recommended.why': '推奨の権限 (CLI では "suggested") はすべての操作に必要なわけではありませんが、ないと、ワーカー・ノード、ネットワーク、ストレージの一部のタスクが後で失敗します。',
    'infra-permissions.fix': 'アカウント管理者が、不足している各権限を {user} に付与してから、再度確認します (ユーザーの ID は `ibmcloud sl user list` で確認できます)。',
    'infra-permissions.detail.required': '{category}、必須: {permissions}',
    'infra-permissions.detail.recommended': '{category}、推奨: {permissions}',
    'infra-permissions.detail.required-unnamed': '{category}、必須: IBM は不足を報告していますが、権限名を示していません (`ibmcloud ks infra-permissions get` を実行してください)',
    'infra-permissions.detail.recommended-unnamed': '{category}、推奨: IBM は不足を報告していますが、権限名を示していません (`ibmcloud ks infra-permissions get` を実行してください)',
    'infra-permissions.detail.unnamed': 'IBM による名前の提示なし',
    'infra-permissions.detail.category.virtualWorker': '仮想ワーカーの権限',
    'infra-permissions.detail.category.physicalWorker': '物理ワーカーの権限',
    'infra-permissions.detail.category.network': 'ネットワークの権限',
    'infra-permissions.detail.category.storage': 'ストレージの権限',
    'infra-permissions.detail.judged.both': 'IBM が確認したのはクラシック・アカウント {account} です (資格情報: {accountType})。',
    'infra-permissions.detail.judged.account': 'IBM が確認したのはクラシック・アカウント {account} です。',
    'infra-permissions.detail.judged.type': 'IBM が確認した資格情報: {accountType}。',
    'infra-permissions.detail.judged.unknown': 'IBM は確認したクラシック・アカウントを示していません。',
    'infra-permissions.user.manual': 'インフラストラクチャー・ユーザー {username}',
    'infra-permissions.user.linked': 'IKS がリージョン用に保管している API キーの所有者 (`{command}` を参照)',
    'api-key.ip-allowlist': 'IAM はこの実行のアドレスへのトークンの発行を拒否しました ({answer})。IP アドレス許可リストが有効です。',
    'api-key.ip-allowlist.why': 'アカウントまたはキーのユーザーは、リストされた IP アドレスとサブネットからのみ IAM トークンを許可しています。キーは有効ですが、呼び出し元のアドレスが許可されていません。',
    'api-key.ip-allowlist.fix': 'アカウント管理者がランナーのパブリック・アドレスを許可 IP アドレスに追加するか (コンソール: 「管理」>「アクセス (IAM)」>「設定」、ユーザー個別のリスト: 「ユーザー」> ユーザー >「IP アドレス制限」)、許可されたアドレスからジョブを実行します。',
    'api-key.detail.allowlist-on': 'アカウントの IAM IP アドレス許可リストが有効です ({addresses})。クラスターが使用する各リージョンの IKS コントロール・プレーンもリストに含める必要があります。',
    'api-key.detail.allowlist-off': 'アカウントに IAM IP アドレス許可リストはありません。'
};

;// CONCATENATED MODULE: ./src/messages/ja/explain.ts
/** 説明モード: 失敗した実行の出力が示している内容。 */
const explain_explain = {
    'explain.title': '失敗した実行の出力に含まれる既知の阻害要因',
    'explain.result.pass': '失敗した実行の出力に既知の阻害要因はありません。',
    'explain.result.warn': '失敗した実行の出力には、確実に特定できる既知の阻害要因はありません。{warnings} 件の警告を確認してください。',
    'explain.result.fail': '失敗した実行の出力に、既知の阻害要因が {count} 件含まれています。それぞれの修正方法を以下に示します。',
    'explain.nothing-recognised': '{lines} 行のテキストから、既知の IKS の阻害要因は検出されませんでした。',
    'explain.nothing-recognised.why': '説明モードが認識するのは、IBM のトラブルシューティング・ページに記載されたエラーと、クラスターおよびワーカー・ノードの操作を妨げる IKS と IAM のコードです。この出力にはそのいずれも含まれていません。',
    'explain.nothing-recognised.fix': 'クラスターに対してプリフライト・チェックを実行してライブで確認してください。出力に IBM の incidentID がある場合は、サポート Case 用に控えておいてください。',
    'explain.nothing-recognised.incident': 'IBM がインシデント {incidentID} を示しています。サポート Case でこの値を伝えてください。',
    'explain.linked-account-normal': 'E0051 "The user credentials could not be found" は、リージョンとリソース・グループがアカウントにリンクされたインフラストラクチャーを使用している場合の正常な応答です。阻害要因ではありません。',
    // paid account (E0057)
    'explain.paid-account.title': 'アカウントがクラシック・インフラストラクチャーに接続できる',
    'explain.paid-account': 'IKS が IBM Cloud アカウントのクラシック・インフラストラクチャーに接続できませんでした (E0057: "Ensure that you have a paid account")。',
    'explain.paid-account.why': 'クラシック・クラスターとワーカー・ノードは、アカウントにリンクされたクラシック・インフラストラクチャーで注文されます。従量課金 (PAYG) またはサブスクリプションのアカウントがない場合や、アカウント全体の TOTP がリンクされた資格情報を妨げている場合、クラシックの操作はすべて失敗します。',
    'explain.paid-account.fix.check': 'リージョンとリソース・グループが使用しているインフラストラクチャー資格情報を確認してください (E0051 が表示された場合は、リンクされたアカウントを使用しています)。',
    'explain.paid-account.fix.upgrade': 'アカウントがライト・アカウントまたは試用アカウントの場合は、従量課金 (PAYG) またはサブスクリプションにアップグレードしてください (「管理」>「アカウント」>「アカウント設定」)。有料アカウントには、クラシック・インフラストラクチャーがリンクされます。',
    'explain.paid-account.fix.credentials': 'アカウントが有料で TOTP を使用している場合は、クラスターがあるすべてのリージョンで IKS にクラシック・インフラストラクチャー API キーを与え、クラスターがそのキーを使用するようにしてください。',
    // TOTP
    'explain.totp-mfa.title': 'TOTP 多要素認証がクラシック・インフラストラクチャーを妨げていない',
    'explain.totp-mfa': 'IKS がクラシック・インフラストラクチャー・ユーザーを認証できません。アカウントがログインに時間ベースのワンタイム・パスコード (TOTP) を要求しています。',
    'explain.totp-mfa.why': 'アカウント全体の TOTP は、IKS がリンクされた資格情報でクラシック・インフラストラクチャーに対して行う呼び出しにも適用されます。そのため、IKS でクラスターとワーカー・ノードを作成して管理することはできません。',
    'explain.totp-mfa.fix.off': '次のいずれかを実行してください。アカウント所有者またはアカウント管理者が TOTP を無効にします:「管理」>「アクセス (IAM)」>「設定」>「多要素認証」>「編集」>「なし」>「更新」。',
    'explain.totp-mfa.fix.key': 'または、引き続き TOTP を使用し、クラスターがあるすべてのリージョンで、アカウント所有者 (または適切な権限を持つユーザー) のクラシック・インフラストラクチャー API キーを IKS に与えてください。その後、キーを確認し、既存のクラスターがそのキーを使用するようにします。',
    // orphaned workers
    'explain.orphaned-workers.title': 'ワーカー・ノードが、資格情報の指すインフラストラクチャー・アカウントにある',
    'explain.orphaned-workers': 'ワーカー・ノード {workers} が "incorrect account for worker" を報告しています。クラシック・インフラストラクチャー資格情報が変更され、ワーカー・ノードがプロビジョンされたアカウントと一致しなくなっています。',
    'explain.orphaned-workers.why': 'クラスターは孤立しています。IKS はリージョンとリソース・グループの資格情報を使用してワーカー・ノードを管理しますが、その資格情報が別のクラシック・アカウントを指しているため、このクラスターのワーカー・ノードは追加、再ロード、置換、削除のいずれもできません。',
    'explain.orphaned-workers.fix.find': 'リージョンとリソース・グループが使用しているインフラストラクチャー・アカウントを確認し、そのアカウントのデバイス・リストでワーカー・ノード ID を検索してください。',
    'explain.orphaned-workers.fix.linked': 'ワーカー・ノードがアカウントにリンクされたインフラストラクチャーにある場合は、リンクされた資格情報に戻してください。',
    'explain.orphaned-workers.fix.other': 'ワーカー・ノードが別のクラシック・アカウントにある場合は、そのアカウントの資格情報を設定してください (資格情報を持つ人がもういない場合、IBM サポートはそのアカウントの管理者を確認できますが、クラスターを削除することはできません)。',
    'explain.orphaned-workers.fix.retry': 'ブロックされたアクションを再試行してください。同じリージョンとリソース・グループで以前の資格情報を使用して作成されたクラスターは、切り替えによって孤立します。恒久的な修正は、それらをすべて 1 つのインフラストラクチャー・アカウントに再作成することです。',
    // VPE gateway / worker endpoints
    'explain.vpe-gateway.title': 'クラスターの VPE ゲートウェイが存在し、安定している',
    'explain.vpe-gateway': '{cluster} のワーカー・ノードが "Pending endpoint gateway creation" で待機しています。クラスターの仮想プライベート・エンドポイント (VPE) ゲートウェイ (iks-<cluster ID>) が存在しません。',
    'explain.vpe-gateway.why': 'ワーカー・ノードは、クラスターの VPE ゲートウェイを介して Kubernetes マスターと通信します。ゲートウェイがないか、ワーカー・サブネットにその予約 IP アドレスがない場合、ワーカー・ノードはマスターとの接続を失います。',
    'explain.vpe-gateway.fix.refresh': 'クラスター・マスターをリフレッシュしてください。存在しないゲートウェイとその予約 IP アドレスが再作成されます。数分待ってから、ゲートウェイ iks-<cluster ID> が存在し、安定していることを確認してください (存在するのに安定していない場合は IBM サポートが必要です)。',
    'explain.worker-endpoints.title': 'ワーカー・ノードがマスターとレジストリーのエンドポイントに到達できる',
    'explain.worker-endpoints': '{cluster} のワーカー・ノード {workers} のデプロイに失敗しました。マスターまたはレジストリーのエンドポイントへのネットワーク通信が失敗しています。',
    'explain.worker-endpoints.why': '通常は、クラスターの VPE ゲートウェイ、またはワーカー・サブネット内のその予約 IP アドレスが存在しないことが原因です。トラフィックを遮断するセキュリティー・グループ、ACL、カスタム経路も同じ結果になります。',
    'explain.worker-endpoints.fix.replace': 'リフレッシュ後もワーカー・ノードがマスターに到達できない場合は、各ワーカー・ノードを置換してください (ワーカー・ノード上のポッドは排出され、スケジュール変更されます)。',
    // cluster access (A0006 / G0004)
    'explain.cluster-access': 'IKS は呼び出し元に対してクラスター {cluster} を見つけられませんでした ({code}: "The specified cluster could not be found")。',
    'explain.cluster-access.after-create': '同じログでクラスター {cluster} の作成中に、IKS が "not found" ({code}) と応答しました。',
    'explain.cluster-access.after-create.why': 'IKS は作成を受け付けた直後、しばらくの間新しいクラスターに 404 を返すことがあります (terraform-provider-ibm #3449、#4163)。通常、クラスターは存在します。ターゲットや役割を変更する前に確認し、再試行してください。',
    'explain.cluster-access.already-gone': '削除がクラスター {cluster} を要求した時点で、クラスターはすでに存在しませんでした ({code})。削除するものは残っていません。',
    'explain.cluster-access.already-gone.why': '同じログで、IKS が "not found" と応答する前にクラスターを削除しています。以前の削除 (再試行された destroy、別のパイプライン) で削除済みです。権限の問題ではありません。',
    'explain.cluster-access.already-gone.fix': 'リージョンとリソース・グループにクラスターがないことを確認し、destroy が失敗し続ける場合は Terraform の状態から除外します:',
    'explain.resource-group': '実行がターゲットにしたリソース・グループ ({group}) が、呼び出し元に対して見つかりませんでした。',
    'explain.resource-group.why': 'グループがこのアカウントに存在しないか、名前の綴りが異なるか (デフォルト・グループは「Default」または「default」)、呼び出し元にそのグループのアクセス・ポリシーがありません。資格情報と保管 API キーはリソース・グループごとなので、すべての IKS 操作で正しいグループが重要です。',
    'explain.resource-group.fix': '呼び出し元が参照できるグループを一覧表示し、正しいグループをターゲットにします:',
    'explain.cluster-access.why': '実行が、クラスターとは別のアカウント、リージョン、またはリソース・グループをターゲットにしていたか、呼び出し元にクラスターに対するビューアー役割がありません。作成直後にも、IKS が短時間このように応答することがあります。何かを変更する前に一度再試行してください。',
    // cluster API key (A0656 / A03e9b / stored key)
    'explain.cluster-api-key.not-authorized': 'IKS は、リージョンとリソース・グループの API キーの作成を許可されませんでした (A0656)。呼び出し元に IAM Identity サービスの Operator 役割がないか、アカウントが API キーの作成を制限しています。',
    'explain.cluster-api-key.not-authorized.why': 'IKS は保管用の API キーを呼び出し元として作成します。ユーザーでもサービス ID でも IAM Identity の Operator 役割が必要です (すべての ID およびアクセス対応サービスの管理者ポリシーには含まれません)。API キーの作成を制限しているアカウントでは"User API key creator" 役割も必要です。これらの役割を持つユーザーがキーを設定することもできます。',
    'explain.cluster-api-key.operator.fix': 'または、呼び出し元に IAM Identity サービスの Operator 役割を付与します (ユーザーには 1 つ目、サービス ID には 2 つ目のコマンド):',
    'explain.cluster-api-key.restricted.fix': 'アカウントが API キーの作成を制限している場合は、設定を確認し、呼び出し元に "User API key creator" 役割を付与します:',
    'explain.cluster-api-key.info.fix': 'クラスターのリソース・グループで IKS が保管しているキーの所有者を確認します (キーと資格情報はリージョンとリソース・グループごとです):',
    'explain.cluster-api-key.owner-gone': 'IKS がリージョンとリソース・グループ用に保管している API キーの所有者が、アカウントで有効でないか、クラシック・インフラストラクチャーにリンクされていません (「{message}」)。',
    'explain.cluster-api-key.owner-gone.why': 'IKS はリージョンとリソース・グループの保管キーでインフラストラクチャーを注文・管理します。所有者が退職した、削除保留中 (cancel_pending) である、またはインフラストラクチャーのリンクを失った場合、有効なユーザーがキーをリセットするまですべての操作が失敗します。',
    'explain.cluster-api-key.iam-failed': 'IKS は IAM で API キーを作成できませんでした (A03e9b)。',
    'explain.cluster-api-key.iam-limit': 'IKS は IAM で API キーを作成できませんでした。IAM は BXNIM0151E を返しています。所有者の API キーの上限に達しています。',
    'explain.cluster-api-key.iam-failed.why': 'IKS は、すべての操作のインフラストラクチャーおよび IAM の呼び出しのために、リージョンとリソース・グループごとに 1 つの API キーを保管します。キーがなければ作成は失敗します。IKS は IAM の理由を表示しません。BXNIM0151E は、所有者が API キーの上限に達したことを意味します。',
    'explain.cluster-api-key.limit.fix': 'IAM が BXNIM0151E を返した場合は、所有者が使用しなくなった API キーを削除してください。',
    'explain.cluster-api-key.stored-key': 'IKS 自身の IAM トークン交換が失敗しました。IKS がリージョンとリソース・グループ用に保管している API キーが無効になっています ({message})。',
    'explain.cluster-api-key.stored-key.why': 'IKS は、パイプラインのキーではなく、保管されたこのキーで操作の呼び出しを行います。キーが削除されたか、無効にされたか、キーの所有者がアカウントから離れています。',
    // classic region (E501e)
    'explain.classic-region.title': 'リージョンでクラシック・クラスターを作成できる',
    'explain.classic-region': 'IKS はリージョン {region} にクラシック・クラスターを作成しません。アカウントにはそこにクラシック・クラスターがありません (E501e)。',
    'explain.classic-region.why': '2026-10-01 以降、クラシック・クラスターを作成できるのは、アカウントに既にクラシック・クラスターがあるリージョンだけです。',
    'explain.classic-region.fix': '代わりに VPC クラスターを作成するか、アカウントにクラシック・クラスターがあるリージョンでクラシック・クラスターを作成してください。',
    // cluster name (E0007)
    'explain.cluster-name': 'IKS が作成を拒否しました。{name} という名前のクラスターが既に存在します (E0007)。',
    'explain.cluster-name.why': 'クラスター名はリージョンごとに固有です。リージョン内の別のクラスターがすでにこの名前を使用しています。',
    'explain.cluster-name.maybe-ours': '{name} という名前のクラスターが存在するため IKS は作成を拒否しました (E0007)。ただしログには、それ以前の 5xx、タイムアウト、再試行、または実行中の作成が記録されています。最初の作成が受け付けられた可能性があります。名前を変更する前に確認してください。',
    'explain.cluster-name.maybe-ours.why': 'IKS は作成要求に HTTP 500 を返しながらクラスターを作成したことがあります。その後の再試行 (Terraform プロバイダーやスクリプトによる) では名前が使用済みになります (terraform-provider-ibm #3213、#3656)。名前を変えると、管理されない 2 つ目のクラスターが残ります。',
    'explain.cluster-name.maybe-ours.fix.look': 'クラスターを確認します。数分前に、この実行のリソース・グループで作成されたものなら、この実行が作成したクラスターである可能性が高いです:',
    'explain.cluster-name.maybe-ours.fix.adopt': '自分のクラスターであれば、別のクラスターを作成せずに取り込みます (Terraform では失敗したリソースにインポートします):',
    'explain.cluster-name.maybe-ours.fix.rename': '他の誰かのクラスターである場合に限り、別の名前を選んでください。',
    // API key (IAM BXNIM codes)
    'explain.api-key.unknown': 'IAM は、実行で使用された API キーを認識していません ({code}: "Provided API key could not be found")。',
    'explain.api-key.disabled': '実行で使用された API キーは無効になっています ({code})。',
    'explain.api-key.other': 'IAM が実行の資格情報を拒否しました ({code})。',
    // infrastructure permissions
    'explain.infra-permissions': 'クラシック・インフラストラクチャー資格情報に、操作に必要な権限がありません ("{message}")。',
    'explain.infra-permissions.why': 'IKS は、リージョンとリソース・グループの資格情報を使用してクラシック・デバイスの注文、再ロード、キャンセルを行います。権限が 1 つでも不足していると、クラスター全体の操作が失敗します。',
    'explain.infra-permissions.fix': '不足している権限をリストし、IKS が誰の資格情報を使用しているかを確認してから、アカウント管理者に権限を付与してもらってください。',
    'explain.stdin-tty': '失敗した実行の出力を標準入力から読み取っています。貼り付けてから Ctrl-D を押してください (または FILE を指定してください)。',
    'explain.cut.tail': '{read} MiB のうち最後の {kept} MiB だけを読み取りました。テキストのそれより前に書かれた原因は確認していません。',
    'explain.cut.stream-limit': '入力が {read} MiB を超えても終わらなかったため、そこで読み取りを停止し、読み取った最後の {kept} MiB だけを説明しました。',
    'explain.cut.deadline': '時間の上限に達した時点で入力がまだ開いていました。読み取った {read} MiB のうち最後の {kept} MiB を説明しました。',
    'explain.cut.deadline-nothing': '時間の上限に達したときに入力はまだ開いており、何も書き込まれていませんでした。何も説明していません。',
    'explain.cut.deadline-whole': '時間の上限に達したときに入力はまだ開いていました。それまでに読み取った {read} バイトすべてを説明しました。',
    'explain.cut.why': '説明モードは timeout-seconds の範囲内で、入力の末尾 (失敗した実行のエラーは末尾にあります) だけを読み取ります。巨大なログ、/dev/zero、閉じないパイプでメモリーを使い果たしたりジョブが停止したりしないためです。',
    'explain.confirm.confirmed': 'アカウントで確認済み: ライブ・チェック {check} が現在 {target} でこの原因を検出しています ({live})。',
    'explain.confirm.refuted': '現在アカウントでは検出されません: ライブ・チェック {check} は {target} で合格しています ({live})。テキストは当時の状況を示しています。その後修正されたか、一時的なものだった可能性があります。',
    'explain.confirm.unverified': 'アカウントで検証できませんでした: ライブ・チェック {check} は {target} で最後まで実行できませんでした。',
    'explain.confirm.text-only': 'テキストからのみ判断: ライブ・チェックは実行されませんでした (時間が残っていませんでした)。',
    'explain.confirm.no-live-check': 'テキストからのみ判断: この原因のライブ確認はまだ利用できません。',
    'explain.confirm.no-key': 'テキストからのみ判断: API キー (api-key、IBMCLOUD_API_KEY または IC_API_KEY) があれば、説明モードはアカウントで確認します。',
    'explain.detail.terraform': 'Terraform リソース {address} ({file})',
    'explain.detail.terraform-resource': 'Terraform リソース {address}',
    'explain.detail.terraform-file': 'Terraform 構成 {file}',
    'explain.detail.request': 'IBM のリクエスト ID: {id}',
    'explain.flavor.title': 'ワーカーのフレーバーをすべてのゾーンで注文できる',
    'explain.flavor.not-in-zone': '実行が指定したフレーバーはゾーン {zone} では注文できません (E4e5b: "Could not find flavor in the requested zone")。',
    'explain.flavor.deprecated': '実行が指定したフレーバーは非推奨となり、注文できなくなりました (E0146)。',
    'explain.flavor.why': 'フレーバーはゾーンとプロバイダー (classic、vpc-gen2) ごとに異なり、IBM は古いフレーバーを廃止します。IKS は何も注文する前に作成やプールの変更を拒否します。',
    'explain.flavor.fix': 'ゾーンで提供されているフレーバーを一覧表示し、その中から選択します (VPC クラスターでは --provider vpc-gen2 を追加):',
    'explain.worker-minimum.title': '変更後もクラスターに 2 つ以上のワーカーが残る',
    'explain.worker-minimum': 'IKS は {cluster} のワーカー・プールの縮小を拒否しました。クラスターが最小の 2 ワーカーを下回るためです (E1437)。',
    'explain.worker-minimum.why': 'クラスターにはプール全体で 2 つ以上のワーカーが必要です。削除中または保留中の操作があるワーカーは数えられないため、他のプールに 2 つ残る場合に限りプールを 0 にできます。',
    'explain.worker-minimum.fix': '他のプールのワーカー数を確認し、先に別のプールを拡大するか保留中のワーカー操作が終わるのを待ってから、このプールを縮小します:',
    'explain.kms-authorization.title': 'Kubernetes Service が鍵管理サービスを使用できる',
    'explain.kms-authorization': 'IKS には、クラスターのルート鍵を保持する鍵管理サービスを使用する権限がありません (E09c0)。',
    'explain.kms-authorization.why': 'Key Protect または Hyper Protect Crypto Services でクラスターを暗号化するには、Kubernetes Service からそのインスタンスへのサービス間許可 (Reader と委任 (Authorization Delegator)) が必要です。新しいアカウントやサブアカウントにはありません。',
    'explain.kms-authorization.fix': '許可を確認し、Kubernetes Service から KMS インスタンスへの許可を作成します (Hyper Protect Crypto Services では kms の代わりに hs-crypto):',
    'explain.kube-version.title': 'Kubernetes バージョンを注文できる',
    'explain.kube-version': 'IKS は実行が指定した Kubernetes バージョンを拒否しました (「{message}」)。',
    'explain.kube-version.why': '作成で受け付けられるのは IKS が現在提供しているバージョンだけで、マイナー・バージョンの最新パッチに限られます。IBM はパッチとマイナー・バージョンを廃止するため、コードに固定したバージョンは使えなくなります。',
    'explain.kube-version.fix': 'IKS が提供しているバージョンを一覧表示し、そのいずれか (または major.minor のみ) を使用します:',
    'explain.cluster-state.title': 'クラスター・マスターが操作を受け付けられる状態である',
    'explain.cluster-state.master-busy': 'IKS は {cluster} の変更を拒否しました。マスターが deployed 状態ではなく、別のマスター操作が実行中です (Ef9cc)。',
    'explain.cluster-state.master-busy.why': 'マスター操作は 1 つずつ実行されます。マスターのデプロイ中や更新中 (例: "VPN server configuration update in progress") は更新が拒否されます。',
    'explain.cluster-state.fix': 'マスターが deployed かつ Ready になるまでマスターの状態とワーカーを確認し、再試行します:',
    'explain.wait-timeout': '実行は {cluster} の待機を打ち切りました (「{message}」)。操作自体はまだ実行中か、IBM 側で失敗した可能性があります。',
    'explain.wait-timeout.why': '待機のタイムアウトは、時間内に状態に達しなかったことだけを示します。理由はマスターとワーカーの状況でわかります。よくある原因は、マスターに到達できないワーカー (VPE ゲートウェイ、セキュリティー・グループ)、クラシック・インフラストラクチャーの権限、孤立したワーカーです。',
    'explain.wait-timeout.fix.status': 'マスターとワーカーの状況 (各ワーカーの状態、正常性、メッセージ) を表示します:',
    'explain.wait-timeout.fix.checks': 'それらの原因を検出するライブ・チェック (cluster-state、worker-endpoints、vpe-gateway、orphaned-workers、infra-permissions) を実行します:',
    'explain.classic-vlans.title': 'クラシック・ゾーンに使用できる VLAN がある',
    'explain.classic-vlans': 'IKS はクラシックの作成を拒否しました。必須の値がありません。標準のクラシック・クラスターには、ゾーン {zone} のパブリック VLAN とプライベート VLAN が必要です (E0020)。',
    'explain.classic-vlans.why': 'クラシックの標準クラスターは、そのゾーンのプライベート VLAN (プライベート専用でなければパブリック VLAN も) に配置されます。アカウントがそのゾーンにすでに VLAN を持っている場合、IKS は VLAN を選択しません。',
    'explain.classic-vlans.fix': 'ゾーンの VLAN を一覧表示し、その ID を指定します (--private-vlan、--public-vlan):',
    'explain.vpc-security-groups.title': 'VPC にクラスターのセキュリティー・グループとルールの余裕がある',
    'explain.vpc-security-groups': 'VPC がセキュリティー・グループの割り当て量に達しました ({code})。IKS はクラスターに必要なセキュリティー・グループやルールを作成できません。',
    'explain.vpc-security-groups.why': '各クラスターには専用のセキュリティー・グループ (kube-<クラスター ID>) とルールがあります。IBM は VPC ごとのセキュリティー・グループ数とグループごとのルール数を制限しているため、多数のクラスターで共有する VPC や、リモート・ルールの多いグループではワーカーが作成できなくなります。',
    'explain.vpc-security-groups.fix': 'VPC のセキュリティー・グループ数と、混雑しているグループのルール数を確認し、不要なものを削除するか、IBM に割り当て量の引き上げを依頼します:',
    'explain.webhook': '{cluster} のマスター操作を完了できませんでした。クラスター内のアドミッション Webhook が壊れています。',
    'explain.webhook.why': 'Webhook は Kubernetes API への要求を傍受します。その背後のサービスが存在しないか到達できない場合、マスター自身の要求が失敗し、IKS は更新やリフレッシュを停止します。',
    'explain.webhook.fix': '失敗している Webhook を特定し (テスト・ポッドのエラーに名前が示されます)、その構成を修復または削除してから再試行します:',
    'explain.code.free-limit': 'IKS は作成を拒否しました。アカウントにはすでに無料クラスターがあります (E0013)。',
    'explain.code.free-limit.fix': '既存の無料クラスターを削除するか、代わりに標準クラスターを作成します:',
    'explain.code.provider': 'この操作はクラスターのプロバイダーでは提供されていません (G3917: "Cluster provider not permitted for given operation")。',
    'explain.code.provider.fix': 'クラスターのプロバイダー (classic または vpc-gen2) を確認し、そのプロバイダー用のコマンドまたはリソースを使用します:',
    'explain.code.up-to-date': 'マスターはすでに更新で指定されたバージョンで稼働しています (E0120)。更新するものはありません。',
    'explain.code.up-to-date.fix': 'マスターのバージョンと提供中のバージョンを比較し、更新を要求したコードのバージョンを修正します:',
    'explain.code.pool-name': 'その名前のワーカー・プールはクラスターにすでに存在します (E0d39)。',
    'explain.code.pool-name.fix': 'クラスターのプールを一覧表示し、既存のプールを再利用するか別の名前を選択します:',
    'explain.code.worker-not-found': 'IKS は実行が指定したワーカーを認識していません (E0011)。削除または置き換えられたか、別のクラスターのワーカーです。',
    'explain.code.worker-not-found.fix': '現在のワーカーを一覧表示し、その ID を使用します:',
    'explain.transient': 'この失敗は一時的なものです。呼び出しにサーバー・エラーまたはレート制限が返されました (「{message}」)。誰かの設定の問題ではありません。',
    'explain.transient.why': 'HTTP 5xx、429、"Try again later" はサービス側の問題か、同時に多すぎる要求によるものです。通常、同じ呼び出しは少し後に成功します。',
    'explain.transient.fix': 'しばらく待ってから再試行します (429 の後は並列の呼び出しを減らします)。続く場合は、サポート Case でインシデント ID を伝えてください。',
    'explain.transient.fix.look': '作成や削除で 5xx が返された場合は、再試行する前に確認してください。IBM が処理を完了している可能性があります:',
    'explain.not-ibm': 'テキストの {lines} 行に IBM Cloud の出力 (IKS、VPC、IAM のコード、ホスト、`ibmcloud` コマンド、IBM プロバイダーのリソース) はありません。他のクラウドやツールの原因は説明しません。',
    'explain.input.binary': '入力はバイナリー・データ ({bytes} バイト) であり、実行のテキスト出力ではありません。何も説明していません。',
    'explain.input.binary.why': '説明モードは、失敗した `ibmcloud` コマンド、Terraform の実行、IKS API 呼び出しが出力したテキストを読み取ります。そのログ (error-file) を指定するか、エラーを貼り付けてください (error-text)。',
    'explain.input.empty': '何も読み取られませんでした。入力が空です (空のファイル、またはクローズされるか時間切れになるまで誰も書き込まなかったパイプ)。',
    'explain.input.empty.why': 'テキストがないため説明できません。失敗したステップのログを指定してください。',
    'explain.cluster-access.delete-not-found': 'クラスター {cluster} の削除に「見つからない」({code}) が返されましたが、このログにはそれ以前の削除がありません。IBM のヒントは、ターゲットのリソース・グループ、リージョン、またはアカウントが誤っていることです。',
    'explain.cluster-access.delete-not-found.why': 'IKS は、呼び出し元が参照している場所でクラスターが見つからない場合に A0006/G0004 を返します。クラスターは別のリソース・グループ、リージョン、またはアカウントに存在する可能性があります。正しい場所で削除済みと確認できるまで、Terraform の状態から除去しないでください。',
    'explain.cluster-access.delete-present': 'クラスター {cluster} の削除に「見つからない」({code}) が返されましたが、ライブ・チェックではプリフライトが参照した場所にクラスターがあります。削除では別のリソース・グループ、リージョン、またはアカウントがターゲットになっていました (IBM のヒント)。',
    'explain.cluster-access.delete-present.why': 'クラスターは存在します。Terraform の状態から除去しないでください。プリフライトが使用したリージョン、リソース・グループ、アカウントで削除を実行してください。',
    'explain.cluster-access.gone-live.why': 'プリフライトはログに示された (または指定された) リージョンとリソース・グループで確認しましたが、IKS にはそこにクラスターがありません。以前の削除は完了しています。Terraform の状態から除去する前に、アカウントも確認してください。',
    'explain.cluster-access.gone-live': 'ライブ・チェックでは、削除が参照した場所にクラスター {cluster} が見つかりません。クラスターは削除済みです ({code})。',
    'explain.api-key.ip-allowlist': 'IAM は呼び出し元のアドレス {address} に対するトークンの発行を拒否しました (BXNIM0430E)。アカウントまたはユーザーの許可 IP アドレス・リストにこのアドレスが含まれていません。API キー自体は有効です。',
    'explain.api-key.ip-allowlist.control-plane': 'IAM はクラスター自身のコントローラー (アドレス {address}、BXNIM0430E) へのトークンの発行を拒否しました。アカウントの許可 IP アドレス・リストに、クラスターのリージョンの IKS コントロール・プレーンが含まれていません。',
    'explain.api-key.ip-allowlist.fix.settings': 'アカウント管理者が許可 IP アドレスを確認し (コンソール: 「管理」>「アクセス (IAM)」>「設定」の IP アドレス・アクセス、以下の出力の `allowed_ip_addresses`)、IAM が示したアドレスを追加するか、許可されたアドレスからジョブを実行します:',
    'explain.api-key.ip-allowlist.fix.control-plane': 'クラスターのリージョンのコントロール・プレーン IP を許可リストに追加します (IBM のリスト: https://github.com/IBM-Cloud/kube-samples/tree/master/control-plane-ips)。',
    'explain.vpc-subnets.view': '作成に使用された API キーでは VPC サブネット {subnet} を表示できません (「not authorized to view the specified subnet」)。',
    'explain.vpc-subnets.view.why': 'IBM によると、キーの所有者にサブネットに対するビューアー役割がありません。一般的な原因は、サブネットがクラスターとは別のリソース・グループにあることです。',
    'explain.vpc-subnets.view.fix': 'キーの所有者とサブネットのリソース・グループを確認し、所有者にサブネット (または VPC のすべてのサブネット) に対するビューアー役割を付与して再試行します:',
    'explain.kms-authorization.pool-root-key': '暗号化されたワーカー・ストレージを構成できませんでした。ワーカー・プールのカスタマー・ルート・キー (またはその KMS インスタンス) がありません。',
    'explain.kms-authorization.pool-root-key.why': 'IBM によると、ワーカー・プールの作成後、ワーカーのプロビジョン前に KMS インスタンスまたはルート・キーが削除されました。新しいインスタンスとキー、および新しいワーカー・プールが必要です。',
    'explain.kms-authorization.pool-root-key.fix': 'クラスターで KMS が有効であること、および KMS インスタンスとルート・キーが存在することを確認します:',
    'explain.vpc-security-groups.pending': 'ワーカーが「Pending security group creation」のままです。VPC がセキュリティー・グループの上限 (または VPC ごとのクラスター数の上限) に達しています。',
    'explain.vpc-security-groups.pending.why': 'VPC クラスターを作成するたびに VPC にセキュリティー・グループが追加されます。IBM は VPC ごとに 15 クラスターというハード・リミットと、VPC ごとのセキュリティー・グループ数の上限を記載しています。',
    'explain.vpc-security-groups.pending.fix': 'セキュリティー・グループを解放した後 (または VPC 内のクラスターを削除した後)、マスターをリフレッシュしてワーカーのプロビジョンを続行します:',
    'explain.classic-vlans.not-found': 'クラシック・インフラストラクチャーでワーカーの VLAN {vlan} が見つかりませんでした。',
    'explain.classic-vlans.not-found.why': 'IBM によると、VLAN ID (7 桁) の代わりに VLAN 番号 (3 から 4 桁) が指定されたか、VLAN がリージョンの資格情報が使用するインフラストラクチャー・アカウントにありません。',
    'explain.worker-endpoints.firewall': '{cluster} のワーカー {workers} が IKS サーバーに到達できません。ファイアウォールがアウトバウンド・トラフィックをブロックしています。',
    'explain.worker-endpoints.firewall.why': 'IBM によると、ワーカー用に IKS が記載しているアウトバウンドのポートと IP アドレスを許可してから、ワーカーを置き換えます。',
    'explain.code.vsi-quota': 'プリフライトの対象外: アカウントの VPC 割り当て量 (vCPU、メモリー、GPU、インスタンス・ストレージ) ではワーカーを収容できません (「{message}」)。',
    'explain.code.vsi-quota.fix': 'IBM によると、VPC インフラストラクチャーのサポート Case を開いてそのリソースの割り当て量の増加を依頼し、ワーカーを再試行します:',
    'explain.code.plan': 'プリフライトの対象外: エンタープライズのプライベート・カタログ設定でクラスターのプランが除外されています (「{message}」)。',
    'explain.code.plan.fix': 'IBM によると、エンタープライズ管理者 (カタログ管理の管理者役割) がカタログ設定 (https://cloud.ibm.com/content-mgmt/catalog-settings) で除外を削除し、ワーカーを再度プロビジョンまたは再ロードします。',
    'explain.code.entitlement': 'プリフライトの対象外: アカウントに OpenShift (Cloud Pak) の資格が割り当てられていません (「{message}」)。',
    'explain.code.entitlement.fix': 'IBM によると、「管理」>「アカウント」>「ライセンスと資格」を確認して Cloud Pak ライセンスを割り当てるか (IBM Passport Advantage)、"Apply my OCP entitlement" (OCP 資格を適用) を使用せずにプールを作成します。',
    'explain.code.dedicated': 'プリフライトの対象外: ゾーンの専用ホストがないか、準備ができていないか、容量が不足しています (「{message}」)。',
    'explain.code.dedicated.fix': '専用ホスト・プールとそのホストをリストし、ゾーンにホストを追加します:',
    'explain.code.place-order': 'プリフライトの対象外: ゾーンのルーターの背後に注文に対応する容量がありません (「{message}」)。',
    'explain.code.place-order.fix': 'IBM によると、待ってから再試行するか、別のゾーン、または別の VLAN のペアを使用します:',
    'explain.code.location': 'プリフライトの対象外: クラシック・インフラストラクチャー・アカウントはこのデータ・センターで注文できるように設定されていません (「{message}」)。',
    'explain.code.location.fix': 'IBM によると、IBM Cloud サポートに連絡してアカウントの設定を確認します。',
    'explain.code.hard-reboot': 'プリフライトの対象外: ワーカーがソフト・リブートに応答しませんでした (「{message}」)。',
    'explain.code.hard-reboot.fix': 'IBM によると、--hard を指定してリブートします (またはワーカーを再ロードします):',
    'explain.code.upgradeable': 'プリフライトの対象外: OpenShift が Upgradeable=False を報告しているため、IBM はマスターをアップグレードできません (「{message}」)。',
    'explain.code.upgradeable.fix': 'クラスター・バージョンで Upgradeable 条件の理由を確認して解決し、更新を再試行します:',
    'explain.code.cos': 'これらのチェックの対象外: OpenShift の作成で Object Storage バケットと IAM サービス・キーを保管できませんでした (「{message}」)。',
    'explain.code.cos.fix': '作成で使用された Cloud Object Storage インスタンスと、作成者のアクセス権を確認します:',
    'explain.code.image-pull': 'プリフライトの対象外: 作成時に、クラスターが icr.io からプルするための IAM アクセス・ポリシーを作成できませんでした (「{message}」)。',
    'explain.code.image-pull.fix': '作成時のイメージ・プルに関する IBM のページ (https://cloud.ibm.com/docs/openshift?topic=openshift-ts_image_pull_create) に従ってください。',
    'explain.code.registry-admin': 'プリフライトの対象外: クラスターを Container Registry で構成できませんでした (「{message}」)。',
    'explain.code.registry-admin.fix': 'IBM によると、API キーの所有者には Container Registry の管理者役割が必要です:',
    'explain.confirm.needs-cluster': 'ライブでは確認されていません: テキストにクラスターの名前がありません。アカウントで {check} を確認するには `cluster` (および `region`) を指定してください。'
};

;// CONCATENATED MODULE: ./src/messages/ja/kms-authorization.ts
/** kms-authorization: KMS インスタンスへの IAM 許可とインスタンスの状態。 */
const kms_authorization_kmsAuthorization = {
    'kms-authorization.title': 'Kubernetes Service (および Block Storage) が KMS インスタンスを使用でき、インスタンスがアクティブである',
    'kms-authorization.pass': '{service} インスタンス {name} ({instance}) はアクティブであり、{scope}に必要な許可があります。',
    'kms-authorization.detail.scope-cluster': 'クラスター・シークレットの暗号化 (kms_config)',
    'kms-authorization.detail.scope-worker-volumes': '暗号化されたワーカー・ボリューム (kms_instance_id、crk)',
    'kms-authorization.detail.scope-pool': 'ワーカー・プール {pool} の暗号化されたワーカー・ボリューム (getWorkerPools workerVolumeEncryption)',
    'kms-authorization.needs-pool': '未チェック: VPC クラスター {name} での {operation} では、新しいワーカーのボリュームが KMS で暗号化されるかどうかを判断するために入力 worker-pool が必要です。',
    'kms-authorization.pool-unknown': '未チェック: クラスター {name} にワーカー・プール {pool} はありません。',
    'kms-authorization.missing': '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できるアクティブな許可がありません。これは{scope}に必要です。',
    'kms-authorization.missing.why': 'IKS は E09c0 "Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again." で拒否します。IBM の資料では、少なくとも Reader と許可の委任 (Authorization Delegator) が必要です。',
    'kms-authorization.missing.why.block-storage': 'VPC のワーカー・ボリュームは Cloud Block Storage がルート鍵で暗号化します。IBM の資料では Cloud Block Storage から KMS インスタンスへの少なくとも Reader の許可が必要であり、ない場合は新しいワーカー・ノードのボリュームを作成できません。',
    'kms-authorization.missing.fix': 'KMS インスタンスがあるアカウント {account} で許可を作成してください (KMS インスタンスに対する管理者役割が必要です):',
    'kms-authorization.undetermined': '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できることを検証できませんでした。許可を与えうるのは、このチェックが比較できない属性または演算子で範囲を指定したポリシーだけです。',
    'kms-authorization.undetermined.why': 'これらのポリシーがこのインスタンスとソースに適用されるかどうかはわかりません。このチェックは疑わしい場合に合格としません。適用されない場合、IKS は E09c0 で拒否します。',
    'kms-authorization.undetermined.fix': '詳細に示した許可を確認し、インスタンスに適用されるものがなければ作成してください:',
    'kms-authorization.instance-missing': '{scope}で使用する KMS インスタンス {instance} について Resource Controller は 404 を返しました。存在しないか、このキーでは表示できません。',
    'kms-authorization.instance-missing.why': '存在しないインスタンスのルート鍵では IKS は暗号化できません。表示権限のないインスタンスに対して 403 と 404 のどちらが返るかは IBM が文書化していないため、これは証拠になりません。',
    'kms-authorization.instance.fix': '操作で指定したインスタンスを確認するか、アクティブな Key Protect または Hyper Protect Crypto Services インスタンスを使用してください:',
    'kms-authorization.instance-inactive': 'KMS インスタンス {name} ({instance}) の状態は {state} であり、アクティブではありません。',
    'kms-authorization.instance-inactive.why': 'ルート鍵を提供できるのはアクティブなインスタンスだけです。削除済み、非アクティブ、または失敗したインスタンスでは IKS は鍵をラップもアンラップもできない可能性があります (IBM は拒否のテキストを文書化していないため、警告とします)。',
    'kms-authorization.none-in-account': 'クラスター {name} はシークレットを KMS のルート鍵で暗号化していますが、アカウント {account} には Kubernetes Service が Key Protect または Hyper Protect Crypto Services のインスタンスを読み取れる許可がありません。',
    'kms-authorization.none-in-account.why': 'IKS はクラスターが使用する KMS インスタンスを示しません。シークレットの暗号化を有効にすると IBM が Reader の許可を作成します。その後に削除された場合、IKS はルート鍵を読み取れない可能性があります (インスタンスが別のアカウントにあり、許可もそこにある場合を除く)。',
    'kms-authorization.instance-unknown': '未チェック: クラスター {name} はシークレットを KMS で暗号化していますが、IKS はどのインスタンスかを示しません。アカウントには Kubernetes Service から KMS への許可があります (詳細)。',
    'kms-authorization.no-kms': '未チェック: {operation} は KMS のルート鍵を使用しません (kms_config も kms_instance_id と crk もありません。更新の場合、クラスターはシークレットを KMS で暗号化していません)。',
    'kms-authorization.after-apply': '未チェック: {operation} の KMS インスタンスは apply 後に判明します。',
    'kms-authorization.other-account': '未チェック: KMS インスタンス {instance} はアカウント {account} にあり、許可はそのアカウントにあります。このキーで一覧表示できるのはアカウント {own} のポリシーです。',
    'kms-authorization.detail.auto-policy': '{source} から {service} インスタンス {name} ({instance}) への Reader の許可は見つかりませんでした。{scope}では、この許可が存在しない場合は IBM が作成するため (encryption-setup)、事前に必要ではありません。',
    'kms-authorization.unverifiable': '{source} が {service} インスタンス {name} ({instance}) を {missing} で使用できることを検証できませんでした ({scope}に必要)。このキーがアカウントのすべての許可を読み取れることを確認できません (アカウント全体で {label} に対する {role} 役割が必要です)。',
    'kms-authorization.unverifiable.why': 'IAM は呼び出し元が読み取れるポリシーだけを返し、読み取れるものがなければ空のリストを返します (IBM platform-services-go-sdk、ListPolicies)。このキーから見えない許可も存在する可能性があります。アクセス・グループ経由でのみ付与された役割も確認できません。',
    'kms-authorization.unverifiable.fix': 'アカウントの許可を読み取れるように、キーに {label} に対する {role} 役割を付与してから再実行してください:'
};

;// CONCATENATED MODULE: ./src/messages/ja/cos-instance.ts
/** cos-instance: 新しい VPC の Red Hat OpenShift クラスターの Cloud Object Storage インスタンス。 */
const cos_instance_cosInstance = {
    'cos-instance.title': '新しい VPC OpenShift クラスターの Cloud Object Storage インスタンスが存在し、アクティブである',
    'cos-instance.pass': 'Cloud Object Storage インスタンス {name} ({instance}) はアクティブです。{version} のクラスターは内部レジストリーをこのインスタンスにバックアップできます。',
    'cos-instance.no-version': '検査されていません: kube-version が指定されていないため、新しいクラスターが Red Hat OpenShift (COS インスタンスを使用する) かどうか分かりません。',
    'cos-instance.not-openshift': '検査されていません: バージョン {version} は Kubernetes です。Cloud Object Storage インスタンスを使用するのは VPC 上の Red Hat OpenShift クラスターのみです。',
    'cos-instance.after-apply': '検査されていません: {input} は適用後にしか分かりません。',
    'cos-instance.omitted': 'この {version} の VPC クラスターには Cloud Object Storage インスタンスが指定されていません。内部レジストリーは一時的な emptyDir ストレージを使用し、この選択は作成後に元に戻せません。',
    'cos-instance.omitted.why': 'IBM は VPC OpenShift クラスターの内部レジストリーを、作成時に指定された COS インスタンス (--cos-instance、Terraform では cos_instance_crn) のバケットにバックアップします。指定しなくても IKS はクラスターを作成しますが、内部レジストリーのイメージはポッドの再始動時に失われます。IBM はこれを IBM Cloud Container Registry を使用する環境向けに説明しています。',
    'cos-instance.omitted.fix': '内部レジストリーのイメージを保持する場合は、標準の Cloud Object Storage インスタンスを一覧表示または作成し、その CRN を --cos-instance で指定してください (入力 cos-instance、Terraform では cos_instance_crn):',
    'cos-instance.missing': 'Cloud Object Storage インスタンス {instance} は存在しません (Resource Controller にそのインスタンスはありません)。IKS は作成を拒否します。',
    'cos-instance.missing.why': 'IKS は作成中に指定されたインスタンスに内部レジストリーのバケットを作成し、インスタンスが存在しないか使用できない場合は "Could not find the specified cloud object storage instance." で停止します。',
    'cos-instance.inactive': 'Cloud Object Storage インスタンス {name} ({instance}) の状態は {state} で、アクティブではありません。IKS はそこにレジストリーのバケットを作成できません。',
    'cos-instance.not-cos': 'インスタンス {name} ({instance}) は {service} のインスタンスで、Cloud Object Storage ではありません。--cos-instance には Cloud Object Storage インスタンスを指定します。',
    'cos-instance.not-cos.why': 'IBM の CLI リファレンスは --cos-instance について "The CRN for the standard cloud object storage instance to back up the internal registry in your OpenShift cluster." と説明しています。IKS はこれで COS インスタンスを探します。',
    'cos-instance.fix': 'アカウントの Cloud Object Storage インスタンスを一覧表示し、アクティブなインスタンスの CRN を --cos-instance で指定してください (入力 cos-instance、Terraform では cos_instance_crn):',
    'cos-instance.service-unknown': 'インスタンス {name} ({instance}) はアクティブですが、Resource Controller が CRN を返さなかったため、Cloud Object Storage インスタンスかどうかは検証されていません。'
};

;// CONCATENATED MODULE: ./src/messages/ja/flavor.ts
/** flavor: 操作が注文するフレーバーが操作のすべてのゾーンで提供され、非推奨でないこと。 */
const flavor_flavor = {
    'flavor.title': 'ワーカーのフレーバーを操作のすべてのゾーンで注文できる',
    'flavor.pass': 'フレーバー {flavor} は {operation} のすべてのゾーン ({zones}) で {provider} 用に提供されています。',
    'flavor.pass-pool': 'ワーカー・プール {pool} のフレーバー {flavor} は、{operation} がワーカーを注文するすべてのゾーン ({zones}) で {provider} 用に提供されています。',
    'flavor.no-order': 'ワーカー・プール {pool} はゾーンあたり {from} から {to} ワーカーになります。このサイズ変更はワーカーを注文しないため、フレーバー {flavor} は影響しません。',
    'flavor.not-offered': 'フレーバー {flavor} は {missing} で {provider} 用に提供されていません ({operation} のゾーン: {zones})。IKS は E4e5b で拒否します。',
    'flavor.not-offered-pool': 'ワーカー・プール {pool} のフレーバー {flavor} は {missing} で {provider} 用に提供されていません ({operation} がワーカーを注文するゾーン: {zones})。IKS は E4e5b で拒否します。',
    'flavor.not-offered.why': 'IKS はフレーバーを提供しているゾーンにのみワーカーを注文し、そうでなければ要求全体を拒否します (E4e5b "Could not find flavor in the requested zone.")。フレーバーはゾーンごと、プロバイダー (classic、vpc-gen2) ごとに異なります。',
    'flavor.not-offered.fix': '各ゾーンで提供されているフレーバーを一覧表示し、操作のすべてのゾーンに表示されるものを選んで --flavor で指定してください (入力 flavor、Terraform では flavor、クラシックでは machine_type):',
    'flavor.not-offered-pool.fix': 'ワーカー・プールのフレーバーは変更できません。ゾーンで提供されているフレーバーを一覧表示し、そのいずれかでワーカー・プールを作成して、ワーカー・プール {pool} ではなくそのプールにゾーンを追加してください:',
    'flavor.deprecated': 'フレーバー {flavor} は {deprecated} で {provider} 用に非推奨です。IKS は非推奨のフレーバーの注文を拒否します (E0146)。',
    'flavor.deprecated.why': 'IKS は非推奨のフレーバーを使用した作成を "The specified flavor is deprecated. (E0146)" で拒否します。IBM は後継のフレーバーを導入すると古いフレーバーを廃止します。',
    'flavor.deprecated.fix': 'ゾーンで提供されているフレーバーを一覧表示し、非推奨でないもの (IKS が後継を示している場合は詳細に記載) を選んで --flavor で指定してください (入力 flavor、Terraform では flavor、クラシックでは machine_type):',
    'flavor.deprecated-pool': 'ワーカー・プール {pool} のフレーバー {flavor} は {deprecated} で {provider} 用に非推奨です。{operation} は非推奨のフレーバーのワーカーを追加するため、IKS に拒否される可能性があります (E0146)。',
    'flavor.deprecated-pool.why': 'IKS は非推奨のフレーバーの新規注文を拒否し (E0146)、IBM は非推奨のフレーバーのワーカーを現行フレーバーのワーカー・プールに移すよう求めています。既存のワーカー・プールに非推奨フレーバーのワーカーを追加できるかどうかを示す公開情報はありません。',
    'flavor.deprecated-pool.fix': 'ワーカー・プール {pool} ではなく現行フレーバーのワーカー・プールを拡張してください。フレーバーを一覧表示し、そのいずれかでワーカー・プールを作成してゾーンを追加します:',
    'flavor.ocp-unsupported': 'フレーバー {flavor} は {unsupported} で IKS により ocp_unsupported とされています。Red Hat OpenShift クラスター用ではありませんが、{operation} は OpenShift クラスターにこのフレーバーを注文します。',
    'flavor.ocp-unsupported.why': 'IKS は一部のフレーバーを `ocp_unsupported` (フレーバー・モデルのフィールド) としています。これらは Kubernetes のワーカーには使用できますが、Red Hat OpenShift のワーカーには使用できません。OpenShift クラスターで使用できるフレーバーは `ibmcloud oc flavors` で表示されます。',
    'flavor.ocp-unsupported.fix': 'ゾーンで提供されているフレーバーを一覧表示し、IKS が ocp_unsupported としていないものを選んで --flavor で指定してください (入力 flavor、Terraform では flavor、クラシックでは machine_type):',
    'flavor.ocp-unsupported-pool': 'ワーカー・プール {pool} のフレーバー {flavor} は {unsupported} で IKS により ocp_unsupported とされています。{operation} は Red Hat OpenShift 用ではないとされるフレーバーのワーカーを追加するため、IKS に拒否される可能性があります。',
    'flavor.ocp-unsupported-pool.why': 'IKS はこのフレーバーを `ocp_unsupported` としています。ワーカー・プールはすでにこのフレーバーを使用していますが、OpenShift クラスターにこのフレーバーのワーカーを追加できるかどうかを示す公開情報はありません。',
    'flavor.needs-input': '検査されていません: {operation} が注文するフレーバーと場所を知るには {input} 入力が必要です。',
    'flavor.after-apply': '検査されていません: {input} は適用後にしか分かりません。',
    'flavor.pool-unknown': '検査されていません: IKS はクラスター {name} にワーカー・プール {pool} を表示していないため、注文されるフレーバーが分かりません。',
    'flavor.pool-no-flavor': '検査されていません: IKS はワーカー・プール {pool} のフレーバーを示していません。',
    'flavor.pool-no-zones': '検査されていません: ワーカー・プール {pool} にはゾーンがないため、{operation} はワーカーを注文しません。'
};

;// CONCATENATED MODULE: ./src/messages/ja/kube-version.ts
/** kube-version: 作成で注文するバージョン、マスター更新の更新先、ワーカーが稼働するクラスターのバージョン。 */
const kube_version_kubeVersion = {
    'kube-version.title': 'Kubernetes バージョンを注文できる、更新先にできる、またはまだサポートされている',
    // cluster-create
    'kube-version.create.pass': 'IKS は {version} を提供しています: クラスター {name} をこのバージョンで作成できます。',
    'kube-version.create.default': 'バージョンの指定なし: IKS はクラスター {name} をデフォルト・バージョン {version} で作成します。',
    'kube-version.create.no-default': 'クラスター {name} のバージョンが指定されておらず、IKS もデフォルトの Kubernetes バージョンを示していません。',
    'kube-version.create.no-default.why': 'バージョンを指定しないと IKS はデフォルト・バージョンで作成しますが、バージョン・リストにデフォルトの印がないため、どのバージョンになるか分かりません。',
    'kube-version.create.unknown': 'IKS は {platform} {requested} を提供していません: クラスター {name} をこのバージョンで作成できません。',
    'kube-version.create.unknown.why': '作成で指定できるのは、IKS が現在リストしているバージョン (GET /v1/versions) だけです。IBM は古いバージョンを廃止するため、コードに固定したバージョンはいずれ使えなくなります。',
    'kube-version.detail.other-platform': 'IKS は {requested} をもう一方のプラットフォーム用にリストしています: {suggestion} と指定してください。',
    'kube-version.create.patch': 'IKS が提供しているのは {listed} で、{requested} ではありません: {requested} でのクラスター {name} の作成は失敗します。',
    'kube-version.create.patch.why': '作成時に指定できるのは、マイナー・バージョンの最新パッチだけです (E0156 "Only the most recent patch for a particular minor version can be specified during cluster create")。',
    'kube-version.create.patch.fix': '{minor} (IKS が最新パッチを選びます) または {listed} を指定してください。IKS が提供するバージョン:',
    'kube-version.create.eos': 'IKS はクラスター {name} 用に {version} を提供していますが、サポート終了が近づいています: {eos}。',
    'kube-version.create.eos.fix': '{suggestion} などのより新しいバージョンでクラスターを作成してください。IKS が提供するバージョン:',
    // cluster-update
    'kube-version.update.pass': 'クラスター {name} は {current} から、IKS が提供する次のマイナー・バージョン {version} に更新できます。',
    'kube-version.update.patch': 'クラスター {name} は {current} で稼働しています。{target} は IKS が提供する {listed} へのパッチ更新です。',
    'kube-version.update.same': 'クラスター {name} は既に {current} で稼働しています: {target} へのマスター更新では何も変わらない可能性があります。',
    'kube-version.update.same.why': 'IKS は、マスターが既に稼働しているバージョンへのマスター更新を拒否します (E0120 "The master is already up to date for the specified version")。',
    'kube-version.update.same.fix': 'マスターのバージョンと IKS が提供するバージョンを確認してください:',
    'kube-version.update.downgrade': 'クラスター {name} は {current} で稼働しています。{target} はそれより古く、IKS はマスターをダウングレードしません。',
    'kube-version.update.downgrade.fix': '{current} のままにする (バージョン変更を取り消す) か、古いバージョンで新しいクラスターを作成してワークロードを移してください。IKS が提供するバージョン:',
    'kube-version.update.why': 'IBM: "You can update the API server only to the next version ahead of its current version (n+1)." マスターは一度に 1 マイナー・バージョンずつ前方にのみ更新され、戻ることはありません。',
    'kube-version.update.skip': 'クラスター {name} は {current} で稼働しています。{target} は {count} マイナー・バージョン先です: IKS はマスターを一度に 1 マイナー・バージョンずつ更新します。',
    'kube-version.update.skip-major': 'クラスター {name} は {current} で稼働しています。{target} は別のメジャー・バージョンです: IKS はマスターを、リストされたバージョンを経由して一度に 1 マイナー・バージョンずつ更新します。',
    'kube-version.update.platform': 'クラスター {name} は {from} {current} で稼働しています。{target} は {to} のバージョンです: IKS はクラスターのプラットフォームを変更しません。',
    'kube-version.update.platform.why': "IBM: バージョンは更新できますが、「but can't roll back to a previous version or switch to a different container platform」。Kubernetes クラスターは Kubernetes のまま、OpenShift クラスターは OpenShift のままです。",
    'kube-version.update.platform.fix': 'クラスター自身のプラットフォームのバージョンに更新するか、別のプラットフォームで新しいクラスターを作成してワークロードを移動してください。IKS が提供するバージョン:',
    'kube-version.update.too-old': 'クラスター {name} は {current} で稼働しており、IKS がリストする最も古いバージョン {oldest} より 2 マイナー・バージョン以上古いため、マスターを更新できません。',
    'kube-version.update.too-old.why': 'IBM:「If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one.」クラスターを作成し直す必要があります。',
    'kube-version.update.too-old.fix': 'サポートされているバージョンで新しいクラスターを作成し、ワークロードを移動してから、このクラスターを削除してください。IKS が提供するバージョン:',
    'kube-version.update.strands-workers': 'クラスター {name}: {count} 台のワーカー・ノードが {target} より {skew} マイナー・バージョンを超えて古いバージョンで稼働しています。マスターを {current} から {target} に更新すると、これらのワーカー・ノードが取り残されます ({platform} のワーカー・ノードはマスターより最大 {skew} バージョンまでしか遅れられません)。',
    'kube-version.update.strands-workers.why': 'IBM:「your worker nodes can be only up to two versions behind the master version (n-2).」マスターをさらに進める前にワーカー・ノードを更新してください。',
    'kube-version.update.strands-workers.openshift.why': 'IBM:「your worker nodes can only be one minor version behind the master version (n-1).」マスターをさらに進める前にワーカー・ノードを更新してください。',
    'kube-version.update.strands-workers.fix': '先にこれらのワーカー・ノードをマスターのバージョン ({current}) に更新してから、マスターを更新してください。',
    'kube-version.update.workers-unread': '未チェック: クラスター {name} のワーカー・ノードのバージョンを読み取れなかったため ({answer})、更新でワーカー・ノードが取り残されるかどうかは不明です。',
    'kube-version.update.skip.fix': 'マスターを 1 マイナー・バージョンずつ、前の更新が完了してから順に更新してください:',
    'kube-version.update.unknown': 'IKS は {platform} {target} を提供していません: クラスター {name} (現在 {current}) をこのバージョンに更新できません。',
    'kube-version.update.unknown.why': 'マスター更新の更新先は、IKS が現在リストしているバージョン (GET /v1/versions) だけです。',
    'kube-version.update.eos': 'クラスター {name} は {current} から {version} に更新できますが、そのサポート終了が近づいています: {eos}。',
    // worker-add, reload, replace, pool create, zone add
    'kube-version.workers.pass': 'クラスター {name} は IKS がサポートする {current} で稼働しています: {operation} でワーカーを追加または再ロードできます。',
    'kube-version.workers.pass-eos': 'クラスター {name} は IKS がサポートする {current} で稼働しています ({eos}): {operation} でワーカーを追加または再ロードできます。',
    'kube-version.workers.unsupported': 'クラスター {name} は IKS がもう提供していない {current} で稼働しています: マスターを更新するまで、{operation} でワーカーを追加または再ロードできません。',
    'kube-version.workers.eos-past': 'クラスター {name} はサポート終了を過ぎた {current} で稼働しています ({eos}): マスターを更新するまで、{operation} でワーカーを追加または再ロードできません。',
    'kube-version.workers.eos': 'クラスター {name} が稼働する {current} はサポート終了が近づいています ({eos}): それを過ぎると、{operation} でワーカーを追加または再ロードできなくなります。',
    'kube-version.workers.why': 'IBM: "The Kubernetes version that the cluster runs is no longer supported. … you can\'t add or reload worker nodes." マスターの更新が解決策です。',
    'kube-version.workers.fix': 'マスターを {next} に更新し (一度に 1 マイナー・バージョンずつ)、その後ワーカーを更新してください。IKS が提供するバージョン:',
    'kube-version.eos.why': 'サポート終了後のバージョンはサポート対象外になり、マスターを更新するまで IKS はそのクラスターのワーカーを追加も再ロードもしません。',
    'kube-version.detail.eos-days': 'サポート終了 {date}、あと {days} 日',
    'kube-version.detail.eos-past': 'サポート終了 {date}、経過済み',
    'kube-version.detail.eos-unreadable': 'サポート終了が告知されています: "{date}"',
    'kube-version.covered': 'ここでは検査しません: クラスター {name} がサポート対象外であることは cluster-state が報告しています (1 つの根本原因に 1 つの結果)。',
    // shared
    'kube-version.malformed': '"{requested}" は IKS が受け付けるバージョンではありません: major.minor または major.minor.patch (Red Hat OpenShift は _openshift 付き) で指定してください。',
    'kube-version.malformed.why': 'IKS は読み取れないバージョンを拒否します。受け付けるのは `ibmcloud ks versions` が示す形式 (1.33、1.33.4、4.17_openshift) です。',
    'kube-version.fix.versions': 'IKS が提供するバージョンを一覧表示します:',
    'kube-version.needs-input': '未検査: {operation} には kube-version 入力 (更新先のバージョン) が必要です。',
    'kube-version.no-version-change': '未検査: この cluster-update は Kubernetes バージョンを変更しません (プランが変更するのは {attributes})。',
    'kube-version.after-apply': '未検査: kube-version は適用後に決まります。',
    'kube-version.current-unknown': '未検査: クラスター {name} が稼働しているバージョンを IKS が示しませんでした。',
    'kube-version.empty': 'IBM Cloud Kubernetes Service がバージョンを 1 つもリストしなかったため、バージョンを検査できませんでした。'
};

;// CONCATENATED MODULE: ./src/messages/ja/operation-target.ts
/** operation-target: 操作が指定するもの (ワーカー・プール、ゾーン) が判定の前に IKS 上で解決されること。 */
const operation_target_operationTarget = {
    'operation-target.title': '操作が指定するもの (ワーカー・プール、ゾーン) が IKS に存在する',
    'operation-target.pass': '{operation} が指定するものはすべてクラスター {name} で解決されます。',
    'operation-target.pass-zones': 'ゾーン {zones} はリージョン {region} の IKS VPC ゾーンです。',
    'operation-target.pass-classic-zones': 'ゾーン {zones} は IKS が表示するクラシックのゾーンです。IKS のリストが示すのはメトロでリージョンではないため、リージョン {region} との照合は行っていません。',
    'operation-target.nothing': '検査されていません: {operation} は解決するワーカー・プールもゾーンも指定していません。',
    'operation-target.not-resolved': '検査されていません: {operation} が指定するものを解決できませんでした (理由は詳細に示します)。',
    'operation-target.pool-unknown': 'IKS のクラスター {name} にワーカー・プール {pool} はありません。ワーカー・プール: {pools}。',
    'operation-target.pool-unknown.why': 'IKS はクラスター内のワーカー・プールを名前または ID で探し、それ以外には HTTP 404 "The specified worker pool could not be found." で応答します。この操作の他のチェックは、存在しないワーカー・プールを判定することになります。',
    'operation-target.pool-unknown.fix': 'クラスターのワーカー・プールを一覧表示し、そのいずれかの名前または ID を worker-pool に指定してください (Terraform では worker_pool_name または worker_pool_id):',
    'operation-target.pool-name-taken': 'クラスター {name} には既に {pool} という名前のワーカー・プールがあります。IKS は同じ名前の 2 つ目のワーカー・プールを拒否します (E0d39)。',
    'operation-target.pool-name-taken-replace': '{address} はクラスター {name} のワーカー・プール {pool} を、古いワーカー・プールを削除する前に新しいワーカー・プールを作成して置き換えます (create_before_destroy)。古いワーカー・プールが名前を保持している間、IKS は作成を拒否します (E0d39)。',
    'operation-target.pool-name-taken.why': 'ワーカー・プールの名前はクラスター内で固有です: クラスターに既にある名前での作成に、IKS は HTTP 409 E0d39 "A worker pool with the same name already exists within the cluster. Choose another name." で応答します。',
    'operation-target.pool-name-taken.fix': 'クラスターのどのワーカー・プールも使用していない名前を選ぶか、既存のワーカー・プールのサイズを変更してください。クラスターのワーカー・プール:',
    'operation-target.pool-name-taken-replace.fix': '新しいワーカー・プールに別の worker_pool_name (置き換えとともに変わる名前) を付けるか、Terraform が先に古いワーカー・プールを削除するように、リソースの lifecycle から create_before_destroy を外してください。クラスターのワーカー・プール:',
    'operation-target.pool-name-order': 'プランはクラスター {name} のワーカー・プール {pool} を削除し、別のリソースで同じ名前のワーカー・プールを作成します。古いワーカー・プールが存在する間、IKS は作成を拒否します (E0d39)。',
    'operation-target.pool-name-order.why': 'Terraform は一方が他方に依存する場合にのみ 2 つのリソースの順序を決めます。プランは、作成の開始前に削除が終わることを示していません。',
    'operation-target.pool-name-order.fix': '新しいワーカー・プールを古いワーカー・プールの削除に依存させて (または別の名前を付けて)、もう一度プランを作成してください。',
    'operation-target.zone-region': '{operation} のゾーン {zones} はリージョン {region} の IKS VPC ゾーンではありません。このリージョンのゾーン: {here}。',
    'operation-target.zone-region.why': 'VPC クラスターは 1 つのリージョンにあり、そのワーカー・ノードはそのリージョンのゾーンにのみ配置されます (ダラスの VPC では us-south-1、us-south-2、us-south-3)。IKS は VPC ゾーンをリージョンごとに表示します。',
    'operation-target.zone-region.fix': 'リージョン {region} のゾーンを使用するか、region をゾーンのリージョンに設定してください。IKS の VPC ゾーン:',
    'operation-target.zone-unknown': '{operation} のゾーン {zones} は IKS が表示するクラシックのゾーンではありません。',
    'operation-target.zone-unknown.why': 'IKS はクラスター作成用に表示するゾーン (データ・センター) にのみクラシックのワーカー・ノードを配置します (GET /v1/zones)。それ以外の名前は入力ミスか、IKS が使用しないデータ・センターです。',
    'operation-target.zone-unknown.fix': 'IKS が表示するゾーン (詳細に示します) を使用してください。IKS のクラシックのゾーン:',
    'operation-target.zone-in-pool': 'ワーカー・プール {pool} には既にゾーン {zones} があります (ゾーン: {has})。この zone-add はそこに何も追加せず、IKS が拒否する可能性があります。',
    'operation-target.zone-in-pool.why': 'ゾーンの追加は、ワーカー・プールがまだ持っていないゾーンにワーカー・ノードを追加します。ワーカー・プールに既にあるゾーンを IKS が拒否するかどうかを示す IBM の公開情報はありません。',
    'operation-target.zone-in-pool.fix': 'ワーカー・プールにまだないゾーンのみを指定してください。クラスターのワーカー・プールとそのゾーン:'
};

;// CONCATENATED MODULE: ./src/messages/ja/report.ts
/** レポート自体のテキスト (バナー、見出し、表の列)。 */
const report_report = {
    'report.result.pass': 'プリフライト・チェックに合格しました: {operation} を実行できます。',
    'report.result.warn': 'プリフライト・チェックは警告付きで合格しました: {operation} を実行できますが、警告を確認してください。',
    'report.result.fail': 'プリフライト・チェックが失敗しました: {operation} は{problems}。',
    'report.result.no-iks-change': 'プリフライトに合格しました: このプランには IKS の変更がないため、事前確認するものはありません。',
    'report.plan-notes': 'プリフライトしなかったプランの変更 ({count})',
    'report.result.nothing-verified': 'プリフライト・チェックは何も検証していません: {operation} に該当するチェックはすべてスキップされたため、見過ごされた合格にせず失敗とします。skip-checks の項目を減らすか、プリフライト・ステップを削除してください。',
    'report.result.would-fail': '失敗します (阻害要因 {count} 件: {checks})',
    'report.result.unverified': '検証できませんでした (チェック {count} 件: {checks})',
    'report.result.and': '。また、',
    'report.ibm-incident': 'IBM インシデント ID',
    'report.input-error.summary': 'プリフライト・チェックは実行されませんでした: 入力が無効です。IBM Cloud には何も要求していません。',
    'report.internal-error.summary': 'プリフライト・チェックは内部エラーで停止しました。メッセージはログにあります。',
    'report.input.same-cluster': "入力 'cluster': {ref} と {first} は同じクラスター ({id}) です。{first} として 1 回だけチェックしました。",
    'report.input.provider-mismatch': "入力 'provider': {given} が指定されましたが、IKS によるとクラスター {cluster} は {actual} です。チェックには {actual} を使用しました。",
    'report.input.remediate-classic': "入力 'remediate': vpe は VPC クラスターのみを修復します。クラシック・クラスター {clusters} では何も修復していません。",
    'report.input.vpc-id-unchecked': "入力 'vpc-id': {vpc} は検証されていません。skip-checks が vpc-id を読むチェック vpc-subnets をスキップしているため、存在しない VPC でも検出されません。",
    'report.summary-truncated': 'このサマリーには {total} 件中 {shown} 件の検出結果を表示しています: GitHub はステップごとに最大 1 MiB のジョブ・サマリーしか保持しません。JSON レポートにはすべて含まれています。',
    'report.identity': '実行者',
    'report.account': 'アカウント',
    'report.iam-id': 'IAM ID',
    'report.caller': '呼び出し元',
    'report.kind.user': 'ユーザー',
    'report.kind.service-id': 'サービス ID',
    'report.kind.profile': '信頼プロファイル',
    'report.kind.other': 'その他の ID',
    'report.checks': 'チェック',
    'report.col.status': '状況',
    'report.col.check': 'チェック',
    'report.col.target': '対象',
    'report.col.summary': '確認された内容',
    'report.problems': '修正が必要な項目',
    'report.why': '影響',
    'report.fix': '修正方法',
    'report.docs': 'IBM の資料',
    'report.more-docs': 'チェックのリファレンス',
    'report.ibm': 'IBM の応答',
    'report.requests': 'IBM Cloud への要求 {requests} 件 ({seconds} 秒)。',
    'report.requests.one': 'IBM Cloud への要求 1 件 ({seconds} 秒)。',
    'report.more-in-summary': 'この種類の検出結果があと {count} 件、ジョブ・サマリーにあります。',
    'report.identity-unknown': '不明 (API キーをトークンに交換できませんでした)',
    'report.status.pass': '合格',
    'report.status.warn': '警告',
    'report.status.fail': '失敗',
    'report.status.error': '検証不可',
    'report.status.skip': 'スキップ',
    'report.count.pass': '合格 {count} 件',
    'report.count.warn': '警告 {count} 件',
    'report.count.fail': '阻害要因 {count} 件',
    'report.count.error': '検証不可 {count} 件',
    'report.count.skip': 'スキップ {count} 件',
    'report.operation-line': '{targets} に対する操作 {operation}。',
    'report.passed-details': '合格およびスキップしたチェック ({count} 件)',
    'report.all-clear': '修正が必要な項目はありません。',
    'report.more-details': '… ほか {count} 件。',
    'report.truncated': 'このコメントには {total} 件の検出結果のうち {shown} 件を表示しています。GitHub のコメントは 65,536 文字までに制限されているためです。ジョブ・サマリーと JSON レポートにはすべての検出結果があります。',
    'report.run-link': 'ワークフローの実行',
    'report.failed-checks': 'チェック: {checks}。すべての検出結果とその修正方法はジョブ・サマリーに記載されています。',
    'report.log-line': '(IBM Cloud への要求 {requests} 件、{seconds} 秒、レポート: {path})',
    'report.log-line.one': '(IBM Cloud への要求 1 件、{seconds} 秒、レポート: {path})',
    'report.written': '({format} レポート: {file})',
    'report.internal-error': '内部エラー: {message}',
    'report.junit-warning': '警告: {text}',
    'report.pr-comment.no-token': 'pr-comment: github-token がないため、PR コメントは投稿しません。ジョブの状況は引き続きゲートとして機能します。',
    'report.pr-comment.read-only': "pr-comment: PR #{number} にコメントできません (HTTP {status}: {reason})。ここではトークンが読み取り専用です (フォークまたは Dependabot の PR であるか、ジョブに 'permissions: pull-requests: write' がありません)。ジョブの状況は引き続きゲートとして機能します。",
    'report.pr-comment.timeout': 'timeout-seconds の残り {seconds} 秒以内に GitHub から応答がありません',
    'report.pr-comment.no-answer': 'GitHub から応答がありません (ネットワーク・エラー)',
    'report.pr-comment.failed': 'pr-comment: PR コメントは投稿されませんでした ({reason})。ジョブ・サマリーに同じ内容があります。'
};

;// CONCATENATED MODULE: ./src/messages/ja/vpc.ts
/** VPC ファミリー: vpe-gateway、worker-endpoints。 */
const vpc_vpc = {
    // vpe-gateway
    'vpe-gateway.title': 'クラスターの VPE ゲートウェイが存在し、使用可能である',
    'vpe-gateway.pass': 'VPE ゲートウェイ {gateway} は {state}、ヘルス {health} であり、すべてのワーカー・ゾーンに予約 IP アドレスがあります ({ips} 個)。',
    'vpe-gateway.missing': 'クラスターの VPE ゲートウェイ {name} が VPC {vpc} ({region}) にありません。',
    'vpe-gateway.missing.why': 'ワーカー・ノードはこのゲートウェイを介して Kubernetes マスターと通信します。ゲートウェイがないとワーカー・ノードはマスターとの接続を失い、ワーカー・ノードの追加、削除、再ロード、置換、サイズ変更、およびクラスターの更新が失敗します。',
    'vpe-gateway.fix.refresh': 'クラスター・マスターをリフレッシュしてください。存在しないゲートウェイと、ワーカー・サブネット上のその予約 IP アドレスが再作成されます。数分待ってください。',
    'vpe-gateway.fix.recheck': 'ゲートウェイが存在し、Stable になったことを確認してください (このプリフライト・チェックを再実行するか、ゲートウェイを検索します)。',
    'vpe-gateway.fix.opt-in': 'または、このアクションにリフレッシュを実行させ、ゲートウェイを待機させることもできます。remediate: vpe を設定してください (キーには Kubernetes Service に対するオペレーター役割が必要です)。それ以外は何も変更されません。',
    'vpe-gateway.broken': 'VPE ゲートウェイ {gateway} のライフサイクル状態は {state} です。',
    'vpe-gateway.broken.why': '失敗または中断状態のゲートウェイは、ワーカー・ノードからマスターへのトラフィックを伝送しません。また、存在するゲートウェイはクラスター・マスターのリフレッシュでは修復されません。',
    'vpe-gateway.fix.support': 'クラスター {cluster} の VPE ゲートウェイ {gateway} について IBM Cloud サポート Case ({url}) を開いてください。この場合、クラスター・マスターのリフレッシュは役に立ちません。ゲートウェイの詳細:',
    'vpe-gateway.fix.support-missing': 'ゲートウェイがまだ存在しない場合は、クラスター {cluster} について IBM Cloud サポート Case ({url}) を開き、クラスター・マスターのリフレッシュで VPE ゲートウェイが再作成されなかったことを伝えてください。',
    'vpe-gateway.deleting': 'VPE ゲートウェイ {gateway} は削除中です (ライフサイクル状態 {state})。',
    'vpe-gateway.fix.after-delete': '削除が完了するまで待ってから、ゲートウェイを再作成してください。',
    'vpe-gateway.transitional': 'VPE ゲートウェイ {gateway} は {state} であり、まだ Stable ではありません。',
    'vpe-gateway.unknown-state': 'VPE ゲートウェイ {gateway} は、このチェックが認識しないライフサイクル状態 {state} を報告しています。Stable ではありません。',
    'vpe-gateway.transitional.why': 'ゲートウェイが Stable になるまでは、ワーカー・ノードがマスターと通信できず、ワーカー・ノードの操作が失敗する可能性があります。',
    'vpe-gateway.fix.wait': '数分待ってから、プリフライト・チェックを再実行してください。ゲートウェイは自動的に Stable になるはずです。',
    'vpe-gateway.unhealthy': 'VPE ゲートウェイ {gateway} はヘルス状態 {health} を報告しています。',
    'vpe-gateway.unhealthy.why': 'ヘルスが ok ではないゲートウェイは、ワーカー・ノードからマスターへのトラフィックを破棄する可能性があります。',
    'vpe-gateway.ip-pending': 'ゲートウェイ {gateway} には、ゾーン {zones} でまだアドレスが選択されていません (0.0.0.0)。',
    'vpe-gateway.ip-pending.why': 'VPC はアドレスを選択するまで予約 IP を 0.0.0.0 と表示します。それまでの間、これらのゾーンのワーカー・ノードはゲートウェイ経由でマスターに到達できません。',
    'vpe-gateway.detail.reason': 'VPC の説明: {code}: {message}',
    'vpe-gateway.ip-deleted': 'VPE ゲートウェイ {gateway} は、ワーカー・ゾーン {zones} の予約 IP アドレスを失いました。IP アドレスが削除されています。',
    'vpe-gateway.ip-missing': 'VPE ゲートウェイ {gateway} には、ワーカー・ゾーン {zones} の予約 IP アドレスがありません。',
    'vpe-gateway.ip.why': 'ワーカー・ノードは、自身のゾーンのサブネットにある予約 IP アドレスを介してゲートウェイに到達します。予約 IP アドレスがないゾーンのワーカー・ノードは、マスターとの接続を失います。',
    'vpe-gateway.detail.ip-deleted': '{zone}: 予約 IP アドレス {ips} は削除されています',
    'vpe-gateway.detail.no-ip': '{zone}: 予約 IP アドレスがありません',
    'vpe-gateway.detail.looked-for': 'VPC {vpc} ({region}) で {name} と {alt} を検索しました',
    'vpe-gateway.fix.keep-ips': 'VPE ゲートウェイが使用するワーカー・サブネットの予約 IP アドレス (ターゲットがエンドポイント・ゲートウェイであるもの) を削除しないでください。削除すると、そのゾーンのワーカー・ノードは再びマスターとの接続を失います。',
    'vpe-gateway.remediate-refused': 'VPE ゲートウェイ {name} が存在せず、クラスター・マスターのリフレッシュ (remediate: vpe) が拒否されました: {answer}',
    'vpe-gateway.fix.operator': 'クラスター・マスターをリフレッシュするには、キーにこのクラスターの Kubernetes Service に対するオペレーターのプラットフォーム役割が必要です。役割を付与するか、役割を持つユーザーがリフレッシュを実行してください。',
    'vpe-gateway.remediate-timeout': 'VPE ゲートウェイ {name} が存在しませんでした。{at} にクラスター・マスターのリフレッシュを要求しましたが (remediate: vpe)、{seconds} 秒後もゲートウェイは作成されていません (待機 {wait} 秒、上限 {limit})。',
    'vpe-gateway.fix.wait-longer': '再作成には待機時間より長くかかることがあります。数分後にもう一度確認してください (または remediate-wait-seconds と timeout-seconds を増やしてください)。',
    'vpe-gateway.remediated': 'VPE ゲートウェイ {name} が存在しませんでした。{at} にクラスター・マスターのリフレッシュを要求し (remediate: vpe)、{seconds} 秒後に {gateway} が作成されました ({state}、ヘルス {health})。',
    'vpe-gateway.remediated.why': '変更に気付くように警告として表示しています。ゲートウェイが存在しなかったため、ワーカー・ノードがマスターとの接続を失っていた可能性があります。まだ置換が必要なワーカー・ノードについては worker-endpoints を参照してください。',
    // worker-endpoints
    'worker-endpoints.title': 'マスターまたはレジストリーのエンドポイントとの接続を失ったワーカー・ノードがない',
    'worker-endpoints.pass': '{total} 個のワーカー・ノードのいずれも、エンドポイントまたは VPE ゲートウェイのエラーを報告していません。',
    'worker-endpoints.pass-named': 'workers で指定された {total} 台のワーカー・ノードのいずれも、エンドポイントや VPE ゲートウェイのエラーを報告していません。',
    'worker-endpoints.replace-fixes': 'この置き換えは、マスターまたはレジストリーのエンドポイントを失った {count} 台のワーカー・ノードに対する IBM の修正方法です: {workers}。',
    'worker-endpoints.replace-unnamed': '{total} 台中 {count} 台のワーカー・ノードがマスターまたはレジストリーのエンドポイントを失っています: {workers}。置き換えが IBM の修正方法ですが、workers 入力はこの置き換えがどのワーカー・ノードを対象とするかを示していません。',
    'worker-endpoints.replace-unnamed.why': '別のワーカー・ノードを置き換えても、これらのワーカー・ノードは壊れたままです。マスターをリフレッシュしてゲートウェイを確認した後、影響を受けたワーカー・ノードを workers に指定してください (または置き換えの対象であることを確認してください)。',
    'worker-endpoints.workers-unknown': '未チェック: IKS はこのクラスターにワーカー・ノード {workers} を返しません (クラスターにあるワーカー・ノードは cluster-state が示します)。',
    'worker-endpoints.blocked': '{total} 個のワーカー・ノードのうち {count} 個が、VPE ゲートウェイを介してマスターまたはレジストリーに到達できません: {workers}。',
    'worker-endpoints.blocked.why': 'IBM は、これらのワーカー・ノードについて、エンドポイント・ゲートウェイが原因でデプロイに失敗した (または長時間ゲートウェイを待機している) と報告しています。修正するまで、クラスターに対するワーカー・ノードの操作は失敗します。',
    'worker-endpoints.pending': '{total} 個のワーカー・ノードのうち {count} 個が、エンドポイント・ゲートウェイを待機しています (Pending endpoint gateway creation。{minutes} 分未満、または待機時間不明): {workers}。',
    'worker-endpoints.pending.why': 'ゲートウェイの作成中であれば、数分間はこの状態が正常です。それ以上待機し続けているワーカー・ノードは、マスターとの接続を失っています。',
    'worker-endpoints.detail.deploy-failed': '{worker} ({where}): マスターまたはレジストリーのエンドポイントへのネットワーク通信が失敗{age}',
    'worker-endpoints.detail.pending': '{worker} ({where}): エンドポイント・ゲートウェイの作成待ち (Pending endpoint gateway creation){age}',
    'worker-endpoints.detail.age.unknown': '、経過時間不明',
    'worker-endpoints.detail.age.min': '、{n} 分経過',
    'worker-endpoints.detail.age.h': '、{n} 時間経過',
    'worker-endpoints.detail.age.days': '、{n} 日経過',
    'worker-endpoints.fix.wait': 'メッセージが {minutes} 分経過するまで待ってから、プリフライト・チェックを再実行してください。解決しない場合:',
    'worker-endpoints.fix.refresh': 'クラスター・マスターをリフレッシュしてください。存在しない VPE ゲートウェイとその予約 IP アドレスが再作成されます。数分待ってください。',
    'worker-endpoints.fix.gateway': 'ゲートウェイが存在し、Stable であることを確認してください (vpe-gateway の検出結果を参照)。',
    'worker-endpoints.fix.replace': 'それでもワーカー・ノードがマスターに到達できない場合は、影響を受ける各ワーカー・ノードを置換してください。置換では、ワーカー・ノードが閉鎖され (新しいポッドはスケジュールされなくなります)、ポッドが排出されて (ポッドは他のワーカー・ノードにスケジュール変更されます)、その代わりに新しいワーカー・ノードがプロビジョンされます。実行中の容量を考慮して計画してください。'
};

;// CONCATENATED MODULE: ./src/messages/ja/vpc-security-groups.ts
/** vpc-security-groups: 作成時の VPC のセキュリティー・グループ割り当て量、ワーカーやゾーン追加時のリモート・ルール上限。 */
const vpc_security_groups_vpcSecurityGroups = {
    'vpc-security-groups.title': 'VPC にクラスターのセキュリティー・グループとルールの余裕がある',
    'vpc-security-groups.pass-create': 'VPC {vpc} でこのキーから見えるセキュリティー・グループは {have} 個です。{count} 個のクラスターを作成すると {need} 個追加され、割り当て量 {quota} のうち {after} 個になります。VPC は呼び出し元が表示できるグループだけを返すため、実際の数はこれより多い可能性があります (アカウント全体で VPC Infrastructure Services に対するビューアー役割を持つキーはすべて表示できます)。',
    'vpc-security-groups.quota': 'VPC {vpc} のセキュリティー・グループは {have} 個です。{count} 個のクラスターの作成で {need} 個増えて合計 {after} 個となり、VPC ごとの割り当て量 {quota} を超えます。',
    'vpc-security-groups.quota.why': 'IKS はクラスターごとに kube-<クラスター ID>、kube-vpegw-<クラスター ID>、kube-lbaas-<クラスター ID> を作成し (1.30 以降、Secure by Default)、VPC で最初のクラスターでは kube-vpegw-<VPC ID> も作成します。VPC のセキュリティー・グループは、IBM がアカウントの割り当て量を引き上げていない限り VPC ごとに 100 個までです (引き上げた場合は security-group-quota を設定します)。超えるとワーカーは「Pending security group creation」のまま止まり、IBM は NHC011 を報告します。',
    'vpc-security-groups.quota.fix.delete': 'VPC の不要なセキュリティー・グループを {count} 個以上削除します (稼働中のクラスターの kube-… グループは削除しないでください):',
    'vpc-security-groups.quota.fix.increase': 'または、サポート・ケースで VPC のセキュリティー・グループ割り当て量の引き上げを IBM に依頼し ({url})、security-group-quota にその値を設定します。',
    'vpc-security-groups.detail.shared-exists': '{group} は存在します。新しいクラスターはこれを再利用します。',
    'vpc-security-groups.detail.shared-new': '{group} はまだ存在しません。新しいクラスターが作成します (VPC で最初の Secure by Default クラスター)。',
    'vpc-security-groups.detail.kinds': 'クラスターのワーカー・グループ (kube-<クラスター ID>): {clusters} 個、kube-… 以外の名前のグループ: {others} 個。',
    'vpc-security-groups.detail.others': 'kube-… 以外の名前のグループ: {names}',
    'vpc-security-groups.detail.plan-creates': 'プランはこの VPC に {count} 個のクラスターを作成します ({names})。それらのグループは合わせて数えます。',
    'vpc-security-groups.many-clusters': 'VPC {vpc} にはすでに {clusters} 個のクラスターがあります。IBM は VPC あたり {recommended} 個までを推奨しています。',
    'vpc-security-groups.many-clusters.why': 'クラスターごとにセキュリティー・グループが増え、共有グループ kube-vpegw-<VPC ID> にルールが 1 つ追加されます。IBM によると 100 個のグループの割り当て量は約 33 クラスターで上限に達するため、25 個までが推奨されています。',
    'vpc-security-groups.many-clusters.fix': 'このクラスター用に新しい VPC を検討するか、VPC で不要になったクラスターを削除します:',
    'vpc-security-groups.rules.fix': 'グループのルールを一覧表示し、自分で追加したリモート、または VPC で不要になったクラスターを削除してください (稼働中のクラスターについて IKS が管理するルールは削除しないでください):',
    'vpc-security-groups.needs-input': '未チェック: {operation} で VPC のセキュリティー・グループを数えるには {input} 入力が必要です。',
    'vpc-security-groups.after-apply': '未チェック: {input} は適用後に判明します。',
    'vpc-security-groups.none-visible': '検証できませんでした: VPC はリージョン {region} の VPC {vpc} のセキュリティー・グループを 1 つも返しません。',
    'vpc-security-groups.none-visible.why': 'どの VPC にも少なくともデフォルトのセキュリティー・グループがあるため、空の一覧は VPC ID またはリージョンの誤りか、キーが VPC を表示できないこと (VPC Infrastructure Services のビューアー) を意味します。',
    'vpc-security-groups.none-visible.fix': 'VPC がそのリージョンに存在し、キーから表示できることを確認します:',
    'vpc-security-groups.rules-unknown': '検証できませんでした: VPC は VPC {vpc} のセキュリティー・グループ {group} をルールなしで返しました。',
    'vpc-security-groups.shared-remotes': '共有グループ {group} には既に {unique} 個の固有のリモートがあります。{count} 個のクラスターを作成すると同じ数だけ追加されて合計 {after} 個になり、VPC のセキュリティー・グループあたりの固有のリモートの上限 {limit} を超えます。',
    'vpc-security-groups.shared-remotes.why': 'VPC の各クラスターは {group} に自身のグループへのリモート・ルールを持ちます。VPC はこのルールを ErrorSecurityGroupRuleOverQuota "Exceeded limit of unique remote rules per security group (the limit is 15 unique remote rules per security group)" で拒否し、新しいクラスターのワーカーは "Pending security group creation" のままになります (IBM: 1 つの VPC に最大 15 クラスター)。',
    'vpc-security-groups.detail.shared-remotes': '{group} の固有のリモートは {unique} 個です (VPC の上限は {limit})。作成ではクラスターごとに 1 つ追加されます。'
};

;// CONCATENATED MODULE: ./src/messages/ja/vpc-subnets.ts
/** vpc-subnets: 操作がワーカー・ノードを置く VPC サブネット (作成時はその VPC も)。 */
const vpc_subnets_vpcSubnets = {
    'vpc-subnets.title': 'VPC サブネットが読み取り可能で、正しいゾーンと VPC にあり、空きアドレスがある',
    'vpc-subnets.pass': '{region} の {count} 個のサブネットは読み取り可能で、指定されたゾーンと VPC {vpc} にあり、操作が追加するすべてのワーカー・ノードに空きアドレスがあります。',
    'vpc-subnets.pass-vpc': 'VPC {vpc} は {region} に存在します。その {count} 個のサブネットは読み取り可能で、指定されたゾーンにあり、操作が追加するすべてのワーカー・ノードに空きアドレスがあります。',
    'vpc-subnets.detail.vpc-ok': 'VPC {vpc} は {region} に存在し、使用可能 (available) です。',
    'vpc-subnets.nothing-added': '{operation} はワーカー・ノードを追加しないため、サブネットの空きアドレスは必要ありません。',
    'vpc-subnets.detail': 'サブネット {subnet} ({zone}、VPC {vpc}): 空きアドレス {free} / {total}。必要数 {need} (ワーカー・ノード {workers} 台 + VPE ゲートウェイ用 {vpe})。',
    'vpc-subnets.detail.workers-not-given': 'ゾーンあたりのワーカー・ノード数 (workers-per-zone) が指定されていないため、1 ゾーンあたり 1 台として数えました (作成、ワーカー・プール、ゾーンの追加は少なくとも 1 台を追加します)。',
    'vpc-subnets.detail.workers-pool-size': 'ゾーンの追加では新しいゾーンにワーカー・プールのゾーンあたりのサイズが適用されますが、入力にはそれが含まれないため、1 ゾーンあたり 1 台 (最小値) として数えました。',
    'vpc-subnets.detail.workers-after-apply': 'ゾーンあたりのワーカー・ノード数は apply 後にしか分からないため、1 ゾーンあたり 1 台として数えました。',
    'vpc-subnets.detail.no-vpc-id': 'vpc-id が指定されていないため、サブネットを VPC と照合していません (VPC クラスターの作成には IKS が VPC を必要とします)。',
    'vpc-subnets.detail.vpc-after-apply': 'VPC の ID は apply 後にしか分からないため、サブネットを VPC と照合していません。',
    'vpc-subnets.forbidden': '検証できませんでした: API キーは {region} のサブネット {subnet} を読み取れません (HTTP 403)。',
    'vpc-subnets.vpc-forbidden': '検証できませんでした: API キーは {region} の VPC {vpc} を読み取れません (HTTP 403)。',
    'vpc-subnets.forbidden.why': 'キーが読み取れないサブネットまたは VPC はチェックできません。IKS は呼び出し元の権限でこれらを読み取るため、操作も拒否される可能性があります。',
    'vpc-subnets.forbidden.fix': 'キーに {label} の {role} 役割を付与してください (アカウント管理者が実行します):',
    'vpc-subnets.not-found': 'サブネット {subnet} はリージョン {region} に存在しません (HTTP 404)。',
    'vpc-subnets.not-found.why': 'ワーカー・ノードはクラスターのリージョンで、そのゾーンに指定されたサブネットに作成されます。VPC には、キーのアカウントでこの ID のサブネットがそこにありません。',
    'vpc-subnets.not-found.fix': 'サブネット ID とリージョンを確認してください。使用できるサブネットの一覧:',
    'vpc-subnets.vpc-not-found': 'VPC {vpc} (vpc-id) はリージョン {region} に存在しません (HTTP 404)。',
    'vpc-subnets.vpc-not-found.why': 'VPC クラスターは指定された VPC に作成されます。別のリージョンまたはアカウントの VPC には作成できません。',
    'vpc-subnets.vpc-not-found.fix': 'vpc-id とリージョンを確認してください。リージョンの VPC の一覧:',
    'vpc-subnets.vpc-status': 'VPC {vpc} の状態は {status} であり、available ではありません。',
    'vpc-subnets.wrong-zone': 'サブネット {subnet} はゾーン {zone} 用に指定されていますが、ゾーン {actual} にあります。',
    'vpc-subnets.wrong-zone.why': 'VPC サブネットは 1 つのゾーンに属します。ゾーン {zone} のワーカー・ノードを別のゾーンのサブネットに配置することはできません。',
    'vpc-subnets.wrong-zone.fix': 'ゾーン {zone} のサブネットを使用してください (またはこのサブネットをそれ自身のゾーンに指定してください)。{zone} のサブネット:',
    'vpc-subnets.wrong-vpc': 'サブネット {subnet} は VPC {actual} にあり、クラスターの VPC {vpc} にはありません。',
    'vpc-subnets.wrong-vpc.why': 'クラスターは 1 つの VPC に属します。IKS は作成時に別の VPC のサブネットを受け付けたことがあり、そのワーカー・ノードは他のワーカー・ノードと通信できませんでした (IBM-Cloud/terraform-provider-ibm#1841)。',
    'vpc-subnets.wrong-vpc.fix': 'VPC {vpc} のサブネットを使用してください。そのサブネット:',
    'vpc-subnets.mixed-vpcs': 'サブネットが複数の VPC ({vpcs}) にまたがっています。クラスターは 1 つの VPC に作成されます。',
    'vpc-subnets.status': 'サブネット {subnet} の状態は {status} であり、available ではありません。',
    'vpc-subnets.status.why': 'ワーカーは使用可能なサブネットまたは VPC にのみ作成されます。削除中または失敗したものには作成されず、保留中のものにはまだ作成されない可能性があります。IBM はこの場合の拒否のテキストを文書化していないため、警告とします。',
    'vpc-subnets.status.fix': 'available になるまで待つか、別のものを使用してください。現在の状態:',
    'vpc-subnets.full': 'サブネット {subnet} ({zone}) の空きアドレスは {free} 個です。操作にはそこで {need} 個必要です (ワーカー・ノード {workers} 台 + VPE ゲートウェイ用 {vpe})。',
    'vpc-subnets.full.why': 'ワーカー・ノードはそれぞれサブネットのアドレスを 1 つ使用し、クラスターの VPE ゲートウェイはワーカー・ノードがある各ゾーンで 1 つ使用します。不足するとワーカー・ノードはプロビジョン中のままになるか失敗します。',
    'vpc-subnets.full.fix': '同じゾーンで空きアドレスの多いサブネットを使用するか (サブネットは拡張できません)、ibmcloud is subnet-create で作成してください。ゾーンのサブネット:',
    'vpc-subnets.unreadable': 'サブネット {subnet} を検証できませんでした: VPC が {field} を返しませんでした。',
    'vpc-subnets.needs-input': '未チェック: {operation} のサブネットを知るには入力 {input} が必要です。',
    'vpc-subnets.after-apply': '未チェック: {input} は apply 後に決まります。',
    'vpc-subnets.pool-subnets-unknown': '未チェック: {operation} が拡張するワーカー・プールのサブネットが分かりません (worker-pool の指定がない、クラスターにその名前または ID のプールがない、またはプールのゾーンに 1 つのプライマリー・サブネットがない)。',
    'vpc-subnets.wrong-zone.fix.region': 'ゾーン {zone} はリージョン {region} のゾーンではありません。クラスターのリージョンのゾーンを指定してください。{region} のサブネット:',
    'vpc-subnets.shared-vpe': 'サブネット {subnet} ({zone}) の空きアドレスは {free} 個です。操作に必要な {need} 個には足りますが、VPC で最初の 1.28 以降のクラスターの共有 VPE ゲートウェイがこのゾーンで使用する可能性のある追加の {shared} 個には足りません。',
    'vpc-subnets.shared-vpe.why': 'VPC で最初の 1.28 以降のクラスターでは、IBM が共有 VPE ゲートウェイ (Container Registry、Object Storage の s3 と config) を作成し、それぞれにワーカーがある各ゾーンの予約済み IP が 1 つ割り当てられます。この VPC にはまだエンドポイント・ゲートウェイが見えません。サブネットは IBM が選択するため、警告とします。',
    'vpc-subnets.detail.shared-vpe': 'VPC {vpc} にはまだエンドポイント・ゲートウェイが見えません。最初の 1.28 以降のクラスターの共有 VPE ゲートウェイは、ワーカーがある各ゾーンでさらに {shared} 個のアドレスを使用します。',
    'vpc-subnets.detail.workers-pool': 'ゾーンの追加では、新しいゾーンにプール {pool} のサイズが適用されます: ゾーンあたり {workers} 個のワーカー (getWorkerPools)。',
    'vpc-subnets.replace-full': 'クラスター {name} のプールのサブネットはすべて満杯です ({subnets})。{operation} では、置き換えるワーカーごとに空きアドレスが 1 つ必要です。',
    'vpc-subnets.replace-full.why': 'IBM: "1 IP address is required each time that you update or replace a worker node"。古いワーカーのアドレスが解放される前に、新しいワーカーにアドレスが割り当てられます。',
    'vpc-subnets.replace-some-full': 'クラスター {name} のサブネット {subnets} には空きアドレスがありません。そこでのワーカーの置き換えまたは更新は、アドレスが解放されるまで失敗します。',
    'vpc-subnets.replace-pass': 'クラスター {name} のプールのすべてのサブネットに、ワーカーの置き換えまたは更新のための空きアドレスがあります ({count} 個のサブネット)。',
    'vpc-subnets.replace-unknown': '未チェック: IKS はクラスター {name} のプールのサブネットを示していません。'
};

;// CONCATENATED MODULE: ./src/messages/ja.ts















/**
 * The Japanese catalogue, in the terms of IBM Cloud's Japanese documentation (ワーカー・ノード,
 * インフラストラクチャー資格情報, 孤立クラスター…). Each family file is typed by its English twin,
 * so a missing or extra key is a compile error; IBM's English error texts stay quoted as they are.
 */
const ja = {
    ...common_common,
    ...credentials_credentials,
    ...cluster_api_key_clusterApiKey,
    ...classic_classic,
    ...classic_vlans_classicVlans,
    ...report_report,
    ...vpc_vpc,
    ...vpc_security_groups_vpcSecurityGroups,
    ...vpc_subnets_vpcSubnets,
    ...explain_explain,
    ...kms_authorization_kmsAuthorization,
    ...flavor_flavor,
    ...cos_instance_cosInstance,
    ...kube_version_kubeVersion,
    ...operation_target_operationTarget
};

// EXTERNAL MODULE: ./src/messages/command.ts
var command = __nccwpck_require__(8145);
;// CONCATENATED MODULE: ./src/messages/index.ts



const catalogues = { en: en, ja: ja };
/** The report language for a configured code; an unknown code falls back to English. */
function supportedLanguage(code) {
    return code !== undefined && Object.hasOwn(catalogues, code)
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
/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
function format(template, params = {}, lang = 'en') {
    const text = prose ? prose(template) : template;
    return text.replace(/\{([a-zA-Z0-9]+)\}/g, (whole, name) => {
        const v = params[name];
        if (v === undefined)
            return whole;
        if ((0,command/* isCommand */.y9)(v))
            return (0,command/* renderCommand */.CB)(v);
        return typeof v === 'object' ? t(v.id, v.params, lang) : String(v);
    });
}
function t(id, params, lang = 'en') {
    return format(catalogues[lang][id] ?? en[id], params, lang);
}
function render(msg, lang = 'en') {
    return t(msg.id, msg.params, lang);
}


/***/ }),

/***/ 3578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ MAX_DETAILS),
/* harmony export */   kq: () => (/* binding */ fitReport),
/* harmony export */   ow: () => (/* binding */ resultLine)
/* harmony export */ });
/* unused harmony exports STATUS_ICON, RESULT_ICON, requestsLine, banner, identityBlock, tableHead, findingRow, passedBlock, problemBlock, problemsHeading, checksHeading, allClear, footer, reportParts */
/* harmony import */ var _messages_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5687);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4031);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6867);



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
            f.ibm.code && `code ${f.ibm.code}`,
            f.ibm.incidentID && `incidentID ${f.ibm.incidentID}`,
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
function reportParts(report) {
    const probs = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .problems */ .Bk)(report);
    const head = [banner(report)];
    const id = identityBlock(report);
    if (id)
        head.push(id);
    return {
        head,
        problems: probs.map(f => problemBlock(f, report)),
        problemRows: probs.map(f => findingRow(f, report)),
        passed: passedBlock(report)
    };
}
/**
 * The full report as HTML when it fits; otherwise problem blocks (and their table rows) are kept whole in
 * rank order while they fit, the folded passes are dropped, and the note says how many are shown. The cut
 * always falls between findings, never inside a tag.
 */
function fitReport(report, opts) {
    const parts = reportParts(report);
    const top = [...(opts.before ?? []), ...parts.head];
    const end = footer(report);
    const full = assemble(report, top, parts.problems, parts.problemRows, parts.passed, end);
    if (opts.measure(full) <= opts.max)
        return full;
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
    return `${body}\n${opts.note(kept, total)}`;
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


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ problems),
/* harmony export */   FK: () => (/* binding */ buildReport)
/* harmony export */ });
/* unused harmony export SCHEMA_VERSION */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1001);
/* harmony import */ var _commands_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6339);
/* harmony import */ var _commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9639);
/* harmony import */ var _messages_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5687);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7194);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(311);






const SCHEMA_VERSION = 1;
/** Build the one report every channel prints from. All API-derived text passes through redact. */
function buildReport(input) {
    const lang = input.language ?? 'en';
    const checks = new Map(input.catalogue.map(c => [c.id, c]));
    const findings = input.findings.map(f => {
        const check = checks.get(f.check);
        return {
            check: f.check,
            title: check ? (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_2__.t)(check.title, undefined, lang) : f.check,
            target: f.operation ? `${f.target} · ${f.operation}` : f.target,
            ...(f.operation && { operation: f.operation }),
            status: f.status,
            messageId: f.summary.id,
            summary: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)(f.summary, lang)),
            why: f.why ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)(f.why, lang)) : undefined,
            fix: (f.fix ?? []).map(s => ({
                text: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)(s.text, lang)),
                commands: (s.commands ?? []).map(c => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)((0,_commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .renderCommand */ .CB)(c)))
            })),
            details: (f.details ?? []).map(d => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(typeof d === 'string' ? d : (0,_messages_index_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)(d, lang))),
            docs: (0,_commands_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .docsForPlatform */ .M)(check?.docs ?? '', f.platform),
            reference: input.pageOf?.(f.check),
            ibm: f.ibm,
            ...(f.rule && { rule: f.rule }),
            ...(f.platform && { platform: f.platform })
        };
    });
    // A run whose every check was skipped verified nothing; passing it would read as "all clear".
    const nothingVerified = input.config.operation !== 'explain' &&
        input.nothingToPreflight !== true &&
        input.findings.every(f => f.status === 'skip');
    const result = nothingVerified ? 'fail' : (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .overallResult */ .ZH)(input.findings);
    const failedChecks = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdsWith */ .Bv)(input.findings, ['fail', 'error']);
    const counts = {
        pass: 0,
        warn: 0,
        fail: 0,
        error: 0,
        skip: 0
    };
    for (const f of input.findings)
        counts[f.status]++;
    const byService = {};
    for (const r of input.requests)
        byService[r.service] = (byService[r.service] ?? 0) + 1;
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .lH, version: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .xv },
        operation: input.config.operation,
        language: lang,
        startedAt: input.startedAt.toISOString(),
        durationMs: input.durationMs,
        result,
        ...(nothingVerified ? { nothingVerified: true } : {}),
        ...(input.nothingToPreflight === true && {
            nothingToPreflight: true
        }),
        ...(input.notes !== undefined &&
            input.notes.length > 0 && { notes: input.notes.map(_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$) }),
        failOn: input.config.failOn,
        jobFailed: (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .shouldFailJob */ .rH)(result, input.config.failOn),
        failedChecks,
        blockedChecks: (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdsWith */ .Bv)(input.findings, ['fail']),
        unverifiedChecks: (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdsWith */ .Bv)(input.findings, ['error']).filter(id => !(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdsWith */ .Bv)(input.findings, ['fail']).includes(id)),
        // A check that failed on one target and warned on another is a failed check, listed once.
        warnedChecks: (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdsWith */ .Bv)(input.findings, ['warn']).filter(id => !failedChecks.includes(id)),
        identity: input.identity,
        targets: input.targets,
        counts,
        findings,
        requests: { total: input.requests.length, byService }
    };
}
/** Non-pass, non-skip findings, worst first (stable within a status: catalogue order). */
function problems(report) {
    return report.findings
        .filter(f => f.status === 'fail' || f.status === 'error' || f.status === 'warn')
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .byWorst */ .DC)(a.f, b.f) ||
        a.i - b.i)
        .map(({ f }) => f);
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

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

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _L: () => (/* binding */ _boolean),
  LK: () => (/* binding */ _int),
  m9: () => (/* binding */ _minLength),
  UI: () => (/* binding */ _nonnegative),
  F7: () => (/* binding */ _number),
  Rl: () => (/* binding */ _string),
  em: () => (/* binding */ _unknown),
  q0: () => (/* binding */ describe),
  mI: () => (/* binding */ meta)
});

// UNUSED EXPORTS: TimePrecision, _any, _array, _base64, _base64url, _bigint, _catch, _check, _cidrv4, _cidrv6, _coercedBigint, _coercedBoolean, _coercedDate, _coercedNumber, _coercedString, _creditCard, _cuid, _cuid2, _custom, _date, _default, _discriminatedUnion, _e164, _email, _emoji, _endsWith, _enum, _file, _float32, _float64, _gt, _gte, _guid, _iban, _includes, _int32, _int64, _intersection, _ipv4, _ipv6, _isoDate, _isoDateTime, _isoDuration, _isoTime, _jwt, _ksuid, _lazy, _length, _literal, _lowercase, _lt, _lte, _mac, _map, _max, _maxLength, _maxSize, _mime, _min, _minSize, _multipleOf, _nan, _nanoid, _nativeEnum, _negative, _never, _nonoptional, _nonpositive, _normalize, _null, _nullable, _optional, _overwrite, _pipe, _positive, _promise, _properties, _property, _readonly, _record, _refine, _regex, _set, _size, _slugify, _startsWith, _stringFormat, _stringbool, _success, _superRefine, _symbol, _templateLiteral, _toLowerCase, _toUpperCase, _transform, _trim, _tuple, _uint32, _uint64, _ulid, _undefined, _union, _uppercase, _url, _uuid, _uuidv4, _uuidv6, _uuidv7, _void, _xid, _xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(4890);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var _a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...core_util/* normalizeParams */.A2(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new checks.$ZodCheckLessThan({
        check: "less_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new checks.$ZodCheckLessThan({
        check: "less_than",
        ...util.normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new checks.$ZodCheckGreaterThan({
        check: "greater_than",
        ...util.normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new core_checks/* $ZodCheckGreaterThan */.J_({
        check: "greater_than",
        ...core_util/* normalizeParams */.A2(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new checks.$ZodCheckMultipleOf({
        check: "multiple_of",
        ...util.normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new checks.$ZodCheckMaxLength({
        check: "max_length",
        ...util.normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new core_checks/* $ZodCheckMinLength */.Kk({
        check: "min_length",
        ...core_util/* normalizeParams */.A2(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new checks.$ZodCheckLengthEquals({
        check: "length_equals",
        ...util.normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new checks.$ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...util.normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new checks.$ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new checks.$ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new checks.$ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...util.normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new checks.$ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...util.normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new checks.$ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...util.normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new checks.$ZodCheckProperties({
        check: "properties",
        shape,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new checks.$ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => util.slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...util.normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util.issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util.issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new checks.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new core_checks/* $ZodCheck */.QP({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new core_checks/* $ZodCheck */.QP({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ $ZodCheckGreaterThan),
/* harmony export */   KH: () => (/* binding */ $ZodCheckNumberFormat),
/* harmony export */   Kk: () => (/* binding */ $ZodCheckMinLength),
/* harmony export */   QP: () => (/* binding */ $ZodCheck)
/* harmony export */ });
/* unused harmony exports $ZodCheckLessThan, $ZodCheckMultipleOf, $ZodCheckBigIntFormat, $ZodCheckMaxSize, $ZodCheckMinSize, $ZodCheckSizeEquals, $ZodCheckMaxLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckProperty, $ZodCheckProperties, $ZodCheckMimeType, $ZodCheckOverwrite */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8532);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4723);
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckGreaterThan = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : util.floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckNumberFormat = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .NUMBER_FORMAT_RANGES */ .zH[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? util.codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = util.getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinLength = /*@__PURE__*/ _core_js__WEBPACK_IMPORTED_MODULE_0__/* .$constructor */ .xI("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? _util_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointLength */ .O7(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = _util_js__WEBPACK_IMPORTED_MODULE_1__/* .getLengthableOrigin */ .Rc(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? util.codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = util.getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
})));
const $ZodCheckRegex = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckLowerCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.lowercase);
    $ZodCheckStringFormat.init(inst, def);
})));
const $ZodCheckUpperCase = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.uppercase);
    $ZodCheckStringFormat.init(inst, def);
})));
const $ZodCheckIncludes = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = util.escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckStartsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${util.escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckEndsWith = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${util.escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...util.prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    util.hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
})));
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
})));


/***/ }),

/***/ 8532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ config),
/* harmony export */   GT: () => (/* binding */ $ZodAsyncError),
/* harmony export */   cV: () => (/* binding */ $ZodEncodeError),
/* harmony export */   cr: () => (/* binding */ globalConfig),
/* harmony export */   xI: () => (/* binding */ $constructor)
/* harmony export */ });
/* unused harmony exports NEVER, $brand */
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4723);
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}


/***/ }),

/***/ 4723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ normalizeParams),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   NM: () => (/* binding */ optionalKeys),
/* harmony export */   O7: () => (/* binding */ codePointLength),
/* harmony export */   PO: () => (/* binding */ cached),
/* harmony export */   QH: () => (/* binding */ aborted),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   Rc: () => (/* binding */ getLengthableOrigin),
/* harmony export */   Vy: () => (/* binding */ assignProp),
/* harmony export */   X: () => (/* binding */ installLazyProp),
/* harmony export */   cl: () => (/* binding */ nullish),
/* harmony export */   d3: () => (/* binding */ attachSchema),
/* harmony export */   gx: () => (/* binding */ captureStackTrace),
/* harmony export */   hi: () => (/* binding */ sizeCaps),
/* harmony export */   iR: () => (/* binding */ finalizeIssue),
/* harmony export */   jD: () => (/* binding */ hide),
/* harmony export */   k8: () => (/* binding */ jsonStringifyReplacer),
/* harmony export */   lQ: () => (/* binding */ prefixIssues),
/* harmony export */   o8: () => (/* binding */ clone),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   p6: () => (/* binding */ cleanRegex),
/* harmony export */   qQ: () => (/* binding */ propertyKeyTypes),
/* harmony export */   qh: () => (/* binding */ own),
/* harmony export */   rL: () => (/* binding */ explicitlyAborted),
/* harmony export */   sD: () => (/* binding */ escapeRegex),
/* harmony export */   v5: () => (/* binding */ defineLazyInternal),
/* harmony export */   w5: () => (/* binding */ getEnumValues),
/* harmony export */   zH: () => (/* binding */ NUMBER_FORMAT_RANGES)
/* harmony export */ });
/* unused harmony exports assertEqual, assertNotEqual, toZod, assertIs, assertNever, assert, joinValues, floatSafeRemainder, defineLazy, objectClone, rawShape, mergeDefs, cloneDef, getElementAtPath, promiseAllObject, randomString, esc, slugify, allowsEval, shallowClone, numKeys, getParsedType, primitiveTypes, createTransparentProxy, stringifyPrimitive, BIGINT_FORMAT_RANGES, pick, omit, extend, safeExtend, merge, partial, required, unwrapMessage, getSizableOrigin, parsedType, issue, cleanEnum, base64ToUint8Array, uint8ArrayToBase64, base64urlToUint8Array, uint8ArrayToBase64url, hexToUint8Array, uint8ArrayToHex, Class, derived, CONSTANT_CATCH, constantCatch */

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ (/* unused pure expression or super */ null && (cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
})));
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}


/***/ }),

/***/ 8395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  k5n: () => (/* binding */ _enum),
  Whr: () => (/* binding */ schemas_int),
  _H3: () => (/* binding */ looseObject),
  cl6: () => (/* binding */ nullish),
  aig: () => (/* binding */ schemas_number),
  Ikc: () => (/* binding */ object),
  lqM: () => (/* binding */ optional),
  FsL: () => (/* binding */ pipe),
  g1P: () => (/* binding */ record),
  YjP: () => (/* binding */ schemas_string),
  pdi: () => (/* binding */ transform),
  KCZ: () => (/* binding */ union),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodMiniAny, ZodMiniArray, ZodMiniBase64, ZodMiniBase64URL, ZodMiniBigInt, ZodMiniBigIntFormat, ZodMiniBoolean, ZodMiniCIDRv4, ZodMiniCIDRv6, ZodMiniCUID, ZodMiniCUID2, ZodMiniCatch, ZodMiniCodec, ZodMiniCreditCard, ZodMiniCustom, ZodMiniCustomStringFormat, ZodMiniDate, ZodMiniDefault, ZodMiniDiscriminatedUnion, ZodMiniE164, ZodMiniEmail, ZodMiniEmoji, ZodMiniEnum, ZodMiniExactOptional, ZodMiniFile, ZodMiniFunction, ZodMiniGUID, ZodMiniIBAN, ZodMiniIPv4, ZodMiniIPv6, ZodMiniIntersection, ZodMiniJWT, ZodMiniKSUID, ZodMiniLazy, ZodMiniLiteral, ZodMiniMAC, ZodMiniMap, ZodMiniNaN, ZodMiniNanoID, ZodMiniNever, ZodMiniNonOptional, ZodMiniNull, ZodMiniNullable, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniObject, ZodMiniOptional, ZodMiniPipe, ZodMiniPrefault, ZodMiniPromise, ZodMiniReadonly, ZodMiniRecord, ZodMiniSet, ZodMiniString, ZodMiniStringFormat, ZodMiniSuccess, ZodMiniSymbol, ZodMiniTemplateLiteral, ZodMiniTransform, ZodMiniTuple, ZodMiniType, ZodMiniULID, ZodMiniURL, ZodMiniUUID, ZodMiniUndefined, ZodMiniUnion, ZodMiniUnknown, ZodMiniVoid, ZodMiniXID, ZodMiniXor, _default, _function, any, base64, base64url, bigint, catch, catchall, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, discriminatedUnion, e164, email, emoji, exactOptional, exactPartial, extend, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, literal, looseRecord, mac, map, merge, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, omit, partial, partialRecord, pick, prefault, promise, readonly, refine, required, safeExtend, set, strictObject, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, tuple, uint32, uint64, ulid, undefined, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __nccwpck_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/checks.js
var core_checks = __nccwpck_require__(4890);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = (/* unused pure expression or super */ null && (`^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`));
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = (/* unused pure expression or super */ null && (`(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`));
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ (/* unused pure expression or super */ null && (regexes_anchor(dateSource)));
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

// EXTERNAL MODULE: ./node_modules/zod/v4/core/util.js
var core_util = __nccwpck_require__(4723);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = core_util/* aborted */.QH(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (core_util/* explicitlyAborted */.rL(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new core_core/* $ZodAsyncError */.GT();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = core_util/* aborted */.QH(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    core_util/* attachSchema */.d3(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = core_util/* aborted */.QH(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (core_util/* aborted */.QH(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new core_core/* $ZodAsyncError */.GT();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return core_util/* hide */.jD(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        core_util/* own */.qh(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    checks.$ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
})));
const $ZodGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.guid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = regexes.uuid(v));
    }
    else
        def.pattern ?? (def.pattern = regexes.uuid());
    $ZodStringFormat.init(inst, def);
})));
const $ZodEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.email);
    $ZodStringFormat.init(inst, def);
})));
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === regexes.httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.emoji());
    $ZodStringFormat.init(inst, def);
})));
const $ZodNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? regexes.nanoid : regexes.nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
})));
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cuid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cuid2);
    $ZodStringFormat.init(inst, def);
})));
const $ZodULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ulid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.xid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ksuid);
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODateTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.datetime(def));
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.date);
    $ZodStringFormat.init(inst, def);
})));
const $ZodISOTime = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.time(def));
    $ZodStringFormat.init(inst, def);
})));
const $ZodISODuration = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.duration);
    $ZodStringFormat.init(inst, def);
})));
const $ZodIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ipv4);
    $ZodStringFormat.init(inst, def);
})));
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cidrv4);
    $ZodStringFormat.init(inst, def);
})));
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.e164);
    $ZodStringFormat.init(inst, def);
})));
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNumberFormat", (inst, def) => {
    core_checks/* $ZodCheckNumberFormat */.KH.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
})));
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
})));
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
})));
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = core_util/* sizeCaps */.hi(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of core_util/* sizeCaps */.hi(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    core_util/* attachSchema */.d3(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...core_util/* prefixIssues */.lQ(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && core_util/* aborted */.QH(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = core_util/* optionalKeys */.NM(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (core_util/* aborted */.QH(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = core_util/* cached */.PO(() => normalizeDef(def));
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    core_util/* assignProp */.Vy(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = core_util/* isObject */.Gv;
    const catchall = def.catchall;
    let value;
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (core_util/* aborted */.QH(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = util.cached(() => normalizeDef(def));
    const memo = core.globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : util.esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util.isObject;
    const jit = !core.globalConfig.jitless;
    const allowsEval = util.allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
})));
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !core_util/* aborted */.QH(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => core_util/* cleanRegex */.p6(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
})));
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (util.isPlainObject(a) && util.isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (util.aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = util.aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (util.aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
})));
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...util.prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...util.prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core_core/* globalConfig */.cr.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!core_util/* isPlainObject */.Qd(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...core_util/* prefixIssues */.lQ(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = core_util/* getEnumValues */.w5(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const patternValues = core_util/* getEnumValues */.w5(zod.def.entries).filter((k) => core_util/* propertyKeyTypes */.qQ.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => core_util/* escapeRegex */.sD(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    core_core/* globalConfig */.cr.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core_core/* $ZodEncodeError */.cV(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    util.defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
})));
const $ZodNullable = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${core_util/* cleanRegex */.p6(pattern.source)}|null)$`) : undefined;
    });
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
})));
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
})));
const $ZodNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
})));
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
})));
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ core_core/* $constructor */.xI("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    core_util/* defineLazyInternal */.v5(inst, "values", (zod) => zod.def.in._zod.values);
    core_util/* defineLazyInternal */.v5(inst, "optin", (zod) => zod.def.in._zod.optin);
    core_util/* defineLazyInternal */.v5(inst, "optout", (zod) => zod.def.out._zod.optout);
    core_util/* defineLazyInternal */.v5(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
})));
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustom", (inst, def) => {
    checks.$ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
})));
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util.issue(_iss));
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js + 1 modules
var api = __nccwpck_require__(3305);
;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, core_util/* jsonStringifyReplacer */.k8, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = (0,core_core/* $constructor */.xI)("$ZodError", initializer);
const $ZodRealError = (0,core_core/* $constructor */.xI)("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new core_core/* $ZodAsyncError */.GT();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
            core_util/* captureStackTrace */.gx(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new core_core/* $ZodAsyncError */.GT();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => core_util/* finalizeIssue */.iR(iss, ctx, core_core/* config */.$W())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ (/* unused pure expression or super */ null && (Symbol.for("zod.compile.invalid")));
const COMPILE_FALLBACK = /* @__PURE__ */ (/* unused pure expression or super */ null && (Symbol.for("zod.compile.fallback")));
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new core.$ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/mini/schemas.js




const ZodMiniType = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniType", (inst, def) => {
    if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
}, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
        return this.check;
    },
    set with(value) {
        core_util/* own */.qh(this, "with", value);
    },
    parse(data, params) {
        return parse_parse(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
        return parse_parseAsync(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    check(...checks) {
        const def = this.def;
        return this.clone({
            ...def,
            checks: [
                ...(def.checks ?? []),
                ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }, { parent: true });
    },
    clone(_def, params) {
        return core_util/* clone */.o8(this, _def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
});
const ZodMiniString = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_string(params) {
    return api/* _string */.Rl(ZodMiniString, params);
}
const ZodMiniStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniStringFormat", (inst, def) => {
    core.$ZodStringFormat.init(inst, def);
    ZodMiniString.init(inst, def);
})));
const ZodMiniEmail = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniEmail", (inst, def) => {
    core.$ZodEmail.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_email(params) {
    return core._email(ZodMiniEmail, params);
}
const ZodMiniGUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniGUID", (inst, def) => {
    core.$ZodGUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_guid(params) {
    return core._guid(ZodMiniGUID, params);
}
const ZodMiniUUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUUID", (inst, def) => {
    core.$ZodUUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_uuid(params) {
    return core._uuid(ZodMiniUUID, params);
}
// @__NO_SIDE_EFFECTS__
function uuidv4(params) {
    return core._uuidv4(ZodMiniUUID, params);
}
// ZodMiniUUIDv6
// @__NO_SIDE_EFFECTS__
function uuidv6(params) {
    return core._uuidv6(ZodMiniUUID, params);
}
// ZodMiniUUIDv7
// @__NO_SIDE_EFFECTS__
function uuidv7(params) {
    return core._uuidv7(ZodMiniUUID, params);
}
const ZodMiniURL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniURL", (inst, def) => {
    core.$ZodURL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function url(params) {
    return core._url(ZodMiniURL, params);
}
// @__NO_SIDE_EFFECTS__
function httpUrl(params) {
    return core._url(ZodMiniURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEmoji = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniEmoji", (inst, def) => {
    core.$ZodEmoji.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_emoji(params) {
    return core._emoji(ZodMiniEmoji, params);
}
const ZodMiniNanoID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNanoID", (inst, def) => {
    core.$ZodNanoID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_nanoid(params) {
    return core._nanoid(ZodMiniNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodMiniCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodMiniCUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCUID", (inst, def) => {
    core.$ZodCUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function schemas_cuid(params) {
    return core._cuid(ZodMiniCUID, params);
}
const ZodMiniCUID2 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCUID2", (inst, def) => {
    core.$ZodCUID2.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cuid2(params) {
    return core._cuid2(ZodMiniCUID2, params);
}
const ZodMiniULID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniULID", (inst, def) => {
    core.$ZodULID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ulid(params) {
    return core._ulid(ZodMiniULID, params);
}
const ZodMiniXID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniXID", (inst, def) => {
    core.$ZodXID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_xid(params) {
    return core._xid(ZodMiniXID, params);
}
const ZodMiniKSUID = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniKSUID", (inst, def) => {
    core.$ZodKSUID.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ksuid(params) {
    return core._ksuid(ZodMiniKSUID, params);
}
const ZodMiniIPv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIPv4", (inst, def) => {
    core.$ZodIPv4.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ipv4(params) {
    return core._ipv4(ZodMiniIPv4, params);
}
const ZodMiniIPv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIPv6", (inst, def) => {
    core.$ZodIPv6.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_ipv6(params) {
    return core._ipv6(ZodMiniIPv6, params);
}
const ZodMiniCIDRv4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCIDRv4", (inst, def) => {
    core.$ZodCIDRv4.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cidrv4(params) {
    return core._cidrv4(ZodMiniCIDRv4, params);
}
const ZodMiniCIDRv6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCIDRv6", (inst, def) => {
    core.$ZodCIDRv6.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_cidrv6(params) {
    return core._cidrv6(ZodMiniCIDRv6, params);
}
const ZodMiniMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniMAC", (inst, def) => {
    core.$ZodMAC.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_mac(params) {
    return core._mac(ZodMiniMAC, params);
}
const ZodMiniBase64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBase64", (inst, def) => {
    core.$ZodBase64.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_base64(params) {
    return core._base64(ZodMiniBase64, params);
}
const ZodMiniBase64URL = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBase64URL", (inst, def) => {
    core.$ZodBase64URL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_base64url(params) {
    return core._base64url(ZodMiniBase64URL, params);
}
const ZodMiniE164 = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniE164", (inst, def) => {
    core.$ZodE164.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_e164(params) {
    return core._e164(ZodMiniE164, params);
}
const ZodMiniCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_creditCard(params) {
    return core._creditCard(ZodMiniCreditCard, params);
}
const ZodMiniIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_iban(params) {
    return core._iban(ZodMiniIBAN, params);
}
const ZodMiniJWT = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniJWT", (inst, def) => {
    core.$ZodJWT.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function jwt(params) {
    return core._jwt(ZodMiniJWT, params);
}
const ZodMiniCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCustomStringFormat", (inst, def) => {
    core.$ZodCustomStringFormat.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodMiniCustomStringFormat, format, fnOrRegex, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_hostname(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hostname", regexes.hostname, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_hex(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "hex", regexes.hex, _params);
}
// @__NO_SIDE_EFFECTS__
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodMiniCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
// @__NO_SIDE_EFFECTS__
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    // check for unrecognized format
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodMiniCustomStringFormat, format, regex, params);
}
const ZodMiniNumber = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_number(params) {
    return api/* _number */.F7(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
});
function schemas_int(params) {
    return api/* _int */.LK(ZodMiniNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodMiniNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodMiniNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodMiniNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function schemas_boolean(params) {
    return api/* _boolean */._L(ZodMiniBoolean, params);
}
const ZodMiniBigInt = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBigInt", (inst, def) => {
    core.$ZodBigInt.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_bigint(params) {
    return core._bigint(ZodMiniBigInt, params);
}
const ZodMiniBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodMiniBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodMiniBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodMiniBigIntFormat, params);
}
const ZodMiniSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function symbol(params) {
    return core._symbol(ZodMiniSymbol, params);
}
const ZodMiniUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_undefined(params) {
    return core._undefined(ZodMiniUndefined, params);
}

const ZodMiniNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_null(params) {
    return core._null(ZodMiniNull, params);
}

const ZodMiniAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function any() {
    return core._any(ZodMiniAny);
}
const ZodMiniUnknown = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
    return api/* _unknown */.em(ZodMiniUnknown);
}
const ZodMiniNever = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNever", (inst, def) => {
    core.$ZodNever.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function never(params) {
    return core._never(ZodMiniNever, params);
}
const ZodMiniVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function _void(params) {
    return core._void(ZodMiniVoid, params);
}

const ZodMiniDate = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniDate", (inst, def) => {
    core.$ZodDate.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function schemas_date(params) {
    return core._date(ZodMiniDate, params);
}
const ZodMiniArray = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
    return new ZodMiniArray({
        type: "array",
        element: element,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// .keyof
// @__NO_SIDE_EFFECTS__
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return _enum(Object.keys(shape));
}
const ZodMiniObject = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    core_util/* installLazyProp */.X(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...core_util/* normalizeParams */.A2(params),
    };
    return new ZodMiniObject(def);
}
// strictObject
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
    return new ZodMiniObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...core_util/* normalizeParams */.A2(params),
    });
}
// object methods
// @__NO_SIDE_EFFECTS__
function extend(schema, shape) {
    return util.extend(schema, shape);
}
// @__NO_SIDE_EFFECTS__
function safeExtend(schema, shape) {
    return util.safeExtend(schema, shape);
}
/**
 * @deprecated Use [`z.extend(A, B.shape)`](https://zod.dev/api?id=extend) instead.
 */
// @__NO_SIDE_EFFECTS__
function merge(a, b) {
    return util.merge(a, b);
}
// @__NO_SIDE_EFFECTS__
function pick(schema, mask) {
    return util.pick(schema, mask);
}
// .omit
// @__NO_SIDE_EFFECTS__
function omit(schema, mask) {
    return util.omit(schema, mask);
}
// @__NO_SIDE_EFFECTS__
function partial(schema, mask) {
    const def = schema._zod.def;
    if (def.type !== "tuple")
        return util.partial(ZodMiniOptional, schema, mask);
    // a refinement was authored against the full arity; partialing would run it on a shorter array
    if (def.checks?.length)
        throw new Error(".partial() cannot be used on tuple schemas containing refinements");
    return util.clone(schema, {
        ...def,
        items: def.items.map((item) => new ZodMiniOptional({ type: "optional", innerType: item })),
    });
}
// @__NO_SIDE_EFFECTS__
function exactPartial(schema, mask) {
    return util.partial(ZodMiniExactOptional, schema, mask, "exactPartial");
}
// @__NO_SIDE_EFFECTS__
function required(schema, mask) {
    return util.required(ZodMiniNonOptional, schema, mask);
}
// @__NO_SIDE_EFFECTS__
function catchall(inst, catchall) {
    // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
    return inst.clone(util.mergeDefs(inst._zod.def, { catchall: catchall }));
}
const ZodMiniUnion = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
    return new ZodMiniUnion({
        type: "union",
        options: options,
        ...core_util/* normalizeParams */.A2(params),
    });
}
const ZodMiniXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniXor", (inst, def) => {
    ZodMiniUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodMiniXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodMiniDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
    core.$ZodDiscriminatedUnion.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
    return new ZodMiniDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodMiniIntersection = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniIntersection", (inst, def) => {
    core.$ZodIntersection.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function intersection(left, right) {
    return new ZodMiniIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodMiniTuple = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniTuple", (inst, def) => {
    core.$ZodTuple.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodMiniTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodMiniRecord = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniRecord", (inst, def) => {
    $ZodRecord.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodMiniRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...core_util/* normalizeParams */.A2(valueType),
        });
    }
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...core_util/* normalizeParams */.A2(params),
    });
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodMiniRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMiniMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniMap", (inst, def) => {
    core.$ZodMap.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function map(keyType, valueType, params) {
    return new ZodMiniMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSet", (inst, def) => {
    core.$ZodSet.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function set(valueType, params) {
    return new ZodMiniSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniEnum = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...core_util/* normalizeParams */.A2(params),
    });
}

// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodMiniEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
    return new ZodMiniLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodMiniFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function file(params) {
    return core._file(ZodMiniFile, params);
}
const ZodMiniTransform = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniTransform", (inst, def) => {
    $ZodTransform.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
    return new ZodMiniTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodMiniOptional = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
    return new ZodMiniOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniExactOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniExactOptional", (inst, def) => {
    core.$ZodExactOptional.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function exactOptional(innerType) {
    return new ZodMiniExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodMiniNullable = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
    return new ZodMiniNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
// @__NO_SIDE_EFFECTS__
function nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodMiniDefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniDefault", (inst, def) => {
    core.$ZodDefault.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
    return new ZodMiniDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
const ZodMiniPrefault = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniPrefault", (inst, def) => {
    core.$ZodPrefault.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
    return new ZodMiniPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
const ZodMiniNonOptional = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNonOptional", (inst, def) => {
    core.$ZodNonOptional.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function nonoptional(innerType, params) {
    return new ZodMiniNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...util.normalizeParams(params),
    });
}
const ZodMiniSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function success(innerType) {
    return new ZodMiniSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodMiniCatch = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCatch", (inst, def) => {
    core.$ZodCatch.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function _catch(innerType, catchValue) {
    return new ZodMiniCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : core.util.constantCatch(catchValue)),
    });
}

const ZodMiniNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function nan(params) {
    return core._nan(ZodMiniNaN, params);
}
const ZodMiniPipe = /*@__PURE__*/ core_core/* $constructor */.xI("ZodMiniPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
    return new ZodMiniPipe({
        type: "pipe",
        in: in_,
        out: out,
    });
}
const ZodMiniCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCodec", (inst, def) => {
    ZodMiniPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function codec(in_, out, params) {
    return new ZodMiniCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
// @__NO_SIDE_EFFECTS__
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodMiniCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodMiniReadonly = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniReadonly", (inst, def) => {
    core.$ZodReadonly.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function readonly(innerType) {
    return new ZodMiniReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodMiniTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function templateLiteral(parts, params) {
    return new ZodMiniTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodMiniLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// export function lazy<T extends object>(getter: () => T): T {
//   return util.createTransparentProxy<T>(getter);
// }
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
    return new ZodMiniLazy({
        type: "lazy",
        getter: getter,
    });
}

const ZodMiniPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function promise(innerType) {
    return new ZodMiniPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodMiniCustom = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniCustom", (inst, def) => {
    core.$ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// custom checks
// @__NO_SIDE_EFFECTS__
function check(fn, params) {
    const ch = new core.$ZodCheck({
        check: "custom",
        ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// ZodCustom custom schema
// @__NO_SIDE_EFFECTS__
function custom(fn, _params) {
    return core._custom(ZodMiniCustom, fn ?? (() => true), _params);
}
// refine
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
    return core._refine(ZodMiniCustom, fn, _params);
}
// superRefine
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
    return core._superRefine(fn, params);
}
// Re-export describe and meta from core
const describe = api/* describe */.q0;
const meta = api/* meta */.mI;
// instanceof
class Class {
    constructor(..._args) { }
}
// @__NO_SIDE_EFFECTS__
function _instanceof(cls, params = {}) {
    const inst = custom((data) => data instanceof cls, params);
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodMiniCodec,
    Boolean: ZodMiniBoolean,
    String: ZodMiniString,
}, ...args);
// @__NO_SIDE_EFFECTS__
function json() {
    const jsonSchema = _lazy(() => {
        return union([schemas_string(), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
const ZodMiniFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMiniFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodMiniType.init(inst, def);
})));
// @__NO_SIDE_EFFECTS__
function _function(params) {
    return new ZodMiniFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
