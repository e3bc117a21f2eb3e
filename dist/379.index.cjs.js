"use strict";
exports.id = 379;
exports.ids = [379];
exports.modules = {

/***/ 8379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IKS_RESOURCE_TYPES: () => (/* binding */ IKS_RESOURCE_TYPES),
/* harmony export */   SENSITIVE: () => (/* binding */ SENSITIVE),
/* harmony export */   intentFromPlan: () => (/* binding */ intentFromPlan)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3305);
/* harmony import */ var _config_raw_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8476);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(739);
/**
 * Intent from a Terraform plan: the text of `terraform show -json <planfile>` in, every IKS operation in it
 * out. Pure (the caller reads the file). Attribute names are the IBM provider's resource schemas
 * (IBM-Cloud/terraform-provider-ibm ibm/service/kubernetes/resource_ibm_container_*.go); the mapping is
 * documented in docs/terraform-plan.md.
 */



const INPUT = 'terraform-plan';
const fail = (message) => {
    throw new _config_raw_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, message);
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
const changeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    actions: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(ACTIONS)),
    before: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    after: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    after_unknown: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    before_sensitive: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    after_sensitive: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    replace_paths: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())
});
const resourceChangeSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    address: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    module_address: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    mode: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    type: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    name: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    index: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()),
    change: changeSchema
});
const configResourceSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    address: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    expressions: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())),
    depends_on: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()))
});
const configModuleSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    resources: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(configResourceSchema)),
    get module_calls() {
        return zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ module: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(configModuleSchema) })));
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
    const parsed = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()))
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
            return this.configured(attr) ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn : undefined;
        const v = (from === 'after' ? this.after : this.before)[attr];
        return typeof v === 'string' && v !== '' ? v : undefined;
    }
    num(attr, from = 'after') {
        if (this.withheld.has(attr))
            return undefined;
        if (from === 'after' && this.unknown[attr] === true)
            return this.configured(attr) ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn : undefined;
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
            return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn;
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
        return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn;
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
            const nameOrId = c.str('name', from) ?? c.str('id', 'before') ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn;
            return { nameOrId, address: c.rc.address };
        }
        const attr = c.rc.type === 'ibm_container_vpc_worker' ? 'cluster_name' : 'cluster';
        const ref = c.str(attr, from);
        if (ref !== undefined && !(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(ref)) {
            // A literal name or ID: link it to a cluster of the plan that has it, and name it as that cluster
            // does. Several clusters may carry it (module instances): the referrer's own instance, else the new one.
            const byAfter = this.all.filter(o => isCluster(o.rc.type) && [o.after['id'], o.after['name']].includes(ref));
            const byBefore = this.all.filter(o => isCluster(o.rc.type) &&
                !byAfter.includes(o) &&
                [o.before['id'], o.before['name']].includes(ref));
            const o = prefer(c, [...byAfter, ...byBefore]);
            if (o !== undefined)
                return byAfter.includes(o)
                    ? { nameOrId: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(o.str('name')) ?? ref, address: o.rc.address }
                    : { nameOrId: o.str('name', 'before') ?? ref, address: o.rc.address };
            return { nameOrId: ref };
        }
        const target = this.resolve(c, attr, isCluster);
        if (target) {
            const name = target.str('name') ?? target.str('name', 'before');
            return { nameOrId: name ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn, address: target.rc.address };
        }
        return { nameOrId: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn };
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
                    previousKubeVersion: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(c.str('kube_version', 'before')),
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
                    previousWorkersPerZone: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(prev)
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
        if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(after)) {
            this.emit(c, 'zone-add', ['zones'], { ...this.poolFields(c, 'after'), zones: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn }, 'after');
            return;
        }
        const beforeList = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(before) ? [] : (before ?? []);
        const names = (l) => l.map(z => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(z.zone));
        const added = (after ?? []).filter(z => !(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(z.zone) && !names(beforeList).includes((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(z.zone)));
        const unknownZone = (after ?? []).filter(z => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(z.zone));
        const removed = beforeList.filter(z => !names(after ?? []).includes((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(z.zone)));
        const moved = (after ?? []).filter(z => {
            const old = beforeList.find(b => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(b.zone) !== undefined && (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(b.zone) === (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(z.zone));
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
            ...beforeList.filter(b => moved.some(m => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(m.zone) === (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(b.zone)))
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
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(blocks))
        return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn;
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
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(cfg))
        out.push({
            scope: 'cluster',
            instanceId: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn,
            rootKeyId: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn
        });
    else
        for (const b of cfg)
            out.push(dropUndefined({
                scope: 'cluster',
                instanceId: blockStr(b, 'instance_id') ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn,
                rootKeyId: blockStr(b, 'crk_id') ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn,
                accountId: blockStr(b, 'account_id')
            }));
    const instanceId = c.str('kms_instance_id');
    const rootKeyId = c.str('crk');
    if (instanceId !== undefined || rootKeyId !== undefined)
        out.push(dropUndefined({
            scope: 'worker-volumes',
            instanceId: instanceId ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn,
            rootKeyId: rootKeyId ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .AFTER_APPLY */ .Wn,
            accountId: c.str('kms_account_id')
        }));
    return out.length > 0 ? out : undefined;
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
/** One group per cluster: by plan address and name (a replace that renames is two clusters), else by name. */
function groupKey(d, i) {
    const name = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(d.cluster.nameOrId);
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
        else if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(g.cluster.nameOrId) &&
            !(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isAfterApply */ .VT)(x.cluster.nameOrId)) {
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


/***/ })

};
;