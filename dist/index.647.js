export const id = 647;
export const ids = [647];
export const modules = {

/***/ 647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicies: () => (/* binding */ loadPolicies)
});

// UNUSED EXPORTS: builtinPolicyDir, compileTrustedPack

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./docs/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","required":["id","severity","title","description","appliesTo","message"],"additionalProperties":false,"properties":{"$schema":{"type":"string"},"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"severity":{"enum":["error","warning","info"]},"title":{"type":"string","minLength":1},"description":{"type":"string","minLength":1},"docs":{"type":"string"},"appliesTo":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["taskmanager","jobmanager","config"]}},"forEach":{"type":"string","minLength":1},"when":{"type":["object","boolean"]},"require":{"type":["object","boolean"]},"message":{"type":"string","minLength":1},"restsOn":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"locate":{"type":"array","items":{"type":"string","minLength":1}},"fix":{"type":"object","additionalProperties":false,"properties":{"set":{"type":"object","additionalProperties":{"type":["string","null"]}},"description":{"type":"string"},"solve":{"description":"Compute the fix with the sizing solver instead of (or on top of) `set`: `fit` sizes the process to its container, `minimum` finds the smallest process size Flink accepts that meets `targets` (placeholders, in bytes), the other settings kept.","type":"object","additionalProperties":false,"required":["question"],"properties":{"question":{"enum":["fit","minimum"]},"bound":{"description":"For `fit`: the size to fit instead of the container (a placeholder rendering bytes).","type":"string"},"rounded":{"description":"The rule compares sizes rounded to 64 KiB (`process.rounded`): the targets are met where their rounded value reaches them.","type":"boolean"},"targets":{"type":"object","additionalProperties":false,"properties":{"taskHeap":{"type":"string"},"managedPerSlot":{"type":"string"},"heap":{"type":"string"},"metaspace":{"type":"string"}}}}}}},"parameters":{"type":"object","propertyNames":{"pattern":"^[a-zA-Z][a-zA-Z0-9]*$"},"additionalProperties":{"type":"object","required":["type","default","description"],"additionalProperties":false,"properties":{"type":{"enum":["memory","number","string","boolean"]},"default":{"type":["string","number","boolean"]},"description":{"type":"string"}}}},"examples":{"type":"object","required":["valid","invalid"],"additionalProperties":false,"properties":{"valid":{"type":"array","items":{"$ref":"#/$defs/example"}},"invalid":{"type":"array","items":{"$ref":"#/$defs/example"}}}}},"$defs":{"example":{"type":"object","additionalProperties":false,"properties":{"description":{"type":"string"},"config":{"type":"object","additionalProperties":{"type":"string"}},"flinkVersion":{"type":"string"},"deployment":{"enum":["standalone","kubernetes","yarn"]},"kind":{"type":"string"},"container":{"type":"object","additionalProperties":false,"properties":{"taskmanager":{"type":"string"},"jobmanager":{"type":"string"}}},"annotations":{"type":"object","additionalProperties":{"type":"string"}},"env":{"type":"object","additionalProperties":{"type":"string"}},"processes":{"type":"array","items":{"enum":["taskmanager","jobmanager"]}},"file":{"type":"object","required":["name","text"],"additionalProperties":false,"properties":{"name":{"type":"string"},"text":{"type":"string"}}},"params":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}}}}}}');
// EXTERNAL MODULE: ./src/policy/placeholders.ts
var placeholders = __webpack_require__(9022);
// EXTERNAL MODULE: ./src/policy/json-text.ts
var json_text = __webpack_require__(3500);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/policy/policy-bounds.ts

/**
 * A policy from the repository is data written by whoever opened the pull request: before it is
 * compiled, it must be shown to run in bounded time over any Facts document. Built-in policies
 * are the tool's own and skip these checks.
 */
const POLICY_LIMITS = {
    /** Bytes of one policy file (the built-in ones are under 6 KB). */
    maxBytes: 256 * 1024,
    /** Characters of a message, `locate` target, `forEach` path or fix template. */
    maxTemplate: 4096,
    /** `{placeholders}` in one template. */
    maxPlaceholders: 64,
    /** Dotted segments of one facts path. */
    maxSegments: 32,
    /** Characters of one regular expression. */
    maxPattern: 1000,
    /**
     * Schema applications one data path may cost: the schema's subschemas counted with every `$ref`
     * followed, each level of the data on its own. Built-in policies cost under 200.
     */
    maxApplications: 10_000,
    /** Levels of the Facts document a schema can descend (it is at most 6 deep). */
    maxDataDepth: 12,
    /** Nesting of the schema, each `$ref` followed counting as a level. */
    maxSchemaDepth: 256,
};
/**
 * ajv's engine for `pattern` and `patternProperties` of user policies: RE2, which matches in time
 * linear in the input and refuses what it cannot (backreferences, lookaround) at compile time.
 */
const LINEAR_REGEXP = Object.assign((pattern) => {
    if (pattern.length > POLICY_LIMITS.maxPattern)
        throw new Error(`a pattern of ${pattern.length} characters, above ${POLICY_LIMITS.maxPattern}`);
    // ajv asks for the `u` flag: RE2 reads UTF-16 strings by code point as it is.
    return build.RE2JS.compile(pattern);
}, { code: 'RE2JS.compile' });
const PLACEHOLDER = /\{([^{}|]+)(?:\|[a-z]+)?\}/g;
/** Why a user policy is refused as unbounded; undefined when it is fine. */
function unboundedReason(policy) {
    const templates = [
        ['message', policy.message],
        ['fix.description', policy.fix?.description],
        ...(policy.locate ?? []).map((t, i) => [`locate[${i}]`, t]),
        ...Object.entries(policy.fix?.set ?? {}).flatMap(([k, v]) => [
            ['fix.set key', k],
            ['fix.set value', v ?? undefined],
        ]),
    ];
    for (const [what, text] of templates) {
        if (text === undefined)
            continue;
        const why = templateReason(text);
        if (why)
            return `${what}: ${why}`;
    }
    if (policy.forEach !== undefined) {
        const why = pathReason(policy.forEach);
        if (why)
            return `forEach: ${why}`;
    }
    for (const part of ['when', 'require']) {
        const schema = policy[part];
        if (schema === undefined)
            continue;
        const why = schemaReason(schema);
        if (why)
            return `${part}: ${why}`;
    }
    return undefined;
}
function templateReason(text) {
    if (text.length > POLICY_LIMITS.maxTemplate)
        return `${text.length} characters, above ${POLICY_LIMITS.maxTemplate}`;
    let count = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
        if (++count > POLICY_LIMITS.maxPlaceholders)
            return `more than ${POLICY_LIMITS.maxPlaceholders} placeholders`;
        const why = pathReason(match[1]);
        if (why)
            return why;
    }
    return undefined;
}
function pathReason(path) {
    let segments = 1;
    for (let i = 0; i < path.length; i++)
        if (path.charCodeAt(i) === 46)
            segments++;
    if (segments > POLICY_LIMITS.maxSegments)
        return `a facts path of ${segments} segments, above ${POLICY_LIMITS.maxSegments}`;
    return undefined;
}
/** Keywords whose subschemas apply to the same value. */
const SAME_VALUE_ONE = ['not', 'if', 'then', 'else'];
const SAME_VALUE_LIST = ['allOf', 'anyOf', 'oneOf'];
const SAME_VALUE_MAP = ['dependentSchemas'];
/** Keywords whose subschemas apply to the values inside it (one level down). */
const CHILD_ONE = [
    'additionalProperties',
    'items',
    'contains',
    'propertyNames',
    'unevaluatedProperties',
    'unevaluatedItems',
];
const CHILD_LIST = ['prefixItems'];
const CHILD_MAP = ['properties', 'patternProperties'];
/** Identifiers that would make `$ref` mean something else than a place in this schema. */
const REFUSED = ['$id', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', '$anchor'];
/**
 * Why a `when`/`require` schema is unbounded: a `$ref` that leaves the schema, a loop of `$ref`s
 * that never descends into the data (it would recurse until the stack overflows), or more
 * schema applications than `maxApplications` for one path through the data (a `$ref` fan-out).
 */
function schemaReason(root) {
    if (typeof root !== 'object' && typeof root !== 'boolean')
        return 'not a schema';
    const memo = new Map();
    const active = new Set();
    const cap = POLICY_LIMITS.maxApplications + 1;
    let problem;
    /** Applications of the schema at `pointer` to a value `depth` levels down, capped at `cap`. */
    const cost = (schema, pointer, depth, nesting) => {
        if (problem)
            return cap;
        if (typeof schema === 'boolean')
            return 1;
        if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
            return 1;
        if (nesting > POLICY_LIMITS.maxSchemaDepth) {
            problem = `nested deeper than ${POLICY_LIMITS.maxSchemaDepth} levels`;
            return cap;
        }
        const key = `${depth}\0${pointer}`;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        if (active.has(key)) {
            problem = `$ref ${JSON.stringify(pointer || '#')} refers back to itself without descending into the data`;
            return cap;
        }
        active.add(key);
        const node = schema;
        let total = 1;
        const add = (n) => (total = Math.min(cap, total + n));
        const same = (sub, at) => add(cost(sub, at, depth, nesting + 1));
        const child = (sub, at) => {
            if (depth < POLICY_LIMITS.maxDataDepth)
                add(cost(sub, at, depth + 1, nesting + 1));
        };
        for (const word of REFUSED)
            if (word in node)
                problem ??= `${word} is not supported in policies`;
        for (const [word, apply] of [
            [SAME_VALUE_ONE, same],
            [CHILD_ONE, child],
        ])
            for (const k of word)
                if (Object.hasOwn(node, k))
                    apply(node[k], `${pointer}/${k}`);
        for (const [word, apply] of [
            [SAME_VALUE_LIST, same],
            [CHILD_LIST, child],
        ])
            for (const k of word)
                if (Array.isArray(node[k]))
                    node[k].forEach((s, i) => apply(s, `${pointer}/${k}/${i}`));
        for (const [word, apply] of [
            [SAME_VALUE_MAP, same],
            [CHILD_MAP, child],
        ])
            for (const k of word) {
                const map = node[k];
                if (map && typeof map === 'object' && !Array.isArray(map))
                    for (const [name, s] of Object.entries(map))
                        apply(s, `${pointer}/${k}/${escapePointer(name)}`);
            }
        if (Object.hasOwn(node, '$ref')) {
            const ref = node.$ref;
            const target = typeof ref === 'string' ? resolveLocal(root, ref) : undefined;
            if (!target)
                problem ??= `$ref ${JSON.stringify(ref)} is not a place in this schema (#/...)`;
            else
                same(target.schema, target.pointer);
        }
        // Subschemas only reachable through `$ref` are counted where they are referred to.
        active.delete(key);
        if (!problem && total >= cap)
            problem = `more than ${POLICY_LIMITS.maxApplications} schema applications for one value`;
        memo.set(key, total);
        return total;
    };
    cost(root, '', 0, 0);
    return problem;
}
const escapePointer = (name) => name.replace(/~/g, '~0').replace(/\//g, '~1');
/** A `#` or `#/a/b` reference inside `root`, own properties only. */
function resolveLocal(root, ref) {
    if (ref === '#')
        return { schema: root, pointer: '' };
    if (!ref.startsWith('#/'))
        return undefined;
    let node = root;
    for (const raw of ref.slice(2).split('/')) {
        let part;
        try {
            part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        }
        catch {
            return undefined;
        }
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part))
            return undefined;
        node = node[part];
    }
    return { schema: node, pointer: ref.slice(1) };
}

// EXTERNAL MODULE: ./src/policy/schema-compiler.ts
var schema_compiler = __webpack_require__(1517);
// EXTERNAL MODULE: ./src/sources/index.ts + 32 modules
var sources = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/policy/builtin-dir.ts
var builtin_dir = __webpack_require__(6067);
;// CONCATENATED MODULE: ./src/policy/load-policies.ts









/**
 * Reads and compiles every policy in `dirs`: a `*.json` policy file, or a rule folder `<id>/` with
 * its `policy.json` (as the built-in pack is laid out), taken by name within a folder; later ones,
 * and later folders, replace a policy of the same id. A file that is not valid JSON, breaks the
 * policy schema or holds an invalid JSON Schema is reported with its file and left out; the others
 * still run. Policies in `trusted` folders (the built-in pack, whose tests check it against both
 * schemas) skip those checks: they cost a run more than compiling the pack itself.
 */
function loadPolicies(dirs, options = {}) {
    const ajv = (0,schema_compiler/* createAjv */.g)({ messages: false });
    // User policies match patterns in linear time: one compiler for them, the built-in pack keeps V8's.
    let userAjv;
    let checker;
    const byId = new Map();
    const problems = [];
    for (const dir of dirs) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(dir).sort();
        }
        catch (err) {
            problems.push({ file: dir, message: `cannot read the policy folder: ${err.message}` });
            continue;
        }
        const trusted = options.trusted?.includes(dir) ?? false;
        const check = trusted ? undefined : (checker ??= createChecker());
        const compiler = trusted ? ajv : (userAjv ??= (0,schema_compiler/* createAjv */.g)({ messages: false, regExp: LINEAR_REGEXP }));
        // A user policy is read only inside its own folder, links resolved, and only up to a size.
        const root = (0,sources/* realRoot */.dU)(dir) ?? dir;
        for (const name of names) {
            const file = policyFileOf(external_node_path_default().join(dir, name));
            if (file === undefined)
                continue;
            let text;
            if (trusted)
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            else {
                const read = (0,sources/* readConfined */.Hz)(file, [root], POLICY_LIMITS.maxBytes);
                if (!read.ok) {
                    problems.push({ file, message: read.message });
                    continue;
                }
                text = read.bytes.toString('utf8');
            }
            const result = compilePolicyFile(compiler, check, file, text);
            if ('problem' in result)
                problems.push(result.problem);
            else
                byId.set(result.compiled.policy.id, { ...result.compiled, dir });
        }
    }
    return { pack: { policies: [...byId.values()] }, problems };
}
/**
 * The policy an entry of a policy folder holds: `policy.json` in a rule folder, else the entry
 * itself where it is named `*.json` (its reader says what is wrong with a broken link or a loop).
 */
function policyFileOf(entry) {
    let folder = false;
    try {
        folder = (0,external_node_fs_.statSync)(entry).isDirectory();
    }
    catch {
        // A dangling link or a loop: not a folder; read below as what its name says.
    }
    if (!folder)
        return entry.endsWith('.json') ? entry : undefined;
    const file = external_node_path_default().join(entry, 'policy.json');
    return (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}
/**
 * The built-in pack from its policies as data, compiled as `loadPolicies` compiles the trusted
 * folder: what a reader without files (the browser playground) runs.
 */
function compileTrustedPack(policies) {
    const ajv = createAjv({ messages: false });
    const compiled = [];
    for (const policy of policies) {
        const file = `policies/${policy.id}/policy.json`;
        const result = compilePolicy(ajv, undefined, file, policy);
        if ('compiled' in result)
            compiled.push({ ...result.compiled, dir: 'policies' });
    }
    return { policies: compiled };
}
function createChecker() {
    const ajv = (0,schema_compiler/* createAjv */.g)();
    return { ajv, policy: ajv.compile(policy_schema_namespaceObject) };
}
/** Compiles one policy file; without a checker it is trusted to be a valid policy. */
function compilePolicyFile(ajv, checker, file, text) {
    const parsed = (0,json_text/* parseJsonText */.l)(text);
    if (!parsed.ok)
        return { problem: { file, line: parsed.line, message: parsed.message } };
    return compilePolicy(ajv, checker, file, parsed.value);
}
/** Compiles one policy as data; without a checker it is trusted to be a valid policy. */
function compilePolicy(ajv, checker, file, data) {
    if (checker && !checker.policy(data)) {
        return { problem: { file, message: `not a valid policy: ${(0,schema_compiler/* describeErrors */.r)(checker.policy.errors)}` } };
    }
    const policy = data;
    const unbounded = checker ? unboundedReason(policy) : undefined;
    if (unbounded)
        return { problem: { file, message: `policy ${policy.id}: refused, ${unbounded}` } };
    const filters = [policy.message, ...(policy.locate ?? []), ...Object.values(policy.fix?.set ?? {})].flatMap((t) => (typeof t === 'string' ? (0,placeholders/* unknownFilters */.w7)(t) : []));
    if (filters.length) {
        return { problem: { file, message: `policy ${policy.id}: unknown placeholder filter '${filters[0]}'` } };
    }
    try {
        const compiled = { policy, file };
        for (const part of ['when', 'require']) {
            const schema = policy[part];
            if (schema === undefined)
                continue;
            if (checker && !checker.ajv.validateSchema(schema))
                throw new Error((0,schema_compiler/* describeErrors */.r)(checker.ajv.errors));
            compiled[part] = ajv.compile(schema);
        }
        return { compiled };
    }
    catch (err) {
        return {
            problem: { file, message: `policy ${policy.id}: invalid JSON Schema: ${err.message}` },
        };
    }
}


/***/ }),

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ createAjv),
/* harmony export */   r: () => (/* binding */ describeErrors)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8067);


/**
 * One ajv instance per run: draft 2020-12, `$data` for comparisons between facts, and the
 * `memoryAtMost` / `memoryAtLeast` keywords so rules can say `{"memoryAtMost": "2g"}` in Flink's
 * own size syntax. Every schema is compiled once, by the policy that owns it.
 */
function createAjv(options = {}) {
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({
        $data: true,
        // ajv's optimiser only tidies the generated code; skipping it cuts the pack's compile by a third.
        code: { optimize: false, ...(options.regExp ? { regExp: options.regExp } : {}) },
        allErrors: false,
        strict: true,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        validateFormats: false,
        // A policy's `when` fails for most configs, and each failure builds an error: without its
        // message when nobody reads it (the instance that checks policy files keeps them).
        messages: options.messages ?? true,
        // Policies from users are checked against the meta-schema explicitly (load-policies.ts);
        // the built-in pack is checked by its tests, not on every run.
        validateSchema: false,
    });
    ajv.addKeyword(memoryKeyword('memoryAtMost', (value, bound) => value <= bound));
    ajv.addKeyword(memoryKeyword('memoryAtLeast', (value, bound) => value >= bound));
    return ajv;
}
function memoryKeyword(keyword, holds) {
    return {
        keyword,
        $data: true,
        schemaType: ['string', 'number'],
        errors: false,
        validate(schema, data) {
            const bound = (0,_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .memoryBytes */ .Z)(schema);
            const value = (0,_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .memoryBytes */ .Z)(data);
            // Values that are not sizes are someone else's concern (memory-size-unparseable).
            if (bound === undefined || value === undefined)
                return true;
            return holds(value, bound);
        },
    };
}
function describeErrors(errors) {
    if (!errors?.length)
        return 'invalid';
    return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`.trim()).join('; ');
}


/***/ })

};

//# sourceMappingURL=index.647.js.map
