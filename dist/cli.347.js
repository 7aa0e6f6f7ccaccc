export const id = 347;
export const ids = [347];
export const modules = {

/***/ 3293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ chooseConfigs)
/* harmony export */ });
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7632);

/**
 * The configs of a file a command answers for: the one `--select NAME` names, the n-th of
 * `--document N`, else every one (`several: 'all'`) or the only one (`several: 'ask'`: a file of
 * several is a usage error that lists them).
 */
function chooseConfigs(items, configOf, flags, label, several) {
    const names = items.map((r, i) => {
        const c = configOf(r);
        return `${i + 1}: ${c.name ?? c.kind} (line ${c.line})`;
    });
    if (flags.select !== undefined) {
        const found = items.filter((r) => configOf(r).name === flags.select);
        if (found.length === 1)
            return found;
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z(`${label}: ${found.length === 0 ? 'no config' : 'more than one config'} named '${flags.select}'; it holds ${names.join(', ')}`, _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.usage);
    }
    if (flags.document !== undefined) {
        const n = Number(flags.document);
        if (!Number.isInteger(n) || n < 1 || n > items.length)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z(`${label}: --document ${flags.document}: it holds ${names.join(', ')}`, _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.usage);
        return [items[n - 1]];
    }
    if (items.length === 0)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z(`${label}: no Flink configuration found`, _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.rejected);
    if (items.length > 1 && several === 'ask')
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .CliError */ .z(`${label} holds ${items.length} Flink configs (${names.join(', ')}): choose one with --select NAME or --document N`, _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.usage);
    return [...items];
}


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deriveCommand: () => (/* binding */ deriveCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7390);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8132);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7304);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6788);
/* harmony import */ var _derive_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8859);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4580);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7880);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6601);
/* harmony import */ var _choose_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3293);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7632);












function version(text) {
    const parsed = (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlinkVersion */ .UO)(text);
    if (!parsed) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .CliError */ .z(`unknown Flink version '${text}'; supported: ${_model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .FLINK_VERSIONS */ .tf.join(', ')}`, _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.rejected);
    }
    return parsed;
}
function readStdin() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(0, 'utf8');
    }
    catch (err) {
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .CliError */ .z(`cannot read standard input: ${err.message}`, _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.rejected);
    }
}
/** The text to derive and the name it is read by. */
function readInput(file, sets) {
    if (file !== undefined && file !== '-') {
        try {
            return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'), name: file };
        }
        catch (err) {
            const code = err.code;
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .CliError */ .z(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : err.message}`, _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.rejected);
        }
    }
    // Piped text is the config only where nothing else gives one: a script's `derive --set \u2026` whose
    // standard input is left open (a CI step, a hook) must neither wait on it nor read it.
    if (file === '-' || (sets.length === 0 && !process.stdin.isTTY)) {
        const text = readStdin();
        if (!text.trim() && sets.length === 0)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .CliError */ .z('standard input is empty: give a configuration', _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.rejected);
        return text.trim() ? { text } : undefined;
    }
    if (sets.length === 0)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .CliError */ .z('give a configuration file, --set key=value, or a configuration on standard input', _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.usage);
    return undefined;
}
function assignments(sets) {
    return sets.map((assignment) => {
        const eq = assignment.indexOf('=');
        if (eq <= 0)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .CliError */ .z(`--set expects key=value, got '${assignment}'`, _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.usage);
        return [assignment.slice(0, eq).trim(), assignment.slice(eq + 1)];
    });
}
/** Problems that end a derivation: what Flink refuses to load, and what this tool refuses to read. */
const FATAL = new Set(['yaml-error', 'null-value', 'limit']);
/**
 * The configs of a file exactly as `lint` reads them (load, link: version, deployment, container),
 * through the engine's one-file path. A file no format claims is read as one configuration, by
 * Flink's reader for its name or content.
 */
function configsOf(text, name, flags) {
    const label = name ?? '<stdin>';
    const input = {
        text,
        flinkVersion: flags.flinkVersion,
        deployment: flags.deployment,
    };
    // derive judges nothing: no policy, so no compiler is loaded.
    const pack = { policies: [] };
    let result = name ? (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_6__.lintText)({ ...input, path: name }, pack, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .EMPTY_SETTINGS */ .sS) : undefined;
    if (!result || result.results.length === 0) {
        // Not a kind of file lint looks for by itself (any name, stdin): one Flink configuration.
        const stdinShaped = name ? undefined : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_6__.lintText)({ ...input, path: 'stdin.yaml' }, pack, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .EMPTY_SETTINGS */ .sS);
        result =
            stdinShaped && stdinShaped.results.length > 0
                ? stdinShaped
                : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_6__.lintText)({
                    ...input,
                    path: (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_8__/* .wholeFileFormat */ .DP)(name, text) === 'config-yaml' ? 'config.yaml' : 'flink-conf.yaml',
                }, pack, _policy_index_js__WEBPACK_IMPORTED_MODULE_7__/* .EMPTY_SETTINGS */ .sS);
    }
    const problems = [...result.problems, ...result.results.flatMap((r) => r.config.problems)];
    const fatal = problems.find((p) => FATAL.has(p.code));
    if (fatal)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .CliError */ .z((0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(`${label}:${fatal.location.line}:${fatal.location.column}: ${fatal.message}`), _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.rejected);
    for (const p of problems)
        process.stderr.write(`${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(`${label}:${p.location.line}:${p.location.column}: warning: ${p.message}`)}\n`);
    return result.results;
}
/** The one config to derive: `--select NAME`, `--document N`, or the file's only one. */
function choose(results, flags, label) {
    return (0,_choose_js__WEBPACK_IMPORTED_MODULE_9__/* .chooseConfigs */ .b)(results, (r) => r.config, flags, label, 'ask')[0];
}
/** The breakdown of the chosen config with `--set` on top (as -D does), and where it came from. */
function deriveChosen(result, sets, flags) {
    if (!result) {
        const config = new Map(sets);
        const flinkVersion = version(flags.flinkVersion ?? _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .NEWEST_FLINK_VERSION */ .Xv);
        return { breakdown: (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_2__/* .derive */ .CX)(config, { flinkVersion, deployment: flags.deployment ?? 'standalone' }) };
    }
    const { config } = result;
    const breakdown = sets.length === 0
        ? result.breakdown
        : (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_2__/* .derive */ .CX)(new Map([...(0,_derive_index_js__WEBPACK_IMPORTED_MODULE_5__/* .flinkView */ .Mh)(config), ...sets]), {
            flinkVersion: config.flinkVersion,
            deployment: config.deployment,
            env: config.env ?? {},
        });
    const container = ['taskmanager', 'jobmanager']
        .filter((p) => config.container[p])
        .map((p) => `${p} container ${config.container[p].text}`);
    const about = [
        `${config.file}:${config.line}${config.name ? ` ${config.name}` : ''} (${config.kind})`,
        `Flink ${config.flinkVersion} (${config.flinkVersionSource}), ${config.deployment}`,
        ...container,
    ].join(' \u00b7 ');
    return { breakdown, about };
}
const refused = (r) => !r.ok && !('unsupported' in r);
/** A JSON value of a `--jsonl` config: strings as written, integers as YAML integers, other numbers as floats. */
function jsonConfigValue(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? BigInt(value) : value;
    if (typeof value === 'boolean' || typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function deriveLine(line, defaults) {
    const input = JSON.parse(line);
    if (input === null || typeof input !== 'object')
        throw new Error('expected a JSON object');
    const flinkVersion = input.flinkVersion === undefined
        ? defaults.flinkVersion
        : typeof input.flinkVersion === 'string'
            ? (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlinkVersion */ .UO)(input.flinkVersion)
            : undefined;
    if (!flinkVersion)
        throw new Error(`unknown Flink version ${JSON.stringify(input.flinkVersion)}`);
    const deployment = input.deployment === undefined ? defaults.deployment : input.deployment;
    if (!_model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEPLOYMENTS */ .$i.includes(deployment))
        throw new Error(`unknown deployment ${JSON.stringify(input.deployment)}`);
    if (input.config === null || typeof input.config !== 'object' || Array.isArray(input.config)) {
        throw new Error('"config" must be an object of key: value');
    }
    const config = new Map(Object.entries(input.config).map(([k, v]) => [k, jsonConfigValue(v)]));
    const env = input.env && typeof input.env === 'object' ? input.env : undefined;
    return (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .breakdownToJson */ .FR)((0,_flink_index_js__WEBPACK_IMPORTED_MODULE_2__/* .derive */ .CX)(config, { flinkVersion, deployment, env }));
}
async function runJsonl(defaults) {
    // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
    const lines = process
        .getBuiltinModule('node:readline')
        .createInterface({ input: process.stdin, crlfDelay: Infinity });
    let buffer = '';
    let lineNo = 0;
    for await (const line of lines) {
        lineNo++;
        if (!line.trim())
            continue;
        let out;
        try {
            out = deriveLine(line, defaults);
        }
        catch (err) {
            out = { line: lineNo, error: err instanceof Error ? err.message : String(err) };
        }
        buffer += `${JSON.stringify(out)}\n`;
        if (buffer.length > 1 << 16) {
            if (!process.stdout.write(buffer))
                await new Promise((resolve) => process.stdout.once('drain', resolve));
            buffer = '';
        }
    }
    process.stdout.write(buffer);
}
function deriveCommand() {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('derive')
        .description("Derive a configuration's TaskManager and JobManager memory exactly as Flink does")
        .argument('[file]', 'any file lint reads (flink-conf.yaml, config.yaml, FlinkDeployment, ConfigMap, compose, Helm values); - for standard input (read by itself when it is piped and no --set is given)')
        .option('--set <key=value>', 'set an option on top of the file, as -D does (repeatable)', (v, all) => [...all, v], [])
        .option('--flink-version <version>', `Flink version (${_model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .FLINK_VERSIONS */ .tf[0]} to ${_model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .NEWEST_FLINK_VERSION */ .Xv}); default: what the file declares or implies, as lint reads it`)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--deployment <kind>', 'how the processes are started (default: what the file implies)').choices(_model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEPLOYMENTS */ .$i))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--jsonl', 'read JSON Lines {"flinkVersion", "config", "deployment"?} on stdin, write one result a line')
        .option('--select <name>', 'in a file of several configs, the one with this name (metadata.name, service)')
        .option('--document <n>', 'in a file of several configs, the n-th (from 1)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--only <process>', 'derive and judge one process only').choices([
        'taskmanager',
        'jobmanager',
    ]))
        .action(async (file, flags) => {
        if (flags.flinkVersion !== undefined)
            version(flags.flinkVersion);
        if (flags.jsonl) {
            await runJsonl({
                flinkVersion: version(flags.flinkVersion ?? _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .NEWEST_FLINK_VERSION */ .Xv),
                deployment: flags.deployment ?? 'standalone',
            });
            return;
        }
        const sets = assignments(flags.set);
        const input = readInput(file, flags.set);
        const label = input?.name ?? '<stdin>';
        const chosen = input ? choose(configsOf(input.text, input.name, flags), flags, label) : undefined;
        const { breakdown, about } = deriveChosen(chosen, sets, flags);
        const processes = flags.only ? [flags.only] : ['taskmanager', 'jobmanager'];
        if (flags.format === 'json') {
            const json = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .breakdownToJson */ .FR)(breakdown);
            if (flags.only)
                delete json[flags.only === 'taskmanager' ? 'jobmanager' : 'taskmanager'];
            process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        }
        else {
            const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
            if (about)
                process.stdout.write(`${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(about)}\n\n`);
            process.stdout.write((0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .breakdownText */ .XC)(breakdown, { color, only: flags.only }));
        }
        if (processes.some((p) => refused(breakdown[p])))
            process.exitCode = _exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.rejected;
    });
}


/***/ })

};

//# sourceMappingURL=cli.347.js.map
