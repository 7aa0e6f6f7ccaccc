export const id = 693;
export const ids = [693];
export const modules = {

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


/***/ }),

/***/ 3693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EMPTY_SETTINGS: () => (/* reexport safe */ _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__.sS),
/* harmony export */   SETTINGS_FILE: () => (/* reexport safe */ _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__.tP),
/* harmony export */   loadSettings: () => (/* binding */ loadSettings),
/* harmony export */   parseSettings: () => (/* binding */ parseSettings),
/* harmony export */   settingsFile: () => (/* reexport safe */ _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__._r),
/* harmony export */   settingsForFile: () => (/* reexport safe */ _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__.t8)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9008);
/* harmony import */ var _schema_compiler_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1517);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3222);







const ruleOverride = {
    anyOf: [
        { enum: ['off', 'error', 'warning', 'info'] },
        {
            type: 'object',
            additionalProperties: false,
            properties: {
                severity: { enum: ['off', 'error', 'warning', 'info'] },
                parameters: { $ref: '#/$defs/parameters' },
            },
        },
    ],
};
const SETTINGS_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    properties: {
        flinkVersion: { type: ['string', 'number'] },
        policies: { type: 'array', items: { type: 'string' } },
        baseline: { type: 'string' },
        parameters: { $ref: '#/$defs/parameters' },
        rules: { type: 'object', additionalProperties: ruleOverride },
        overrides: {
            type: 'array',
            items: {
                type: 'object',
                required: ['files'],
                additionalProperties: false,
                properties: {
                    files: { type: 'array', minItems: 1, items: { type: 'string' } },
                    rules: { type: 'object', additionalProperties: ruleOverride },
                    parameters: { $ref: '#/$defs/parameters' },
                },
            },
        },
    },
    $defs: {
        parameters: {
            type: 'object',
            additionalProperties: {
                anyOf: [
                    { type: ['string', 'number', 'boolean'] },
                    { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
                ],
            },
        },
    },
};
/**
 * Reads `.flink-memory-lint.yaml` (at `cwd`, or the file given with `--config`). Folders and the
 * baseline are resolved against the settings file's folder and must stay in the workspace. A
 * broken file is a problem, and the run goes on with defaults; a missing explicit file is a
 * problem too.
 */
function loadSettings(cwd, configFile, workspace = cwd) {
    const file = (0,_settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsFile */ ._r)(cwd, configFile) ?? (0,_settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultSettingsFile */ .jP)(cwd);
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    // A settings file the caller names outside the workspace is theirs; one inside is the repository's.
    const home = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .lexicallyInside */ .o5)(workspace, file) ? workspace : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file);
    const root = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .realRoot */ .dU)(home) ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(home);
    const read = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readConfined */ .Hz)(file, [root]);
    if (!read.ok) {
        if (read.code !== 'not-found')
            return { settings: _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_SETTINGS */ .sS, problems: [{ file: shown, message: read.message }] };
        const problems = configFile ? [{ file: configFile, message: 'settings file not found' }] : [];
        return { settings: _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_SETTINGS */ .sS, problems };
    }
    const parsed = parseSettings(read.bytes.toString('utf8'), shown, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), home);
    const settings = { ...parsed.settings, root };
    const problems = [...parsed.problems];
    const refused = (what, target) => {
        const where = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .confinedPath */ .OR)(target, [root]);
        if (!where.ok) {
            if (where.code === 'not-found')
                return undefined;
            problems.push({ file: shown, message: `${what} ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(home, target)}: ${where.message}` });
            return target;
        }
        // The baseline is read whole by the run: a FIFO or a device there would block it.
        const reason = what === 'baseline' ? (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .unreadableReason */ .Qk)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(where.real)) : undefined;
        if (reason)
            problems.push({ file: shown, message: `${what} ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, target)}: ${reason}` });
        return reason && target;
    };
    settings.policyDirs = settings.policyDirs.filter((dir) => refused('policies', dir) === undefined);
    if (settings.baseline !== undefined && refused('baseline', settings.baseline) !== undefined)
        settings.baseline = undefined;
    return { settings, problems };
}
function parseSettings(text, file, baseDir, home = baseDir) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    // The sources' YAML parse: nesting bounded, duplicate keys found in linear time.
    const [first, second] = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDocumentsWithinDepth */ .id)(text, {}, lineCounter, true);
    const invalid = (offset, why) => {
        const { line, col } = lineCounter.linePos(offset);
        return {
            settings: _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_SETTINGS */ .sS,
            problems: [{ file, line, message: `not valid YAML: ${why(line, col)}` }],
        };
    };
    if (!('doc' in first))
        return invalid(first.tooDeepAt, _sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .tooDeepMessage */ .Q2);
    if (second)
        return invalid('doc' in second ? second.doc.range[0] : second.tooDeepAt, () => 'more than one YAML document');
    const { doc } = first;
    if (doc.errors.length) {
        const e = doc.errors[0];
        return {
            settings: _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_SETTINGS */ .sS,
            problems: [{ file, line: lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message}` }],
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (err) {
        return {
            settings: _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_SETTINGS */ .sS,
            problems: [{ file, message: `not valid YAML: ${err.message}` }],
        };
    }
    const validate = (0,_schema_compiler_js__WEBPACK_IMPORTED_MODULE_4__/* .createAjv */ .g)().compile(SETTINGS_SCHEMA);
    if (!validate(data)) {
        const error = validate.errors?.[0];
        const line = error ? lineOfPath(doc, lineCounter, error.instancePath) : undefined;
        return {
            settings: _settings_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_SETTINGS */ .sS,
            problems: [{ file, line, message: `invalid settings: ${(0,_schema_compiler_js__WEBPACK_IMPORTED_MODULE_4__/* .describeErrors */ .r)(validate.errors)}` }],
        };
    }
    const raw = data;
    // Paths in the settings file are the repository's: relative, and inside it.
    const problems = [];
    const inside = (what, given) => {
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(baseDir, given);
        if (!node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(given) && (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_5__/* .lexicallyInside */ .o5)(home, resolved))
            return resolved;
        problems.push({
            file,
            line: lineOfPath(doc, lineCounter, what === 'baseline' ? '/baseline' : '/policies'),
            message: `${what} ${JSON.stringify(given)} ${node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(given) ? 'is an absolute path' : 'leads out of the workspace'}: settings name files inside the repository; not read`,
        });
        return undefined;
    };
    return {
        problems,
        settings: {
            file,
            // A YAML 1.20 is the number 1.2: keep the text as written.
            flinkVersion: raw.flinkVersion === undefined ? undefined : versionText(doc, raw.flinkVersion),
            policyDirs: (raw.policies ?? []).flatMap((p) => inside('policies', p) ?? []),
            baseline: raw.baseline === undefined ? undefined : inside('baseline', raw.baseline),
            parameters: flattenParameters(raw.parameters),
            rules: normaliseRules(raw.rules),
            overrides: (raw.overrides ?? []).map((o) => ({
                files: o.files,
                rules: normaliseRules(o.rules),
                parameters: flattenParameters(o.parameters),
            })),
        },
    };
}
function versionText(doc, value) {
    const node = doc.get('flinkVersion', true);
    return node?.source ?? String(value);
}
function lineOfPath(doc, lc, pointer) {
    const parts = pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const node = doc.getIn(parts, true);
    const range = node?.range ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.contents) ? doc.contents.range : undefined);
    return range ? lc.linePos(range[0]).line : undefined;
}
/** `{containerMemory: {taskmanager: 4Gi}}` \u2192 `containerMemory.taskmanager`. */
function flattenParameters(params) {
    const out = {};
    for (const [name, value] of Object.entries(params ?? {})) {
        if (typeof value === 'object')
            for (const [sub, v] of Object.entries(value))
                out[`${name}.${sub}`] = v;
        else
            out[name] = value;
    }
    return out;
}
function normaliseRules(rules) {
    const out = {};
    for (const [id, value] of Object.entries(rules ?? {})) {
        out[id] = typeof value === 'string' ? { severity: value } : value;
    }
    return out;
}


/***/ })

};

//# sourceMappingURL=index.693.js.map
