"use strict";
exports.id = 867;
exports.ids = [867];
exports.modules = {

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
    /** The cluster with its subnets and VLANs (`--show-resources`, IBM: rhoks_ts_openvpn_subnet). */
    clusterGetResources: (cluster) => ks('cluster get', [
        ['--cluster', cluster],
        ['--show-resources', true]
    ]),
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
    /** Keep a resource Terraform marked tainted after a failed apply (the provider's ibm_container_vpc_worker note). */
    terraformUntaint: (address = '<resource-address>') => build('terraform', undefined, 'untaint', [address]),
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
    /** `ibmcloud ks worker reload` (classic), IBM's docs' order: --cluster, --worker. */
    workerReload: (cluster, worker) => ks('worker reload', [
        ['--cluster', cluster],
        ['--worker', worker]
    ]),
    /** Finish a CA rotation once every worker is reloaded or replaced (IBM: ts-cert-failed). */
    caRotate: (cluster) => ks('cluster ca rotate', [['--cluster', cluster]]),
    /** Add the VPC's custom DNS resolver rules to the cluster's `kube-<clusterID>` group (IBM: ts-sbd-custom-dns). */
    securityGroupSync: (cluster, group = '<kube-cluster-security-group-id>') => ks('security-group sync', [
        ['--cluster', cluster],
        ['--security-group', group]
    ]),
    /** The network health check's issues (IBM: ts-error-glossary, "ibmcloud oc cluster health issues --cluster CLUSTER_ID"). */
    healthIssues: (cluster) => ks('cluster health issues', [['--cluster', cluster]]),
    /** IBM Cloud Schematics: a workspace's Terraform logs (cli-reference, `ibmcloud schematics logs`). */
    schematicsLogs: (workspace = '<workspace-id>') => ic('schematics logs', [], [['--id', workspace]]),
    /** IBM Cloud Schematics: the state file, to read the tainted resource's name (IBM: tainted-resources). */
    schematicsStatePull: (workspace = '<workspace-id>', template = '<template-id>') => ic('schematics state pull', [], [
        ['--id', workspace],
        ['--template', template]
    ]),
    /** IBM Cloud Schematics: keep a resource whose create timed out but finished (IBM: tainted-resources). */
    schematicsUntaint: (address = '<resource-address>', workspace = '<workspace-id>') => ic('schematics workspace untaint', [], [
        ['--id', workspace],
        ['--address', address]
    ]),
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
            input.notes.length > 0 && {
            notes: input.notes.map(n => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)((0,_messages_index_js__WEBPACK_IMPORTED_MODULE_2__/* .render */ .XX)(n, lang)))
        }),
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
;