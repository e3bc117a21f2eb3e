"use strict";
exports.id = 458;
exports.ids = [458];
exports.modules = {

/***/ 3458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainExtras: () => (/* binding */ explainExtras),
  readErrorTail: () => (/* binding */ readErrorTail),
  runExplain: () => (/* binding */ runExplain)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/checks/catalogue.ts + 28 modules
var checks_catalogue = __webpack_require__(2929);
// EXTERNAL MODULE: ./src/config/raw.ts
var config_raw = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/ibm/deadline.ts
var ibm_deadline = __webpack_require__(7856);
// EXTERNAL MODULE: ./src/messages/index.ts
var messages = __webpack_require__(5920);
// EXTERNAL MODULE: ./src/run.ts + 19 modules
var run = __webpack_require__(2573);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/intent/types.ts
var types = __webpack_require__(739);
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
/**
 * Another cloud's identifiers that hold a region-like token: AWS ARNs and hosts (`us-east-1` there is AWS's
 * region, not IBM's us-east or its zone). Blanked before any region or zone is read.
 */
const ARN = /\barn:aws[\w-]*:[^\s"'<>]*/gi;
const blank = (m) => ' '.repeat(m.length);
/** The text with AWS ARNs and `….amazonaws.com` host names blanked (a scan, not a backtracking pattern). */
function withoutForeign(text) {
    const out = text.replace(ARN, blank);
    const lower = out.toLowerCase();
    const host = '.amazonaws.com';
    const parts = [];
    let done = 0;
    for (let at = lower.indexOf(host); at !== -1; at = lower.indexOf(host, at + 1)) {
        let start = at;
        while (start > done && /[\w.-]/.test(out[start - 1]))
            start--;
        const end = at + host.length;
        parts.push(out.slice(done, start), blank(out.slice(start, end)));
        done = end;
    }
    return done === 0 ? out : parts.join('') + out.slice(done);
}
/** A VPC zone of an IBM region (us-south-3), or a classic data center (dal10). */
const ZONE = `((?:${REGIONS.join('|')})-\\d|(?:${Object.keys(ZONE_REGION).join('|')})\\d{2})`;
/**
 * The values a fix needs. `anchored` (the text is IBM's, see explain.ts) gates what is read from a bare word
 * (a region or zone named in running text): only an explicit flag or field counts in another cloud's text.
 */
function extract(n, anchored = true) {
    const text = withoutForeign(n.text);
    const regionRe = `(${REGIONS.join('|')})`;
    const region = first(text, [
        new RegExp(`(?:--region|-r)[ =]+["']?${regionRe}(?![\\w-])`),
        ...(anchored
            ? [
                new RegExp(`"?(?:region|X-Region)"?\\s*[:=]\\s*"?${regionRe}(?![\\w-])`, 'i'),
                new RegExp(`\\b${regionRe}(?:-[1-3])?(?![\\w-])`)
            ]
            : [])
    ]) ?? (anchored ? classicZoneRegion(text) : undefined);
    const clusterId = first(text, [
        /\biks-([a-z0-9]{20,32})\b/,
        // Terraform: "Error waiting for cluster (56233d4480cf49d8802ab725dd23b99f) to become ready", "[id=crc2i4ps0oaivt0judsg/…]"
        /\bwaiting for (?:workers of )?cluster \(([a-z0-9]{20,32})\)/i,
        /\bibm_container_(?:vpc_)?cluster\.[^\s:]*: [A-Z][a-z]+(?:ing)?[^[]*\[id=([a-z0-9]{20,32})\]/,
        /"cluster_?id"\s*[:=]\s*"([a-z0-9]{20,32})"/i,
        /\bkube-([a-z0-9]{20})-/,
        /\bkube-[a-z]{3}\d{2}-cr([a-z0-9]{20,32})-w\d+/
    ]);
    // Terraform's worker pool ID is "<cluster>/<pool>": "ibm_container_vpc_worker_pool.p: Destroying... [id=prod-vpc/default]".
    const poolId = /\bibm_container_(?:vpc_)?worker_pool\.\S+: [A-Z][a-z]+[^[]{0,40}\[id=([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)\]/.exec(text);
    // terraform-provider-ibm (ibm/service/kubernetes) names the pool it waited for as "<cluster>/<pool ID>"
    // (resource_ibm_container_vpc_worker_pool.go) or "worker pool (<pool>) of cluster (<cluster>)" (classic).
    const waitPool = /\bwaiting for workerpool \(([A-Za-z0-9][A-Za-z0-9._-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)\)/.exec(text);
    const waitClassicPool = /\bwaiting for workers of worker pool \(([A-Za-z0-9][A-Za-z0-9._-]*)\) of cluster \(([A-Za-z0-9][A-Za-z0-9._-]*)\)/.exec(text);
    const cluster = first(text, [
        new RegExp(`(?:--cluster|\\s-c)[ =]+["']?${NAME}`),
        new RegExp(`"cluster(?:_?name)?"\\s*[:=]\\s*"${NAME}"`, 'i'),
        new RegExp(`[?&]cluster=${NAME}`),
        new RegExp(`\\bcluster_name\\s*=\\s*"${NAME}"`),
        // Terraform's and the English CLI's progress lines: "Error retrieving cluster prod-vpc:", "Getting cluster prod-vpc..."
        /\b(?:retrieving|getting) cluster ([a-z0-9][a-z0-9._-]*[a-z0-9])/i,
        /\b(?:downloading the cluster config) \[([a-z0-9][a-z0-9._-]*[a-z0-9])\]/i
    ]);
    const newClusterName = first(text, [
        new RegExp(`cluster create\\b[^|]*?--name[ =]+["']?${NAME}`),
        new RegExp(`"name"\\s*[:=]\\s*"${NAME}"`),
        // Terraform's plan of a cluster resource: `+ name = "k8s-cluster"` after `ibm_container_…cluster.x will be created`.
        new RegExp(`ibm_container_(?:vpc_)?cluster\\.\\S+ will be created[^#]*?\\+ name\\s*=\\s*"${NAME}"`)
    ]);
    const resourceGroup = first(text, [
        /(?:--resource-group|\s-g)[ =]+["']?([A-Za-z0-9][A-Za-z0-9_.-]{0,39})/,
        // The CLI's "No credentials set for resource group default.:" (not IKS's "target the correct resource group or region").
        /\bfor resource group ([A-Za-z0-9][A-Za-z0-9_.-]{0,39}?)\.?(?=[\s:]|$)/i,
        /"resource_?group(?:_?(?:name|id))?"\s*[:=]\s*"([A-Za-z0-9][A-Za-z0-9_.-]{0,39})"/i
    ]);
    const zone = first(text, [
        /--zone[ =]+["']?([a-z]{2}-[a-z]+-\d|[a-z]{3}\d{2})\b/,
        /\b(?:zone|datacenter|name)\s*[:=]\s*"([a-z]{2}-[a-z]+-\d|[a-z]{3}\d{2})"/,
        ...(anchored
            ? [new RegExp(`\\b(?:in|from) (?:the )?zone ${ZONE}(?![\\w-])`, 'i')]
            : [])
    ]) ?? (anchored ? onlyZone(text) : undefined);
    const flavor = first(text, [
        /--(?:flavor|machine-type)[ =]+["']?([A-Za-z0-9][A-Za-z0-9._-]{0,63})/,
        /\b(?:flavor|machine_type)\s*[:=]\s*"([A-Za-z0-9][A-Za-z0-9._-]{0,63})"/
    ]);
    const version = '(\\d+\\.\\d+(?:\\.\\d+)?(?:_\\d+)?(?:_openshift)?)\\b';
    const kubeVersion = first(text, [
        new RegExp(`--(?:kube-)?version[ =]+["']?${version}`),
        new RegExp(`\\bkube_version"?\\s*[:=]\\s*"${version}`)
    ]);
    const pool = poolId?.[2] ??
        waitPool?.[2] ??
        waitClassicPool?.[1] ??
        first(text, [/--worker-pool[ =]+["']?([A-Za-z0-9][A-Za-z0-9._-]{0,99})/]);
    const subnetId = first(text, [
        /specified subnet \(ID:\s*([A-Za-z0-9][A-Za-z0-9-]{3,63})\)/
    ]);
    const tfAddress = first(text, [
        /\bwith ((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?),/
    ]);
    return {
        region,
        cluster: cluster ??
            poolId?.[1] ??
            waitPool?.[1] ??
            waitClassicPool?.[2] ??
            clusterId,
        ...(providerIn(text) !== undefined && { provider: providerIn(text) }),
        ...(pool !== undefined && { pool }),
        ...(subnetId !== undefined && { subnetId }),
        ...(tfAddress !== undefined && { tfAddress }),
        ...(TERRAFORM.test(text) && { terraform: true }),
        clusterId,
        newClusterName,
        resourceGroup,
        zone,
        operation: operationIn(text),
        ...(flavor !== undefined && { flavor }),
        ...(kubeVersion !== undefined && { kubeVersion })
    };
}
/** Terraform's own words or an IBM provider resource: a CLI-only log has none of them. */
const TERRAFORM = /\bterraform\b|\bibm_[a-z][a-z0-9_]+\.[\w-]+|Destruction complete|Still (?:creating|destroying|modifying)\.\.\.|\bon \S{1,300}\.tf(?:\.json)? line \d+/i;
/** The one IBM zone the text names (a worker table's zone column, a message); none when it names several. */
function onlyZone(text) {
    const zones = new Set([...text.matchAll(new RegExp(`\\b${ZONE}(?![\\w-])`, 'g'))].map(m => m[1]));
    return zones.size === 1 ? [...zones][0] : undefined;
}
/** The provider the text shows, or undefined. */
function providerIn(text) {
    const m = /\bcluster create (classic|vpc-gen2)\b|--provider[ =]+["']?(classic|vpc-gen2)\b|'(vpc-gen2|classic)' infrastructure/.exec(text);
    if (m)
        return (m[1] ?? m[2] ?? m[3]);
    if (/\bibm_container_vpc_(?:cluster|worker_pool)\b/.test(text))
        return 'vpc-gen2';
    if (/\bibm_container_(?:cluster|worker_pool)\b/.test(text))
        return 'classic';
    return undefined;
}
/** The operation the text shows: the `ibmcloud ks` command, or Terraform's verb on a container resource. */
function operationIn(text) {
    const ops = [
        [
            /\bks cluster create\b|ibm_container_(?:vpc_)?cluster\.\S+: (?:Creating|Still creating)/,
            'cluster-create'
        ],
        [
            /\bks (?:cluster rm|cluster delete)\b|ibm_container_(?:vpc_)?cluster\.\S+: (?:Destroying|Still destroying)/,
            'cluster-delete'
        ],
        [
            /\bks worker-pool (?:resize|rm)\b|ibm_container_(?:vpc_)?worker_pool\.\S+: (?:Modifying|Still modifying|Destroying)/,
            'worker-pool-resize'
        ],
        [/\bks worker add\b/, 'worker-add'],
        [/\bks worker (?:rm|delete)\b/, 'worker-delete'],
        [/\bks worker reload\b/, 'worker-reload'],
        [/\bks worker reboot\b/, 'worker-reboot'],
        [/\bks worker replace\b/, 'worker-replace'],
        [
            /\bks cluster master update\b|ibm_container_(?:vpc_)?cluster\.\S+: (?:Modifying|Still modifying)/,
            'cluster-update'
        ]
    ];
    return ops.find(([re]) => re.test(text))?.[1];
}
function contextNear(n, p) {
    const status = locate(n.text, [
        /status code:?\s*(\d{3})\b/gi,
        /Response HTTP Status Code:\s*(\d{3})\b/gi,
        /\bHTTP(?:\/[\d.]+)?\s+(\d{3})\b/g,
        /\b(?:Internal Server Error|Service Unavailable|Bad Gateway|Gateway Timeout|Too Many Requests) \((\d{3})\)/gi
    ]);
    const request = locate(n.text, [
        /"?request_?id"?\s*[:=]\s*"?([A-Za-z0-9][A-Za-z0-9-]{5,})/gi,
        /\bRequest ID[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,})/gi,
        /\b(?:X-Request-Id|Transaction-Id|X-Global-Transaction-Id)[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,})/gi,
        /\bTrace ID[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]{5,})/gi
    ]);
    // Terraform prints the resource after the error: "with module.a.ibm_container_vpc_cluster.cluster["x"], on main.tf line 34, in resource …".
    const address = locate(n.text, [
        /\bwith ((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*(?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?),/g
    ]).filter(a => a.at >= p - 200);
    const file = locate(n.text, [/\bon (\S+\.tf(?:\.json)? line \d+)/g]).filter(a => a.at >= p - 200);
    const after = (items) => items.filter(i => i.at - p <= 3000).sort((a, b) => a.at - b.at)[0]?.value;
    const s = nearest(status, p, 600);
    const tfFile = after(file)?.replace(/ line (\d+)$/, ':$1');
    const c = {
        status: s === undefined ? undefined : Number(s),
        requestId: nearest(request, p, 3000),
        tfAddress: after(address),
        tfFile
    };
    for (const k of Object.keys(c))
        if (c[k] === undefined)
            delete c[k];
    return c;
}
/** Every position where the text shows a transient failure before `p`: a 5xx, a 429, a timeout or a retry. */
function troubleBefore(n, p) {
    const head = n.text.slice(0, p);
    return /status code:?\s*5\d\d|\b5\d\d (?:Internal Server Error|Service Unavailable|Bad Gateway|Gateway Timeout)|Internal Server Error \(5\d\d\)|An internal error occurred|\b429\b|Too Many Requests|timed? ?out|timeout|deadline exceeded|\bretry|\bretrying|Still creating\.\.\./i.test(head);
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
const SCHEMATICS_LOG = /^[ \t]*\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} Terraform [a-z]+ \||\bschematics\b/im;
// eslint-disable-next-line no-control-regex -- terminal colour sequences are the target
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
// Log prefixes repeated on every line: GitHub's ISO timestamps, Terraform's box drawing.
// IBM Schematics prefixes every job log line with "2020/12/15 20:03:55 Terraform apply | " (its own lines with the time alone).
const LINE_PREFIX = /^[ \t]*(?:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}[ \t]+(?:Terraform [a-z]+ \|[ \t]?)?)?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?[ \t]*)?(?:[│╷╵|][ \t]?)?/gm;
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
    return { text, squashed, at, lines, schematics: SCHEMATICS_LOG.test(s) };
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
 * The fixes explain mode prints: the live checks' commands (src/commands/ibmcloud.ts), filled from what the
 * text names, with a visible placeholder where it names nothing.
 */
const region = (x) => x.region ?? '<region>';
const cluster = (x) => x.cluster ?? x.clusterId ?? '<cluster>';
const groupCommand = (x) => x.resourceGroup ? [ibmcloud/* cmd */.HW.targetGroup(x.resourceGroup)] : [];
/** Credentials and the stored API key are per region AND resource group: name the group, as a placeholder if the text has none. */
const group = (x) => x.resourceGroup || '<resource-group>';
/** A value quoted for the shell, a `<placeholder>` left as it is. */
const quoteArg = (/* unused pure expression or super */ null && (arg));
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
            commands: [ibmcloud/* cmd */.HW.mfaOff()]
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
            commands: [ibmcloud/* cmd */.HW.target(), ibmcloud/* cmd */.HW.clusterLs('all')]
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
            (0,ibmcloud/* iamPolicyCreate */.wf)('user', '<user-email>', 'Viewer', [
                ['--service-name', 'containers-kubernetes']
            ])
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
/** A0656 names "the user or service ID": give the Operator role on IAM Identity to whichever the caller is. */
function identityOperatorFix() {
    return {
        text: { id: 'explain.cluster-api-key.operator.fix' },
        commands: [
            (0,ibmcloud/* iamPolicyCreate */.wf)('user', '<user-email>', 'Operator', [
                ['--service-name', 'iam-identity']
            ]),
            (0,ibmcloud/* iamPolicyCreate */.wf)('service', '<service-id>', 'Operator', [
                ['--service-name', 'iam-identity']
            ])
        ]
    };
}
function restrictedKeysFix() {
    return {
        text: { id: 'explain.cluster-api-key.restricted.fix' },
        commands: [ibmcloud/* cmd */.HW.accountSettings()]
    };
}
function apiKeyInfoFix(x) {
    return {
        text: { id: 'explain.cluster-api-key.info.fix' },
        commands: [ibmcloud/* cmd */.HW.targetGroup(group(x)), ibmcloud/* cmd */.HW.apiKeyInfo(cluster(x))]
    };
}
function keyLimitFix() {
    return {
        text: { id: 'explain.cluster-api-key.limit.fix' },
        commands: [ibmcloud/* cmd */.HW.apiKeys(), ibmcloud/* cmd */.HW.apiKeyDelete()]
    };
}
function classicRegionFix() {
    return [
        {
            text: { id: 'explain.classic-region.fix' },
            commands: [ibmcloud/* cmd */.HW.clusterLs('classic'), ibmcloud/* cmd */.HW.zoneLs('vpc-gen2')]
        }
    ];
}
function clusterNameFix(x, name) {
    return [
        {
            text: { id: 'cluster-name.taken.fix' },
            commands: [
                ...(x.region || x.resourceGroup
                    ? [ibmcloud/* cmd */.HW.target({ region: x.region, group: x.resourceGroup })]
                    : []),
                ibmcloud/* cmd */.HW.clusterGet(name)
            ]
        }
    ];
}
/** The retried-create trap: look the cluster up (who made it, when) before renaming anything. */
function maybeOursFix(x, name) {
    return [
        {
            text: { id: 'explain.cluster-name.maybe-ours.fix.look' },
            commands: [
                ibmcloud/* cmd */.HW.target({ region: x.region ?? '<region>', group: group(x) }),
                ibmcloud/* cmd */.HW.clusterGet(name),
                ibmcloud/* cmd */.HW.clusterLs('all')
            ]
        },
        {
            text: { id: 'explain.cluster-name.maybe-ours.fix.adopt' },
            commands: [ibmcloud/* cmd */.HW.terraformImport()]
        },
        { text: { id: 'explain.cluster-name.maybe-ours.fix.rename' } }
    ];
}
/**
 * A cluster gone before its delete: look where the log (or the current target) points, then, for a Terraform
 * log only, drop it from the state. A CLI-only log has no state to touch.
 */
function alreadyGoneFix(x) {
    return [
        {
            text: {
                id: x.terraform
                    ? 'explain.cluster-access.already-gone.fix'
                    : 'explain.cluster-access.already-gone.fix.cli'
            },
            commands: [
                ibmcloud/* cmd */.HW.target({ region: x.region, group: x.resourceGroup }),
                ibmcloud/* cmd */.HW.clusterLs('all'),
                ...(x.terraform ? [ibmcloud/* cmd */.HW.terraformStateRm(x.tfAddress)] : [])
            ]
        }
    ];
}
function resourceGroupFix(x) {
    return [
        {
            text: { id: 'explain.resource-group.fix' },
            commands: [ibmcloud/* cmd */.HW.resourceGroups(), ibmcloud/* cmd */.HW.targetGroup(group(x))]
        }
    ];
}
function flavorFix(x) {
    return [
        {
            text: { id: 'explain.flavor.fix' },
            commands: [ibmcloud/* cmd */.HW.flavors(x.zone ?? '<zone>')]
        }
    ];
}
function workerMinimumFix(x) {
    return [
        {
            text: { id: 'explain.worker-minimum.fix' },
            commands: [ibmcloud/* cmd */.HW.workerPoolLs(cluster(x)), ibmcloud/* cmd */.HW.workerLs(cluster(x))]
        }
    ];
}
function kmsFix() {
    return [
        {
            text: { id: 'explain.kms-authorization.fix' },
            commands: [
                ibmcloud/* cmd */.HW.authorizationPolicies(),
                ibmcloud/* cmd */.HW.authorizationPolicyCreate('containers-kubernetes', 'kms', ['Reader', 'Authorization Delegator'], '<kms-instance-id>')
            ]
        }
    ];
}
function versionFix() {
    return [
        {
            text: { id: 'explain.kube-version.fix' },
            commands: [ibmcloud/* cmd */.HW.versions()]
        }
    ];
}
function clusterStatusFix(x) {
    return [
        {
            text: { id: 'explain.cluster-state.fix' },
            commands: [ibmcloud/* cmd */.HW.clusterGet(cluster(x)), ibmcloud/* cmd */.HW.workerLs(cluster(x))]
        }
    ];
}
function vlanFix(x) {
    return [
        {
            text: { id: 'explain.classic-vlans.fix' },
            commands: [ibmcloud/* cmd */.HW.vlanLs(x.zone ?? '<zone>')]
        }
    ];
}
function securityGroupFix() {
    return [
        {
            text: { id: 'explain.vpc-security-groups.fix' },
            commands: [
                ibmcloud/* cmd */.HW.isSecurityGroups('<vpc-id>'),
                ibmcloud/* cmd */.HW.isSecurityGroupRules('<security-group-id>')
            ]
        }
    ];
}
function webhookFix() {
    return [
        {
            text: { id: 'explain.webhook.fix' },
            commands: ibmcloud/* cmd */.HW.kubectlWebhooks()
        }
    ];
}
/** The live checks that find why a wait timed out: they read the cluster's master and workers. */
const WAIT_CHECKS = [
    'cluster-state',
    'worker-endpoints',
    'vpe-gateway',
    'orphaned-workers',
    'infra-permissions'
];
/**
 * The operation those checks run under on a cluster that exists: a create's checks look at a cluster still to
 * be made (cluster-state, vpe-gateway and worker-endpoints are not applicable to cluster-create), a delete's
 * skip worker-endpoints. cluster-update runs all of them and changes nothing.
 */
const WAIT_OPERATION = 'cluster-update';
/** WAIT_CHECKS that run under WAIT_OPERATION on a cluster of `provider` (each check's own operations and providers). */
function waitChecks(provider) {
    return WAIT_CHECKS.filter(id => {
        const c = checks_catalogue/* CATALOGUE */.y.find(k => k.id === id);
        return (c !== undefined &&
            (c.operations === undefined || c.operations.includes(WAIT_OPERATION)) &&
            (provider === undefined ||
                c.providers === undefined ||
                c.providers.includes(provider)));
    });
}
/**
 * After a wait timed out: look at the cluster, then run the checks that find the usual causes on it, as a
 * cluster-update pre-flight of the cluster the log names (its ID or name; a create's new cluster exists by then).
 */
function waitTimeoutFix(x, schematics = false) {
    const target = x.cluster ?? x.clusterId ?? x.newClusterName ?? '<cluster>';
    return [
        {
            text: { id: 'explain.wait-timeout.fix.status' },
            commands: [ibmcloud/* cmd */.HW.clusterGet(target), ibmcloud/* cmd */.HW.workerLs(target)]
        },
        {
            text: {
                id: 'explain.wait-timeout.fix.checks',
                params: { checks: waitChecks(x.provider).join(', ') }
            },
            commands: [
                ibmcloud/* cmd */.HW.preflight({
                    operation: WAIT_OPERATION,
                    cluster: target,
                    region: region(x)
                })
            ]
        },
        // IBM Schematics: the timed-out resource is tainted and the next apply would delete and re-create it.
        ...(schematics
            ? [
                {
                    text: { id: 'explain.wait-timeout.fix.untaint' },
                    commands: [
                        ibmcloud/* cmd */.HW.schematicsStatePull(),
                        ibmcloud/* cmd */.HW.schematicsUntaint(x.tfAddress)
                    ]
                }
            ]
            : [])
    ];
}
/** BXNIM0430E: the allowlist in IAM's account (or user) settings, not the key. */
function ipAllowlistFix(controlPlane) {
    return [
        {
            text: { id: 'explain.api-key.ip-allowlist.fix.settings' },
            commands: [ibmcloud/* cmd */.HW.accountSettings()]
        },
        ...(controlPlane
            ? [
                {
                    text: {
                        id: 'explain.api-key.ip-allowlist.fix.control-plane'
                    }
                }
            ]
            : [])
    ];
}
/** IBM's steps for "not authorized to view the specified subnet": whose key, then Viewer on the subnet's group. */
function subnetViewFix(x) {
    return [
        {
            text: { id: 'explain.vpc-subnets.view.fix' },
            commands: [
                ...(x.cluster ? [ibmcloud/* cmd */.HW.apiKeyInfo(cluster(x))] : [ibmcloud/* cmd */.HW.apiKeys()]),
                ibmcloud/* cmd */.HW.isSubnet(x.subnetId ?? '<subnet-id>'),
                (0,ibmcloud/* iamPolicyCreate */.wf)('user', '<user-email>', 'Viewer', [
                    ['--service-name', 'is'],
                    ['--resource-group-name', '<subnet-resource-group>']
                ])
            ]
        }
    ];
}
/** IBM's steps when a worker pool's root key is gone: is KMS on, does the key exist. */
function poolRootKeyFix(x) {
    return [
        {
            text: { id: 'explain.kms-authorization.pool-root-key.fix' },
            commands: [ibmcloud/* cmd */.HW.clusterGet(cluster(x)), ibmcloud/* cmd */.HW.serviceInstances('kms')]
        }
    ];
}
/** After freeing security groups (or clusters) in the VPC, a master refresh resumes the pending workers (IBM's page). */
function refreshOnlyFix(x) {
    return {
        text: { id: 'explain.vpc-security-groups.pending.fix' },
        // A create's text names the new cluster only by its --name.
        commands: [ibmcloud/* cmd */.HW.masterRefresh(x.cluster ?? x.newClusterName ?? cluster(x))]
    };
}
function transientFix(x) {
    const name = x.cluster ?? x.newClusterName;
    return [
        { text: { id: 'explain.transient.fix' } },
        // After a 5xx on a write, look before retrying: IBM may have done it anyway.
        ...(name
            ? [
                {
                    text: { id: 'explain.transient.fix.look' },
                    commands: [ibmcloud/* cmd */.HW.clusterGet(name)]
                }
            ]
            : [])
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
            commands: [ibmcloud/* cmd */.HW.apiKeys(), ibmcloud/* cmd */.HW.apiKeyEnable()]
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
/**
 * Titles and IBM docs for the check ids a rule can name that the live catalogue may not have yet
 * (explain runs without them). Docs here are IBM's pages, never our own check pages.
 */
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
    'cluster-state': {
        title: 'explain.cluster-state.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cluster-states-reference'
    },
    'kube-version': {
        title: 'explain.kube-version.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-cs_versions'
    },
    flavor: {
        title: 'explain.flavor.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-planning_worker_nodes'
    },
    'worker-minimum': {
        title: 'explain.worker-minimum.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-add-workers-vpc'
    },
    'classic-vlans': {
        title: 'explain.classic-vlans.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-subnets'
    },
    'vpc-security-groups': {
        title: 'explain.vpc-security-groups.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-vpc-security-group'
    },
    'kms-authorization': {
        title: 'explain.kms-authorization.title',
        docs: 'https://cloud.ibm.com/docs/containers?topic=containers-encryption-setup'
    },
    explain: { title: 'explain.title', docs: TROUBLESHOOTING }
};
const OCP = 'ibm-cloud-docs/openshift@e8eca99';
const ocp = (topic, quote) => ({
    kind: 'doc',
    url: `https://cloud.ibm.com/docs/openshift?topic=openshift-${topic}`,
    quote,
    read: OCP
});
const err = (code, text, where) => code === undefined
    ? { kind: 'error', text, where }
    : { kind: 'error', code, text, where };
const TF = 'https://github.com/IBM-Cloud/terraform-provider-ibm/issues/';
/** IBM Cloud Schematics' docs, read at this commit of ibm-cloud-docs/schematics (2026-12). */
const SCH = 'ibm-cloud-docs/schematics@369f146';
const sch = (topic, quote) => ({
    kind: 'doc',
    url: `https://cloud.ibm.com/docs/schematics?topic=schematics-${topic}`,
    quote,
    read: SCH
});
/** IKS docs (ibm-cloud-docs/containers), read through the file index at the commit named. */
const iks = (topic, quote, read) => ({
    kind: 'doc',
    url: `https://cloud.ibm.com/docs/containers?topic=containers-${topic}`,
    quote,
    read
});
/** IBM's word for each rule (rule key → sources); the OpenShift docs repository is read at OCP. */
const RULE_SOURCES = {
    'paid-account': [
        ocp('cluster_infra_errors', 'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.'),
        err('E0057', 'Unable to connect to the IBM Cloud account. Ensure that you have a paid account.', `${TF}485`)
    ],
    totp: [
        ocp('cluster_infra_errors', "can't authenticate the infrastructure user: Time-based One Time Password authentication is required to log in with this user.")
    ],
    orphaned: [
        ocp('cluster_infra_errors', "incorrect account for worker - The 'classic' infrastructure user credentials changed and no longer match the worker node instance infrastructure account.")
    ],
    'vpe-pending': [
        ocp('cluster_infra_errors', 'Pending endpoint gateway creation')
    ],
    'worker-network': [
        ocp('cluster_infra_errors', 'Worker deploy failed due to network communications failing to master or registry endpoints.')
    ],
    'worker-firewall': [
        ocp('common_worker_nodes_issues', 'Worker unable to talk to IBM Cloud Kubernetes Service servers. Please verify your firewall setup is allowing traffic from this worker.')
    ],
    'already-gone': [
        err('A0006', 'The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.', `${TF}3449`)
    ],
    'delete-not-found': [
        err('A0006', 'The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.', `${TF}3449`)
    ],
    'cluster-not-found': [
        err('A0006', 'The specified cluster could not be found. If applicable, make sure that you target the correct resource group or region.', `${TF}3449`),
        err('G0004', 'The specified cluster could not be found.', `${TF}4163`)
    ],
    'apikey-not-authorized': [
        err('A0656', 'You are not authorized to create an API key in this resource group. To create an API key, the user or service ID must have the Operator role in the IAM Identity Service.', `${TF}6816`)
    ],
    'apikey-iam-failed': [
        err('A03e9b', 'Failed to create an API key with IAM.', `${TF}3626`)
    ],
    'stored-key': [
        ocp('ts-perms-creds', 'The IAM token exchange request failed with the message: <message>'),
        ocp('ts-error-glossary', 'NHC009 | Error | The IAM token exchange request failed.')
    ],
    'key-owner-gone': [
        ocp('common_worker_nodes_issues', 'Provided user not found or active'),
        ocp('common_worker_nodes_issues', "can't create IMS portal token, as no IMS account is linked to the selected BSS account")
    ],
    'classic-region': [
        err('E501e', 'Classic cluster creation is not supported in regions that do not have existing classic clusters', "IBM's notice as quoted in the project's reference (/work/shared/reference/scenarios.md)")
    ],
    'name-taken': [
        err('E0007', 'A cluster with the same name already exists.', `${TF}3656`)
    ],
    'key-unknown': [
        err('BXNIM0415E', 'Provided API key could not be found.', `${TF}3561`)
    ],
    'key-disabled': [
        err(undefined, 'Provided API key is disabled.', 'IAM token endpoint, ref §1.4 of the project reference (ibm-cloud-api.md)')
    ],
    'ip-allowlist': [
        ocp('ts-loadbalancer-sync-failed', '"errorCode":"BXNIM0430E","errorMessage":"User login from given IP address is not permitted.","errorDetails":"The user has configured IP address restriction for login. The given IP address \'XXXX\' is not contained in the list of allowed IP addresses."'),
        {
            kind: 'sdk',
            repo: 'IBM/platform-services-go-sdk',
            path: 'iamidentityv1/iam_identity_v1.go',
            quote: 'Defines the IP addresses and subnets from which IAM tokens can be created for the account.'
        }
    ],
    'iam-other': [
        ocp('ts-loadbalancer-sync-failed', 'Error message from IAM: \'401 Unauthorized. Transaction-Id: XXX Details: {"errorCode":"BXNIM0430E",…')
    ],
    'infra-permissions': [
        ocp('ts-perms-creds', 'The infrastructure authentication credentials are not authorized for the request.'),
        ocp('common_worker_nodes_issues', "The user does not have the necessary classic infrastructure permissions to add servers 'Item' must be ordered with permission. The credentials could not be validated. '<Provider>' infrastructure request not authorized"),
        iks('common_worker_nodes_issues', 'The IBM Cloud infrastructure credentials could not be validated.', 'ibm-cloud-docs/containers@079b2ee')
    ],
    'order-prohibited': [
        ocp('common_worker_nodes_issues', "Your account is currently prohibited from ordering 'Computing Instances'. … Your IBM Cloud infrastructure account might be restricted from ordering compute resources. Contact IBM Cloud support")
    ],
    'rg-not-found': [
        err(undefined, 'The targeted resource group could not be found.', `${TF}785`),
        sch('rg-not-found', 'Error retrieving resource group <resource-group>: ResourceGroupDoesnotExist: Given resource Group : "<resource-group>" doesn\'t exist')
    ],
    flavor: [
        err('E4e5b', 'Could not find flavor in the requested zone.', 'https://github.com/cloud-native-toolkit/ibm-garage-iteration-zero/issues/242'),
        err('E0146', 'The specified flavor is deprecated.', 'https://github.com/IBM/cloud-pak-operations-cli/pull/21')
    ],
    'worker-minimum': [
        err('E1437', "would reduce the worker pool's size below the cluster's minimum requirement", `${TF}6352`)
    ],
    'kms-authorization': [
        err('E09c0', 'Not authorized to access the Key Management Service.', `${TF}5007`)
    ],
    'pool-root-key': [
        ocp('ts-vpc-byok-encrypted-storage', 'Encrypted storage cannot be configured. Review the customer root key configuration for the worker pool.')
    ],
    'kube-version': [
        err('E0156', 'A previous patch was specified', 'https://github.com/terraform-ibm-modules/terraform-ibm-cluster/issues/80')
    ],
    'master-not-deployed': [
        err('Ef9cc', 'The master must be in the deployed state', `${TF}1157`)
    ],
    'classic-vlans': [
        err('E0020', 'you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN', `${TF}2082`)
    ],
    'vlan-not-found': [
        ocp('common_worker_nodes_issues', 'Could not obtain network VLAN with ID: <vlan-id>'),
        ocp('ts-error-glossary', 'SoftLayerAPIError(SoftLayer_Exception_Public): Could not obtain network VLAN with id #123456.')
    ],
    'vpc-security-groups': [
        ocp('ts-network-nhc010', 'Exceeded security group rules related quota.'),
        ocp('ts-network-nhc011', 'Exceeded security group related quota.')
    ],
    'sg-pending': [
        ocp('ts-sbd-cluster-create-quota', 'Your VPC has reached the limit of clusters or security groups allowed per VPC.')
    ],
    'subnet-view': [
        ocp('ts-resource-group-permissions', "Unable to create cluster. The 'vpc-gen2' infrastructure operation failed with the message: the provided token is not authorized to view the specified subnet (ID:XXXX) in this account")
    ],
    'vsi-quota': [
        ocp('ts-worker-vpc-quota', 'The user account has insufficient infrastructure quota to provision the worker: A VSI with this profile (30720GB generic instance storage) will put user over quota.')
    ],
    'plan-not-available': [
        ocp('ts-worker-plan-not-avail', 'Registration failed – The plan containers.kubernetes.vpc.gen2.roks is not available in <region>. Please review the private catalog management configuration for the account.')
    ],
    'ocp-entitlement': [
        ocp('ts-workerpool-license-entitlement', 'The entitlement `ocp_entitled` was not found. Specify `ocp_entitled` to search for any supported license or entitlement.')
    ],
    'dedicated-host': [
        ocp('ts-worker-dedicated', "The dedicated hosts for the zone 'eu-de-2' are not ready. Insufficient dedicated hosts available in zone 'us-south-3'. Dedicated host has insufficient capacity")
    ],
    'place-order': [
        ocp('common_worker_nodes_issues', "Could not place order. There are insufficient resources behind router 'router_name' to fulfill the request for the following guests: 'worker_id'.")
    ],
    'location-invalid': [
        ocp('common_worker_nodes_issues', 'The location provided for this order is invalid')
    ],
    'hard-reboot': [
        ocp('common_worker_nodes_issues', 'The worker did not respond to the soft reboot request. A hard reboot might be necessary.')
    ],
    'master-upgradeable': [
        ocp('ts-error-glossary', 'Cannot complete cluster master upgrade because the Upgradeable status condition is set to False.')
    ],
    'cos-bucket': [
        ocp('ts-error-glossary', 'Could not store the cloud object storage bucket and IAM service key.'),
        ocp('ts_cos_bucket_cluster_create', "Could not create an IAM service key to access the cloud object storage bucket '{{.Name}}'. … Could not create a bucket in your cloud object storage instance.")
    ],
    'image-pull-policy': [
        ocp('ts-error-glossary', "Your cluster can't pull images from the 'icr.io' domains because an IAM access policy could not be created.")
    ],
    'registry-admin': [
        ocp('ts-perms-creds', 'The cluster could not be configured with the registry. Make sure that you have the Administrator role for Container Registry.')
    ],
    'broken-webhook': [
        ocp('ts-error-glossary', 'Cannot complete cluster master operations because the cluster has a broken webhook application.')
    ],
    'free-limit': [
        err('E0013', 'The free cluster limit is reached.', `${TF}204`)
    ],
    'provider-not-permitted': [
        err('G3917', 'Cluster provider not permitted for given operation.', `${TF}1150`)
    ],
    'already-up-to-date': [
        err('E0120', 'The master is already up to date for the specified version.', `${TF}2283`)
    ],
    'pool-name-taken': [
        err('E0d39', 'A worker pool with the same name already exists.', `${TF}3444`)
    ],
    'worker-not-found': [
        err('E0011', 'The specified worker node could not be found.', 'https://cloud.ibm.com/docs/openshift?topic=openshift-ts-perms-creds')
    ],
    'wait-timeout': [
        err(undefined, 'timeout while waiting for state to become', `${TF}1210`),
        sch('tainted-resources', 'If the provisioning cannot be completed before the timeout is reached, the IBM Cloud Provider plug-in marks the provisioning process as failed and taints the resource. However, the actual provisioning of the resource is not canceled and continues in the background')
    ],
    'schematics-job': [
        sch('agent-crn-not-found', 'Terraform PLAN error: Terraform PLAN errorexit status 1 … Could not execute job: Error : Terraform PLAN errorexit status 1'),
        sch('actions-faq', 'Terraform APPLY error: Terraform APPLY errorexit status 1 … Could not execute action')
    ],
    'cluster-quota': [
        sch('general-faq', '"code":"E60b6","description":"This request exceeds the \'Cluster\' resource quota of \'100\' for the account in this region.')
    ],
    'kube-provider-localhost': [
        sch('wks-connection-refuse', '"Error: Get "http://localhost/api/v1/namespaces/external-secrets": dial tcp [::1]:80: connect: connection refused".')
    ],
    'ca-rotation': [
        ocp('ts-cert-failed', 'You must reload/update/replace all workers and download new certificates locally in order to revoke old CA Cert. (E1955)')
    ],
    'clusterversion-rollout': [
        ocp('ts-cluster-version-downlevel', 'Version update canceled. CAE012: Cannot complete cluster master operations because the current OpenShift clusterversion rollout is not complete.')
    ],
    'pod-security-prereq': [
        iks('ts-pod-security-125', 'Version update cancelled. CAE009: Cannot complete cluster master operations because the cluster does not pass Pod Security upgrade prerequisites.', 'ibm-cloud-docs/containers@05aecab')
    ],
    'migration-in-progress': [
        iks('ts-resource-migration', 'Cannot complete cluster master upgrade because there is a migration in progress', 'ibm-cloud-docs/containers@18db956'),
        iks('ts-error-glossary', 'Cannot complete cluster master operations because there is a migration in progress', 'ibm-cloud-docs/containers@2760437')
    ],
    'pod-security-config': [
        ocp('ts-pod-security-reset', "The 'configuration' field is not a valid Kubernetes PodSecurityConfiguration setting.")
    ],
    'bm-instance-id': [
        ocp('bm_machine_id', 'The worker node instance ID changed. Reload the worker node if bare metal hardware was serviced.')
    ],
    'provisioning-failed': [
        ocp('ts-sbd-custom-dns', "Adding or replacing a worker node to the cluster fails and `ibmcloud ks workers` shows a worker status similar to the following … Infrastructure instance status is 'failed': Can't start instance because provisioning failed.")
    ],
    'cos-instance-missing': [
        ocp('ts_cos_bucket_cluster_create', 'Could not find the specified cloud object storage instance.')
    ],
    'classic-key-invalid': [
        ocp('ts-perms-creds', 'Error: SoftLayer_Exception_User_Customer_Unauthorized: Invalid API key … The classic infrastructure API key you specified does not exist. It might have been deleted, or the API key owner might have left the organization.')
    ],
    'vpn-config-failed': [
        ocp('rhoks_ts_openvpn_login', 'VPN server configuration update failed. IBM Cloud support has been notified and is working to resolve this issue. … The infrastructure credentials that are associated with the resource group that the cluster is created in are missing (such as the API key owner is no longer part of the account) or missing required permissions.')
    ],
    'subnet-no-ips': [
        ocp('vpc_no_lb', "The subnet with ID(s) '<subnet_id>' has insufficient available ipv4 addresses. … In VPC clusters, both worker nodes and services are assigned IP addresses from the same subnets.")
    ],
    'nlb-ingress-ip': [
        ocp('rhoks_ts_openvpn_subnet', 'CAE003: Unable to determine the ingress IP address for the network load balancer. … your cluster does not have a subnet with available portable IP addresses, or the load balancer setup did not complete.')
    ],
    'portieris-conflict': [
        ocp('portieris_enable', "Image security enforcement update canceled. CAE008: can't enable Portieris image security enforcement because the cluster already has a conflicting image admission controller installed.")
    ],
    'master-resource-limit': [
        ocp('master_resource_limit', 'The master is approaching its allotted memory resource limit (93%). … At this point, this message is a warning. Your master control plane is still healthy and functioning as normal.')
    ],
    'tf-worker-replace': [
        {
            kind: 'sdk',
            repo: 'IBM-Cloud/terraform-provider-ibm',
            path: 'ibm/service/kubernetes/resource_ibm_container_vpc_worker.go',
            quote: 'return fmt.Errorf("[ERROR] Failed to spawn new worker node") … return fmt.Errorf("[ERROR] Unable to find the new worker node info") … return fmt.Errorf("[ERROR] Worker node - %s is failed to replace", worker.ID)'
        },
        {
            kind: 'sdk',
            repo: 'IBM-Cloud/terraform-provider-ibm',
            path: 'website/docs/r/container_vpc_worker.html.markdown',
            quote: 'If `terraform apply` fails during worker replace or while checking the portworx status, perform any one of the following actions before retrying. Resolve the issue manually and perform `terraform untaint` to proceed with the subsequent workers in the list. If worker replace is still needed, update the input list by replacing the existing worker id with the new worker id.'
        }
    ],
    'network-health': [
        ocp('ts-error-glossary', "NHC001 | Warning | Tigera operator has been reporting that Calico is in 'progressing' state for over an hour."),
        iks('ts-error-glossary', 'The following error codes appear in the output of the `ibmcloud ks cluster health issues` command.', 'ibm-cloud-docs/containers@2760437')
    ],
    'linked-normal': [
        ocp('ts-perms-creds', 'No credentials set for resource group <resource_group_name>.: The user credentials could not be found. (E0051)')
    ],
    transient: [
        err('G0002', 'An internal error occurred while processing your request.', `${TF}3213`),
        sch('server-errors', '"code":"A0002","description":"Could not connect to a backend service. Try again later." … 5xx HTTP errors indicate an issue with the IBM Cloud service that you try to create, update, or delete, and usually cannot be resolved by the user.')
    ]
};
const has = (n, ...phrases) => phrases.some(p => findPhrase(n, p).length > 0);
const hasRe = (n, re) => re.test(n.text);
/** A delete ran in the same log (Terraform destroy, `ks cluster rm`, the CLI's progress line). */
const DELETE_BEFORE = /Destroying\.\.\.|Still destroying|\bks cluster (?:rm|delete)\b|Deleting cluster|\bterraform destroy\b|Destruction complete/;
const CREATE_BEFORE = /Creating\.\.\.|Still creating|\bks cluster create\b|Creating cluster/;
/** P0005 "Try again later" with no IAM key error in it is IKS failing to reach IAM: a transient fault, not a dead key. */
const STORED_KEY_DEAD = /could not be found|is disabled|not found or active|locked|BXNIM0(?:415|416|410|436)E/i;
/**
 * This log deleted the same resource successfully before `at`: Terraform's "<address>: Destruction complete"
 * for the address the error names (`with <address>,` after it), or for any cluster when the error names none.
 */
function deletedBefore(n, at) {
    return tfDeletedBefore(n, at) || cliDeletedBefore(n, at);
}
/**
 * The CLI deleted the same cluster successfully before: "Removing cluster <name>..." then "OK", for the name
 * the failing `Removing cluster <name>...` (the last one before `at`) names. Another cluster's delete does not count.
 */
function cliDeletedBefore(n, at) {
    const head = n.text.slice(0, at);
    const removing = [...head.matchAll(/\bRemoving cluster (\S+?)\.\.\./g)];
    const failing = removing.at(-1);
    if (failing === undefined)
        return false;
    return removing
        .slice(0, -1)
        .some(m => m[1] === failing[1] &&
        /^\.\.\.\s*OK\b/.test(head.slice(m.index + m[0].length - 3)));
}
function tfDeletedBefore(n, at) {
    const done = [
        ...n.text
            .slice(0, at)
            .matchAll(/((?:module\.[\w-]+(?:\[[^\]]*\])?\.)*ibm_container_(?:vpc_)?cluster\.[\w-]+(?:\[[^\]]*\])?): Destruction complete/g)
    ].map(m => m[1]);
    if (done.length === 0)
        return false;
    const named = /\bwith ((?:module\.[\w-]+(?:\[[^\]]*\])?\.)*[a-z0-9_]+\.[\w-]+(?:\[[^\]]*\])?),/.exec(n.text.slice(at, at + 3000))?.[1];
    return named === undefined || done.includes(named);
}
const transientP0005 = (n) => has(n, 'Try again later') && !hasRe(n, STORED_KEY_DEAD);
/** The address IAM names in a BXNIM0430E ("The given IP address '203.0.113.7' is not contained…"). */
const ipOf = (n) => /given IP address '([0-9a-fA-F.:]{2,45})'/.exec(n.text)?.[1];
/** A code or wording no check covers: IBM's meaning (quoted) and the next step. */
function codeOnly(summary, message, fixText, commands) {
    return {
        status: 'fail',
        summary: { id: summary, params: { message } },
        fix: [
            {
                text: { id: fixText },
                ...(commands.length > 0 ? { commands } : {})
            }
        ]
    };
}
const workersOr = (workers) => workers.length > 0 ? workers.join(', ') : '<worker-id>';
const clusterOf = (x) => x.cluster ?? x.newClusterName ?? '<cluster>';
const RULES = [
    {
        key: 'paid-account',
        sources: RULE_SOURCES['paid-account'] ?? [],
        check: 'paid-account',
        scope: 'account',
        codes: ['E0057'],
        // IBM's Japanese page quotes the error in English; no Japanese rendering of it is published.
        phrases: [
            'Ensure that you have a paid account',
            'Unable to connect to the IBM Cloud account'
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
        sources: RULE_SOURCES['totp'] ?? [],
        check: 'totp-mfa',
        scope: 'account',
        phrases: [
            'Time-based One Time Password authentication is required',
            'Time-based One-Time Password authentication is required'
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
        sources: RULE_SOURCES['orphaned'] ?? [],
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
                params: { workers: workersOr(workers) }
            },
            why: { id: 'explain.orphaned-workers.why' },
            fix: orphanedFix(x, workers),
            details: workers
        })
    },
    {
        key: 'vpe-pending',
        sources: RULE_SOURCES['vpe-pending'] ?? [],
        check: 'vpe-gateway',
        scope: 'cluster',
        phrases: ['Pending endpoint gateway creation'],
        workers: true,
        build: ({ x, workers }) => ({
            status: 'fail',
            summary: { id: 'explain.vpe-gateway', params: { cluster: clusterOf(x) } },
            why: { id: 'explain.vpe-gateway.why' },
            fix: [refreshFix(x)],
            details: workers
        })
    },
    {
        key: 'worker-network',
        sources: RULE_SOURCES['worker-network'] ?? [],
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
                params: { workers: workersOr(workers), cluster: clusterOf(x) }
            },
            why: { id: 'explain.worker-endpoints.why' },
            fix: [refreshFix(x), replaceFix(x, workers)],
            details: workers
        })
    },
    {
        // Gone already only when this log deleted the same resource before (a retried destroy, a second pipeline).
        key: 'already-gone',
        sources: RULE_SOURCES['already-gone'] ?? [],
        check: 'cluster-access',
        scope: 'cluster',
        codes: ['A0006', 'G0004'],
        phrases: ['The specified cluster could not be found'],
        when: (n, at) => deletedBefore(n, at),
        build: ({ x, code }) => ({
            status: 'warn',
            summary: {
                id: 'explain.cluster-access.already-gone',
                params: { cluster: clusterOf(x), code: code ?? 'G0004' }
            },
            why: { id: 'explain.cluster-access.already-gone.why' },
            fix: alreadyGoneFix(x)
        })
    },
    {
        // A delete answered "not found" with no earlier delete of it: IBM's own hint is the targeting (group, region,
        // account). The cluster may well exist: dropping it from the state would orphan a live cluster.
        key: 'delete-not-found',
        sources: RULE_SOURCES['delete-not-found'] ?? [],
        check: 'cluster-access',
        scope: 'cluster',
        codes: ['A0006', 'G0004'],
        phrases: ['The specified cluster could not be found'],
        unless: ['already-gone'],
        when: n => DELETE_BEFORE.test(n.text),
        build: ({ x, code }) => ({
            status: 'fail',
            summary: {
                id: 'explain.cluster-access.delete-not-found',
                params: { cluster: clusterOf(x), code: code ?? 'A0006/G0004' }
            },
            why: { id: 'explain.cluster-access.delete-not-found.why' },
            fix: clusterAccessFix(x)
        })
    },
    {
        key: 'cluster-not-found',
        sources: RULE_SOURCES['cluster-not-found'] ?? [],
        check: 'cluster-access',
        scope: 'cluster',
        codes: ['A0006', 'G0004'],
        phrases: ['The specified cluster could not be found'],
        unless: ['already-gone', 'delete-not-found'],
        build: ({ x, code, n, at }) => {
            // IKS has answered 404 for a cluster it was still creating (terraform-provider-ibm #3449, #4163).
            const afterCreate = CREATE_BEFORE.test(n.text.slice(0, at));
            return {
                status: 'fail',
                summary: {
                    id: afterCreate
                        ? 'explain.cluster-access.after-create'
                        : 'explain.cluster-access',
                    params: { cluster: clusterOf(x), code: code ?? 'A0006/G0004' }
                },
                why: {
                    id: afterCreate
                        ? 'explain.cluster-access.after-create.why'
                        : 'explain.cluster-access.why'
                },
                fix: clusterAccessFix(x)
            };
        }
    },
    {
        key: 'apikey-not-authorized',
        sources: RULE_SOURCES['apikey-not-authorized'] ?? [],
        check: 'cluster-api-key',
        scope: 'account',
        codes: ['A0656'],
        phrases: ['not authorized to create an API key'],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.cluster-api-key.not-authorized' },
            why: { id: 'explain.cluster-api-key.not-authorized.why' },
            fix: [
                apiKeyResetFix(x),
                identityOperatorFix(),
                restrictedKeysFix()
            ]
        })
    },
    {
        key: 'apikey-iam-failed',
        sources: RULE_SOURCES['apikey-iam-failed'] ?? [],
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
        sources: RULE_SOURCES['stored-key'] ?? [],
        check: 'cluster-api-key',
        scope: 'account',
        codes: ['P0005', 'NHC009'],
        phrases: ['IAM token exchange request failed'],
        when: n => !transientP0005(n),
        build: ({ x, quote }) => ({
            status: 'fail',
            summary: {
                id: 'explain.cluster-api-key.stored-key',
                params: { message: quote }
            },
            why: { id: 'explain.cluster-api-key.stored-key.why' },
            fix: [apiKeyInfoFix(x), apiKeyResetFix(x)]
        })
    },
    {
        // The owner of the key IKS stores left the account or lost its infrastructure link (IBM's permission page).
        key: 'key-owner-gone',
        sources: RULE_SOURCES['key-owner-gone'] ?? [],
        check: 'cluster-api-key',
        scope: 'account',
        codes: ['BXNIM0410E'],
        phrases: [
            'no IMS account is linked to the selected BSS account',
            'Provided user not found or active',
            'User account is currently cancel_pending'
        ],
        unless: ['stored-key'],
        // In `ibmcloud login` output BXNIM0410E is about the caller's own key (iam-other says so).
        when: n => !/Unable to authenticate|ibmcloud login\b/.test(n.text),
        build: ({ x, quote }) => ({
            status: 'fail',
            summary: {
                id: 'explain.cluster-api-key.owner-gone',
                params: { message: quote }
            },
            why: { id: 'explain.cluster-api-key.owner-gone.why' },
            fix: [apiKeyInfoFix(x), apiKeyResetFix(x)]
        })
    },
    {
        key: 'classic-region',
        sources: RULE_SOURCES['classic-region'] ?? [],
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
                params: { region: x.region ?? '<region>' }
            },
            why: { id: 'explain.classic-region.why' },
            fix: classicRegionFix()
        })
    },
    {
        key: 'name-taken',
        sources: RULE_SOURCES['name-taken'] ?? [],
        check: 'cluster-name',
        scope: 'cluster',
        codes: ['E0007'],
        phrases: ['A cluster with the same name already exists'],
        build: ({ x, troubleBefore }) => {
            const name = x.newClusterName ?? x.cluster ?? '<cluster-name>';
            // A create that answered 5xx, timed out or was retried may have been accepted: the "other" cluster may be ours.
            return troubleBefore
                ? {
                    status: 'fail',
                    summary: { id: 'explain.cluster-name.maybe-ours', params: { name } },
                    why: { id: 'explain.cluster-name.maybe-ours.why' },
                    fix: maybeOursFix(x, name)
                }
                : {
                    status: 'fail',
                    summary: { id: 'explain.cluster-name', params: { name } },
                    why: { id: 'explain.cluster-name.why' },
                    fix: clusterNameFix(x, name)
                };
        }
    },
    {
        key: 'key-unknown',
        sources: RULE_SOURCES['key-unknown'] ?? [],
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
        sources: RULE_SOURCES['key-disabled'] ?? [],
        check: 'api-key',
        scope: 'account',
        // IAM's code for a disabled key is not in any public source; the wording is matched instead.
        phrases: ['Provided API key is disabled'],
        unless: ['stored-key'],
        build: ({ code }) => ({
            status: 'fail',
            summary: {
                id: 'explain.api-key.disabled',
                params: { code: code ?? 'IAM' }
            },
            why: { id: 'api-key.disabled.why' },
            fix: enableKeyFix()
        })
    },
    {
        key: 'iam-other',
        sources: RULE_SOURCES['iam-other'] ?? [],
        check: 'api-key',
        scope: 'account',
        codes: ['BXNIM\\d{4}E'],
        phrases: [],
        unless: [
            'key-unknown',
            'key-disabled',
            'stored-key',
            'apikey-iam-failed',
            'key-owner-gone',
            'ip-allowlist'
        ],
        build: ({ code }) => ({
            status: 'fail',
            summary: { id: 'explain.api-key.other', params: { code: code ?? 'BXNIM' } },
            why: { id: 'api-key.rejected.why' },
            fix: createKeyFix('rejected')
        })
    },
    {
        key: 'infra-permissions',
        sources: RULE_SOURCES['infra-permissions'] ?? [],
        check: 'infra-permissions',
        scope: 'account',
        phrases: [
            'The infrastructure authentication credentials are not authorized for the request',
            'must be ordered with permission',
            'We were unable to connect to your Softlayer account',
            // The wording since IBM dropped "SoftLayer" (and the 2018–2019 one with "(SoftLayer)" in it).
            'We were unable to connect to your IBM Cloud infrastructure',
            'Infrastructure permissions to add servers',
            "The worker node instance can't be identified",
            'The worker node instance cannot be identified',
            'The user does not have the necessary classic infrastructure permissions to add servers',
            'infrastructure credentials could not be validated'
        ],
        contextPhrases: [
            'The credentials could not be validated',
            "' infrastructure request not authorized",
            'infrastructure user permissions'
        ],
        build: ({ x, quote }) => ({
            status: 'fail',
            summary: { id: 'explain.infra-permissions', params: { message: quote } },
            why: { id: 'explain.infra-permissions.why' },
            fix: infraPermissionsFix(x)
        })
    },
    {
        key: 'rg-not-found',
        sources: RULE_SOURCES['rg-not-found'] ?? [],
        check: 'cluster-access',
        scope: 'account',
        phrases: [
            'The targeted resource group could not be found',
            // IBM Schematics' page: the key lacks Viewer on the group that the ibm_resource_group data source reads.
            'ResourceGroupDoesnotExist'
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: {
                id: 'explain.resource-group',
                params: { group: x.resourceGroup ?? '<resource-group>' }
            },
            why: { id: 'explain.resource-group.why' },
            fix: resourceGroupFix(x)
        })
    },
    {
        key: 'flavor',
        sources: RULE_SOURCES['flavor'] ?? [],
        check: 'flavor',
        scope: 'cluster',
        codes: ['E4e5b', 'E0146'],
        phrases: [
            'Could not find flavor in the requested zone',
            'The specified flavor is deprecated'
        ],
        build: ({ x, codes }) => ({
            status: 'fail',
            summary: {
                id: codes.some(c => c.toUpperCase() === 'E0146')
                    ? 'explain.flavor.deprecated'
                    : 'explain.flavor.not-in-zone',
                params: { zone: x.zone ?? '<zone>' }
            },
            why: { id: 'explain.flavor.why' },
            fix: flavorFix(x)
        })
    },
    {
        key: 'worker-minimum',
        sources: RULE_SOURCES['worker-minimum'] ?? [],
        check: 'worker-minimum',
        scope: 'cluster',
        codes: ['E1437'],
        phrases: [
            "would reduce the worker pool's size below the cluster's minimum requirement"
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: {
                id: 'explain.worker-minimum',
                params: { cluster: clusterOf(x) }
            },
            why: { id: 'explain.worker-minimum.why' },
            fix: workerMinimumFix(x)
        })
    },
    {
        key: 'kms-authorization',
        sources: RULE_SOURCES['kms-authorization'] ?? [],
        check: 'kms-authorization',
        scope: 'cluster',
        codes: ['E09c0'],
        phrases: [],
        contextPhrases: ['Not authorized to access the Key Management Service'],
        build: () => ({
            status: 'fail',
            summary: { id: 'explain.kms-authorization' },
            why: { id: 'explain.kms-authorization.why' },
            fix: kmsFix()
        })
    },
    {
        key: 'kube-version',
        sources: RULE_SOURCES['kube-version'] ?? [],
        check: 'kube-version',
        scope: 'cluster',
        codes: ['E0156'],
        phrases: [
            'A previous patch was specified'
            // CB-Spider relays IKS's list of orderable versions this way (cb-tumblebug #2773).
        ],
        contextPhrases: ['version not found', 'not found version'],
        build: ({ quote }) => ({
            status: 'fail',
            summary: { id: 'explain.kube-version', params: { message: quote } },
            why: { id: 'explain.kube-version.why' },
            fix: versionFix()
        })
    },
    {
        key: 'master-not-deployed',
        sources: RULE_SOURCES['master-not-deployed'] ?? [],
        check: 'cluster-state',
        scope: 'cluster',
        codes: ['Ef9cc'],
        phrases: ['The master must be in the deployed state'],
        build: ({ x }) => ({
            status: 'fail',
            summary: {
                id: 'explain.cluster-state.master-busy',
                params: { cluster: clusterOf(x) }
            },
            why: { id: 'explain.cluster-state.master-busy.why' },
            fix: clusterStatusFix(x)
        })
    },
    {
        key: 'classic-vlans',
        sources: RULE_SOURCES['classic-vlans'] ?? [],
        check: 'classic-vlans',
        scope: 'cluster',
        codes: ['E0020'],
        phrases: [
            'you must specify values for name, zone, machine type (flavor), public VLAN, and private VLAN'
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: {
                id: 'explain.classic-vlans',
                params: { zone: x.zone ?? '<zone>' }
            },
            why: { id: 'explain.classic-vlans.why' },
            fix: vlanFix(x)
        })
    },
    {
        key: 'vpc-security-groups',
        sources: RULE_SOURCES['vpc-security-groups'] ?? [],
        check: 'vpc-security-groups',
        scope: 'cluster',
        codes: ['NHC010', 'NHC011'],
        phrases: [
            'Exceeded security group related quota',
            'Exceeded security group rules related quota',
            'security_group_limit_exceeded',
            'security_group_rules_per_sg_exceeded',
            'Exceeded security group limit',
            'Exceeded limit of rules per security group'
        ],
        build: ({ codes }) => ({
            status: 'fail',
            summary: {
                id: 'explain.vpc-security-groups',
                params: { code: codes[0] ?? 'quota' }
            },
            why: { id: 'explain.vpc-security-groups.why' },
            fix: securityGroupFix()
        })
    },
    {
        key: 'broken-webhook',
        sources: RULE_SOURCES['broken-webhook'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            'the cluster has a broken webhook application',
            'ibm.biz/master_webhook'
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.webhook', params: { cluster: clusterOf(x) } },
            why: { id: 'explain.webhook.why' },
            fix: webhookFix()
        })
    },
    {
        // IAM refused the token for the caller's address: the account's (or user's) IP allowlist, not the key.
        key: 'ip-allowlist',
        sources: RULE_SOURCES['ip-allowlist'] ?? [],
        check: 'api-key',
        scope: 'account',
        codes: ['BXNIM0430E'],
        phrases: [
            'User login from given IP address is not permitted',
            'is not contained in the list of allowed IP addresses'
        ],
        build: ({ n }) => {
            // The cluster's own controllers (a load balancer's sync) exchange the key from IBM's control plane.
            const controlPlane = hasRe(n, /ibm-cloud-provider|SyncLoadBalancerFailed|CreatingCloudLoadBalancerFailed|FindLoadBalancer/);
            const address = ipOf(n);
            const id = controlPlane
                ? 'explain.api-key.ip-allowlist.control-plane'
                : 'explain.api-key.ip-allowlist';
            return {
                status: 'fail',
                // IAM's bare message names no address: the sentence says so instead of printing a stand-in.
                summary: address === undefined
                    ? { id: `${id}.no-address` }
                    : { id, params: { address } },
                why: { id: 'api-key.ip-allowlist.why' },
                fix: ipAllowlistFix(controlPlane)
            };
        }
    },
    {
        key: 'subnet-view',
        sources: RULE_SOURCES['subnet-view'] ?? [],
        check: 'vpc-subnets',
        scope: 'cluster',
        phrases: [],
        contextPhrases: ['not authorized to view the specified subnet'],
        build: ({ x }) => ({
            status: 'fail',
            summary: {
                id: 'explain.vpc-subnets.view',
                params: { subnet: x.subnetId ?? '<subnet-id>' }
            },
            why: { id: 'explain.vpc-subnets.view.why' },
            fix: subnetViewFix(x)
        })
    },
    {
        key: 'pool-root-key',
        sources: RULE_SOURCES['pool-root-key'] ?? [],
        check: 'kms-authorization',
        scope: 'cluster',
        phrases: [
            'Encrypted storage cannot be configured',
            'Review the customer root key configuration for the worker pool'
        ],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.kms-authorization.pool-root-key' },
            why: { id: 'explain.kms-authorization.pool-root-key.why' },
            fix: poolRootKeyFix(x)
        })
    },
    {
        key: 'sg-pending',
        sources: RULE_SOURCES['sg-pending'] ?? [],
        check: 'vpc-security-groups',
        scope: 'cluster',
        phrases: ['Pending security group creation'],
        // IBM's cause sentence on the same page; "VPC" alone is not IBM's, so it needs IBM context.
        contextPhrases: [
            'reached the limit of clusters or security groups allowed per VPC'
        ],
        workers: true,
        build: ({ x, workers, n }) => ({
            status: 'fail',
            summary: {
                id: has(n, 'Pending security group creation')
                    ? 'explain.vpc-security-groups.pending'
                    : 'explain.vpc-security-groups.vpc-limit'
            },
            why: { id: 'explain.vpc-security-groups.pending.why' },
            fix: [...securityGroupFix(), refreshOnlyFix(x)],
            details: workers
        })
    },
    {
        key: 'vlan-not-found',
        sources: RULE_SOURCES['vlan-not-found'] ?? [],
        check: 'classic-vlans',
        scope: 'cluster',
        phrases: ['Could not obtain network VLAN with'],
        build: ({ x, n }) => ({
            status: 'fail',
            summary: {
                id: 'explain.classic-vlans.not-found',
                params: {
                    vlan: /Could not obtain network VLAN with (?:id|ID):?\s*#?(\d+)/.exec(n.text)?.[1] ?? '<vlan-id>'
                }
            },
            why: { id: 'explain.classic-vlans.not-found.why' },
            fix: vlanFix(x)
        })
    },
    {
        key: 'worker-firewall',
        sources: RULE_SOURCES['worker-firewall'] ?? [],
        check: 'worker-endpoints',
        scope: 'cluster',
        phrases: ['Worker unable to talk to IBM Cloud Kubernetes Service servers'],
        workers: true,
        build: ({ x, workers }) => ({
            status: 'fail',
            summary: {
                id: 'explain.worker-endpoints.firewall',
                params: { workers: workersOr(workers), cluster: clusterOf(x) }
            },
            why: { id: 'explain.worker-endpoints.firewall.why' },
            fix: [replaceFix(x, workers)],
            details: workers
        })
    },
    // Codes no check covers: what IBM means, and the next command.
    {
        key: 'free-limit',
        sources: RULE_SOURCES['free-limit'] ?? [],
        check: 'explain',
        scope: 'account',
        codes: ['E0013'],
        phrases: ['The free cluster limit is reached'],
        build: () => ({
            status: 'fail',
            summary: { id: 'explain.code.free-limit' },
            fix: [
                {
                    text: { id: 'explain.code.free-limit.fix' },
                    commands: [ibmcloud/* cmd */.HW.clusterLs()]
                }
            ]
        })
    },
    {
        key: 'provider-not-permitted',
        sources: RULE_SOURCES['provider-not-permitted'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['G3917'],
        phrases: ['Cluster provider not permitted for given operation'],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.code.provider' },
            fix: [
                {
                    text: { id: 'explain.code.provider.fix' },
                    commands: [ibmcloud/* cmd */.HW.clusterGet(clusterOf(x))]
                }
            ]
        })
    },
    {
        key: 'already-up-to-date',
        sources: RULE_SOURCES['already-up-to-date'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['E0120'],
        phrases: ['The master is already up to date for the specified version'],
        build: ({ x }) => ({
            status: 'warn',
            summary: { id: 'explain.code.up-to-date' },
            fix: [
                {
                    text: { id: 'explain.code.up-to-date.fix' },
                    commands: [ibmcloud/* cmd */.HW.clusterGet(clusterOf(x)), ibmcloud/* cmd */.HW.versions()]
                }
            ]
        })
    },
    {
        key: 'pool-name-taken',
        sources: RULE_SOURCES['pool-name-taken'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['E0d39'],
        phrases: ['A worker pool with the same name already exists'],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.code.pool-name' },
            fix: [
                {
                    text: { id: 'explain.code.pool-name.fix' },
                    commands: [ibmcloud/* cmd */.HW.workerPoolLs(clusterOf(x))]
                }
            ]
        })
    },
    {
        key: 'worker-not-found',
        sources: RULE_SOURCES['worker-not-found'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['E0011'],
        phrases: ['The specified worker node could not be found'],
        build: ({ x }) => ({
            status: 'fail',
            summary: { id: 'explain.code.worker-not-found' },
            fix: [
                {
                    text: { id: 'explain.code.worker-not-found.fix' },
                    commands: [ibmcloud/* cmd */.HW.workerLs(clusterOf(x))]
                }
            ]
        })
    },
    {
        key: 'vsi-quota',
        sources: RULE_SOURCES['vsi-quota'] ?? [],
        check: 'explain',
        scope: 'account',
        phrases: [
            'insufficient infrastructure quota to provision the worker',
            'will put user over quota'
        ],
        build: ({ x, quote }) => codeOnly('explain.code.vsi-quota', quote, 'explain.code.vsi-quota.fix', [
            ibmcloud/* cmd */.HW.workerLs(clusterOf(x))
        ])
    },
    {
        key: 'plan-not-available',
        sources: RULE_SOURCES['plan-not-available'] ?? [],
        check: 'explain',
        scope: 'account',
        phrases: [
            'review the private catalog management configuration for the account'
        ],
        build: ({ quote }) => codeOnly('explain.code.plan', quote, 'explain.code.plan.fix', [])
    },
    {
        key: 'ocp-entitlement',
        sources: RULE_SOURCES['ocp-entitlement'] ?? [],
        check: 'explain',
        scope: 'account',
        phrases: [
            'The entitlement `ocp_entitled` was not found',
            "The entitlement 'ocp_entitled' was not found",
            'The entitlement "ocp_entitled" was not found'
        ],
        build: ({ quote }) => codeOnly('explain.code.entitlement', quote, 'explain.code.entitlement.fix', [])
    },
    {
        key: 'dedicated-host',
        sources: RULE_SOURCES['dedicated-host'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            'The dedicated hosts for the zone',
            'Insufficient dedicated hosts available in zone'
        ],
        contextPhrases: ['Dedicated host has insufficient capacity'],
        build: ({ quote }) => codeOnly('explain.code.dedicated', quote, 'explain.code.dedicated.fix', [
            ibmcloud/* cmd */.HW.dedicatedPoolLs()
        ])
    },
    {
        key: 'place-order',
        sources: RULE_SOURCES['place-order'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: ['There are insufficient resources behind router'],
        build: ({ x, quote }) => codeOnly('explain.code.place-order', quote, 'explain.code.place-order.fix', [ibmcloud/* cmd */.HW.vlanLs(x.zone ?? '<zone>')])
    },
    {
        key: 'location-invalid',
        sources: RULE_SOURCES['location-invalid'] ?? [],
        check: 'explain',
        scope: 'account',
        phrases: ['The location provided for this order is invalid'],
        build: ({ quote }) => codeOnly('explain.code.location', quote, 'explain.code.location.fix', [])
    },
    {
        key: 'hard-reboot',
        sources: RULE_SOURCES['hard-reboot'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: ['The worker did not respond to the soft reboot request'],
        workers: true,
        build: ({ x, quote, workers }) => codeOnly('explain.code.hard-reboot', quote, 'explain.code.hard-reboot.fix', [ibmcloud/* cmd */.HW.workerRebootHard(clusterOf(x), workersOr(workers.slice(0, 1)))])
    },
    {
        key: 'master-upgradeable',
        sources: RULE_SOURCES['master-upgradeable'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            'Cannot complete cluster master upgrade because the Upgradeable status condition is set to False'
        ],
        build: ({ quote }) => codeOnly('explain.code.upgradeable', quote, 'explain.code.upgradeable.fix', [ibmcloud/* cmd */.HW.ocClusterVersion()])
    },
    {
        key: 'cos-bucket',
        sources: RULE_SOURCES['cos-bucket'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            'Could not store the cloud object storage bucket and IAM service key',
            'Could not create an IAM service key to access the cloud object storage bucket',
            'Could not create a bucket in your cloud object storage instance'
        ],
        build: ({ quote }) => codeOnly('explain.code.cos', quote, 'explain.code.cos.fix', [
            ibmcloud/* cmd */.HW.serviceInstances('cloud-object-storage')
        ])
    },
    {
        key: 'image-pull-policy',
        sources: RULE_SOURCES['image-pull-policy'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            "can't pull images from the 'icr.io' domains because an IAM access policy could not be created"
        ],
        build: ({ quote }) => codeOnly('explain.code.image-pull', quote, 'explain.code.image-pull.fix', [])
    },
    {
        key: 'registry-admin',
        sources: RULE_SOURCES['registry-admin'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            'The cluster could not be configured with the registry. Make sure that you have the Administrator role for Container Registry'
        ],
        build: ({ quote }) => codeOnly('explain.code.registry-admin', quote, 'explain.code.registry-admin.fix', [
            (0,ibmcloud/* iamPolicyCreate */.wf)('user', '<user-email>', 'Administrator', [
                ['--service-name', 'container-registry']
            ])
        ])
    },
    {
        key: 'ca-rotation',
        sources: RULE_SOURCES['ca-rotation'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['E1955'],
        phrases: [
            'download new certificates locally in order to revoke old CA Cert'
        ],
        build: ({ x, quote }) => codeOnly('explain.code.ca-rotation', quote, 'explain.code.ca-rotation.fix', [ibmcloud/* cmd */.HW.workerLs(clusterOf(x)), ibmcloud/* cmd */.HW.caRotate(clusterOf(x))])
    },
    {
        key: 'clusterversion-rollout',
        sources: RULE_SOURCES['clusterversion-rollout'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['CAE012'],
        phrases: ['the current OpenShift clusterversion rollout is not complete'],
        build: ({ quote }) => codeOnly('explain.code.clusterversion', quote, 'explain.code.clusterversion.fix', [ibmcloud/* cmd */.HW.ocClusterVersion()])
    },
    {
        key: 'pod-security-prereq',
        sources: RULE_SOURCES['pod-security-prereq'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['CAE009'],
        phrases: ['does not pass Pod Security upgrade prerequisites'],
        build: ({ x, quote }) => codeOnly('explain.code.pod-security-prereq', quote, 'explain.code.pod-security-prereq.fix', [ibmcloud/* cmd */.HW.masterRefresh(clusterOf(x))])
    },
    {
        key: 'migration-in-progress',
        sources: RULE_SOURCES['migration-in-progress'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            'Cannot complete cluster master upgrade because there is a migration in progress',
            'Cannot complete cluster master operations because there is a migration in progress'
        ],
        build: ({ x, quote }) => codeOnly('explain.code.migration', quote, 'explain.code.migration.fix', [
            ibmcloud/* cmd */.HW.workerLs(clusterOf(x))
        ])
    },
    {
        key: 'pod-security-config',
        sources: RULE_SOURCES['pod-security-config'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [
            "The 'configuration' field is not a valid Kubernetes PodSecurityConfiguration setting"
        ],
        build: ({ quote }) => codeOnly('explain.code.pod-security-config', quote, 'explain.code.pod-security-config.fix', [])
    },
    {
        key: 'bm-instance-id',
        sources: RULE_SOURCES['bm-instance-id'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: ['The worker node instance ID changed'],
        workers: true,
        build: ({ x, quote, workers }) => codeOnly('explain.code.bm-instance-id', quote, 'explain.code.bm-instance-id.fix', [ibmcloud/* cmd */.HW.workerReload(clusterOf(x), workersOr(workers.slice(0, 1)))])
    },
    {
        key: 'provisioning-failed',
        sources: RULE_SOURCES['provisioning-failed'] ?? [],
        check: 'explain',
        scope: 'cluster',
        // IKS's worker status around the VPC's words: a bare VSI's failure is not a cluster's.
        phrases: [
            "Infrastructure instance status is 'failed': Can't start instance because provisioning failed"
        ],
        workers: true,
        build: ({ x, quote, workers }) => codeOnly('explain.code.provisioning-failed', quote, 'explain.code.provisioning-failed.fix', [
            ibmcloud/* cmd */.HW.securityGroupSync(clusterOf(x)),
            ibmcloud/* cmd */.HW.workerReplace(clusterOf(x), workersOr(workers.slice(0, 1)))
        ])
    },
    {
        key: 'cos-instance-missing',
        sources: RULE_SOURCES['cos-instance-missing'] ?? [],
        check: 'cos-instance',
        scope: 'cluster',
        phrases: ['Could not find the specified cloud object storage instance'],
        build: ({ quote }) => codeOnly('explain.cos-instance', quote, 'explain.cos-instance.fix', [
            ibmcloud/* cmd */.HW.serviceInstances('cloud-object-storage')
        ])
    },
    {
        key: 'classic-key-invalid',
        sources: RULE_SOURCES['classic-key-invalid'] ?? [],
        check: 'infra-credentials',
        scope: 'account',
        phrases: [
            'SoftLayer_Exception_User_Customer_Unauthorized: Invalid API key'
        ],
        build: ({ x, quote }) => ({
            status: 'fail',
            summary: { id: 'explain.classic-key-invalid', params: { message: quote } },
            why: { id: 'explain.classic-key-invalid.why' },
            fix: [
                {
                    text: { id: 'explain.classic-key-invalid.fix' },
                    commands: [
                        ...credentialSetCommands(x),
                        ibmcloud/* cmd */.HW.apiKeyReset(region(x))
                    ]
                }
            ]
        })
    },
    {
        key: 'vpn-config-failed',
        sources: RULE_SOURCES['vpn-config-failed'] ?? [],
        check: 'infra-permissions',
        scope: 'cluster',
        // Words a VPN product could print too: IBM's line carries "IBM Cloud support has been notified".
        phrases: [],
        contextPhrases: ['VPN server configuration update failed'],
        confirm: ['infra-credentials', 'infra-permissions'],
        build: ({ x, quote }) => ({
            status: 'fail',
            summary: { id: 'explain.vpn-config', params: { message: quote } },
            why: { id: 'explain.vpn-config.why' },
            fix: [
                {
                    text: { id: 'explain.vpn-config.fix' },
                    commands: [
                        ibmcloud/* cmd */.HW.credentialGet(region(x)),
                        ibmcloud/* cmd */.HW.infraPermissionsGet(region(x))
                    ]
                }
            ]
        })
    },
    {
        key: 'subnet-no-ips',
        sources: RULE_SOURCES['subnet-no-ips'] ?? [],
        check: 'vpc-subnets',
        scope: 'cluster',
        phrases: ['has insufficient available ipv4 addresses'],
        build: ({ x, n }) => {
            const subnet = /The subnet with ID\(s\) '([^']{1,200})'/.exec(n.text)?.[1] ??
                '<subnet-id>';
            return {
                status: 'fail',
                summary: { id: 'explain.subnet-no-ips', params: { subnet } },
                why: { id: 'explain.subnet-no-ips.why' },
                fix: [
                    {
                        text: { id: 'explain.subnet-no-ips.fix' },
                        commands: [
                            ibmcloud/* cmd */.HW.isSubnet(subnet),
                            ibmcloud/* cmd */.HW.zoneAdd('vpc-gen2', clusterOf(x))
                        ]
                    }
                ]
            };
        }
    },
    {
        key: 'nlb-ingress-ip',
        sources: RULE_SOURCES['nlb-ingress-ip'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['CAE003'],
        phrases: [
            'Unable to determine the ingress IP address for the network load balancer'
        ],
        build: ({ x, quote }) => codeOnly('explain.code.nlb-ip', quote, 'explain.code.nlb-ip.fix', [
            ibmcloud/* cmd */.HW.clusterGetResources(clusterOf(x))
        ])
    },
    {
        key: 'order-prohibited',
        sources: RULE_SOURCES['order-prohibited'] ?? [],
        check: 'explain',
        scope: 'account',
        phrases: ['Your account is currently prohibited from ordering'],
        build: ({ quote }) => codeOnly('explain.code.order-prohibited', quote, 'explain.code.order-prohibited.fix', [])
    },
    {
        key: 'portieris-conflict',
        sources: RULE_SOURCES['portieris-conflict'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['CAE008'],
        phrases: ['conflicting image admission controller installed'],
        build: ({ quote }) => codeOnly('explain.code.portieris', quote, 'explain.code.portieris.fix', [])
    },
    {
        key: 'master-resource-limit',
        sources: RULE_SOURCES['master-resource-limit'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: ['The master is approaching its allotted memory resource limit'],
        build: ({ quote }) => ({
            status: 'warn',
            summary: { id: 'explain.code.master-limit', params: { message: quote } },
            fix: [{ text: { id: 'explain.code.master-limit.fix' } }]
        })
    },
    {
        // The provider's own replace of ibm_container_vpc_worker (delete, then wait for the new worker): its error
        // drops IKS's reason, so the workers' status says what happened.
        key: 'tf-worker-replace',
        sources: RULE_SOURCES['tf-worker-replace'] ?? [],
        check: 'cluster-state',
        scope: 'cluster',
        phrases: [],
        contextPhrases: [
            'Failed to spawn new worker node',
            'Unable to find the new worker node info',
            'is failed to replace'
        ],
        confirm: ['cluster-state', 'worker-endpoints', 'vpe-gateway'],
        build: ({ x, quote }) => ({
            status: 'warn',
            summary: { id: 'explain.tf-worker-replace', params: { message: quote } },
            why: { id: 'explain.tf-worker-replace.why' },
            fix: [
                {
                    text: { id: 'explain.tf-worker-replace.fix.status' },
                    commands: [ibmcloud/* cmd */.HW.workerLs(clusterOf(x))]
                },
                {
                    text: { id: 'explain.tf-worker-replace.fix.untaint' },
                    commands: [ibmcloud/* cmd */.HW.terraformUntaint(x.tfAddress)]
                }
            ]
        })
    },
    {
        // IKS's network health check (`cluster health issues`): warnings about the running cluster, not a refusal.
        key: 'network-health',
        sources: RULE_SOURCES['network-health'] ?? [],
        check: 'explain',
        scope: 'cluster',
        codes: ['NHC00[1-7]'],
        phrases: [],
        build: ({ x, code }) => ({
            status: 'warn',
            summary: {
                id: 'explain.code.network-health',
                params: { code: code ?? 'NHC' }
            },
            fix: [
                {
                    text: { id: 'explain.code.network-health.fix' },
                    commands: [ibmcloud/* cmd */.HW.healthIssues(clusterOf(x))]
                }
            ]
        })
    },
    {
        key: 'cluster-quota',
        sources: RULE_SOURCES['cluster-quota'] ?? [],
        check: 'explain',
        scope: 'account',
        codes: ['E60b6'],
        phrases: ["exceeds the 'Cluster' resource quota"],
        build: ({ quote }) => codeOnly('explain.code.cluster-quota', quote, 'explain.code.cluster-quota.fix', [ibmcloud/* cmd */.HW.clusterLs('all')])
    },
    {
        // Terraform's Kubernetes provider with no cluster to talk to dials localhost: every cloud's users see it,
        // so it counts only in IBM context (IBM Schematics' page names the ibm_container_cluster_config cause).
        key: 'kube-provider-localhost',
        sources: RULE_SOURCES['kube-provider-localhost'] ?? [],
        check: 'explain',
        scope: 'cluster',
        phrases: [],
        contextPhrases: [
            'dial tcp [::1]:80: connect: connection refused',
            'dial tcp 127.0.0.1:80: connect: connection refused'
        ],
        when: n => /https?:\/\/localhost\/apis?\//.test(n.text),
        build: ({ quote }) => codeOnly('explain.code.kube-provider', quote, 'explain.code.kube-provider.fix', [])
    },
    {
        // IBM Schematics' own job wrapper: it names no cause, the Terraform error before it does.
        key: 'schematics-job',
        sources: RULE_SOURCES['schematics-job'] ?? [],
        check: 'explain',
        scope: 'account',
        fallback: true,
        // "errorexit" is Schematics' own (sic); the other two are words any job runner could print.
        phrases: ['errorexit status'],
        contextPhrases: ['Could not execute job', 'Could not execute action'],
        build: ({ quote, n }) => ({
            status: 'warn',
            summary: {
                id: 'explain.schematics.job',
                // Schematics' own words, without the colour codes its log keeps as text ("1m 31m").
                params: {
                    message: /Terraform [A-Z]+ errorexit status \d+|Could not execute (?:job|action)/.exec(n.text)?.[0] ?? quote
                }
            },
            why: { id: 'explain.schematics.job.why' },
            fix: [
                {
                    text: { id: 'explain.schematics.job.fix' },
                    commands: [ibmcloud/* cmd */.HW.schematicsLogs()]
                }
            ]
        })
    },
    {
        key: 'wait-timeout',
        sources: RULE_SOURCES['wait-timeout'] ?? [],
        check: 'cluster-state',
        scope: 'cluster',
        // Terraform's StateChangeConf: a timeout, or a state outside the expected ones (wait_till, terraform-provider-ibm #4214).
        phrases: [],
        confirm: [...WAIT_CHECKS],
        contextPhrases: [
            'timeout while waiting for state to become',
            'wanted target'
        ],
        build: ({ x, quote, n }) => ({
            status: 'warn',
            summary: {
                id: 'explain.wait-timeout',
                params: { cluster: clusterOf(x), message: quote }
            },
            why: { id: 'explain.wait-timeout.why' },
            fix: waitTimeoutFix(x, n.schematics === true)
        })
    },
    {
        key: 'linked-normal',
        sources: RULE_SOURCES['linked-normal'] ?? [],
        check: 'explain',
        scope: 'account',
        codes: ['E0051'],
        phrases: ['The user credentials could not be found'],
        build: () => ({
            status: 'pass',
            summary: { id: 'explain.linked-account-normal' }
        })
    },
    {
        // 5xx, 429, "Try again later": IBM's side or a rate limit, nobody's setup. Only when nothing else explains the failure.
        key: 'transient',
        sources: RULE_SOURCES['transient'] ?? [],
        check: 'explain',
        scope: 'account',
        codes: ['G0002', 'A0002'],
        phrases: [],
        fallback: true,
        contextPhrases: [
            'Try again later',
            'An internal error occurred while processing your request',
            'Too Many Requests',
            'Internal Server Error',
            'Service Unavailable',
            'Bad Gateway',
            'Gateway Timeout',
            'status code: 500',
            'status code: 502',
            'status code: 503',
            'status code: 504',
            'status code: 429'
        ],
        build: ({ x, quote }) => ({
            status: 'warn',
            summary: { id: 'explain.transient', params: { message: quote } },
            why: { id: 'explain.transient.why' },
            fix: transientFix(x)
        })
    }
];

;// CONCATENATED MODULE: ./src/explain/explain.ts





/** Cap on the text explained (characters): every pattern scans it. Input is cut to its end before this (input.ts). */
const MAX_TEXT = 2 * 1024 * 1024;
/**
 * IBM context: a rule names a cause only when the text is IBM's (an IKS/IAM code, an IBM host, the
 * `ibmcloud` CLI, an IBM provider resource, an IKS/VPC/IAM error envelope). Another cloud's sentence that
 * reads the same (AWS's or Azure's "not authorized to access the Key Management Service") names nothing.
 */
const IBM_CONTEXT = new RegExp([
    '\\bBXNIM\\d{4}E\\b',
    '\\bNHC0\\d\\d\\b',
    // IKS's error envelope: {"incidentID": …, "code": "E0057", "description": …}
    'incident_?ID',
    '"code"\\s*:\\s*"[AEGP][0-9a-f]{4}"',
    '\\([AEGP][0-9a-f]{4}\\)',
    '\\bibmcloud\\b',
    '\\bibm_[a-z][a-z0-9_]+',
    'ibm-cloud/ibm\\b',
    'terraform-provider-ibm',
    '\\bcloud\\.ibm\\.com\\b',
    '\\bappdomain\\.cloud\\b',
    '\\bsoftlayer\\b',
    '\\bIBM[ _]Cloud\\b',
    '\\bIBM\\b',
    '\\bIKS\\b',
    '\\bcontainers-kubernetes\\b',
    "'(?:vpc-gen2|classic|<provider>)' infrastructure",
    '\\bErrors? message from IAM\\b',
    '\\bkube-[a-z0-9]{20}\\b',
    '\\biks-[a-z0-9]{20,32}\\b',
    '\\bkube-[a-z]{3}\\d{2}-cr[a-z0-9]{20,32}-w\\d+',
    '\\bSchematics\\b',
    // The IKS Go SDK's and the IBM Cloud CLI's error wrappers.
    '\\bServerErrorResponse\\b',
    'Error response from server\\. Status code',
    // The Japanese CLI's label for IBM's incident ID (the word alone is everyday Japanese).
    'インシデント\\s*ID'
].join('|'), 'i');
/** Whether the text carries IBM context (see IBM_CONTEXT); rules fire only then. */
const ibmContext = (n) => IBM_CONTEXT.test(n.text);
/** Bytes that no log has: NUL and other C0 controls beyond tab, newline, carriage return, form feed and escape. */
// eslint-disable-next-line no-control-regex -- control characters are the target
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;
/**
 * A file of bytes, not text: after NULs are dropped (a sparse or zero-padded log keeps its text), nothing is
 * left, or more than one character in a hundred is a control character or an undecodable byte (U+FFFD).
 */
function looksBinary(raw) {
    if (!raw.includes('\u0000') && !raw.includes('\ufffd')) {
        const controls = raw.slice(0, 65536).match(BINARY)?.length ?? 0;
        return controls * 100 > Math.min(raw.length, 65536);
    }
    const text = raw.split('\u0000').join('');
    if (text.trim() === '')
        return true;
    const sample = text.slice(0, 65536);
    const odd = (sample.match(BINARY)?.length ?? 0) + (sample.match(/\ufffd/g)?.length ?? 0);
    return odd * 100 > sample.length;
}
function match(n, rule, anchored) {
    // Codes first: IBM rewords descriptions across years, the codes stay.
    const codeHits = (rule.codes ?? []).flatMap(c => findCode(n, c));
    const positions = [
        ...codeHits.map(c => c.at),
        ...rule.phrases.flatMap(p => findPhrase(n, p)),
        // A wording another cloud could print names IBM's cause only in IBM's context.
        ...(anchored
            ? (rule.contextPhrases ?? []).flatMap(p => findPhrase(n, p))
            : [])
    ].sort((a, b) => a - b);
    if (positions.length === 0)
        return undefined;
    if (rule.when && !rule.when(n, positions[0]))
        return undefined;
    return {
        rule,
        positions,
        code: codeHits.sort((a, b) => a.at - b.at)[0]?.code,
        codes: [...new Set(codeHits.map(c => c.code))]
    };
}
/** The sentence around a match, for messages that quote IBM (cut to keep annotations short). */
function sentenceAt(n, p) {
    // Back to the start of the sentence, at most 60 characters ("'Item' must be…", "The IAM token exchange…").
    const from = Math.max(0, p - 60);
    const back = n.text.slice(from, p);
    const bounds = ['. ', ': ', '"', 'FAILED ', '失敗 ', '* ']
        .filter(b => back.includes(b))
        .map(b => from + back.lastIndexOf(b) + b.length);
    const start = bounds.length > 0 ? Math.max(...bounds) : p;
    const rest = n.text.slice(p);
    // Terraform's own lines after the message (its box, `on main.tf line 9`, `with <address>,`) are not IBM's words.
    const ends = [
        rest.search(/[."]\s|"|$/),
        rest.search(/ (?:[│╵╷] |on \S+\.tf(?:\.json)? line \d+|with (?:module\.|data\.)?[a-z0-9_]+\.)/)
    ].filter(i => i > 0);
    const end = ends.length > 0 ? Math.min(...ends) : -1;
    return n.text
        .slice(start, p + (end === -1 ? rest.length : end))
        .trim()
        .slice(0, 300);
}
/**
 * The sentence a finding quotes: around the first match, unless that is the bare code (a JSON envelope's
 * `"code":"E60b6"`), when IBM's words at the first wording match say more.
 */
function quoteAt(n, hit) {
    const first = sentenceAt(n, hit.positions[0]);
    if (hit.code === undefined || first.length > hit.code.length + 2)
        return first;
    const codeAt = new Set(hit.codes.flatMap(c => findCode(n, c).map(h => h.at)));
    const wording = hit.positions.find(p => !codeAt.has(p));
    return wording === undefined ? first : sentenceAt(n, wording);
}
/** Lines that carry what the text says around a finding: Terraform's resource and file:line, IBM's request ID. */
function contextLines(n, p) {
    const c = contextNear(n, p);
    const lines = [];
    if (c.tfAddress && c.tfFile)
        lines.push({
            id: 'explain.detail.terraform',
            params: { address: c.tfAddress, file: c.tfFile }
        });
    else if (c.tfAddress)
        lines.push({
            id: 'explain.detail.terraform-resource',
            params: { address: c.tfAddress }
        });
    else if (c.tfFile)
        lines.push({ id: 'explain.detail.terraform-file', params: { file: c.tfFile } });
    if (c.requestId)
        lines.push({ id: 'explain.detail.request', params: { id: c.requestId } });
    return { lines, status: c.status };
}
/**
 * Read the output of a failed `ibmcloud ks` command, Terraform run or IKS API call and report every
 * known cause in it, with the live checks' ids and fixes. No network: text in, findings out.
 */
function explainText(raw, input = {}) {
    // The bytes read, not the decoded text's UTF-8 length (each undecodable byte became a 3-byte U+FFFD).
    const bytes = input.bytes ?? Buffer.byteLength(raw);
    if (looksBinary(raw))
        return binaryOrEmpty(bytes, 'binary');
    // NUL padding (a sparse or truncated log) is not text; the text around it is explained.
    const text = raw.includes('\u0000') ? raw.split('\u0000').join('') : raw;
    if (text.trim() === '')
        return binaryOrEmpty(bytes, 'empty');
    const n = normalise(text.length > MAX_TEXT ? text.slice(-MAX_TEXT) : text);
    const anchored = ibmContext(n);
    const x = extract(n, anchored);
    const hits = RULES.map(r => match(n, r, anchored)).filter((h) => h !== undefined);
    const matched = new Set(hits.map(h => h.rule.key));
    const kept = hits.filter(h => !h.rule.unless?.some(k => matched.has(k)));
    const causes = kept.filter(h => !h.rule.fallback);
    const blocking = causes.some(h => h.rule.key !== 'linked-normal');
    const used = blocking ? causes : kept;
    const findings = [];
    const confirmWith = [];
    const keys = [];
    for (const hit of used) {
        keys.push(hit.rule.key);
        const first = hit.positions[0];
        const workers = hit.rule.workers ? workersNear(n, hit.positions) : [];
        const outcome = hit.rule.build({
            x,
            workers,
            code: hit.code,
            codes: hit.codes,
            quote: quoteAt(n, hit),
            n,
            at: first,
            troubleBefore: troubleBefore(n, first)
        });
        const target = hit.rule.scope === 'cluster'
            ? (x.cluster ?? x.newClusterName ?? 'cluster')
            : 'account';
        const context = contextLines(n, first);
        const diagnostics = outcome.status === 'pass'
            ? undefined
            : {
                ...(context.status === undefined ? {} : { status: context.status }),
                ...diagnosticsNear(n, first, hit.code)
            };
        findings.push({
            ...outcome,
            check: hit.rule.check,
            target,
            details: outcome.status === 'pass'
                ? outcome.details
                : [...(outcome.details ?? []), ...context.lines],
            ibm: diagnostics && Object.keys(diagnostics).length > 0
                ? diagnostics
                : undefined
        });
        // A code no check covers names no check, so nothing can confirm it live.
        confirmWith.push(hit.rule.check === 'explain'
            ? []
            : [...(hit.rule.confirm ?? [hit.rule.check])]);
    }
    if (!findings.some(f => f.status !== 'pass')) {
        const incidents = allIncidents(n);
        findings.push({
            check: 'explain',
            target: 'account',
            status: 'warn',
            summary: anchored
                ? { id: 'explain.nothing-recognised', params: { lines: n.lines } }
                : { id: 'explain.not-ibm', params: { lines: n.lines } },
            why: { id: 'explain.nothing-recognised.why' },
            fix: [
                {
                    text: { id: 'explain.nothing-recognised.fix' },
                    commands: [
                        ibmcloud/* cmd */.HW.preflight({
                            operation: x.operation ?? '<operation>',
                            provider: x.provider,
                            cluster: cluster(x),
                            region: region(x)
                        })
                    ]
                },
                ...incidents.slice(0, 3).map(incidentID => ({
                    text: {
                        id: 'explain.nothing-recognised.incident',
                        params: { incidentID }
                    }
                }))
            ]
        });
        confirmWith.push([]);
        keys.push('');
    }
    return { findings, extracted: x, lines: n.lines, confirmWith, keys };
}
/** Input that is not text (a binary file) or nothing at all (an empty file, a FIFO nobody wrote to) is said as such. */
function binaryOrEmpty(bytes, kind) {
    return {
        findings: [
            {
                check: 'explain',
                target: 'account',
                status: 'warn',
                summary: kind === 'binary'
                    ? {
                        id: 'explain.input.binary',
                        params: { bytes }
                    }
                    : { id: 'explain.input.empty' },
                why: { id: `explain.input.${kind}.why` }
            }
        ],
        extracted: {},
        lines: 0,
        confirmWith: [[]],
        keys: ['']
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/explain/input.ts


/**
 * Explain keeps only the END of its input: the error is at the end of a failed run's log, and a whole CI
 * log (or /dev/zero, or a pipe that never ends) must not be held in memory. Documented in the README.
 */
const TAIL_BYTES = 2 * 1024 * 1024;
/** A stream (stdin, a FIFO, a device) is read for at most this many bytes; only its last TAIL_BYTES are kept. */
const STREAM_BYTES = 2 * 1024 * 1024 * 1024;
/** Bytes → text, starting at a character boundary (a cut can land inside a UTF-8 sequence). */
function decodeTail(buf, cut) {
    let start = 0;
    if (cut)
        while (start < buf.length && (buf[start] & 0xc0) === 0x80)
            start++;
    return buf.subarray(start).toString('utf8');
}
/** Keeps the last `max` bytes of everything pushed, in chunks: memory stays under max + one chunk. */
class TailBuffer {
    max;
    chunks = [];
    held = 0;
    total = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.total += chunk.length;
        this.chunks.push(chunk);
        this.held += chunk.length;
        while (this.chunks.length > 1 &&
            this.held - this.chunks[0].length >= this.max)
            this.held -= this.chunks.shift().length;
    }
    bytes() {
        const all = Buffer.concat(this.chunks);
        return all.length > this.max ? all.subarray(all.length - this.max) : all;
    }
}
/** The last bytes of a stream, read until its end, the stream limit or the deadline (whichever is first). */
async function readStreamTail(stream, limits) {
    const tail = new TailBuffer(limits.tailBytes);
    let stopped;
    await new Promise((resolve, reject) => {
        const done = () => {
            limits.signal.removeEventListener('abort', onAbort);
            stream.removeListener('data', onData);
            stream.removeListener('end', onEnd);
            stream.removeListener('error', onError);
            stream.pause();
            resolve();
        };
        const onAbort = () => {
            stopped = 'deadline';
            done();
        };
        const onData = (chunk) => {
            tail.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
            if (tail.total >= limits.streamBytes) {
                stopped = 'stream-limit';
                done();
            }
        };
        const onEnd = () => done();
        const onError = (e) => {
            limits.signal.removeEventListener('abort', onAbort);
            reject(e);
        };
        if (limits.signal.aborted)
            return onAbort();
        limits.signal.addEventListener('abort', onAbort, { once: true });
        stream.on('data', onData);
        stream.once('end', onEnd);
        stream.once('error', onError);
        stream.resume();
    });
    const bytes = tail.bytes();
    const cut = stopped ?? (tail.total > bytes.length ? 'tail' : undefined);
    return {
        text: decodeTail(bytes, cut !== undefined),
        bytes: tail.total,
        ...(cut ? { cut } : {})
    };
}
/** The last bytes of a regular file: one positioned read, whatever the file's size (no 512 MB string limit). */
function readFileTail(fd, size, tailBytes) {
    const length = Math.min(size, tailBytes);
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, length - got, size - length + got);
        if (n === 0)
            break;
        got += n;
    }
    const cut = size > length;
    return {
        text: decodeTail(buf.subarray(0, got), cut),
        bytes: size,
        ...(cut ? { cut: 'tail' } : {})
    };
}
const unreadable = (file, code) => new config_raw/* InputError */.dz('error-file', `cannot read ${(0,config_raw/* shown */.SP)(file)} (${code}); give the path of a file with the output of the failed step.`);
/** error-file: a regular file is read from its end; anything else (FIFO, device, socket) as a bounded stream. */
async function readFileOrStreamTail(file, limits) {
    let kind;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (st.isDirectory())
            throw unreadable(file, 'EISDIR');
        kind = st.isFile() ? 'file' : st.isFIFO() ? 'fifo' : 'other';
    }
    catch (e) {
        if (e instanceof config_raw/* InputError */.dz)
            throw e;
        throw unreadable(file, e.code ?? 'unreadable');
    }
    let fd;
    try {
        fd =
            kind === 'fifo'
                ? await (0,config_raw/* openFifo */.tP)(file, limits.signal)
                : (0,external_node_fs_.openSync)(file, 'r');
    }
    catch (e) {
        throw unreadable(file, e.code ?? 'unreadable');
    }
    if (kind === 'file') {
        try {
            return readFileTail(fd, (0,external_node_fs_.fstatSync)(fd).size, limits.tailBytes);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    const stream = (0,external_node_fs_.createReadStream)('', { fd, autoClose: true });
    const onAbort = () => {
        if (kind === 'fifo')
            (0,config_raw/* wakeFifo */.hX)(file);
    };
    limits.signal.addEventListener('abort', onAbort, { once: true });
    try {
        return await readStreamTail(stream, limits);
    }
    catch (e) {
        throw unreadable(file, e.code ?? 'unreadable');
    }
    finally {
        limits.signal.removeEventListener('abort', onAbort);
        stream.destroy();
    }
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/report/reference.ts
var reference = __webpack_require__(3779);
;// CONCATENATED MODULE: ./src/explain/report.ts





/**
 * operation explain: findings → the same Report every channel prints. Text in means no request; the
 * requests and identity shown are those of the live confirmation, when one ran.
 */
function explainReport(input, config, language, env = {}, live) {
    const started = new Date();
    const { findings } = typeof input === 'string' ? explainText(input) : input;
    const checks = new Map(checks_catalogue/* CATALOGUE */.y.map(c => [c.id, c]));
    const ids = [...new Set(findings.map(f => f.check))];
    const catalogue = ids.map(id => checks.get(id) ?? {
        id,
        title: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']).title,
        docs: (RULE_CHECKS[id] ?? RULE_CHECKS['explain']).docs
    });
    const report = (0,model/* buildReport */.FK)({
        config: { operation: 'explain', failOn: config.failOn },
        catalogue,
        findings,
        identity: live?.identity,
        targets: live?.targets ?? [],
        startedAt: started,
        durationMs: Date.now() - started.getTime() + (live?.durationMs ?? 0),
        requests: [],
        language,
        pageOf: (0,reference/* checkPages */.t)(env, checks_catalogue/* CATALOGUE */.y.map(c => c.id))
    });
    return live ? { ...report, requests: live.requests } : report;
}

;// CONCATENATED MODULE: ./src/explain/run.ts












/** The inputs explain uses beyond error-text/error-file (each validated here, named when wrong). */
function explainExtras(raw, env) {
    const apiKey = (raw['api-key'] ?? '').trim() ||
        (env['IBMCLOUD_API_KEY'] ?? '').trim() ||
        (env['IC_API_KEY'] ?? '').trim() ||
        undefined;
    if (apiKey !== undefined)
        (0,secrets/* registerSecret */.cl)(apiKey);
    const timeoutRaw = (raw['timeout-seconds'] ?? '').trim();
    const timeoutSeconds = timeoutRaw === '' ? 120 : Number(timeoutRaw);
    if (!Number.isInteger(timeoutSeconds) ||
        timeoutSeconds < 1 ||
        timeoutSeconds > 3600)
        throw new config_raw/* InputError */.dz('timeout-seconds', `got ${JSON.stringify(timeoutRaw.slice(0, 40))}; allowed: a whole number of seconds from 1 to 3600.`);
    const clusters = (0,config_raw/* splitList */.ry)(raw['cluster']);
    if (clusters.length > 1)
        throw new config_raw/* InputError */.dz('cluster', `explain confirms one cluster; got ${clusters.length} names.`);
    const str = (k) => (raw[k] ?? '').trim() || undefined;
    return {
        apiKey,
        cluster: clusters[0],
        region: str('region'),
        resourceGroup: str('resource-group'),
        timeoutSeconds
    };
}
/** error-text as given, or the end of error-file ('-' is standard input), within the deadline. */
async function readErrorTail(config, io, signal) {
    const limits = {
        tailBytes: io.limits?.tailBytes ?? TAIL_BYTES,
        streamBytes: io.limits?.streamBytes ?? STREAM_BYTES,
        signal
    };
    if (config.errorText !== undefined)
        return readStreamTail(external_node_stream_.Readable.from([Buffer.from(config.errorText)]), limits);
    const file = config.errorFile;
    if (file !== '-')
        return readFileOrStreamTail(file, limits);
    if (io.stdinStream) {
        if (io.stdinStream.isTTY)
            io.stderr?.(`iks-preflight: ${(0,messages.t)('explain.stdin-tty', undefined, config.language)}\n`);
        return readStreamTail(io.stdinStream, limits);
    }
    if (!io.stdin)
        throw new config_raw/* InputError */.dz('error-file', "'-' (standard input) is only for the CLI.");
    const text = await io.stdin();
    return readStreamTail(external_node_stream_.Readable.from([Buffer.from(text)]), limits);
}
/** A finding that says the text was cut and where, so a cause before the cut is not silently missed. */
function cutFinding(tail, limits) {
    const mib = (n) => (n / 1024 / 1024).toFixed(1);
    const kept = limits?.tailBytes ?? TAIL_BYTES;
    // At the deadline: nothing written at all, or less than the tail kept, is said as it is (not "2.0 MiB of 0.0 MiB").
    const summary = tail.cut === 'deadline' && tail.bytes === 0
        ? { id: 'explain.cut.deadline-nothing' }
        : tail.cut === 'deadline' && tail.bytes <= kept
            ? { id: 'explain.cut.deadline-whole', params: { read: tail.bytes } }
            : {
                id: `explain.cut.${tail.cut}`,
                params: { kept: mib(kept), read: mib(tail.bytes) }
            };
    return {
        check: 'explain',
        target: 'account',
        status: 'warn',
        summary,
        why: { id: 'explain.cut.why' }
    };
}
/** Which IKS operation the text shows failing: the live checks of a create differ from the others'. */
function operationOf(x) {
    return x.operation ?? (x.newClusterName ? 'cluster-create' : 'cluster-update');
}
/**
 * What the text names about the operation, on each of its intents: the zone (with nothing else given there,
 * so a zone check such as classic-vlans confirms on it), the flavor, and the version (so kube-version
 * confirms that one and not IKS's default).
 */
function withExtracted(intent, x) {
    return {
        ...intent,
        clusters: intent.clusters.map(c => ({
            ...c,
            operations: c.operations.map(o => ({
                ...o,
                ...(x.zone !== undefined && { zones: [{ zone: x.zone }] }),
                ...(x.flavor !== undefined && { flavor: x.flavor }),
                ...(x.kubeVersion !== undefined && { kubeVersion: x.kubeVersion })
            }))
        }))
    };
}
const NOT_APPLICABLE = new Set([
    'common.not-for-operation',
    'common.not-for-provider'
]);
const VERDICT_OF = {
    fail: 'confirmed',
    warn: 'confirmed',
    pass: 'refuted',
    error: 'unverified',
    skip: 'unverified'
};
/**
 * Run the live checks the text's findings map to, on the cluster the text names (or `cluster`), and
 * say for each text finding whether the account confirms it, refutes it, or the text is all we have.
 */
async function run_confirm(explained, extras, config, io, deadline) {
    const live = new Map(checks_catalogue/* CATALOGUE */.y.map(c => [c.id, c]));
    const x = explained.extracted;
    // A wait that timed out is looked at on the cluster as it is now: the checks that find why run under
    // cluster-update (none of them applies to a create, which would look for a cluster still to be made).
    const waited = explained.keys.includes('wait-timeout');
    const operation = waited ? WAIT_OPERATION : operationOf(x);
    const cluster = extras.cluster ??
        (waited
            ? (x.cluster ?? x.clusterId ?? x.newClusterName)
            : operation === 'cluster-create'
                ? (x.newClusterName ?? x.cluster)
                : x.cluster);
    // A cluster check without a cluster to look at cannot confirm anything: it is named as needing one, not run.
    const runnable = (id) => live.has(id) && (cluster !== undefined || live.get(id).scope !== 'cluster');
    const checksOf = (i) => (explained.confirmWith[i] ?? []).filter(runnable);
    const needsCluster = (i) => (explained.confirmWith[i] ?? []).filter(id => live.has(id) && !runnable(id));
    const ids = [
        ...new Set(explained.findings.flatMap((f, i) => f.status === 'pass' ? [] : checksOf(i)))
    ];
    let report;
    if (ids.length > 0 && deadline.remaining() > 1000) {
        const liveConfig = {
            apiKey: extras.apiKey,
            operation,
            clusters: cluster ? [cluster] : [],
            intent: withExtracted((0,types/* operationOn */.zw)(operation, cluster ? [cluster] : []), x),
            region: extras.region ?? x.region,
            resourceGroup: extras.resourceGroup ?? x.resourceGroup,
            expectedAccountIds: [],
            failOn: config.failOn,
            skipChecks: new Map(),
            timeoutSeconds: Math.max(1, Math.floor(deadline.remaining() / 1000)),
            visibility: 'public',
            maxConcurrency: 8,
            remediate: 'none',
            remediateWaitSeconds: 0,
            language: config.language,
            prComment: false
        };
        report = await (0,run.runPreflight)(liveConfig, {
            env: io.env,
            log: io.log,
            catalogue: checks_catalogue/* CATALOGUE */.y.filter(c => ids.includes(c.id)),
            language: io.language,
            backoffBaseMs: io.backoffBaseMs
        });
    }
    const findings = explained.findings.map((f, i) => {
        if (f.status === 'pass' || explained.confirmWith[i]?.length === 0)
            return f;
        const mine = checksOf(i);
        let line;
        if (mine.length === 0 && needsCluster(i).length > 0) {
            line = {
                id: 'explain.confirm.needs-cluster',
                params: { check: needsCluster(i).join(', ') }
            };
        }
        else if (mine.length === 0) {
            line = { id: 'explain.confirm.no-live-check' };
        }
        else if (!report) {
            line = { id: 'explain.confirm.text-only' };
        }
        else {
            // A check that does not apply to this cluster's provider or this operation says nothing about the cause.
            const seen = report.findings.filter(l => mine.includes(l.check) && !NOT_APPLICABLE.has(l.messageId));
            const worst = ['fail', 'warn', 'error', 'skip', 'pass'].find(s => seen.some(l => l.status === s));
            const verdict = worst ? VERDICT_OF[worst] : 'unverified';
            const shown = seen.find(l => l.status === worst);
            line =
                seen.length === 0 && report.findings.some(l => mine.includes(l.check))
                    ? {
                        id: 'explain.confirm.not-applicable',
                        params: { check: mine.join(', '), target: cluster ?? 'account' }
                    }
                    : {
                        id: `explain.confirm.${verdict}`,
                        params: {
                            check: shown?.check ?? mine.join(', '),
                            live: shown?.summary ?? '',
                            target: shown?.target ?? cluster ?? 'account'
                        }
                    };
        }
        const key = explained.keys[i] ?? '';
        const replaced = afterLiveRead(f, key, report, cluster, x);
        // "Not found" read again: the line says what the read found, in its own direction (a pass finds the cluster).
        const read = deleteRead(key, report, cluster);
        return {
            ...replaced,
            details: [read ?? line, ...(replaced.details ?? [])]
        };
    });
    return { findings, live: report };
}
const DELETE_KEYS = new Set(['already-gone', 'delete-not-found']);
/** What the live cluster-access read found for a delete's "not found": the cluster there, or not there. */
function deleteRead(key, report, cluster) {
    if (!DELETE_KEYS.has(key) || cluster === undefined)
        return undefined;
    const access = report?.findings.find(l => l.check === 'cluster-access');
    if (access?.status === 'pass' ||
        access?.messageId === 'cluster-access.not-found')
        return {
            id: access.status === 'pass'
                ? 'explain.confirm.delete-present'
                : 'explain.confirm.delete-absent',
            params: { check: access.check, target: cluster, live: access.summary }
        };
    return undefined;
}
/**
 * "Not found" on a delete, read again live: a cluster the pre-flight finds is there, so the delete targeted
 * another group, region or account (IBM's hint), and nothing may be dropped from the Terraform state; a cluster
 * it does not find is gone.
 */
function afterLiveRead(f, key, report, cluster, x) {
    if (!DELETE_KEYS.has(key))
        return f;
    const access = report?.findings.find(l => l.check === 'cluster-access');
    if (!access || cluster === undefined)
        return f;
    const code = f.summary.params?.['code'] ??
        'A0006/G0004';
    if (access.status === 'pass')
        return {
            ...f,
            status: 'fail',
            summary: {
                id: 'explain.cluster-access.delete-present',
                params: { cluster, code: String(code) }
            },
            why: { id: 'explain.cluster-access.delete-present.why' },
            fix: (f.fix ?? [])
                .map(step => ({
                ...step,
                commands: step.commands?.filter(c => !(c.tool === 'terraform' && c.path.join(' ') === 'state rm'))
            }))
                .filter(step => step.commands === undefined || step.commands.length > 0)
        };
    if (access.messageId === 'cluster-access.not-found' &&
        key === 'delete-not-found')
        return {
            ...f,
            status: 'warn',
            summary: {
                id: 'explain.cluster-access.gone-live',
                params: { cluster, code: String(code) }
            },
            why: { id: 'explain.cluster-access.gone-live.why' },
            fix: alreadyGoneFix(x)
        };
    return f;
}
/** operation explain, end to end: bounded read → text findings → optional live confirmation → Report. */
async function runExplain(config, raw, io) {
    const extras = explainExtras(raw, io.env);
    const deadline = new ibm_deadline/* Deadline */.B(extras.timeoutSeconds * 1000);
    try {
        const tail = await readErrorTail(config, io, deadline.signal);
        const explained = explainText(tail.text, { bytes: tail.bytes });
        let findings = explained.findings;
        let live;
        if (extras.apiKey !== undefined) {
            const confirmed = await run_confirm(explained, { ...extras, apiKey: extras.apiKey }, config, io, deadline);
            findings = confirmed.findings;
            live = confirmed.live;
        }
        else {
            // Without a key nothing is sent; say so on each cause a live check could confirm.
            findings = findings.map((f, i) => f.status === 'pass' || (explained.confirmWith[i] ?? []).length === 0
                ? f
                : {
                    ...f,
                    details: [
                        { id: 'explain.confirm.no-key' },
                        ...(f.details ?? [])
                    ]
                });
        }
        if (tail.cut)
            findings = [...findings, cutFinding(tail, io.limits)];
        return explainReport({ ...explained, findings }, config, io.language, io.env, live);
    }
    finally {
        deadline.dispose();
    }
}


/***/ })

};
;