export const id = 578;
export const ids = [578];
export const modules = {

/***/ 9639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* reexport safe */ _messages_command_js__WEBPACK_IMPORTED_MODULE_0__.CB),
/* harmony export */   HW: () => (/* binding */ cmd),
/* harmony export */   KP: () => (/* binding */ withPlugin),
/* harmony export */   X7: () => (/* binding */ sequences),
/* harmony export */   wf: () => (/* binding */ iamPolicyCreate)
/* harmony export */ });
/* unused harmony exports CLASSIC_USER, CLASSIC_KEY */
/* harmony import */ var _messages_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8145);


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
    workerRebootHard: (cluster, worker) => 
    // IBM's docs' order: ibmcloud oc worker reboot --cluster <cluster> --worker <worker> --hard
    ks('worker reboot', [
        ['--cluster', cluster],
        ['--worker', worker],
        ['--hard', true]
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ docsForPlatform),
/* harmony export */   T: () => (/* binding */ forPlatform)
/* harmony export */ });
/* harmony import */ var _ibmcloud_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9639);
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

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ problems),
/* harmony export */   FK: () => (/* binding */ buildReport)
/* harmony export */ });
/* unused harmony export SCHEMA_VERSION */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1001);
/* harmony import */ var _commands_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6339);
/* harmony import */ var _commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9639);
/* harmony import */ var _messages_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5920);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7194);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);






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


/***/ })

};
