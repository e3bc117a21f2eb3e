export const id = 392;
export const ids = [392];
export const modules = {

/***/ 392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainReport: () => (/* binding */ explainReport),
  readErrorText: () => (/* binding */ readErrorText)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/checks/catalogue.ts + 16 modules
var checks_catalogue = __webpack_require__(2130);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(4389);
// EXTERNAL MODULE: ./src/report/model.ts + 1 modules
var model = __webpack_require__(6843);
// EXTERNAL MODULE: ./src/report/reference.ts
var reference = __webpack_require__(3779);
;// CONCATENATED MODULE: ./src/explain/extract.ts
const REGIONS = [
    'us-south',
    'us-east',
    'eu-de',
    'eu-gb',
    'eu-es',
    'eu-fr2',
    'jp-tok',
    'jp-osa',
    'au-syd',
    'ca-tor',
    'ca-mon',
    'br-sao',
    'in-che'
];
const NAME = '([A-Za-z0-9][A-Za-z0-9._-]{0,99})';
const first = (text, res) => {
    for (const re of res) {
        const m = re.exec(text);
        if (m?.[1])
            return m[1];
    }
    return undefined;
};
// Classic zones (dal10, fra02, tok04…) name their region.
const ZONE_REGION = {
    dal: 'us-south',
    hou: 'us-south',
    sjc: 'us-south',
    wdc: 'us-east',
    fra: 'eu-de',
    par: 'eu-de',
    ams: 'eu-de',
    mil: 'eu-de',
    lon: 'eu-gb',
    mad: 'eu-es',
    tok: 'jp-tok',
    osa: 'jp-osa',
    syd: 'au-syd',
    tor: 'ca-tor',
    mon: 'ca-mon',
    sao: 'br-sao',
    che: 'in-che'
};
function classicZoneRegion(text) {
    const m = /(?:--zone[ =]+|\bkube-)([a-z]{3})\d{2}\b/.exec(text) ??
        /\b(dal|wdc|fra|lon|tok|osa|syd|tor|sao|mad|che)\d{2}\b/.exec(text);
    return m ? ZONE_REGION[m[1]] : undefined;
}
function extract(n) {
    const text = n.text;
    const regionRe = `(${REGIONS.join('|')})`;
    const region = first(text, [
        new RegExp(`(?:--region|-r)[ =]+["']?${regionRe}\\b`),
        new RegExp(`"?(?:region|X-Region)"?\\s*[:=]\\s*"?${regionRe}\\b`, 'i'),
        new RegExp(`\\b${regionRe}(?:-[1-3])?\\b`)
    ]) ?? classicZoneRegion(text);
    const clusterId = first(text, [
        /\biks-([a-z0-9]{20,32})\b/,
        /"cluster_?id"\s*[:=]\s*"([a-z0-9]{20,32})"/i,
        /\bkube-([a-z0-9]{20})-/,
        /\bkube-[a-z]{3}\d{2}-cr([a-z0-9]{20,32})-w\d+/
    ]);
    const cluster = first(text, [
        new RegExp(`(?:--cluster|\\s-c)[ =]+["']?${NAME}`),
        new RegExp(`"cluster(?:_?name)?"\\s*[:=]\\s*"${NAME}"`, 'i'),
        new RegExp(`[?&]cluster=${NAME}`),
        new RegExp(`\\bcluster_name\\s*=\\s*"${NAME}"`),
        // Terraform's and the English CLI's progress lines: "Error retrieving cluster prod-vpc:", "Getting cluster prod-vpc..."
        /\b(?:retrieving|getting) cluster ([a-z0-9][a-z0-9._-]*[a-z0-9])/i
    ]);
    const newClusterName = first(text, [
        new RegExp(`cluster create\\b[^|]*?--name[ =]+["']?${NAME}`),
        new RegExp(`"name"\\s*[:=]\\s*"${NAME}"`)
    ]);
    const resourceGroup = first(text, [
        /(?:--resource-group|\s-g)[ =]+["']?([A-Za-z0-9][A-Za-z0-9_.-]{0,39})/,
        // The CLI's "No credentials set for resource group default.:" (not IKS's "target the correct resource group or region").
        /\bfor resource group ([A-Za-z0-9][A-Za-z0-9_.-]{0,39}?)\.?(?=[\s:]|$)/i,
        /"resource_?group(?:_?(?:name|id))?"\s*[:=]\s*"([A-Za-z0-9][A-Za-z0-9_.-]{0,39})"/i
    ]);
    return {
        region,
        cluster: cluster ?? clusterId,
        clusterId,
        newClusterName,
        resourceGroup
    };
}
// Classic `kube-dal10-cr<cluster>-w3` and newer `kube-<cluster>-<name>-<pool>-<8 hex>`.
const WORKER = /\bkube-(?:[a-z]{3}\d{2}-cr[a-z0-9]{20,32}-w\d+|[a-z0-9]{20}-[a-z0-9-]*?-[0-9a-f]{8})\b/g;
/** The worker named nearest before each position (a table row or a JSON object puts the ID first). */
function workersNear(n, positions) {
    const all = [...n.text.matchAll(WORKER)].map(m => ({ id: m[0], at: m.index }));
    const found = new Set();
    for (const p of positions) {
        const before = all.filter(w => w.at < p && p - w.at < 2000);
        if (before.length > 0)
            found.add(before[before.length - 1].id);
    }
    return [...found];
}
function locate(text, res) {
    return res.flatMap(re => [...text.matchAll(re)].map(m => ({ value: m[1].trim(), at: m.index })));
}
const nearest = (items, p, window = 1500) => items
    .filter(i => Math.abs(i.at - p) <= window)
    .sort((a, b) => Math.abs(a.at - p) - Math.abs(b.at - p))[0]?.value;
/** IBM's incidentID, recoveryCLI and error code nearest to where a blocker was recognised. */
function diagnosticsNear(n, p, code) {
    const incident = locate(n.text, [
        /"?incident_?ID"?\s*[:=]\s*"?([A-Za-z0-9][A-Za-z0-9,_-]{5,})/gi,
        /Incident ID[:：]?\s*([A-Za-z0-9][A-Za-z0-9,_-]{5,})/gi,
        /インシデント\s*ID\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9,_-]{5,})/g
    ]);
    const recovery = locate(n.text, [
        /"recoveryCLI"\s*:\s*"([^"]{1,500})"/gi,
        /recovery ?CLI\s*[:：]\s*([^"{}]{1,300}?)(?=\s+(?:Incident|インシデント|FAILED|失敗)|[}"]|$)/gi
    ]);
    const codes = locate(n.text, [/"code"\s*:\s*"([A-Za-z0-9]{4,12})"/g]);
    const d = {
        code: code ?? nearest(codes, p),
        incidentID: nearest(incident, p),
        recoveryCLI: nearest(recovery, p)
    };
    for (const k of Object.keys(d))
        if (d[k] === undefined)
            delete d[k];
    return Object.keys(d).length > 0 ? d : undefined;
}
/** Every incidentID in the text, for output that names no known blocker. */
function allIncidents(n) {
    return [
        ...new Set(locate(n.text, [
            /"?incident_?ID"?\s*[:=]\s*"?([A-Za-z0-9][A-Za-z0-9,_-]{5,})/gi,
            /インシデント\s*ID\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9,_-]{5,})/g
        ]).map(i => i.value))
    ];
}

;// CONCATENATED MODULE: ./src/explain/normalise.ts
// eslint-disable-next-line no-control-regex -- terminal colour sequences are the target
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
// Log prefixes repeated on every line: GitHub's ISO timestamps, Terraform's box drawing.
const LINE_PREFIX = /^[ \t]*(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?[ \t]*)?(?:[│╷╵|][ \t]?)?/gm;
/** Undo one level of JSON string escaping (Terraform and SDKs often print a body inside a string). */
function unescapeJson(s) {
    return s.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_, e) => {
        if (e[0] === 'u')
            return String.fromCharCode(parseInt(e.slice(1), 16));
        return ({ n: '\n', r: '\n', t: '\t', b: ' ', f: ' ' }[e] ?? e);
    });
}
function normalise(raw) {
    let s = raw.replace(ANSI, '');
    // Twice: a body escaped inside a log line that was itself JSON-encoded.
    for (let i = 0; i < 2 && /\\["nu]/.test(s); i++)
        s = unescapeJson(s);
    const lines = s.split(/\r?\n/).filter(l => l.trim() !== '').length;
    const text = s.replace(LINE_PREFIX, '').replace(/\s+/g, ' ').trim();
    const at = [];
    let squashed = '';
    for (let i = 0; i < text.length; i++) {
        if (text[i] === ' ')
            continue;
        squashed += text[i].toLowerCase();
        at.push(i);
    }
    return { text, squashed, at, lines };
}
/** The phrase in the same squashed form as Normalised.squashed. */
function squash(phrase) {
    return phrase.replace(/\s+/g, '').toLowerCase();
}
/** Every position (in `text`) where the phrase occurs. */
function findPhrase(n, phrase) {
    const needle = squash(phrase);
    const out = [];
    for (let i = n.squashed.indexOf(needle); i !== -1; i = n.squashed.indexOf(needle, i + 1))
        out.push(n.at[i]);
    return out;
}
/** Every occurrence of an IKS or IAM error code (a regex source), as a word of its own (E0057 never matches E00571). */
function findCode(n, code) {
    const re = new RegExp(`(?<![A-Za-z0-9])${code}(?![A-Za-z0-9])`, 'gi');
    return [...n.text.matchAll(re)].map(m => ({ at: m.index, code: m[0] }));
}

// EXTERNAL MODULE: ./src/commands/ibmcloud.ts
var ibmcloud = __webpack_require__(9639);
// EXTERNAL MODULE: ./src/checks/api-key.ts
var api_key = __webpack_require__(4595);
;// CONCATENATED MODULE: ./src/explain/fixes.ts


/**
 * The fixes explain mode prints: the live checks' commands (src/checks/commands.ts), filled from what the
 * text names, with a visible placeholder where it names nothing.
 */
const region = (x) => x.region ?? '<region>';
const cluster = (x) => x.cluster ?? x.clusterId ?? '<cluster>';
const groupCommand = (x) => x.resourceGroup ? [ibmcloud/* cmd */.HW.targetGroup(x.resourceGroup)] : [];
const group = (x) => x.resourceGroup || undefined;
const workerIds = (workers) => workers.length > 0 ? workers : ['<worker-id>'];
function credentialSetCommands(x) {
    return ibmcloud/* sequences */.X7.credentialSet(region(x), group(x));
}
function paidAccountFix(x) {
    return [
        {
            text: { id: 'explain.paid-account.fix.check' },
            commands: [...groupCommand(x), ibmcloud/* cmd */.HW.credentialGet(region(x))]
        },
        { text: { id: 'explain.paid-account.fix.upgrade' } },
        {
            text: { id: 'explain.paid-account.fix.credentials' },
            commands: [...credentialSetCommands(x), ibmcloud/* cmd */.HW.apiKeyReset(region(x))]
        }
    ];
}
function totpFix(x) {
    return [
        {
            text: { id: 'explain.totp-mfa.fix.off' },
            commands: ['ibmcloud iam account-settings-update --mfa NONE']
        },
        {
            text: { id: 'explain.totp-mfa.fix.key' },
            commands: [...credentialSetCommands(x), ibmcloud/* cmd */.HW.apiKeyReset(region(x))]
        }
    ];
}
function orphanedFix(x, workers) {
    return [
        {
            text: { id: 'explain.orphaned-workers.fix.find' },
            commands: [
                ...groupCommand(x),
                ibmcloud/* cmd */.HW.credentialGet(region(x)),
                ibmcloud/* cmd */.HW.workerLs(cluster(x)),
                ...workerIds(workers.slice(0, 5)).map(ibmcloud/* cmd */.HW.slFindHost)
            ]
        },
        {
            text: { id: 'explain.orphaned-workers.fix.linked' },
            commands: ibmcloud/* sequences */.X7.credentialUnset(region(x), group(x))
        },
        {
            text: { id: 'explain.orphaned-workers.fix.other' },
            commands: credentialSetCommands(x)
        },
        { text: { id: 'explain.orphaned-workers.fix.retry' } }
    ];
}
/** Master refresh re-creates the gateway; then look at it (vpe-gateway.ts's refreshCommand/showGatewayCommands). */
function refreshFix(x) {
    const gateway = x.clusterId ? `iks-${x.clusterId}` : 'iks-<cluster-id>';
    return {
        text: { id: 'explain.vpe-gateway.fix.refresh' },
        commands: [
            ibmcloud/* cmd */.HW.masterRefresh(cluster(x)),
            ibmcloud/* cmd */.HW.targetRegion(region(x)),
            ibmcloud/* cmd */.HW.endpointGateway(gateway)
        ]
    };
}
function replaceFix(x, workers) {
    const ids = workerIds(workers);
    return {
        text: { id: 'explain.worker-endpoints.fix.replace' },
        commands: [
            ibmcloud/* cmd */.HW.workerLs(cluster(x)),
            ...ids.map(w => ibmcloud/* cmd */.HW.workerReplace(cluster(x), w))
        ]
    };
}
function clusterAccessFix(x) {
    const steps = [
        {
            text: { id: 'cluster-access.not-found.fix.list' },
            commands: ['ibmcloud target', 'ibmcloud ks cluster ls --provider all']
        }
    ];
    if (x.region || x.resourceGroup)
        steps.push({
            text: { id: 'cluster-access.mismatch.fix' },
            commands: [ibmcloud/* cmd */.HW.target({ region: x.region, group: x.resourceGroup })]
        });
    steps.push({
        text: { id: 'cluster-access.not-found.fix.role' },
        commands: [
            'ibmcloud iam user-policy-create <user-email> --roles Viewer --service-name containers-kubernetes'
        ]
    });
    return steps;
}
/** cluster-api-key.ts resetSteps: a user with Administrator stores their key for the region and group. */
function apiKeyResetFix(x) {
    return {
        text: { id: 'cluster-api-key.reset.fix' },
        commands: ibmcloud/* sequences */.X7.apiKeyReset(region(x), group(x))
    };
}
function serviceIdOperatorFix() {
    return {
        text: { id: 'cluster-api-key.service-id.fix.operator' },
        commands: [
            'ibmcloud iam service-policy-create <service-id> --roles Operator --service-name iam-identity'
        ]
    };
}
function keyLimitFix() {
    return {
        text: { id: 'explain.cluster-api-key.limit.fix' },
        commands: [
            'ibmcloud iam api-keys',
            'ibmcloud iam api-key-delete <unused-key-name-or-id>'
        ]
    };
}
function classicRegionFix() {
    return [
        {
            text: { id: 'explain.classic-region.fix' },
            commands: [
                'ibmcloud ks cluster ls --provider classic',
                'ibmcloud ks zone ls --provider vpc-gen2'
            ]
        }
    ];
}
function clusterNameFix(x) {
    return [
        {
            text: { id: 'cluster-name.taken.fix' },
            commands: [
                ibmcloud/* cmd */.HW.clusterGet(x.newClusterName ?? x.cluster ?? '<cluster-name>')
            ]
        }
    ];
}
function createKeyFix(kind) {
    return [
        {
            text: {
                id: kind === 'unknown' ? 'api-key.unknown.fix' : 'api-key.rejected.fix'
            },
            commands: [...api_key/* CREATE_KEY */.$]
        }
    ];
}
function enableKeyFix() {
    return [
        {
            text: { id: 'api-key.disabled.fix' },
            commands: [
                'ibmcloud iam api-keys',
                'ibmcloud iam api-key-enable <key-name-or-id>'
            ]
        }
    ];
}
function infraPermissionsFix(x) {
    return [
        {
            text: { id: 'explain.infra-permissions.fix' },
            commands: [
                ...groupCommand(x),
                ibmcloud/* cmd */.HW.infraPermissionsGet(region(x)),
                ibmcloud/* cmd */.HW.apiKeyInfo(cluster(x)),
                ibmcloud/* cmd */.HW.slPermissionEdit('<PERMISSION>')
            ]
        }
    ];
}

;// CONCATENATED MODULE: ./src/explain/rules.ts

const TROUBLESHOOTING = 'https://cloud.ibm.com/docs/containers?topic=containers-cluster_infra_errors';
/** Docs and titles for checks the live catalogue may not have (explain runs without it). */
const RULE_CHECKS = {
    'paid-account': { title: 'explain.paid-account.title', docs: TROUBLESHOOTING },
    'totp-mfa': { title: 'explain.totp-mfa.title', docs: TROUBLESHOOTING },
    'orphaned-workers': {
        title: 'explain.orphaned-workers.title',
        docs: TROUBLESHOOTING
    },
    'vpe-gateway': {
        title: 'explain.vpe-gateway.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc_troubleshoot_vpe'
    },
    'worker-endpoints': {
        title: 'explain.worker-endpoints.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc_troubleshoot_vpe'
    },
    'classic-region': {
        title: 'explain.classic-region.title',
        docs: TROUBLESHOOTING
    },
    explain: { title: 'explain.title', docs: TROUBLESHOOTING }
};
const RULES = [
    {
        key: 'paid-account',
        check: 'paid-account',
        scope: 'account',
        codes: ['E0057'],
        // The Japanese CLI may render the IKS description in Japanese; the code and these terms of IBM's Japanese page stay.
        phrases: [
            'Ensure that you have a paid account',
            'Unable to connect to the IBM Cloud account',
            '有料アカウントがあることを確認'
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.paid-account' },
            why: { id: 'explain.paid-account.why' },
            fix: paidAccountFix(x)
        })
    },
    {
        key: 'totp',
        check: 'totp-mfa',
        scope: 'account',
        phrases: [
            'Time-based One Time Password authentication is required',
            'Time-based One-Time Password authentication is required',
            '時間ベースのワンタイム・パスワード認証',
            '時間ベースのワンタイム・パスコード認証'
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.totp-mfa' },
            why: { id: 'explain.totp-mfa.why' },
            fix: totpFix(x)
        })
    },
    {
        key: 'orphaned',
        check: 'orphaned-workers',
        scope: 'cluster',
        phrases: [
            'incorrect account for worker',
            'infrastructure user credentials changed and no longer match the worker node instance infrastructure account'
        ],
        workers: true,
        build: ({ x, workers }) => ({
            status: 'fail',
            summary: {
                id: 'explain.orphaned-workers',
                params: { workers: workers.length > 0 ? workers.join(', ') : '?' }
            },
            why: { id: 'explain.orphaned-workers.why' },
            fix: orphanedFix(x, workers),
            details: workers
        })
    },
    {
        key: 'vpe-pending',
        check: 'vpe-gateway',
        scope: 'cluster',
        phrases: ['Pending endpoint gateway creation'],
        workers: true,
        build: ({ x, workers }) => ({
            status: 'fail',
            summary: { id: 'explain.vpe-gateway', params: { cluster: x.cluster ?? '?' } },
            why: { id: 'explain.vpe-gateway.why' },
            fix: [refreshFix(x)],
            details: workers
        })
    },
    {
        key: 'worker-network',
        check: 'worker-endpoints',
        scope: 'cluster',
        phrases: [
            'Worker deploy failed due to network communications failing to master or registry endpoints'
        ],
        workers: true,
        build: ({ x, workers }) => ({
            status: 'fail',
            summary: {
                id: 'explain.worker-endpoints',
                params: {
                    workers: workers.length > 0 ? workers.join(', ') : '?',
                    cluster: x.cluster ?? '?'
                }
            },
            why: { id: 'explain.worker-endpoints.why' },
            fix: [refreshFix(x), replaceFix(x, workers)],
            details: workers
        })
    },
    {
        key: 'cluster-not-found',
        check: 'cluster-access',
        scope: 'cluster',
        codes: ['A0006', 'G0004'],
        phrases: ['The specified cluster could not be found'],
        build: ({ x, code }) => ({
            status: 'fail',
            summary: {
                id: 'explain.cluster-access',
                params: { cluster: x.cluster ?? '?', code: code ?? 'A0006/G0004' }
            },
            why: { id: 'explain.cluster-access.why' },
            fix: clusterAccessFix(x)
        })
    },
    {
        key: 'apikey-not-authorized',
        check: 'cluster-api-key',
        scope: 'account',
        codes: ['A0656'],
        phrases: ['not authorized to create an API key'],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.cluster-api-key.service-id' },
            why: { id: 'cluster-api-key.service-id.why' },
            fix: [apiKeyResetFix(x), serviceIdOperatorFix()]
        })
    },
    {
        key: 'apikey-iam-failed',
        check: 'cluster-api-key',
        scope: 'account',
        codes: ['A03e9b', 'BXNIM0151E'],
        phrases: ['Failed to create an API key with IAM'],
        build: ({ x, codes }) => ({
            status: 'fail',
            summary: {
                id: codes.some(c => c.toUpperCase() === 'BXNIM0151E')
                    ? 'explain.cluster-api-key.iam-limit'
                    : 'explain.cluster-api-key.iam-failed'
            },
            why: { id: 'explain.cluster-api-key.iam-failed.why' },
            fix: [keyLimitFix(), apiKeyResetFix(x)]
        })
    },
    {
        key: 'stored-key',
        check: 'cluster-api-key',
        scope: 'account',
        codes: ['P0005'],
        phrases: ['IAM token exchange request failed'],
        build: ({ x, quote }) => ({
            status: 'fail',
            summary: {
                id: 'explain.cluster-api-key.stored-key',
                params: { message: quote }
            },
            why: { id: 'explain.cluster-api-key.stored-key.why' },
            fix: [apiKeyResetFix(x)]
        })
    },
    {
        key: 'classic-region',
        check: 'classic-region',
        scope: 'account',
        codes: ['E501e'],
        phrases: [
            'Classic cluster creation is not supported in regions that do not have existing classic clusters'
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: {
                id: 'explain.classic-region',
                params: { region: x.region ?? '?' }
            },
            why: { id: 'explain.classic-region.why' },
            fix: classicRegionFix()
        })
    },
    {
        key: 'name-taken',
        check: 'cluster-name',
        scope: 'cluster',
        codes: ['E0007'],
        phrases: ['A cluster with the same name already exists'],
        build: ({ x }) => ({
            status: 'fail',
            summary: {
                id: 'explain.cluster-name',
                params: { name: x.newClusterName ?? x.cluster ?? '?' }
            },
            why: { id: 'explain.cluster-name.why' },
            fix: clusterNameFix(x)
        })
    },
    {
        key: 'key-unknown',
        check: 'api-key',
        scope: 'account',
        codes: ['BXNIM0415E'],
        phrases: ['Provided API key could not be found'],
        // Inside "IAM token exchange request failed" it is IKS's stored key, not the caller's (terraform #3561).
        unless: ['stored-key'],
        build: ({ code }) => ({
            status: 'fail',
            summary: {
                id: 'explain.api-key.unknown',
                params: { code: code ?? 'BXNIM0415E' }
            },
            why: { id: 'api-key.unknown.why' },
            fix: createKeyFix('unknown')
        })
    },
    {
        key: 'key-disabled',
        check: 'api-key',
        scope: 'account',
        codes: ['BXNIM0416E'],
        phrases: ['Provided API key is disabled'],
        unless: ['stored-key'],
        build: ({ code }) => ({
            status: 'fail',
            summary: {
                id: 'explain.api-key.disabled',
                params: { code: code ?? 'BXNIM0416E' }
            },
            why: { id: 'api-key.disabled.why' },
            fix: enableKeyFix()
        })
    },
    {
        key: 'iam-other',
        check: 'api-key',
        scope: 'account',
        codes: ['BXNIM\\d{4}E'],
        phrases: [],
        unless: ['key-unknown', 'key-disabled', 'stored-key', 'apikey-iam-failed'],
        build: ({ code }) => ({
            status: 'fail',
            summary: { id: 'explain.api-key.other', params: { code: code ?? 'BXNIM' } },
            why: { id: 'api-key.rejected.why' },
            fix: createKeyFix('rejected')
        })
    },
    {
        key: 'infra-permissions',
        check: 'infra-permissions',
        scope: 'account',
        codes: ['E0060'],
        phrases: [
            'The infrastructure authentication credentials are not authorized for the request',
            'must be ordered with permission',
            'We were unable to connect to your Softlayer account',
            'infrastructure user permissions',
            "The worker node instance can't be identified"
        ],
        build: ({ x, quote }) => ({
            status: 'fail',
            summary: { id: 'explain.infra-permissions', params: { message: quote } },
            why: { id: 'explain.infra-permissions.why' },
            fix: infraPermissionsFix(x)
        })
    },
    {
        key: 'linked-normal',
        check: 'explain',
        scope: 'account',
        codes: ['E0051'],
        phrases: ['The user credentials could not be found'],
        build: () => ({
            status: 'pass',
            summary: { id: 'explain.linked-account-normal' }
        })
    }
];

;// CONCATENATED MODULE: ./src/explain/explain.ts





/** Cap on the text read: a whole CI log can be large, and every pattern scans it. */
const MAX_TEXT = 2 * 1024 * 1024;
function match(n, rule) {
    const codeHits = (rule.codes ?? []).flatMap(c => findCode(n, c));
    const positions = [
        ...rule.phrases.flatMap(p => findPhrase(n, p)),
        ...codeHits.map(c => c.at)
    ].sort((a, b) => a - b);
    if (positions.length === 0)
        return undefined;
    return {
        rule,
        positions,
        code: codeHits[0]?.code,
        codes: [...new Set(codeHits.map(c => c.code))]
    };
}
/** The sentence around a match, for messages that quote IBM (cut to keep annotations short). */
function sentenceAt(n, p) {
    // Back to the start of the sentence, at most 60 characters ("'Item' must be…", "The IAM token exchange…").
    const from = Math.max(0, p - 60);
    const back = n.text.slice(from, p);
    const bounds = ['. ', ': ', '"', 'FAILED ', '失敗 ']
        .filter(b => back.includes(b))
        .map(b => from + back.lastIndexOf(b) + b.length);
    const start = bounds.length > 0 ? Math.max(...bounds) : p;
    const rest = n.text.slice(p);
    const end = rest.search(/[."]\s|"|$/);
    return n.text
        .slice(start, p + (end === -1 ? rest.length : end))
        .trim()
        .slice(0, 300);
}
/**
 * Read the output of a failed `ibmcloud ks` command, Terraform run or IKS API call and report every
 * known blocker in it, with the live checks' ids and fixes. No network: text in, findings out.
 */
function explainText(raw) {
    const n = normalise(raw.length > MAX_TEXT ? raw.slice(-MAX_TEXT) : raw);
    const x = extract(n);
    const hits = RULES.map(r => match(n, r)).filter((h) => h !== undefined);
    const matched = new Set(hits.map(h => h.rule.key));
    const findings = [];
    for (const hit of hits) {
        if (hit.rule.unless?.some(k => matched.has(k)))
            continue;
        const first = hit.positions[0];
        const workers = hit.rule.workers ? workersNear(n, hit.positions) : [];
        const outcome = hit.rule.build({
            x,
            workers,
            code: hit.code,
            codes: hit.codes,
            quote: sentenceAt(n, first)
        });
        const target = hit.rule.scope === 'cluster'
            ? (x.cluster ?? x.newClusterName ?? 'cluster')
            : 'account';
        findings.push({
            ...outcome,
            check: hit.rule.check,
            target,
            ibm: outcome.status === 'pass'
                ? undefined
                : diagnosticsNear(n, first, hit.code)
        });
    }
    if (!findings.some(f => f.status !== 'pass')) {
        const incidents = allIncidents(n);
        findings.push({
            check: 'explain',
            target: 'account',
            status: 'warn',
            summary: { id: 'explain.nothing-recognised', params: { lines: n.lines } },
            why: { id: 'explain.nothing-recognised.why' },
            fix: [
                {
                    text: { id: 'explain.nothing-recognised.fix' },
                    commands: [ibmcloud/* cmd */.HW.preflight('<operation>', cluster(x), region(x))]
                },
                ...incidents.slice(0, 3).map(incidentID => ({
                    text: {
                        id: 'explain.nothing-recognised.incident',
                        params: { incidentID }
                    }
                }))
            ]
        });
    }
    return { findings, extracted: x, lines: n.lines };
}

;// CONCATENATED MODULE: ./src/explain/report.ts







/** error-text as given, or the content of error-file ('-' reads stdin through `stdin`). */
async function readErrorText(config, stdin) {
    if (config.errorText !== undefined)
        return config.errorText;
    const file = config.errorFile;
    if (file === '-') {
        if (!stdin)
            throw new inputs/* InputError */.dz('error-file', "'-' (standard input) is only for the CLI.");
        return stdin();
    }
    try {
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        return text.length > MAX_TEXT ? text.slice(-MAX_TEXT) : text;
    }
    catch (e) {
        const code = e.code ?? 'unreadable';
        throw new inputs/* InputError */.dz('error-file', `cannot read ${(0,inputs/* shown */.SP)(file)} (${code}); give the path of a file with the output of the failed step.`);
    }
}
/** operation explain: text → findings → the same Report every channel prints. No request is made. */
function explainReport(text, config, language, env = {}) {
    const started = new Date();
    const { findings } = explainText(text);
    const live = new Map(checks_catalogue/* CATALOGUE */.y.map(c => [c.id, c]));
    const ids = [...new Set(findings.map(f => f.check))];
    const catalogue = ids.map(id => live.get(id) ?? {
        id,
        title: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']).title,
        docs: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']).docs
    });
    return (0,model/* buildReport */.FK)({
        config: { operation: 'explain', failOn: config.failOn },
        catalogue,
        findings,
        targets: [],
        startedAt: started,
        durationMs: Date.now() - started.getTime(),
        requests: [],
        language,
        pageOf: (0,reference/* checkPages */.t)(env, checks_catalogue/* CATALOGUE */.y.map(c => c.id))
    });
}


/***/ })

};
