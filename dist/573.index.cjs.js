"use strict";
exports.id = 573;
exports.ids = [573];
exports.modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ CREATE_KEY),
/* harmony export */   a: () => (/* binding */ apiKeyCheck)
/* harmony export */ });
/* harmony import */ var _ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4979);
/* harmony import */ var _commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9639);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3956);



const CREATE_KEY = [_commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .cmd */ .HW.apiKeyCreate(), _commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .cmd */ .HW.serviceApiKeyCreate()];
const SDK_IAM = {
    kind: 'sdk',
    repo: 'IBM/platform-services-go-sdk',
    path: 'iamidentityv1/iam_identity_v1.go'
};
const RULES = [
    {
        id: 'api-key.unknown',
        says: 'IAM does not know the API key (BXNIM0415E): no IBM Cloud call of the operation can be made.',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                code: 'BXNIM0415E',
                text: 'Provided API key could not be found.',
                where: 'https://github.com/IBM-Cloud/terraform-provider-ibm/issues/3561'
            }
        ]
    },
    {
        id: 'api-key.disabled',
        says: 'A disabled API key cannot be used.',
        level: 'fail',
        sources: [
            {
                ...SDK_IAM,
                quote: "Defines if API key is disabled, API key cannot be used if 'disabled' is set to true."
            }
        ]
    },
    {
        id: 'api-key.ip-allowlist',
        says: "IAM refuses a token to an address outside the account's (or user's) IP address allowlist (BXNIM0430E); the fix is the allowlist, not the key.",
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-ts-loadbalancer-sync-failed',
                quote: '"errorCode":"BXNIM0430E","errorMessage":"User login from given IP address is not permitted.","errorDetails":"The user has configured IP address restriction for login. The given IP address \'XXXX\' is not contained in the list of allowed IP addresses."',
                read: 'ibm-cloud-docs/openshift@e8eca99'
            },
            {
                ...SDK_IAM,
                quote: 'Defines the IP addresses and subnets from which IAM tokens can be created for the account.'
            }
        ]
    },
    {
        id: 'api-key.rejected',
        says: 'IAM refused to exchange the API key for a token (another BXNIM code): without a token no call can be made.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-ts-perms-creds',
                quote: 'The IAM token exchange request failed with the message: <message>',
                read: 'ibm-cloud-docs/openshift@e8eca99'
            }
        ]
    },
    {
        id: 'api-key.locked',
        says: 'A locked API key still works but cannot be changed; worth knowing before a rotation.',
        level: 'warn',
        sources: [
            { ...SDK_IAM, quote: 'The API key cannot be changed if set to true.' }
        ]
    }
];
/** BXNIM0430E, IAM's refusal of the caller's address (IBM's OpenShift page ts-lb-sync-failed quotes it). */
const ipRefused = (e) => e.code === 'BXNIM0430E' ||
    /given IP address is not permitted|not contained in the list of allowed IP addresses/i.test(e.detail);
/** The key exchanges for an IAM token; unknown, rejected, disabled and locked keys are named with the fix. */
const apiKeyCheck = {
    id: 'api-key',
    family: 'credentials',
    title: 'api-key.title',
    scope: 'account',
    requires: [],
    docs: 'https://cloud.ibm.com/docs/account?topic=account-userapikey',
    needs: 'none (any valid API key)',
    rules: RULES,
    async run({ facts }) {
        let token;
        try {
            token = await facts.token();
        }
        catch (e) {
            if (!(e instanceof _ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError))
                throw e;
            // Only IBM's own refusal judges the key: a proxy's page or an empty 404 is "not IBM answering".
            if ((0,_ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .unverifiedKind */ .q6)(e) === 'transient' || (0,_ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .unverifiedKind */ .q6)(e) === 'not-ibm')
                return [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .couldNotVerify */ .ke)(e)];
            if (ipRefused(e))
                return [
                    {
                        status: 'fail',
                        rule: 'api-key.ip-allowlist',
                        summary: { id: 'api-key.ip-allowlist', params: (0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .apiErrorParams */ .JA)(e) },
                        why: { id: 'api-key.ip-allowlist.why' },
                        fix: [
                            {
                                text: { id: 'api-key.ip-allowlist.fix' },
                                commands: [_commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .cmd */ .HW.accountSettings()]
                            }
                        ],
                        ibm: (0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .ibmDiagnostics */ .lJ)(e)
                    }
                ];
            const unknown = e.code === 'BXNIM0415E' || /could not be found/i.test(e.detail);
            const disabled = /disabled/i.test(e.detail);
            if (disabled) {
                return [
                    {
                        status: 'fail',
                        rule: 'api-key.disabled',
                        summary: {
                            id: 'api-key.disabled',
                            params: { keyName: '(the key in api-key)' }
                        },
                        why: { id: 'api-key.disabled.why' },
                        fix: [
                            {
                                text: { id: 'api-key.disabled.fix' },
                                commands: [_commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .cmd */ .HW.apiKeys(), _commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .cmd */ .HW.apiKeyEnable()]
                            }
                        ],
                        ibm: (0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .ibmDiagnostics */ .lJ)(e)
                    }
                ];
            }
            return [
                {
                    status: 'fail',
                    rule: unknown ? 'api-key.unknown' : 'api-key.rejected',
                    summary: {
                        id: unknown ? 'api-key.unknown' : 'api-key.rejected',
                        params: (0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .apiErrorParams */ .JA)(e)
                    },
                    why: { id: unknown ? 'api-key.unknown.why' : 'api-key.rejected.why' },
                    fix: [
                        {
                            text: {
                                id: unknown ? 'api-key.unknown.fix' : 'api-key.rejected.fix'
                            },
                            commands: CREATE_KEY
                        }
                    ],
                    ibm: (0,_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .ibmDiagnostics */ .lJ)(e)
                }
            ];
        }
        const { claims } = token;
        const who = claims.name ?? claims.email ?? claims.iamId;
        const outcomes = [];
        try {
            const details = await facts.apiKeyDetails();
            const keyName = details.name ?? details.id ?? '(unnamed)';
            if (details.disabled) {
                outcomes.push({
                    status: 'fail',
                    rule: 'api-key.disabled',
                    summary: { id: 'api-key.disabled', params: { keyName } },
                    why: { id: 'api-key.disabled.why' },
                    fix: [
                        {
                            text: { id: 'api-key.disabled.fix' },
                            commands: [_commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .cmd */ .HW.apiKeyEnable(details.id ?? keyName)]
                        }
                    ]
                });
            }
            else if (details.locked) {
                outcomes.push({
                    status: 'warn',
                    rule: 'api-key.locked',
                    summary: { id: 'api-key.locked', params: { keyName } },
                    why: { id: 'api-key.locked.why' },
                    fix: [
                        {
                            text: { id: 'api-key.locked.fix' },
                            commands: [_commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_1__/* .cmd */ .HW.apiKeyUnlock(details.id ?? keyName)]
                        }
                    ]
                });
            }
        }
        catch (e) {
            // The exchange itself proves the key works; details only add the disabled/locked flags and the name.
            if (!(e instanceof _ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError))
                throw e;
        }
        if (outcomes.length === 0)
            outcomes.push({
                status: 'pass',
                summary: {
                    id: 'api-key.pass',
                    params: {
                        identity: `${who} (${claims.iamId})`,
                        accountId: claims.accountId
                    }
                },
                details: await allowlistDetail(facts)
            });
        return outcomes;
    }
};
/**
 * Whether the account restricts IAM tokens to listed addresses: this run passed it, but IKS's own control plane
 * must pass it too (IBM's ts-lb-sync-failed). Settings the key may not read say nothing.
 */
async function allowlistDetail(facts) {
    try {
        const list = (await facts.accountSettings()).allowedIpAddresses?.trim();
        return list
            ? [{ id: 'api-key.detail.allowlist-on', params: { addresses: list } }]
            : [{ id: 'api-key.detail.allowlist-off' }];
    }
    catch (e) {
        if (!(e instanceof _ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError))
            throw e;
        return [];
    }
}


/***/ }),

/***/ 3278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ errorsOf),
/* harmony export */   U: () => (/* binding */ blockerOf)
/* harmony export */ });
/* harmony import */ var _ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4979);

const TOTP_TEXT = /time-based one time password authentication is required/i;
const PAID_TEXT = /ensure that you have a paid account/i;
// SoftLayer's answer to `apikey:`/bearer auth when the IBM Cloud account has no linked classic account.
const NO_IMS_TEXT = /no ims account id/i;
function blockerOf(e) {
    if (!(e instanceof _ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError))
        return undefined;
    if (TOTP_TEXT.test(e.detail))
        return 'totp';
    if ((e.service === 'iks' && e.code === 'E0057') ||
        PAID_TEXT.test(e.detail) ||
        NO_IMS_TEXT.test(e.detail))
        return 'paid';
    return undefined;
}
/** The ApiErrors among settled fact promises (the facts are memoised, so settling them costs no extra request). */
async function errorsOf(facts) {
    const settled = await Promise.allSettled(facts);
    return settled.flatMap(r => r.status === 'rejected' && r.reason instanceof _ibm_errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError ? [r.reason] : []);
}


/***/ }),

/***/ 2929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ CATALOGUE)
});

// UNUSED EXPORTS: CHECK_IDS

// EXTERNAL MODULE: ./src/commands/ibmcloud.ts
var ibmcloud = __webpack_require__(9639);
// EXTERNAL MODULE: ./src/facts.ts + 6 modules
var src_facts = __webpack_require__(5570);
;// CONCATENATED MODULE: ./src/checks/account.ts


/** The key's account is the intended one (expected-account-ids), and a named resource group exists in it. */
const accountCheck = {
    id: 'account',
    family: 'credentials',
    title: 'account.title',
    scope: 'account',
    requires: ['api-key'],
    docs: 'https://cloud.ibm.com/docs/account?topic=account-account-getting-started',
    needs: 'Viewer on the resource group (to list groups)',
    rules: [
        {
            id: 'account.expected',
            says: "The key belongs to one of the accounts the workflow allows (expected-account-ids): a pipeline pointed at another account changes that account's clusters.",
            level: 'fail',
            sources: [
                {
                    kind: 'user',
                    input: 'expected-account-ids',
                    note: 'The workflow declares the accounts it may act on; a key of any other account is refused by that policy.'
                }
            ]
        }
    ],
    async run({ config, facts }) {
        const identity = await facts.identity();
        const account = identity.accountName
            ? `${identity.accountId} (${identity.accountName})`
            : identity.accountId;
        const outcomes = [];
        if (config.expectedAccountIds.length === 0) {
            outcomes.push({
                status: 'skip',
                summary: { id: 'account.no-allow-list', params: { account } }
            });
        }
        else if (config.expectedAccountIds.includes(identity.accountId)) {
            outcomes.push({
                status: 'pass',
                summary: { id: 'account.pass', params: { account } }
            });
        }
        else {
            outcomes.push({
                status: 'fail',
                rule: 'account.expected',
                summary: {
                    id: 'account.unexpected',
                    params: { account, expected: config.expectedAccountIds.join(', ') }
                },
                why: { id: 'account.unexpected.why' },
                fix: [
                    {
                        text: {
                            id: 'account.unexpected.fix',
                            params: { accountId: identity.accountId }
                        }
                    }
                ]
            });
            // On the wrong account, resource groups and clusters are the wrong account's: stop here.
            return outcomes;
        }
        if (config.resourceGroup !== undefined) {
            try {
                await facts.resourceGroup();
            }
            catch (e) {
                if (!(e instanceof src_facts/* FactError */.n))
                    throw e;
                outcomes.push({
                    status: 'fail',
                    rule: 'common.input',
                    summary: {
                        id: 'account.resource-group-unknown',
                        params: { group: config.resourceGroup, account, message: e.message }
                    },
                    why: { id: 'account.resource-group-unknown.why' },
                    fix: [
                        {
                            text: { id: 'account.resource-group-unknown.fix' },
                            commands: [ibmcloud/* cmd */.HW.resourceGroups()]
                        }
                    ]
                });
            }
        }
        return outcomes;
    }
};

// EXTERNAL MODULE: ./src/checks/api-key.ts
var api_key = __webpack_require__(4595);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/ibm/errors.ts
var errors = __webpack_require__(4979);
// EXTERNAL MODULE: ./src/checks/helpers.ts
var helpers = __webpack_require__(3956);
;// CONCATENATED MODULE: ./src/checks/cluster-access.ts




// IKS cluster IDs: 20 lower-case letters and digits.
const CLUSTER_ID = /^[a-z0-9]{20}$/;
/**
 * Cluster states on the wire are snake_case (container-services-go-sdk GetClusterResponse.State): aborted,
 * critical, delete_failed, deleted, deleting, deploy_failed, deploying, normal, pending, requested,
 * updating, unsupported, warning. Display names ("Deploy failed") are folded to the same form.
 */
function normaliseState(state) {
    return state
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
}
/** Each cluster can be read with this key; 404s say which of account, group or region is likely wrong. */
const clusterAccessCheck = {
    id: 'cluster-access',
    family: 'credentials',
    title: 'cluster-access.title',
    scope: 'cluster',
    operations: types/* OPERATIONS */.xb.filter(o => o !== 'cluster-create'),
    requires: ['api-key'],
    // A resource group that does not exist explains a cluster not found in it.
    explainedBy: ['account'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-access_reference',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: [
        {
            id: 'cluster-access.forbidden',
            says: 'IKS refuses this key the read of the cluster (HTTP 403): every cluster or worker operation reads the cluster first, so it is refused too.',
            level: 'fail',
            sources: [
                {
                    kind: 'answer',
                    service: 'IBM Cloud Kubernetes Service',
                    note: 'GET /v2/getCluster answered 403 for this key; `ibmcloud ks` and the Terraform provider make the same read before any cluster or worker operation.'
                },
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-iam-platform-access-roles',
                    quote: 'With platform access roles, users can manage resources like clusters, worker pools, worker nodes, and add-ons.',
                    read: '2026-12'
                }
            ]
        },
        {
            id: 'cluster-access.not-found',
            says: 'IKS cannot find the cluster for this key (HTTP 404, G0004 / A0006): the operation names a cluster it cannot reach in the account, region and resource group targeted.',
            level: 'fail',
            sources: [
                {
                    kind: 'answer',
                    service: 'IBM Cloud Kubernetes Service',
                    note: 'GET /v2/getCluster answered 404 for this key; the operation resolves the cluster the same way.'
                },
                {
                    kind: 'error',
                    code: 'G0004',
                    text: 'The specified cluster could not be found. If applicable, make sure that you target the correct account and resource group.',
                    where: 'IBM docs, maximo-application-suite ts-failed-cluster-config-download (a Schematics log quoting IKS)'
                }
            ]
        },
        {
            id: 'cluster-access.mismatch',
            says: "The cluster is in another region or resource group than the inputs target: commands that target the inputs' region or group may not find it.",
            level: 'warn',
            sources: [
                {
                    kind: 'error',
                    code: 'G0004',
                    text: "To list the resource groups that you have access to, run 'ibmcloud resource groups'. To target the resource group, run 'ibmcloud target -g <resource_group>'.",
                    where: "IKS's recoveryCLI in the G0004 answer quoted by IBM docs, maximo-application-suite ts-failed-cluster-config-download"
                }
            ]
        }
    ],
    async run({ config, facts, target }) {
        let cluster;
        try {
            cluster = await facts.cluster(target);
        }
        catch (e) {
            // Anything but IBM's own 403/404 (a proxy's page included) is the engine's "could not verify".
            if (!(0,errors/* isIbmAnswer */.Bh)(e, 403, 404))
                throw e;
            const identity = await facts.identity().catch(() => undefined);
            const who = identity?.iamId ?? '<iam-id>';
            const policy = (roles, instance) => (0,ibmcloud/* iamPolicyCreate */.wf)(identity?.kind === 'service-id' ? 'service' : 'user', identity?.kind === 'service-id'
                ? who
                : (identity?.email ?? '<user-email>'), roles, [
                ['--service-name', 'containers-kubernetes'],
                ['--service-instance', instance]
            ]);
            if (e.status === 403) {
                return [
                    {
                        status: 'fail',
                        rule: 'cluster-access.forbidden',
                        summary: {
                            id: 'cluster-access.forbidden',
                            params: { cluster: target, answer: e.answer }
                        },
                        why: {
                            id: 'cluster-access.forbidden.why',
                            params: {
                                operation: config.operation,
                                role: { id: `common.role.${(0,helpers/* roleFor */.IJ)(config.operation)}` }
                            }
                        },
                        // IAM policies name the cluster by ID; the key cannot read it, so the ID is only known when it was given.
                        fix: [
                            {
                                text: { id: 'cluster-access.forbidden.fix' },
                                commands: [
                                    policy(`Viewer,${(0,helpers/* roleFor */.IJ)(config.operation)}`, CLUSTER_ID.test(target)
                                        ? target
                                        : `<ID of cluster ${target}>`)
                                ]
                            }
                        ],
                        ibm: (0,helpers/* ibmDiagnostics */.lJ)(e)
                    }
                ];
            }
            const hint = e.code === 'G0004'
                ? 'cluster-access.hint.G0004'
                : e.code === 'A0006'
                    ? 'cluster-access.hint.A0006'
                    : 'cluster-access.hint.other';
            return [
                {
                    status: 'fail',
                    rule: 'cluster-access.not-found',
                    summary: {
                        id: 'cluster-access.not-found',
                        params: { cluster: target, ...(0,helpers/* apiErrorParams */.JA)(e) }
                    },
                    why: { id: hint, params: { accountId: identity?.accountId ?? '?' } },
                    fix: [
                        {
                            text: { id: 'cluster-access.not-found.fix.list' },
                            commands: [ibmcloud/* cmd */.HW.target(), ibmcloud/* cmd */.HW.clusterLs('all')]
                        },
                        {
                            text: { id: 'cluster-access.not-found.fix.role' },
                            commands: [policy('Viewer')]
                        }
                    ],
                    ibm: (0,helpers/* ibmDiagnostics */.lJ)(e)
                }
            ];
        }
        // The cluster's state is cluster-state's to judge: here only whether it can be read, and where it is.
        const outcomes = [];
        const state = cluster.state ?? 'unknown';
        const retarget = [
            ibmcloud/* cmd */.HW.target({
                region: cluster.region,
                group: cluster.resourceGroupName ?? cluster.resourceGroupId
            })
        ];
        if (config.region !== undefined && config.region !== cluster.region) {
            outcomes.push({
                status: 'warn',
                summary: {
                    id: 'cluster-access.region-mismatch',
                    params: {
                        name: cluster.name,
                        actual: cluster.region,
                        given: config.region
                    }
                },
                why: { id: 'cluster-access.mismatch.why' },
                fix: [{ text: { id: 'cluster-access.mismatch.fix' }, commands: retarget }]
            });
        }
        const rg = config.resourceGroup;
        if (rg !== undefined &&
            rg !== cluster.resourceGroupId &&
            rg !== cluster.resourceGroupName) {
            outcomes.push({
                status: 'warn',
                summary: {
                    id: 'cluster-access.group-mismatch',
                    params: {
                        name: cluster.name,
                        actual: cluster.resourceGroupName ?? cluster.resourceGroupId,
                        given: rg
                    }
                },
                why: { id: 'cluster-access.mismatch.why' },
                fix: [{ text: { id: 'cluster-access.mismatch.fix' }, commands: retarget }]
            });
        }
        if (outcomes.length === 0) {
            outcomes.push({
                status: 'pass',
                summary: {
                    id: 'cluster-access.pass',
                    params: {
                        name: cluster.name,
                        id: cluster.id,
                        provider: cluster.provider,
                        region: cluster.region,
                        resourceGroup: cluster.resourceGroupName ?? cluster.resourceGroupId,
                        state
                    }
                }
            });
        }
        return outcomes;
    }
};

// EXTERNAL MODULE: ./src/intent/types.ts
var intent_types = __webpack_require__(739);
;// CONCATENATED MODULE: ./src/checks/operation-target.ts



const ID = 'operation-target';
// Operations that name a pool IKS must already have (a worker operation names one only to narrow it).
const NAMES_POOL = new Set([
    'worker-pool-resize',
    'worker-pool-delete',
    'worker-add',
    'zone-add',
    'worker-delete',
    'worker-reload',
    'worker-reboot',
    'worker-replace'
]);
const RULES = [
    {
        id: `${ID}.pool-unknown`,
        says: 'An operation on an existing worker pool names a pool (by name or ID) that IKS lists in the cluster.',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                text: 'The specified worker pool could not be found.',
                where: "IKS's HTTP 404 description for a pool it does not have, matched by IBM's Terraform provider (IBM-Cloud/terraform-provider-ibm, ibm/service/kubernetes resource_ibm_container_worker_pool.go and resource_ibm_container_vpc_worker_pool.go)"
            },
            {
                kind: 'sdk',
                repo: 'IBM-Cloud/container-services-go-sdk',
                path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go',
                quote: 'GetWorkerPools: List the worker pools in a cluster; each WorkerPoolResponse carries id and poolName, and the pool paths take {poolidOrName}'
            }
        ]
    },
    {
        id: `${ID}.pool-name-taken`,
        says: 'A worker pool create names a pool the cluster does not already have (pool names are unique in a cluster), unless the same plan deletes that pool first.',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                code: 'E0d39',
                text: 'A worker pool with the same name already exists within the cluster. Choose another name.',
                where: 'HTTP 409 body in IBM-Cloud/terraform-provider-ibm#3444 (2022), creating ibm_container_worker_pool'
            }
        ]
    },
    {
        id: `${ID}.pool-name-order`,
        says: 'A worker pool create whose name another resource of the same plan deletes: Terraform orders the two only when one depends on the other, so the create may meet the old pool (E0d39).',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'E0d39 refuses a second pool of the same name; whether the delete ends before the create depends on the plan graph, which the JSON plan does not order for unrelated resources.'
            }
        ]
    },
    {
        id: `${ID}.zone-region`,
        says: "A VPC zone of the operation is one of IKS's VPC zones in the cluster's region.",
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://github.com/ibm-cloud-docs/openshift/blob/master/cluster-create-vpc-gen2.md',
                quote: 'Make sure that you use a zone that matches the metro city location that you selected when you created your VPC and that you have an existing VPC subnet for that zone. For example, if you created your VPC in the Dallas metro city, your zone must be set to `us-south-1`, `us-south-2`, or `us-south-3`.',
                read: 'ibm-cloud-docs/openshift@e8eca99b'
            },
            {
                kind: 'sdk',
                repo: 'IBM-Cloud/container-services-go-sdk',
                path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go',
                quote: 'VpcGetZones: GET /v2/vpc/getZones?provider=vpc-gen2'
            }
        ]
    },
    {
        id: `${ID}.zone-unknown`,
        says: 'A classic zone of the operation is one of the zones IKS lists (GET /v1/zones).',
        level: 'fail',
        sources: [
            {
                kind: 'sdk',
                repo: 'IBM-Cloud/container-services-go-sdk',
                path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go',
                quote: 'GetZones : List available zones (data centers) - List available zones (data centers) where you can create a cluster.'
            }
        ]
    },
    {
        id: `${ID}.zone-in-pool`,
        says: 'A zone add names a zone the worker pool does not have yet.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'No public IBM source says whether IKS refuses a zone add of a zone already in the pool (docs/ibm-api-assumptions.md); adding it again changes nothing at best.'
            }
        ]
    }
];
const names = (list) => list.length > 0 ? list.join(', ') : 'none';
/** The zone names an operation gives (known now); subnets or VLANs without their zone name none. */
function zoneNames(o) {
    const zones = (0,intent_types/* known */.eO)(o.zones);
    if (zones === undefined)
        return [];
    return zones.flatMap(p => {
        const z = (0,intent_types/* known */.eO)(p.zone);
        return z === undefined ? [] : [z];
    });
}
/**
 * VPC zones of the operation that are not IKS's zones of `region`: one fail naming them, the region's zones
 * and, for a zone of another region, that region. Undefined when every zone resolves, or the region has no
 * VPC zone at all (vpc-region judges the region itself).
 */
function zonesOutsideRegion(zones, region, iksZones, operation) {
    const here = iksZones.filter(z => (0,intent_types/* regionOfZone */.wA)(z) === region).sort();
    if (here.length === 0)
        return 'no-region';
    const bad = zones.filter(z => !here.includes(z));
    if (bad.length === 0)
        return undefined;
    const elsewhere = bad.map((z) => {
        const r = (0,intent_types/* regionOfZone */.wA)(z);
        return iksZones.includes(z) && r !== undefined
            ? {
                id: 'operation-target.detail.zone.other-region',
                params: { zone: z, region: r }
            }
            : { id: 'operation-target.detail.zone.not-listed', params: { zone: z } };
    });
    return {
        status: 'fail',
        rule: `${ID}.zone-region`,
        summary: {
            id: 'operation-target.zone-region',
            params: { zones: bad.join(', '), region, operation, here: here.join(', ') }
        },
        why: { id: 'operation-target.zone-region.why' },
        fix: [
            {
                text: { id: 'operation-target.zone-region.fix', params: { region } },
                commands: [ibmcloud/* cmd */.HW.zoneLs('vpc-gen2')]
            }
        ],
        details: elsewhere
    };
}
/**
 * VPC zones against IKS's VPC zones of the region; classic zones against IKS's classic zones (GET /v1/zones),
 * which name their metro, not their region: a classic zone of another region is not caught here.
 */
async function resolveZones(ctx, zones, provider, region, operation) {
    const list = zones.join(', ');
    if (provider === 'vpc-gen2') {
        const outside = zonesOutsideRegion(zones, region, await ctx.facts.vpcZones(), operation);
        if (outside === 'no-region')
            return {
                line: `zones ${list}: IKS lists no VPC zone in region ${region}; not resolved`,
                verified: false
            };
        if (outside)
            return { problem: outside, line: '', verified: true };
        return {
            line: `zones ${list}: VPC zones of region ${region}`,
            verified: true
        };
    }
    if (provider !== 'classic')
        return {
            line: `zones ${list}: provider ${provider ?? 'unknown'}; not resolved`,
            verified: false
        };
    const listed = await ctx.facts.classicZones();
    const ids = listed.map(z => z.id);
    const unknown = zones.filter(z => !ids.includes(z));
    if (unknown.length > 0)
        return {
            problem: {
                status: 'fail',
                rule: `${ID}.zone-unknown`,
                summary: {
                    id: 'operation-target.zone-unknown',
                    params: { zones: unknown.join(', '), operation }
                },
                why: { id: 'operation-target.zone-unknown.why' },
                fix: [
                    {
                        text: { id: 'operation-target.zone-unknown.fix' },
                        commands: [ibmcloud/* cmd */.HW.zoneLs('classic')]
                    }
                ],
                details: [`IKS's classic zones: ${ids.sort().join(', ')}`]
            },
            line: '',
            verified: true
        };
    const metros = zones.map(z => `${z}: metro ${listed.find(l => l.id === z)?.metro ?? 'not named'}`);
    return {
        line: `zones ${list}: classic zones IKS lists (${metros.join('; ')}); IKS names no region for them, so the region is not checked`,
        verified: true
    };
}
/** What a plan does with a pool of this name on the same cluster besides `o`. */
function planDeletes(all, pool) {
    return all.some(d => d.operation === 'worker-pool-delete' && (0,intent_types/* known */.eO)(d.pool) === pool);
}
function plansCreate(all, pool) {
    return all.some(c => c.operation === 'worker-pool-create' && (0,intent_types/* known */.eO)(c.pool) === pool);
}
/** A create whose name is taken: a fail (E0d39), fine when the same resource is deleted first, a warn when another is. */
function nameTaken(o, name, cluster, all) {
    const src = o.source;
    if (src.kind === 'plan' && src.actions.join(',') === 'delete,create')
        return undefined;
    const params = { pool: name, name: cluster.name };
    const others = all.filter(d => d.operation === 'worker-pool-delete' &&
        (0,intent_types/* known */.eO)(d.pool) === name &&
        !(d.source.kind === 'plan' &&
            src.kind === 'plan' &&
            d.source.address === src.address));
    if (others.length > 0)
        return {
            outcome: {
                status: 'warn',
                rule: `${ID}.pool-name-order`,
                summary: { id: 'operation-target.pool-name-order', params },
                why: { id: 'operation-target.pool-name-order.why' },
                fix: [{ text: { id: 'operation-target.pool-name-order.fix' } }]
            }
        };
    const replace = src.kind === 'plan' && src.actions.join(',') === 'create,delete';
    return {
        outcome: {
            status: 'fail',
            rule: `${ID}.pool-name-taken`,
            summary: {
                id: replace
                    ? 'operation-target.pool-name-taken-replace'
                    : 'operation-target.pool-name-taken',
                params: replace ? { ...params, address: src.address } : params
            },
            why: { id: 'operation-target.pool-name-taken.why' },
            fix: [
                {
                    text: {
                        id: replace
                            ? 'operation-target.pool-name-taken-replace.fix'
                            : 'operation-target.pool-name-taken.fix'
                    },
                    commands: [ibmcloud/* cmd */.HW.workerPoolLs(cluster.id)]
                }
            ]
        }
    };
}
async function forNewCluster(ctx) {
    const { config, facts, target } = ctx;
    const intents = (0,helpers/* intentsOrBare */.fR)(config, [target]);
    const zones = [...new Set(intents.flatMap(zoneNames))];
    if (zones.length === 0)
        return [
            {
                status: 'skip',
                summary: {
                    id: 'operation-target.nothing',
                    params: { operation: config.operation }
                }
            }
        ];
    const t = await facts.target(target);
    const provider = intents[0]?.provider ?? config.provider ?? t.provider;
    const answer = await resolveZones(ctx, zones, provider, t.region, config.operation);
    if (answer.problem)
        return [answer.problem];
    if (!answer.verified)
        return [
            {
                status: 'skip',
                summary: {
                    id: 'operation-target.not-resolved',
                    params: { operation: config.operation }
                },
                details: [answer.line]
            }
        ];
    return [
        {
            status: 'pass',
            summary: {
                id: provider === 'vpc-gen2'
                    ? 'operation-target.pass-zones'
                    : 'operation-target.pass-classic-zones',
                params: { zones: zones.join(', '), region: t.region }
            },
            details: [answer.line]
        }
    ];
}
/**
 * Everything the operation names resolves before other checks judge it: the worker pool (by name or ID) in
 * IKS's pool list, a new pool's name free (E0d39), the zones among IKS's VPC zones of the cluster's region,
 * a zone add's zones new to the pool. One finding per name that does not resolve; the checks that read the
 * target (worker-minimum, flavor, vpc-subnets, …) require this one and say "not checked" when it fails.
 */
const operationTargetCheck = {
    id: 'operation-target',
    family: 'credentials',
    title: 'operation-target.title',
    scope: 'cluster',
    operations: [
        'cluster-create',
        'worker-add',
        'worker-delete',
        'worker-reload',
        'worker-reboot',
        'worker-replace',
        'worker-pool-resize',
        'worker-pool-create',
        'worker-pool-delete',
        'zone-add'
    ],
    requires: ['api-key', 'cluster-access'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-add-workers',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: RULES,
    async run(ctx) {
        const { config, facts, target } = ctx;
        if (config.operation === 'cluster-create')
            return forNewCluster(ctx);
        const cluster = await facts.cluster(target);
        const refs = [target, cluster.id, cluster.name];
        const intents = (0,helpers/* intentsOf */.H$)(config, refs);
        // Every operation of the run on this cluster (a plan's other passes too): a pool the plan creates
        // resolves for the resize that follows it.
        const everything = config.intent.clusters
            .filter(c => {
            const ref = (0,intent_types/* known */.eO)(c.cluster.nameOrId);
            return ref !== undefined && refs.includes(ref);
        })
            .flatMap(c => c.operations);
        const wantsPools = intents.some(o => (0,intent_types/* known */.eO)(o.pool) !== undefined &&
            (NAMES_POOL.has(o.operation) || o.operation === 'worker-pool-create'));
        const wantsZones = intents.some(o => zoneNames(o).length > 0);
        if (!wantsPools && !wantsZones)
            return [
                {
                    status: 'skip',
                    summary: {
                        id: 'operation-target.nothing',
                        params: { operation: config.operation }
                    }
                }
            ];
        const pools = wantsPools
            ? await facts.workerPools(cluster.id)
            : [];
        const poolNames = pools.map(p => p.name ?? p.id);
        const problems = [];
        const resolved = [];
        // Only what was resolved may pass: classic zones alone are "not checked".
        let verified = 0;
        for (const o of intents) {
            const ref = (0,intent_types/* known */.eO)(o.pool);
            let pool;
            if (ref !== undefined && o.operation === 'worker-pool-create') {
                const taken = pools.find(p => p.name === ref);
                const problem = taken && nameTaken(o, ref, cluster, everything);
                if (problem)
                    problems.push(problem.outcome);
                else if (taken)
                    resolved.push(`pool ${ref}: the plan deletes the pool of this name first`);
                else
                    resolved.push(`pool ${ref}: a new name in cluster ${cluster.name}`);
                verified++;
            }
            else if (ref !== undefined && NAMES_POOL.has(o.operation)) {
                pool = (0,helpers/* poolByRef */.th)(pools, ref);
                verified++;
                if (pool !== undefined)
                    resolved.push(`pool ${ref}: ${pool.name ?? pool.id} (${pool.id}), zones ${names(pool.zones.map(z => z.id))}`);
                else if (plansCreate(everything, ref) && !planDeletes(everything, ref))
                    resolved.push(`pool ${ref}: created by the same plan`);
                else
                    problems.push({
                        status: 'fail',
                        rule: `${ID}.pool-unknown`,
                        summary: {
                            id: 'operation-target.pool-unknown',
                            params: { pool: ref, name: cluster.name, pools: names(poolNames) }
                        },
                        why: { id: 'operation-target.pool-unknown.why' },
                        fix: [
                            {
                                text: { id: 'operation-target.pool-unknown.fix' },
                                commands: [ibmcloud/* cmd */.HW.workerPoolLs(cluster.id)]
                            }
                        ],
                        details: pools.map(p => `${p.name ?? '(no name)'}: ${p.id}`)
                    });
            }
            else if ((0,intent_types/* isAfterApply */.VT)(o.pool))
                resolved.push('pool: known after apply, not resolved');
            const zones = zoneNames(o);
            if (zones.length === 0)
                continue;
            const answer = await resolveZones(ctx, zones, cluster.provider, cluster.region, o.operation);
            if (answer.problem)
                problems.push(answer.problem);
            else
                resolved.push(answer.line);
            if (answer.verified && !answer.problem)
                verified++;
            if (o.operation === 'zone-add' && pool !== undefined) {
                const has = pool.zones.map(z => z.id);
                const again = zones.filter(z => has.includes(z));
                if (again.length > 0)
                    problems.push({
                        status: 'warn',
                        rule: `${ID}.zone-in-pool`,
                        summary: {
                            id: 'operation-target.zone-in-pool',
                            params: {
                                zones: again.join(', '),
                                pool: pool.name ?? pool.id,
                                has: names(has)
                            }
                        },
                        why: { id: 'operation-target.zone-in-pool.why' },
                        fix: [
                            {
                                text: { id: 'operation-target.zone-in-pool.fix' },
                                commands: [ibmcloud/* cmd */.HW.workerPoolLs(cluster.id)]
                            }
                        ]
                    });
            }
        }
        if (problems.length > 0)
            return problems;
        if (verified === 0)
            return [
                {
                    status: 'skip',
                    summary: {
                        id: 'operation-target.not-resolved',
                        params: { operation: config.operation }
                    },
                    details: resolved
                }
            ];
        return [
            {
                status: 'pass',
                summary: {
                    id: 'operation-target.pass',
                    params: { operation: config.operation, name: cluster.name }
                },
                details: resolved
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/checks/sources.ts
/**
 * IBM sources cited by several checks' rules (docs/rules.md). Quotes are IBM's words as read on the date
 * given; a page IBM rewrites is re-read and its date moved, never its words guessed.
 */
const INFRA_ERRORS = 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors';
const WORKER_ISSUES = 'https://cloud.ibm.com/docs/containers?topic=containers-common_worker_nodes_issues';
/** "Why can't I create or delete clusters or worker nodes?" (ibm-cloud-docs/containers), by section. */
const infraErrors = {
    credentials: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#cs_credentials`,
        quote: 'The infrastructure credentials that are set for the region and resource group are missing the appropriate infrastructure permissions.',
        read: '2026-12'
    },
    unlinked: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#cs_credentials`,
        quote: 'We were unable to connect to your Softlayer account. Creating a standard cluster requires that you have either a Pay-As-You-Go account that is linked to an IBM Cloud infrastructure account term or that you have used the Kubernetes service CLI to set your Infrastructure API keys.',
        read: '2026-12'
    },
    orphaned: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#orphaned`,
        quote: "The cluster might be provisioned in a classic IBM Cloud infrastructure account that is no longer linked to your IBM Cloud Kubernetes Service account. The cluster is orphaned. Because the resources are in a different account, you don't have the infrastructure credentials to modify the resources.",
        read: '2026-12'
    },
    switchOrphans: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#orphaned`,
        quote: "You follow the resolution steps in the following section, but don't set your infrastructure credentials back to your team account. You can delete `Cluster1`, but now `Cluster2` is orphaned.",
        read: '2026-12'
    },
    vpe: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#vpe-ts`,
        quote: 'If the VPE gateway for your cluster is not correctly created in your VPC, the VPE gateway is deleted from your VPC, or the IP address that is reserved for the VPE is deleted from your VPC subnet, worker nodes lose connectivity with the Kubernetes master.',
        read: '2026-12'
    },
    vpeNotStable: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#vpe-ts`,
        quote: 'If the gateway for your cluster is listed but its status is not `Stable`, open a support case.',
        read: '2026-12'
    },
    paid: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#cs_totp`,
        quote: 'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.',
        read: '2026-12'
    },
    totp: {
        kind: 'doc',
        url: `${INFRA_ERRORS}#cs_totp`,
        quote: "TOTP MFA also affects the access that IBM Cloud Kubernetes Service requires to make calls to IBM Cloud infrastructure. If TOTP is enabled for the account, you can't create and manage clusters and worker nodes in IBM Cloud Kubernetes Service.",
        read: '2026-12'
    }
};
/** "Common issues with worker nodes" (ibm-cloud-docs/containers), by section. */
const workerIssues = {
    ownerGone: {
        kind: 'doc',
        url: `${WORKER_ISSUES}#instance-not-found`,
        quote: 'Provided user not found or active … The owner of the API key that is used to access the IBM Cloud infrastructure portfolio does not have the required permissions to perform the action, or might be pending deletion.',
        read: '2026-12'
    },
    vlanNotFound: {
        kind: 'doc',
        url: `${WORKER_ISSUES}#no-network-vlan`,
        quote: 'Could not obtain network VLAN with ID: <vlan-id> … The VLAN ID might not be associated with the IBM Cloud infrastructure account that you use. To list available VLAN IDs for your account, run `ibmcloud ks vlan ls --zone <zone>`.',
        read: '2026-12'
    }
};

// EXTERNAL MODULE: ./src/commands/iam.ts
var iam = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/checks/cluster-api-key.ts





/** Name, e-mail and the key's ID; the words around the ID are a message, so Japanese reads API キー. */
const ownerLabel = (o) => {
    const who = [o.name, o.email && `<${o.email}>`].filter(Boolean).join(' ');
    if (!o.apiKeyId)
        return who;
    return who
        ? {
            id: 'cluster-api-key.owner.detail.with-key',
            params: { owner: who, key: o.apiKeyId }
        }
        : { id: 'cluster-api-key.owner.detail.key-only', params: { key: o.apiKeyId } };
};
function resetSteps(t) {
    return [
        {
            text: { id: 'cluster-api-key.reset.fix' },
            commands: ibmcloud/* sequences */.X7.apiKeyReset(t.region, (0,helpers/* groupArg */.MJ)(t))
        }
    ];
}
const readUsers = (ctx) => ctx.facts.accountUsers().then(users => ({ ok: true, users }), (error) => ({ ok: false, error }));
const norm = (s) => s?.trim().toLowerCase() || undefined;
/**
 * An owner without an e-mail, or whose name or e-mail carries `ServiceId-` (IBM's IAM ID prefix), is a
 * service ID. IKS names the owner by name and e-mail only (clusterkeyowner): without an e-mail there is
 * nothing to find among the account's users, and service IDs are not users.
 */
const isServiceIdOwner = (o) => !o.email || /(^|[^a-z])ServiceId-/i.test(`${o.name ?? ''} ${o.email}`);
/**
 * User states IBM documents (User Management API and "Updating a user's status"): only ACTIVE is a working
 * user. DISABLED_CLASSIC_INFRASTRUCTURE keeps the console and platform (IAM) resources but loses classic
 * infrastructure: a classic cluster's infrastructure calls fail, a VPC cluster's do not touch it (warn: IKS
 * does not document whether it accepts such an owner). Every other state (PENDING, PROCESSING, VPN_ONLY,
 * SUSPENDED, IAMID_INVALID, ERROR_WHILE_*, or one IBM adds later) is not active: IKS's own words are
 * "Provided user not found or active".
 */
const LIMITED_STATE = 'DISABLED_CLASSIC_INFRASTRUCTURE';
/**
 * IAM refuses the key of a user who is not an active member ("Provided user not found or active"): pending
 * invitations, suspended and invalid users, and on classic a user without classic infrastructure. VPN_ONLY
 * has no documented effect on IKS (it limits console login), PROCESSING is a transition: warnings.
 */
const REFUSED = new Set([
    'pending',
    'suspended',
    'invalid',
    'no-classic'
]);
const STATE_MEANING = new Map([
    ['PENDING', 'pending'],
    ['PROCESSING', 'processing'],
    ['VPN_ONLY', 'vpn-only'],
    ['SUSPENDED', 'suspended'],
    ['IAMID_INVALID', 'invalid'],
    // The SDK's search example spells it INVALID.
    ['INVALID', 'invalid'],
    [LIMITED_STATE, 'no-classic']
]);
function ownerFix(t, clusterRef) {
    return [
        {
            text: {
                id: 'cluster-api-key.owner.fix',
                params: { region: t.region, resourceGroup: (0,helpers/* groupArg */.MJ)(t) }
            },
            commands: ibmcloud/* sequences */.X7.apiKeyReset(t.region, (0,helpers/* groupArg */.MJ)(t))
        },
        ...(clusterRef
            ? [
                {
                    text: { id: 'cluster-api-key.owner.fix.verify' },
                    commands: [ibmcloud/* cmd */.HW.apiKeyInfo(clusterRef)]
                }
            ]
            : [])
    ];
}
/** The part that was verified when the owner's state could not be: the stored key and its owner's name. */
const keyVerified = (pass) => ({
    id: 'cluster-api-key.owner.detail.key-verified',
    params: pass.summary.params
});
/**
 * Is the owner of the stored key still a working user of the account? The check's outcomes once the key
 * is known: the key's pass with the owner's state in its details, or the finding that replaces it.
 */
async function ownerOutcomes(ctx, t, owner, read, pass, clusterRef) {
    const label = ownerLabel(owner);
    if (isServiceIdOwner(owner))
        return [
            {
                ...pass,
                details: [
                    {
                        id: 'cluster-api-key.owner.detail.service-id',
                        params: { owner: label }
                    }
                ]
            }
        ];
    if (!read.ok) {
        if (!(read.error instanceof errors.ApiError))
            throw read.error;
        const who = await ctx.facts.identity().catch(() => undefined);
        // The key is there; only its owner's state is unknown: not a pass, and the verified part is kept.
        return [
            {
                ...(0,helpers/* couldNotVerify */.ke)(read.error, who, t.name),
                details: [keyVerified(pass)]
            }
        ];
    }
    const email = norm(owner.email);
    const matches = read.users.filter(u => norm(u.email) === email || norm(u.userId) === email);
    const accountId = await ctx.facts.accountId();
    const where = { region: t.region, resourceGroup: (0,helpers/* groupLabel */.AM)(t), accountId };
    if (matches.length === 0) {
        // Without a role on User Management, IBM may list only the caller ("unrestricted view"): an owner
        // missing from such a list is not evidence that the owner left.
        const caller = (await ctx.facts.token()).claims.iamId;
        if (read.users.every(u => u.iamId === caller))
            return [
                {
                    status: 'error',
                    summary: {
                        id: 'cluster-api-key.owner.self-only',
                        params: { owner: label, accountId }
                    },
                    details: [keyVerified(pass)],
                    why: { id: 'common.could-not-verify.why' },
                    fix: [
                        {
                            text: { id: 'cluster-api-key.owner.self-only.fix' },
                            commands: [
                                (0,iam/* policyCreate */.lF)(await ctx.facts.identity().catch(() => undefined), iam/* USER_MANAGEMENT_VIEWER */.R9)
                            ]
                        }
                    ]
                }
            ];
        return [
            {
                status: 'fail',
                rule: 'cluster-api-key.owner-active',
                summary: {
                    id: 'cluster-api-key.owner-gone',
                    params: { owner: label, email: owner.email ?? '', ...where }
                },
                why: {
                    id: 'cluster-api-key.owner.why',
                    params: { operation: ctx.config.operation }
                },
                fix: ownerFix(t, clusterRef)
            }
        ];
    }
    const user = matches.find(u => u.state === 'ACTIVE') ?? matches[0];
    const state = user.state ?? '';
    if (state === 'ACTIVE')
        return [
            {
                ...pass,
                details: [
                    {
                        id: 'cluster-api-key.owner.detail.active',
                        params: { owner: label, iamId: user.iamId ?? '?', accountId }
                    }
                ]
            }
        ];
    const limitedOnVpc = state === LIMITED_STATE && t.provider !== 'classic';
    const meaning = limitedOnVpc
        ? 'no-classic-vpc'
        : (STATE_MEANING.get(state) ?? 'other');
    // Only states IBM documents as not active fail; VPN_ONLY, PROCESSING and states IBM adds later warn.
    const refused = REFUSED.has(meaning);
    return [
        {
            status: refused ? 'fail' : 'warn',
            rule: refused
                ? 'cluster-api-key.owner-active'
                : 'cluster-api-key.owner-state',
            summary: {
                id: 'cluster-api-key.owner-inactive',
                params: {
                    owner: label,
                    iamId: user.iamId ?? '?',
                    state: state || '(none)',
                    ...where
                }
            },
            why: {
                id: `cluster-api-key.owner-inactive.why.${meaning}`,
                params: { operation: ctx.config.operation }
            },
            fix: ownerFix(t, clusterRef)
        }
    ];
}
/**
 * For a create: is a key stored for the region and group? Asks a sibling cluster there; undefined = cannot
 * tell. When there is a sibling, the account's users are asked at the same time as its key owner.
 */
async function storedKeyForCreate(ctx, t) {
    const sibling = (await ctx.facts.clusters()).find(c => c.region === t.region && c.resourceGroupId === t.resourceGroupId);
    if (!sibling)
        return { owner: undefined };
    const users = readUsers(ctx);
    try {
        return { owner: await ctx.facts.keyOwner(sibling.id, (0,helpers/* scopeOf */.Od)(t)), users };
    }
    catch (e) {
        if ((0,errors/* isHttpError */.d)(e, 404))
            return { owner: null };
        throw e;
    }
}
/**
 * The API key IKS stores for the region and resource group exists, and its owner is still an active user
 * of the account (User Management).
 */
const clusterApiKeyCheck = {
    id: 'cluster-api-key',
    family: 'credentials',
    title: 'cluster-api-key.title',
    scope: 'cluster',
    requires: ['api-key', 'cluster-access'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
    needs: "Viewer platform role on Kubernetes Service; Viewer on IAM Identity to read account settings; Viewer on User Management to read the key owner's state",
    rules: [
        {
            id: 'cluster-api-key.owner-active',
            says: "IKS makes a cluster's infrastructure and IAM calls with the API key stored for its region and resource group: when that key's owner is no longer an active user of the account (gone, invited but pending, suspended, invalid, or without classic infrastructure on a classic cluster), those calls fail.",
            level: 'fail',
            sources: [
                workerIssues.ownerGone,
                {
                    kind: 'error',
                    code: 'BXNIM0410E',
                    text: 'Provided user not found or active',
                    where: 'IBM docs, containers common_worker_nodes_issues#instance-not-found (the IAM answer IKS passes on)'
                }
            ]
        },
        {
            id: 'cluster-api-key.owner-state',
            says: 'A key owner in a state IBM does not document as refused by IKS (VPN_ONLY, PROCESSING, DISABLED_CLASSIC_INFRASTRUCTURE on a VPC cluster, or a state IBM adds later) is reported as a warning.',
            level: 'warn',
            sources: [
                {
                    kind: 'sdk',
                    repo: 'IBM/platform-services-go-sdk',
                    path: 'usermanagementv1/user_management_v1.go',
                    quote: 'UserProfile.State: The state of the user. Possible values are PROCESSING, PENDING, ACTIVE, DISABLED_CLASSIC_INFRASTRUCTURE, and VPN_ONLY.'
                }
            ]
        },
        {
            id: 'cluster-api-key.stored',
            says: "IKS has no API key stored for the cluster's region and resource group (E0046): the operation has no key to make its infrastructure calls with.",
            level: 'fail',
            sources: [
                {
                    kind: 'answer',
                    service: 'IBM Cloud Kubernetes Service',
                    note: 'GET /v1/clusterkeyowner answered 404 for the cluster: IKS itself reports no stored key for its region and resource group.'
                },
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
                    quote: 'IBM Cloud Kubernetes Service accesses the infrastructure portfolio and other services needed by your cluster by using an API key.',
                    read: 'ibm-cloud-docs/containers@005fbfe7ff6607b3522dae9e978fa6126f5cc93d'
                }
            ]
        },
        {
            id: 'cluster-api-key.creator',
            says: 'A create by a service ID, or in an account that restricts API key creation, needs a role this run does not read (Operator on IAM Identity; User API key creator): a warning naming the role.',
            level: 'warn',
            sources: [
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
                    quote: 'Make sure that the identity that is used to run this command has the required Administrator platform role in IBM Cloud Kubernetes Service, the Operator platform role in the IAM Identity Service if you are using a service ID',
                    read: 'ibm-cloud-docs/containers@005fbfe7ff6607b3522dae9e978fa6126f5cc93d'
                },
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/account?topic=account-allow-api-create',
                    quote: 'If the API key creation setting is turned on, only users, including the account owner, assigned the `User API key creator` role on the IAM Identity Service can create API keys.',
                    read: '2026-12'
                }
            ],
            history: "Until this version the service-ID case failed, after public reports of A0656 and A03e9b; IBM's access-creds page (lastupdated 2026-07-27) recommends service IDs as key owners given the Operator role on IAM Identity, so the case warns."
        }
    ],
    async run(ctx) {
        // A create looks for a sibling cluster in the cluster list: asked now (memoised), beside the resource
        // group lookup the target needs, not after it: one round trip less. (The memoised promise observes its
        // own failure; the check meets it again below.)
        if (ctx.config.operation === 'cluster-create')
            void ctx.facts.clusterList();
        const t = await ctx.facts.target(ctx.target);
        const where = { region: t.region, resourceGroup: (0,helpers/* groupLabel */.AM)(t) };
        if (t.kind === 'existing') {
            const ref = t.id ?? t.ref;
            // The users are asked together with the key owner: the owner's state costs no extra round trip.
            const users = readUsers(ctx);
            try {
                const owner = await ctx.facts.keyOwner(ref, (0,helpers/* scopeOf */.Od)(t));
                const pass = {
                    status: 'pass',
                    summary: {
                        id: 'cluster-api-key.pass',
                        params: { owner: ownerLabel(owner), ...where }
                    }
                };
                return await ownerOutcomes(ctx, t, owner, await users, pass, t.name);
            }
            catch (e) {
                if (!(0,errors/* isHttpError */.d)(e, 404))
                    throw e;
                return [
                    {
                        status: 'fail',
                        rule: 'cluster-api-key.stored',
                        summary: {
                            id: 'cluster-api-key.missing',
                            params: { ...where, ...(0,helpers/* apiErrorParams */.JA)(e) }
                        },
                        why: {
                            id: 'cluster-api-key.missing.why',
                            params: { operation: ctx.config.operation }
                        },
                        fix: resetSteps(t),
                        ibm: (0,helpers/* ibmDiagnostics */.lJ)(e)
                    }
                ];
            }
        }
        const { owner: stored, users } = await storedKeyForCreate(ctx, t);
        if (stored && users)
            return ownerOutcomes(ctx, t, stored, await users, {
                status: 'pass',
                summary: {
                    id: 'cluster-api-key.pass',
                    params: { owner: ownerLabel(stored), ...where }
                }
            });
        const identity = await ctx.facts.identity();
        // IBM's current pages name what a service ID or a restricted account needs (Operator on IAM Identity,
        // User API key creator); the caller may hold it, and we do not read its roles: warnings.
        const status = 'warn';
        if (identity.kind === 'service-id') {
            return [
                {
                    status,
                    rule: 'cluster-api-key.creator',
                    summary: {
                        id: stored === null
                            ? 'cluster-api-key.service-id'
                            : 'cluster-api-key.service-id-unknown',
                        params: { caller: identity.iamId, ...where }
                    },
                    why: { id: 'cluster-api-key.service-id.why' },
                    fix: [
                        ...resetSteps(t),
                        {
                            text: { id: 'cluster-api-key.service-id.fix.operator' },
                            commands: [
                                (0,ibmcloud/* iamPolicyCreate */.wf)('service', identity.iamId, 'Operator', [
                                    ['--service-name', 'iam-identity']
                                ])
                            ]
                        }
                    ]
                }
            ];
        }
        const settings = await ctx.facts.accountSettings();
        if (settings.restrictCreatePlatformApikey === 'RESTRICTED') {
            return [
                {
                    status,
                    rule: 'cluster-api-key.creator',
                    summary: {
                        id: stored === null
                            ? 'cluster-api-key.restricted'
                            : 'cluster-api-key.restricted-unknown',
                        params: { accountId: identity.accountId, ...where }
                    },
                    why: { id: 'cluster-api-key.restricted.why' },
                    fix: [
                        {
                            text: { id: 'cluster-api-key.restricted.fix' },
                            commands: [
                                (0,ibmcloud/* iamPolicyCreate */.wf)('user', identity.email ?? '<user-email>', 'User API key creator', [['--service-name', 'iam-identity']])
                            ]
                        },
                        ...resetSteps(t)
                    ]
                }
            ];
        }
        return [
            {
                status: 'pass',
                summary: {
                    id: 'cluster-api-key.pass-will-create',
                    params: { caller: identity.name ?? identity.iamId, ...where }
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/checks/cluster-state.ts






const STATES_DOC = 'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference';
const OPENSHIFT_DOCS = 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759';
// The copy of the states page read at OPENSHIFT_DOCS (same text as the containers page).
const OPENSHIFT_STATES = 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-states-reference';
// IKS cannot run a change on a cluster in these states (IBM's cluster states page, rule cluster-state.blocking).
const BLOCKING_STATES = new Set([
    'aborted',
    'delete_failed',
    'deleted',
    'deleting',
    'deploy_failed',
    'deploying'
]);
// Failed states do not settle by themselves.
const FAILED_STATES = new Set(['aborted', 'delete_failed', 'deploy_failed']);
// Out of support: IBM lets you delete the cluster or workers and update the master, not add or reload workers.
const UNSUPPORTED_BLOCKS = new Set([
    'worker-add',
    'worker-reload',
    'worker-replace',
    'worker-pool-create',
    'zone-add'
]);
// The cluster works but IBM reports trouble or a change in progress: worth a look before changing it.
// `requested`: the create is sent, the master not deployed yet; IBM documents no refusal.
const DEGRADED_STATES = new Set([
    'critical',
    'warning',
    'updating',
    'requested'
]);
// Master states in which a master operation is running (container-services-go-sdk CommonClusterLifecycle).
const MASTER_BUSY = new Set(['deploying', 'updating', 'deleting']);
// Operations on existing workers or their pool: they collide with another operation on those workers.
const WORKER_OPERATIONS = new Set([
    'worker-add',
    'worker-delete',
    'worker-reload',
    'worker-reboot',
    'worker-replace',
    'worker-pool-resize',
    'worker-pool-delete',
    'zone-add'
]);
// Worker states (SDK comment on WorkerLifecycle.actualState) in which another operation is under way or stuck.
const WORKER_BUSY = new Set(['reloading', 'reload_pending']);
const failedWorker = (w) => normaliseState(w.state ?? '').endsWith('_failed');
function workerBusy(w, operation) {
    const state = normaliseState(w.state ?? '');
    // A failed worker is what a replace fixes (IBM's fix for deploy_failed workers), not a collision with it.
    if (operation === 'worker-replace' && failedWorker(w))
        return w.pendingOperation !== undefined;
    return (w.pendingOperation !== undefined ||
        WORKER_BUSY.has(state) ||
        failedWorker(w));
}
const cluster_state_RULES = [
    {
        id: 'cluster-state.blocking',
        says: 'A cluster that is deploying, deploy_failed, deleting, deleted, delete_failed or aborted takes no change but its delete.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: `${OPENSHIFT_STATES}#cluster-state-deploying`,
                quote: "The Kubernetes master is not fully deployed yet. You can't access your cluster.",
                read: OPENSHIFT_DOCS
            },
            {
                kind: 'doc',
                url: `${OPENSHIFT_STATES}#cluster-state-deploy-failed`,
                quote: "The deployment of the Kubernetes master can't be completed. You can't resolve this state.",
                read: OPENSHIFT_DOCS
            },
            {
                kind: 'doc',
                url: `${OPENSHIFT_STATES}#cluster-state-deleting`,
                quote: "The cluster is being deleted and cluster infrastructure is being dismantled. You can't access the cluster.",
                read: OPENSHIFT_DOCS
            },
            {
                kind: 'doc',
                url: `${OPENSHIFT_STATES}#cluster-state-aborted`,
                quote: 'You sent a delete request before the Kubernetes master deployment completed.',
                read: OPENSHIFT_DOCS
            }
        ],
        history: 'Re-read for issue 19 on the OpenShift copy of the page (same text as containers): deploying, deploy_failed, deleting, deleted, delete_failed and aborted confirmed. pending ("The Kubernetes master is deployed. The worker nodes are provisioning") and requested were blockers until issue 19 and are removed: IBM documents no refusal in them (pending passes, requested warns).'
    },
    {
        id: 'cluster-state.unsupported',
        says: 'An unsupported cluster cannot add or reload workers (worker-add, pool create, zone add, a resize that grows, reload, replace); deleting workers, shrinking and updating the master stay allowed.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: `${OPENSHIFT_STATES}#cluster-state-unsupported`,
                quote: "Additionally, you can't add or reload worker nodes. To continue receiving important security updates and support, you must update your cluster.",
                read: OPENSHIFT_DOCS
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
                quote: 'You can still delete the cluster or worker nodes, or update the cluster to the next version.',
                read: '2026-12'
            }
        ],
        history: 'Until issue 19 every resize of an unsupported cluster failed; IBM allows deleting workers, so a resize that removes workers only warns.'
    },
    {
        id: 'cluster-state.master-deployed',
        says: 'A master update needs the master deployed (no other master operation in flight).',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                code: 'Ef9cc',
                text: 'The master must be in the deployed state',
                where: 'IBM-Cloud/terraform-provider-ibm issues (cluster master update during an update)'
            },
            {
                kind: 'doc',
                url: `${OPENSHIFT_STATES}#cluster-state-updating`,
                quote: 'During the update, you can still access and change the cluster. However, you cannot initiate concurrent master operations, such as enabling API server auditing.',
                read: OPENSHIFT_DOCS
            }
        ]
    },
    {
        id: 'cluster-state.degraded',
        says: 'A critical, warning, updating or requested cluster, a master operation in flight, or workers busy with another operation: worth a look, not a refusal IBM documents.',
        level: 'warn',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-worker-node-state-reference',
                quote: "Other operations can't be issued against the worker node while the worker node deletes.",
                read: '2026-12'
            },
            {
                kind: 'doc',
                url: `${OPENSHIFT_STATES}#cluster-state-requested`,
                quote: 'A request to create the cluster and order the infrastructure for the Kubernetes master and worker nodes is sent. When the deployment of the cluster starts, the cluster state changes to `Deploying`.',
                read: OPENSHIFT_DOCS
            }
        ]
    }
];
/** Whether a resize adds workers (true), removes or keeps them (false), or cannot be told (undefined). */
async function resizeGrows(facts, cluster, intents) {
    if (intents.length === 0)
        return undefined;
    let pools;
    try {
        pools = await facts.workerPools(cluster.id);
    }
    catch (e) {
        if (e instanceof errors.ApiError)
            return undefined;
        throw e;
    }
    let grows = false;
    for (const o of intents) {
        const ref = (0,intent_types/* known */.eO)(o.pool);
        const size = (0,intent_types/* known */.eO)(o.workersPerZone);
        const before = o.previousWorkersPerZone ??
            (ref === undefined ? undefined : (0,helpers/* poolByRef */.th)(pools, ref)?.workersPerZone);
        if (size === undefined || before === undefined)
            return undefined;
        if (size > before)
            grows = true;
    }
    return grows;
}
/**
 * The cluster, its master and its workers let the operation run now. cluster-access says whether the
 * cluster can be read at all; this check owns every verdict on its state (one root cause, one finding),
 * and on the workers the `workers` input names.
 */
const clusterStateCheck = {
    id: 'cluster-state',
    family: 'credentials',
    title: 'cluster-state.title',
    scope: 'cluster',
    operations: types/* OPERATIONS */.xb.filter(o => o !== 'cluster-create'),
    requires: ['api-key', 'cluster-access'],
    // Worker states a broken gateway or orphaned workers cause are those findings' symptoms.
    explainedBy: ['vpe-gateway', 'orphaned-workers'],
    docs: STATES_DOC,
    needs: 'Viewer platform role on Kubernetes Service',
    rules: cluster_state_RULES,
    async run({ config, facts, target }) {
        // A cluster deleted in any state is fine by IKS: nothing here can block it.
        const operation = config.operation;
        const cluster = await facts.cluster(target);
        const state = cluster.state ?? 'unknown';
        const wire = normaliseState(state);
        const refs = [target, cluster.id, cluster.name];
        const intents = (0,helpers/* intentsOf */.H$)(config, refs);
        const outcomes = [];
        const stateOutcome = (status, why, rule) => ({
            status,
            rule,
            summary: {
                id: 'cluster-state.state',
                params: { name: cluster.name, id: cluster.id, state }
            },
            why: { id: why, params: { operation, state } },
            fix: [
                wire === 'unsupported'
                    ? {
                        text: { id: 'cluster-state.state.fix.update' },
                        commands: [
                            ibmcloud/* cmd */.HW.versions(),
                            ibmcloud/* cmd */.HW.masterUpdate(cluster.id, '<next version>')
                        ]
                    }
                    : FAILED_STATES.has(wire)
                        ? {
                            text: { id: 'cluster-state.state.fix.failed' },
                            commands: [ibmcloud/* cmd */.HW.clusterGet(cluster.id)]
                        }
                        : {
                            text: { id: 'cluster-state.state.fix' },
                            commands: [ibmcloud/* cmd */.HW.clusterGet(cluster.id)]
                        }
            ]
        });
        if (operation === 'cluster-delete')
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'cluster-state.pass-delete',
                        params: { name: cluster.name, state }
                    }
                }
            ];
        if (BLOCKING_STATES.has(wire))
            outcomes.push(stateOutcome('fail', 'cluster-state.state.why', 'cluster-state.blocking'));
        else if (wire === 'unsupported')
            outcomes.push(await unsupportedOutcome(operation, facts, cluster, intents, stateOutcome));
        else if (DEGRADED_STATES.has(wire))
            outcomes.push(stateOutcome('warn', wire === 'requested'
                ? 'cluster-state.state.requested.why'
                : 'cluster-state.state.degraded.why', 'cluster-state.degraded'));
        // The master: an update needs it deployed (Ef9cc); other operations only meet a master operation in flight.
        const master = cluster.masterState === undefined
            ? undefined
            : normaliseState(cluster.masterState);
        if (master !== undefined &&
            ((operation === 'cluster-update' && master !== 'deployed') ||
                MASTER_BUSY.has(master)))
            outcomes.push({
                status: operation === 'cluster-update' ? 'fail' : 'warn',
                rule: operation === 'cluster-update'
                    ? 'cluster-state.master-deployed'
                    : 'cluster-state.degraded',
                summary: {
                    id: 'cluster-state.master',
                    params: { name: cluster.name, masterState: cluster.masterState }
                },
                why: {
                    id: operation === 'cluster-update'
                        ? 'cluster-state.master.update.why'
                        : 'cluster-state.master.busy.why',
                    params: { operation }
                },
                fix: [
                    {
                        text: { id: 'cluster-state.master.fix' },
                        commands: [ibmcloud/* cmd */.HW.clusterGet(cluster.id)]
                    }
                ]
            });
        const workerOutcomes = WORKER_OPERATIONS.has(operation)
            ? await judgeWorkers(config, facts, cluster, intents, refs)
            : { outcomes: [], notes: [] };
        outcomes.push(...workerOutcomes.outcomes);
        if (outcomes.length === 0)
            outcomes.push({
                status: 'pass',
                summary: {
                    // Each pass says only what was read: the workers only for operations on workers.
                    id: WORKER_OPERATIONS.has(operation)
                        ? master === undefined
                            ? 'cluster-state.pass-no-master'
                            : 'cluster-state.pass'
                        : master === undefined
                            ? 'cluster-state.pass-cluster-only'
                            : 'cluster-state.pass-cluster',
                    params: {
                        name: cluster.name,
                        state,
                        masterState: cluster.masterState ?? ''
                    }
                },
                ...(workerOutcomes.notes.length > 0 && { details: workerOutcomes.notes })
            });
        return outcomes;
    }
};
/** An unsupported cluster: adding or reloading workers fails, deleting or shrinking warns (IBM allows it). */
async function unsupportedOutcome(operation, facts, cluster, intents, stateOutcome) {
    const rule = 'cluster-state.unsupported';
    if (UNSUPPORTED_BLOCKS.has(operation))
        return stateOutcome('fail', 'cluster-state.state.unsupported.why', rule);
    if (operation === 'worker-pool-resize') {
        const grows = await resizeGrows(facts, cluster, intents);
        if (grows === true)
            return stateOutcome('fail', 'cluster-state.state.unsupported.why', rule);
        if (grows === undefined)
            return stateOutcome('warn', 'cluster-state.state.unsupported.resize-unknown.why', rule);
    }
    return stateOutcome('warn', 'cluster-state.state.unsupported.allowed.why', rule);
}
/**
 * Workers another operation holds: the ones the `workers` input names, else those of the pool in the
 * intent, else every worker. An ID IKS does not list is an input that cannot be checked.
 */
async function judgeWorkers(config, facts, cluster, intents, refs) {
    const operation = config.operation;
    const workers = await facts.workers(cluster.id);
    const named = (0,helpers/* namedWorkers */.ty)(config, refs);
    const notes = [];
    let judged = workers;
    if (named !== undefined) {
        const { found, unknown } = (0,helpers/* resolveWorkers */.Qi)(workers, named);
        if (unknown.length > 0)
            return {
                outcomes: [
                    {
                        status: 'fail',
                        rule: 'common.input',
                        summary: {
                            id: 'cluster-state.workers-unknown',
                            params: {
                                name: cluster.name,
                                workers: unknown.join(', '),
                                known: workers.map(w => w.id).join(', ') || '–'
                            }
                        },
                        why: {
                            id: 'cluster-state.workers-unknown.why',
                            params: { command: ibmcloud/* cmd */.HW.workerLs(cluster.id) }
                        },
                        fix: [
                            {
                                text: { id: 'cluster-state.workers-unknown.fix' },
                                commands: [ibmcloud/* cmd */.HW.workerLs(cluster.id)]
                            }
                        ]
                    }
                ],
                notes
            };
        judged = found;
    }
    else {
        const pools = new Set(intents.map(o => (0,intent_types/* known */.eO)(o.pool)));
        const onlyPool = pools.size > 0 && !pools.has(undefined) ? pools : undefined;
        if (onlyPool !== undefined)
            judged = workers.filter(w => w.poolName === undefined || onlyPool.has(w.poolName));
        if ([
            'worker-delete',
            'worker-reload',
            'worker-reboot',
            'worker-replace'
        ].includes(operation))
            notes.push({ id: 'cluster-state.detail.all-workers' });
    }
    const busy = judged.filter(w => workerBusy(w, operation));
    if (operation === 'worker-replace')
        for (const w of judged.filter(w => failedWorker(w) && !busy.includes(w)))
            notes.push({
                id: 'cluster-state.detail.replace-fixes',
                params: { worker: w.id, state: w.state ?? '' }
            });
    if (busy.length === 0)
        return { outcomes: [], notes };
    return {
        outcomes: [
            {
                status: 'warn',
                rule: 'cluster-state.degraded',
                summary: {
                    id: 'cluster-state.workers',
                    params: { name: cluster.name, count: busy.length }
                },
                why: { id: 'cluster-state.workers.why', params: { operation } },
                details: [
                    ...busy.map(w => `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: ${w.state ?? 'unknown'}${w.pendingOperation ? `, pending ${w.pendingOperation}` : ''}`),
                    ...notes
                ],
                fix: [
                    {
                        text: { id: 'cluster-state.workers.fix' },
                        commands: [ibmcloud/* cmd */.HW.workerLs(cluster.id)]
                    }
                ]
            }
        ],
        notes: []
    };
}

;// CONCATENATED MODULE: ./src/checks/vpc-region.ts



/** vpc-gen2 cluster-create: the region is one where IKS lists VPC zones (us-sout-1 or xx-fake is not). */
const vpcRegionCheck = {
    id: 'vpc-region',
    family: 'vpc',
    title: 'vpc-region.title',
    scope: 'cluster',
    operations: ['cluster-create'],
    providers: ['vpc-gen2'],
    requires: ['api-key', 'operation-target'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-regions-and-zones',
    needs: 'IAM token only (IKS lists its zones to any authenticated caller)',
    rules: [
        {
            id: 'vpc-region.zones',
            says: 'A VPC cluster is created in a region where IKS offers VPC zones; IKS lists no zone of the region asked for.',
            level: 'fail',
            sources: [
                {
                    kind: 'answer',
                    service: 'IBM Cloud Kubernetes Service',
                    note: "IKS's own VPC zone list (`ibmcloud ks zone ls --provider vpc-gen2`) has no zone in the region: the create has nowhere to place its workers."
                }
            ]
        }
    ],
    async run({ facts, target }) {
        const t = await facts.target(target);
        const zones = await facts.vpcZones();
        if (zones.length === 0)
            return [
                {
                    status: 'error',
                    summary: { id: 'vpc-region.empty', params: { region: t.region } }
                }
            ];
        const here = zones.filter(z => (0,intent_types/* regionOfZone */.wA)(z) === t.region).sort();
        if (here.length > 0)
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'vpc-region.pass',
                        params: {
                            region: t.region,
                            count: here.length,
                            zones: here.join(', ')
                        }
                    }
                }
            ];
        const regions = [
            ...new Set(zones.map(intent_types/* regionOfZone */.wA).filter(r => r !== undefined))
        ].sort();
        return [
            {
                status: 'fail',
                rule: 'vpc-region.zones',
                summary: { id: 'vpc-region.unknown', params: { region: t.region } },
                why: {
                    id: 'vpc-region.unknown.why',
                    params: { regions: regions.join(', ') }
                },
                fix: [
                    {
                        text: { id: 'vpc-region.unknown.fix' },
                        commands: [ibmcloud/* cmd */.HW.zoneLs('vpc-gen2')]
                    }
                ]
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/checks/classic-region.ts


/** From this day IKS refuses a classic create (E501e) in a region where the account has no classic cluster. */
const CLASSIC_REGION_CUTOFF = Date.UTC(2026, 9, 1);
function classicRegionRuleApplies(now) {
    return now >= CLASSIC_REGION_CUTOFF;
}
/** classic cluster-create: the account already has a classic cluster in the region (any resource group). */
const classicRegionCheck = {
    id: 'classic-region',
    family: 'classic',
    title: 'classic-region.title',
    scope: 'cluster',
    operations: ['cluster-create'],
    providers: ['classic'],
    requires: ['api-key'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
    needs: 'Viewer platform role on Kubernetes Service (clusters the key cannot see are not counted)',
    rules: [
        {
            id: 'classic-region.existing',
            says: 'From 2026-10-01, an account can create a classic cluster only in a region where it already has one (E501e).',
            level: 'fail',
            sources: [
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-classic-create-restriction',
                    quote: 'Accounts that do not already have at least one classic cluster in a region can no longer create new classic clusters in that region. … E501e: Classic cluster creation is not supported in regions that do not have existing classic clusters.',
                    read: 'ibm-cloud-docs/containers@45a9f0a132160f2d6ff6f1f355a6ed004d5c283a'
                }
            ]
        }
    ],
    async run({ facts, target }) {
        const t = await facts.target(target);
        const classic = (await facts.clusters()).filter(c => c.provider === 'classic');
        const here = classic.filter(c => c.region === t.region);
        if (here.length > 0) {
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'classic-region.pass',
                        params: {
                            region: t.region,
                            count: here.length,
                            clusters: here.map(c => c.name).join(', ')
                        }
                    }
                }
            ];
        }
        const elsewhere = [...new Set(classic.map(c => c.region))].sort();
        const applies = classicRegionRuleApplies(Date.now());
        const unknown = await unknownRegion(facts, t.region);
        return [
            {
                status: applies ? 'fail' : 'warn',
                rule: 'classic-region.existing',
                summary: {
                    id: applies ? 'classic-region.none' : 'classic-region.none-soon',
                    params: { region: t.region }
                },
                why: { id: 'classic-region.why' },
                fix: [
                    ...(unknown
                        ? [
                            {
                                text: {
                                    id: 'classic-region.fix.no-such-region',
                                    params: { region: t.region, regions: unknown.join(', ') }
                                }
                            }
                        ]
                        : []),
                    elsewhere.length > 0
                        ? {
                            text: {
                                id: 'classic-region.fix.other-region',
                                params: { regions: elsewhere.join(', ') }
                            },
                            commands: [ibmcloud/* cmd */.HW.clusterLs('classic')]
                        }
                        : { text: { id: 'classic-region.fix.no-classic' } },
                    // A VPC cluster "in the region" is no way out when the region does not exist.
                    ...(unknown
                        ? []
                        : [
                            {
                                text: { id: 'classic-region.fix.vpc' },
                                commands: [ibmcloud/* cmd */.HW.zoneLs('vpc-gen2')]
                            }
                        ])
                ],
                details: classic.map(c => `${c.name} (${c.id}): ${c.region}`)
            }
        ];
    }
};
/**
 * The known regions when `region` is none of them (no cluster of the account there, no IKS VPC zone):
 * a hint that the input is misspelt. Undefined when the region is known or the zone list cannot be read;
 * the verdict never depends on it.
 */
async function unknownRegion(facts, region) {
    const zones = await facts.vpcZones().catch(() => undefined);
    if (zones === undefined || zones.length === 0)
        return undefined;
    const clusters = await facts.clusters().catch(() => []);
    const known = new Set([
        ...zones.map(intent_types/* regionOfZone */.wA).filter(r => r !== undefined),
        ...clusters.map(c => c.region)
    ]);
    return known.has(region) ? undefined : [...known].sort();
}

;// CONCATENATED MODULE: ./src/checks/classic-vlans.ts





const KINDS = ['private', 'public'];
const INPUT = {
    private: 'private-vlan',
    public: 'public-vlan'
};
const kindMsg = (k) => k === 'private' || k === 'public' ? { id: `classic-vlans.detail.${k}` } : k;
/** A VLAN as a data line: ID, type, router, number and name as IKS lists them. */
function line(v) {
    const extra = [
        v.primaryRouter,
        v.vlanNumber && `#${v.vlanNumber}`,
        v.name
    ].filter(Boolean);
    return `${v.id} ${v.type ?? '?'}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}
/**
 * "bcr01a.dal10" and "fcr01a.dal10" are one router pair: IBM requires the part after the bcr/fcr prefix to
 * match for the private and public VLAN of a cluster (kubernetes-service-cli, cluster create classic).
 */
function pairOf(router) {
    const m = /^[bf]cr(.+)$/i.exec(router ?? '');
    return m?.[1]?.toLowerCase();
}
/** The values to pass: the first private VLAN, and a public one on the same router pair when there is one. */
function suggestion(vlans, given) {
    const of = (k) => vlans.filter(v => v.type === k);
    const priv = of('private').find(v => v.id === given.private) ?? of('private')[0];
    const pair = pairOf(priv?.primaryRouter);
    const onPair = (v) => pair === undefined ||
        pairOf(v.primaryRouter) === undefined ||
        pairOf(v.primaryRouter) === pair;
    const pub = of('public').find(v => v.id === given.public && onPair(v)) ??
        of('public').find(v => pair !== undefined && pairOf(v.primaryRouter) === pair) ??
        of('public')[0];
    return { private: priv?.id, public: pub?.id };
}
/** The command that runs the operation with the VLANs filled in. */
function operationCommand(operation, t, o, zone, vlans) {
    if (operation === 'cluster-create')
        return ibmcloud/* cmd */.HW.clusterCreateClassic(t.name, zone, {
            flavor: (0,intent_types/* known */.eO)(o?.flavor),
            privateVlan: vlans.private,
            publicVlan: vlans.public
        });
    return ibmcloud/* cmd */.HW.zoneAddClassic(t.id ?? t.name, zone, (0,intent_types/* known */.eO)(o?.pool), vlans);
}
/** The zones of the operation, or why they cannot be checked. */
function zonesOf(intents) {
    const out = [];
    for (const o of intents) {
        if ((0,intent_types/* isAfterApply */.VT)(o.zones))
            return { kind: 'after-apply', input: 'zones' };
        for (const p of o.zones ?? []) {
            const gap = afterApply(p);
            if (gap)
                return { kind: 'after-apply', input: gap };
            const zone = (0,intent_types/* known */.eO)(p.zone);
            if (zone === undefined)
                return { kind: 'needs-zones' };
            const ask = {
                zone,
                ...((0,intent_types/* known */.eO)(p.privateVlan) !== undefined && {
                    private: (0,intent_types/* known */.eO)(p.privateVlan)
                }),
                ...((0,intent_types/* known */.eO)(p.publicVlan) !== undefined && { public: (0,intent_types/* known */.eO)(p.publicVlan) })
            };
            // A plan may name one zone twice (two attachments); each placement is checked once.
            if (!out.some(z => z.ask.zone === ask.zone &&
                z.ask.private === ask.private &&
                z.ask.public === ask.public))
                out.push({ ask, intent: o });
        }
    }
    return out.length > 0 ? { kind: 'zones', zones: out } : { kind: 'needs-zones' };
}
function afterApply(p) {
    if ((0,intent_types/* isAfterApply */.VT)(p.zone))
        return 'zones';
    if ((0,intent_types/* isAfterApply */.VT)(p.privateVlan))
        return 'private-vlan';
    if ((0,intent_types/* isAfterApply */.VT)(p.publicVlan))
        return 'public-vlan';
    return undefined;
}
/** What one zone's VLAN list says about the VLANs given for it: one outcome per problem, or one pass. */
function judge(operation, t, o, ask, vlans) {
    const zone = ask.zone;
    const list = vlans.map(line);
    const of = (k) => vlans.filter(v => v.type === k);
    const fixFor = (why) => {
        const s = suggestion(vlans, ask);
        const flags = KINDS.flatMap(k => s[k] === undefined ? [] : [`--${INPUT[k]} ${s[k]}`]).join(' ');
        if (vlans.length === 0)
            return [
                {
                    text: { id: 'classic-vlans.fix.none-exist', params: { zone } },
                    commands: [ibmcloud/* cmd */.HW.vlanLs(zone)]
                }
            ];
        return [
            flags === ''
                ? { text: why, commands: [ibmcloud/* cmd */.HW.vlanLs(zone)] }
                : {
                    text: { id: 'classic-vlans.fix.use', params: { zone, flags } },
                    commands: [
                        ibmcloud/* cmd */.HW.vlanLs(zone),
                        operationCommand(operation, t, o, zone, s)
                    ]
                }
        ];
    };
    const problems = [];
    for (const k of KINDS) {
        const id = ask[k];
        if (id === undefined)
            continue;
        const hit = vlans.find(v => v.id === id);
        const same = of(k)
            .map(v => v.id)
            .join(', ');
        if (hit !== undefined && hit.type === k)
            continue;
        // Not in the zone, or of the other type: the same fix (the zone's VLANs of the kind asked for).
        problems.push({
            status: 'fail',
            rule: 'classic-vlans.in-zone',
            summary: hit === undefined
                ? {
                    id: 'classic-vlans.not-in-zone',
                    params: { zone, id, kind: kindMsg(k), count: vlans.length }
                }
                : {
                    id: 'classic-vlans.wrong-type',
                    params: {
                        zone,
                        id,
                        kind: kindMsg(k),
                        actual: kindMsg(hit.type ?? '?')
                    }
                },
            why: { id: 'classic-vlans.vlan.why' },
            fix: fixFor({
                id: 'classic-vlans.fix.list',
                params: { zone, kind: kindMsg(k) }
            }),
            details: [
                {
                    id: 'classic-vlans.detail.of-kind',
                    params: { kind: kindMsg(k), zone, ids: same || '-' }
                },
                ...list
            ]
        });
    }
    if (problems.length > 0)
        return problems;
    const missing = KINDS.filter(k => ask[k] === undefined && of(k).length > 0);
    const nothingGiven = ask.private === undefined && ask.public === undefined;
    // Private-only workers are allowed: a missing public VLAN alone is not refused (the public one is optional).
    const refused = nothingGiven ? missing : missing.filter(k => k === 'private');
    if (refused.length > 0)
        return [
            {
                status: 'fail',
                rule: 'classic-vlans.required',
                summary: {
                    id: 'classic-vlans.missing',
                    params: {
                        zone,
                        operation,
                        count: vlans.length,
                        flags: refused.map(k => `--${INPUT[k]}`).join(', ')
                    }
                },
                why: { id: 'classic-vlans.missing.why' },
                fix: fixFor({ id: 'classic-vlans.fix.list-any', params: { zone } }),
                details: list
            }
        ];
    // Both given and found: IBM requires them on one router pair (bcr01a ↔ fcr01a).
    const priv = vlans.find(v => v.id === ask.private);
    const pub = vlans.find(v => v.id === ask.public);
    const pp = pairOf(priv?.primaryRouter);
    const qp = pairOf(pub?.primaryRouter);
    if (priv && pub && pp !== undefined && qp !== undefined && pp !== qp)
        return [
            {
                status: 'fail',
                rule: 'classic-vlans.router-pair',
                summary: {
                    id: 'classic-vlans.routers',
                    params: {
                        zone,
                        private: priv.id,
                        privateRouter: priv.primaryRouter ?? '',
                        public: pub.id,
                        publicRouter: pub.primaryRouter ?? ''
                    }
                },
                why: { id: 'classic-vlans.routers.why' },
                fix: fixFor({ id: 'classic-vlans.fix.list-any', params: { zone } }),
                details: list
            }
        ];
    if (nothingGiven)
        return [
            {
                status: 'pass',
                summary: { id: 'classic-vlans.pass-new', params: { zone } }
            }
        ];
    const publics = of('public');
    return [
        {
            status: 'pass',
            summary: ask.private !== undefined && ask.public !== undefined
                ? {
                    id: 'classic-vlans.pass',
                    params: { zone, private: ask.private, public: ask.public }
                }
                : ask.private !== undefined
                    ? {
                        id: 'classic-vlans.pass-private-only',
                        params: {
                            zone,
                            private: ask.private,
                            publics: publics.map(v => v.id).join(', ') || '-'
                        }
                    }
                    : {
                        id: 'classic-vlans.pass-public-only',
                        params: { zone, public: ask.public ?? '' }
                    },
            details: list
        }
    ];
}
/**
 * A classic cluster across zones needs VRF or VLAN spanning on its classic account for its workers to
 * reach each other (IBM's multizone pages). IKS says whether spanning is on; VRF cannot be read with the
 * key, so spanning off is a warning, never a block: IKS accepts the operation.
 */
async function spanningOutcome({ config, facts, target }, t, asked) {
    const existing = t.kind === 'existing' ? (await facts.cluster(target)).workerZones : [];
    const zones = [...new Set([...existing, ...asked.map(z => z.ask.zone)])];
    if (zones.length < 2)
        return [];
    const params = {
        operation: config.operation,
        cluster: t.name,
        count: zones.length,
        zones: zones.join(', '),
        region: t.region,
        resourceGroup: (0,helpers/* groupLabel */.AM)(t)
    };
    const fix = [
        {
            text: { id: 'classic-vlans.vrf.fix' },
            commands: [ibmcloud/* cmd */.HW.accountShow(), ibmcloud/* cmd */.HW.vlanSpanningGet(t.region)]
        }
    ];
    let on;
    try {
        on = await facts.vlanSpanning((0,helpers/* scopeOf */.Od)(t));
    }
    catch (e) {
        if (!(e instanceof errors.ApiError))
            throw e;
        return [
            {
                status: 'warn',
                rule: 'classic-vlans.vrf',
                summary: {
                    id: 'classic-vlans.vrf-unknown',
                    params: { ...params, message: e.message }
                },
                why: { id: 'classic-vlans.vrf.why' },
                fix
            }
        ];
    }
    if (on === true)
        return [];
    return [
        {
            status: 'warn',
            rule: 'classic-vlans.vrf',
            summary: { id: 'classic-vlans.vrf', params },
            why: { id: 'classic-vlans.vrf.why' },
            fix
        }
    ];
}
/**
 * Classic create and zone add: the VLANs given for each zone are the account's VLANs of that zone, of the
 * right type and router pair; none given is fine only where the account has no VLANs yet (IKS then creates
 * them), otherwise IKS refuses with E0020. One outcome per zone (and per problem).
 */
const classicVlansCheck = {
    id: 'classic-vlans',
    family: 'classic',
    title: 'classic-vlans.title',
    scope: 'cluster',
    operations: ['cluster-create', 'zone-add', 'worker-pool-create'],
    providers: ['classic'],
    // IKS lists VLANs with the region's classic credentials: without them (paid-account, totp-mfa) it cannot answer.
    requires: [
        'api-key',
        'cluster-access',
        'paid-account',
        'totp-mfa',
        'operation-target'
    ],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli#cs_cluster_create',
    needs: 'Viewer platform role on Kubernetes Service; the classic credentials of the region (linked account or manually set) list the VLANs',
    rules: [
        {
            id: 'classic-vlans.required',
            says: 'Once the account has VLANs in a zone, a classic cluster create or zone add there must name them (a private VLAN at least); IKS refuses it otherwise (E0020).',
            level: 'fail',
            sources: [
                {
                    kind: 'error',
                    code: 'E0020',
                    text: 'One or more required fields are missing. To create a standard cluster, you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN. If this is the first standard cluster that you create in this zone, the public and private VLAN flags are not required.',
                    where: 'IBM-Cloud/terraform-provider-ibm#2082'
                },
                {
                    kind: 'error',
                    code: 'E0020',
                    text: 'To create a standard cluster, you must specify values for location, machine type, public VLAN, and private VLAN.',
                    where: 'IBM-Cloud/terraform-provider-ibm#406, IBM-Cloud/ibm-cloud-cli-release#75'
                }
            ]
        },
        {
            id: 'classic-vlans.in-zone',
            says: "A VLAN the operation names is one of the account's VLANs of that zone and of that type (private on a bcr router, public on an fcr router).",
            level: 'fail',
            sources: [workerIssues.vlanNotFound]
        },
        {
            id: 'classic-vlans.router-pair',
            says: 'The private and public VLANs of a zone are on one router pair (bcr01a ↔ fcr01a).',
            level: 'fail',
            sources: [
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-kubernetes-service-cli#cs_cluster_create',
                    quote: 'Private VLAN routers always begin with `bcr` (back-end router) and public VLAN routers always begin with `fcr` (front-end router). When you create a cluster and specify the public and private VLANs, the number and letter combination after those prefixes must match.',
                    read: '2026-12'
                }
            ]
        },
        {
            id: 'classic-vlans.vrf',
            says: 'A classic cluster across zones needs VRF or VLAN spanning on its classic account; IKS accepts the operation, the workers cannot reach each other: a warning when spanning is off (VRF cannot be read).',
            level: 'warn',
            sources: [
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-subnets#subnet-routing',
                    quote: "In classic clusters, if you have multiple VLANs for your cluster, multiple subnets on the same VLAN, or a multizone classic cluster, you must enable a Virtual Router Function (VRF) for your IBM Cloud infrastructure account so your worker nodes can communicate with each other on the private network. … If you can't or don't want to enable VRF, enable VLAN spanning.",
                    read: '2026-12'
                },
                {
                    kind: 'sdk',
                    repo: 'IBM-Cloud/container-services-go-sdk',
                    path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go (GetVlanSpanning, VlanSpan)',
                    quote: 'View the VLAN spanning status for an IBM Cloud Infrastructure (SoftLayer) account. VLAN spanning enables all devices on an account to communicate with each other by means of the private network, regardless of its assigned VLAN.'
                }
            ]
        }
    ],
    async run({ config, facts, target }) {
        const operation = config.operation;
        const t = await facts.target(target);
        const intents = (0,helpers/* intentsOf */.H$)(config, [target, t.id, t.name]);
        // A classic pool gets zones and VLANs from zone attachments (zone-add); only a pool create that
        // carries VLANs is about them.
        if (operation === 'worker-pool-create' &&
            !intents.some(o => !(0,intent_types/* isAfterApply */.VT)(o.zones) &&
                (o.zones ?? []).some(p => p.privateVlan !== undefined || p.publicVlan !== undefined)))
            return [{ status: 'skip', summary: { id: 'classic-vlans.pool-no-vlans' } }];
        const zones = zonesOf(intents);
        if (zones.kind === 'after-apply')
            return [
                {
                    status: 'skip',
                    summary: {
                        id: 'classic-vlans.after-apply',
                        params: { input: zones.input }
                    }
                }
            ];
        if (zones.kind === 'needs-zones')
            return [
                {
                    status: 'skip',
                    summary: { id: 'classic-vlans.needs-zones', params: { operation } }
                }
            ];
        // Every zone's list at once, with the account's VLAN spanning: one round trip whatever the number of zones.
        const [lists, spanning] = await Promise.all([
            Promise.all(zones.zones.map(z => facts.zoneVlans(z.ask.zone, (0,helpers/* scopeOf */.Od)(t)))),
            spanningOutcome({ config, facts, target }, t, zones.zones)
        ]);
        return [
            ...zones.zones.flatMap((z, i) => judge(operation, t, z.intent, z.ask, lists[i])),
            ...spanning
        ];
    }
};

;// CONCATENATED MODULE: ./src/checks/cluster-name.ts


/** A Terraform replace: the plan deletes the cluster of that name before it creates the new one. */
function deletedFirst(config, name) {
    return config.intent.clusters.some(c => {
        if ((0,intent_types/* known */.eO)(c.cluster.nameOrId) !== name)
            return false;
        const ops = c.operations.map(o => o.operation);
        const del = ops.indexOf('cluster-delete');
        return del !== -1 && del < ops.indexOf('cluster-create');
    });
}
/** cluster-create: no cluster with that name exists in the region already (IKS E0007). */
const clusterNameCheck = {
    id: 'cluster-name',
    family: 'credentials',
    title: 'cluster-name.title',
    scope: 'cluster',
    operations: ['cluster-create'],
    requires: ['api-key'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-clusters',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: [
        {
            id: 'cluster-name.taken',
            says: 'A cluster with the new name already exists in the region: IKS refuses the create (E0007).',
            level: 'fail',
            sources: [
                {
                    kind: 'error',
                    code: 'E0007',
                    text: 'A cluster with the same name already exists. Choose another name.',
                    where: 'terraform-ibm-modules/terraform-ibm-cluster#67 (HTTP 409 from IKS)'
                }
            ]
        }
    ],
    async run({ config, facts, target }) {
        const info = await facts.target(target);
        const same = (await facts.clusters()).filter(c => c.name === info.name);
        const here = same.find(c => c.region === info.region);
        if (here && deletedFirst(config, info.name))
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'cluster-name.pass-replaced',
                        params: { name: info.name, region: info.region, id: here.id }
                    }
                }
            ];
        if (here) {
            return [
                {
                    status: 'fail',
                    rule: 'cluster-name.taken',
                    summary: {
                        id: 'cluster-name.taken',
                        params: {
                            name: info.name,
                            region: info.region,
                            id: here.id,
                            resourceGroup: here.resourceGroupName ?? here.resourceGroupId
                        }
                    },
                    why: { id: 'cluster-name.taken.why' },
                    fix: [
                        {
                            text: { id: 'cluster-name.taken.fix' },
                            commands: [ibmcloud/* cmd */.HW.clusterGet(here.id)]
                        }
                    ]
                }
            ];
        }
        if (same.length > 0) {
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'cluster-name.pass-other-regions',
                        params: {
                            name: info.name,
                            region: info.region,
                            regions: [...new Set(same.map(c => c.region))].join(', ')
                        }
                    }
                }
            ];
        }
        return [
            {
                status: 'pass',
                summary: {
                    id: 'cluster-name.pass',
                    params: { name: info.name, region: info.region }
                }
            }
        ];
    }
};

// EXTERNAL MODULE: ./src/ibm/settle.ts
var settle = __webpack_require__(1983);
;// CONCATENATED MODULE: ./src/facts/classic-placement.ts



const INCORRECT_ACCOUNT = /incorrect account for worker|infrastructure user credentials changed/i;
// No device yet (ordering) or any more (deleted): such workers prove nothing either way.
const NO_DEVICE_STATE = /^(provision|requested|delet)/i;
/** Above this many workers in an account too large to list, per-worker lookups cost too much. */
const MAX_LOOKUP_WORKERS = 50;
function reportsIncorrectAccount(w) {
    return w.messages.some(m => INCORRECT_ACCOUNT.test(m));
}
const classic_placement_short = (host) => host.toLowerCase().split('.')[0] ?? '';
function matches(w, d) {
    if (d.hostname &&
        (d.hostname.toLowerCase() === w.id.toLowerCase() ||
            classic_placement_short(d.hostname) === w.id.toLowerCase()))
        return true;
    return w.privateIP !== undefined && d.primaryBackendIpAddress === w.privateIP;
}
function placeable(workers) {
    return workers.filter(w => !NO_DEVICE_STATE.test(w.state ?? ''));
}
/** Which workers are devices of the linked classic account: one listing, or exact lookups when it is too large. */
async function placeInLinked(facts, workers) {
    const list = await facts.classicDevices();
    let isFound;
    if (list.complete) {
        isFound = async (w) => list.devices.some(d => matches(w, d));
    }
    else {
        if (workers.length > MAX_LOOKUP_WORKERS) {
            throw new errors.ApiError({
                service: 'softlayer',
                operation: 'list devices',
                kind: 'unreadable',
                detail: `the classic account has ${list.total} devices of one kind (more than the ${list.limit} this check pages through) and the cluster has ${workers.length} workers (more than ${MAX_LOOKUP_WORKERS} to look up one by one)`
            });
        }
        isFound = async (w) => (await facts.classicDevicesWhere('hostname', w.id)).some(d => matches(w, d)) ||
            (w.privateIP !== undefined &&
                (await facts.classicDevicesWhere('primaryBackendIpAddress', w.privateIP)).some(d => matches(w, d)));
    }
    const flags = await (0,settle/* allInOrder */.b)(workers.map(isFound));
    return {
        found: workers.filter((_, i) => flags[i]),
        missing: workers.filter((_, i) => !flags[i])
    };
}
function decide(a, considered) {
    const manualElsewhere = a.creds.kind === 'manual' &&
        (a.currentId === undefined || a.currentId !== a.linkedId);
    const reported = a.reported.length > 0;
    if (!a.placement) {
        if (reported)
            return {
                verdict: 'orphaned',
                fix: a.creds.kind === 'linked' ? 'set' : 'either'
            };
        return { verdict: 'unverified' };
    }
    const { found } = a.placement;
    if (considered.length === 0)
        return reported
            ? { verdict: 'orphaned', fix: 'either' }
            : { verdict: 'no-workers' };
    if (manualElsewhere) {
        if (found.length > 0)
            return { verdict: 'orphaned', fix: 'unset' };
        return reported
            ? { verdict: 'orphaned', fix: 'set' }
            : { verdict: 'unconfirmed' };
    }
    if (found.length === 0)
        return { verdict: 'orphaned', fix: 'set' };
    if (reported)
        return { verdict: 'orphaned', fix: 'either' };
    return found.length === considered.length
        ? { verdict: 'ok' }
        : { verdict: 'partial' };
}
/** The orphan verdict for an existing classic cluster. Throws when the workers or credentials cannot be read. */
function analyseOrphan(facts, ref) {
    return facts.once(`orphan:${ref}`, async () => {
        const target = await facts.target(ref);
        const [creds, workers, linked] = await (0,settle/* allInOrder */.b)([
            facts.credentials((0,src_facts/* scopeOf */.Od)(target)),
            facts.workers(target.id ?? ref),
            facts.linkedClassicAccountId().then(v => v, (e) => e)
        ]);
        const reported = workers.filter(reportsIncorrectAccount);
        // Without the linked account's ID we cannot tell "manual credentials elsewhere" from "manual credentials
        // to the linked account": only a worker's own mismatch message can still decide.
        if (linked instanceof Error && reported.length === 0)
            throw linked;
        const linkedId = linked instanceof Error ? undefined : linked;
        const currentId = creds.kind === 'manual' ? creds.classicAccountId : linkedId;
        const considered = placeable(workers);
        let placement;
        let placementError;
        try {
            placement = await placeInLinked(facts, considered);
        }
        catch (e) {
            if (!(e instanceof errors.ApiError))
                throw e;
            placementError = e;
        }
        const base = {
            target,
            creds,
            linkedId,
            currentId,
            workers,
            reported,
            placement,
            placementError
        };
        return { ...base, ...decide(base, considered) };
    });
}

;// CONCATENATED MODULE: ./src/checks/classic-fixes.ts


/** Shared pieces of the classic family's findings: where, whose credentials, and the credential commands. */
const where = (t) => ({
    region: t.region,
    resourceGroup: (0,helpers/* groupLabel */.AM)(t)
});
function credentialsMsg(creds, linkedId) {
    if (creds.kind === 'manual')
        return {
            id: 'classic.creds.manual',
            params: { username: creds.username, account: creds.classicAccountId ?? '?' }
        };
    return { id: 'classic.creds.linked', params: { account: linkedId ?? '?' } };
}
function unsetCommands(t) {
    return ibmcloud/* sequences */.X7.credentialUnset(t.region, (0,helpers/* groupArg */.MJ)(t));
}
function setCommands(t, region = t.region) {
    return ibmcloud/* sequences */.X7.credentialSet(region, (0,helpers/* groupArg */.MJ)(t));
}
function supportStep(t) {
    return {
        text: {
            id: 'classic.fix.nobody-has-credentials',
            params: { clusterId: t.id ?? t.name }
        }
    };
}

;// CONCATENATED MODULE: ./src/checks/credential-switch.ts





/**
 * Which sibling clusters (same region and resource group) a credential switch would orphan: those whose
 * workers sit in the account the credentials point to now (IBM's troubleshooting step 7).
 * - fix 'set' (now: linked L): siblings with workers found in L — definite.
 * - fix 'unset' (now: manual C ≠ L, which we cannot read): siblings not in L that report no account
 *   mismatch — IKS manages them with C, so they are most likely in C.
 * - fix 'either': every sibling not shown to be in L is at risk — likely.
 */
async function affectedBy(ctx, a) {
    const t = a.target;
    const siblings = (await ctx.facts.clusters()).filter(c => c.provider === 'classic' &&
        c.region === t.region &&
        c.resourceGroupId === t.resourceGroupId &&
        c.id !== t.id);
    const out = [];
    await (0,settle/* allInOrder */.b)(siblings.map(async (c) => {
        const workers = await ctx.facts.workers(c.id);
        const considered = placeable(workers);
        if (considered.length === 0)
            return;
        const { found } = await placeInLinked(ctx.facts, considered);
        const mismatch = workers.some(reportsIncorrectAccount);
        if (a.fix === 'set' && found.length > 0)
            out.push({ cluster: c, certainty: 'definite' });
        else if (a.fix !== 'set' && found.length === 0 && !mismatch)
            out.push({ cluster: c, certainty: 'likely' });
    }));
    return out.sort((x, y) => x.cluster.name.localeCompare(y.cluster.name));
}
const credentialSwitchCheck = {
    id: 'credential-switch',
    family: 'classic',
    title: 'credential-switch.title',
    scope: 'cluster',
    providers: ['classic'],
    operations: [
        'cluster-update',
        'cluster-delete',
        'worker-add',
        'worker-delete',
        'worker-reload',
        'worker-reboot',
        'worker-replace',
        'worker-pool-resize',
        'worker-pool-create',
        'worker-pool-delete',
        'zone-add'
    ],
    requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
    needs: 'Viewer platform role on Kubernetes Service for every cluster of the region and resource group',
    rules: [
        {
            id: 'credential-switch.orphans',
            says: "Switching the region's classic credentials to repair an orphaned cluster orphans the sibling clusters whose workers are in the account switched away from.",
            level: 'fail',
            sources: [infraErrors.switchOrphans]
        },
        {
            id: 'credential-switch.may-orphan',
            says: 'A sibling cluster is likely, not shown, to be in the account switched away from: a warning.',
            level: 'warn',
            sources: [infraErrors.switchOrphans]
        }
    ],
    async run(ctx) {
        const a = await analyseOrphan(ctx.facts, ctx.target);
        const t = a.target;
        const params = { cluster: t.name, ...where(t) };
        if (a.verdict === 'ok' || a.verdict === 'no-workers')
            return [
                { status: 'pass', summary: { id: 'credential-switch.not-needed', params } }
            ];
        if (a.verdict !== 'orphaned')
            return [
                {
                    status: 'skip',
                    summary: { id: 'credential-switch.no-switch-advised', params }
                }
            ];
        const affected = await affectedBy(ctx, a);
        if (affected.length === 0)
            return [{ status: 'pass', summary: { id: 'credential-switch.safe', params } }];
        const definite = affected.some(x => x.certainty === 'definite');
        const names = affected.map(x => x.cluster.name).join(', ');
        const now = a.fix === 'set'
            ? {
                id: 'credential-switch.now.linked',
                params: { account: a.linkedId ?? '?' }
            }
            : {
                id: 'credential-switch.now.current',
                params: { account: a.currentId ?? '?' }
            };
        return [
            {
                status: definite ? 'fail' : 'warn',
                rule: definite
                    ? 'credential-switch.orphans'
                    : 'credential-switch.may-orphan',
                summary: {
                    id: definite
                        ? 'credential-switch.orphans'
                        : 'credential-switch.may-orphan',
                    params: { ...params, count: affected.length, clusters: names, now }
                },
                why: { id: 'credential-switch.why', params: { region: t.region } },
                fix: [
                    {
                        text: { id: 'credential-switch.fix.lasting', params: { ...params } },
                        commands: [
                            ibmcloud/* cmd */.HW.clusterLs('classic'),
                            ...affected.map(x => ibmcloud/* cmd */.HW.workerLs(x.cluster.id))
                        ]
                    }
                ],
                details: affected.map(x => ({
                    id: x.certainty === 'definite'
                        ? 'credential-switch.detail.definite'
                        : 'credential-switch.detail.likely',
                    params: { cluster: x.cluster.name, id: x.cluster.id, now }
                }))
            }
        ];
    }
};

// EXTERNAL MODULE: ./src/facts/platform.ts
var facts_platform = __webpack_require__(1944);
;// CONCATENATED MODULE: ./src/checks/flavor.ts




/** Operations that may order an existing pool's own flavor. */
const GROWS_POOL = new Set(['worker-pool-resize', 'zone-add', 'worker-add']);
const VPC_ZONE = /^[a-z]{2}-[a-z]+-\d$/;
const skip = (summary) => ({
    status: 'skip',
    summary
});
const needs = (operation, input) => skip({ id: 'flavor.needs-input', params: { operation, input } });
const flavor_afterApply = (input) => skip({ id: 'flavor.after-apply', params: { input } });
/** A value the operation needs: the value, or the skip that names the input. */
function value(v, operation, input) {
    if ((0,intent_types/* isAfterApply */.VT)(v))
        return flavor_afterApply(input);
    if (v === undefined)
        return needs(operation, input);
    return v;
}
/** The zone names of the operation, or the skip that names the zones input. */
function flavor_zonesOf(o) {
    if (o.zones === undefined)
        return undefined;
    if ((0,intent_types/* isAfterApply */.VT)(o.zones))
        return flavor_afterApply('zones');
    const names = [];
    for (const p of o.zones) {
        if ((0,intent_types/* isAfterApply */.VT)(p.zone))
            return flavor_afterApply('zones');
        // A subnet or VLAN given without its zone: the zone is IBM's to tell, and we cannot ask for flavors there.
        if (p.zone === undefined)
            return needs(o.operation, 'zones');
        names.push(p.zone);
    }
    return names.length > 0 ? names : undefined;
}
const isOutcome = (v) => typeof v === 'object' && v !== null && 'status' in v && 'summary' in v;
/**
 * The provider of a new cluster: the intent's (inputs and plans put the cluster's provider on each of its
 * operations), else the input, else what its zones are (us-south-1 is VPC; dal10, or a mix, classic).
 */
function newProvider(o, given, zones) {
    return (o.provider ??
        given ??
        (zones.every(z => VPC_ZONE.test(z)) ? 'vpc-gen2' : 'classic'));
}
/** What a create orders: the flavor and zones the run chose. */
function newOrder(o, provider) {
    const flavor = value(o.flavor, o.operation, 'flavor');
    if (isOutcome(flavor))
        return flavor;
    const zones = flavor_zonesOf(o) ?? needs(o.operation, 'zones');
    if (isOutcome(zones))
        return zones;
    return {
        flavor,
        zones,
        provider: provider(zones),
        pool: (0,intent_types/* known */.eO)(o.pool),
        own: false,
        platform: (0,facts_platform/* versionPlatform */.A)((0,intent_types/* known */.eO)(o.kubeVersion))
    };
}
/**
 * What an operation on an existing cluster orders. Growing an existing pool orders the pool's own flavor in the
 * pool's zones (resize, worker add) or in the added zones (zone add); a pool the same plan creates first is not
 * listed yet, so the plan's flavor stands in for it.
 */
async function existingOrder(o, cluster, provider, pools) {
    const op = o.operation;
    const platform = (0,facts_platform/* clusterPlatform */.O)(cluster);
    const onCluster = (p) => (isOutcome(p) ? p : { ...p, platform });
    if (op === 'worker-pool-create')
        return onCluster(newOrder(o, () => provider));
    if (op === 'worker-add' && o.pool === undefined && o.flavor !== undefined)
        return onCluster(newOrder(o, () => provider));
    const ref = value(o.pool, op, op === 'worker-add' ? 'flavor or worker-pool' : 'worker-pool');
    if (isOutcome(ref))
        return ref;
    // A resize grows the pool in the zones it has; a zone add orders in the added zones only.
    const zones = op === 'worker-pool-resize' ? undefined : flavor_zonesOf(o);
    if (isOutcome(zones))
        return zones;
    if (op === 'zone-add' && zones === undefined)
        return needs(op, 'zones');
    const pool = (0,helpers/* poolByRef */.th)(await pools(), ref);
    if (pool === undefined) {
        const flavor = (0,intent_types/* known */.eO)(o.flavor);
        if (flavor !== undefined && zones !== undefined)
            return { flavor, zones, provider, pool: ref, own: false, platform };
        return skip({
            id: 'flavor.pool-unknown',
            params: { name: cluster.name, pool: ref }
        });
    }
    if (pool.flavor === undefined)
        return skip({ id: 'flavor.pool-no-flavor', params: { pool: ref } });
    const from = o.previousWorkersPerZone ?? pool.workersPerZone;
    const to = (0,intent_types/* known */.eO)(o.workersPerZone);
    // A shrink orders no worker: the flavor does not matter to it.
    if (op === 'worker-pool-resize' && to !== undefined && from !== undefined)
        if (to <= from)
            return {
                status: 'pass',
                summary: {
                    id: 'flavor.no-order',
                    params: { pool: ref, flavor: pool.flavor, from, to }
                }
            };
    const where = zones ?? pool.zones.map(z => z.id);
    if (where.length === 0)
        return skip({
            id: 'flavor.pool-no-zones',
            params: { pool: ref, operation: op }
        });
    return {
        flavor: pool.flavor,
        zones: where,
        provider,
        pool: ref,
        own: true,
        perZone: pool.workersPerZone,
        platform
    };
}
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** One zone's answer, as a details line. */
function zoneLine(zone, provider, list, found, platform) {
    if (found?.ocpUnsupported && platform === 'openshift')
        return { id: 'flavor.detail.zone.ocp-unsupported', params: { zone } };
    if (found?.deprecated)
        return found.correspondingFlavor
            ? {
                id: 'flavor.detail.zone.deprecated-successor',
                params: { zone, successor: found.correspondingFlavor }
            }
            : { id: 'flavor.detail.zone.deprecated', params: { zone } };
    if (found)
        return { id: 'flavor.detail.zone.offered', params: { zone } };
    return list.length === 0
        ? { id: 'flavor.detail.zone.none-listed', params: { zone, provider } }
        : {
            id: 'flavor.detail.zone.others',
            params: { zone, provider, count: list.length }
        };
}
/** The two ways IKS lists a flavor it will not order, by message and rule. */
const REFUSALS = {
    ocpUnsupported: {
        pool: 'flavor.ocp-unsupported-pool',
        order: 'flavor.ocp-unsupported',
        param: 'unsupported',
        poolRule: 'flavor.ocp-unsupported-pool',
        orderRule: 'flavor.ocp-unsupported'
    },
    deprecated: {
        pool: 'flavor.deprecated-pool',
        order: 'flavor.deprecated',
        param: 'deprecated',
        poolRule: 'flavor.deprecated-pool',
        orderRule: 'flavor.not-deprecated'
    }
};
/** Ask for every zone's flavors together, then judge the order. */
async function flavor_judge(order, operation, ctx, clusterId) {
    const lists = await Promise.all(order.zones.map(z => ctx.facts.flavors(z, order.provider)));
    const found = lists.map(list => list.find(f => same(f.name, order.flavor)));
    const details = order.zones.map((z, i) => zoneLine(z, order.provider, lists[i], found[i], order.platform));
    const missing = order.zones.filter((_, i) => found[i] === undefined);
    const deprecated = order.zones.filter((_, i) => found[i]?.deprecated);
    const ocpUnsupported = order.platform === 'openshift'
        ? order.zones.filter((_, i) => found[i]?.ocpUnsupported === true)
        : [];
    const params = {
        operation,
        flavor: order.flavor,
        provider: order.provider,
        zones: order.zones.join(', '),
        pool: order.pool ?? 'default'
    };
    // Where the fix can point: a new pool with another flavor, for a pool whose flavor cannot change.
    const newPool = () => clusterId === undefined
        ? []
        : [
            ibmcloud/* cmd */.HW.workerPoolCreate(order.provider, clusterId, order.perZone ?? 1),
            ibmcloud/* cmd */.HW.zoneAdd(order.provider, clusterId)
        ];
    const listing = (zones) => zones.slice(0, 3).map(z => ibmcloud/* cmd */.HW.flavors(z, order.provider));
    if (missing.length > 0) {
        const fix = order.own
            ? [
                {
                    text: { id: 'flavor.not-offered-pool.fix', params },
                    commands: [...listing(missing), ...newPool()]
                }
            ]
            : [
                {
                    text: { id: 'flavor.not-offered.fix' },
                    commands: listing(missing)
                }
            ];
        return {
            status: 'fail',
            summary: {
                id: order.own ? 'flavor.not-offered-pool' : 'flavor.not-offered',
                params: { ...params, missing: missing.join(', ') }
            },
            why: { id: 'flavor.not-offered.why' },
            fix,
            details,
            rule: 'flavor.offered-in-zone'
        };
    }
    // A flavor IKS lists but will not order: a pool's own flavor warns (it cannot change; the fix is
    // another pool), a flavor the operation orders fails.
    const refused = (zones, k) => order.own
        ? {
            status: 'warn',
            summary: {
                id: k.pool,
                params: { ...params, [k.param]: zones.join(', ') }
            },
            why: { id: `${k.pool}.why` },
            fix: [
                {
                    text: { id: 'flavor.deprecated-pool.fix', params },
                    commands: [...listing(zones.slice(0, 1)), ...newPool()]
                }
            ],
            details,
            rule: k.poolRule
        }
        : {
            status: 'fail',
            summary: {
                id: k.order,
                params: { ...params, [k.param]: zones.join(', ') }
            },
            why: { id: `${k.order}.why` },
            fix: [
                {
                    text: { id: `${k.order}.fix` },
                    commands: listing(zones.slice(0, 1))
                }
            ],
            details,
            rule: k.orderRule
        };
    if (ocpUnsupported.length > 0)
        return refused(ocpUnsupported, REFUSALS.ocpUnsupported);
    if (deprecated.length > 0)
        return refused(deprecated, REFUSALS.deprecated);
    return {
        status: 'pass',
        summary: { id: order.own ? 'flavor.pass-pool' : 'flavor.pass', params },
        details
    };
}
/** The rules flavor applies (docs/rules.md). */
const flavor_RULES = [
    {
        id: 'flavor.offered-in-zone',
        says: 'The flavor an operation orders is offered for the provider in every zone it orders workers in; IKS refuses the request otherwise (E4e5b).',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                code: 'E4e5b',
                text: 'Could not find flavor in the requested zone.',
                where: 'HTTP 400 body (recoveryCLI "To list available flavors, run \'ibmcloud ks flavors --zone <zone>\'."), cloud-native-toolkit/ibm-garage-iteration-zero#242, 2020-12-15'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-create-vpc-gen2',
                quote: 'To view available flavors, first list available VPC zones with `ibmcloud oc zone ls --provider vpc-gen2`, and then use the zone to list supported flavors by running `ibmcloud oc flavors --zone <VPC_zone> --provider vpc-gen2`.',
                read: 'ibm-cloud-docs/openshift@e8eca99'
            }
        ]
    },
    {
        id: 'flavor.not-deprecated',
        says: 'A new order (cluster create, new pool, workers with a chosen flavor) does not use a flavor IKS marks deprecated in a zone of it (E0146).',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                code: 'E0146',
                text: 'The specified flavor is deprecated.',
                where: 'IKS CLI output "The specified flavor is deprecated. (E0146)" with "To list available flavors for a location, run \'ibmcloud ks flavors --zone <zone>\'.", IBM/cloud-pak-operations-cli#21, 2021-01-28'
            },
            {
                kind: 'sdk',
                repo: 'IBM-Cloud/container-services-go-sdk',
                path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go @454a2ae (model Flavor, GET /v2/getFlavors)',
                quote: 'Deprecated *bool `json:"deprecated,omitempty"`'
            }
        ]
    },
    {
        id: 'flavor.deprecated-pool',
        says: 'Growing an existing pool whose own flavor is deprecated warns: IKS refuses new orders of it, but no public source says whether it still adds workers to an existing pool.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'E0146 is captured on creates only; adding workers to an existing pool of a deprecated flavor is not documented either way.'
            }
        ]
    },
    {
        id: 'flavor.ocp-unsupported',
        says: 'A new order on a Red Hat OpenShift cluster (or a create of one) does not use a flavor IKS marks ocp_unsupported in a zone of it.',
        level: 'fail',
        sources: [
            {
                kind: 'sdk',
                repo: 'IBM-Cloud/container-services-go-sdk',
                path: 'kubernetesserviceapiv1/kubernetes_service_api_v1.go @454a2ae (models FlavorResponse and MachineType)',
                quote: 'OcpUnsupported *bool `json:"ocp_unsupported,omitempty"`'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-create-vpc-gen2',
                quote: 'use the zone to list supported flavors by running `ibmcloud oc flavors --zone <VPC_zone> --provider vpc-gen2`',
                read: 'ibm-cloud-docs/openshift@e8eca99'
            }
        ],
        history: "IBM's SDK carries the field without a comment; its name is the whole definition. The SDK's getFlavors model (Flavor) omits it, so the check reads it when IKS sends it and says nothing when it does not: an absent field is never read as supported or unsupported."
    },
    {
        id: 'flavor.ocp-unsupported-pool',
        says: 'Growing an existing pool of an OpenShift cluster whose own flavor IKS marks ocp_unsupported warns: the pool exists, and no source says whether IKS refuses more workers of it.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'The SDK field says the flavor is not supported for OpenShift; the pool already runs it, and no IBM text says what IKS does with more workers of it.'
            }
        ]
    }
];
/**
 * The flavor an operation orders is offered in every zone it orders workers in (GET /v2/getFlavors per zone,
 * E4e5b), and not deprecated (E0146). An existing pool that grows orders its own flavor.
 */
const flavorCheck = {
    id: 'flavor',
    family: 'credentials',
    title: 'flavor.title',
    scope: 'cluster',
    operations: [
        'cluster-create',
        'worker-add',
        'worker-pool-create',
        'worker-pool-resize',
        'zone-add'
    ],
    requires: ['api-key', 'cluster-access', 'operation-target'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-planning_worker_nodes',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: flavor_RULES,
    async run(ctx) {
        const { config, facts, target } = ctx;
        const operation = config.operation;
        const create = operation === 'cluster-create';
        // An existing pool's flavor must be read before its zones' flavors: ask IKS for the pools by the name or ID
        // given, together with the cluster itself, so the chain stays token → cluster and pools → flavors.
        const early = GROWS_POOL.has(operation) &&
            (0,helpers/* intentsOf */.H$)(config, [target]).some(o => (0,intent_types/* known */.eO)(o.pool) !== undefined)
            ? facts.workerPools(target)
            : undefined;
        const cluster = create ? undefined : await facts.cluster(target);
        const all = (0,helpers/* intentsOrBare */.fR)(config, [target, cluster?.id, cluster?.name]);
        let provider;
        if (cluster !== undefined) {
            if (cluster.provider !== 'classic' && cluster.provider !== 'vpc-gen2')
                return [
                    skip({
                        id: 'common.not-for-provider',
                        params: {
                            provider: cluster.provider,
                            providers: 'classic, vpc-gen2'
                        }
                    })
                ];
            provider = cluster.provider;
        }
        const pools = () => early ?? facts.workerPools(cluster.id);
        const plans = await Promise.all(all.map(o => cluster === undefined
            ? newOrder(o, zones => newProvider(o, config.provider, zones))
            : existingOrder(o, cluster, provider, pools)));
        return Promise.all(plans.map(p => (isOutcome(p) ? p : flavor_judge(p, operation, ctx, cluster?.id))));
    }
};

;// CONCATENATED MODULE: ./src/checks/kube-version.ts





/** From this many days before its end of service, a version is worth a warning. Our choice, not IBM's. */
const NEAR_EOS_DAYS = 30;
const DAY_MS = 86_400_000;
// Operations that add or reload workers: IBM refuses them on a cluster whose version is unsupported.
const ADDS_OR_RELOADS = [
    'worker-add',
    'worker-reload',
    'worker-replace',
    'worker-pool-create',
    'zone-add'
];
const kube_version_OPENSHIFT_DOCS = 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759';
const N_PLUS_1 = 'You can update the API server only to the next version ahead of its current version (`n+1`).';
const kube_version_RULES = [
    {
        id: 'kube-version.create-listed',
        says: 'A create asks for a version IKS lists now (GET /v1/versions), of the platform it names.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
                quote: 'Unsupported clusters cannot add or reload existing worker nodes, and you cannot create clusters at an unsupported version.',
                read: '2026-12'
            }
        ]
    },
    {
        id: 'kube-version.create-latest-patch',
        says: 'A create that names a patch names the latest patch of its minor version.',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                code: 'E0156',
                text: 'A previous patch was specified. Only the most recent patch for a particular minor version can be specified during cluster create.',
                where: 'terraform-ibm-modules/terraform-ibm-cluster#80'
            }
        ]
    },
    {
        id: 'kube-version.update-next',
        says: 'A master update goes to the next minor version IKS lists (n+1), one at a time; OpenShift the same.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-update#master',
                quote: N_PLUS_1,
                read: '2026-12'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-update#master',
                quote: N_PLUS_1,
                read: kube_version_OPENSHIFT_DOCS
            }
        ],
        history: "OpenShift's update page (read at the commit above) names only n+1 and no Extended Update Support path for the master; EUS appears in IBM's OpenShift docs for RHEL worker repositories only, so no EUS skip is allowed."
    },
    {
        id: 'kube-version.no-downgrade-or-switch',
        says: 'A master never goes back to an older version, and never changes platform (Kubernetes ↔ OpenShift).',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-faqs#container_platforms',
                quote: "Later, you can update the version but can't roll back to a previous version or switch to a different container platform.",
                read: '2026-12'
            }
        ]
    },
    {
        id: 'kube-version.too-old',
        says: 'A master two or more minor versions behind the oldest version IKS lists cannot be updated: the cluster must be recreated.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
                quote: 'If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one.',
                read: '2026-12'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-openshift_versions',
                quote: 'If the cluster master runs two or more versions behind the oldest supported version, you can no longer apply updates and must delete the cluster and create a new one.',
                read: kube_version_OPENSHIFT_DOCS
            }
        ]
    },
    {
        id: 'kube-version.worker-skew',
        says: 'Workers run at most 2 minor versions behind the master (OpenShift: 1): a master update that leaves workers further behind fails.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-update#master',
                quote: 'Additionally, your worker nodes can be only up to two versions behind the master version (`n-2`).',
                read: '2026-12'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-update#master',
                quote: 'Additionally, your worker nodes can only be one minor version behind the master version (`n-1`).',
                read: kube_version_OPENSHIFT_DOCS
            }
        ]
    },
    {
        id: 'kube-version.unsupported-workers',
        says: 'Workers are not added or reloaded while the cluster runs a version IKS no longer supports.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster-states-reference#cluster-state-unsupported',
                quote: "Your cluster's health is no longer actively monitored or reported. Additionally, you can't add or reload worker nodes.",
                read: kube_version_OPENSHIFT_DOCS
            }
        ]
    },
    {
        id: 'kube-version.same',
        says: 'A master update to the version it already runs changes nothing (IKS answers E0120).',
        level: 'warn',
        sources: [
            {
                kind: 'error',
                code: 'E0120',
                text: 'The master is already up to date for the specified version.',
                where: 'IBM-Cloud/terraform-provider-ibm#2283'
            }
        ]
    },
    {
        id: 'kube-version.eos-near',
        says: 'A version whose end of service is within 30 days (or announced in a form we cannot read) warns.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: "IKS's version list carries end_of_service; the 30-day window is this product's choice."
            }
        ]
    },
    {
        id: 'kube-version.no-default',
        says: 'A create without a version when IKS marks no version as default warns: the version the cluster gets is unknown.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: "IBM's CLI reference: without --version the default version is used; a list without a default cannot say which."
            }
        ]
    }
];
const REQUESTED = /^(\d+)\.(\d+)(?:\.(\d+))?(?:_\d+)?(_openshift)?$/;
// A master version such as 1.33.4_1534 or 4.17.40_1546_openshift; during an update IKS adds more text.
const RUNNING = /(\d+)\.(\d+)\.(\d+)(?:_\d+)?(_openshift)?/;
/** The requested version, or undefined when it is not in a form IKS takes. */
function parseRequested(text) {
    const m = REQUESTED.exec(text.trim());
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        ...(m[3] !== undefined && { patch: Number(m[3]) }),
        openshift: m[4] !== undefined
    };
}
/** The version a master runs (getCluster masterKubeVersion). */
function parseRunning(text) {
    const m = text === undefined ? null : RUNNING.exec(text);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        openshift: m[4] !== undefined
    };
}
const platformOf = (v) => v.openshift ? 'openshift' : 'kubernetes';
/** The listed versions of one platform; a list IBM did not group by platform counts for both. */
const listedFor = (versions, platform) => versions.filter(v => v.platform === undefined || v.platform === platform);
const sameMinor = (a, b) => a.major === b.major && a.minor === b.minor;
const minorOf = (v) => `${v.major}.${v.minor}`;
const full = (v) => `${minorOf(v)}${v.patch === undefined ? '' : `.${v.patch}`}${v.openshift ? '_openshift' : ''}`;
const listedName = (v, platform) => full({ ...v, openshift: platform === 'openshift' });
function endOfService(text, now) {
    if (text === undefined || text.trim() === '')
        return { kind: 'none' };
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return { kind: 'unreadable', date: text.slice(0, 64) };
    const date = new Date(at).toISOString().slice(0, 10);
    if (at <= now)
        return { kind: 'past', date };
    const days = Math.ceil((at - now) / DAY_MS);
    return days <= NEAR_EOS_DAYS
        ? { kind: 'near', date, days }
        : { kind: 'later', date, days };
}
/** One line per listed version of the platform, for the details. */
function listing(versions, platform, now) {
    return listedFor(versions, platform).map((v) => {
        const eos = endOfService(v.endOfService, now);
        const version = listedName(v, platform);
        if (eos.kind === 'none')
            return {
                id: v.isDefault
                    ? 'kube-version.detail.offers-default'
                    : 'kube-version.detail.offers',
                params: { version }
            };
        return {
            id: v.isDefault
                ? 'kube-version.detail.offers-default-eos'
                : 'kube-version.detail.offers-eos',
            params: { version, date: eos.date }
        };
    });
}
const versionsFix = () => ({
    text: { id: 'kube-version.fix.versions' },
    commands: [ibmcloud/* cmd */.HW.versions()]
});
/** The listed minor versions after `from`, in order: the steps of a master update one minor at a time. */
function stepsAfter(versions, platform, from) {
    return listedFor(versions, platform)
        .filter(v => v.major > from.major || (v.major === from.major && v.minor > from.minor))
        .sort((a, b) => a.major - b.major || a.minor - b.minor);
}
/** How many minor versions workers may run behind the master: Kubernetes n-2, OpenShift n-1 (IBM's update pages). */
const MAX_SKEW = { kubernetes: 2, openshift: 1 };
function createOutcome(intent, name, { versions, now }) {
    const wanted = intent.kubeVersion;
    if ((0,intent_types/* isAfterApply */.VT)(wanted))
        return { status: 'skip', summary: { id: 'kube-version.after-apply' } };
    if (wanted === undefined) {
        // No version: IKS creates the default Kubernetes version (IBM's CLI docs for --version).
        const def = listedFor(versions, 'kubernetes').find(v => v.isDefault);
        if (def === undefined)
            return {
                status: 'warn',
                rule: 'kube-version.no-default',
                summary: { id: 'kube-version.create.no-default', params: { name } },
                why: { id: 'kube-version.create.no-default.why' },
                fix: [versionsFix()],
                details: listing(versions, 'kubernetes', now)
            };
        return eosOnCreate(def, 'kubernetes', name, now, versions, {
            id: 'kube-version.create.default',
            params: { name, version: listedName(def, 'kubernetes') }
        });
    }
    const ref = parseRequested(wanted);
    if (ref === undefined)
        return malformed(wanted);
    const platform = platformOf(ref);
    const listed = listedFor(versions, platform).find(v => sameMinor(v, ref));
    if (listed === undefined) {
        // "4.17" without _openshift names a Kubernetes 4.17 that does not exist; say what was meant.
        const other = listedFor(versions, platform === 'kubernetes' ? 'openshift' : 'kubernetes').find(v => sameMinor(v, ref));
        return {
            status: 'fail',
            rule: 'kube-version.create-listed',
            summary: {
                id: 'kube-version.create.unknown',
                params: { name, requested: wanted, platform }
            },
            why: { id: 'kube-version.create.unknown.why' },
            fix: [versionsFix()],
            details: [
                ...(other
                    ? [
                        {
                            id: 'kube-version.detail.other-platform',
                            params: {
                                requested: wanted,
                                suggestion: `${minorOf(other)}${platform === 'kubernetes' ? '_openshift' : ''}`
                            }
                        }
                    ]
                    : []),
                ...listing(versions, platform, now)
            ]
        };
    }
    // IKS's E0156: only the most recent patch of a minor can be given on create.
    if (ref.patch !== undefined && ref.patch !== listed.patch)
        return {
            status: 'fail',
            rule: 'kube-version.create-latest-patch',
            summary: {
                id: 'kube-version.create.patch',
                params: {
                    name,
                    requested: wanted,
                    listed: listedName(listed, platform)
                }
            },
            why: { id: 'kube-version.create.patch.why' },
            fix: [
                {
                    text: {
                        id: 'kube-version.create.patch.fix',
                        params: {
                            minor: `${minorOf(listed)}${ref.openshift ? '_openshift' : ''}`,
                            listed: listedName(listed, platform)
                        }
                    },
                    commands: [ibmcloud/* cmd */.HW.versions()]
                }
            ]
        };
    return eosOnCreate(listed, platform, name, now, versions, {
        id: 'kube-version.create.pass',
        params: { name, version: listedName(listed, platform) }
    });
}
/** A create with an orderable version: warn when its end of service is near or past (IKS still lists it). */
function eosOnCreate(listed, platform, name, now, versions, pass) {
    const eos = endOfService(listed.endOfService, now);
    if (eos.kind === 'none' || eos.kind === 'later')
        return { status: 'pass', summary: pass };
    const later = stepsAfter(versions, platform, {
        ...listed,
        openshift: platform === 'openshift'
    }).filter(v => endOfService(v.endOfService, now).kind !== 'past');
    return {
        status: 'warn',
        rule: 'kube-version.eos-near',
        summary: {
            id: 'kube-version.create.eos',
            params: {
                name,
                version: listedName(listed, platform),
                eos: eosText(eos)
            }
        },
        why: { id: 'kube-version.eos.why' },
        fix: [
            later[0]
                ? {
                    text: {
                        id: 'kube-version.create.eos.fix',
                        params: { suggestion: listedName(later[0], platform) }
                    },
                    commands: [ibmcloud/* cmd */.HW.versions()]
                }
                : versionsFix()
        ]
    };
}
function eosText(eos) {
    switch (eos.kind) {
        case 'past':
            return { id: 'kube-version.detail.eos-past', params: { date: eos.date } };
        case 'unreadable':
            return {
                id: 'kube-version.detail.eos-unreadable',
                params: { date: eos.date }
            };
        default:
            return {
                id: 'kube-version.detail.eos-days',
                params: { date: eos.date, days: eos.days }
            };
    }
}
/** The commands that update a master one minor version at a time up to `to` (real values). */
function updateCommands(cluster, steps, platform, to) {
    return steps
        .filter(v => v.major < to.major || (v.major === to.major && v.minor <= to.minor))
        .map(v => ibmcloud/* cmd */.HW.masterUpdate(cluster.id, `${minorOf(v)}${platform === 'openshift' ? '_openshift' : ''}`));
}
function updateOutcome(intent, cluster, { versions, now, workers }) {
    const one = (o) => [o];
    const name = cluster.name;
    const wanted = intent.kubeVersion;
    if ((0,intent_types/* isAfterApply */.VT)(wanted))
        return one({ status: 'skip', summary: { id: 'kube-version.after-apply' } });
    if (wanted === undefined)
        return intent.source.kind === 'plan'
            ? one({
                status: 'skip',
                summary: {
                    id: 'kube-version.no-version-change',
                    params: { attributes: intent.source.attributes.join(', ') || '–' }
                }
            })
            : one({
                status: 'skip',
                summary: {
                    id: 'kube-version.needs-input',
                    params: { operation: 'cluster-update' }
                }
            });
    const ref = parseRequested(wanted);
    if (ref === undefined)
        return one(malformed(wanted));
    // IKS's answer is the truth about the master; a plan's prior state is only the fallback.
    const running = parseRunning(cluster.masterKubeVersion) ??
        parseRunning(intent.previousKubeVersion);
    if (running === undefined)
        return one({
            status: 'skip',
            summary: { id: 'kube-version.current-unknown', params: { name } }
        });
    const current = full(running);
    const params = { name, current, target: wanted };
    // `--version 4.18` on an OpenShift 4.17 cluster means 4.18_openshift; any other change of platform
    // (Kubernetes ↔ OpenShift) is refused: IBM does not switch a cluster's container platform.
    const sameMajorBare = running.openshift && !ref.openshift && ref.major === running.major;
    if (running.openshift !== ref.openshift && !sameMajorBare)
        return one({
            status: 'fail',
            rule: 'kube-version.no-downgrade-or-switch',
            summary: {
                id: 'kube-version.update.platform',
                params: {
                    ...params,
                    from: running.openshift ? 'Red Hat OpenShift' : 'Kubernetes',
                    to: ref.openshift ? 'Red Hat OpenShift' : 'Kubernetes'
                }
            },
            why: { id: 'kube-version.update.platform.why' },
            fix: [
                {
                    text: { id: 'kube-version.update.platform.fix' },
                    commands: [ibmcloud/* cmd */.HW.versions()]
                }
            ]
        });
    const platform = running.openshift ? 'openshift' : 'kubernetes';
    const target = { ...ref, openshift: platform === 'openshift' };
    // Two or more minor versions behind the oldest version IKS lists: no update at all (delete and recreate).
    const oldest = listedFor(versions, platform).sort((a, b) => a.major - b.major || a.minor - b.minor)[0];
    if (oldest !== undefined &&
        (running.major < oldest.major ||
            (running.major === oldest.major && oldest.minor - running.minor >= 2)))
        return one({
            status: 'fail',
            rule: 'kube-version.too-old',
            summary: {
                id: 'kube-version.update.too-old',
                params: { ...params, oldest: listedName(oldest, platform) }
            },
            why: { id: 'kube-version.update.too-old.why' },
            fix: [
                {
                    text: { id: 'kube-version.update.too-old.fix' },
                    commands: [ibmcloud/* cmd */.HW.versions()]
                }
            ]
        });
    const listed = listedFor(versions, platform).find(v => sameMinor(v, target));
    const steps = stepsAfter(versions, platform, running);
    const ahead = target.major === running.major ? target.minor - running.minor : undefined;
    if (target.major < running.major ||
        (ahead !== undefined && ahead < 0) ||
        (ahead === 0 &&
            target.patch !== undefined &&
            target.patch < (running.patch ?? 0)))
        return one({
            status: 'fail',
            rule: 'kube-version.no-downgrade-or-switch',
            summary: { id: 'kube-version.update.downgrade', params },
            why: { id: 'kube-version.update.why' },
            fix: [
                {
                    text: { id: 'kube-version.update.downgrade.fix', params: { current } },
                    commands: [ibmcloud/* cmd */.HW.versions()]
                }
            ]
        });
    if (ahead === 0) {
        // The same minor: a patch update when IKS lists a later patch, else "already up to date" (E0120).
        if (listed !== undefined &&
            listed.patch > (running.patch ?? 0) &&
            (target.patch === undefined || target.patch === listed.patch))
            return one({
                status: 'pass',
                summary: {
                    id: 'kube-version.update.patch',
                    params: { ...params, listed: listedName(listed, platform) }
                }
            });
        return one({
            status: 'warn',
            rule: 'kube-version.same',
            summary: { id: 'kube-version.update.same', params },
            why: { id: 'kube-version.update.same.why' },
            fix: [
                {
                    text: { id: 'kube-version.update.same.fix' },
                    commands: [ibmcloud/* cmd */.HW.clusterGet(cluster.id), ibmcloud/* cmd */.HW.versions()]
                }
            ]
        });
    }
    if (listed === undefined)
        return one({
            status: 'fail',
            rule: 'kube-version.update-next',
            summary: {
                id: 'kube-version.update.unknown',
                params: { ...params, platform }
            },
            why: { id: 'kube-version.update.unknown.why' },
            fix: [versionsFix()],
            details: listing(versions, platform, now)
        });
    if (ahead === undefined || ahead > 1) {
        const commands = updateCommands(cluster, steps, platform, target);
        return one({
            status: 'fail',
            rule: 'kube-version.update-next',
            summary: ahead === undefined
                ? { id: 'kube-version.update.skip-major', params }
                : { id: 'kube-version.update.skip', params: { ...params, count: ahead } },
            why: { id: 'kube-version.update.why' },
            fix: [
                {
                    text: { id: 'kube-version.update.skip.fix' },
                    commands
                }
            ]
        });
    }
    // Workers more than n-2 (OpenShift n-1) behind the new master version would be stranded.
    if (workers instanceof errors.ApiError)
        return [
            passOrEos(listed, platform, params, now),
            {
                status: 'skip',
                summary: {
                    id: 'kube-version.update.workers-unread',
                    params: {
                        name,
                        answer: `HTTP ${workers.status} ${workers.code ?? ''}`.trim()
                    }
                }
            }
        ];
    const behind = (workers ?? []).filter(w => {
        const v = parseRunning(w.kubeVersion);
        return (v !== undefined &&
            (v.major < target.major ||
                (v.major === target.major &&
                    target.minor - v.minor > MAX_SKEW[platform])));
    });
    if (behind.length > 0)
        return one({
            status: 'fail',
            rule: 'kube-version.worker-skew',
            summary: {
                id: 'kube-version.update.strands-workers',
                params: {
                    ...params,
                    count: behind.length,
                    skew: MAX_SKEW[platform],
                    platform: platform === 'openshift' ? 'Red Hat OpenShift' : 'Kubernetes'
                }
            },
            why: {
                id: platform === 'openshift'
                    ? 'kube-version.update.strands-workers.openshift.why'
                    : 'kube-version.update.strands-workers.why'
            },
            fix: [
                {
                    text: {
                        id: 'kube-version.update.strands-workers.fix',
                        params: { current }
                    },
                    commands: behind.map(w => ibmcloud/* cmd */.HW.workerUpdate(cluster.provider === 'classic' ? 'classic' : 'vpc-gen2', cluster.id, w.id))
                }
            ],
            details: behind.map(w => `${w.id}: ${w.kubeVersion}`)
        });
    return one(passOrEos(listed, platform, params, now));
}
/** The next minor version: a pass, or a warning when its end of service is near or past. */
function passOrEos(listed, platform, params, now) {
    const eos = endOfService(listed.endOfService, now);
    if (eos.kind !== 'none' && eos.kind !== 'later')
        return {
            status: 'warn',
            rule: 'kube-version.eos-near',
            summary: {
                id: 'kube-version.update.eos',
                params: {
                    ...params,
                    version: listedName(listed, platform),
                    eos: eosText(eos)
                }
            },
            why: { id: 'kube-version.eos.why' },
            fix: [versionsFix()]
        };
    return {
        status: 'pass',
        summary: {
            id: 'kube-version.update.pass',
            params: { ...params, version: listedName(listed, platform) }
        }
    };
}
function workersOutcome(operation, cluster, { versions, now }) {
    const name = cluster.name;
    // cluster-state owns the unsupported state: one root cause, one finding.
    if (normaliseState(cluster.state ?? '') === 'unsupported')
        return {
            status: 'skip',
            summary: { id: 'kube-version.covered', params: { name } }
        };
    const running = parseRunning(cluster.masterKubeVersion);
    if (running === undefined)
        return {
            status: 'skip',
            summary: { id: 'kube-version.current-unknown', params: { name } }
        };
    const platform = platformOf(running);
    const current = full(running);
    const params = { name, current, operation };
    const listed = listedFor(versions, platform).find(v => sameMinor(v, running));
    // The way out: the next minor IKS lists (one at a time), then the workers.
    const next = stepsAfter(versions, platform, running)[0];
    const update = next
        ? [
            {
                text: {
                    id: 'kube-version.workers.fix',
                    params: { next: listedName(next, platform) }
                },
                commands: [
                    ibmcloud/* cmd */.HW.masterUpdate(cluster.id, `${minorOf(next)}${platform === 'openshift' ? '_openshift' : ''}`),
                    ibmcloud/* cmd */.HW.versions()
                ]
            }
        ]
        : [versionsFix()];
    if (listed === undefined)
        return {
            status: 'fail',
            rule: 'kube-version.unsupported-workers',
            summary: { id: 'kube-version.workers.unsupported', params },
            why: { id: 'kube-version.workers.why' },
            fix: update,
            details: listing(versions, platform, now)
        };
    // IKS's version list first; the cluster's own versionEOS when the list names no date.
    const eos = endOfService(listed.endOfService ?? cluster.versionEOS, now);
    if (eos.kind === 'past')
        return {
            status: 'fail',
            rule: 'kube-version.unsupported-workers',
            summary: {
                id: 'kube-version.workers.eos-past',
                params: { ...params, eos: eosText(eos) }
            },
            why: { id: 'kube-version.workers.why' },
            fix: update
        };
    if (eos.kind === 'near' || eos.kind === 'unreadable')
        return {
            status: 'warn',
            rule: 'kube-version.eos-near',
            summary: {
                id: 'kube-version.workers.eos',
                params: { ...params, eos: eosText(eos) }
            },
            why: { id: 'kube-version.eos.why' },
            fix: update
        };
    return {
        status: 'pass',
        summary: {
            id: eos.kind === 'later'
                ? 'kube-version.workers.pass-eos'
                : 'kube-version.workers.pass',
            params: {
                ...params,
                ...(eos.kind === 'later' && { eos: eosText(eos) })
            }
        }
    };
}
/**
 * The Kubernetes version of the operation: a create asks for a version IKS offers (or gets the default),
 * a master update goes to the next minor version, and workers are added or reloaded only while the
 * cluster's version is supported. Reads IKS's version list (GET /v1/versions) and getCluster.
 */
const kubeVersionCheck = {
    id: 'kube-version',
    family: 'credentials',
    title: 'kube-version.title',
    scope: 'cluster',
    operations: ['cluster-create', 'cluster-update', ...ADDS_OR_RELOADS],
    requires: ['api-key', 'cluster-access'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: kube_version_RULES,
    async run({ config, facts, target }) {
        const operation = config.operation;
        const now = Date.now();
        if (operation === 'cluster-create') {
            const versions = await facts.kubeVersions();
            if (versions.length === 0)
                return [emptyList()];
            const intents = (0,helpers/* intentsOrBare */.fR)(config, [target]);
            return distinct(intents).map(i => createOutcome(i, target, { versions, now }));
        }
        // Independent reads, awaited together (getCluster is shared with cluster-access).
        const [cluster, versions] = await Promise.all([
            facts.cluster(target),
            facts.kubeVersions()
        ]);
        if (versions.length === 0)
            return [emptyList()];
        if (operation === 'cluster-update') {
            const intents = (0,helpers/* intentsOrBare */.fR)(config, [target, cluster.id, cluster.name]);
            const workers = await facts.workers(cluster.id).catch((e) => {
                if (e instanceof errors.ApiError)
                    return e;
                throw e;
            });
            return distinct(intents).flatMap(i => updateOutcome(i, cluster, { versions, now, workers }));
        }
        return [workersOutcome(operation, cluster, { versions, now })];
    }
};
/** A version the CLI would not parse either: named (cut to 64 characters), with the list to pick from. */
const malformed = (wanted) => ({
    status: 'fail',
    rule: 'common.input',
    summary: {
        id: 'kube-version.malformed',
        params: { requested: wanted.slice(0, 64) }
    },
    why: { id: 'kube-version.malformed.why', params: { command: ibmcloud/* cmd */.HW.versions() } },
    fix: [versionsFix()]
});
const emptyList = () => ({
    status: 'error',
    summary: { id: 'kube-version.empty' }
});
/** One outcome per distinct requested version (a plan may name the same update twice). */
function distinct(intents) {
    const seen = new Set();
    return intents.filter(i => {
        const key = JSON.stringify(i.kubeVersion ?? null);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/checks/infra-credentials.ts


/** Which classic infrastructure account the region and resource group use. E0051 (none set manually) is the normal case. */
const infraCredentialsCheck = {
    id: 'infra-credentials',
    family: 'classic',
    title: 'infra-credentials.title',
    scope: 'cluster',
    providers: ['classic'],
    requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-access-creds',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: [
        {
            id: 'infra-credentials.linked',
            says: 'Without manually set credentials (E0051, the normal state) IKS uses the linked classic account; an account with none linked is reported as a warning here and refused by paid-account.',
            level: 'warn',
            sources: [
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors#orphaned',
                    quote: 'If you see a message similar to the following, then the account uses the default, linked infrastructure account. No credentials set for resource group <resource group>.: The user credentials could not be found.',
                    read: '2026-12'
                }
            ]
        }
    ],
    async run({ facts, target }) {
        const t = await facts.target(target);
        const creds = await facts.credentials((0,helpers/* scopeOf */.Od)(t));
        // With manual credentials the linked account is only context; with linked ones it is the answer, so a failed lookup is "could not verify".
        const linked = creds.kind === 'manual'
            ? await facts.linkedClassicAccountId().catch(() => undefined)
            : await facts.linkedClassicAccountId();
        if (creds.kind === 'manual') {
            // Never the key: IKS does not return it, and we would not print it.
            const other = creds.classicAccountId !== undefined &&
                linked !== undefined &&
                creds.classicAccountId !== linked;
            return [
                {
                    status: 'pass',
                    summary: {
                        id: other
                            ? 'infra-credentials.manual-other'
                            : 'infra-credentials.manual',
                        params: {
                            ...where(t),
                            username: creds.username,
                            account: creds.classicAccountId ?? '?',
                            linked: linked ?? '?'
                        }
                    }
                }
            ];
        }
        if (linked === undefined) {
            return [
                {
                    status: 'warn',
                    summary: { id: 'infra-credentials.linked-none', params: where(t) },
                    why: { id: 'infra-credentials.linked-none.why' }
                }
            ];
        }
        return [
            {
                status: 'pass',
                summary: {
                    id: 'infra-credentials.linked',
                    params: { ...where(t), account: linked }
                }
            }
        ];
    }
};

// EXTERNAL MODULE: ./src/ibm/containers.ts
var containers = __webpack_require__(4580);
;// CONCATENATED MODULE: ./src/checks/infra-permissions.ts




/**
 * IBM names missing permissions "in IaaS-specific terminology" (the display names of IBM's classic-roles
 * page); `ibmcloud sl user permission-edit` wants SoftLayer keyNames. Matched case-insensitively; a name
 * not in this table is printed as given.
 */
const KEY_NAMES = {
    'add server': 'SERVER_ADD',
    'cancel server': 'SERVER_CANCEL',
    'os reloads and rescue kernel': 'SERVER_RELOAD',
    'view virtual server details': 'VIRTUAL_GUEST_VIEW',
    'view hardware details': 'HARDWARE_VIEW',
    'remote management': 'REMOTE_MANAGEMENT',
    'add tickets': 'TICKET_ADD',
    'edit tickets': 'TICKET_EDIT',
    'view tickets': 'TICKET_VIEW',
    'access all virtual': 'ACCESS_ALL_GUEST',
    'access all hardware': 'ACCESS_ALL_HARDWARE',
    'public network computing': 'PUBLIC_NETWORK_COMPUTE',
    'manage dns': 'DNS_MANAGE',
    'edit hostname/domain': 'HOSTNAME_EDIT',
    'add ip addresses': 'IP_ADD',
    'manage network subnet routes': 'NETWORK_ROUTE_MANAGE',
    'manage port control': 'PORT_CONTROL',
    'manage certificates (ssl)': 'SECURITY_CERTIFICATE_MANAGE',
    'view certificates (ssl)': 'SECURITY_CERTIFICATE_VIEW',
    'add/upgrade storage (storagelayer)': 'ADD_SERVICE_STORAGE',
    'manage storage': 'NAS_MANAGE'
};
const KNOWN_KEYS = new Set(Object.values(KEY_NAMES));
/** The SoftLayer keyName for IBM's permission text, or the text itself when it has no mapping. */
function keyNameOf(permission) {
    const t = permission.trim();
    if (KNOWN_KEYS.has(t.toUpperCase()))
        return t.toUpperCase();
    return KEY_NAMES[t.toLowerCase()] ?? t;
}
const category = (m) => ({
    id: `infra-permissions.detail.category.${m.category}`
});
/** One line per category and level, in IBM's category order: what is missing there. */
function detailLines(missing, region) {
    const sorted = [...missing].sort((a, b) => containers/* PERMISSION_CATEGORIES */.D_.indexOf(a.category) -
        containers/* PERMISSION_CATEGORIES */.D_.indexOf(b.category) ||
        (a.level === b.level ? 0 : a.level === 'required' ? -1 : 1));
    return sorted.map((m) => m.permissions.length > 0
        ? {
            id: `infra-permissions.detail.${m.level}`,
            params: {
                category: category(m),
                permissions: m.permissions
                    .map(p => {
                    const key = keyNameOf(p);
                    return key === p ? p : `${p} (${key})`;
                })
                    .join(', ')
            }
        }
        : {
            id: `infra-permissions.detail.${m.level}-unnamed`,
            params: {
                category: category(m),
                command: ibmcloud/* cmd */.HW.infraPermissionsGet(region)
            }
        });
}
const infra_permissions_names = (ms) => [
    ...new Set(ms.flatMap(m => m.permissions))
];
/** Whose classic account IBM judged: its account ID and its words for where the credentials come from. */
function judged(s) {
    if (s.account && s.accountType)
        return {
            id: 'infra-permissions.detail.judged.both',
            params: { account: s.account, accountType: s.accountType }
        };
    if (s.account)
        return {
            id: 'infra-permissions.detail.judged.account',
            params: { account: s.account }
        };
    if (s.accountType)
        return {
            id: 'infra-permissions.detail.judged.type',
            params: { accountType: s.accountType }
        };
    return { id: 'infra-permissions.detail.judged.unknown' };
}
/** Classic clusters: the credentials IKS uses in the region lack no required (fail) or recommended (warn) permission. */
const infraPermissionsCheck = {
    id: 'infra-permissions',
    family: 'credentials',
    title: 'infra-permissions.title',
    scope: 'cluster',
    providers: ['classic'],
    requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-classic-roles',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: [
        {
            id: 'infra-permissions.required',
            says: 'The classic credentials of the region and resource group lack a permission IKS reports as required: classic infrastructure operations fail.',
            level: 'fail',
            sources: [
                {
                    kind: 'answer',
                    service: 'IBM Cloud Kubernetes Service',
                    note: 'GET /v1/infra-permissions (`ibmcloud ks infra-permissions get`) names the missing permissions and marks them required.'
                },
                infraErrors.credentials,
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-iam-platform-access-roles#required-classic-rbac',
                    quote: 'Cancel Server | Delete worker nodes. | OS Reloads and Rescue Kernel | Update, reboot, and reload worker nodes.',
                    read: '2026-12'
                }
            ]
        },
        {
            id: 'infra-permissions.suggested',
            says: 'A permission IKS suggests but does not require is missing: some cluster features (load balancers, storage) will not work.',
            level: 'warn',
            sources: [
                {
                    kind: 'doc',
                    url: 'https://cloud.ibm.com/docs/containers?topic=containers-iam-platform-access-roles#classic-rbac-suggested',
                    quote: 'Manage DNS | Set up public load balancer or Ingress networking to expose apps.',
                    read: '2026-12'
                }
            ]
        }
    ],
    async run({ config, facts, target }) {
        const t = await facts.target(target);
        const scope = (0,helpers/* scopeOf */.Od)(t);
        const status = await facts.infraPermissions(scope);
        const where = {
            region: t.region,
            resourceGroup: (0,helpers/* groupLabel */.AM)(t),
            judged: judged(status)
        };
        if (status.missing.length === 0) {
            return [
                { status: 'pass', summary: { id: 'infra-permissions.pass', params: where } }
            ];
        }
        const creds = await facts.credentials(scope).catch(() => undefined);
        const user = creds?.kind === 'manual'
            ? {
                id: 'infra-permissions.user.manual',
                params: { username: creds.username }
            }
            : {
                id: 'infra-permissions.user.linked',
                params: { command: ibmcloud/* cmd */.HW.apiKeyInfo(t.id ?? t.ref) }
            };
        const required = status.missing.filter(m => m.level === 'required');
        const recommended = status.missing.filter(m => m.level === 'recommended');
        const failing = required.length > 0;
        const named = infra_permissions_names(failing ? required : recommended);
        const keys = [...new Set(infra_permissions_names(status.missing).map(keyNameOf))];
        return [
            {
                status: failing ? 'fail' : 'warn',
                rule: failing
                    ? 'infra-permissions.required'
                    : 'infra-permissions.suggested',
                summary: {
                    id: failing
                        ? 'infra-permissions.missing-required'
                        : 'infra-permissions.missing-recommended',
                    params: {
                        ...where,
                        // Parts IBM reports insufficient without naming a permission count once each.
                        count: named.length > 0
                            ? named.length
                            : (failing ? required : recommended).length,
                        permissions: named.length > 0
                            ? named.join(', ')
                            : { id: 'infra-permissions.detail.unnamed' }
                    }
                },
                why: failing
                    ? {
                        id: 'infra-permissions.missing-required.why',
                        params: { operation: config.operation }
                    }
                    : { id: 'infra-permissions.missing-recommended.why' },
                fix: [
                    {
                        // The user is a nested message, rendered by the report in the same language.
                        text: { id: 'infra-permissions.fix', params: { user } },
                        commands: [
                            ...keys.map(k => ibmcloud/* cmd */.HW.slPermissionEdit(k)),
                            ibmcloud/* cmd */.HW.infraPermissionsGet(t.region)
                        ]
                    }
                ],
                details: detailLines(status.missing, t.region)
            }
        ];
    }
};

// EXTERNAL MODULE: ./src/ibm/kms-access.ts
var kms_access = __webpack_require__(4854);
;// CONCATENATED MODULE: ./src/checks/kms-authorization.ts





const KMS_SERVICES = [kms_access/* IAM_SERVICE */.ky.keyProtect, kms_access/* IAM_SERVICE */.ky.hyperProtectCrypto];
/** How IBM's CLI and console name the roles (the CLI takes display names). */
const ROLE_DISPLAY = {
    Reader: 'Reader',
    AuthorizationDelegator: 'Authorization Delegator'
};
const displayRoles = (roles) => roles.map(r => ROLE_DISPLAY[r] ?? r);
const SERVICE_LABEL = {
    [kms_access/* IAM_SERVICE */.ky.kubernetes]: 'Kubernetes Service',
    [kms_access/* IAM_SERVICE */.ky.blockStorage]: 'Cloud Block Storage',
    [kms_access/* IAM_SERVICE */.ky.keyProtect]: 'Key Protect',
    [kms_access/* IAM_SERVICE */.ky.hyperProtectCrypto]: 'Hyper Protect Crypto Services'
};
const label = (service) => SERVICE_LABEL[service] ?? service;
/** Operations that add or replace workers in an existing pool: new volumes are encrypted as the pool says. */
const POOL_OPERATIONS = new Set([
    'worker-add',
    'worker-pool-resize',
    'zone-add',
    'worker-replace'
]);
/**
 * Worker volumes: Kubernetes Service → KMS with Reader and Authorization Delegator, and Cloud Block Storage
 * → KMS with Reader (containers `encryption-vpc-worker-disks`). Secret encryption: Kubernetes Service →
 * KMS with Reader, which IKS creates itself when it is missing (containers `encryption-setup`).
 */
function needsOf(scope) {
    if (scope === 'cluster')
        return [{ source: kms_access/* IAM_SERVICE */.ky.kubernetes, roles: ['Reader'] }];
    return [
        { source: kms_access/* IAM_SERVICE */.ky.kubernetes, roles: kms_access/* IKS_KMS_ROLES */.ow },
        { source: kms_access/* IAM_SERVICE */.ky.blockStorage, roles: kms_access/* BLOCK_STORAGE_KMS_ROLES */.wX }
    ];
}
const LIST_POLICIES_SDK = {
    kind: 'sdk',
    repo: 'IBM/platform-services-go-sdk',
    path: 'iampolicymanagementv1/iam_policy_management_v1.go (ListPolicies)',
    quote: 'Only policies that have the specified attributes and that the caller has read access to are returned. If the caller does not have read access to any policies an empty array is returned.'
};
/** The rules of this check (docs/rules.md). */
const KMS_RULES = [
    {
        id: 'kms-authorization.worker-volumes',
        says: 'Encrypting VPC worker volumes with a KMS root key (a pool kms_instance_id + crk, or a pool whose workerVolumeEncryption names one) needs an authorization from Kubernetes Service to the KMS instance with Reader, delegated (Authorization Delegator), and one from Cloud Block Storage (server-protect) with Reader. Missing is judged only from a policy list the key may read in full (Viewer or more on IAM Access Management, every IAM service or every account management service, account-wide); otherwise "could not verify".',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-vpc-worker-disks',
                quote: 'Set the Source service to Kubernetes Service. Set the Target service to your KMS provider, such as Key Protect. Include at least Reader service access. Enable the authorization to be delegated by the source and dependent services. … Set the Source service to Cloud Block Storage. … Include at least Reader service access.',
                read: 'ibm-cloud-docs/containers@065070d91a9fafaaecb44bfb8cc8a108bd75fb7d'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/vpc?topic=vpc-block-s2s-auth',
                quote: 'The source service is `server-protect` and the target service is either `kms` or `hs-crypto`. The role that you need to assign is `Reader`.',
                read: '2026-12'
            },
            {
                kind: 'error',
                code: 'E09c0',
                text: 'Not authorized to access the Key Management Service. Create an IBM Cloud IAM authorization policy to give the source Kubernetes Service delegate access to the target Key Management Service, and try again.',
                where: 'IBM-Cloud/terraform-provider-ibm#5007; terraform-ibm-modules/terraform-ibm-landing-zone#645'
            },
            LIST_POLICIES_SDK,
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/account?topic=account-account-services#access-management',
                quote: 'IAM Access Management service … Viewer: View access policies and custom roles',
                read: '2026-12'
            }
        ]
    },
    {
        id: 'kms-authorization.secret-policy',
        says: 'Secret encryption (kms_config) needs a Reader authorization from Kubernetes Service to the KMS instance, which IKS creates itself when it is missing: never a failure; a cluster already encrypting with KMS and no such authorization anywhere in a fully readable list is a warning.',
        level: 'warn',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-setup',
                quote: 'An additional Reader service-to-service authorization policy between Kubernetes Service and Key Protect is automatically created for your cluster, if the policy does not already exist.',
                read: '2026-12'
            },
            LIST_POLICIES_SDK
        ],
        history: 'Until issue 19 this check failed a kms_config without Reader and Authorization Delegator; IBM documents the delegator for VPC worker-disk encryption only (encryption-vpc-worker-disks), and the secret-encryption page says IKS creates the Reader policy itself. The current pages are followed.'
    },
    {
        id: 'kms-authorization.instance-state',
        says: 'The KMS instance should be readable and active; Resource Controller answering 404, or a state other than active, is a warning.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'Resource Controller lists the states (active, failed, inactive, pending_reclamation, pending_removal, pre_provisioning, provisioning, removed); IBM documents neither the IKS refusal for an inactive instance nor whether an instance the key may not view answers 403 or 404, so a 404 is not proof that it does not exist.',
                where: 'IBM/platform-services-go-sdk resourcecontrollerv2'
            }
        ]
    }
];
const scopeMsg = (u) => u.pool !== undefined
    ? { id: 'kms-authorization.detail.scope-pool', params: { pool: u.pool } }
    : { id: `kms-authorization.detail.scope-${u.scope}` };
/** The best verdict over the KMS services the instance may belong to (one when its CRN says). */
function verdictFor(policies, source, target, services, roles) {
    const all = services.map(service => ({
        service,
        ...(0,kms_access/* findAuthorization */.XC)(policies, {
            source,
            target: { ...target, serviceName: service },
            roles
        })
    }));
    return (all.find(v => v.verdict === 'granted') ??
        all.find(v => v.verdict === 'undetermined') ??
        all[0]);
}
/**
 * When the operation uses a KMS root key (a plan's kms_config, a pool's kms_instance_id + crk, or a
 * KMS-enabled cluster's update), an active IAM authorization lets Kubernetes
 * Service use the KMS instance with Reader and Authorization Delegator (E09c0), and Cloud Block Storage
 * with Reader for worker volumes; and the instance is active. A policy the check cannot compare never
 * passes: it makes the finding "could not verify".
 */
const kmsAuthorizationCheck = {
    id: 'kms-authorization',
    family: 'credentials',
    title: 'kms-authorization.title',
    scope: 'cluster',
    operations: [
        'cluster-create',
        'cluster-update',
        'worker-pool-create',
        'worker-add',
        'worker-pool-resize',
        'zone-add',
        'worker-replace'
    ],
    requires: ['api-key', 'cluster-access', 'operation-target'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-setup',
    needs: 'Viewer on IAM Access Management (to list authorization policies and prove the list is whole) and Viewer on the KMS instance',
    rules: KMS_RULES,
    async run(ctx) {
        const { config, facts } = ctx;
        const operation = config.operation;
        const prefetch = (uses) => {
            // Start the reads the plan already names, alongside the cluster read; errors surface when awaited.
            // A use with its own KMS account may be another account's: its reads wait until that is known.
            uses = uses.filter(u => u.accountId === undefined);
            if (uses.length === 0)
                return;
            void facts.authorizationPolicies().catch(() => undefined);
            for (const u of uses)
                void facts.resourceInstance(u.instanceId).catch(() => undefined);
        };
        const planned = (intents) => intents.flatMap(o => o.kms ?? []);
        const knownUses = (list) => list.flatMap(k => {
            const instanceId = (0,intent_types/* known */.eO)(k.instanceId);
            return instanceId === undefined
                ? []
                : [{ scope: k.scope, instanceId, accountId: (0,intent_types/* known */.eO)(k.accountId) }];
        });
        prefetch(knownUses(planned((0,helpers/* intentsOf */.H$)(ctx.config, [ctx.target]))));
        const cluster = operation === 'cluster-create'
            ? undefined
            : await facts.cluster(ctx.target);
        const intents = (0,helpers/* intentsOf */.H$)(ctx.config, [
            ctx.target,
            cluster?.id,
            cluster?.name
        ]);
        const kms = planned(intents);
        if (kms.some(k => (0,intent_types/* isAfterApply */.VT)(k.instanceId)))
            return [
                {
                    status: 'skip',
                    summary: { id: 'kms-authorization.after-apply', params: { operation } }
                }
            ];
        let uses = knownUses(kms);
        if (POOL_OPERATIONS.has(operation) && cluster?.provider === 'vpc-gen2') {
            const fromPools = await poolUses(ctx, cluster, intents);
            if (!Array.isArray(fromPools))
                return [fromPools];
            uses = [...uses, ...fromPools];
        }
        if (uses.length === 0) {
            if (cluster?.keyProtectEnabled === true && operation === 'cluster-update')
                return unknownInstance(ctx, cluster);
            return [
                {
                    status: 'skip',
                    summary: { id: 'kms-authorization.no-kms', params: { operation } }
                }
            ];
        }
        const distinct = [
            ...new Map(uses.map(u => [`${u.scope}|${u.instanceId}|${u.pool ?? ''}`, u])).values()
        ];
        const own = await facts.accountId();
        const local = distinct.filter(u => u.accountId === undefined || u.accountId === own);
        const [policies, instances] = await Promise.all([
            local.length > 0 ? facts.authorizationPolicies() : Promise.resolve([]),
            Promise.all(local.map(u => facts.resourceInstance(u.instanceId)))
        ]);
        // Judged first as if the list were whole; only a failure asks whether the key may read every policy.
        const whole = { policies, complete: true, who: undefined };
        const first = local.map((u, i) => kms_authorization_judge(u, instances[i], whole, own, cluster));
        let view = whole;
        if (first.some(o => o.status === 'fail')) {
            const complete = await facts.readsAccountPolicies();
            // Only an unproven gap prints a policy command for the key's identity; no verdict depends on it.
            const who = complete
                ? undefined
                : await facts.identity().catch(() => undefined);
            view = { policies, complete, who };
        }
        return distinct.map(u => {
            const at = local.indexOf(u);
            if (at === -1)
                return {
                    status: 'skip',
                    summary: {
                        id: 'kms-authorization.other-account',
                        params: { instance: u.instanceId, account: u.accountId, own }
                    }
                };
            return view === whole
                ? first[at]
                : kms_authorization_judge(u, instances[at], view, own, cluster);
        });
    }
};
/**
 * The KMS uses of the pools an operation on a VPC cluster touches: the pool named by worker-pool, or every
 * pool for a worker replace without it. The policy list is started beside the pool list (same wave); an
 * unencrypted pool leaves it unused. A skip outcome when the pool cannot be told.
 */
async function poolUses(ctx, cluster, intents) {
    const operation = ctx.config.operation;
    const named = intents.map(o => (0,intent_types/* known */.eO)(o.pool));
    const all = named.length === 0 || named.some(n => n === undefined);
    if (all && operation !== 'worker-replace')
        return {
            status: 'skip',
            summary: {
                id: 'kms-authorization.needs-pool',
                params: { operation, name: cluster.name }
            }
        };
    void ctx.facts.authorizationPolicies().catch(() => undefined);
    const pools = await ctx.facts.workerPools(cluster.id);
    let chosen = pools;
    if (!all) {
        chosen = [];
        for (const ref of new Set(named)) {
            const p = (0,helpers/* poolByRef */.th)(pools, ref);
            if (p === undefined)
                return {
                    status: 'skip',
                    summary: {
                        id: 'kms-authorization.pool-unknown',
                        params: { name: cluster.name, pool: ref }
                    }
                };
            chosen.push(p);
        }
    }
    return chosen.flatMap(p => {
        const instanceId = p.volumeEncryption?.kmsInstanceId;
        if (instanceId === undefined)
            return [];
        const accountId = p.volumeEncryption?.kmsAccountId;
        return [
            {
                scope: 'worker-volumes',
                instanceId,
                pool: p.name ?? p.id,
                ...(accountId !== undefined && { accountId })
            }
        ];
    });
}
/** The role that lets the key read every policy of the account, and the command that grants it. */
function readRoleFix(who) {
    const grant = (0,iam/* roleForRead */.ie)('iam', 'list authorization policies');
    return {
        role: grant.role,
        label: grant.label,
        command: (0,iam/* policyCreate */.lF)(who, grant)
    };
}
/**
 * One KMS use: the instance is readable and active, and every authorization it needs is there. A missing
 * authorization fails only for worker volumes and only when the key may read every policy of the account;
 * secret encryption's Reader policy is created by IKS itself.
 */
function kms_authorization_judge(u, instance, view, own, cluster) {
    const scope = scopeMsg(u);
    // Resource Controller's 404 is not proof: IBM does not document whether an instance the key may not view answers 403 or 404.
    if (instance === undefined)
        return {
            status: 'warn',
            rule: 'kms-authorization.instance-state',
            summary: {
                id: 'kms-authorization.instance-missing',
                params: { instance: u.instanceId, scope }
            },
            why: { id: 'kms-authorization.instance-missing.why' },
            fix: [
                {
                    text: { id: 'kms-authorization.instance.fix' },
                    commands: [ibmcloud/* cmd */.HW.serviceInstances(kms_access/* IAM_SERVICE */.ky.keyProtect)]
                }
            ]
        };
    const name = instance.name ?? u.instanceId;
    if (!(0,kms_access/* isInstanceActive */.of)(instance))
        return {
            status: 'warn',
            rule: 'kms-authorization.instance-state',
            summary: {
                id: 'kms-authorization.instance-inactive',
                params: { name, instance: u.instanceId, state: instance.state ?? '?' }
            },
            why: { id: 'kms-authorization.instance-inactive.why' },
            fix: [
                {
                    text: { id: 'kms-authorization.instance.fix' },
                    commands: [ibmcloud/* cmd */.HW.serviceInstance(u.instanceId)]
                }
            ]
        };
    const services = instance.serviceName !== undefined ? [instance.serviceName] : KMS_SERVICES;
    const target = {
        instanceId: instance.guid ?? u.instanceId,
        accountId: instance.accountId ?? u.accountId ?? own
    };
    const details = [];
    const problems = [];
    for (const need of needsOf(u.scope)) {
        const source = {
            serviceName: need.source,
            accountId: own,
            ...(need.source === kms_access/* IAM_SERVICE */.ky.kubernetes && cluster
                ? { instanceId: cluster.id }
                : {})
        };
        const v = verdictFor(view.policies, source, target, services, need.roles);
        const params = {
            source: label(need.source),
            service: label(v.service),
            name,
            instance: target.instanceId,
            roles: displayRoles(need.roles).join(', '),
            scope
        };
        if (v.verdict === 'granted') {
            details.push(`${label(need.source)} → ${label(v.service)} ${name}: ${displayRoles(need.roles).join(', ')} (policy ${v.policyIds.join(', ')})`);
            continue;
        }
        if (u.scope === 'cluster') {
            // IBM: the Reader policy "is automatically created for your cluster, if the policy does not already exist".
            details.push({ id: 'kms-authorization.detail.auto-policy', params });
            continue;
        }
        const create = ibmcloud/* cmd */.HW.authorizationPolicyCreate(need.source, v.service, displayRoles(need.roles), target.instanceId);
        const missing = displayRoles(v.missingRoles).join(', ');
        if (v.verdict === 'undetermined') {
            problems.push({
                status: 'warn',
                summary: {
                    id: 'kms-authorization.undetermined',
                    params: { ...params, missing }
                },
                why: { id: 'kms-authorization.undetermined.why' },
                fix: [
                    {
                        text: { id: 'kms-authorization.undetermined.fix' },
                        commands: [ibmcloud/* cmd */.HW.authorizationPolicies(), create]
                    }
                ],
                details: v.policyIds.map(id => `policy ${id}`)
            });
            continue;
        }
        if (!view.complete) {
            // IAM lists only the policies the caller may read (an empty array when none): not seeing one is not proof.
            const read = readRoleFix(view.who);
            problems.push({
                status: 'error',
                summary: {
                    id: 'kms-authorization.unverifiable',
                    params: { ...params, missing, role: read.role, label: read.label }
                },
                why: { id: 'kms-authorization.unverifiable.why' },
                fix: [
                    {
                        text: {
                            id: 'kms-authorization.unverifiable.fix',
                            params: { role: read.role, label: read.label }
                        },
                        commands: [read.command]
                    },
                    {
                        text: {
                            id: 'kms-authorization.missing.fix',
                            params: { account: target.accountId }
                        },
                        commands: [create]
                    }
                ]
            });
            continue;
        }
        problems.push({
            status: 'fail',
            rule: 'kms-authorization.worker-volumes',
            summary: {
                id: 'kms-authorization.missing',
                params: { ...params, missing }
            },
            why: {
                id: need.source === kms_access/* IAM_SERVICE */.ky.kubernetes
                    ? 'kms-authorization.missing.why'
                    : 'kms-authorization.missing.why.block-storage'
            },
            fix: [
                {
                    text: {
                        id: 'kms-authorization.missing.fix',
                        params: { account: target.accountId }
                    },
                    commands: [create]
                }
            ],
            ...(v.policyIds.length > 0
                ? { details: v.policyIds.map(id => `policy ${id}`) }
                : {})
        });
    }
    if (problems.length > 0) {
        // The worst first; the other findings of the same use go into its details.
        const worst = problems.find(p => p.status === 'fail') ??
            problems.find(p => p.status === 'error') ??
            problems[0];
        const rest = problems.filter(p => p !== worst);
        return {
            ...worst,
            fix: [...(worst.fix ?? []), ...rest.flatMap(p => p.fix ?? [])],
            details: [
                ...(worst.details ?? []),
                ...rest.map(p => p.summary),
                ...details
            ]
        };
    }
    return {
        status: 'pass',
        summary: {
            id: 'kms-authorization.pass',
            params: {
                name,
                instance: target.instanceId,
                service: label(instance.serviceName ?? services[0]),
                scope
            }
        },
        details
    };
}
/**
 * The cluster encrypts its secrets with KMS (getCluster features.keyProtectEnabled) but IKS does not say
 * with which instance: only "no authorization to any KMS instance in this account" can be told.
 */
async function unknownInstance(ctx, cluster) {
    const [policies, own] = await Promise.all([
        ctx.facts.authorizationPolicies(),
        ctx.facts.accountId()
    ]);
    const source = {
        serviceName: kms_access/* IAM_SERVICE */.ky.kubernetes,
        accountId: own,
        instanceId: cluster.id
    };
    const verdicts = KMS_SERVICES.map(service => (0,kms_access/* findAuthorization */.XC)(policies, {
        source,
        target: { serviceName: service, accountId: own },
        roles: ['Reader']
    }));
    // A list the key sees only in part proves nothing missing; IKS creates the Reader policy itself anyway.
    if (verdicts.every(v => v.verdict === 'missing') &&
        (await ctx.facts.readsAccountPolicies()))
        return [
            {
                status: 'warn',
                rule: 'kms-authorization.secret-policy',
                summary: {
                    id: 'kms-authorization.none-in-account',
                    params: { name: cluster.name, account: own }
                },
                why: { id: 'kms-authorization.none-in-account.why' },
                fix: [
                    {
                        text: { id: 'kms-authorization.missing.fix', params: { account: own } },
                        commands: [
                            ibmcloud/* cmd */.HW.authorizationPolicyCreate(kms_access/* IAM_SERVICE */.ky.kubernetes, kms_access/* IAM_SERVICE */.ky.keyProtect, displayRoles(['Reader']), '<kms-instance-id>')
                        ]
                    }
                ]
            }
        ];
    return [
        {
            status: 'skip',
            summary: {
                id: 'kms-authorization.instance-unknown',
                params: { name: cluster.name }
            },
            details: [...new Set(verdicts.flatMap(v => v.policyIds))].map(id => `policy ${id}`)
        }
    ];
}

;// CONCATENATED MODULE: ./src/checks/cos-instance.ts




/** The service name in a Cloud Object Storage instance's CRN. */
const COS_SERVICE = 'cloud-object-storage';
const OPENSHIFT_REGISTRY = 'https://cloud.ibm.com/docs/openshift?topic=openshift-registry';
const COS_TS = 'https://cloud.ibm.com/docs/openshift?topic=openshift-ts_cos_bucket_cluster_create';
const READ = 'ibm-cloud-docs/openshift@e8eca99';
const cos_instance_RULES = [
    {
        id: 'cos-instance.omitted',
        says: 'A VPC Red Hat OpenShift cluster created without a Cloud Object Storage instance gets an internal registry on ephemeral emptyDir storage, for good: IKS accepts the create, so this only warns.',
        level: 'warn',
        sources: [
            {
                kind: 'doc',
                url: OPENSHIFT_REGISTRY,
                quote: 'If you are planning to create a cluster without a COS-backed internal registry, such as for IBM Financial Services Cloud environments, you must omit the COS instance at cluster creation time.',
                read: READ
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-tutorial-no-registry-cos',
                quote: 'When you omit the `--cos-instance` option from the cluster creation command, the internal registry uses `emptyDir` storage instead of IBM Cloud Object Storage.',
                read: READ
            }
        ],
        history: 'The CLI reference still says of --cos-instance "Required for OpenShift clusters only" (cli-ks-plugin-v2.md), but since July 2026 the registry page and a tutorial document creating a VPC OpenShift cluster without it (tutorial-no-registry-cos.md, 2026-07-21; registry.md, 2026-07-30). The rule follows the newer word: omitting it is allowed, so it warns, never fails.'
    },
    {
        id: 'cos-instance.exists',
        says: 'The Cloud Object Storage instance a VPC OpenShift create names exists and is active: IKS refuses the create otherwise.',
        level: 'fail',
        sources: [
            {
                kind: 'error',
                text: 'Could not find the specified cloud object storage instance.',
                where: `IKS cluster-create error quoted by IBM's OpenShift troubleshooting page ${COS_TS} (${READ})`
            },
            {
                kind: 'doc',
                url: COS_TS,
                quote: 'No standard IBM Cloud Object Storage instance exists in your account, or the person whose API key is set for the region and resource group does not have permissions to view the instance.',
                read: READ
            }
        ]
    },
    {
        id: 'cos-instance.is-cos',
        says: 'The instance a VPC OpenShift create gives as its COS instance is a Cloud Object Storage instance.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-kubernetes-service-cli#cluster-create-vpc-gen2-cli',
                quote: 'The CRN for the standard cloud object storage instance to back up the internal registry in your OpenShift cluster.',
                read: READ
            },
            {
                kind: 'error',
                text: 'Could not find the specified cloud object storage instance.',
                where: `IKS cluster-create error quoted by ${COS_TS} (${READ})`
            }
        ]
    }
];
/**
 * A VPC Red Hat OpenShift cluster create: its Cloud Object Storage instance (`--cos-instance`, Terraform
 * `cos_instance_crn`) backs the internal registry. Omitted: the registry is ephemeral (warn, IBM allows it);
 * given: it exists, is active and is a COS instance, as Resource Controller tells the key
 * (GET /v2/resource_instances/{id}; a refused read is "could not verify").
 */
const cosInstanceCheck = {
    id: 'cos-instance',
    family: 'vpc',
    title: 'cos-instance.title',
    scope: 'cluster',
    operations: ['cluster-create'],
    providers: ['vpc-gen2'],
    requires: ['api-key'],
    docs: OPENSHIFT_REGISTRY,
    needs: 'Viewer platform role on the Cloud Object Storage instance (Resource Controller read)',
    rules: cos_instance_RULES,
    async run({ config, facts, target }) {
        return Promise.all((0,helpers/* intentsOrBare */.fR)(config, [target]).map(async (o) => {
            if ((0,intent_types/* isAfterApply */.VT)(o.kubeVersion))
                return {
                    status: 'skip',
                    summary: {
                        id: 'cos-instance.after-apply',
                        params: { input: 'kube-version' }
                    }
                };
            const version = (0,intent_types/* known */.eO)(o.kubeVersion);
            const platform = (0,facts_platform/* versionPlatform */.A)(version);
            if (platform !== 'openshift' || version === undefined)
                return {
                    status: 'skip',
                    summary: version === undefined
                        ? { id: 'cos-instance.no-version' }
                        : { id: 'cos-instance.not-openshift', params: { version } }
                };
            if ((0,intent_types/* isAfterApply */.VT)(o.cosInstance))
                return {
                    status: 'skip',
                    summary: {
                        id: 'cos-instance.after-apply',
                        params: { input: 'cos-instance' }
                    }
                };
            const ref = o.cosInstance;
            if (ref === undefined)
                return {
                    status: 'warn',
                    summary: { id: 'cos-instance.omitted', params: { version } },
                    why: { id: 'cos-instance.omitted.why' },
                    fix: [
                        {
                            text: { id: 'cos-instance.omitted.fix' },
                            commands: [
                                ibmcloud/* cmd */.HW.serviceInstances(COS_SERVICE),
                                ibmcloud/* cmd */.HW.cosInstanceCreate('<cos-instance-name>')
                            ]
                        }
                    ],
                    rule: 'cos-instance.omitted'
                };
            const instance = await facts.resourceInstance(ref);
            if (instance === undefined)
                return {
                    status: 'fail',
                    summary: { id: 'cos-instance.missing', params: { instance: ref } },
                    why: { id: 'cos-instance.missing.why' },
                    fix: [
                        {
                            text: { id: 'cos-instance.fix' },
                            commands: [ibmcloud/* cmd */.HW.serviceInstances(COS_SERVICE)]
                        }
                    ],
                    rule: 'cos-instance.exists'
                };
            const name = instance.name ?? ref;
            const service = instance.serviceName;
            if (service !== undefined && service !== COS_SERVICE)
                return {
                    status: 'fail',
                    summary: {
                        id: 'cos-instance.not-cos',
                        params: { name, instance: ref, service }
                    },
                    why: { id: 'cos-instance.not-cos.why' },
                    fix: [
                        {
                            text: { id: 'cos-instance.fix' },
                            commands: [ibmcloud/* cmd */.HW.serviceInstances(COS_SERVICE)]
                        }
                    ],
                    rule: 'cos-instance.is-cos'
                };
            if (instance.state !== 'active')
                return {
                    status: 'fail',
                    summary: {
                        id: 'cos-instance.inactive',
                        params: { name, instance: ref, state: instance.state ?? '?' }
                    },
                    why: { id: 'cos-instance.missing.why' },
                    fix: [
                        {
                            text: { id: 'cos-instance.fix' },
                            commands: [
                                ibmcloud/* cmd */.HW.serviceInstance(ref),
                                ibmcloud/* cmd */.HW.serviceInstances(COS_SERVICE)
                            ]
                        }
                    ],
                    rule: 'cos-instance.exists'
                };
            // Resource Controller answered without a CRN: the instance is active, but whose service it is was not said.
            if (service === undefined)
                return {
                    status: 'warn',
                    summary: {
                        id: 'cos-instance.service-unknown',
                        params: { name, instance: ref }
                    }
                };
            return {
                status: 'pass',
                summary: {
                    id: 'cos-instance.pass',
                    params: { name, instance: ref, version }
                }
            };
        }));
    }
};

// EXTERNAL MODULE: ./src/checks/blockers.ts
var blockers = __webpack_require__(3278);
;// CONCATENATED MODULE: ./src/checks/orphaned-workers.ts







function workerLines(a) {
    const found = new Set(a.placement?.found.map(w => w.id));
    const account = a.linkedId ?? {
        id: 'orphaned-workers.detail.linked'
    };
    const line = (w) => {
        const params = {
            worker: w.id,
            ip: w.privateIP ?? { id: 'orphaned-workers.detail.no-ip' },
            state: w.state ?? { id: 'orphaned-workers.detail.unknown-state' },
            account,
            // IBM's own words, kept in English in every language: users search for them.
            incorrect: reportsIncorrectAccount(w)
                ? ': incorrect account for worker'
                : ''
        };
        if (a.placement === undefined)
            return { id: 'orphaned-workers.detail.plain', params };
        return {
            id: found.has(w.id)
                ? 'orphaned-workers.detail.in'
                : 'orphaned-workers.detail.not-in',
            params
        };
    };
    return a.workers.map(line);
}
function orphanedFix(a) {
    const t = a.target;
    const linked = a.linkedId ?? '?';
    const switchNote = {
        text: { id: 'orphaned-workers.fix.see-switch', params: where(t) }
    };
    const unset = {
        text: { id: 'orphaned-workers.fix.unset', params: { ...where(t), linked } },
        commands: unsetCommands(t)
    };
    const set = {
        text: { id: 'orphaned-workers.fix.set', params: where(t) },
        commands: setCommands(t)
    };
    if (a.fix === 'unset')
        return [unset, switchNote];
    if (a.fix === 'set')
        return [set, supportStep(t), switchNote];
    return [
        {
            ...unset,
            text: { id: 'orphaned-workers.fix.either-unset', params: { linked } }
        },
        { ...set, text: { id: 'orphaned-workers.fix.either-set' } },
        supportStep(t),
        switchNote
    ];
}
function unverified(a) {
    const e = a.placementError;
    if ((0,blockers/* blockerOf */.U)(e))
        return (0,helpers/* couldNotVerify */.ke)(e);
    const account = a.linkedId ?? '?';
    const forbidden = (0,errors/* isHttpError */.d)(e, 401, 403);
    return {
        status: 'error',
        summary: {
            id: 'orphaned-workers.unverified',
            params: { cluster: a.target.name, account, reason: e.message }
        },
        why: { id: 'orphaned-workers.unverified.why' },
        fix: forbidden
            ? [
                {
                    text: {
                        id: 'orphaned-workers.unverified.fix.permissions',
                        params: { account }
                    },
                    commands: ['VIRTUAL_GUEST_VIEW', 'HARDWARE_VIEW'].map(p => ibmcloud/* cmd */.HW.slPermissionEdit(p))
                }
            ]
            : [{ text: { id: 'orphaned-workers.unverified.fix.other' } }],
        details: workerLines(a),
        ibm: (0,helpers/* ibmDiagnostics */.lJ)(e)
    };
}
/** Classic clusters: the workers are devices of the classic account the region's credentials point to. */
const orphanedWorkersCheck = {
    id: 'orphaned-workers',
    family: 'classic',
    title: 'orphaned-workers.title',
    scope: 'cluster',
    providers: ['classic'],
    operations: [
        'cluster-update',
        'cluster-delete',
        'worker-add',
        'worker-delete',
        'worker-reload',
        'worker-reboot',
        'worker-replace',
        'worker-pool-resize',
        'worker-pool-create',
        'worker-pool-delete',
        'zone-add'
    ],
    requires: ['api-key', 'cluster-access', 'paid-account', 'totp-mfa'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
    needs: "Viewer platform role on Kubernetes Service; classic infrastructure VIRTUAL_GUEST_VIEW and HARDWARE_VIEW for the key's classic user",
    rules: [
        {
            id: 'orphaned-workers.orphaned',
            says: "The cluster's workers are not in the classic infrastructure account that its region's and resource group's credentials point to: IKS cannot change them (incorrect account for worker).",
            level: 'fail',
            sources: [
                infraErrors.orphaned,
                {
                    kind: 'error',
                    text: "incorrect account for worker - The 'classic' infrastructure user credentials changed and no longer match the worker node instance infrastructure account.",
                    where: 'IBM docs, containers cluster_infra_errors#orphaned'
                }
            ]
        },
        {
            id: 'orphaned-workers.unconfirmed',
            says: 'Workers could not all be placed in the account the credentials use (not listed, or the account cannot be read): a warning.',
            level: 'warn',
            sources: [infraErrors.orphaned]
        }
    ],
    async run({ config, facts, target }) {
        const a = await analyseOrphan(facts, target);
        const t = a.target;
        const credentials = credentialsMsg(a.creds, a.linkedId);
        const base = { cluster: t.name, ...where(t), credentials };
        const considered = (a.placement?.found.length ?? 0) + (a.placement?.missing.length ?? 0);
        switch (a.verdict) {
            case 'ok':
                return [
                    {
                        status: 'pass',
                        summary: {
                            id: 'orphaned-workers.pass',
                            params: { ...base, count: considered, account: a.currentId ?? '?' }
                        },
                        details: workerLines(a)
                    }
                ];
            case 'no-workers':
                return [
                    {
                        status: 'pass',
                        summary: { id: 'orphaned-workers.no-workers', params: base }
                    }
                ];
            case 'partial': {
                const missing = a.placement.missing;
                return [
                    {
                        status: 'warn',
                        summary: {
                            id: 'orphaned-workers.partial',
                            params: {
                                ...base,
                                missing: missing.length,
                                count: considered,
                                account: a.currentId ?? '?'
                            }
                        },
                        why: { id: 'orphaned-workers.partial.why' },
                        fix: [
                            {
                                text: { id: 'orphaned-workers.partial.fix' },
                                commands: missing.slice(0, 5).map(w => ibmcloud/* cmd */.HW.slFindHost(w.id))
                            }
                        ],
                        details: workerLines(a)
                    }
                ];
            }
            case 'unconfirmed': {
                const username = a.creds.kind === 'manual' ? a.creds.username : '';
                return [
                    {
                        status: 'warn',
                        rule: 'orphaned-workers.unconfirmed',
                        summary: {
                            id: 'orphaned-workers.unconfirmed',
                            params: {
                                ...base,
                                linked: a.linkedId ?? '?',
                                username,
                                current: a.currentId ?? '?'
                            }
                        },
                        why: { id: 'orphaned-workers.unconfirmed.why' },
                        fix: [
                            {
                                text: {
                                    id: 'orphaned-workers.unconfirmed.fix',
                                    params: { username }
                                },
                                commands: [
                                    ibmcloud/* cmd */.HW.workerLs(t.id ?? t.name),
                                    ...a.workers.slice(0, 3).map(w => ibmcloud/* cmd */.HW.slFindHost(w.id))
                                ]
                            }
                        ],
                        details: workerLines(a)
                    }
                ];
            }
            case 'unverified':
                return [unverified(a)];
            case 'orphaned': {
                const username = a.creds.kind === 'manual' ? a.creds.username : '';
                const params = {
                    ...base,
                    linked: a.linkedId ?? '?',
                    current: a.currentId ?? '?',
                    username,
                    reported: a.reported.length,
                    count: considered
                };
                const id = a.fix === 'unset'
                    ? 'orphaned-workers.orphaned.unset'
                    : a.fix === 'set'
                        ? 'orphaned-workers.orphaned.set'
                        : 'orphaned-workers.orphaned.either';
                return [
                    {
                        status: 'fail',
                        rule: 'orphaned-workers.orphaned',
                        summary: { id, params },
                        why: {
                            id: 'orphaned-workers.orphaned.why',
                            params: { operation: config.operation }
                        },
                        fix: orphanedFix(a),
                        details: workerLines(a)
                    }
                ];
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/checks/classic-probe.ts


/**
 * The errors of the classic IKS calls other checks make anyway for this target (memoised, so no extra
 * requests): IBM reports the TOTP and paid-account blockers inside them. SoftLayer is included on request.
 */
function classicProbe(facts, t, opts = {}) {
    const scope = (0,helpers/* scopeOf */.Od)(t);
    const calls = [
        facts.credentials(scope),
        facts.infraPermissions(scope)
    ];
    if (t.kind === 'existing' && t.id)
        calls.push(facts.workers(t.id), facts.keyOwner(t.id, scope));
    if (opts.softlayer && t.kind === 'existing')
        calls.push(facts.classicDevices());
    return (0,blockers/* errorsOf */.B)(calls);
}

;// CONCATENATED MODULE: ./src/checks/paid-account.ts





/** Classic operations need classic infrastructure: a linked account (paid) or manually set credentials. */
const paidAccountCheck = {
    id: 'paid-account',
    family: 'classic',
    title: 'paid-account.title',
    scope: 'cluster',
    providers: ['classic'],
    requires: ['api-key', 'cluster-access'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
    needs: 'Viewer platform role on Kubernetes Service; Viewer on Account Management (account read)',
    rules: [
        {
            id: 'paid-account.paid',
            says: 'Classic clusters and workers need a paid account with linked classic infrastructure (or manually set classic credentials); IKS refuses them otherwise (E0057).',
            level: 'fail',
            sources: [infraErrors.paid, infraErrors.unlinked]
        }
    ],
    async run({ facts, target }) {
        const t = await facts.target(target);
        const errors = await classicProbe(facts, t);
        const fix = [
            { text: { id: 'paid-account.fix.upgrade' } },
            {
                text: { id: 'paid-account.fix.credentials', params: { region: t.region } },
                commands: setCommands(t)
            },
            { text: { id: 'paid-account.fix.vpc' } }
        ];
        const e0057 = errors.find(e => (0,blockers/* blockerOf */.U)(e) === 'paid' && e.service === 'iks');
        if (e0057) {
            return [
                {
                    status: 'fail',
                    rule: 'paid-account.paid',
                    summary: {
                        id: 'paid-account.e0057',
                        params: {
                            ...where(t),
                            code: e0057.code ?? '',
                            message: e0057.detail,
                            operation: e0057.operation
                        }
                    },
                    why: { id: 'paid-account.why' },
                    fix: [...fix],
                    ibm: (0,helpers/* ibmDiagnostics */.lJ)(e0057)
                }
            ];
        }
        // getCluster's isPaid answers for an existing cluster directly; a create asks the account.
        const isPaid = t.kind === 'existing'
            ? await facts.cluster(target).then(c => c.isPaid, () => undefined)
            : undefined;
        if (isPaid === true) {
            const account = await facts
                .linkedClassicAccountId()
                .catch(() => undefined);
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'paid-account.is-paid',
                        params: { ...where(t), cluster: t.name, account: account ?? '?' }
                    }
                }
            ];
        }
        const linked = isPaid === false ? undefined : await facts.linkedClassicAccountId();
        if (linked !== undefined)
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'paid-account.pass',
                        params: { ...where(t), account: linked }
                    }
                }
            ];
        const creds = await facts.credentials((0,helpers/* scopeOf */.Od)(t));
        if (creds.kind === 'manual') {
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'paid-account.manual',
                        params: { ...where(t), username: creds.username }
                    }
                }
            ];
        }
        return [
            {
                status: 'fail',
                rule: 'paid-account.paid',
                summary: {
                    id: 'paid-account.unlinked',
                    params: { ...where(t), accountId: await facts.accountId() }
                },
                why: { id: 'paid-account.why' },
                fix: [...fix]
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/checks/totp-mfa.ts






const BLOCKING = new Set(['TOTP', 'TOTP4ALL', 'LEVEL2']);
const MAYBE = new Set(['LEVEL1', 'LEVEL3']);
/** Every (resource group, region) with classic clusters, the target's first: the key must be set in each. */
async function classicPlaces(facts, t) {
    const places = [
        { group: t.resourceGroupName ?? t.resourceGroupId, region: t.region }
    ];
    const clusters = await facts.clusters().catch(() => []);
    for (const c of clusters) {
        if (c.provider !== 'classic')
            continue;
        const group = c.resourceGroupName ?? c.resourceGroupId;
        if (!places.some(p => p.group === group && p.region === c.region))
            places.push({ group, region: c.region });
    }
    return places;
}
async function totpFix(facts, t, linked) {
    const places = await classicPlaces(facts, t);
    const commands = [];
    let group;
    for (const p of places) {
        if (p.group !== group)
            commands.push(ibmcloud/* cmd */.HW.targetGroup(p.group));
        group = p.group;
        commands.push(ibmcloud/* cmd */.HW.credentialSetClassic(p.region), ibmcloud/* cmd */.HW.credentialGet(p.region), ibmcloud/* cmd */.HW.apiKeyReset(p.region));
    }
    return [
        {
            text: { id: 'totp-mfa.fix.turn-off' },
            commands: [ibmcloud/* cmd */.HW.mfaOff()]
        },
        {
            text: {
                id: 'totp-mfa.fix.classic-key',
                params: {
                    linked: linked ?? '<classic-account-id>',
                    regions: places.map(p => `${p.region} (${p.group})`).join(', ')
                }
            },
            commands
        }
    ];
}
/** The user_mfa entry of the owner of the API key IKS stores for the target's region and group, if any. */
async function keyOwnerOverride(facts, t, userMfa) {
    if (userMfa.length === 0 || t.kind !== 'existing' || !t.id)
        return undefined;
    const owner = await facts.keyOwner(t.id, (0,helpers/* scopeOf */.Od)(t)).catch(() => undefined);
    const email = owner?.email?.toLowerCase();
    if (!email)
        return undefined;
    const hit = userMfa.find(u => u.email?.toLowerCase() === email);
    return hit ? { mfa: hit.mfa, user: owner.email } : undefined;
}
/**
 * Account-wide TOTP also applies to the classic calls IKS makes with the linked account, so IKS cannot
 * manage classic clusters unless the region uses manually set classic credentials (an API key needs no TOTP).
 */
const totpMfaCheck = {
    id: 'totp-mfa',
    family: 'classic',
    title: 'totp-mfa.title',
    scope: 'cluster',
    providers: ['classic'],
    requires: ['api-key', 'cluster-access'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors',
    needs: 'Viewer platform role on Kubernetes Service; Viewer on IAM Identity (account settings)',
    rules: [
        {
            id: 'totp-mfa.totp',
            says: 'With TOTP multifactor authentication on the account and its linked classic infrastructure, IKS cannot make its classic infrastructure calls: classic cluster and worker operations fail.',
            level: 'fail',
            sources: [
                infraErrors.totp,
                {
                    kind: 'error',
                    text: "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.",
                    where: 'IBM docs, containers cluster_infra_errors#cs_totp'
                }
            ]
        },
        {
            id: 'totp-mfa.level',
            says: 'An MFA level IBM does not name in the TOTP troubleshooting page may also affect IKS: reported as a warning.',
            level: 'warn',
            sources: [
                {
                    kind: 'indirect',
                    note: 'IBM documents the TOTP refusal; other account MFA levels are not named there.',
                    where: 'containers cluster_infra_errors#cs_totp'
                }
            ]
        }
    ],
    async run({ facts, target }) {
        const t = await facts.target(target);
        // Asked alongside the probe, not after it: one round trip less on the run's critical path.
        const settingsAnswer = facts
            .accountSettings()
            .catch((e) => e);
        const errors = await classicProbe(facts, t, { softlayer: true });
        const creds = await facts
            .credentials((0,helpers/* scopeOf */.Od)(t))
            .catch((e) => e);
        const linked = await facts.linkedClassicAccountId().catch(() => undefined);
        const manual = !(creds instanceof Error) && creds.kind === 'manual';
        // With manual credentials our own SoftLayer read (the pipeline's classic user) may hit TOTP while IKS does not.
        const proof = errors.find(e => (0,blockers/* blockerOf */.U)(e) === 'totp' && (e.service === 'iks' || !manual));
        const settings = await settingsAnswer;
        const accountMfa = settings instanceof Error ? undefined : (settings.mfa ?? 'NONE');
        // A per-user override (user_mfa) for the user whose key IKS uses decides for that user.
        const override = settings instanceof Error || manual
            ? undefined
            : await keyOwnerOverride(facts, t, settings.userMfa);
        const mfa = override?.mfa ?? accountMfa;
        const params = {
            ...where(t),
            mfa: override
                ? {
                    id: 'totp-mfa.user.override',
                    params: {
                        mfa: override.mfa,
                        user: override.user,
                        account: accountMfa ?? '?'
                    }
                }
                : (mfa ?? '?')
        };
        if (proof) {
            return [
                {
                    status: 'fail',
                    rule: 'totp-mfa.totp',
                    summary: {
                        id: 'totp-mfa.reported',
                        params: { ...params, message: proof.detail }
                    },
                    why: { id: 'totp-mfa.why' },
                    fix: await totpFix(facts, t, linked),
                    ibm: (0,helpers/* ibmDiagnostics */.lJ)(proof)
                }
            ];
        }
        if (creds instanceof Error)
            throw creds;
        // With MFA off, the manual credentials are beside the point; name them only when they are what makes it pass.
        const mfaOn = mfa !== undefined && (BLOCKING.has(mfa) || MAYBE.has(mfa));
        if (manual && (mfa === undefined || mfaOn))
            return [
                {
                    status: 'pass',
                    summary: {
                        id: 'totp-mfa.manual',
                        params: { ...params, username: creds.username }
                    }
                }
            ];
        if (settings instanceof Error)
            throw settings;
        if (BLOCKING.has(mfa)) {
            return [
                {
                    status: 'fail',
                    rule: 'totp-mfa.totp',
                    summary: { id: 'totp-mfa.enabled', params },
                    why: { id: 'totp-mfa.why' },
                    fix: await totpFix(facts, t, linked)
                }
            ];
        }
        if (MAYBE.has(mfa)) {
            return [
                {
                    status: 'warn',
                    summary: { id: 'totp-mfa.level', params },
                    why: { id: 'totp-mfa.level.why', params },
                    fix: await totpFix(facts, t, linked)
                }
            ];
        }
        return [{ status: 'pass', summary: { id: 'totp-mfa.pass', params } }];
    }
};

;// CONCATENATED MODULE: ./src/checks/vpc-security-groups.ts



/**
 * The numbers (sources in the rules below and docs/ibm-api-assumptions-network.md): security groups per VPC
 * (VPC quotas page); groups a Secure by Default (1.30+) cluster create adds: kube-<clusterID>,
 * kube-vpegw-<clusterID> and kube-lbaas-<clusterID>, plus kube-vpegw-<vpcID> for the first such cluster in
 * the VPC; IBM's recommended maximum of clusters per VPC; unique remotes per security group (VPC's
 * ErrorSecurityGroupRuleOverQuota), which a create meets on the shared kube-vpegw-<vpcID> group.
 */
const SG_QUOTA = 100;
const GROUPS_PER_CLUSTER = 3;
const RECOMMENDED_CLUSTERS_PER_VPC = 25;
const UNIQUE_REMOTE_LIMIT = 15;
// A cluster's worker group: kube-<cluster ID>; IKS cluster IDs are lower-case letters and digits (no '-'),
// so kube-vpegw-…, kube-lbaas-… and the pre-1.30 shared kube-<vpcID> (r006-…) do not match.
const CLUSTER_GROUP = /^kube-([a-z0-9]{20,32})$/;
const QUOTA_CASE_URL = 'https://cloud.ibm.com/unifiedsupport/cases/add';
// Names listed in a finding's details before "… (+N)".
const MAX_NAMES = 20;
const sharedName = (vpcId) => `kube-vpegw-${vpcId}`;
// VPC commands act in the targeted region: target it first.
const listCommands = (region, vpcId) => [
    ibmcloud/* cmd */.HW.targetRegion(region),
    ibmcloud/* cmd */.HW.isSecurityGroups(vpcId)
];
const rulesCommands = (region, group) => [
    ibmcloud/* cmd */.HW.targetRegion(region),
    ibmcloud/* cmd */.HW.isSecurityGroupRules(group.id)
];
function vpc_security_groups_names(groups) {
    const shown = groups.slice(0, MAX_NAMES).map(g => g.name ?? g.id);
    const more = groups.length - shown.length;
    return more > 0 ? `${shown.join(', ')} … (+${more})` : shown.join(', ');
}
/**
 * A create adds one remote rule per new cluster to the shared VPE group (a remote not there yet: the new
 * cluster's own group); VPC refuses a 16th unique remote (ts-sbd-cluster-create-quota).
 */
function sharedRemotes(shared, vpcId, region, count) {
    if (shared === undefined)
        return undefined;
    const unique = shared.rules?.uniqueRemotes;
    if (unique === undefined)
        return {
            status: 'error',
            summary: {
                id: 'vpc-security-groups.rules-unknown',
                params: { group: sharedName(vpcId), vpc: vpcId }
            }
        };
    const after = unique + count;
    if (after <= UNIQUE_REMOTE_LIMIT)
        return undefined;
    return {
        status: 'fail',
        rule: 'vpc-security-groups.shared-vpe-remotes',
        summary: {
            id: 'vpc-security-groups.shared-remotes',
            params: {
                group: sharedName(vpcId),
                unique,
                count,
                after,
                limit: UNIQUE_REMOTE_LIMIT
            }
        },
        why: { id: 'vpc-security-groups.shared-remotes.why' },
        fix: [
            {
                text: { id: 'vpc-security-groups.rules.fix' },
                commands: rulesCommands(region, shared)
            }
        ]
    };
}
async function createRun(config, facts, target) {
    const intents = (0,helpers/* intentsOf */.H$)(config, [target]);
    if (intents.some(o => (0,intent_types/* isAfterApply */.VT)(o.vpcId)))
        return [
            {
                status: 'skip',
                summary: {
                    id: 'vpc-security-groups.after-apply',
                    params: { input: 'vpc-id' }
                }
            }
        ];
    const vpcId = intents.map(o => (0,intent_types/* known */.eO)(o.vpcId)).find(v => v !== undefined) ?? config.vpcId;
    if (vpcId === undefined)
        return [
            {
                status: 'skip',
                summary: {
                    id: 'vpc-security-groups.needs-input',
                    params: { operation: config.operation, input: 'vpc-id' }
                }
            }
        ];
    // A create needs the region input; the resource group (facts.target) would add a round trip for nothing.
    const region = config.region ?? '';
    const groups = await facts.securityGroups(region, vpcId);
    if (groups.length === 0)
        return [noneVisible(vpcId, region)];
    // A plan may create several clusters in the VPC: their groups count together (each create alone could pass).
    const creates = new Set(config.intent.clusters
        .filter(c => c.operations.some(o => o.operation === 'cluster-create' &&
        ((0,intent_types/* known */.eO)(o.vpcId) ?? config.vpcId) === vpcId))
        .map(c => (0,intent_types/* known */.eO)(c.cluster.nameOrId) ?? c.cluster.address ?? '?'));
    const count = Math.max(creates.size, 1);
    const quota = config.securityGroupQuota ?? SG_QUOTA;
    const have = groups.length;
    const shared = groups.find(g => g.name === sharedName(vpcId));
    const need = GROUPS_PER_CLUSTER * count + (shared ? 0 : 1);
    const after = have + need;
    const clusters = groups.filter(g => CLUSTER_GROUP.test(g.name ?? ''));
    const others = groups.filter(g => !(g.name ?? '').startsWith('kube-'));
    const params = { vpc: vpcId, have, need, after, quota, count };
    const details = [
        {
            id: shared
                ? 'vpc-security-groups.detail.shared-exists'
                : 'vpc-security-groups.detail.shared-new',
            params: { group: sharedName(vpcId) }
        },
        {
            id: 'vpc-security-groups.detail.kinds',
            params: { clusters: clusters.length, others: others.length }
        },
        ...(count > 1
            ? [
                {
                    id: 'vpc-security-groups.detail.plan-creates',
                    params: { count, names: [...creates].join(', ') }
                }
            ]
            : [])
    ];
    const outcomes = [];
    if (after > quota) {
        const fix = [
            {
                text: {
                    id: 'vpc-security-groups.quota.fix.delete',
                    params: { count: after - quota }
                },
                commands: [...listCommands(region, vpcId), ibmcloud/* cmd */.HW.isSecurityGroupDelete()]
            },
            {
                text: {
                    id: 'vpc-security-groups.quota.fix.increase',
                    params: { url: QUOTA_CASE_URL }
                }
            }
        ];
        outcomes.push({
            status: 'fail',
            rule: 'vpc-security-groups.quota',
            summary: { id: 'vpc-security-groups.quota', params },
            why: { id: 'vpc-security-groups.quota.why' },
            fix,
            details: others.length > 0
                ? [
                    ...details,
                    {
                        id: 'vpc-security-groups.detail.others',
                        params: { names: vpc_security_groups_names(others) }
                    }
                ]
                : details
        });
    }
    else
        outcomes.push({
            status: 'pass',
            summary: { id: 'vpc-security-groups.pass-create', params },
            details
        });
    const remotes = sharedRemotes(shared, vpcId, region, count);
    if (remotes)
        outcomes.push(remotes);
    else if (shared?.rules !== undefined)
        details.push({
            id: 'vpc-security-groups.detail.shared-remotes',
            params: {
                group: sharedName(vpcId),
                unique: shared.rules.uniqueRemotes,
                limit: UNIQUE_REMOTE_LIMIT
            }
        });
    if (clusters.length + count > RECOMMENDED_CLUSTERS_PER_VPC)
        outcomes.push({
            status: 'warn',
            rule: 'vpc-security-groups.many-clusters',
            summary: {
                id: 'vpc-security-groups.many-clusters',
                params: {
                    vpc: vpcId,
                    clusters: clusters.length,
                    recommended: RECOMMENDED_CLUSTERS_PER_VPC
                }
            },
            why: { id: 'vpc-security-groups.many-clusters.why' },
            fix: [
                {
                    text: { id: 'vpc-security-groups.many-clusters.fix' },
                    commands: listCommands(region, vpcId)
                }
            ],
            details: [vpc_security_groups_names(clusters)]
        });
    return outcomes;
}
function noneVisible(vpcId, region) {
    return {
        status: 'error',
        summary: {
            id: 'vpc-security-groups.none-visible',
            params: { vpc: vpcId, region }
        },
        why: { id: 'vpc-security-groups.none-visible.why' },
        fix: [
            {
                text: { id: 'vpc-security-groups.none-visible.fix' },
                commands: [ibmcloud/* cmd */.HW.targetRegion(region), ibmcloud/* cmd */.HW.isVpc(vpcId)]
            }
        ]
    };
}
const SG_RULES = [
    {
        id: 'vpc-security-groups.quota',
        says: 'A cluster create adds 3 security groups to its VPC (4 when the shared kube-vpegw-<VPC ID> group does not exist yet) and fails when the VPC would pass its quota of 100 groups. VPC lists only the groups the key may see, so a count below the quota may be partial: the pass says so.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/vpc?topic=vpc-quotas#security-group-quotas',
                quote: 'Security groups | 100 per VPC',
                read: '2026-12'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-ts-sbd-cluster-create-quota',
                quote: 'If the shared VPE gateway security group (`kube-vpegw-VPC-ID`) does not exist, this group is created during cluster creation. Also, 3 additional security groups are created for a total of 4.',
                read: 'ibm-cloud-docs/containers@149bb1e85b0f5737df6ae4b35964e1ae8cf738af'
            },
            {
                kind: 'error',
                code: 'ErrorSecurityGroupOverQuota',
                text: 'Creating a new security group will put the user over quota. Allocated: 100, Requested: 1, Quota: 100',
                where: 'ibm-cloud-docs/containers ts-sbd-cluster-create-quota.md (2024-05-29 version)'
            }
        ]
    },
    {
        id: 'vpc-security-groups.shared-vpe-remotes',
        says: "A cluster create adds a remote rule to the shared kube-vpegw-<VPC ID> group naming the new cluster's group (a new unique remote); VPC refuses a 16th unique remote per security group, so a create that would add it fails. Adding workers, zones or pools adds no unique remote and is not checked; rules with a remote already counted (one per load-balancer node port, all to kube-lbaas-<clusterID>) do not count.",
        level: 'fail',
        sources: [
            {
                kind: 'error',
                code: 'ErrorSecurityGroupRuleOverQuota',
                text: 'Exceeded limit of unique remote rules per security group (the limit is 15 unique remote rules per security group). Adding a rule would exceed the limit of unique remote rules per security group.',
                where: 'ibm-cloud-docs/containers ts-sbd-cluster-create-quota.md (2024-05-29 version), captured at cluster creation'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-ts-sbd-cluster-create-quota',
                quote: 'Because of security group limitations, a single VPC can have a maximum number of 15 clusters. This is a hard limit with no exceptions.',
                read: 'ibm-cloud-docs/containers@149bb1e85b0f5737df6ae4b35964e1ae8cf738af'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-ts-network-nhc010',
                quote: 'The shared security group has remote security group rules referencing these associated groups, and it cannot have more than 15 such remote rules. Each cluster in the same VPC has an entry, and once it reaches 15, you cannot create more clusters.',
                read: 'ibm-cloud-docs/containers@7b999c85c09a2705e1f87cfed673d2cc83815049'
            }
        ],
        history: "ts-network-nhc010 changed: the July 2025 text put a limit of 15 remote rules on the worker group kube-<CLUSTER_ID> (checked by this tool for worker, zone and pool additions until issue 19); the 2025-08-01 and 2025-08-12 versions (commits 1213c03d, 7b999c85) moved it to the shared kube-vpegw-<VPC_ID> group, one entry per cluster, reached by creating clusters; the September 2026 page keeps only the 100 groups per VPC. VPC's own error counts unique remotes, and IKS adds one rule per load-balancer node port to kube-<clusterID>, all with the same remote. This rule follows VPC's error text and the August 2025 placement, which the current ts-sbd-cluster-create-quota page confirms (15 clusters per VPC); the July 2025 rule on kube-<CLUSTER_ID> is removed, as are the 15-rule warnings on VPE groups."
    },
    {
        id: 'vpc-security-groups.many-clusters',
        says: 'More clusters in one VPC than IBM recommends is a warning.',
        level: 'warn',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group-reference',
                quote: 'a maximum of 25 clusters per VPC is recommended',
                read: '2026-12'
            }
        ]
    }
];
/**
 * VPC security groups: a cluster create leaves the VPC within its security-group quota and the shared VPE
 * group within VPC's unique-remote limit. Adding workers, zones or pools adds no security group and no
 * unique remote: not checked (the July 2025 NHC010 rule is removed, see the rule's history).
 */
const vpcSecurityGroupsCheck = {
    id: 'vpc-security-groups',
    family: 'vpc',
    title: 'vpc-security-groups.title',
    scope: 'cluster',
    operations: ['cluster-create'],
    providers: ['vpc-gen2'],
    // cluster-access does not apply to a create (skipped there, which blocks nothing).
    requires: ['api-key', 'cluster-access'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group-reference',
    needs: 'Viewer platform role on VPC Infrastructure Services (security groups), on every resource group of the VPC for a whole count',
    rules: SG_RULES,
    async run({ config, facts, target }) {
        return createRun(config, facts, target);
    }
};

;// CONCATENATED MODULE: ./src/checks/vpc-subnets.ts






/**
 * Addresses IKS takes from a subnet besides one per worker: the cluster's VPE gateway takes one in each zone
 * where the cluster has workers, from a subnet IBM picks (docs/ibm-api-assumptions-network.md, "Subnet
 * headroom", from ibm-cloud-docs/containers vpc-subnets.md). A zone new to the cluster may therefore need
 * one more address in this subnet.
 */
const VPE_ADDRESSES_PER_NEW_ZONE = 1;
/**
 * The shared VPE gateways of a VPC's first 1.28+ cluster: Container Registry, Object Storage s3 and config
 * (secure-by-default page, "Shared VPE gateways"), each "assigned a single Reserved IP from each zone that
 * the cluster workers are in", from a subnet IBM picks: a warning when only they would not fit.
 */
const SHARED_VPE_SERVICES = 3;
const GONE_WORKER_STATES = new Set(['deleted', 'deleting']);
const fail = (rule, outcome) => ({
    status: 'fail',
    rule: `vpc-subnets.${rule}`,
    ...outcome
});
/** IKS has accepted subnets of another VPC (a broken cluster follows, but no IBM refusal is documented): a warning. */
const warnOneVpc = (outcome) => ({
    status: 'warn',
    rule: 'vpc-subnets.one-vpc',
    ...outcome
});
/** A read the key was refused verifies nothing: "could not verify", with the role that allows it. */
const notReadable = (outcome) => ({
    status: 'error',
    ...outcome
});
function gapOf(v, input) {
    if (v === undefined)
        return { input, afterApply: false };
    if ((0,intent_types/* isAfterApply */.VT)(v))
        return { input, afterApply: true };
    return undefined;
}
/** The size per zone of the pool a zone add names, from IKS's list; undefined when it cannot be told. */
function poolSizeOf(o, pools) {
    const ref = (0,intent_types/* known */.eO)(o.pool);
    if (ref === undefined || pools === undefined)
        return undefined;
    const pool = (0,helpers/* poolByRef */.th)(pools, ref);
    const size = pool?.workersPerZone;
    return size === undefined || size < 1
        ? undefined
        : { pool: pool.name ?? ref, workers: size };
}
/** Workers per zone the operation adds, or a lower bound of 1 when the count is not known yet. */
function addedPerZone(o) {
    const wanted = o.workersPerZone;
    if (o.operation !== 'worker-pool-resize') {
        if (wanted === undefined)
            return { workers: 1, assumed: 'not-given' };
        if ((0,intent_types/* isAfterApply */.VT)(wanted))
            return { workers: 1, assumed: 'after-apply' };
        return { workers: wanted };
    }
    // A resize adds workers only when it grows the pool; how many is the difference, never a guess.
    return gapOf(wanted, 'workers-per-zone') ?? { workers: (0,intent_types/* known */.eO)(wanted) };
}
function liveWorkersOf(workers, pool, zone) {
    return workers.filter(w => w.poolName === pool &&
        w.zone === zone &&
        !GONE_WORKER_STATES.has(normaliseState(w.state ?? ''))).length;
}
/** An operation that grows a pool the cluster already has (its subnets are IKS's, not the inputs'). */
const growsPool = (o) => o.operation === 'worker-pool-resize' || o.operation === 'worker-add';
/** Whether the subnets of this intent must come from IKS's list of the cluster's pools. */
const needsPoolSubnets = (o) => growsPool(o) &&
    (o.zones === undefined ||
        (!(0,intent_types/* isAfterApply */.VT)(o.zones) && o.zones.some(p => p.subnetId === undefined)));
/**
 * The subnet IKS puts a pool's new workers on in one zone: the primary one, or the only one. Several and
 * none marked primary is not known.
 */
function poolSubnetOf(zone) {
    const primary = zone.subnets.find(s => s.primary === true);
    if (primary !== undefined)
        return primary.id;
    return zone.subnets.length === 1 ? zone.subnets[0].id : undefined;
}
/**
 * The placements of a resize or worker add whose inputs do not name subnets, from the pool IKS lists: every
 * zone of the pool, or the zones given. Undefined when the pool cannot be known: no pool named (or known
 * after apply), no pool of that name or ID in the cluster, or a zone without one subnet IKS marks primary.
 */
function placementsOf(o, pools) {
    const ref = (0,intent_types/* known */.eO)(o.pool);
    if (ref === undefined || pools === undefined)
        return undefined;
    const pool = (0,helpers/* poolByRef */.th)(pools, ref);
    if (pool === undefined)
        return undefined;
    const wanted = o.zones === undefined || (0,intent_types/* isAfterApply */.VT)(o.zones)
        ? pool.zones.map(z => z.id)
        : o.zones.map(p => (0,intent_types/* known */.eO)(p.zone));
    const out = [];
    for (const zone of wanted) {
        const pz = pool.zones.find(z => z.id === zone);
        const subnetId = pz === undefined ? undefined : poolSubnetOf(pz);
        if (subnetId === undefined)
            return undefined;
        out.push({
            zone: pz.id,
            subnetId,
            before: pz.workerCount ?? pool.workersPerZone
        });
    }
    return out;
}
/** The subnets of every intent of this operation, or the first input that keeps them from being known. */
async function usesOf(intents, facts, t, zonesNow, pools) {
    const uses = [];
    for (const o of intents) {
        if ((0,intent_types/* isAfterApply */.VT)(o.zones))
            return { input: 'zones', afterApply: true };
        const fromPool = needsPoolSubnets(o) ? placementsOf(o, pools) : undefined;
        if (needsPoolSubnets(o) && fromPool === undefined)
            return 'pool-subnets-unknown';
        const zones = fromPool?.map((p, i) => ({
            zone: p.zone,
            // A subnet the inputs give for a zone wins over the pool's.
            subnetId: ((0,intent_types/* isAfterApply */.VT)(o.zones) ? undefined : o.zones?.[i]?.subnetId) ??
                p.subnetId
        })) ?? o.zones;
        if (zones === undefined)
            return { input: 'subnet-ids', afterApply: false };
        let added = addedPerZone(o);
        if ('input' in added)
            return added;
        // A zone add gives the new zone the pool's size: IKS lists it, so it is counted, not guessed.
        const sized = o.operation === 'zone-add' && added.assumed === 'not-given'
            ? poolSizeOf(o, pools)
            : undefined;
        if (sized !== undefined)
            added = { workers: sized.workers, poolSize: sized.pool };
        for (const [i, p] of zones.entries()) {
            const gap = gapOf(p.subnetId, 'subnet-ids');
            if (gap)
                return gap;
            if ((0,intent_types/* isAfterApply */.VT)(p.zone))
                return { input: 'zones', afterApply: true };
            const zone = (0,intent_types/* known */.eO)(p.zone);
            let workers = added.workers;
            if (o.operation === 'worker-pool-resize') {
                // The pool's own size in that zone (IKS's list), else the plan's previous size, else its live workers.
                const before = fromPool?.[i]?.before ??
                    o.previousWorkersPerZone ??
                    liveWorkersOf(t.id === undefined ? [] : await facts.workers(t.id), (0,intent_types/* known */.eO)(o.pool), zone);
                workers = Math.max(0, workers - before);
            }
            const newZone = o.operation === 'cluster-create' ||
                (!growsPool(o) && zone !== undefined && !zonesNow.has(zone));
            uses.push({
                subnetId: (0,intent_types/* known */.eO)(p.subnetId),
                zone,
                workers,
                vpe: newZone ? VPE_ADDRESSES_PER_NEW_ZONE : 0,
                ...(added.assumed && { assumed: added.assumed }),
                ...(added.poolSize !== undefined && { poolSize: added.poolSize })
            });
        }
    }
    return uses;
}
/** The same subnet used twice (two pools in one plan) needs the sum of both. */
function merged(uses) {
    const by = new Map();
    for (const u of uses) {
        const seen = by.get(u.subnetId);
        if (seen === undefined)
            by.set(u.subnetId, { ...u });
        else {
            seen.workers += u.workers;
            seen.vpe = Math.max(seen.vpe, u.vpe);
            seen.assumed ??= u.assumed;
            seen.poolSize ??= u.poolSize;
        }
    }
    return [...by.values()];
}
function roleFix(who) {
    const grant = (0,iam/* roleForRead */.ie)('vpc', 'get subnet');
    return {
        text: {
            id: 'vpc-subnets.forbidden.fix',
            params: { role: grant.role, label: grant.label }
        },
        commands: [(0,iam/* policyCreate */.lF)(who, grant)]
    };
}
function vpcOutcome(read, vpcId, region, who) {
    if (read.kind === 'not-found')
        return fail('placement', {
            summary: { id: 'vpc-subnets.vpc-not-found', params: { vpc: vpcId, region } },
            why: { id: 'vpc-subnets.vpc-not-found.why' },
            fix: [
                {
                    text: { id: 'vpc-subnets.vpc-not-found.fix' },
                    commands: [ibmcloud/* cmd */.HW.targetRegion(region), ibmcloud/* cmd */.HW.isVpcs()]
                }
            ]
        });
    if (read.kind === 'forbidden')
        return notReadable({
            summary: { id: 'vpc-subnets.vpc-forbidden', params: { vpc: vpcId, region } },
            why: { id: 'vpc-subnets.forbidden.why' },
            fix: [roleFix(who)]
        });
    const status = read.vpc.status ?? 'unknown';
    if (status !== 'available')
        return {
            status: 'warn',
            rule: 'vpc-subnets.status',
            summary: { id: 'vpc-subnets.vpc-status', params: { vpc: vpcId, status } },
            why: { id: 'vpc-subnets.status.why' },
            fix: [
                {
                    text: { id: 'vpc-subnets.status.fix' },
                    commands: [ibmcloud/* cmd */.HW.isVpc(vpcId)]
                }
            ]
        };
    return undefined;
}
/** What is wrong with one subnet, worst first; none when it can take the workers. */
function subnetOutcomes(s, use, expectedVpcs, region) {
    const out = [];
    const missing = (field) => ({
        status: 'error',
        summary: {
            id: 'vpc-subnets.unreadable',
            params: { subnet: s.id, field }
        },
        why: { id: 'common.could-not-verify.why' }
    });
    if (s.zone === undefined)
        out.push(missing('zone.name'));
    else if (use.zone !== undefined && s.zone !== use.zone) {
        // VPC zones are named <region>-<n>: a zone of another region would list nothing here.
        const inRegion = use.zone.startsWith(`${region}-`);
        out.push(fail('placement', {
            summary: {
                id: 'vpc-subnets.wrong-zone',
                params: { subnet: s.id, zone: use.zone, actual: s.zone }
            },
            why: { id: 'vpc-subnets.wrong-zone.why', params: { zone: use.zone } },
            fix: [
                inRegion
                    ? {
                        text: {
                            id: 'vpc-subnets.wrong-zone.fix',
                            params: { zone: use.zone }
                        },
                        commands: [
                            ibmcloud/* cmd */.HW.targetRegion(region),
                            ibmcloud/* cmd */.HW.isSubnets({ zone: use.zone })
                        ]
                    }
                    : {
                        text: {
                            id: 'vpc-subnets.wrong-zone.fix.region',
                            params: { zone: use.zone, region }
                        },
                        commands: [ibmcloud/* cmd */.HW.targetRegion(region), ibmcloud/* cmd */.HW.isSubnets()]
                    }
            ]
        }));
    }
    if (s.vpcId === undefined)
        out.push(missing('vpc.id'));
    else if (expectedVpcs.length > 0 && !expectedVpcs.includes(s.vpcId))
        out.push(warnOneVpc({
            summary: {
                id: 'vpc-subnets.wrong-vpc',
                params: {
                    subnet: s.id,
                    actual: s.vpcId,
                    vpc: expectedVpcs.join(', ')
                }
            },
            why: { id: 'vpc-subnets.wrong-vpc.why' },
            fix: [
                {
                    text: {
                        id: 'vpc-subnets.wrong-vpc.fix',
                        params: { vpc: expectedVpcs[0] }
                    },
                    commands: [
                        ibmcloud/* cmd */.HW.targetRegion(region),
                        ibmcloud/* cmd */.HW.isSubnets({ vpc: expectedVpcs[0] })
                    ]
                }
            ]
        }));
    const status = s.status ?? 'unknown';
    if (status !== 'available')
        out.push({
            status: 'warn',
            rule: 'vpc-subnets.status',
            summary: {
                id: 'vpc-subnets.status',
                params: { subnet: s.id, status }
            },
            why: { id: 'vpc-subnets.status.why' },
            fix: [
                {
                    text: { id: 'vpc-subnets.status.fix' },
                    commands: [ibmcloud/* cmd */.HW.isSubnet(s.id)]
                }
            ]
        });
    const need = use.workers + use.vpe;
    if (s.availableIpv4 === undefined)
        out.push(missing('available_ipv4_address_count'));
    else if (s.availableIpv4 < need)
        out.push(fail('free-addresses', {
            summary: {
                id: 'vpc-subnets.full',
                params: {
                    subnet: s.id,
                    zone: s.zone ?? use.zone ?? '?',
                    free: s.availableIpv4,
                    need,
                    workers: use.workers,
                    vpe: use.vpe
                }
            },
            why: { id: 'vpc-subnets.full.why' },
            fix: [
                {
                    text: { id: 'vpc-subnets.full.fix' },
                    commands: [
                        ibmcloud/* cmd */.HW.targetRegion(region),
                        ibmcloud/* cmd */.HW.isSubnets({ zone: s.zone ?? use.zone ?? '<zone>' })
                    ]
                }
            ]
        }));
    return out;
}
function detailOf(s, use) {
    return {
        id: 'vpc-subnets.detail',
        params: {
            subnet: s.id,
            zone: s.zone ?? '?',
            vpc: s.vpcId ?? '?',
            free: s.availableIpv4 ?? '?',
            total: s.totalIpv4 ?? '?',
            need: use.workers + use.vpe,
            workers: use.workers,
            vpe: use.vpe
        }
    };
}
/**
 * A worker replace or update (`worker replace --update`) takes one more address in the worker's subnet
 * while it runs (containers vpc-subnets). Which worker is not an input here, so every subnet of the
 * cluster's pools is read: all of them full fails, some full warns.
 */
async function replaceRun(facts, target) {
    const cluster = await facts.cluster(target);
    const pools = await facts.workerPools(cluster.id);
    const ids = [
        ...new Set(pools.flatMap(p => p.zones.flatMap(z => z.subnets.map(x => x.id))))
    ];
    const operation = 'worker-replace';
    if (ids.length === 0)
        return [
            {
                status: 'skip',
                summary: {
                    id: 'vpc-subnets.replace-unknown',
                    params: { name: cluster.name }
                }
            }
        ];
    const reads = await Promise.all(ids.map(id => facts.subnet(cluster.region, id)));
    const found = reads.flatMap(r => (r.kind === 'found' ? [r.subnet] : []));
    const unreadable = reads.some(r => r.kind !== 'found' || r.subnet.availableIpv4 === undefined);
    const full = found.filter(x => x.availableIpv4 === 0);
    const list = full.map(x => `${x.id} (${x.zone ?? '?'})`).join(', ');
    const details = found.map(x => ({
        id: 'vpc-subnets.detail',
        params: {
            subnet: x.id,
            zone: x.zone ?? '?',
            vpc: x.vpcId ?? '?',
            free: x.availableIpv4 ?? '?',
            total: x.totalIpv4 ?? '?',
            need: 1,
            workers: 1,
            vpe: 0
        }
    }));
    const fix = [
        {
            text: { id: 'vpc-subnets.full.fix' },
            commands: [
                ibmcloud/* cmd */.HW.targetRegion(cluster.region),
                ...full.map(x => ibmcloud/* cmd */.HW.isSubnet(x.id))
            ]
        }
    ];
    if (full.length > 0 && full.length === ids.length)
        return [
            fail('free-addresses', {
                summary: {
                    id: 'vpc-subnets.replace-full',
                    params: { name: cluster.name, subnets: list, operation }
                },
                why: { id: 'vpc-subnets.replace-full.why' },
                fix,
                details
            })
        ];
    if (full.length > 0)
        return [
            {
                status: 'warn',
                rule: 'vpc-subnets.free-addresses',
                summary: {
                    id: 'vpc-subnets.replace-some-full',
                    params: { name: cluster.name, subnets: list }
                },
                why: { id: 'vpc-subnets.replace-full.why' },
                fix,
                details
            }
        ];
    if (unreadable)
        return [
            {
                status: 'error',
                summary: {
                    id: 'vpc-subnets.unreadable',
                    params: {
                        subnet: ids
                            .filter((_, i) => reads[i].kind !== 'found' ||
                            reads[i].subnet.availableIpv4 ===
                                undefined)
                            .join(', '),
                        field: 'available_ipv4_address_count'
                    }
                },
                why: { id: 'common.could-not-verify.why' },
                details
            }
        ];
    return [
        {
            status: 'pass',
            summary: {
                id: 'vpc-subnets.replace-pass',
                params: { name: cluster.name, count: ids.length }
            },
            details
        }
    ];
}
const SUBNETS_DOC = 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-subnets';
const SUBNETS_READ = 'ibm-cloud-docs/containers@005fbfe7ff6607b3522dae9e978fa6126f5cc93d';
/** The rules of this check (docs/rules.md). */
const SUBNET_RULES = [
    {
        id: 'vpc-subnets.free-addresses',
        says: "A subnet has a free address (VPC's available_ipv4_address_count, which leaves out the 5 VPC reserves) for every worker the operation adds there, plus the cluster's VPE gateway in a zone new to the cluster; a worker replace or update needs one more while it runs (all of the pools' subnets full fails, some full warns).",
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: SUBNETS_DOC,
                quote: '1 IP address is required per worker node in your cluster. 1 IP address is required each time that you update or replace a worker node.',
                read: SUBNETS_READ
            },
            {
                kind: 'doc',
                url: SUBNETS_DOC,
                quote: '1 IP address from one subnet in each zone where your cluster has worker nodes is required for the virtual private endpoints (VPE) gateway.',
                read: SUBNETS_READ
            },
            {
                kind: 'sdk',
                repo: 'IBM/vpc-go-sdk',
                path: 'vpcv1/vpc_v1.go (Subnet.AvailableIpv4AddressCount)',
                quote: 'The number of IPv4 addresses in this subnet that are not in use, and have not been reserved by the user or the provider.'
            }
        ]
    },
    {
        id: 'vpc-subnets.placement',
        says: "Each zone of the operation is given an existing subnet of that zone, in the cluster's region (and the VPC named by vpc-id exists there).",
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: SUBNETS_DOC,
                quote: 'Each worker node that you add in a cluster is deployed with a private IP address from the VPC subnet in that zone.',
                read: SUBNETS_READ
            },
            {
                kind: 'doc',
                url: SUBNETS_DOC,
                quote: "VPC subnets are bound to a single-campus multizone region and can't span multiple zones or regions.",
                read: SUBNETS_READ
            }
        ]
    },
    {
        id: 'vpc-subnets.one-vpc',
        says: "The subnets are in the cluster's VPC (one VPC per cluster); IKS has accepted others, so this warns.",
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'A create given a subnet of another VPC was accepted and its workers could not reach the others; IBM documents no refusal.',
                where: 'IBM-Cloud/terraform-provider-ibm#1841'
            }
        ]
    },
    {
        id: 'vpc-subnets.status',
        says: 'A subnet or VPC not available (deleting, failed, pending) warns.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'VPC lists the states (available, deleting, failed, pending); IBM documents no IKS refusal text for a subnet in another state.',
                where: 'IBM/vpc-go-sdk vpcv1 SubnetStatus*'
            }
        ]
    },
    {
        id: 'vpc-subnets.shared-vpe',
        says: "On a VPC that shows no endpoint gateway yet, a create's subnet that fits its workers but not 3 more addresses (the shared VPE gateways: Container Registry, Object Storage s3 and config) warns: IBM picks the subnet in the zone.",
        level: 'warn',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group-reference',
                quote: 'When the first VPC cluster at IBM Cloud Kubernetes Service 1.28+ is created in a given VPC, or a cluster in that VPC has its master updated to 1.28+, then several shared VPE Gateways are created for various IBM Cloud services. … These shared VPE Gateways are assigned a single Reserved IP from each zone that the cluster workers are in.',
                read: '2026-12'
            }
        ]
    }
];
/**
 * The subnets a VPC operation puts workers on (from the inputs or a Terraform plan): each readable by the
 * key, in the zone it is given for, in the cluster's VPC (for a create, the vpc-id, which is read too), not
 * being deleted, with a free address for every worker added there plus the VPE gateway's in a new zone.
 */
const vpcSubnetsCheck = {
    id: 'vpc-subnets',
    family: 'vpc',
    title: 'vpc-subnets.title',
    scope: 'cluster',
    operations: [
        'cluster-create',
        'worker-pool-create',
        'zone-add',
        'worker-pool-resize',
        'worker-add',
        'worker-replace'
    ],
    providers: ['vpc-gen2'],
    requires: ['api-key', 'cluster-access', 'operation-target', 'vpc-region'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-subnets',
    needs: 'Viewer platform role on VPC Infrastructure Services (reads each subnet, the VPC and its endpoint gateways of a create); Viewer on Kubernetes Service for an existing cluster',
    rules: SUBNET_RULES,
    async run({ config, facts, target }) {
        const operation = config.operation;
        if (operation === 'worker-replace')
            return replaceRun(facts, target);
        const t = await facts.target(target);
        const region = t.region;
        const asked = (0,helpers/* intentsOrBare */.fR)(config, [target, t.id, t.name]);
        // A create names its VPC (vpc-id input or the plan's vpc_id); an existing cluster's VPCs come from IKS.
        const createVpc = operation === 'cluster-create'
            ? (asked.map(o => o.vpcId).find(v => v !== undefined) ?? config.vpcId)
            : undefined;
        const vpcId = (0,intent_types/* known */.eO)(createVpc);
        // The cluster and, for a resize or worker add without subnets, its pools are read together.
        const [cluster, pools] = await Promise.all([
            t.kind === 'existing' ? facts.cluster(target) : undefined,
            // Without a pool named there is nothing to look up: no read.
            t.kind === 'existing' &&
                asked.some(o => (needsPoolSubnets(o) ||
                    (o.operation === 'zone-add' && o.workersPerZone === undefined)) &&
                    (0,intent_types/* known */.eO)(o.pool) !== undefined)
                ? facts.workerPools(t.id ?? target)
                : undefined
        ]);
        const zonesNow = new Set(cluster?.workerZones ?? []);
        // The VPC and every subnet are asked at once: one round trip after the token.
        const vpcP = vpcId === undefined
            ? Promise.resolve(undefined)
            : facts.vpcNetwork(region, vpcId);
        // A VPC with no endpoint gateway yet gets the shared ones with its first 1.28+ cluster. An unreadable list
        // is "could not verify" (never a silent pass), kept apart so that the subnets are still judged.
        const gatewaysP = vpcId === undefined || operation !== 'cluster-create'
            ? Promise.resolve(undefined)
            : facts.endpointGateways(region, { vpcId }).catch((e) => {
                if (e instanceof errors.ApiError)
                    return e;
                throw e;
            });
        const uses = await usesOf(asked, facts, t, zonesNow, pools);
        const all = Array.isArray(uses)
            ? merged(uses).filter(u => u.workers + u.vpe > 0)
            : [];
        const [vpcRead, reads, gateways] = await Promise.all([
            vpcP,
            Promise.all(all.map(u => facts.subnet(region, u.subnetId))),
            gatewaysP
        ]);
        const firstInVpc = vpcRead?.kind === 'found' &&
            Array.isArray(gateways) &&
            gateways.length === 0;
        // Only a refused read prints a policy command for the key's identity; no verdict depends on it.
        const refused = vpcRead?.kind === 'forbidden' || reads.some(r => r.kind === 'forbidden');
        const who = refused
            ? await facts.identity().catch(() => undefined)
            : undefined;
        const vpcProblem = vpcRead === undefined || vpcId === undefined
            ? undefined
            : vpcOutcome(vpcRead, vpcId, region, who);
        const vpcPart = vpcProblem ? [vpcProblem] : [];
        if (!Array.isArray(uses)) {
            const skip = {
                status: 'skip',
                summary: uses === 'pool-subnets-unknown'
                    ? { id: 'vpc-subnets.pool-subnets-unknown', params: { operation } }
                    : uses.afterApply
                        ? { id: 'vpc-subnets.after-apply', params: { input: uses.input } }
                        : {
                            id: 'vpc-subnets.needs-input',
                            params: { operation, input: uses.input }
                        }
            };
            // The VPC of a create is verified even when its subnets cannot be: one finding says both.
            if (vpcProblem !== undefined)
                return [
                    {
                        ...vpcProblem,
                        details: [...(vpcProblem.details ?? []), skip.summary]
                    }
                ];
            return [
                vpcRead?.kind === 'found'
                    ? {
                        ...skip,
                        details: [
                            { id: 'vpc-subnets.detail.vpc-ok', params: { vpc: vpcId, region } }
                        ]
                    }
                    : skip
            ];
        }
        if (all.length === 0)
            return [
                ...vpcPart,
                {
                    status: 'pass',
                    summary: { id: 'vpc-subnets.nothing-added', params: { operation } }
                }
            ];
        // A VPC that does not exist, or cannot be read, is the one root cause: its subnets are not judged against it.
        const expectedVpcs = operation === 'cluster-create'
            ? vpcRead?.kind === 'found'
                ? [vpcId]
                : []
            : t.vpcs;
        const problems = [...vpcPart];
        if (gateways instanceof errors.ApiError)
            problems.push((0,helpers/* couldNotVerify */.ke)(gateways));
        const details = [];
        reads.forEach((r, i) => {
            const use = all[i];
            if (r.kind === 'forbidden')
                problems.push(notReadable({
                    summary: {
                        id: 'vpc-subnets.forbidden',
                        params: { subnet: use.subnetId, region }
                    },
                    why: { id: 'vpc-subnets.forbidden.why' },
                    fix: [roleFix(who)]
                }));
            else if (r.kind === 'not-found')
                problems.push(fail('placement', {
                    summary: {
                        id: 'vpc-subnets.not-found',
                        params: { subnet: use.subnetId, region }
                    },
                    why: { id: 'vpc-subnets.not-found.why' },
                    fix: [
                        {
                            text: { id: 'vpc-subnets.not-found.fix' },
                            commands: [
                                ibmcloud/* cmd */.HW.targetRegion(region),
                                vpcId !== undefined || t.vpcs.length > 0
                                    ? ibmcloud/* cmd */.HW.isSubnets({ vpc: vpcId ?? t.vpcs[0] })
                                    : ibmcloud/* cmd */.HW.isSubnets()
                            ]
                        }
                    ]
                }));
            else {
                const own = subnetOutcomes(r.subnet, use, expectedVpcs, region);
                problems.push(...own);
                details.push(detailOf(r.subnet, use));
                const free = r.subnet.availableIpv4;
                const need = use.workers + use.vpe;
                if (firstInVpc &&
                    use.vpe > 0 &&
                    free !== undefined &&
                    free >= need &&
                    free < need + SHARED_VPE_SERVICES)
                    problems.push({
                        status: 'warn',
                        rule: 'vpc-subnets.shared-vpe',
                        summary: {
                            id: 'vpc-subnets.shared-vpe',
                            params: {
                                subnet: r.subnet.id,
                                zone: r.subnet.zone ?? use.zone ?? '?',
                                free,
                                need,
                                shared: SHARED_VPE_SERVICES
                            }
                        },
                        why: { id: 'vpc-subnets.shared-vpe.why' },
                        fix: [
                            {
                                text: { id: 'vpc-subnets.full.fix' },
                                commands: [
                                    ibmcloud/* cmd */.HW.targetRegion(region),
                                    ibmcloud/* cmd */.HW.isSubnets({ zone: r.subnet.zone ?? use.zone ?? '<zone>' })
                                ]
                            }
                        ]
                    });
            }
        });
        // A cluster lives in one VPC: a create without vpc-id still cannot spread over two.
        const found = reads.flatMap(r => (r.kind === 'found' ? [r.subnet] : []));
        const vpcsSeen = [
            ...new Set(found.map(s => s.vpcId).filter(v => v !== undefined))
        ];
        if (operation === 'cluster-create' &&
            createVpc === undefined &&
            vpcsSeen.length > 1)
            problems.push(warnOneVpc({
                summary: {
                    id: 'vpc-subnets.mixed-vpcs',
                    params: { vpcs: vpcsSeen.join(', ') }
                },
                why: { id: 'vpc-subnets.wrong-vpc.why' }
            }));
        const notes = [];
        const assumed = all.find(u => u.assumed !== undefined)?.assumed;
        if (assumed !== undefined)
            notes.push({
                id: assumed === 'after-apply'
                    ? 'vpc-subnets.detail.workers-after-apply'
                    : operation === 'zone-add'
                        ? 'vpc-subnets.detail.workers-pool-size'
                        : 'vpc-subnets.detail.workers-not-given'
            });
        for (const [pool, workers] of new Map(all.flatMap(u => u.poolSize === undefined ? [] : [[u.poolSize, u.workers]])))
            notes.push({
                id: 'vpc-subnets.detail.workers-pool',
                params: { pool, workers }
            });
        if (firstInVpc)
            notes.push({
                id: 'vpc-subnets.detail.shared-vpe',
                params: { vpc: vpcId, shared: SHARED_VPE_SERVICES }
            });
        if (operation === 'cluster-create' && createVpc === undefined)
            notes.push({ id: 'vpc-subnets.detail.no-vpc-id' });
        if (operation === 'cluster-create' && (0,intent_types/* isAfterApply */.VT)(createVpc))
            notes.push({ id: 'vpc-subnets.detail.vpc-after-apply' });
        if (problems.length > 0)
            return problems.map(p => p.status === 'fail' || p.status === 'warn'
                ? { ...p, details: [...(p.details ?? []), ...details, ...notes] }
                : p);
        return [
            {
                status: 'pass',
                summary: {
                    id: vpcId !== undefined && vpcRead?.kind === 'found'
                        ? 'vpc-subnets.pass-vpc'
                        : 'vpc-subnets.pass',
                    params: {
                        count: all.length,
                        region,
                        vpc: vpcId ?? t.vpcs.join(', ')
                    }
                },
                details: [...details, ...notes]
            }
        ];
    }
};

// EXTERNAL MODULE: ./src/facts/vpe.ts
var vpe = __webpack_require__(3570);
;// CONCATENATED MODULE: ./src/checks/vpe-gateway.ts




const VPE_DOCS = 'https://cloud.ibm.com/docs/containers?topic=containers-cs_troubleshoot_clusters';
const SUPPORT_URL = 'https://cloud.ibm.com/unifiedsupport/cases/add';
const TRANSITIONAL = ['pending', 'updating', 'waiting'];
const clusterIdOf = (t) => t.id ?? t.ref;
const refreshCommand = (t) => ibmcloud/* cmd */.HW.masterRefresh(clusterIdOf(t));
/** Look the gateway up as IBM's page says (by name, in the cluster's region). */
const showGatewayCommands = (t, name = `iks-${clusterIdOf(t)}`) => [ibmcloud/* cmd */.HW.targetRegion(t.region), ibmcloud/* cmd */.HW.endpointGateway(name)];
function refreshSteps(t) {
    return [
        { text: { id: 'vpe-gateway.fix.refresh' }, commands: [refreshCommand(t)] },
        { text: { id: 'vpe-gateway.fix.recheck' }, commands: showGatewayCommands(t) }
    ];
}
function vpe_gateway_supportStep(gw, t) {
    return {
        text: {
            id: 'vpe-gateway.fix.support',
            params: { url: SUPPORT_URL, gateway: gw.id, cluster: clusterIdOf(t) }
        },
        commands: showGatewayCommands(t, gw.id)
    };
}
/** VPC's own words for why the gateway is not stable (lifecycle_reasons). */
const reasonLines = (gw) => gw.lifecycleReasons.map(r => ({
    id: 'vpe-gateway.detail.reason',
    params: { code: r.code ?? '?', message: r.message ?? '' }
}));
function lifecycleOutcome(gw, t) {
    const outcome = lifecycleFinding(gw, t);
    const reasons = reasonLines(gw);
    return outcome && reasons.length > 0
        ? { ...outcome, details: [...(outcome.details ?? []), ...reasons] }
        : outcome;
}
function lifecycleFinding(gw, t) {
    const state = gw.lifecycleState.toLowerCase();
    const p = { gateway: `${gw.name} (${gw.id})`, state: gw.lifecycleState };
    if (state === 'stable')
        return undefined;
    if (state === 'failed' || state === 'suspended') {
        return {
            status: 'fail',
            rule: 'vpe-gateway.healthy',
            summary: { id: 'vpe-gateway.broken', params: p },
            why: { id: 'vpe-gateway.broken.why' },
            fix: [vpe_gateway_supportStep(gw, t)]
        };
    }
    if (state === 'deleting') {
        return {
            status: 'fail',
            rule: 'vpe-gateway.present',
            summary: { id: 'vpe-gateway.deleting', params: p },
            why: { id: 'vpe-gateway.missing.why' },
            fix: [{ text: { id: 'vpe-gateway.fix.after-delete' } }, ...refreshSteps(t)]
        };
    }
    const id = TRANSITIONAL.includes(state)
        ? 'vpe-gateway.transitional'
        : 'vpe-gateway.unknown-state';
    return {
        status: 'warn',
        summary: { id, params: p },
        why: { id: 'vpe-gateway.transitional.why' },
        fix: [
            {
                text: { id: 'vpe-gateway.fix.wait' },
                commands: showGatewayCommands(t, gw.id)
            },
            vpe_gateway_supportStep(gw, t)
        ]
    };
}
function healthOutcome(gw, t) {
    const health = gw.healthState.toLowerCase();
    // VPC reports `inapplicable` while the lifecycle state is not stable; the lifecycle finding covers that.
    if (health === 'ok' || health === 'inapplicable')
        return undefined;
    const p = { gateway: `${gw.name} (${gw.id})`, health: gw.healthState };
    return {
        status: health === 'faulted' ? 'fail' : 'warn',
        rule: 'vpe-gateway.healthy',
        summary: { id: 'vpe-gateway.unhealthy', params: p },
        why: { id: 'vpe-gateway.unhealthy.why' },
        fix: [vpe_gateway_supportStep(gw, t)]
    };
}
function ipOutcome(gw, workers, t) {
    const cov = (0,vpe/* zoneCoverage */.p2)(gw, workers);
    // IPs we could not place may be the missing zones' IPs: only a shortfall is then certain.
    const uncovered = cov.unplaced >= cov.uncovered.length ? [] : cov.uncovered;
    if (uncovered.length === 0)
        return undefined;
    const deleted = uncovered.some(u => u.deleted.length > 0);
    // Every uncovered zone has an address VPC has not selected yet (0.0.0.0): wait, it is not broken yet.
    const onlyPending = uncovered.every(u => u.pending > 0 && u.deleted.length === 0);
    if (onlyPending)
        return {
            status: 'warn',
            summary: {
                id: 'vpe-gateway.ip-pending',
                params: {
                    gateway: `${gw.name} (${gw.id})`,
                    zones: uncovered.map(u => u.zone).join(', ')
                }
            },
            why: { id: 'vpe-gateway.ip-pending.why' },
            fix: [
                {
                    text: { id: 'vpe-gateway.fix.wait' },
                    commands: showGatewayCommands(t, gw.id)
                },
                ...refreshSteps(t)
            ]
        };
    return {
        status: 'fail',
        rule: 'vpe-gateway.present',
        summary: {
            id: deleted ? 'vpe-gateway.ip-deleted' : 'vpe-gateway.ip-missing',
            params: {
                gateway: `${gw.name} (${gw.id})`,
                zones: uncovered.map(u => u.zone).join(', ')
            }
        },
        why: { id: 'vpe-gateway.ip.why' },
        fix: [...refreshSteps(t), { text: { id: 'vpe-gateway.fix.keep-ips' } }],
        details: uncovered.map((u) => u.deleted.length > 0
            ? {
                id: 'vpe-gateway.detail.ip-deleted',
                params: { zone: u.zone, ips: u.deleted.join(', ') }
            }
            : { id: 'vpe-gateway.detail.no-ip', params: { zone: u.zone } })
    };
}
/** Every finding about a gateway that exists; a pass when there is nothing to say. */
async function evaluate(ctx, t, gw) {
    const outcomes = [];
    const life = lifecycleOutcome(gw, t);
    if (life)
        outcomes.push(life);
    const health = healthOutcome(gw, t);
    if (health)
        outcomes.push(health);
    // IPs are only settled on a stable (or updating) gateway; a broken or pending one is reported above.
    if (['stable', 'updating'].includes(gw.lifecycleState.toLowerCase())) {
        const ips = ipOutcome(gw, await ctx.facts.workers(clusterIdOf(t)), t);
        if (ips)
            outcomes.push(ips);
    }
    // Lifecycle, health and IPs of one gateway are one object: the engine makes them one finding.
    if (outcomes.length > 0)
        return outcomes.map(o => ({ ...o, object: `gateway:${gw.id}` }));
    const zones = gw.ips.filter(ip => !ip.deleted && !ip.pending).length;
    return [
        {
            status: 'pass',
            summary: {
                id: 'vpe-gateway.pass',
                params: {
                    gateway: `${gw.name} (${gw.id})`,
                    state: gw.lifecycleState,
                    health: gw.healthState,
                    ips: zones
                }
            }
        }
    ];
}
function missingOutcome(t, remediate) {
    const [name, alt] = (0,vpe/* gatewayNames */.Fh)(clusterIdOf(t));
    const where = t.vpcs.length > 0 ? t.vpcs.join(', ') : '?';
    return {
        status: 'fail',
        rule: 'vpe-gateway.present',
        summary: {
            id: 'vpe-gateway.missing',
            params: { name: name, vpc: where, region: t.region }
        },
        why: { id: 'vpe-gateway.missing.why' },
        fix: remediate
            ? refreshSteps(t)
            : [...refreshSteps(t), { text: { id: 'vpe-gateway.fix.opt-in' } }],
        details: [
            {
                id: 'vpe-gateway.detail.looked-for',
                params: { name: name, alt: alt, vpc: where, region: t.region }
            }
        ]
    };
}
/** The cluster's VPE gateway iks-<cluster ID> exists, is stable and healthy, and has an IP in every worker zone. */
const vpeGatewayCheck = {
    id: 'vpe-gateway',
    family: 'vpc',
    title: 'vpe-gateway.title',
    scope: 'cluster',
    operations: types/* OPERATIONS */.xb.filter(o => o !== 'cluster-create'),
    providers: ['vpc-gen2'],
    requires: ['api-key', 'cluster-access'],
    docs: VPE_DOCS,
    needs: 'Viewer platform role on Kubernetes Service and on VPC Infrastructure Services (endpoint gateways); Operator on Kubernetes Service for remediate: vpe',
    rules: [
        {
            id: 'vpe-gateway.present',
            says: "A VPC cluster's workers reach the master through its VPE gateway `iks-<cluster ID>`: a gateway that is missing, being deleted, failed, or without its reserved IP in a worker zone cuts the workers off.",
            level: 'fail',
            sources: [
                infraErrors.vpe,
                {
                    kind: 'error',
                    text: 'Pending endpoint gateway creation',
                    where: 'IBM docs, containers cluster_infra_errors#vpe-ts'
                }
            ]
        },
        {
            id: 'vpe-gateway.healthy',
            says: 'A gateway VPC reports `faulted` ("Completely unreachable, inoperative, or otherwise entirely incapacitated") or not Stable needs IBM support; a degraded one warns.',
            level: 'fail',
            sources: [
                infraErrors.vpeNotStable,
                {
                    kind: 'sdk',
                    repo: 'IBM/vpc-go-sdk',
                    path: 'vpcv1/vpc_v1.go (EndpointGateway.HealthState)',
                    quote: '`faulted`: Completely unreachable, inoperative, or otherwise entirely incapacitated'
                }
            ]
        },
        {
            id: 'vpe-gateway.settling',
            says: 'A gateway or reserved IP still being created or updated is reported as a warning: it may settle.',
            level: 'warn',
            sources: [infraErrors.vpe]
        }
    ],
    async run(ctx) {
        const t = await ctx.facts.target(ctx.target);
        const gw = await (0,vpe/* findClusterGateway */.cM)(ctx.facts, t);
        if (gw)
            return evaluate(ctx, t, gw);
        // The refresh itself is the remediation step's (src/remediate/), after every check has run.
        return [
            { ...missingOutcome(t, ctx.config.remediate === 'vpe'), remedy: 'vpe' }
        ];
    }
};

;// CONCATENATED MODULE: ./src/checks/worker-endpoints.ts




// IBM's worker status texts (scenarios §3), matched case-insensitively by substring in every message field.
const DEPLOY_FAILED = 'worker deploy failed due to network communications failing to master or registry endpoints';
const PENDING_GATEWAY = 'pending endpoint gateway creation';
/** A gateway normally appears within minutes; a worker still waiting after this is stuck. */
const PENDING_GRACE_MS = 20 * 60 * 1000;
function ageMinutes(w, now) {
    const at = w.messageDate ? Date.parse(w.messageDate) : Number.NaN;
    return Number.isNaN(at)
        ? undefined
        : Math.max(0, Math.floor((now - at) / 60_000));
}
function classify(w, now) {
    const text = w.messages.join('\n').toLowerCase();
    if (text.includes(DEPLOY_FAILED))
        return { worker: w, kind: 'deploy-failed', ageMinutes: ageMinutes(w, now) };
    if (text.includes(PENDING_GATEWAY))
        return { worker: w, kind: 'pending', ageMinutes: ageMinutes(w, now) };
    return undefined;
}
function formatAge(minutes) {
    if (minutes < 120)
        return `${minutes} min`;
    if (minutes < 48 * 60)
        return `${Math.floor(minutes / 60)} h`;
    return `${Math.floor(minutes / 1440)} days`;
}
/** formatAge's units as a message, so the report's language words them. */
function ageMsg(minutes) {
    if (minutes < 120)
        return { id: 'worker-endpoints.detail.age.min', params: { n: minutes } };
    if (minutes < 48 * 60)
        return {
            id: 'worker-endpoints.detail.age.h',
            params: { n: Math.floor(minutes / 60) }
        };
    return {
        id: 'worker-endpoints.detail.age.days',
        params: { n: Math.floor(minutes / 1440) }
    };
}
function worker_endpoints_line(a) {
    const age = a.ageMinutes === undefined
        ? a.kind === 'pending'
            ? { id: 'worker-endpoints.detail.age.unknown' }
            : ''
        : ageMsg(a.ageMinutes);
    const where = `${a.worker.zone ?? '?'}${a.worker.privateIP ? `, ${a.worker.privateIP}` : ''}`;
    return {
        id: a.kind === 'deploy-failed'
            ? 'worker-endpoints.detail.deploy-failed'
            : 'worker-endpoints.detail.pending',
        params: { worker: a.worker.id, where, age }
    };
}
/** IBM's order: refresh the master, check the gateway, then replace each affected worker. */
function orderedFix(t, workers) {
    const cluster = t.id ?? t.ref;
    return [
        { text: { id: 'worker-endpoints.fix.refresh' }, commands: [refreshCommand(t)] },
        {
            text: { id: 'worker-endpoints.fix.gateway' },
            commands: showGatewayCommands(t)
        },
        {
            text: { id: 'worker-endpoints.fix.replace' },
            commands: [
                ibmcloud/* cmd */.HW.workerLs(cluster),
                ...workers.map(w => ibmcloud/* cmd */.HW.workerReplace(cluster, w.id))
            ]
        }
    ];
}
const VPE_TS = 'https://cloud.ibm.com/docs/openshift?topic=openshift-cluster_infra_errors#vpe-ts';
const worker_endpoints_RULES = [
    {
        id: 'worker-endpoints.lost-endpoints',
        says: 'Workers that report "Worker deploy failed due to network communications failing to master or registry endpoints", or still "Pending endpoint gateway creation" after 20 minutes, cannot be managed until the master is refreshed or they are replaced; a worker-replace of those workers is the fix itself.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: VPE_TS,
                quote: "You can't manage worker nodes for your cluster, and you receive an error message similar to one of the following.",
                read: 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors#vpe-ts',
                quote: "If you still can't manage worker nodes after the cluster master is refreshed, replace the worker nodes that you can't access.",
                read: '2026-12'
            }
        ],
        history: 'Re-read for issue 19: confirmed for every operation but worker-replace, which IBM names as the fix (until issue 19 a replace failed on the workers it was meant to replace).'
    },
    {
        id: 'worker-endpoints.pending-young',
        says: 'A worker "Pending endpoint gateway creation" for less than 20 minutes (or for an unknown time) may still resolve by itself: a warning.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: "IBM lists the message as a symptom without a duration; the 20-minute grace is this product's choice while a new gateway is created."
            }
        ]
    },
    {
        id: 'worker-endpoints.replace-unnamed',
        says: 'A worker-replace on a cluster with such workers, when the workers input does not say which workers it replaces: a warning to make sure the replace names them.',
        level: 'warn',
        sources: [
            {
                kind: 'doc',
                url: VPE_TS,
                quote: 'Use the worker node ID that is returned from the `ibmcloud oc worker ls --cluster <cluster_name_or_ID>` command.',
                read: 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
            }
        ]
    }
];
/** No worker reports that it cannot reach the master or registry through the cluster's VPE gateway. */
const workerEndpointsCheck = {
    id: 'worker-endpoints',
    family: 'vpc',
    title: 'worker-endpoints.title',
    scope: 'cluster',
    // Replacing workers of a cluster about to be deleted is pointless; vpe-gateway covers a delete.
    operations: types/* OPERATIONS */.xb.filter(o => o !== 'cluster-create' && o !== 'cluster-delete'),
    providers: ['vpc-gen2'],
    requires: ['api-key', 'cluster-access'],
    // Workers that cannot reach the master through a missing or broken gateway are its symptom.
    explainedBy: ['vpe-gateway'],
    // Workers waiting for a gateway that is itself still pending are that gateway's wait.
    explainedByWarning: ['vpe-gateway'],
    docs: VPE_DOCS,
    needs: 'Viewer platform role on Kubernetes Service; Operator to replace workers',
    rules: worker_endpoints_RULES,
    async run(ctx) {
        const t = await ctx.facts.target(ctx.target);
        const all = await ctx.facts.workers(t.id ?? t.ref);
        const now = Date.now();
        // With the workers input, only the workers the operation touches are judged.
        const named = (0,helpers/* namedWorkers */.ty)(ctx.config, [ctx.target, t.id, t.name]);
        let workers = all;
        if (named !== undefined) {
            const { found, unknown } = (0,helpers/* resolveWorkers */.Qi)(all, named);
            if (unknown.length > 0)
                return [
                    {
                        status: 'skip',
                        summary: {
                            id: 'worker-endpoints.workers-unknown',
                            params: { workers: unknown.join(', ') }
                        }
                    }
                ];
            workers = found;
        }
        const affected = workers
            .map(w => classify(w, now))
            .filter((a) => a !== undefined);
        // A replace is IBM's fix for these workers: never a blocker for it.
        if (ctx.config.operation === 'worker-replace' && affected.length > 0)
            return [replaceOutcome(t, affected, named !== undefined, all.length)];
        // A young "pending" (or one of unknown age) may still resolve by itself: a warning, not a blocker.
        const young = (a) => a.kind === 'pending' &&
            (a.ageMinutes === undefined || a.ageMinutes * 60_000 < PENDING_GRACE_MS);
        const blocking = affected.filter(a => !young(a));
        const waiting = affected.filter(young);
        const outcomes = [];
        if (blocking.length > 0) {
            outcomes.push({
                status: 'fail',
                rule: 'worker-endpoints.lost-endpoints',
                summary: {
                    id: 'worker-endpoints.blocked',
                    params: {
                        count: blocking.length,
                        total: workers.length,
                        workers: blocking.map(a => a.worker.id).join(', ')
                    }
                },
                why: { id: 'worker-endpoints.blocked.why' },
                fix: orderedFix(t, blocking.map(a => a.worker)),
                details: blocking.map(worker_endpoints_line)
            });
        }
        if (waiting.length > 0) {
            outcomes.push({
                status: 'warn',
                rule: 'worker-endpoints.pending-young',
                summary: {
                    id: 'worker-endpoints.pending',
                    params: {
                        count: waiting.length,
                        total: workers.length,
                        workers: waiting.map(a => a.worker.id).join(', '),
                        minutes: PENDING_GRACE_MS / 60_000
                    }
                },
                why: { id: 'worker-endpoints.pending.why' },
                fix: [
                    {
                        text: {
                            id: 'worker-endpoints.fix.wait',
                            params: { minutes: PENDING_GRACE_MS / 60_000 }
                        }
                    },
                    ...orderedFix(t, waiting.map(a => a.worker))
                ],
                details: waiting.map(worker_endpoints_line)
            });
        }
        if (outcomes.length === 0)
            outcomes.push({
                status: 'pass',
                summary: {
                    id: named !== undefined
                        ? 'worker-endpoints.pass-named'
                        : 'worker-endpoints.pass',
                    params: { total: workers.length }
                }
            });
        return outcomes;
    }
};
/**
 * A worker-replace on a cluster whose workers lost the endpoints: when the workers input names them, the
 * replace is the fix (pass); when it names none, a warning to make sure the replace targets them.
 */
function replaceOutcome(t, affected, named, total) {
    const params = {
        count: affected.length,
        total,
        workers: affected.map(a => a.worker.id).join(', ')
    };
    if (named)
        return {
            status: 'pass',
            summary: { id: 'worker-endpoints.replace-fixes', params },
            details: affected.map(worker_endpoints_line)
        };
    return {
        status: 'warn',
        rule: 'worker-endpoints.replace-unnamed',
        summary: { id: 'worker-endpoints.replace-unnamed', params },
        why: { id: 'worker-endpoints.replace-unnamed.why' },
        fix: orderedFix(t, affected.map(a => a.worker)),
        details: affected.map(worker_endpoints_line)
    };
}

;// CONCATENATED MODULE: ./src/checks/worker-minimum.ts





// What each platform keeps: OpenShift 2 (E1437, E3310, IBM's OpenShift FAQ); Kubernetes 1 (IBM's FAQ).
const MINIMUM = { openshift: 2, kubernetes: 1 };
const PLATFORM_NAME = {
    openshift: 'OpenShift',
    kubernetes: 'Kubernetes'
};
// Workers already on their way out: they do not count as left.
const GONE_STATES = new Set(['deleted', 'deleting']);
// A pending operation that removes the worker (IBM names none in the SDK; "delete" is what IKS queues).
const REMOVING = /delet|remov/i;
const E1437 = "The action cannot be completed because it would reduce the worker pool's size below the cluster's minimum requirement of 2 workers. If there are any worker operations pending, you might need wait for them to complete.";
const worker_minimum_RULES = [
    {
        id: 'worker-minimum.openshift',
        says: 'An OpenShift cluster keeps at least 2 workers: IKS refuses a worker delete, pool delete or resize that leaves fewer.',
        level: 'fail',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/openshift?topic=openshift-faqs#smallest_cluster',
                quote: "Clusters must always have at least 2 worker nodes. Note that you can't have a cluster with 0 worker nodes, and you can't power off or suspend billing for your worker nodes.",
                read: 'ibm-cloud-docs/openshift@e8eca99b34681055b93eb9fd4bea938238fcd759'
            },
            {
                kind: 'error',
                code: 'E1437',
                text: E1437,
                where: 'IBM-Cloud/terraform-provider-ibm#5598 (terraform destroy of an OpenShift cluster built by terraform-ibm-base-ocp-vpc)'
            },
            {
                kind: 'sdk',
                repo: 'IBM-Cloud/terraform-provider-ibm',
                path: 'website/docs/r/container_vpc_cluster.html.markdown (worker_count)',
                quote: 'If the requested number of worker nodes is fewer than the minimum 2 worker nodes that are required for an OpenShift cluster, cluster creation does not happen.'
            }
        ],
        history: 'Until issue 19 the minimum of 2 applied to every cluster. Every public E1437 capture is an OpenShift cluster, and IBM names the 2-worker minimum for OpenShift only; Kubernetes clusters follow worker-minimum.kubernetes-zero.'
    },
    {
        id: 'worker-minimum.kubernetes-zero',
        says: "A Kubernetes cluster left with no worker: IBM's FAQ says it must keep 1, its cluster-states page describes clusters whose workers were all removed; a warning, not a blocker.",
        level: 'warn',
        sources: [
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-faqs#smallest_cluster',
                quote: "Clusters must always have at least 1 worker node. Note that you can't have a cluster with 0 worker nodes, and you can't power off or suspend billing for your worker nodes.",
                read: '2026-12'
            },
            {
                kind: 'doc',
                url: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference#cluster-state-warning',
                quote: 'Your cluster has zero worker nodes, such as if you created a cluster without any worker nodes or manually removed all the worker nodes from the cluster.',
                read: '2026-12'
            }
        ],
        history: 'IBM documents no IKS refusal for a Kubernetes cluster going to 1 worker (2 → 1 passes) and contradicts itself on 0; by the rule of the weaker outcome, 0 warns.'
    },
    {
        id: 'worker-minimum.pending',
        says: 'Workers with a pending operation may not count toward the minimum while it runs.',
        level: 'warn',
        sources: [
            {
                kind: 'error',
                code: 'E1437',
                text: E1437,
                where: 'IBM-Cloud/terraform-provider-ibm#5598'
            }
        ]
    },
    {
        id: 'worker-minimum.platform-unknown',
        says: 'When IKS names neither the cluster type nor an _openshift version, fewer than 2 workers warns: the OpenShift minimum may or may not apply.',
        level: 'warn',
        sources: [
            {
                kind: 'indirect',
                note: 'The minimum differs by platform (worker-minimum.openshift, worker-minimum.kubernetes-zero); without the platform the weaker outcome applies.'
            }
        ]
    }
];
function live(w) {
    return (!GONE_STATES.has(normaliseState(w.state ?? '')) &&
        !(w.pendingOperation !== undefined && REMOVING.test(w.pendingOperation)));
}
/** The first value the operation needs that is missing or known only after apply. */
function missing(intents, needs) {
    for (const [input, get] of needs)
        for (const o of intents) {
            const v = get(o);
            if (v === undefined)
                return { input, afterApply: false };
            if ((0,intent_types/* isAfterApply */.VT)(v))
                return { input, afterApply: true };
        }
    return undefined;
}
/**
 * A worker delete, pool delete or resize leaves the cluster the workers its platform needs: OpenShift 2
 * (E1437), Kubernetes 1 (0 warns). Counts the live workers IKS lists (not deleting, no pending delete) and
 * subtracts what the operation removes: the workers the `workers` input names, else one for a worker delete.
 */
const workerMinimumCheck = {
    id: 'worker-minimum',
    family: 'credentials',
    title: 'worker-minimum.title',
    scope: 'cluster',
    // zone-remove: a plan's VPC pool losing zones or a deleted zone attachment deletes the zone's workers.
    operations: [
        'worker-delete',
        'worker-pool-delete',
        'worker-pool-resize',
        'zone-remove'
    ],
    requires: ['api-key', 'cluster-access', 'operation-target'],
    docs: 'https://cloud.ibm.com/docs/containers?topic=containers-add-workers',
    needs: 'Viewer platform role on Kubernetes Service',
    rules: worker_minimum_RULES,
    async run({ config, facts, target }) {
        const operation = config.operation;
        const cluster = await facts.cluster(target);
        // Every operation of this kind on this cluster: a plan that deletes or resizes two pools does both.
        const intents = (0,helpers/* intentsOf */.H$)(config, [target, cluster.id, cluster.name]);
        const needs = operation === 'worker-pool-resize'
            ? [
                ['worker-pool', o => o.pool],
                ['workers-per-zone', o => o.workersPerZone]
            ]
            : operation === 'worker-pool-delete' || operation === 'zone-remove'
                ? [['worker-pool', o => o.pool]]
                : [];
        const gap = missing(intents.length > 0 ? intents : [{ operation, source: { kind: 'inputs' } }], needs);
        if (gap !== undefined)
            return [
                {
                    status: 'skip',
                    summary: gap.afterApply
                        ? { id: 'worker-minimum.after-apply', params: { input: gap.input } }
                        : {
                            id: 'worker-minimum.needs-input',
                            params: { operation, input: gap.input }
                        }
                }
            ];
        const workers = await facts.workers(cluster.id);
        const platform = (0,facts_platform/* clusterPlatform */.O)(cluster);
        // Unknown platform: judged against OpenShift's 2, but never as a blocker (see below).
        const minimum = MINIMUM[platform ?? 'openshift'];
        const counted = workers.filter(live);
        const now = counted.length;
        const poolOf = (name) => counted.filter(w => w.poolName === name);
        const details = workers
            .filter(w => !live(w))
            .map(w => `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: ${w.state ?? 'unknown'}${w.pendingOperation ? `, pending ${w.pendingOperation}` : ''}: not counted`);
        // The workers a worker-delete names (the `workers` input): counted as really removed.
        const named = operation === 'worker-delete'
            ? (0,helpers/* namedWorkers */.ty)(config, [target, cluster.id, cluster.name])
            : undefined;
        let removedNamed = [];
        if (named !== undefined) {
            const { found, unknown } = (0,helpers/* resolveWorkers */.Qi)(workers, named);
            if (unknown.length > 0)
                return [
                    {
                        status: 'skip',
                        summary: {
                            id: 'worker-minimum.workers-unknown',
                            params: { name: cluster.name, workers: unknown.join(', ') }
                        }
                    }
                ];
            removedNamed = found.filter(live);
            for (const w of removedNamed)
                details.push({
                    id: 'worker-minimum.detail.removed',
                    params: { worker: w.id, pool: w.poolName ?? '?', operation }
                });
        }
        // What each pool keeps after the operation; pools not named keep what they have.
        const after = new Map();
        let removed = 0;
        if (operation === 'worker-delete')
            removed = named !== undefined ? removedNamed.length : Math.min(1, now);
        // The input takes a pool's name or ID; workers carry the pool's name.
        const pools = operation === 'worker-delete' ? [] : await facts.workerPools(cluster.id);
        for (const o of operation === 'worker-delete' ? [] : intents) {
            const ref = (0,intent_types/* known */.eO)(o.pool);
            const pool = (0,helpers/* poolByRef */.th)(pools, ref)?.name ?? ref;
            const has = poolOf(pool);
            if (operation === 'worker-pool-delete') {
                after.set(pool, 0);
                details.push(`pool ${pool}: ${has.length} → 0`);
                continue;
            }
            if (operation === 'zone-remove') {
                // The zone's workers go; a zone known only after apply removes none we can count.
                const gone = new Set(((0,intent_types/* known */.eO)(o.zones) ?? []).flatMap(z => (0,intent_types/* known */.eO)(z.zone) ?? []));
                const keeps = (after.get(pool) ?? has.length) -
                    has.filter(w => gone.has(w.zone ?? '')).length;
                after.set(pool, keeps);
                details.push(`pool ${pool}: ${has.length} → ${keeps} (zones removed: ${[...gone].join(', ')})`);
                continue;
            }
            const zones = new Set(has.map(w => w.zone ?? ''));
            if (zones.size === 0)
                return [
                    {
                        status: 'skip',
                        summary: {
                            id: 'worker-minimum.pool-unknown',
                            params: { name: cluster.name, pool }
                        }
                    }
                ];
            const size = (0,intent_types/* known */.eO)(o.workersPerZone) * zones.size;
            after.set(pool, size);
            details.push(`pool ${pool}: ${has.length} → ${size} (${(0,intent_types/* known */.eO)(o.workersPerZone)} × ${zones.size} zone(s): ${[...zones].join(', ')})`);
        }
        for (const [pool, size] of after)
            removed += poolOf(pool).length - size;
        const left = now - removed;
        const params = {
            name: cluster.name,
            operation,
            now,
            left,
            minimum,
            platform: PLATFORM_NAME[platform ?? 'openshift'],
            count: removedNamed.length
        };
        const variant = operation !== 'worker-delete'
            ? ''
            : named !== undefined
                ? '-named'
                : '-one';
        // E1437 says pending worker operations may count against the minimum: workers busy with one (a reload)
        // that the operation keeps may not count while it runs.
        const pending = counted.filter(w => w.pendingOperation !== undefined &&
            !removedNamed.includes(w) &&
            !(w.poolName !== undefined && after.get(w.poolName) === 0));
        if (platform !== undefined &&
            left >= minimum &&
            left - pending.length < minimum)
            return [
                {
                    status: 'warn',
                    rule: 'worker-minimum.pending',
                    summary: {
                        id: 'worker-minimum.pending',
                        params: { ...params, count: pending.length }
                    },
                    why: { id: 'worker-minimum.pending.why', params: { minimum } },
                    fix: [
                        {
                            text: { id: 'worker-minimum.pending.fix' },
                            commands: [ibmcloud/* cmd */.HW.workerLs(cluster.id)]
                        }
                    ],
                    details: [
                        ...pending.map(w => `${w.id}${w.poolName ? ` (pool ${w.poolName})` : ''}: pending ${w.pendingOperation}`),
                        ...details
                    ]
                }
            ];
        // Enough for the cluster's platform, or for either when IKS did not name it: a pass.
        if (left >= minimum)
            return [
                {
                    status: 'pass',
                    summary: {
                        id: platform === undefined
                            ? 'worker-minimum.pass-any'
                            : `worker-minimum.pass${variant}`,
                        params
                    },
                    ...(details.length > 0 ? { details } : {})
                }
            ];
        const fix = fixSteps(cluster, operation, counted, after, left, minimum);
        if (platform === 'openshift')
            return [
                {
                    status: 'fail',
                    rule: 'worker-minimum.openshift',
                    summary: {
                        id: `worker-minimum.fail${variant}`,
                        params: { ...params, left: Math.max(left, 0) }
                    },
                    why: { id: 'worker-minimum.fail.why' },
                    fix,
                    details
                }
            ];
        if (platform === undefined)
            return [
                {
                    status: 'warn',
                    rule: 'worker-minimum.platform-unknown',
                    summary: {
                        id: 'worker-minimum.platform-unknown',
                        params: { ...params, left: Math.max(left, 0) }
                    },
                    why: { id: 'worker-minimum.platform-unknown.why' },
                    fix,
                    details
                }
            ];
        // Kubernetes, no worker left: IBM's pages disagree on whether IKS allows it.
        return [
            {
                status: 'warn',
                rule: 'worker-minimum.kubernetes-zero',
                summary: { id: 'worker-minimum.zero', params },
                why: { id: 'worker-minimum.zero.why' },
                fix,
                details
            }
        ];
    }
};
/** The fix: grow a pool the operation leaves alone, or the resized pool itself, or create one. */
function fixSteps(cluster, operation, counted, after, left, minimum) {
    const poolOf = (name) => counted.filter(w => w.poolName === name);
    const need = minimum - Math.max(left, 0);
    const fix = [];
    const others = [
        ...new Set(counted.map(w => w.poolName).filter(p => p !== undefined))
    ].filter(p => !after.has(p));
    const other = others[0];
    if (other !== undefined) {
        const has = poolOf(other);
        const zones = new Set(has.map(w => w.zone ?? '')).size;
        fix.push({
            text: {
                id: 'worker-minimum.fail.fix.resize-other',
                params: { pool: other, minimum }
            },
            commands: [
                ibmcloud/* cmd */.HW.workerPoolResize(cluster.id, other, Math.ceil((has.length + need) / Math.max(zones, 1)))
            ]
        });
    }
    else {
        const provider = cluster.provider === 'classic' ? 'classic' : 'vpc-gen2';
        fix.push({
            text: { id: 'worker-minimum.fail.fix.create', params: { minimum } },
            commands: [
                ibmcloud/* cmd */.HW.workerPoolCreate(provider, cluster.id, need),
                ibmcloud/* cmd */.HW.zoneAdd(provider, cluster.id)
            ]
        });
    }
    if (operation === 'worker-pool-resize' && after.size === 1) {
        const [pool, size] = [...after][0];
        const zones = new Set(poolOf(pool).map(w => w.zone ?? '')).size;
        const perZone = Math.ceil((size + need) / zones);
        fix.push({
            text: {
                id: 'worker-minimum.fail.fix.resize-self',
                params: { pool, size: perZone }
            },
            commands: [ibmcloud/* cmd */.HW.workerPoolResize(cluster.id, pool, perZone)]
        });
    }
    return fix;
}

;// CONCATENATED MODULE: ./src/checks/catalogue.ts

























/**
 * Every check, in report order (the order of CHECK_IDS: prerequisites first). The files a new check
 * touches are listed in CONTRIBUTING.md.
 */
const CATALOGUE = [
    api_key/* apiKeyCheck */.a,
    accountCheck,
    clusterAccessCheck,
    operationTargetCheck,
    clusterStateCheck,
    workerMinimumCheck,
    flavorCheck,
    kubeVersionCheck,
    clusterNameCheck,
    clusterApiKeyCheck,
    paidAccountCheck,
    totpMfaCheck,
    infraPermissionsCheck,
    infraCredentialsCheck,
    orphanedWorkersCheck,
    credentialSwitchCheck,
    classicRegionCheck,
    classicVlansCheck,
    vpcRegionCheck,
    vpcSubnetsCheck,
    vpeGatewayCheck,
    workerEndpointsCheck,
    vpcSecurityGroupsCheck,
    kmsAuthorizationCheck,
    cosInstanceCheck
];



/***/ }),

/***/ 3956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ groupLabel),
/* harmony export */   H$: () => (/* binding */ intentsOf),
/* harmony export */   IJ: () => (/* binding */ roleFor),
/* harmony export */   JA: () => (/* binding */ apiErrorParams),
/* harmony export */   MJ: () => (/* binding */ groupArg),
/* harmony export */   Od: () => (/* reexport safe */ _facts_js__WEBPACK_IMPORTED_MODULE_5__.Od),
/* harmony export */   Qi: () => (/* binding */ resolveWorkers),
/* harmony export */   fR: () => (/* binding */ intentsOrBare),
/* harmony export */   ke: () => (/* binding */ couldNotVerify),
/* harmony export */   lJ: () => (/* binding */ ibmDiagnostics),
/* harmony export */   th: () => (/* binding */ poolByRef),
/* harmony export */   ty: () => (/* binding */ namedWorkers)
/* harmony export */ });
/* harmony import */ var _commands_iam_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3943);
/* harmony import */ var _ibm_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4979);
/* harmony import */ var _blockers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3278);
/* harmony import */ var _intent_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(739);
/* harmony import */ var _commands_ibmcloud_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9639);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5570);






function ibmDiagnostics(e) {
    return {
        service: e.service,
        status: e.status,
        code: e.code,
        incidentID: e.incidentID,
        recoveryCLI: e.recoveryCLI
    };
}
/** The endpoint variable that points each service elsewhere (src/ibm/endpoints.ts). */
const ENDPOINT_VARIABLE = {
    iam: 'IBMCLOUD_IAM_API_ENDPOINT',
    iks: 'IBMCLOUD_CS_API_ENDPOINT',
    accounts: 'IBMCLOUD_ACCOUNT_MANAGEMENT_API_ENDPOINT',
    'resource-manager': 'IBMCLOUD_RESOURCE_MANAGEMENT_API_ENDPOINT',
    vpc: 'IBMCLOUD_IS_NG_API_ENDPOINT',
    softlayer: 'IAAS_CLASSIC_ENDPOINT_URL',
    schematics: 'IBMCLOUD_SCHEMATICS_API_ENDPOINT'
};
/** What a 404 to each read means was not there. */
function notFoundWhat(e, target) {
    switch (e.operation) {
        case 'get cluster':
            return { id: 'common.what.cluster', params: { target } };
        case 'list workers':
            return { id: 'common.what.workers', params: { target } };
        case 'get API key owner':
            return { id: 'common.what.key-owner' };
        case 'list endpoint gateways':
            return { id: 'common.what.gateways' };
        default:
            return { id: 'common.what.other' };
    }
}
/** How "could not verify" ends: the advice that can help for this kind of failure, and only that. */
function adviceFor(e, who, target) {
    const service = _ibm_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAMES */ .Z1[e.service];
    const status = e.status ?? '';
    switch ((0,_ibm_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unverifiedKind */ .q6)(e)) {
        case 'access': {
            const grant = (0,_commands_iam_js__WEBPACK_IMPORTED_MODULE_0__/* .roleForRead */ .ie)(e.service, e.operation);
            if (!grant)
                return {
                    text: {
                        id: 'common.could-not-verify.fix.classic-access',
                        params: { status }
                    }
                };
            return {
                text: {
                    id: 'common.could-not-verify.fix.access',
                    params: { service, status, role: grant.role, label: grant.label }
                },
                commands: [(0,_commands_iam_js__WEBPACK_IMPORTED_MODULE_0__/* .policyCreate */ .lF)(who, grant)]
            };
        }
        case 'not-found':
            return {
                text: {
                    id: 'common.could-not-verify.fix.not-found',
                    params: {
                        service,
                        operation: e.operation,
                        what: notFoundWhat(e, target)
                    }
                }
            };
        case 'not-ibm':
            return {
                text: {
                    id: 'common.could-not-verify.fix.not-ibm',
                    params: { variable: ENDPOINT_VARIABLE[e.service] }
                }
            };
        case 'rejected':
            return {
                text: {
                    id: 'common.could-not-verify.fix.rejected',
                    params: { service, operation: e.operation, status }
                }
            };
        case 'transient':
            return { text: { id: 'common.could-not-verify.fix' } };
    }
}
/**
 * The outcome for a fact we could not get: never a pass. A known classic blocker is named, not left
 * bare; otherwise the kind of failure decides the advice (unverifiedKind). `who` fills in the policy
 * command of a refused read; `target` names what a 404 did not find.
 */
function couldNotVerify(e, who, target = '') {
    const blocker = (0,_blockers_js__WEBPACK_IMPORTED_MODULE_2__/* .blockerOf */ .U)(e);
    if (blocker) {
        return {
            status: 'error',
            summary: { id: `classic.blocked.${blocker}`, params: { reason: e.message } },
            why: { id: 'common.could-not-verify.why' },
            fix: [{ text: { id: `classic.blocked.${blocker}.fix` } }],
            ibm: ibmDiagnostics(e)
        };
    }
    // An answer that could not be read (cut off, not JSON) may still be IBM's: it is not called a proxy's.
    const id = e.kind === 'unreadable'
        ? 'common.could-not-verify.unreadable'
        : (0,_ibm_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unverifiedKind */ .q6)(e) === 'not-ibm'
            ? 'common.could-not-verify.not-ibm'
            : 'common.could-not-verify';
    const answer = e.status === undefined ? e.detail : `HTTP ${e.status}: ${e.detail}`;
    return {
        status: 'error',
        summary: id === 'common.could-not-verify'
            ? { id, params: { reason: e.message } }
            : {
                id,
                params: {
                    service: _ibm_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAMES */ .Z1[e.service],
                    operation: e.operation,
                    answer
                }
            },
        why: { id: `${id}.why` },
        fix: [adviceFor(e, who, target)],
        ibm: ibmDiagnostics(e)
    };
}
/** The platform role on Kubernetes Service that each operation needs (IBM's roles table). */
function roleFor(op) {
    return op === 'cluster-create' || op === 'cluster-delete'
        ? 'Administrator'
        : 'Operator';
}
function groupLabel(t) {
    return t.resourceGroupName
        ? `${t.resourceGroupName} (${t.resourceGroupId})`
        : t.resourceGroupId;
}
/** `ibmcloud target -g` takes the group's name or ID; prefer the name people recognise. */
function groupArg(t) {
    return t.resourceGroupName ?? t.resourceGroupId;
}
/** What IBM answered, for the "(HTTP 404 G0004: …)" part of a message. */
function apiErrorParams(e) {
    return { answer: e.answer };
}
/**
 * The run's operations of this check's kind on one cluster, from the inputs or a plan: a plan that resizes
 * two pools of a cluster gives two. `refs` are the names the cluster goes by (as given, its ID, its name).
 */
function intentsOf(config, refs) {
    return config.intent.clusters
        .filter(c => {
        const ref = (0,_intent_types_js__WEBPACK_IMPORTED_MODULE_3__/* .known */ .eO)(c.cluster.nameOrId);
        return ref !== undefined && refs.includes(ref);
    })
        .flatMap(c => c.operations)
        .filter(o => o.operation === config.operation);
}
/** intentsOf, or one intent without details when the run has none for the cluster (bare inputs). */
function intentsOrBare(config, refs) {
    const found = intentsOf(config, refs);
    return found.length > 0
        ? found
        : [{ operation: config.operation, source: { kind: 'inputs' } }];
}
/** The pool a `worker-pool` input or a plan names, by name first, then by ID. */
function poolByRef(pools, ref) {
    return pools.find(p => p.name === ref) ?? pools.find(p => p.id === ref);
}
/** The worker IDs the run's operations on this cluster name (the `workers` input); undefined when none does. */
function namedWorkers(config, refs) {
    const ids = intentsOf(config, refs).flatMap(o => o.workers ?? []);
    return ids.length > 0 ? [...new Set(ids)] : undefined;
}
/** The named workers IKS lists, and the IDs it does not list. */
function resolveWorkers(workers, ids) {
    const found = workers.filter(w => ids.includes(w.id));
    const unknown = ids.filter(id => !workers.some(w => w.id === id));
    return { found, unknown };
}


/***/ }),

/***/ 3943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R9: () => (/* binding */ USER_MANAGEMENT_VIEWER),
/* harmony export */   ie: () => (/* binding */ roleForRead),
/* harmony export */   lF: () => (/* binding */ policyCreate)
/* harmony export */ });
/* harmony import */ var _ibmcloud_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9639);

const KS = {
    role: 'Viewer',
    label: 'Kubernetes Service',
    flags: [['--service-name', 'containers-kubernetes']]
};
/**
 * User Management's reads (src/ibm/iks-more.ts). IBM's SDK (platform-services-go-sdk usermanagementv1,
 * GetUserProfile and ListUsers) asks for "at least the viewer, editor, or administrator role on the User
 * Management service"; the CLI names that service `user-management`.
 */
const USER_MANAGEMENT_READS = new Set([
    'get account user',
    'list account users'
]);
const USER_MANAGEMENT_VIEWER = {
    role: 'Viewer',
    label: 'User Management',
    flags: [['--service-name', 'user-management']]
};
/**
 * The IAM role each read needs, by service (the operation refines it). Kubernetes Service: IBM's roles
 * table (Viewer for get/list, Operator for master refresh). VPC: Viewer on VPC Infrastructure Services
 * (`is`) lists endpoint gateways. IAM Identity, Account Management and resource groups: Viewer, an
 * assumption where no public source states the minimum (docs/ibm-api-assumptions.md). SoftLayer is
 * not IAM: its refusals are classic infrastructure permissions, so it has no entry.
 */
function roleForRead(service, operation) {
    switch (service) {
        case 'iks':
            return operation === 'refresh cluster master'
                ? { ...KS, role: 'Operator' }
                : KS;
        case 'vpc':
            return {
                role: 'Viewer',
                label: 'VPC Infrastructure Services',
                flags: [['--service-name', 'is']]
            };
        case 'iam':
            // Listing authorization policies is IAM Access Management, not IAM Identity (assumed: Viewer).
            if (operation === 'list authorization policies')
                return {
                    role: 'Viewer',
                    label: 'IAM Access Management',
                    flags: [['--service-name', 'iam-access-management']]
                };
            return {
                role: 'Viewer',
                label: 'IAM Identity Service',
                flags: [['--service-name', 'iam-identity']]
            };
        case 'accounts':
            // User Management is an account management service of its own: its reads name it alone.
            if (USER_MANAGEMENT_READS.has(operation))
                return USER_MANAGEMENT_VIEWER;
            return {
                role: 'Viewer',
                label: 'all account management services',
                flags: [['--account-management']]
            };
        case 'resource-manager':
            // A KMS instance is read through Resource Controller: Viewer on the KMS service (Key Protect here).
            if (operation === 'get resource instance')
                return {
                    role: 'Viewer',
                    label: 'Key Protect (use hs-crypto for Hyper Protect Crypto Services)',
                    flags: [['--service-name', 'kms']]
                };
            return {
                role: 'Viewer',
                label: 'resource groups',
                flags: [['--resource-type', 'resource-group']]
            };
        case 'softlayer':
            return undefined;
    }
}
/** A service ID's or trusted profile's IAM ID is `iam-` + its ID; the CLI takes the ID (or name). */
const idOf = (iamId) => iamId.replace(/^iam-/, '');
/** `ibmcloud iam user-policy-create` or `service-policy-create` for the key's identity kind, filled in. */
function policyCreate(who, grant) {
    const scope = grant.flags.map(([f, v]) => [f, v ?? true]);
    if (who?.kind === 'service-id')
        return (0,_ibmcloud_js__WEBPACK_IMPORTED_MODULE_0__/* .iamPolicyCreate */ .wf)('service', idOf(who.iamId), grant.role, scope);
    if (who?.kind === 'profile')
        return (0,_ibmcloud_js__WEBPACK_IMPORTED_MODULE_0__/* .iamPolicyCreate */ .wf)('trusted-profile', idOf(who.iamId), grant.role, scope);
    return (0,_ibmcloud_js__WEBPACK_IMPORTED_MODULE_0__/* .iamPolicyCreate */ .wf)('user', who?.email ?? '<user-email>', grant.role, scope);
}


/***/ }),

/***/ 5570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ FactError),
  At: () => (/* binding */ Facts),
  HR: () => (/* binding */ identityKind),
  Od: () => (/* binding */ scopeOf)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 5 modules
var schemas = __webpack_require__(8395);
// EXTERNAL MODULE: ./src/ibm/parse.ts
var parse = __webpack_require__(4193);
;// CONCATENATED MODULE: ./src/ibm/accounts.ts


const accountBody = schemas/* object */.Ikc({
    id: parse/* optStr */.VK,
    name: parse/* optStr */.VK,
    linked_softlayer_account: schemas/* nullish */.cl6(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]))
});
class AccountsClient {
    http;
    baseUrl;
    constructor(http, baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }
    async getAccount(token, accountId) {
        const res = await this.http.request({
            service: 'accounts',
            operation: 'read account',
            method: 'GET',
            url: `${this.baseUrl}/v4/accounts/${encodeURIComponent(accountId)}`,
            headers: { Authorization: `Bearer ${token}` }
        });
        const b = (0,parse/* parseBody */.OG)(accountBody, res.body, 'accounts', 'read account');
        const linked = b.linked_softlayer_account === null ||
            b.linked_softlayer_account === undefined
            ? ''
            : String(b.linked_softlayer_account).trim();
        return {
            id: b.id ?? accountId,
            name: b.name,
            linkedSoftlayerAccount: linked === '' ? undefined : linked
        };
    }
}

// EXTERNAL MODULE: ./src/ibm/containers.ts
var containers = __webpack_require__(4580);
// EXTERNAL MODULE: ./src/ibm/errors.ts
var errors = __webpack_require__(4979);
// EXTERNAL MODULE: ./src/ibm/iam.ts
var iam = __webpack_require__(2259);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js + 1 modules
var api = __webpack_require__(3305);
;// CONCATENATED MODULE: ./src/ibm/resource-groups.ts


const groupsBody = schemas/* object */.Ikc({
    resources: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* string */.YjP().check(api/* _minLength */.m9(1)),
        name: schemas/* string */.YjP(),
        default: parse/* optBool */.S5,
        state: parse/* optStr */.VK
    }))
});
class ResourceGroupsClient {
    http;
    baseUrl;
    constructor(http, baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }
    async list(token, accountId) {
        const res = await this.http.request({
            service: 'resource-manager',
            operation: 'list resource groups',
            method: 'GET',
            url: `${this.baseUrl}/v2/resource_groups`,
            query: { account_id: accountId },
            headers: { Authorization: `Bearer ${token}` }
        });
        const b = (0,parse/* parseBody */.OG)(groupsBody, res.body, 'resource-manager', 'list resource groups');
        return b.resources.map(r => ({
            id: r.id,
            name: r.name,
            isDefault: r.default ?? false
        }));
    }
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/ibm/settle.ts
var settle = __webpack_require__(1983);
;// CONCATENATED MODULE: ./src/ibm/softlayer.ts





const DEFAULT_PAGING = { pageSize: 500, maxPages: 50 };
const MASK = 'mask[id,hostname,primaryBackendIpAddress,primaryIpAddress]';
const METHODS = { guest: 'getVirtualGuests', hardware: 'getHardware' };
const FILTER_ROOT = { guest: 'virtualGuests', hardware: 'hardware' };
const deviceBody = schemas/* object */.Ikc({
    id: schemas/* number */.aig(),
    hostname: parse/* optStr */.VK,
    primaryBackendIpAddress: parse/* optStr */.VK,
    primaryIpAddress: parse/* optStr */.VK
});
/**
 * SoftLayer can answer an error as `{"error": "...", "code": "SoftLayer_Exception_..."}` with HTTP 200
 * (softlayer-go session/rest.go findResponseError): such a body is that error, whatever the status.
 */
function throwIfSoftLayerError(body, status, operation) {
    if (body === null || typeof body !== 'object' || Array.isArray(body))
        return;
    const b = body;
    if (typeof b['error'] !== 'string' || b['error'].trim() === '')
        return;
    throw new errors.ApiError({
        service: 'softlayer',
        operation,
        kind: 'http',
        status,
        code: typeof b['code'] === 'string' ? b['code'] : undefined,
        detail: b['error'].trim()
    });
}
/** SoftLayer (classic infrastructure) REST, read-only: the device lists of the account the credentials reach. */
class SoftLayerClient {
    http;
    baseUrl;
    authorization;
    constructor(http, baseUrl, auth) {
        this.http = http;
        this.baseUrl = baseUrl;
        const pair = 'apiKey' in auth
            ? `apikey:${auth.apiKey}`
            : `${auth.username}:${auth.classicApiKey}`;
        if ('classicApiKey' in auth)
            (0,secrets/* registerSecret */.cl)(auth.classicApiKey);
        else
            (0,secrets/* registerSecret */.cl)(auth.apiKey);
        const encoded = Buffer.from(pair, 'utf8').toString('base64');
        (0,secrets/* registerSecret */.cl)(encoded);
        this.authorization = `Basic ${encoded}`;
    }
    async page(kind, query) {
        const operation = `list ${kind === 'guest' ? 'virtual servers' : 'bare metal servers'}`;
        const res = await this.http.request({
            service: 'softlayer',
            operation,
            method: 'GET',
            url: `${this.baseUrl}/SoftLayer_Account/${METHODS[kind]}.json`,
            query: { objectMask: MASK, ...query },
            headers: { Authorization: this.authorization }
        });
        throwIfSoftLayerError(res.body, res.status, operation);
        const devices = (0,parse/* parseBody */.OG)(schemas/* array */.YOg(deviceBody), res.body, 'softlayer', operation).map(d => ({ kind, ...d }));
        const header = res.headers['softlayer-total-items'];
        const total = header !== undefined && /^\d+$/.test(header.trim())
            ? Number(header.trim())
            : undefined;
        return { devices, total };
    }
    /**
     * Every device of one kind: the first page tells the total (SoftLayer-Total-Items), the remaining pages
     * are then fetched concurrently (the HTTP layer caps concurrency). Without the header, page until a short page.
     */
    async listDevices(kind, paging = DEFAULT_PAGING) {
        const { pageSize, maxPages } = paging;
        const limit = pageSize * maxPages;
        const first = await this.page(kind, { resultLimit: `0,${pageSize}` });
        if (first.total !== undefined) {
            if (first.total > limit)
                return { complete: false, total: first.total, limit };
            const pages = Math.ceil(first.total / pageSize);
            const rest = await (0,settle/* allInOrder */.b)(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => this.page(kind, { resultLimit: `${(i + 1) * pageSize},${pageSize}` })));
            return {
                complete: true,
                devices: [...first.devices, ...rest.flatMap(p => p.devices)]
            };
        }
        const devices = [...first.devices];
        let last = first.devices.length;
        for (let n = 1; last === pageSize; n++) {
            if (n >= maxPages)
                return { complete: false, total: devices.length, limit };
            const next = await this.page(kind, {
                resultLimit: `${n * pageSize},${pageSize}`
            });
            devices.push(...next.devices);
            last = next.devices.length;
        }
        return { complete: true, devices };
    }
    /** Devices of one kind whose `field` equals `value` (objectFilter), for accounts too large to list. */
    async findDevices(kind, field, value) {
        const filter = JSON.stringify({
            [FILTER_ROOT[kind]]: { [field]: { operation: value } }
        });
        return (await this.page(kind, { objectFilter: filter, resultLimit: '0,10' }))
            .devices;
    }
}

;// CONCATENATED MODULE: ./src/ibm/vpc.ts



/**
 * The VPC API `version` date we send. VPC answers in the shape of the date asked for, so it is pinned
 * (not "today") and moved deliberately after reading the VPC change log; the fields read here are
 * stable since 2021.
 */
const VPC_API_VERSION = '2025-06-03';
const PAGE_LIMIT = 100;
/** 50 pages × 100 = 5000 gateways in one VPC; more than that is unreadable for us, not "missing". */
const MAX_PAGES = 50;
const ipRef = schemas/* object */.Ikc({
    id: parse/* optStr */.VK,
    address: schemas/* string */.YjP(),
    href: parse/* optStr */.VK,
    deleted: schemas/* optional */.lqM(schemas/* unknown */.L5J()),
    zone: schemas/* nullish */.cl6(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* looseObject */._H3({ name: parse/* optStr */.VK })]))
});
const gatewayBody = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().check(api/* _minLength */.m9(1)),
    name: schemas/* string */.YjP(),
    lifecycle_state: schemas/* nullish */.cl6(schemas/* string */.YjP()),
    health_state: schemas/* nullish */.cl6(schemas/* string */.YjP()),
    ips: schemas/* nullish */.cl6(schemas/* array */.YOg(ipRef)),
    vpc: schemas/* nullish */.cl6(schemas/* object */.Ikc({ id: parse/* optStr */.VK })),
    target: schemas/* nullish */.cl6(schemas/* object */.Ikc({ crn: parse/* optStr */.VK })),
    lifecycle_reasons: schemas/* nullish */.cl6(schemas/* array */.YOg(schemas/* object */.Ikc({ code: parse/* optStr */.VK, message: parse/* optStr */.VK })))
});
const collectionBody = schemas/* object */.Ikc({
    endpoint_gateways: schemas/* array */.YOg(gatewayBody),
    next: schemas/* nullish */.cl6(schemas/* object */.Ikc({ href: schemas/* string */.YjP() }))
});
const toGateway = (g) => ({
    id: g.id,
    name: g.name,
    vpcId: g.vpc?.id,
    lifecycleState: g.lifecycle_state ?? 'unknown',
    healthState: g.health_state ?? 'unknown',
    ips: (g.ips ?? []).map(ip => ({
        id: ip.id,
        address: ip.address,
        deleted: ip.deleted !== undefined && ip.deleted !== null,
        pending: ip.address.trim() === '0.0.0.0',
        subnetId: ip.href
            ? /\/subnets\/([^/?#]+)\/reserved_ips\//.exec(ip.href)?.[1]
            : undefined,
        zone: typeof ip.zone === 'string' ? ip.zone : (ip.zone?.name ?? undefined)
    })),
    targetCrn: g.target?.crn,
    lifecycleReasons: (g.lifecycle_reasons ?? []).map(r => ({
        code: r.code,
        message: r.message
    }))
});
/** `start` from a `next.href`; the href may lack version/generation, so only the token is reused. */
const startOf = (href) => (0,parse/* queryParamOf */.jx)(href, 'start');
class VpcClient {
    http;
    baseUrl;
    constructor(http, baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }
    /**
     * Every endpoint gateway in `region` matching the filter, across pages. The filter is also applied
     * here, so an API that ignores `name` or `vpc.id` still gives a correct answer (after more pages).
     */
    async listEndpointGateways(token, region, filter = {}) {
        const operation = 'list endpoint gateways';
        const out = [];
        let start;
        for (let page = 1; page <= MAX_PAGES; page++) {
            const res = await this.http.request({
                service: 'vpc',
                operation,
                method: 'GET',
                url: `${this.baseUrl(region)}/endpoint_gateways`,
                query: {
                    version: VPC_API_VERSION,
                    generation: 2,
                    limit: PAGE_LIMIT,
                    name: filter.name,
                    'vpc.id': filter.vpcId,
                    start
                },
                headers: { Authorization: `Bearer ${token}` }
            });
            const body = (0,parse/* parseBody */.OG)(collectionBody, res.body, 'vpc', operation);
            for (const g of body.endpoint_gateways.map(toGateway)) {
                if ((filter.name === undefined || g.name === filter.name) &&
                    (filter.vpcId === undefined ||
                        g.vpcId === undefined ||
                        g.vpcId === filter.vpcId))
                    out.push(g);
            }
            if (!body.next)
                return out;
            const next = startOf(body.next.href);
            if (next === undefined || next === start) {
                throw new errors.ApiError({
                    service: 'vpc',
                    operation,
                    kind: 'unreadable',
                    detail: 'answered a next page link without a usable start token'
                });
            }
            start = next;
        }
        throw new errors.ApiError({
            service: 'vpc',
            operation,
            kind: 'unreadable',
            detail: `answered more than ${MAX_PAGES} pages of ${PAGE_LIMIT} gateways; stopped reading`
        });
    }
}

;// CONCATENATED MODULE: ./src/ibm/iks-more.ts
/**
 * Read clients for the intent-aware checks: worker pools, flavors by zone, Kubernetes versions (IKS) and
 * users of an account (User Management). Shapes: ../shared/reference/ibm-cloud-api-more.md, from IBM's
 * SDKs (IBM-Cloud/container-services-go-sdk, IBM-Cloud/bluemix-go, IBM/platform-services-go-sdk
 * usermanagementv1). Every call goes through the one HttpClient; memoising is the facts layer's job.
 */



/**
 * IKS answers do not keep one key casing (`privateVLAN` in the swagger, `privateVlan` in real v1 bodies;
 * `poolID` / `poolid`); IBM's Go clients read keys case-insensitively, so we lower-case them before parsing.
 */
function lowerKeys(v) {
    if (Array.isArray(v))
        return v.map(lowerKeys);
    if (v === null || typeof v !== 'object')
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        const key = k.toLowerCase();
        // Keep the first of two keys that differ only in case.
        if (!(key in out))
            out[key] = lowerKeys(x);
    }
    return out;
}
const count = schemas/* nullish */.cl6(schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI()));
const id = schemas/* string */.YjP().check(api/* _minLength */.m9(1));
// Lower-case names of GetWorkerPoolResponse (v2) and WorkerPoolResponse (v1).
const poolBody = schemas/* object */.Ikc({
    id,
    poolname: parse/* optStr */.VK,
    name: parse/* optStr */.VK,
    flavor: parse/* optStr */.VK,
    machinetype: parse/* optStr */.VK,
    workercount: count,
    sizeperzone: count,
    provider: parse/* optStr */.VK,
    state: parse/* optStr */.VK,
    lifecycle: schemas/* nullish */.cl6(schemas/* object */.Ikc({ actualstate: parse/* optStr */.VK, desiredstate: parse/* optStr */.VK })),
    zones: schemas/* nullish */.cl6(schemas/* array */.YOg(schemas/* object */.Ikc({
        id,
        workercount: count,
        privatevlan: parse/* optStr */.VK,
        publicvlan: parse/* optStr */.VK,
        subnets: schemas/* nullish */.cl6(schemas/* array */.YOg(schemas/* object */.Ikc({ id, primary: parse/* optBool */.S5 })))
    }))),
    vpcid: parse/* optStr */.VK,
    autoscaleenabled: parse/* optBool */.S5,
    workervolumeencryption: schemas/* nullish */.cl6(schemas/* object */.Ikc({
        kmsinstanceid: parse/* optStr */.VK,
        workervolumecrkid: parse/* optStr */.VK,
        kmsaccountid: parse/* optStr */.VK
    }))
});
function toPool(p) {
    const enc = p.workervolumeencryption;
    const encryption = enc && (enc.kmsinstanceid || enc.workervolumecrkid)
        ? {
            kmsInstanceId: (0,parse/* nonEmpty */.hq)(enc.kmsinstanceid),
            rootKeyId: (0,parse/* nonEmpty */.hq)(enc.workervolumecrkid),
            kmsAccountId: (0,parse/* nonEmpty */.hq)(enc.kmsaccountid)
        }
        : undefined;
    return {
        id: p.id,
        name: (0,parse/* nonEmpty */.hq)(p.poolname) ?? (0,parse/* nonEmpty */.hq)(p.name),
        flavor: (0,parse/* nonEmpty */.hq)(p.flavor) ?? (0,parse/* nonEmpty */.hq)(p.machinetype),
        workersPerZone: p.workercount ?? p.sizeperzone ?? undefined,
        provider: (0,parse/* nonEmpty */.hq)(p.provider),
        state: (0,parse/* nonEmpty */.hq)(p.lifecycle?.actualstate) ?? (0,parse/* nonEmpty */.hq)(p.state),
        desiredState: (0,parse/* nonEmpty */.hq)(p.lifecycle?.desiredstate),
        zones: (p.zones ?? []).map(zone => ({
            id: zone.id,
            workerCount: zone.workercount ?? undefined,
            privateVlan: (0,parse/* nonEmpty */.hq)(zone.privatevlan),
            publicVlan: (0,parse/* nonEmpty */.hq)(zone.publicvlan),
            subnets: (zone.subnets ?? []).map(s => ({ id: s.id, primary: s.primary }))
        })),
        vpcId: (0,parse/* nonEmpty */.hq)(p.vpcid),
        autoscaleEnabled: p.autoscaleenabled,
        volumeEncryption: encryption
    };
}
const flavorBody = schemas/* object */.Ikc({
    name: id,
    id: parse/* optStr */.VK,
    provider: parse/* optStr */.VK,
    deprecated: parse/* optBool */.S5,
    correspondingflavor: parse/* optStr */.VK,
    ocp_unsupported: parse/* optBool */.S5
});
const versionBody = schemas/* object */.Ikc({
    major: schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI()),
    minor: schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI()),
    patch: schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI()),
    default: parse/* optBool */.S5,
    end_of_service: parse/* optStr */.VK
});
// platform-services-go-sdk usermanagementv1 UserProfile: every field is optional, `iam_id` too; one odd
// record must not make the whole list unreadable.
const userBody = schemas/* object */.Ikc({
    iam_id: parse/* optStr */.VK,
    user_id: parse/* optStr */.VK,
    email: parse/* optStr */.VK,
    realm: parse/* optStr */.VK,
    state: parse/* optStr */.VK
});
const userListBody = schemas/* object */.Ikc({
    resources: schemas/* nullish */.cl6(schemas/* array */.YOg(userBody)),
    next_url: parse/* optStr */.VK
});
const toUser = (u) => ({
    iamId: (0,parse/* nonEmpty */.hq)(u.iam_id),
    userId: (0,parse/* nonEmpty */.hq)(u.user_id),
    email: (0,parse/* nonEmpty */.hq)(u.email),
    realm: (0,parse/* nonEmpty */.hq)(u.realm),
    state: (0,parse/* nonEmpty */.hq)(u.state)
});
/** Guard against a server that keeps answering with a next page. */
const MAX_USER_PAGES = 200;
/** The `_start` token of a next_url (absolute or relative); its host is never followed. */
const nextStart = (nextUrl) => (0,parse/* queryParamOf */.jx)(nextUrl, '_start');
class IksMoreClient {
    http;
    endpoints;
    constructor(http, endpoints) {
        this.http = http;
        this.endpoints = endpoints;
    }
    auth(token) {
        return { Authorization: `Bearer ${token}` };
    }
    /** GET /v2/getWorkerPools?cluster= : every pool of a cluster (any provider). */
    async getWorkerPools(token, cluster) {
        const operation = 'list worker pools';
        const res = await this.http.request({
            service: 'iks',
            operation,
            method: 'GET',
            url: `${this.endpoints.containers}/v2/getWorkerPools`,
            query: { cluster },
            headers: this.auth(token)
        });
        // IBM's Go client reads an array; the generated SDK's own fixture answers one object. Accept both.
        const body = lowerKeys(res.body);
        const list = Array.isArray(body) || body === undefined ? body : [body];
        return (0,parse/* parseBody */.OG)(schemas/* array */.YOg(poolBody), list, 'iks', operation).map(toPool);
    }
    /** GET /v2/getWorkerPool?cluster=&workerpool= ; undefined when IKS answers 404 (no such pool or cluster). */
    async getWorkerPool(token, cluster, pool) {
        const operation = 'get worker pool';
        const res = await this.http.request({
            service: 'iks',
            operation,
            method: 'GET',
            url: `${this.endpoints.containers}/v2/getWorkerPool`,
            query: { cluster, workerpool: pool },
            headers: this.auth(token),
            okStatuses: [404]
        });
        if (res.status === 404)
            return undefined;
        return toPool((0,parse/* parseBody */.OG)(poolBody, lowerKeys(res.body), 'iks', operation));
    }
    /**
     * GET /v1/zones: the classic zones (data centers) IKS can create clusters in (GetZones in IBM's SDK, model
     * ZoneResponse{id, name, metro}). Every zone needs a string `id`; other keys are ignored.
     */
    async getClassicZones(token) {
        const operation = 'list classic zones';
        const res = await this.http.request({
            service: 'iks',
            operation,
            method: 'GET',
            url: `${this.endpoints.containers}/v1/zones`,
            headers: this.auth(token)
        });
        return (0,parse/* parseBody */.OG)(schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), metro: schemas/* optional */.lqM(schemas/* string */.YjP()) })), res.body, 'iks', operation).map(zone => ({ id: zone.id, metro: (0,parse/* nonEmpty */.hq)(zone.metro) }));
    }
    /** GET /v2/getFlavors?zone=&provider= : the flavors offered in one zone. Absent from the list = not offered. */
    async getFlavors(token, zone, provider) {
        const operation = 'list flavors';
        const res = await this.http.request({
            service: 'iks',
            operation,
            method: 'GET',
            url: `${this.endpoints.containers}/v2/getFlavors`,
            query: { zone, provider },
            headers: this.auth(token)
        });
        return (0,parse/* parseBody */.OG)(schemas/* array */.YOg(flavorBody), lowerKeys(res.body), 'iks', operation).map(f => ({
            name: f.name,
            id: (0,parse/* nonEmpty */.hq)(f.id),
            provider: (0,parse/* nonEmpty */.hq)(f.provider),
            deprecated: f.deprecated,
            correspondingFlavor: (0,parse/* nonEmpty */.hq)(f.correspondingflavor),
            ...(f.ocp_unsupported !== undefined && {
                ocpUnsupported: f.ocp_unsupported
            })
        }));
    }
    /**
     * GET /v1/versions: every orderable version, grouped by platform (IBM's documented real answer).
     * A bare array (the SDK's typing of /v2/getVersions) is read too.
     */
    async getVersions(token) {
        const operation = 'list versions';
        const res = await this.http.request({
            service: 'iks',
            operation,
            method: 'GET',
            url: `${this.endpoints.containers}/v1/versions`,
            headers: this.auth(token)
        });
        const body = lowerKeys(res.body);
        const toVersion = (platform) => (v) => ({
            ...(platform !== undefined && { platform }),
            major: v.major,
            minor: v.minor,
            patch: v.patch,
            isDefault: v.default === true,
            endOfService: (0,parse/* nonEmpty */.hq)(v.end_of_service)
        });
        if (Array.isArray(body))
            return (0,parse/* parseBody */.OG)(schemas/* array */.YOg(versionBody), body, 'iks', operation).map(toVersion());
        // Keyed by platform; keys whose value is not a list are not versions and are ignored.
        const grouped = (0,parse/* parseBody */.OG)(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), body, 'iks', operation);
        const lists = Object.entries(grouped).filter(([, v]) => Array.isArray(v));
        // An object without any list is unreadable: parse it as the list it should have been, for the message.
        if (lists.length === 0)
            return (0,parse/* parseBody */.OG)(schemas/* array */.YOg(versionBody), body, 'iks', operation).map(toVersion());
        return lists.flatMap(([platform, list]) => (0,parse/* parseBody */.OG)(schemas/* array */.YOg(versionBody), list, 'iks', operation).map(toVersion(platform)));
    }
    /**
     * GET /v2/accounts/{account_id}/users/{iam_id}: one user of the account; undefined when User Management
     * answers 404 (not a user of the account).
     */
    async getAccountUser(token, accountId, iamId) {
        const operation = 'get account user';
        const res = await this.http.request({
            // User Management is part of IBM Cloud account management.
            service: 'accounts',
            operation,
            method: 'GET',
            url: `${this.endpoints.userManagement}/v2/accounts/${encodeURIComponent(accountId)}/users/${encodeURIComponent(iamId)}`,
            headers: this.auth(token),
            okStatuses: [404]
        });
        if (res.status === 404)
            return undefined;
        return toUser((0,parse/* parseBody */.OG)(userBody, res.body, 'accounts', operation));
    }
    /** GET /v2/accounts/{account_id}/users, every page (next_url carries the `_start` of the next one). */
    async listAccountUsers(token, accountId) {
        const operation = 'list account users';
        const users = [];
        const seen = new Set();
        let start;
        for (let page = 0; page < MAX_USER_PAGES; page++) {
            const res = await this.http.request({
                service: 'accounts',
                operation,
                method: 'GET',
                url: `${this.endpoints.userManagement}/v2/accounts/${encodeURIComponent(accountId)}/users`,
                query: { _start: start },
                headers: this.auth(token)
            });
            const body = (0,parse/* parseBody */.OG)(userListBody, res.body, 'accounts', operation);
            users.push(...(body.resources ?? []).map(toUser));
            start = nextStart(body.next_url);
            if (start === undefined)
                return users;
            if (seen.has(start))
                throw new errors.ApiError({
                    service: 'accounts',
                    operation,
                    kind: 'unreadable',
                    detail: 'answered the same next page twice; the user list cannot be read in full'
                });
            seen.add(start);
        }
        throw new errors.ApiError({
            service: 'accounts',
            operation,
            kind: 'unreadable',
            detail: `answered more than ${MAX_USER_PAGES} pages; the user list cannot be read in full`
        });
    }
}

;// CONCATENATED MODULE: ./src/ibm/network-more.ts
/**
 * Read clients for the network checks (issue 12): the classic VLANs of a zone (IKS), a VPC subnet, a VPC and
 * the security groups of a VPC (VPC API). Shapes: ../shared/reference/ibm-cloud-api-more.md §4 and §6, from
 * IBM-Cloud/container-services-go-sdk (VLAN), IBM-Cloud/bluemix-go containerv1 and IBM/vpc-go-sdk vpcv1.
 * Every call goes through the one HttpClient; memoising is the facts layer's job.
 */





const network_more_count = schemas/* nullish */.cl6(schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI()));
const network_more_id = schemas/* string */.YjP().check(api/* _minLength */.m9(1));
/** Classic VLAN IDs are numbers sent as strings; a bare number is read too. */
const vlanId = schemas/* union */.KCZ([
    network_more_id,
    schemas/* pipe */.FsL(schemas/* number */.aig().check(schemas/* int */.Whr(), api/* _nonnegative */.UI()), schemas/* transform */.pdi(n => String(n)))
]);
const vlanBody = schemas/* object */.Ikc({
    id: vlanId,
    type: parse/* optStr */.VK,
    properties: schemas/* nullish */.cl6(schemas/* object */.Ikc({
        name: parse/* optStr */.VK,
        primary_router: parse/* optStr */.VK,
        vlan_number: parse/* optStr */.VK,
        vlan_type: parse/* optStr */.VK,
        location: parse/* optStr */.VK,
        subnet_count: network_more_count
    }))
});
const ref = schemas/* nullish */.cl6(schemas/* object */.Ikc({ id: parse/* optStr */.VK, name: parse/* optStr */.VK, crn: parse/* optStr */.VK }));
const subnetBody = schemas/* object */.Ikc({
    id: network_more_id,
    name: parse/* optStr */.VK,
    crn: parse/* optStr */.VK,
    zone: schemas/* nullish */.cl6(schemas/* object */.Ikc({ name: parse/* optStr */.VK })),
    vpc: ref,
    available_ipv4_address_count: network_more_count,
    total_ipv4_address_count: network_more_count,
    ipv4_cidr_block: parse/* optStr */.VK,
    status: parse/* optStr */.VK
});
const vpcBody = schemas/* object */.Ikc({
    id: network_more_id,
    name: parse/* optStr */.VK,
    crn: parse/* optStr */.VK,
    status: parse/* optStr */.VK
});
// SecurityGroupRuleRemote is one of an IP (address), a CIDR (cidr_block) or a security group reference.
const ruleBody = schemas/* object */.Ikc({
    remote: schemas/* nullish */.cl6(schemas/* object */.Ikc({
        address: parse/* optStr */.VK,
        cidr_block: parse/* optStr */.VK,
        id: parse/* optStr */.VK,
        crn: parse/* optStr */.VK,
        name: parse/* optStr */.VK
    }))
});
const groupBody = schemas/* object */.Ikc({
    id: network_more_id,
    name: parse/* optStr */.VK,
    vpc: ref,
    rules: schemas/* nullish */.cl6(schemas/* array */.YOg(ruleBody))
});
const groupsPage = schemas/* object */.Ikc({
    security_groups: schemas/* array */.YOg(groupBody),
    next: schemas/* nullish */.cl6(schemas/* object */.Ikc({ href: schemas/* string */.YjP() }))
});
const isRemoteGroup = (r) => r.remote !== undefined &&
    r.remote !== null &&
    [r.remote.id, r.remote.crn, r.remote.name].some(v => (0,parse/* nonEmpty */.hq)(v) !== undefined);
/** As src/ibm/vpc.ts: one page then holds a VPC at IBM's documented quota (100 groups). */
const SG_PAGE_LIMIT = 100;
/** 20 pages × 100: far beyond any VPC's quota; more is unreadable for us, never "fewer groups". */
const MAX_SG_PAGES = 20;
const vlanSpanBody = schemas/* object */.Ikc({ enabled: parse/* optBool */.S5, modifiedDate: parse/* optStr */.VK });
class NetworkMoreClient {
    http;
    endpoints;
    constructor(http, endpoints) {
        this.http = http;
        this.endpoints = endpoints;
    }
    /**
     * GET /v1/subnets/vlan-spanning (container-services-go-sdk GetVlanSpanning, model VlanSpan): whether the
     * classic account of the region and resource group has VLAN spanning on. undefined when IKS does not say.
     */
    async getVlanSpanning(token, scope) {
        const operation = 'get VLAN spanning';
        const res = await this.http.request({
            service: 'iks',
            operation,
            method: 'GET',
            url: `${this.endpoints.containers}/v1/subnets/vlan-spanning`,
            headers: {
                Authorization: `Bearer ${token}`,
                'X-Region': scope.region || undefined,
                'X-Auth-Resource-Group': scope.resourceGroupId || undefined
            }
        });
        return (0,parse/* parseBody */.OG)(vlanSpanBody, res.body, 'iks', operation).enabled;
    }
    /**
     * GET /v1/datacenters/{zone}/vlans: the account's classic VLANs in one zone. The swagger marks
     * X-Auth-Refresh-Token required (IBM's own Go client does not send it), so it is sent when known.
     * IKS lists them with the classic credentials of a region and resource group: `scope` sends those as
     * bluemix-go's ClusterTargetHeader does (X-Region, X-Auth-Resource-Group).
     */
    async getZoneVlans(token, zone, refreshToken, scope) {
        const operation = 'list zone VLANs';
        const res = await this.http.request({
            service: 'iks',
            operation,
            method: 'GET',
            url: `${this.endpoints.containers}/v1/datacenters/${encodeURIComponent(zone)}/vlans`,
            headers: {
                Authorization: `Bearer ${token}`,
                'X-Auth-Refresh-Token': refreshToken,
                'X-Region': scope?.region || undefined,
                'X-Auth-Resource-Group': scope?.resourceGroupId || undefined
            }
        });
        return (0,parse/* parseBody */.OG)(schemas/* array */.YOg(vlanBody), lowerKeys(res.body), 'iks', operation).map(v => ({
            id: v.id,
            type: (0,parse/* nonEmpty */.hq)(v.type)?.toLowerCase(),
            name: (0,parse/* nonEmpty */.hq)(v.properties?.name),
            primaryRouter: (0,parse/* nonEmpty */.hq)(v.properties?.primary_router),
            vlanNumber: (0,parse/* nonEmpty */.hq)(v.properties?.vlan_number),
            vlanType: (0,parse/* nonEmpty */.hq)(v.properties?.vlan_type),
            location: (0,parse/* nonEmpty */.hq)(v.properties?.location),
            subnetCount: v.properties?.subnet_count ?? undefined
        }));
    }
    /** GET /v1/subnets/{id} in a region; 403 and 404 are answers (the key cannot see it / no such subnet). */
    async getSubnet(token, region, subnetId) {
        const operation = 'get subnet';
        const read = await this.readOne(token, region, `subnets/${encodeURIComponent(subnetId)}`, operation);
        if (read.kind !== 'body')
            return read;
        const s = (0,parse/* parseBody */.OG)(subnetBody, read.body, 'vpc', operation);
        return {
            kind: 'found',
            subnet: {
                id: s.id,
                name: (0,parse/* nonEmpty */.hq)(s.name),
                crn: (0,parse/* nonEmpty */.hq)(s.crn),
                zone: (0,parse/* nonEmpty */.hq)(s.zone?.name),
                vpcId: (0,parse/* nonEmpty */.hq)(s.vpc?.id),
                vpcName: (0,parse/* nonEmpty */.hq)(s.vpc?.name),
                availableIpv4: s.available_ipv4_address_count ?? undefined,
                totalIpv4: s.total_ipv4_address_count ?? undefined,
                ipv4Cidr: (0,parse/* nonEmpty */.hq)(s.ipv4_cidr_block),
                status: (0,parse/* nonEmpty */.hq)(s.status)
            }
        };
    }
    /** GET /v1/vpcs/{id} in a region; 403 and 404 are answers, as for a subnet. */
    async getVpc(token, region, vpcId) {
        const operation = 'get VPC';
        const read = await this.readOne(token, region, `vpcs/${encodeURIComponent(vpcId)}`, operation);
        if (read.kind !== 'body')
            return read;
        const v = (0,parse/* parseBody */.OG)(vpcBody, read.body, 'vpc', operation);
        return {
            kind: 'found',
            vpc: {
                id: v.id,
                name: (0,parse/* nonEmpty */.hq)(v.name),
                crn: (0,parse/* nonEmpty */.hq)(v.crn),
                status: (0,parse/* nonEmpty */.hq)(v.status)
            }
        };
    }
    /** One VPC resource by path: its body, or not-found (404) / forbidden (403), which are answers here. */
    async readOne(token, region, path, operation) {
        const res = await this.http.request({
            service: 'vpc',
            operation,
            method: 'GET',
            url: `${this.endpoints.vpc(region)}/${path}`,
            query: { version: VPC_API_VERSION, generation: 2 },
            headers: { Authorization: `Bearer ${token}` },
            okStatuses: [403, 404]
        });
        if (res.status === 404)
            return { kind: 'not-found' };
        if (res.status === 403)
            return { kind: 'forbidden' };
        return { kind: 'body', body: res.body };
    }
    /**
     * GET /v1/security_groups?vpc.id= : every security group of a VPC, across pages, with its rule counts.
     * Groups that name another VPC are dropped here too, so a server that ignores `vpc.id` still gives a
     * correct count (after more pages).
     */
    async listSecurityGroups(token, region, vpcId) {
        const operation = 'list security groups';
        const out = [];
        let start;
        for (let page = 1; page <= MAX_SG_PAGES; page++) {
            const res = await this.http.request({
                service: 'vpc',
                operation,
                method: 'GET',
                url: `${this.endpoints.vpc(region)}/security_groups`,
                // version and generation on every page: next.href is only mined for its start token.
                query: {
                    version: VPC_API_VERSION,
                    generation: 2,
                    limit: SG_PAGE_LIMIT,
                    'vpc.id': vpcId,
                    start
                },
                headers: { Authorization: `Bearer ${token}` }
            });
            const body = (0,parse/* parseBody */.OG)(groupsPage, res.body, 'vpc', operation);
            for (const g of body.security_groups) {
                const groupVpc = (0,parse/* nonEmpty */.hq)(g.vpc?.id);
                if (groupVpc !== undefined && groupVpc !== vpcId)
                    continue;
                out.push({
                    id: g.id,
                    name: (0,parse/* nonEmpty */.hq)(g.name),
                    vpcId: groupVpc,
                    rules: g.rules === undefined || g.rules === null
                        ? undefined
                        : {
                            total: g.rules.length,
                            remote: g.rules.filter(isRemoteGroup).length,
                            uniqueRemotes: new Set(g.rules
                                .filter(isRemoteGroup)
                                .map(r => (0,parse/* nonEmpty */.hq)(r.remote.id) ??
                                (0,parse/* nonEmpty */.hq)(r.remote.crn) ??
                                (0,parse/* nonEmpty */.hq)(r.remote.name))).size
                        }
                });
            }
            if (!body.next)
                return out;
            const next = startOf(body.next.href);
            if (next === undefined || next === start)
                throw new errors.ApiError({
                    service: 'vpc',
                    operation,
                    kind: 'unreadable',
                    detail: 'answered a next page link without a usable start token'
                });
            start = next;
        }
        throw new errors.ApiError({
            service: 'vpc',
            operation,
            kind: 'unreadable',
            detail: `answered more than ${MAX_SG_PAGES} pages of ${SG_PAGE_LIMIT} security groups; stopped reading`
        });
    }
}

// EXTERNAL MODULE: ./src/ibm/kms-access.ts
var kms_access = __webpack_require__(4854);
// EXTERNAL MODULE: ./src/intent/types.ts
var types = __webpack_require__(739);
// EXTERNAL MODULE: ./src/facts/platform.ts
var platform = __webpack_require__(1944);
;// CONCATENATED MODULE: ./src/facts.ts













/** From this many targets on, clusters are looked up in one getClusters list instead of one getCluster each. */
const LIST_CLUSTERS_FROM = 3;
// How long a cluster waits for the shared list before asking IKS for itself.
const LIST_WAIT_MS = 5000;
/** The region and resource group IKS scopes per-region settings by (credentials, stored API key). */
function scopeOf(t) {
    return { region: t.region, resourceGroupId: t.resourceGroupId };
}
/** A problem found while resolving facts that is the user's to fix, not IBM's (e.g. an unknown resource group). */
class FactError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FactError';
    }
}
/** The token's `sub_type` says service ID or trusted profile; the IAM ID prefix is the fallback. */
function identityKind(iamId, subType) {
    const st = subType?.toLowerCase();
    if (st === 'serviceid')
        return 'service-id';
    if (st === 'profile')
        return 'profile';
    if (iamId.startsWith('IBMid-'))
        return 'user';
    if (iamId.startsWith('iam-ServiceId-'))
        return 'service-id';
    if (iamId.startsWith('iam-Profile-'))
        return 'profile';
    return 'other';
}
/**
 * Every fact a check may need, fetched lazily and at most once per run: each accessor memoises its
 * promise by key, so concurrent checks asking the same fact share one request.
 */
class Facts {
    config;
    endpoints;
    http;
    memo = new Map();
    iam;
    containers;
    accounts;
    groups;
    softlayerClient;
    vpc;
    iksMore;
    network;
    kms;
    constructor(config, endpoints, http) {
        this.config = config;
        this.endpoints = endpoints;
        this.http = http;
        this.iam = new iam/* IamClient */.h(http, endpoints.iam);
        this.containers = new containers/* ContainersClient */.CZ(http, endpoints.containers);
        this.accounts = new AccountsClient(http, endpoints.accounts);
        this.groups = new ResourceGroupsClient(http, endpoints.resourceManager);
        this.vpc = new VpcClient(http, endpoints.vpc);
        this.iksMore = new IksMoreClient(http, endpoints);
        this.network = new NetworkMoreClient(http, endpoints);
        this.kms = new kms_access/* KmsAccessClient */.$M(http, endpoints);
    }
    /** Classic infrastructure as the pipeline's key reaches it (`apikey:` Basic auth = the linked account); built on first use, as only classic clusters ask it. */
    get softlayer() {
        this.softlayerClient ??= new SoftLayerClient(this.http, this.endpoints.classic, { apiKey: this.config.apiKey });
        return this.softlayerClient;
    }
    /**
     * The same run seen by another operation of a Terraform plan: every read is shared, except the
     * targets (which a cluster-create answers from the inputs, not from IKS).
     */
    forOperation(config) {
        const next = new Facts(config, this.endpoints, this.http);
        // A plan's creates may name another resource group (resource_group_id): that one is looked up again.
        const sameGroup = config.resourceGroup === this.config.resourceGroup;
        for (const [key, value] of this.memo)
            if (!key.startsWith('target:') && (sameGroup || key !== 'resource-group'))
                next.memo.set(key, value);
        return next;
    }
    /**
     * A view for after a write: what the write may have changed (memo keys starting with one of
     * `stale`) is asked again; everything else (token, identity, account) is shared, not re-requested.
     */
    refreshed(stale) {
        const next = new Facts(this.config, this.endpoints, this.http);
        for (const [key, value] of this.memo)
            if (!stale.some(prefix => key.startsWith(prefix)))
                next.memo.set(key, value);
        return next;
    }
    /** A fact's value if it has already arrived; never waits and never starts a request. */
    async settled(key) {
        const p = this.memo.get(key);
        if (p === undefined)
            return undefined;
        const pending = Symbol('pending');
        // An already-settled promise wins the race against one resolved after it.
        const v = await Promise.race([p, Promise.resolve(pending)]).catch(() => pending);
        return v === pending ? undefined : v;
    }
    /** Memoise `fetch` under `key`; exported for fact modules added by later check families. */
    once(key, fetch) {
        let p = this.memo.get(key);
        if (p === undefined) {
            p = fetch();
            // Keep rejections observed so an unawaited failed fact never crashes the process.
            p.catch(() => undefined);
            this.memo.set(key, p);
        }
        return p;
    }
    token() {
        return this.once('token', () => this.iam.exchangeApiKey(this.config.apiKey));
    }
    async accessToken() {
        return (await this.token()).accessToken;
    }
    apiKeyDetails() {
        return this.once('apikey-details', async () => this.iam.apiKeyDetails(await this.accessToken(), this.config.apiKey));
    }
    async accountId() {
        return (await this.token()).claims.accountId;
    }
    account() {
        return this.once('account', async () => this.accounts.getAccount(await this.accessToken(), await this.accountId()));
    }
    accountSettings() {
        return this.once('account-settings', async () => this.iam.accountSettings(await this.accessToken(), await this.accountId()));
    }
    /** Who the key is; the account name and key name are extras that never fail the identity. */
    identity() {
        return this.once('identity', async () => {
            const { claims } = await this.token();
            const [account, details] = await Promise.allSettled([
                this.account(),
                this.apiKeyDetails()
            ]);
            return {
                accountId: claims.accountId,
                accountName: account.status === 'fulfilled' ? account.value.name : undefined,
                iamId: claims.iamId,
                kind: identityKind(claims.iamId, claims.subType),
                name: claims.name,
                email: claims.email,
                apiKeyName: details.status === 'fulfilled' ? details.value.name : undefined
            };
        });
    }
    resourceGroups() {
        return this.once('resource-groups', async () => this.groups.list(await this.accessToken(), await this.accountId()));
    }
    /** The resource group the user named (by ID or exact name), or the account's default group. */
    resourceGroup() {
        return this.once('resource-group', async () => {
            const groups = await this.resourceGroups();
            const wanted = this.config.resourceGroup;
            if (wanted === undefined) {
                const def = groups.find(g => g.isDefault);
                if (!def)
                    throw new FactError('the account has no default resource group; set the resource-group input.');
                return def;
            }
            const found = groups.find(g => g.id === wanted) ?? groups.find(g => g.name === wanted);
            if (found)
                return found;
            const near = groups.find(g => g.name.toLowerCase() === wanted.toLowerCase());
            const hint = near
                ? ` Names are case-sensitive: did you mean '${near.name}'?`
                : '';
            throw new FactError(`resource group '${wanted}' is not in account ${await this.accountId()} (groups: ${groups.map(g => g.name).join(', ') || 'none'}).${hint}`);
        });
    }
    cluster(ref) {
        return this.once(`cluster:${ref}`, async () => {
            // Several targets: one list answers them all (docs/performance.md). A miss, an ambiguous name or a
            // failed list asks IKS for the one cluster, which also gives that cluster's exact error.
            if (this.config.clusters.length >= LIST_CLUSTERS_FROM) {
                // A slow list must not hold every cluster hostage: after a short wait each asks for itself.
                const wait = Math.min(LIST_WAIT_MS, this.http.deadline.remaining() / 4);
                // The wait's timer is cleared once the list answers: a pending timer kept the process alive for up to 5 s.
                let timer;
                const listed = await Promise.race([
                    this.clusterList().catch(() => undefined),
                    new Promise(resolve => {
                        timer = setTimeout(() => resolve(undefined), wait);
                    })
                ]).finally(() => clearTimeout(timer));
                const hits = listed?.clusters.filter(c => c.id === ref || c.name === ref) ?? [];
                // The list carries no vpcs: a VPC cluster is asked for itself (by ID, now known).
                if (hits.length === 1 && !hits[0].provider.startsWith('vpc'))
                    return hits[0];
                if (hits.length === 1)
                    return this.containers.getCluster(await this.accessToken(), hits[0].id);
            }
            return this.containers.getCluster(await this.accessToken(), ref);
        });
    }
    /** IKS's VPC zone IDs (us-south-1, …), for the regions a VPC cluster can be created in. */
    vpcZones() {
        return this.once('vpc-zones', async () => this.containers.listVpcZones(await this.accessToken()));
    }
    /** IKS's classic zones (GET /v1/zones): dal10, … with their metro. */
    classicZones() {
        return this.once('classic-zones', async () => this.iksMore.getClassicZones(await this.accessToken()));
    }
    /** All clusters the key can see (any region), optionally one provider's; items IBM sent unreadable are left out. */
    async clusters(provider) {
        return (await this.clusterList(provider)).clusters;
    }
    /** The cluster list with the count of items that could not be read. */
    clusterList(provider) {
        return this.once(`clusters:${provider ?? '*'}`, async () => this.containers.listClusters(await this.accessToken(), provider));
    }
    workers(clusterId) {
        return this.once(`workers:${clusterId}`, async () => this.containers.getWorkers(await this.accessToken(), clusterId));
    }
    credentials(scope) {
        return this.once(`credentials:${scope.region}:${scope.resourceGroupId}`, async () => this.containers.getCredentials(await this.accessToken(), scope));
    }
    infraPermissions(scope) {
        return this.once(`infra-permissions:${scope.region}:${scope.resourceGroupId}`, async () => this.containers.getInfraPermissions(await this.accessToken(), scope));
    }
    /** VPE gateways in a region; `fresh` skips the memo (remediation polls until a gateway appears). */
    endpointGateways(region, filter, fresh = false) {
        const fetch = async () => this.vpc.listEndpointGateways(await this.accessToken(), region, filter);
        return fresh
            ? fetch()
            : this.once(`endpoint-gateways:${region}:${filter.vpcId ?? '*'}:${filter.name ?? '*'}`, fetch);
    }
    /** The classic (IMS) account linked to the IBM Cloud account: the token's `account.ims`, else Account Management; undefined = none. */
    linkedClassicAccountId() {
        return this.once('linked-classic-account', async () => (await this.token()).claims.imsAccountId ??
            (await this.account()).linkedSoftlayerAccount);
    }
    /** Virtual guests and bare metal of the linked classic account (paged, bounded; see SoftLayerClient). */
    classicDevices() {
        return this.once('classic-devices', async () => {
            const [guests, hardware] = await (0,settle/* allInOrder */.b)([
                this.softlayer.listDevices('guest'),
                this.softlayer.listDevices('hardware')
            ]);
            if (!guests.complete)
                return guests;
            if (!hardware.complete)
                return hardware;
            return { complete: true, devices: [...guests.devices, ...hardware.devices] };
        });
    }
    /** Devices of the linked classic account with this host name or private IP (for accounts too large to list). */
    classicDevicesWhere(field, value) {
        return this.once(`classic-find:${field}:${value}`, async () => {
            const [guests, hardware] = await (0,settle/* allInOrder */.b)([
                this.softlayer.findDevices('guest', field, value),
                this.softlayer.findDevices('hardware', field, value)
            ]);
            return [...guests, ...hardware];
        });
    }
    /**
     * IKS stores one API key per region and resource group: its owner is asked once per pair, through the
     * first cluster asked about. If that answer is a failure other than 404 (no key stored for the pair),
     * each other cluster asks for itself, so one cluster's refusal does not decide for the rest.
     */
    keyOwner(clusterId, scope) {
        const shared = `key-owner:${scope.region}:${scope.resourceGroupId}`;
        const first = !this.memo.has(shared);
        const fetch = (id) => async () => this.containers.getKeyOwner(await this.accessToken(), id, scope);
        const answer = this.once(shared, fetch(clusterId));
        if (first)
            return answer;
        return answer.catch((e) => (0,errors/* isHttpError */.d)(e, 404)
            ? Promise.reject(e)
            : this.once(`key-owner:${clusterId}`, fetch(clusterId)));
    }
    /**
     * Every worker pool of a cluster (flavor, zones, size per zone, KMS of its volumes), by the cluster's ID or
     * name. A list already asked by the cluster's other reference (a check that starts it with the name, before
     * the ID is known) is reused: same cluster, same list.
     */
    workerPools(clusterRef) {
        return this.once(`worker-pools:${clusterRef}`, async () => {
            for (const key of [...this.memo.keys()]) {
                const ref = key.startsWith('cluster:') ? key.slice(8) : undefined;
                if (ref === undefined || ref === clusterRef)
                    continue;
                const other = this.memo.get(`worker-pools:${ref}`);
                if (other === undefined)
                    continue;
                const c = await this.settled(key);
                if (c !== undefined && (c.id === clusterRef || c.name === clusterRef))
                    return other;
            }
            return this.iksMore.getWorkerPools(await this.accessToken(), clusterRef);
        });
    }
    /** The flavors IKS offers in one zone for one provider (classic, vpc-gen2). */
    flavors(zone, provider) {
        return this.once(`flavors:${provider}:${zone}`, async () => this.iksMore.getFlavors(await this.accessToken(), zone, provider));
    }
    /** The Kubernetes versions IKS can order (GET /v1/versions). */
    kubeVersions() {
        return this.once('kube-versions', async () => this.iksMore.getVersions(await this.accessToken()));
    }
    /**
     * Every user of the key's account (User Management), once per run: IKS names the owner of its stored key
     * by e-mail only, so the owner is found in this list, which needs no answer of IKS and can be asked at
     * the same time as the key owner.
     */
    accountUsers() {
        return this.once('account-users', async () => this.iksMore.listAccountUsers(await this.accessToken(), await this.accountId()));
    }
    /** Whether the classic account of a region and resource group has VLAN spanning on (IKS vlan-spanning). */
    vlanSpanning(scope) {
        return this.once(`vlan-spanning:${scope.region}:${scope.resourceGroupId}`, async () => this.network.getVlanSpanning((await this.token()).accessToken, scope));
    }
    /**
     * The account's classic VLANs in one zone (IKS /v1/datacenters/{zone}/vlans), read with the classic
     * credentials of `scope` (region and resource group) and IAM's refresh token when it has one.
     */
    zoneVlans(zone, scope) {
        return this.once(`zone-vlans:${zone}:${scope.region}:${scope.resourceGroupId}`, async () => {
            const t = await this.token();
            return this.network.getZoneVlans(t.accessToken, zone, t.refreshToken, scope);
        });
    }
    /** One VPC subnet; 403 and 404 are answers (SubnetRead), not errors. */
    subnet(region, subnetId) {
        return this.once(`subnet:${region}:${subnetId}`, async () => this.network.getSubnet(await this.accessToken(), region, subnetId));
    }
    /** One VPC; 403 and 404 are answers (VpcRead), not errors. */
    vpcNetwork(region, vpcId) {
        return this.once(`vpc:${region}:${vpcId}`, async () => this.network.getVpc(await this.accessToken(), region, vpcId));
    }
    /** Every security group of a VPC, with rule counts (every page). */
    securityGroups(region, vpcId) {
        return this.once(`security-groups:${region}:${vpcId}`, async () => this.network.listSecurityGroups(await this.accessToken(), region, vpcId));
    }
    /** The key's account's active authorization policies (IAM, every page). */
    authorizationPolicies() {
        return this.once('authorization-policies', async () => this.kms.listAuthorizationPolicies(await this.accessToken(), await this.accountId()));
    }
    /**
     * Whether the key's identity may read every policy of its account, from its own access policies
     * (readsAccountPolicies). A list it cannot read proves nothing either way: false.
     */
    readsAccountPolicies() {
        return this.once('reads-account-policies', async () => {
            const { claims } = await this.token();
            const own = await this.kms
                .listAccessPolicies(await this.accessToken(), claims.accountId, claims.iamId)
                .catch(() => []);
            return (0,kms_access/* readsAccountPolicies */.P_)(own, claims.accountId);
        });
    }
    /** A resource instance (a KMS instance) by GUID or CRN; undefined when Resource Controller has none. */
    resourceInstance(instanceId) {
        return this.once(`resource-instance:${instanceId}`, async () => this.kms.getResourceInstance(await this.accessToken(), instanceId));
    }
    /**
     * The target's platform: an existing cluster's (getCluster), or for a create the platform of the version it
     * asks for (kube-version input, Terraform kube_version); undefined when neither says.
     */
    async platform(ref) {
        if (this.config.operation !== 'cluster-create')
            return (0,platform/* clusterPlatform */.O)(await this.cluster(ref));
        const versions = this.config.intent.clusters
            .filter(c => (0,types/* known */.eO)(c.cluster.nameOrId) === ref)
            .flatMap(c => c.operations)
            .filter(o => o.operation === 'cluster-create')
            .map(o => (0,types/* known */.eO)(o.kubeVersion));
        return (0,platform/* versionPlatform */.A)(versions.find(v => v !== undefined));
    }
    /** Where a check's target lives: read from IKS for existing clusters, from the inputs for a create. */
    target(ref) {
        return this.once(`target:${ref}`, async () => {
            if (this.config.operation === 'cluster-create') {
                const group = await this.resourceGroup();
                return {
                    ref,
                    kind: 'new',
                    name: ref,
                    provider: this.config.provider ?? 'classic',
                    region: this.config.region ?? '',
                    resourceGroupId: group.id,
                    resourceGroupName: group.name,
                    vpcs: this.config.vpcId ? [this.config.vpcId] : []
                };
            }
            const c = await this.cluster(ref);
            return {
                ref,
                kind: 'existing',
                id: c.id,
                name: c.name,
                provider: c.provider,
                region: c.region,
                resourceGroupId: c.resourceGroupId,
                resourceGroupName: c.resourceGroupName,
                vpcs: c.vpcs,
                state: c.state
            };
        });
    }
}


/***/ }),

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ versionPlatform),
/* harmony export */   O: () => (/* binding */ clusterPlatform)
/* harmony export */ });
/** `4.18_openshift`, `4.17.40_1546_openshift` → openshift; `1.33`, `1.33.4_1534` → kubernetes; else unknown. */
function versionPlatform(version) {
    if (version === undefined)
        return undefined;
    const v = version.trim().toLowerCase();
    if (/^\d+\.\d+(\.\d+)?(_\d+)?_openshift\b/.test(v))
        return 'openshift';
    if (/^\d+\.\d+(\.\d+)?(_\d+)?$/.test(v))
        return 'kubernetes';
    return undefined;
}
/**
 * An existing cluster's platform: its master version when it names one (`_openshift` or not), else
 * getCluster's `type` ("openshift" / "kubernetes"); undefined when neither says (never guessed).
 */
function clusterPlatform(c) {
    const fromVersion = versionPlatform(c.masterKubeVersion?.match(/^\S*?\d+\.\d+\.\d+(?:_\d+)?(?:_openshift)?/i)?.[0]);
    if (fromVersion)
        return fromVersion;
    const type = c.type?.toLowerCase();
    if (type === 'openshift')
        return 'openshift';
    if (type === 'kubernetes')
        return 'kubernetes';
    return undefined;
}


/***/ }),

/***/ 3570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ gatewayNames),
/* harmony export */   cM: () => (/* binding */ findClusterGateway),
/* harmony export */   p2: () => (/* binding */ zoneCoverage)
/* harmony export */ });
/* unused harmony exports inCidr, zoneOfIp */
/** IKS names the cluster's gateway iks-<cluster ID>; older runbooks and clusters say kube-<cluster ID>. */
const gatewayNames = (clusterId) => [
    `iks-${clusterId}`,
    `kube-${clusterId}`
];
/** A gateway whose target is this cluster: IKS puts the cluster ID in the target CRN. */
const targets = (gw, clusterId) => gw.targetCrn !== undefined && gw.targetCrn.split(':').includes(clusterId);
/** Of several gateways, a stable one first. */
const pick = (found) => found.find(g => g.lifecycleState === 'stable') ?? found[0];
/**
 * The cluster's VPE gateway in one of its VPCs, or undefined. The name (iks-<ID>) is asked first, as one
 * cheap filtered request; a gateway of that name whose target CRN names another cluster is not this one.
 * Without a match by name, the gateway whose target CRN holds the cluster ID wins, whatever its name.
 * `fresh` bypasses memoised answers and looks by name only, for polling after a master refresh.
 */
async function findClusterGateway(facts, t, names = gatewayNames(t.id ?? t.ref), fresh = false) {
    const clusterId = t.id ?? t.ref;
    const vpcs = t.vpcs.length > 0 ? t.vpcs : [undefined];
    for (const name of names) {
        for (const vpcId of vpcs) {
            const found = (await facts.endpointGateways(t.region, { name, vpcId }, fresh)).filter(g => g.targetCrn === undefined || targets(g, clusterId));
            if (found.length > 0)
                return pick(found);
        }
    }
    // Polls after a master refresh (fresh) wait for the gateway IKS creates by name; one look by target is enough.
    if (fresh)
        return undefined;
    for (const vpcId of vpcs) {
        const found = (await facts.endpointGateways(t.region, { vpcId })).filter(g => targets(g, clusterId));
        if (found.length > 0)
            return pick(found);
    }
    return undefined;
}
function ipv4(a) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a.trim());
    if (!m)
        return undefined;
    const parts = m.slice(1).map(Number);
    if (parts.some(p => p > 255))
        return undefined;
    return (((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3]);
}
function inCidr(address, cidr) {
    const [net, bits] = cidr.split('/');
    const a = ipv4(address);
    const n = net === undefined ? undefined : ipv4(net);
    const b = Number(bits);
    if (a === undefined ||
        n === undefined ||
        !Number.isInteger(b) ||
        b < 0 ||
        b > 32)
        return false;
    const mask = b === 0 ? 0 : (~0 << (32 - b)) >>> 0;
    return (a & mask) >>> 0 === (n & mask) >>> 0;
}
/**
 * The zone of a reserved IP. VPC's reference carries no zone, so it is the zone of a worker on the
 * same subnet (subnet ID from the IP's href), or whose subnet CIDR holds the address.
 */
function zoneOfIp(ip, workers) {
    if (ip.zone)
        return ip.zone;
    for (const w of workers) {
        if (!w.zone)
            continue;
        if (w.subnets?.some(s => (ip.subnetId !== undefined && s.id === ip.subnetId) ||
            (s.cidr !== undefined && inCidr(ip.address, s.cidr))))
            return w.zone;
    }
    return undefined;
}
function zoneCoverage(gw, workers) {
    const workerZones = [
        ...new Set(workers.map(w => w.zone).filter((z) => !!z))
    ].sort();
    const live = new Set();
    const deleted = new Map();
    const pending = new Map();
    let unplaced = 0;
    let liveCount = 0;
    for (const ip of gw.ips) {
        const zone = zoneOfIp(ip, workers);
        if (ip.deleted) {
            if (zone)
                deleted.set(zone, [...(deleted.get(zone) ?? []), ip.address]);
            continue;
        }
        // VPC has not selected an address yet: not a live IP (it may not be placeable by CIDR either).
        if (ip.pending) {
            if (zone)
                pending.set(zone, (pending.get(zone) ?? 0) + 1);
            continue;
        }
        liveCount++;
        if (zone)
            live.add(zone);
        else
            unplaced++;
    }
    const uncovered = workerZones
        .filter(z => !live.has(z))
        .map(zone => ({
        zone,
        deleted: deleted.get(zone) ?? [],
        pending: pending.get(zone) ?? 0
    }));
    return { workerZones, uncovered, unplaced, liveCount };
}


/***/ }),

/***/ 4580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ ContainersClient),
/* harmony export */   D_: () => (/* binding */ PERMISSION_CATEGORIES)
/* harmony export */ });
/* unused harmony exports canonicalKeys, readClusterList, readCredentialsBody, readInfraPermissionsBody, readKeyOwnerBody */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3305);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4979);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4193);



/** IBM's four permission categories of GET /v1/infra-permissions (container-services-go-sdk AccountStatus). */
const PERMISSION_CATEGORIES = [
    'virtualWorker',
    'physicalWorker',
    'network',
    'storage'
];
const CATEGORY_KEYS = {
    virtualWorker: 'virtualWorkerManagerPermissions',
    physicalWorker: 'physicalWorkerManagerPermissions',
    network: 'networkManagerPermissions',
    storage: 'storageManagerPermissions'
};
const clusterBody = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    name: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    region: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    resourceGroup: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    resourceGroupName: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    provider: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    state: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    lifecycle: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ masterState: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK, masterHealth: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK })),
    vpcs: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())),
    masterKubeVersion: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    targetVersion: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    versionEOS: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    workerZones: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())),
    isPaid: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optBool */ .S5,
    features: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ keyProtectEnabled: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optBool */ .S5 })),
    type: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK
});
// The SDK and bluemix-go disagree on some IKS key casings (datacenter / dataCenter): read the keys we use in any case.
const CLUSTER_KEYS = Object.keys(clusterBody.def.shape);
/** A copy of `obj` whose keys that match `names` case-insensitively are spelled as in `names`. */
function canonicalKeys(obj, names) {
    if (!isRecord(obj))
        return obj;
    const byLower = new Map(names.map(n => [n.toLowerCase(), n]));
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        const name = byLower.get(k.toLowerCase()) ?? k;
        // The exact spelling wins over a differently cased duplicate.
        if (name in out && k !== name)
            continue;
        out[name] = v;
    }
    return out;
}
const readCluster = (body) => canonicalKeys(body, CLUSTER_KEYS);
const toCluster = (c, partial = false) => ({
    id: c.id,
    name: c.name,
    region: c.region,
    resourceGroupId: c.resourceGroup,
    resourceGroupName: c.resourceGroupName,
    provider: c.provider,
    state: c.state,
    ...(c.lifecycle?.masterState ? { masterState: c.lifecycle.masterState } : {}),
    vpcs: c.vpcs ?? [],
    masterKubeVersion: c.masterKubeVersion,
    ...(c.targetVersion ? { targetVersion: c.targetVersion } : {}),
    ...(c.versionEOS ? { versionEOS: c.versionEOS } : {}),
    ...(c.lifecycle?.masterHealth
        ? { masterHealth: c.lifecycle.masterHealth }
        : {}),
    workerZones: c.workerZones ?? [],
    isPaid: c.isPaid,
    ...(c.features?.keyProtectEnabled !== undefined
        ? { keyProtectEnabled: c.features.keyProtectEnabled }
        : {}),
    ...(c.type ? { type: c.type } : {}),
    ...(partial ? { partial: true } : {})
});
/** Read a getClusters body item by item: one malformed item does not hide the other clusters. */
function readClusterList(body) {
    if (!Array.isArray(body)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
            service: 'iks',
            operation: 'list clusters',
            kind: 'unreadable',
            detail: `answered a body we cannot read (${body === undefined ? 'an empty body' : 'not a JSON list'})`
        });
    }
    const clusters = [];
    let skipped = 0;
    for (const item of body) {
        const r = clusterBody.safeParse(readCluster(item));
        if (r.success)
            clusters.push(toCluster(r.data, true));
        else
            skipped++;
    }
    if (body.length > 0 && clusters.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
            service: 'iks',
            operation: 'list clusters',
            kind: 'unreadable',
            detail: `answered ${body.length} cluster(s), none of which we can read`
        });
    }
    return { clusters, skipped };
}
const msgObj = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ state: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK, message: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK }));
const workerBody = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    location: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    poolName: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    health: msgObj,
    lifecycle: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        actualState: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
        message: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
        messageDetails: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
        messageDate: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
        pendingOperation: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK
    })),
    networkInformation: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ privateIP: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK })),
    // v2: an object (SDK WorkerKubeVersion); v1: a string. Either may be absent.
    kubeVersion: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ actual: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK })])),
    networkInterfaces: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        ipAddress: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
        primary: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()),
        cidr: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
        subnetID: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK
    }))),
    // v1 fields, when a v1-compatible shape comes back
    state: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    status: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    errorMessage: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    privateIP: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    pendingOperation: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK
});
const toWorker = (w) => {
    const messages = [
        w.health?.message,
        w.lifecycle?.message,
        w.lifecycle?.messageDetails,
        w.status,
        w.errorMessage
    ].filter((m) => typeof m === 'string' && m.trim() !== '');
    const pending = (w.lifecycle?.pendingOperation ?? w.pendingOperation)?.trim();
    const version = (typeof w.kubeVersion === 'string' ? w.kubeVersion : w.kubeVersion?.actual)?.trim();
    const vpcIp = w.networkInterfaces?.find(n => n.primary)?.ipAddress ??
        w.networkInterfaces?.[0]?.ipAddress;
    return {
        id: w.id,
        zone: w.location,
        privateIP: w.networkInformation?.privateIP ?? w.privateIP ?? vpcIp ?? undefined,
        state: w.lifecycle?.actualState ?? w.health?.state ?? w.state,
        messages,
        messageDate: w.lifecycle?.messageDate,
        poolName: w.poolName,
        ...(pending ? { pendingOperation: pending } : {}),
        ...(version ? { kubeVersion: version } : {}),
        subnets: w.networkInterfaces?.map(n => ({ id: n.subnetID, cidr: n.cidr }))
    };
};
/** Find a value under any of `names`, case-insensitively. */
function pickKey(obj, names) {
    const lower = names.map(n => n.toLowerCase());
    for (const [k, v] of Object.entries(obj))
        if (lower.includes(k.toLowerCase()))
            return v;
    return undefined;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** GET /v1/credentials 200 body: `{"apiUser": "<IMS account id>_<email>"}` (container-services-go-sdk Credentials). */
function readCredentialsBody(body) {
    const user = isRecord(body) ? pickKey(body, ['apiUser']) : undefined;
    if (typeof user !== 'string' || user.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
            service: 'iks',
            operation: 'get infrastructure credentials',
            kind: 'unreadable',
            detail: 'answered 200 without an infrastructure user name (apiUser)'
        });
    }
    // The classic user name is <IMS account id>_<email>: the account is the digits before the first '_'.
    const digits = /^(\d+)_/.exec(user.trim())?.[1];
    return { kind: 'manual', username: user.trim(), classicAccountId: digits };
}
/**
 * GET /v1/infra-permissions: IBM's AccountStatus. Every part is optional and an absent part means
 * "sufficient" (SDK comment); a part present with the wrong type makes the body unreadable, never a pass.
 */
function readInfraPermissionsBody(body) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
            service: 'iks',
            operation: 'get missing infrastructure permissions',
            kind: 'unreadable',
            detail: `answered a body we cannot read (${why})`
        });
    };
    if (!isRecord(body))
        return fail('not a JSON object');
    const text = (k) => {
        const v = pickKey(body, [k]);
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'string')
            return v.trim() === '' ? undefined : v.trim();
        return fail(`'${k}' is not a string`);
    };
    const missing = [];
    for (const category of PERMISSION_CATEGORIES) {
        const key = CATEGORY_KEYS[category];
        const part = pickKey(body, [key]);
        if (part === undefined || part === null)
            continue;
        if (!isRecord(part))
            return fail(`'${key}' is not an object`);
        for (const level of ['required', 'recommended']) {
            const analysis = pickKey(part, [level]);
            if (analysis === undefined || analysis === null)
                continue;
            if (!isRecord(analysis))
                return fail(`'${key}.${level}' is not an object`);
            const insufficient = pickKey(analysis, ['insufficient']);
            if (insufficient !== undefined &&
                insufficient !== null &&
                typeof insufficient !== 'boolean')
                return fail(`'${key}.${level}.insufficient' is not a boolean`);
            const list = pickKey(analysis, ['missingPermissions']) ?? [];
            if (!Array.isArray(list) || list.some(p => typeof p !== 'string'))
                return fail(`'${key}.${level}.missingPermissions' is not a list of texts`);
            const permissions = list
                .map(p => p.trim())
                .filter(p => p !== '');
            // A named missing permission counts even without the flag: IBM named it, so it is not a pass.
            if (insufficient === true || permissions.length > 0)
                missing.push({ category, level, permissions });
        }
    }
    return { account: text('account'), accountType: text('accountType'), missing };
}
/** clusterkeyowner: id/name/email in any case. */
function readKeyOwnerBody(body) {
    if (!isRecord(body)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
            service: 'iks',
            operation: 'get API key owner',
            kind: 'unreadable',
            detail: 'answered a body that is not a JSON object'
        });
    }
    const s = (v) => typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    const owner = {
        apiKeyId: s(pickKey(body, ['id'])),
        name: s(pickKey(body, ['name'])),
        email: s(pickKey(body, ['email']))
    };
    if (!owner.apiKeyId && !owner.name && !owner.email) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
            service: 'iks',
            operation: 'get API key owner',
            kind: 'unreadable',
            detail: 'answered without an owner id, name or email'
        });
    }
    return owner;
}
class ContainersClient {
    http;
    baseUrl;
    constructor(http, baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }
    auth(token) {
        return { Authorization: `Bearer ${token}` };
    }
    scoped(token, scope) {
        return {
            ...this.auth(token),
            'X-Region': scope.region,
            'X-Auth-Resource-Group': scope.resourceGroupId
        };
    }
    async getCluster(token, ref) {
        const res = await this.http.request({
            service: 'iks',
            operation: 'get cluster',
            method: 'GET',
            url: `${this.baseUrl}/v2/getCluster`,
            query: { cluster: ref, 'v1-compatible': 'true' },
            headers: this.auth(token)
        });
        return toCluster((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBody */ .OG)(clusterBody, readCluster(res.body), 'iks', 'get cluster'));
    }
    /**
     * IKS's VPC zones (`GET /v2/vpc/getZones?provider=vpc-gen2`, VpcGetZones in IBM's SDK): the zone IDs
     * where a VPC cluster can be created. The SDK types the body as a nested array (its own fixture is
     * `[[{…}]]`); both that and a flat array are read. Every zone needs a string `id`; other keys are ignored.
     */
    async listVpcZones(token) {
        const res = await this.http.request({
            service: 'iks',
            operation: 'list VPC zones',
            method: 'GET',
            url: `${this.baseUrl}/v2/vpc/getZones`,
            query: { provider: 'vpc-gen2' },
            headers: this.auth(token)
        });
        const zone = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBody */ .OG)(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zone, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zone)])), res.body, 'iks', 'list VPC zones')
            .flat()
            .map(e => e.id);
    }
    /** Every cluster the caller can see, in all regions; optionally of one provider. */
    async listClusters(token, provider) {
        const res = await this.http.request({
            service: 'iks',
            operation: 'list clusters',
            method: 'GET',
            url: `${this.baseUrl}/v2/getClusters`,
            query: { provider },
            headers: this.auth(token)
        });
        return readClusterList(res.body);
    }
    async getWorkers(token, clusterId) {
        const res = await this.http.request({
            service: 'iks',
            operation: 'list workers',
            method: 'GET',
            url: `${this.baseUrl}/v2/getWorkers`,
            query: { cluster: clusterId },
            headers: this.auth(token)
        });
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBody */ .OG)(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(workerBody), res.body, 'iks', 'list workers').map(toWorker);
    }
    /** The manually set classic credentials of a region and resource group; E0051 = none, the linked account is used. */
    async getCredentials(token, scope) {
        try {
            const res = await this.http.request({
                service: 'iks',
                operation: 'get infrastructure credentials',
                method: 'GET',
                url: `${this.baseUrl}/v1/credentials`,
                headers: this.scoped(token, scope)
            });
            return readCredentialsBody(res.body);
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError &&
                e.kind === 'http' &&
                e.code === 'E0051' &&
                e.status !== undefined &&
                e.status >= 400 &&
                e.status < 500) {
                return { kind: 'linked' };
            }
            throw e;
        }
    }
    async getInfraPermissions(token, scope) {
        const res = await this.http.request({
            service: 'iks',
            operation: 'get missing infrastructure permissions',
            method: 'GET',
            url: `${this.baseUrl}/v1/infra-permissions`,
            headers: this.scoped(token, scope)
        });
        return readInfraPermissionsBody(res.body);
    }
    async getKeyOwner(token, clusterId, scope) {
        const res = await this.http.request({
            service: 'iks',
            operation: 'get API key owner',
            method: 'GET',
            url: `${this.baseUrl}/v1/logging/${encodeURIComponent(clusterId)}/clusterkeyowner`,
            headers: this.scoped(token, scope)
        });
        return readKeyOwnerBody(res.body);
    }
    /** The only write this product makes, and only with `remediate: vpe`: re-create the master's endpoints. */
    async refreshMaster(token, clusterId) {
        await this.http.request({
            service: 'iks',
            operation: 'refresh cluster master',
            method: 'PUT',
            url: `${this.baseUrl}/v1/clusters/${encodeURIComponent(clusterId)}/masters`,
            json: { action: 'refresh' },
            headers: this.auth(token)
        });
    }
}


/***/ }),

/***/ 4854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ KmsAccessClient),
/* harmony export */   P_: () => (/* binding */ readsAccountPolicies),
/* harmony export */   XC: () => (/* binding */ findAuthorization),
/* harmony export */   ky: () => (/* binding */ IAM_SERVICE),
/* harmony export */   of: () => (/* binding */ isInstanceActive),
/* harmony export */   ow: () => (/* binding */ IKS_KMS_ROLES),
/* harmony export */   wX: () => (/* binding */ BLOCK_STORAGE_KMS_ROLES)
/* harmony export */ });
/* unused harmony export crnServiceName */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3305);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4979);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4193);
/**
 * Read clients and a pure matcher for the KMS checks (issue 12): IAM authorization policies of an account
 * (IAM Policy Management v1, every page) and a resource instance (Resource Controller v2), to tell that a
 * service may use a KMS instance and that the instance is active. Shapes:
 * ../shared/reference/ibm-cloud-api-more.md §7 and §9, from IBM/platform-services-go-sdk
 * iampolicymanagementv1 and resourcecontrollerv2.
 */



/** IAM service names (the `serviceName` attribute of policies). */
const IAM_SERVICE = {
    kubernetes: 'containers-kubernetes',
    /** Cloud Block Storage (VPC volumes): "The source service is `server-protect`" (vpc `block-s2s-auth`). */
    blockStorage: 'server-protect',
    keyProtect: 'kms',
    hyperProtectCrypto: 'hs-crypto'
};
/** Kubernetes Service → KMS: at least Reader, and the authorization delegated (IBM docs, §7.3). */
const IKS_KMS_ROLES = ['Reader', 'AuthorizationDelegator'];
/** Cloud Block Storage → KMS for encrypted VPC worker volumes: at least Reader (§7.3). */
const BLOCK_STORAGE_KMS_ROLES = ['Reader'];
const attrBody = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    value: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    operator: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK
});
const attrList = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ attributes: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(attrBody)) });
const policyBody = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    state: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    subjects: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(attrList)),
    resources: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(attrList)),
    roles: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ role_id: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK, display_name: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK })))
});
const policyPage = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    policies: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(policyBody)),
    next: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ start: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK, href: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK }))
});
const toAttrs = (l) => (l.attributes ?? []).map(a => ({
    name: a.name,
    value: typeof a.value === 'string' ? a.value : undefined,
    operator: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(a.operator)
}));
const toPolicy = (p) => ({
    id: p.id,
    state: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(p.state),
    subjects: (p.subjects ?? []).map(toAttrs),
    resources: (p.resources ?? []).map(toAttrs),
    roles: (p.roles ?? []).map(r => ({
        roleId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.role_id),
        displayName: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.display_name)
    }))
});
/** The page token: `next.start` (the SDK's GetNextStart), else the `start` of `next.href`. */
function nextToken(next) {
    if (next === undefined || next === null)
        return undefined;
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(next.start) ?? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .queryParamOf */ .jx)(next.href ?? undefined, 'start');
}
const resourceInstanceBody = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    guid: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    crn: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    name: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    state: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    resource_id: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    region_id: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    account_id: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK,
    resource_group_id: _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .optStr */ .VK
});
/** The service name of a CRN (crn:v1:cname:ctype:service-name:location:scope:instance:type:resource). */
function crnServiceName(crn) {
    const parts = crn?.split(':');
    return parts && parts.length >= 5 && parts[0] === 'crn'
        ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(parts[4])
        : undefined;
}
/** Guard against a server that keeps answering with a next page. */
const MAX_POLICY_PAGES = 100;
class KmsAccessClient {
    http;
    endpoints;
    constructor(http, endpoints) {
        this.http = http;
        this.endpoints = endpoints;
    }
    /**
     * GET /v1/policies?account_id=&type=authorization&state=active, every page. v1 has no filter by source or
     * target service, so the whole list is read and matched with findAuthorization.
     */
    async listAuthorizationPolicies(token, accountId) {
        return this.listPolicies(token, accountId, 'authorization');
    }
    /**
     * GET /v1/policies?account_id=&type=access&iam_id=&state=active, every page: the access policies granted
     * to one identity directly (roles through access groups are not in this list). Filtered by what the
     * caller may read, like every policy list.
     */
    async listAccessPolicies(token, accountId, iamId) {
        return this.listPolicies(token, accountId, 'access', iamId);
    }
    async listPolicies(token, accountId, type, iamId) {
        const operation = type === 'authorization'
            ? 'list authorization policies'
            : 'list access policies';
        const out = [];
        const seen = new Set();
        let start;
        for (let page = 0; page < MAX_POLICY_PAGES; page++) {
            const res = await this.http.request({
                service: 'iam',
                operation,
                method: 'GET',
                url: `${this.endpoints.iam}/v1/policies`,
                query: {
                    account_id: accountId,
                    type,
                    iam_id: iamId,
                    state: 'active',
                    start
                },
                headers: { Authorization: `Bearer ${token}` }
            });
            const body = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBody */ .OG)(policyPage, res.body, 'iam', operation);
            out.push(...(body.policies ?? []).map(toPolicy));
            start = nextToken(body.next);
            if (start === undefined)
                return out;
            if (seen.has(start))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
                    service: 'iam',
                    operation,
                    kind: 'unreadable',
                    detail: 'answered the same next page twice; the policy list cannot be read in full'
                });
            seen.add(start);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ApiError({
            service: 'iam',
            operation,
            kind: 'unreadable',
            detail: `answered more than ${MAX_POLICY_PAGES} pages; the policy list cannot be read in full`
        });
    }
    /**
     * GET /v2/resource_instances/{id} (GUID or CRN); undefined when the Resource Controller answers 404.
     * A deleted instance may still answer 200 with state `removed`: read `state`, not presence.
     */
    async getResourceInstance(token, instanceId) {
        const operation = 'get resource instance';
        const res = await this.http.request({
            // The project's error model has no separate Resource Controller service; it is resource management.
            service: 'resource-manager',
            operation,
            method: 'GET',
            url: `${this.endpoints.resourceController}/v2/resource_instances/${encodeURIComponent(instanceId)}`,
            headers: { Authorization: `Bearer ${token}` },
            okStatuses: [404]
        });
        if (res.status === 404)
            return undefined;
        const r = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBody */ .OG)(resourceInstanceBody, res.body, 'resource-manager', operation);
        return {
            id: r.id,
            guid: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.guid),
            crn: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.crn),
            name: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.name),
            state: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.state),
            resourceId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.resource_id),
            regionId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.region_id),
            accountId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.account_id),
            resourceGroupId: (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .nonEmpty */ .hq)(r.resource_group_id),
            serviceName: crnServiceName(r.crn)
        };
    }
}
const normRole = (s) => s.toLowerCase().replace(/[^a-z]/g, '');
/**
 * Service roles that include another one's access, for "at least Reader". Assumed from the KMS services'
 * role ladder (Reader < ReaderPlus < Writer < Manager); see docs/ibm-api-assumptions-network.md.
 */
const INCLUDED_BY = {
    reader: ['reader', 'readerplus', 'writer', 'manager']
};
/** The names a role answers to: its display name and the last segment of its CRN role_id. */
function roleNames(r) {
    const names = [];
    if (r.displayName !== undefined)
        names.push(normRole(r.displayName));
    const tail = r.roleId?.split(':').pop();
    if (tail !== undefined && tail !== '')
        names.push(normRole(tail));
    return names;
}
function grants(held, required) {
    const need = normRole(required);
    const accepted = INCLUDED_BY[need] ?? [need];
    return held.some(r => roleNames(r).some(n => accepted.includes(n)));
}
const KEYS = {
    serviceName: 'serviceName',
    serviceInstance: 'instanceId',
    accountId: 'accountId',
    resourceGroupId: 'resourceGroupId'
};
/** Does one side of a policy (its attributes) cover the party? */
function matchSide(sides, party) {
    // IAM allows one subject and one resource per policy; anything else we cannot read with confidence.
    if (sides.length !== 1)
        return 'unknown';
    const attrs = sides[0];
    let result = attrs.some(a => a.name === 'serviceName')
        ? 'yes'
        : 'unknown';
    for (const a of attrs) {
        const key = KEYS[a.name];
        if (key === undefined) {
            // resourceType, region, serviceGroupId, …: a narrower or different scope we do not model.
            result = 'unknown';
            continue;
        }
        const operator = a.operator ?? 'stringEquals';
        const want = party[key];
        // IBM docs show comma lists of instances in one value; we do not guess how IAM reads them.
        if (operator !== 'stringEquals' ||
            a.value === undefined ||
            a.value.includes(',')) {
            result = 'unknown';
            continue;
        }
        if (want === undefined) {
            // The policy is scoped (e.g. to one instance) and we do not know ours: cannot tell.
            result = 'unknown';
            continue;
        }
        if (a.value !== want)
            return 'no';
    }
    return result;
}
function matchPolicy(p, need) {
    if (p.state !== undefined && p.state !== 'active')
        return 'no';
    const s = matchSide(p.subjects, need.source);
    if (s === 'no')
        return 'no';
    const r = matchSide(p.resources, need.target);
    if (r === 'no')
        return 'no';
    return s === 'yes' && r === 'yes' ? 'yes' : 'unknown';
}
/**
 * Answer from the account's authorization policies whether `need.source` may use `need.target` with at
 * least `need.roles`. IAM adds up policies, so the roles may come from several. Never a pass on doubt:
 * a policy scoped by an attribute or operator we cannot compare only ever yields 'undetermined'.
 */
function findAuthorization(policies, need) {
    const sure = [];
    const maybe = [];
    for (const p of policies) {
        const m = matchPolicy(p, need);
        if (m === 'yes')
            sure.push(p);
        else if (m === 'unknown')
            maybe.push(p);
    }
    const missing = need.roles.filter(role => !sure.some(p => grants(p.roles, role)));
    const contributing = (list, roles) => list.filter(p => roles.some(role => grants(p.roles, role))).map(p => p.id);
    if (missing.length === 0)
        return { verdict: 'granted', policyIds: contributing(sure, [...need.roles]) };
    const coveredByMaybe = missing.every(role => maybe.some(p => grants(p.roles, role)));
    if (coveredByMaybe)
        return {
            verdict: 'undetermined',
            missingRoles: missing,
            policyIds: contributing(maybe, missing)
        };
    return {
        verdict: 'missing',
        missingRoles: missing,
        policyIds: contributing(sure, [...need.roles])
    };
}
/**
 * IBM's account-management roles table (ibm-cloud-docs/account `account-services.md`, "IAM Access
 * Management service"): Viewer and Operator "View access policies and custom roles", Editor and
 * Administrator more. A policy on the service alone, on every IAM account-management service
 * (`service_group_id=IAM`) or on every account-management service (`serviceType=platform_service`)
 * covers the whole account's policies.
 */
const POLICY_READ_ROLES = ['viewer', 'operator', 'editor', 'administrator'];
function coversPolicyReads(side, accountId) {
    let scoped = false;
    for (const a of side) {
        if ((a.operator ?? 'stringEquals') !== 'stringEquals')
            return false;
        if (a.name === 'accountId') {
            if (a.value !== accountId)
                return false;
        }
        else if (a.name === 'serviceName' && a.value === 'iam-access-management')
            scoped = true;
        else if (a.name === 'service_group_id' && a.value === 'IAM')
            scoped = true;
        else if (a.name === 'serviceType' && a.value === 'platform_service')
            scoped = true;
        // Any other attribute (resourceType of a child service, a resource group…) narrows it: not proof.
        else
            return false;
    }
    return scoped;
}
/**
 * Whether the caller's own access policies prove it may read every policy of the account (IAM lists only
 * the policies the caller may read, and an empty array when none: platform-services-go-sdk ListPolicies).
 * Only such a caller's authorization list can prove that an authorization is missing.
 */
function readsAccountPolicies(own, accountId) {
    return own.some(p => (p.state === undefined || p.state === 'active') &&
        p.resources.length === 1 &&
        coversPolicyReads(p.resources[0], accountId) &&
        p.roles.some(r => roleNames(r).some(n => POLICY_READ_ROLES.includes(n))));
}
/** The KMS instance can serve keys: its state is `active` (anything else, or no state, is not). */
function isInstanceActive(r) {
    return r?.state === 'active';
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ allInOrder)
/* harmony export */ });
/**
 * Like Promise.all, but when several promises reject, the error thrown is the rejection of the first of
 * them in argument order, not the first to arrive: concurrent reads that fail together (TOTP on every
 * classic call, a refused SoftLayer login on every device list) then give the same message on every run.
 */
async function allInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    for (const r of settled)
        if (r.status === 'rejected')
            throw r.reason;
    return settled.map(r => r.value);
}


/***/ }),

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ checkPages)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);

/**
 * Each check's page (docs/checks/<id>.md), in the repository and at the ref the workflow runs the action
 * from (the runner sets GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF for `uses: owner/repo@ref`), so the
 * page matches the code; otherwise the project's main branch. Only ids in `known` have a page.
 */
function checkPages(env, known) {
    const repo = env['GITHUB_ACTION_REPOSITORY'];
    const ref = env['GITHUB_ACTION_REF'];
    const base = repo && ref
        ? `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${repo}/blob/${ref}`
        : `${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_URL */ .w5}/blob/main`;
    return id => (known.includes(id) ? `${base}/docs/checks/${id}.md` : undefined);
}


/***/ }),

/***/ 2573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  passesOf: () => (/* binding */ passesOf),
  runPreflight: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: ./src/checks/catalogue.ts + 28 modules
var checks_catalogue = __webpack_require__(2929);
// EXTERNAL MODULE: ./src/checks/helpers.ts
var helpers = __webpack_require__(3956);
// EXTERNAL MODULE: ./src/commands/ibmcloud.ts
var ibmcloud = __webpack_require__(9639);
;// CONCATENATED MODULE: ./src/checks/ledger.ts
/**
 * The rule ledger: every rule a check applies, with IBM's word for it (docs/rules.md is generated from
 * here). A verdict that can stop a job names its source: `enforceLedger` turns a `fail` whose rule is
 * missing, unknown to its check, or without a direct IBM source into a warning that says so.
 */
/** Rules of the engine itself, not of one check. */
const COMMON_RULES = [
    {
        id: 'common.input',
        says: 'An input that cannot be checked as given (a malformed value, a cluster the plan names in no way IKS can find) stops the run: nothing was verified.',
        level: 'fail',
        sources: [
            {
                kind: 'tool',
                note: "This product's own input contract: a run that cannot read its inputs verifies nothing, so it must not pass."
            }
        ]
    }
];
const DIRECT = new Set([
    'doc',
    'sdk',
    'error',
    'answer',
    'user'
]);
/** Whether a rule may fail a job: fail level, and at least one direct source (the engine's own rules: its contract). */
function canFail(rule) {
    if (rule.level !== 'fail')
        return false;
    const common = COMMON_RULES.includes(rule);
    return rule.sources.some(s => DIRECT.has(s.kind) || (common && s.kind === 'tool'));
}
/** The rule an outcome of `check` names, from the check's own rules or the common ones. */
function ruleOf(check, outcome) {
    if (outcome.rule === undefined)
        return undefined;
    return (check.rules.find(r => r.id === outcome.rule) ??
        COMMON_RULES.find(r => r.id === outcome.rule));
}
/** A `fail` stands only on a rule that can fail; otherwise it is reported as a warning naming the gap. */
function enforceLedger(check, outcome) {
    if (outcome.status !== 'fail')
        return outcome;
    const rule = ruleOf(check, outcome);
    if (rule !== undefined && canFail(rule))
        return outcome;
    return {
        ...outcome,
        status: 'warn',
        details: [
            ...(outcome.details ?? []),
            {
                id: 'common.rule-unsourced',
                params: { rule: outcome.rule ?? `${check.id} (none named)` }
            }
        ]
    };
}

// EXTERNAL MODULE: ./src/commands/platform.ts
var commands_platform = __webpack_require__(6339);
// EXTERNAL MODULE: ./src/facts.ts + 6 modules
var src_facts = __webpack_require__(5570);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/messages/command.ts
var command = __webpack_require__(8145);
// EXTERNAL MODULE: ./src/ibm/errors.ts
var errors = __webpack_require__(4979);
;// CONCATENATED MODULE: ./src/engine.ts








// A check whose requests were all aborted by the deadline settles at once; this margin only
// catches a check stuck on something other than HTTP, so the run still ends.
const DEADLINE_GRACE_MS = 1500;
async function describe(e, facts, target) {
    if (e instanceof errors.ApiError) {
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
            fix: [{ text: { id: 'common.input-problem.fix' } }],
            rule: 'common.input'
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
        if (!(e instanceof errors.ApiError) &&
            !(e instanceof src_facts/* FactError */.n) &&
            e instanceof Error &&
            e.stack)
            log.debug(`${check.id} (${target}): ${e.stack}`);
        return [await describe(e, facts, target)];
    }
}
/**
 * The target's platform, for a cluster-scoped job that said more than "skipped": the cluster is memoised
 * (cluster-access reads it for every existing target), so asking costs no request of its own; a target that
 * cannot be read has no platform (its own finding says why).
 */
async function platformOf(check, facts, target, outcomes) {
    if (check.scope !== 'cluster')
        return undefined;
    if (outcomes.every(o => o.status === 'skip'))
        return undefined;
    return facts.platform(target).catch(() => undefined);
}
/**
 * One data step after a check ran: an OpenShift target's fixes print `ibmcloud oc` (IBM's openshift CLI),
 * in the fix commands and in every command a sentence names (a `{command}` parameter).
 */
function withPlatform(outcomes, platform) {
    if (platform !== 'openshift')
        return outcomes;
    const msg = (m) => m.params === undefined
        ? m
        : {
            ...m,
            params: Object.fromEntries(Object.entries(m.params).map(([k, v]) => [
                k,
                (0,command/* isCommand */.y9)(v)
                    ? (0,commands_platform/* forPlatform */.T)(v, platform)
                    : typeof v === 'object'
                        ? msg(v)
                        : v
            ]))
        };
    return outcomes.map(o => ({
        ...o,
        summary: msg(o.summary),
        ...(o.why !== undefined && { why: msg(o.why) }),
        ...(o.details !== undefined && {
            details: o.details.map(d => (typeof d === 'string' ? d : msg(d)))
        }),
        ...(o.fix !== undefined && {
            fix: o.fix.map(step => ({
                ...step,
                text: msg(step.text),
                ...(step.commands !== undefined && {
                    commands: step.commands.map(c => (0,commands_platform/* forPlatform */.T)(c, platform))
                })
            }))
        })
    }));
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
            // The ledger is applied before the verdict passes to dependants: a demoted fail blocks nothing.
            const own = Promise.race([
                runOne(check, config, facts, target, log).then(os => os.map(o => enforceLedger(check, o))),
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
            if (root === undefined) {
                const platform = await platformOf(check, facts, target, outcomes);
                return {
                    ...settle(check, withPlatform(outcomes, platform)),
                    ...(platform !== undefined && { platform })
                };
            }
            return settle(check, [
                { status: 'skip', summary: { id: 'common.needs', params: { check: root } } }
            ], root);
        })();
        byKey.set(key(check.id, target), result);
        return result;
    });
    const results = await Promise.all(settled);
    return foldSymptoms(catalogue, jobs.flatMap(({ check, target }, i) => {
        const { outcomes, platform } = results[i];
        return outcomes.map(o => ({
            ...o,
            check: check.id,
            target,
            ...(platform !== undefined && { platform })
        }));
    }));
}
const PROBLEM = ['fail', 'error', 'warn'];
/**
 * One cause, one finding. Outcomes of one check about one object (Outcome.object) merge into the worst
 * of them; a check's problems on a target where a check of its `explainedBy` failed fold into that
 * failure as details, and the check reads "not checked: needs <root>".
 */
function foldSymptoms(catalogue, findings) {
    const out = [];
    const byObject = new Map();
    for (const f of findings) {
        if (f.object === undefined) {
            out.push({ ...f });
            continue;
        }
        const k = `${f.check}\u0000${f.target}\u0000${f.object}`;
        const first = byObject.get(k);
        if (first === undefined) {
            const copy = { ...f };
            byObject.set(k, copy);
            out.push(copy);
            continue;
        }
        // The worst outcome leads; the other symptom of the same object is one of its details.
        const [lead, other] = src_findings/* STATUS_ORDER */.QD.indexOf(f.status) < src_findings/* STATUS_ORDER */.QD.indexOf(first.status)
            ? [{ ...f }, first]
            : [first, f];
        lead.details = [
            ...(lead.details ?? []),
            { id: 'common.also-seen', params: { summary: other.summary } },
            ...(other.details ?? [])
        ];
        if (lead !== first) {
            out[out.indexOf(first)] = lead;
            byObject.set(k, lead);
        }
    }
    const checks = new Map(catalogue.map(c => [c.id, c]));
    const folded = [];
    const needs = new Set();
    for (const f of out) {
        const check = checks.get(f.check);
        const sameScope = (r) => (r.target === f.target || r.target === 'account') &&
            r.operation === f.operation;
        const failRoot = PROBLEM.includes(f.status)
            ? out.find(r => (check?.explainedBy ?? []).includes(r.check) &&
                sameScope(r) &&
                r.status === 'fail')
            : undefined;
        const warnRoot = failRoot === undefined && f.status === 'warn'
            ? out.find(r => (check?.explainedByWarning ?? []).includes(r.check) &&
                sameScope(r) &&
                r.status === 'warn')
            : undefined;
        const root = failRoot ?? warnRoot;
        if (root === undefined) {
            folded.push(f);
            continue;
        }
        root.details = [
            ...(root.details ?? []),
            {
                id: 'common.symptom',
                params: { check: f.check, summary: f.summary }
            },
            // Its evidence (which workers, since when) stays with it.
            ...(f.details ?? [])
        ];
        // The symptom's own remedies (replace the affected workers) stay, after a failed root's, without
        // repeats; a warning root's advice (wait) stands alone.
        const known = new Set((root.fix ?? []).flatMap(s => (s.commands ?? []).map(ibmcloud/* renderCommand */.CB)));
        const extra = [];
        for (const step of root === warnRoot ? [] : (f.fix ?? [])) {
            const commands = (step.commands ?? []).filter(c => !known.has((0,ibmcloud/* renderCommand */.CB)(c)));
            if (commands.length === 0)
                continue;
            for (const c of commands)
                known.add((0,ibmcloud/* renderCommand */.CB)(c));
            extra.push({ ...step, commands });
        }
        if (extra.length > 0)
            root.fix = [...(root.fix ?? []), ...extra];
        const k = `${f.check}\u0000${f.target}\u0000${f.operation ?? ''}`;
        if (needs.has(k))
            continue;
        needs.add(k);
        folded.push({
            check: f.check,
            target: f.target,
            ...(f.operation && { operation: f.operation }),
            status: 'skip',
            summary: { id: 'common.needs', params: { check: root.check } }
        });
    }
    return folded;
}

// EXTERNAL MODULE: ./src/ibm/deadline.ts
var ibm_deadline = __webpack_require__(7856);
// EXTERNAL MODULE: ./src/ibm/endpoints.ts
var ibm_endpoints = __webpack_require__(1200);
// EXTERNAL MODULE: ./src/ibm/http.ts + 3 modules
var ibm_http = __webpack_require__(8291);
// EXTERNAL MODULE: ./src/intent/types.ts
var types = __webpack_require__(739);
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
    'orphaned-workers.pass': '{count:The one worker|All {count} workers} of {cluster} {count:is a device|are devices} of classic account {account}, which region {region}, resource group {resourceGroup} uses: {credentials}.',
    'orphaned-workers.no-workers': 'Cluster {cluster} has no provisioned workers to look up in classic infrastructure.',
    'orphaned-workers.partial': '{missing} of {count} {count:worker|workers} of {cluster} {missing:is|are} not among the devices of classic account {account} that the key can see; the others are.',
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
    'cluster-api-key.owner.self-only.fix': 'Give the key that runs pre-flight the Viewer role on User Management:',
    // The owner of the stored key as shown: name, e-mail, and the key's ID.
    'cluster-api-key.owner.detail.with-key': '{owner} (API key {key})',
    'cluster-api-key.owner.detail.key-only': 'API key {key}'
};

// EXTERNAL MODULE: ./src/messages/en/common.ts
var common = __webpack_require__(5769);
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
    'cluster-state.workers-unknown.why': 'The workers input names workers by the IDs IKS lists ({command}); an ID IKS does not list cannot be checked, and the operation would not find it.',
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
    'worker-minimum.pending': 'Cluster {name} keeps {left} worker(s) after {operation} ({now} now), but {count} of them {count:has|have} a pending operation.',
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
    'infra-permissions.detail.required-unnamed': '{category}, required: IBM reports them insufficient without naming them (run `{command}`)',
    'infra-permissions.detail.recommended-unnamed': '{category}, recommended: IBM reports them insufficient without naming them (run `{command}`)',
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
    'explain.confirm.not-applicable': 'Not confirmed live: {check} does not apply to {target} (its infrastructure provider or this operation).',
    'explain.cluster-access.already-gone.fix.cli': 'Check that it is gone from the account, region and resource group; there is nothing left to delete:',
    'explain.confirm.delete-present': 'Read live: the live check {check} finds cluster {target} on the account now ({live}).',
    'explain.confirm.delete-absent': 'Read live: the live check {check} does not find cluster {target} ({live}).',
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
    'explain.wait-timeout.fix.checks': 'Run the live checks that find those causes on the cluster ({checks}), as a pre-flight of an update that changes nothing:',
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
    'explain.cluster-access.gone-live.why': 'The pre-flight looked with the region and resource group the log names (or the ones given) and IKS does not have the cluster there now. Before dropping it from the Terraform state (if the log is a Terraform run), check that the account is the right one.',
    'explain.cluster-access.gone-live': 'The live check does not find cluster {cluster} where the delete looked: it is gone ({code}).',
    'explain.api-key.ip-allowlist': "IAM refused to issue a token for the caller's address {address} (BXNIM0430E): the account's or user's IP address allowlist does not contain it. The API key itself is fine.",
    'explain.api-key.ip-allowlist.control-plane': "IAM refused a token to the cluster's own controller (address {address}, BXNIM0430E): the account's IP address allowlist does not contain the IKS control plane of the cluster's region.",
    'explain.api-key.ip-allowlist.no-address': "IAM refused to issue a token for the caller's address (BXNIM0430E; the text does not show the address): the account's or user's IP address allowlist does not contain it. The API key itself is fine.",
    'explain.api-key.ip-allowlist.control-plane.no-address': "IAM refused a token to the cluster's own controller (BXNIM0430E; the text does not show its address): the account's IP address allowlist does not contain the IKS control plane of the cluster's region.",
    'explain.api-key.ip-allowlist.fix.settings': 'An account administrator reviews the allowed IP addresses (console: Manage > Access (IAM) > Settings, IP address access; `allowed_ip_addresses` in the output below) and adds the address IAM named, or runs the job from an allowed address:',
    'explain.api-key.ip-allowlist.fix.control-plane': "Add the control plane IPs of the cluster's region to the allowlist (IBM's list: https://github.com/IBM-Cloud/kube-samples/tree/master/control-plane-ips).",
    'explain.vpc-subnets.view': 'The API key used for the create cannot view VPC subnet {subnet} ("not authorized to view the specified subnet").',
    'explain.vpc-subnets.view.why': "IBM: the key's owner lacks Viewer on the subnet, commonly because the subnets are in another resource group than the cluster.",
    'explain.vpc-subnets.view.fix': "Find the key's owner and the subnet's resource group, then give the owner Viewer on the subnet (or on all subnets of the VPC) and retry:",
    'explain.kms-authorization.pool-root-key': "Encrypted worker storage could not be configured: the worker pool's customer root key (or its KMS instance) is gone.",
    'explain.kms-authorization.pool-root-key.why': "IBM: the KMS instance or root key was deleted between the worker pool's creation and the worker's provisioning; a new instance and key, and a new worker pool, are needed.",
    'explain.kms-authorization.pool-root-key.fix': 'Check that KMS is enabled on the cluster and that the KMS instance and root key still exist:',
    'explain.vpc-security-groups.pending': 'Workers are stuck in "Pending security group creation": the VPC has reached its limit of security groups (or of clusters per VPC).',
    'explain.vpc-security-groups.vpc-limit': 'The VPC has reached its limit of clusters or security groups allowed per VPC: the new cluster\'s workers wait in "Pending security group creation".',
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
    'explain.confirm.needs-cluster': 'Not confirmed live: the text names no cluster; give `cluster` (and `region`) to confirm {check} on the account.',
    'explain.wait-timeout.fix.untaint': "IBM Schematics: the provider taints a resource whose wait timed out, although IBM goes on creating it, and the next apply deletes and re-creates it. Once the cluster shows Normal, read the tainted resource's address from the state and untaint it:",
    'explain.schematics.job': 'IBM Cloud Schematics ran Terraform and the job failed ("{message}"); no known cause was found in the Terraform output before it.',
    'explain.schematics.job.why': "Schematics' line only says that Terraform exited with an error; the cause is the Terraform error the job log shows before it (IBM: check the job's logs).",
    'explain.schematics.job.fix': "Fetch the workspace's whole Terraform log and explain it, or read the first `Error:` in it:",
    'explain.code.cluster-quota': 'Not a pre-flight matter: the account already has as many clusters in this region as its quota allows (E60b6, "{message}").',
    'explain.code.cluster-quota.fix': 'IBM: delete clusters the account no longer needs and retry, or contact IBM support to increase the quota. List the clusters:',
    'explain.code.kube-provider': 'Not a pre-flight matter: Terraform\'s Kubernetes provider had no cluster to talk to and called localhost ("{message}").',
    'explain.code.kube-provider.fix': 'IBM Schematics: configure the kubernetes provider with host, client_certificate, client_key and cluster_ca_certificate from data.ibm_container_cluster_config instead of config_path (https://cloud.ibm.com/docs/schematics?topic=schematics-wks-connection-refuse).',
    'explain.code.ca-rotation': 'Not a pre-flight matter: a CA certificate rotation started before is not finished, so a new one cannot start ("{message}").',
    'explain.code.ca-rotation.fix': 'IBM: reload (classic) or replace (VPC) every worker, update tools that use the old certificates, then finish the rotation:',
    'explain.code.clusterversion': 'Not a pre-flight matter: the earlier OpenShift update is still rolling out to the cluster operators, so IBM cancelled the master update ("{message}").',
    'explain.code.clusterversion.fix': 'IBM: wait for the cluster version operator to finish (its conditions say what is stuck), then retry the update:',
    'explain.code.pod-security-prereq': 'Not a pre-flight matter: the cluster does not meet the Pod Security upgrade prerequisites, so IBM cancelled the master update ("{message}").',
    'explain.code.pod-security-prereq.fix': 'IBM: fix the PodSecurityPolicies or cluster role bindings the message names (https://cloud.ibm.com/docs/containers?topic=containers-ts-pod-security-125) and retry; to clear the message without upgrading, refresh the master:',
    'explain.code.migration': 'Not a pre-flight matter: the previous update\'s migration (Calico to the Tigera operator) is still running, so the master upgrade cannot start ("{message}").',
    'explain.code.migration.fix': 'IBM: wait (about 100 seconds a worker), then look for workers that are not Ready and reboot, reload or replace them before retrying:',
    'explain.code.pod-security-config': 'Not a pre-flight matter: the pod security configuration file given to the master is not valid ("{message}").',
    'explain.code.pod-security-config.fix': 'IBM: check the file for YAML errors, a missing or wrong apiVersion or kind, and misspelt fields or wrong values, then run the command again.',
    'explain.code.bm-instance-id': 'Not a pre-flight matter: the bare metal worker\'s instance ID changed after IBM serviced its hardware ("{message}").',
    'explain.code.bm-instance-id.fix': 'IBM: reload the bare metal worker so that IKS identifies the machine again (reloading also updates its patch version), or delete the worker:',
    'explain.code.provisioning-failed': 'Not a pre-flight matter: the VPC could not start the worker\'s instance ("{message}"); IBM names a custom DNS resolver added to the VPC after the cluster was created.',
    'explain.code.provisioning-failed.fix': "IBM: sync the cluster's kube-<clusterID> security group so it allows the DNS resolvers, then replace the worker:",
    'explain.code.network-health': "IKS's network health check reports {code} on the running cluster: a warning about the cluster's network, not a refused operation.",
    'explain.code.network-health.fix': "List the health issues and follow IBM's page for the code (https://cloud.ibm.com/docs/containers?topic=containers-ts-error-glossary):",
    'explain.code.portieris': 'Not a pre-flight matter: a conflicting image admission controller is already installed, so IBM cancelled enabling image security enforcement ("{message}").',
    'explain.code.portieris.fix': 'IBM: find and remove the conflicting controller (the deprecated container image security enforcement Helm chart, or a manual Portieris installation), then enable image security enforcement again (https://cloud.ibm.com/docs/openshift?topic=openshift-portieris_enable).',
    'explain.code.master-limit': 'Not a pre-flight matter: the master is near its memory limit ("{message}"); IBM calls this a warning, the master still works.',
    'explain.code.master-limit.fix': 'IBM: reduce the load on the master (fewer secrets, config maps and replica sets; about 250 of each per worker), or open a support case with a justification to ask for a higher limit (https://cloud.ibm.com/docs/openshift?topic=openshift-master_resource_limit).',
    'explain.tf-worker-replace': 'The provider\'s worker replace did not finish ("{message}"): the old worker was deleted or the new one did not appear in time, and the provider does not say why.',
    'explain.tf-worker-replace.why': "ibm_container_vpc_worker deletes the old worker and then waits for a new one; its error drops IKS's reason. The workers' state and status show it, and the provider's note says to resolve it before retrying.",
    'explain.tf-worker-replace.fix.status': "Show the workers' state and status; the new worker's message names the cause:",
    'explain.tf-worker-replace.fix.untaint': "The provider's note: once the new worker is Normal, untaint the resource to go on with the next workers in the list, or put the new worker's ID in the list instead of the old one:",
    'explain.cos-instance': 'The OpenShift create named a Cloud Object Storage instance that IKS could not find ("{message}").',
    'explain.cos-instance.fix': 'IBM: no standard Cloud Object Storage instance exists, or the API key owner for the region and resource group cannot view it; list the instances and give one they can view:',
    'explain.classic-key-invalid': 'The classic infrastructure API key set for the region was refused ("{message}").',
    'explain.classic-key-invalid.why': 'IBM: the key set with `credential set classic` does not exist any more (deleted, or its owner left the organization), and a classic key set for a region takes precedence over all other credentials; an API key reset alone does not help.',
    'explain.classic-key-invalid.fix': 'Set a valid classic infrastructure API key for the region, then reset the cluster credentials:',
    'explain.vpn-config': "The cluster master's VPN server configuration failed ({message}).",
    'explain.vpn-config.why': 'IBM: the infrastructure credentials of the resource group the cluster is in are missing (for example the API key owner left the account) or lack the required permissions.',
    'explain.vpn-config.fix': 'Check which credentials the region and resource group use and what they may do:',
    'explain.code.nlb-ip': 'Not a pre-flight matter: the classic master could not find the IP address of the load balancer in front of the default Ingress controller ("{message}").',
    'explain.code.nlb-ip.fix': 'IBM: check that the cluster has public and private subnets with free portable IP addresses and that the load balancer setup completed:',
    'explain.subnet-no-ips': "The VPC subnet {subnet} has no free IPv4 addresses left for the cluster's workers and load balancers.",
    'explain.subnet-no-ips.why': 'IBM: in VPC clusters worker nodes and services take their IP addresses from the same subnets, and a VPC subnet cannot be resized once created.',
    'explain.subnet-no-ips.fix': 'IBM: create a larger subnet in the same VPC and zone, create a worker pool and add the zones with the new subnets:',
    'explain.code.order-prohibited': 'Not a pre-flight matter: the classic infrastructure account may not order compute resources ("{message}").',
    'explain.code.order-prohibited.fix': 'IBM: the account is restricted from ordering; open an IBM Cloud support case to lift it.'
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
    'flavor.pool-no-zones': 'Not checked: worker pool {pool} has no zone, so the {operation} orders no worker.',
    // One zone of the order, as a details line.
    'flavor.detail.zone.offered': '{zone}: offered',
    'flavor.detail.zone.ocp-unsupported': '{zone}: offered, but IKS marks it ocp_unsupported (not for Red Hat OpenShift)',
    'flavor.detail.zone.deprecated': '{zone}: deprecated',
    'flavor.detail.zone.deprecated-successor': '{zone}: deprecated (IKS names {successor} as its corresponding flavor)',
    'flavor.detail.zone.none-listed': '{zone}: not offered (IKS lists no {provider} flavor in this zone: check the zone name)',
    'flavor.detail.zone.others': '{zone}: not offered (IKS lists {count} other {provider} flavor(s) there)'
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
    'kube-version.malformed.why': 'IKS refuses a version it cannot read; it takes the forms `{command}` lists (1.33, 1.33.4, 4.17_openshift).',
    'kube-version.fix.versions': 'List the versions IKS offers:',
    'kube-version.needs-input': 'Not checked: {operation} needs the kube-version input (the version to update to).',
    'kube-version.no-version-change': 'Not checked: this cluster-update does not change the Kubernetes version (the plan changes {attributes}).',
    'kube-version.after-apply': 'Not checked: kube-version is known after apply.',
    'kube-version.current-unknown': 'Not checked: IKS did not say which version cluster {name} runs.',
    'kube-version.empty': 'IBM Cloud Kubernetes Service listed no versions, so the version could not be checked.',
    // One version IKS lists, as a details line.
    'kube-version.detail.offers': 'IKS offers {version}',
    'kube-version.detail.offers-default': 'IKS offers {version} (default)',
    'kube-version.detail.offers-eos': 'IKS offers {version} (end of service {date})',
    'kube-version.detail.offers-default-eos': 'IKS offers {version} (default, end of service {date})'
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
    'operation-target.zone-in-pool.fix': "Name only zones the pool does not have yet; the cluster's pools and their zones:",
    // A zone of the operation that is not of the cluster's region, as a details line.
    'operation-target.detail.zone.other-region': '{zone}: a zone of region {region}',
    'operation-target.detail.zone.not-listed': '{zone}: not a VPC zone IKS lists'
};

;// CONCATENATED MODULE: ./src/messages/en/plan.ts
/** What a Terraform plan holds and a run does not pre-flight (the report's notes), one sentence each. */
const plan = {
    'plan.note.skipped': 'terraform-plan: {address}{actions}{attributes} is not pre-flighted: {reason} [{code}].',
    'plan.note.not-preflighted': 'terraform-plan: not pre-flighted: {note}.',
    'plan.note.name-after-apply': '{what}: the name of {address} is known only after apply',
    'plan.note.cluster-after-apply': '{what}: the cluster it acts on (cluster attribute) is known only after apply',
    'plan.note.created-first': '{what} on {cluster}: the plan creates {cluster} first, so IBM Cloud cannot be asked about it yet',
    'plan.note.group-after-apply': "{address}.resource_group_id is known only after apply: the cluster-create of {cluster} is checked in the resource-group input's group (the account's default group when it is not given)",
    'plan.reason.not-an-iks-operation': 'the change is not sent to IKS',
    'plan.reason.zone-remove': 'a zone removal',
    'plan.reason.zone-network-change': "the zone's network changes (the provider adds the zone on the new network, then removes it)",
    'plan.reason.orphan-on-delete': 'orphan_on_delete keeps the pool in IBM Cloud',
    'plan.reason.import-on-create': 'import_on_create adopts an existing pool',
    'plan.reason.forget': 'the object leaves the Terraform state and stays in IBM Cloud',
    'plan.reason.iks-change-not-preflighted': 'the provider sends this change to IKS, and no check covers it yet',
    'plan.reason.offering-change': 'the provider refuses it: "Modifying the \'offering\' field after cluster creation is currently unsupported."',
    'plan.reason.all-workers-at-once': 'wait_for_worker_update = false: the provider replaces every worker at once, which its documentation says causes cluster downtime',
    'plan.reason.cluster-feature': 'ibm_container_cluster_feature changes service endpoints; refresh_api_servers refreshes the master, reload_workers reloads every worker',
    'plan.reason.api-key-reset': "ibm_container_api_key_reset resets the IKS API key of the region and resource group to the caller's key",
    'plan.reason.deferred': 'Terraform deferred it to a later plan',
    'plan.reason.plan-incomplete': 'the plan is not complete (complete: false): another plan and apply follow it',
    'plan.reason.sensitive-value': 'a value it needs is sensitive and cannot be shown, so it is not used'
};

// EXTERNAL MODULE: ./src/messages/en/report.ts
var report = __webpack_require__(198);
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
    'worker-endpoints.pass': '{total:The one worker reports no|None of the {total} workers reports an} endpoint or VPE gateway error.',
    'worker-endpoints.pass-named': '{total:The one worker named in workers reports no|None of the {total} workers named in workers reports an} endpoint or VPE gateway error.',
    'worker-endpoints.replace-fixes': "The replace is IBM's fix for {count} worker(s) that lost the master or registry endpoints: {workers}.",
    'worker-endpoints.replace-unnamed': "{count} of {total} {total:worker|workers} lost the master or registry endpoints: {workers}. Replacing {count:it|them} is IBM's fix; the workers input does not say which workers this replace touches.",
    'worker-endpoints.replace-unnamed.why': 'A replace of other workers leaves these broken; name the affected workers in workers (or check the replace targets them), after refreshing the master and checking the gateway.',
    'worker-endpoints.workers-unknown': 'Not checked: IKS lists no worker {workers} in this cluster (cluster-state names the workers it has).',
    'worker-endpoints.blocked': '{count} of {total} {total:worker|workers} cannot reach the master or registry through the VPE gateway: {workers}.',
    'worker-endpoints.blocked.why': 'IBM reports these workers as failed to deploy because of the endpoint gateway (or still waiting for it after long); worker operations on the cluster fail until they are fixed.',
    'worker-endpoints.pending': '{count} of {total} {total:worker|workers} {count:waits|wait} for the endpoint gateway (Pending endpoint gateway creation, for less than {minutes} minutes or for an unknown time): {workers}.',
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
    ...common/* common */.s,
    ...credentials,
    ...clusterApiKey,
    ...classic,
    ...classicVlans,
    ...report/* report */.z,
    ...vpc,
    ...vpcSecurityGroups,
    ...vpcSubnets,
    ...explain,
    ...kmsAuthorization,
    ...flavor,
    ...cosInstance,
    ...kubeVersion,
    ...operationTarget,
    ...plan
};

// EXTERNAL MODULE: ./src/messages/index.ts
var messages = __webpack_require__(5920);
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
            if (e instanceof errors.ApiError)
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
        if (!(e instanceof errors.ApiError))
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
                        answer: e.answer
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
    const ran = new Set(done.map(ibmcloud/* renderCommand */.CB));
    return fix?.filter(s => !(s.commands && s.commands.length > 0) ||
        !s.commands.every(c => ran.has((0,ibmcloud/* renderCommand */.CB)(c))));
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

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/reference.ts
var reference = __webpack_require__(3779);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run.ts














// The checks' sentences load with the engine, not with every start (messages/index.ts).
(0,messages/* useCatalogue */.BY)('en', en);
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
/** Why a plan change is not pre-flighted, in words (docs/terraform-plan.md lists each reason). */
/**
 * The passes of a run, in intent order: one per operation (per provider for creates), each on every
 * cluster the intent gives it, once. What cannot be read from IBM yet is named in `notes` instead: a
 * cluster known only after apply, and operations on a cluster the same plan creates first.
 */
function passesOf(intent) {
    const passes = [];
    const notes = [];
    for (const c of intent.clusters) {
        const ref = (0,types/* known */.eO)(c.cluster.nameOrId);
        const what = c.operations
            .map(o => o.source.kind === 'plan'
            ? `${o.source.address} (${o.operation})`
            : o.operation)
            .filter((x, i, all) => all.indexOf(x) === i)
            .join(', ');
        if (ref === undefined) {
            notes.push(c.cluster.address !== undefined
                ? {
                    id: 'plan.note.name-after-apply',
                    params: { what, address: c.cluster.address }
                }
                : { id: 'plan.note.cluster-after-apply', params: { what } });
            continue;
        }
        let created = false;
        for (const o of c.operations) {
            // A delete after a create (create_before_destroy) is about the old cluster, which IBM can tell.
            if (created && o.operation !== 'cluster-delete') {
                notes.push({
                    id: 'plan.note.created-first',
                    params: {
                        what: o.source.kind === 'plan'
                            ? `${o.source.address} (${o.operation})`
                            : o.operation,
                        cluster: ref
                    }
                });
                continue;
            }
            const provider = o.operation === 'cluster-create'
                ? (o.provider ?? c.provider)
                : undefined;
            const resourceGroup = o.operation === 'cluster-create' ? (0,types/* known */.eO)(o.resourceGroupId) : undefined;
            if (o.operation === 'cluster-create' && (0,types/* isAfterApply */.VT)(o.resourceGroupId))
                notes.push({
                    id: 'plan.note.group-after-apply',
                    params: { address: c.cluster.address ?? ref, cluster: ref }
                });
            created ||= o.operation === 'cluster-create';
            let pass = passes.find(p => p.operation === o.operation &&
                p.provider === provider &&
                p.resourceGroup === resourceGroup);
            if (pass === undefined) {
                pass = {
                    operation: o.operation,
                    clusters: [],
                    provider,
                    ...(resourceGroup !== undefined && { resourceGroup })
                };
                passes.push(pass);
            }
            if (!pass.clusters.includes(ref))
                pass.clusters.push(ref);
        }
    }
    return { passes, notes };
}
/** What a plan holds and this run does not pre-flight, one line each (never dropped silently). */
function notPreflighted(config, notes) {
    return [
        ...config.intent.skipped.map((s) => ({
            id: 'plan.note.skipped',
            params: {
                address: s.address,
                actions: s.actions.length > 0 ? ` (${s.actions.join(', ')})` : '',
                attributes: s.attributes.length > 0 ? ` ${s.attributes.join(', ')}` : '',
                reason: { id: `plan.reason.${s.reason}` },
                code: s.reason
            }
        })),
        ...notes.map((note) => ({
            id: 'plan.note.not-preflighted',
            params: { note }
        }))
    ];
}
/** The provider attribute behind each input name, per resource type (classic types differ). */
function planAttribute(input, type) {
    const classic = type === 'ibm_container_cluster' ||
        type === 'ibm_container_worker_pool' ||
        type === 'ibm_container_worker_pool_zone_attachment';
    switch (input) {
        case 'subnet-ids':
            return 'zones[].subnet_id';
        case 'zones':
            return type === 'ibm_container_cluster'
                ? 'datacenter'
                : classic
                    ? 'zone'
                    : 'zones';
        case 'workers-per-zone':
            return type === 'ibm_container_cluster'
                ? 'default_pool_size'
                : classic
                    ? 'size_per_zone'
                    : 'worker_count';
        case 'flavor':
            return classic ? 'machine_type' : 'flavor';
        case 'vpc-id':
            return 'vpc_id';
        case 'kube-version':
            return 'kube_version';
        case 'private-vlan':
            return 'private_vlan_id';
        case 'public-vlan':
            return 'public_vlan_id';
        case 'worker-pool':
            return 'worker_pool_name';
        default:
            return undefined;
    }
}
/**
 * In a plan run, a finding that names an input ("subnet-ids is known after apply") names the resource
 * attribute instead (ibm_container_vpc_worker_pool.edge zones[].subnet_id): a plan run takes no such input.
 */
function planWording(findings, intent, operation) {
    return findings.map(f => {
        const input = f.summary.params?.['input'];
        if (typeof input !== 'string')
            return f;
        const addresses = intent.clusters
            .filter(c => (0,types/* known */.eO)(c.cluster.nameOrId) === f.target)
            .flatMap(c => c.operations)
            .filter(o => o.operation === operation && o.source.kind === 'plan')
            .map(o => (o.source.kind === 'plan' ? o.source.address : ''));
        const labels = [...new Set(addresses)].flatMap(a => {
            const type = /(ibm_container_[a-z_]+)\.[^.]+$/.exec(a)?.[1];
            const attr = type === undefined ? undefined : planAttribute(input, type);
            return attr === undefined ? [] : [`${a}.${attr}`];
        });
        if (labels.length === 0)
            return f;
        return {
            ...f,
            summary: {
                ...f.summary,
                params: { ...f.summary.params, input: labels.join(', ') }
            }
        };
    });
}
/**
 * An account-wide check runs in every pass (its verdict gates the cluster checks of that pass) but is
 * reported once: the first verdict that applies to an operation of the run.
 */
function mergeAccount(into, next) {
    for (const f of next) {
        const at = into.findIndex(g => g.target === 'account' && g.check === f.check);
        if (at === -1)
            into.push(f);
        else if (into[at].summary.id === 'common.not-for-operation')
            into.splice(at, 1, f);
    }
}
/**
 * A cluster given twice, by name and by ID, is checked once: the first ref stands for the others, which
 * the report marks `sameAs`. With one ref there is nothing to compare and no look-up is made here.
 */
async function distinctClusters(facts, refs) {
    const sameAs = new Map();
    if (refs.length < 2)
        return { clusters: [...refs], sameAs };
    const ids = await Promise.all(refs.map(ref => facts.target(ref).then(t => (t.kind === 'existing' ? t.id : undefined), () => undefined)));
    const firstById = new Map();
    const clusters = [];
    refs.forEach((ref, i) => {
        const id = ids[i];
        const first = id === undefined ? undefined : firstById.get(id);
        if (first !== undefined) {
            sameAs.set(ref, first);
            return;
        }
        if (id !== undefined)
            firstById.set(id, ref);
        clusters.push(ref);
    });
    return { clusters, sameAs };
}
/** inputs → facts from IBM → findings → one report. The output channels are the callers' business. */
async function runPreflight(config, opts) {
    (0,secrets/* registerSecret */.cl)(config.apiKey);
    const catalogue = opts.catalogue ?? checks_catalogue/* CATALOGUE */.y;
    const started = new Date();
    const deadline = new ibm_deadline/* Deadline */.B(config.timeoutSeconds * 1000);
    const http = new ibm_http/* HttpClient */.Qq({
        deadline,
        maxConcurrency: config.maxConcurrency,
        userAgent: `${version/* TOOL_NAME */.lH}/${version/* VERSION */.xv}`,
        debug: opts.log.debug,
        backoffBaseMs: opts.backoffBaseMs
    });
    try {
        const { passes, notes } = config.planFile === undefined
            ? {
                passes: [{ operation: config.operation, clusters: config.clusters }],
                notes: []
            }
            : passesOf(config.intent);
        const language = opts.language ?? (0,messages/* supportedLanguage */.UA)(config.language);
        const lines = notPreflighted(config, notes);
        for (const line of lines)
            (opts.log.info ?? opts.log.debug)((0,messages/* render */.XX)(line, language));
        const several = passes.length > 1;
        const endpoints = (0,ibm_endpoints/* resolveEndpoints */.$K)(opts.env, config.visibility, config.region);
        const findings = [];
        const targets = [];
        let identity;
        let facts;
        // Passes run one after another: each reuses the reads of those before (token, account, clusters).
        for (const pass of passes) {
            const given = {
                ...config,
                operation: pass.operation,
                clusters: pass.clusters,
                provider: pass.provider ?? config.provider,
                resourceGroup: pass.resourceGroup ?? config.resourceGroup,
                // A new cluster has no VPE gateway to repair; the plan's other operations still may.
                remediate: pass.operation === 'cluster-create' ? 'none' : config.remediate
            };
            facts =
                facts === undefined
                    ? new src_facts/* Facts */.At(given, endpoints, http)
                    : facts.forOperation(given);
            const passFacts = facts;
            const { clusters, sameAs } = await distinctClusters(passFacts, pass.clusters);
            const passConfig = { ...given, clusters };
            const checked = await runChecks(catalogue, passConfig, passFacts, deadline, opts.log);
            // Writes (opt-in) come after every read, then the checks they affect run again on fresh facts.
            const done = await remediate({
                config: passConfig,
                facts: passFacts,
                findings: checked,
                recheck: (fresh, ids, target) => runChecks(catalogue, passConfig, fresh, deadline, opts.log, catalogue
                    .filter(c => ids.includes(c.id))
                    .map(check => ({ check, target })))
            });
            // Findings in engine order; with several passes, an account-wide check is reported once.
            const worded = config.planFile === undefined
                ? done
                : planWording(done, config.intent, pass.operation);
            for (const f of worded)
                if (!several)
                    findings.push(f);
                else if (f.target === 'account')
                    mergeAccount(findings, [f]);
                else
                    findings.push({ ...f, operation: pass.operation });
            const seen = await learnt(passFacts, given, deadline);
            identity ??= seen.identity;
            for (const t of seen.targets)
                if (!targets.some(u => u.ref === t.ref))
                    targets.push(sameAs.has(t.ref) ? { ...t, sameAs: sameAs.get(t.ref) } : t);
        }
        // A plan without IKS change has nothing to pre-flight: it passes (its notes say what it holds).
        const nothingToPreflight = config.planFile !== undefined &&
            config.intent.clusters.every(c => c.operations.length === 0);
        return (0,model/* buildReport */.FK)({
            config: {
                ...config,
                operation: nothingToPreflight
                    ? 'terraform-plan'
                    : passes.map(p => p.operation).join(', ') || config.operation
            },
            ...(nothingToPreflight && { nothingToPreflight }),
            notes: lines,
            catalogue,
            findings,
            identity,
            targets,
            startedAt: started,
            durationMs: Date.now() - started.getTime(),
            requests: http.records,
            language,
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
;