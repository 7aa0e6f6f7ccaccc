export const id = 321;
export const ids = [321];
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

/***/ 5321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sizeCommand: () => (/* binding */ sizeCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7390);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4580);
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8132);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7304);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6788);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6601);
/* harmony import */ var _choose_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3293);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7632);









/** A Flink size (`4096m`, `4g`, `1 gb`): the unit-less number is bytes, as Flink reads it. */
function flinkSize(flag, text) {
    const bytes = (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_3__/* .tryParseMemorySize */ .vw)(text);
    if (bytes === undefined)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(`${flag}: '${text}' is not a memory size (like 512m or 2g)`);
    return bytes;
}
/**
 * A container limit: a Kubernetes quantity where it has a Kubernetes suffix (`4Gi`, `4G`, `4000M`),
 * else a Flink size (`4g`, `4096m`, `4096mb`). `m` is Flink's mebibytes, never Kubernetes' milli.
 */
function containerSize(flag, text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?([KMGTPE]i|[kMGTPE]|e\d+)$/.test(t)) {
        const bytes = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_6__/* .quantityBytes */ .zy)(t);
        if (bytes !== undefined)
            return bytes;
    }
    return flinkSize(flag, t);
}
function positiveInt(flag, text) {
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 2147483647)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(`${flag}: expected a positive whole number, got '${text}'`);
    return Number(text);
}
function readInput(file) {
    try {
        return { path: file, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file === '-' ? 0 : file, 'utf8') };
    }
    catch (err) {
        const code = err.code;
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : err.message}`, _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage);
    }
}
function toSizeInput(file, flags) {
    if (flags.container !== undefined && flags.process !== undefined)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z('give --container or --process, not both');
    let flinkVersion;
    if (flags.flinkVersion !== undefined) {
        flinkVersion = (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlinkVersion */ .UO)(flags.flinkVersion);
        if (!flinkVersion)
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(`unknown Flink version '${flags.flinkVersion}'; supported: ${_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .FLINK_VERSIONS */ .tf.join(', ')}`);
    }
    const bound = flags.container !== undefined
        ? containerSize('--container', flags.container)
        : flags.process !== undefined
            ? flinkSize('--process', flags.process)
            : undefined;
    const size = (flag, text) => text === undefined ? undefined : flinkSize(flag, text);
    const targets = Object.fromEntries([
        ['taskHeapPerSlot', size('--task-heap-per-slot', flags.taskHeapPerSlot)],
        ['managedPerSlot', size('--managed-per-slot', flags.managedPerSlot)],
        ['network', size('--network', flags.network)],
        ['metaspace', size('--metaspace', flags.metaspace)],
        ['overhead', size('--overhead', flags.overhead)],
    ].filter(([, v]) => v !== undefined));
    const components = flags.component === 'both' ? ['taskmanager', 'jobmanager'] : [flags.component];
    return {
        ...(file !== undefined && { file: readInput(file) }),
        ...(flinkVersion && { flinkVersion }),
        ...(flags.deployment && { deployment: flags.deployment }),
        ...(bound !== undefined && { bound }),
        ...(flags.stateBackend && { stateBackend: flags.stateBackend }),
        ...(flags.slots !== undefined && { slots: positiveInt('--slots', flags.slots) }),
        targets,
        components,
        ...(file !== undefined && {
            pick: (configs) => (0,_choose_js__WEBPACK_IMPORTED_MODULE_7__/* .chooseConfigs */ .b)(configs, (c) => c, flags, file, 'all'),
        }),
    };
}
function sizeCommand() {
    // Its own exitOverride: commander does not pass the program's on to added commands (usage errors exit 2).
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('size')
        .exitOverride()
        .description('Solve for the memory configuration: the largest that fits a container (--container / --process), or the smallest that meets the targets')
        .argument('[file]', 'a configuration to adjust, in any format lint reads (default: Flink\u2019s own default file)')
        .option('--container <size>', 'container memory limit: 4Gi, 4G (Kubernetes) or 4g, 4096m (Flink)')
        .option('--process <size>', 'total process memory to fill (Flink units)')
        .option('--flink-version <version>', `Flink version (${_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .FLINK_VERSIONS */ .tf[0]} to ${_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .NEWEST_FLINK_VERSION */ .Xv}); default: the file\u2019s, else ${_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .NEWEST_FLINK_VERSION */ .Xv}`)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--deployment <kind>', 'how the processes are started').choices(_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPLOYMENTS */ .$i))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--state-backend <name>', 'state backend').choices(['hashmap', 'rocksdb', 'forst']))
        .option('--slots <n>', 'task slots per TaskManager')
        .option('--task-heap-per-slot <size>', 'at least this task heap per slot')
        .option('--managed-per-slot <size>', 'at least this managed memory per slot')
        .option('--network <size>', 'at least this network memory')
        .option('--metaspace <size>', 'at least this JVM metaspace')
        .option('--overhead <size>', 'at least this JVM overhead')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--component <process>', 'which process to size')
        .choices(['taskmanager', 'jobmanager', 'both'])
        .default('taskmanager'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--select <name>', 'in a file of several configs, answer for the one with this name (metadata.name, service); default: each')
        .option('--document <n>', 'in a file of several configs, answer for the n-th (from 1)')
        .action((file, flags) => {
        const input = toSizeInput(file, flags);
        let outcomes;
        try {
            outcomes = (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_2__.sizeConfigs)(input);
        }
        catch (err) {
            if (err instanceof _engine_index_js__WEBPACK_IMPORTED_MODULE_2__.SizeInputError)
                throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(err.message, _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage);
            throw err;
        }
        if (flags.format === 'json') {
            // One config: its answer; several: each, named, under `configs`.
            const json = outcomes.length === 1
                ? (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .sizeToJson */ .zG)(outcomes[0])
                : {
                    configs: outcomes.map((o) => ({
                        ...(o.source.config?.name !== undefined && { name: o.source.config.name }),
                        line: o.source.config?.line,
                        ...(0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .sizeToJson */ .zG)(o),
                    })),
                };
            process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        }
        else {
            const color = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .useColor */ .by)(process.stdout, process.env);
            process.stdout.write(outcomes.map((o) => (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .sizeText */ .lP)(o, { color })).join('\n'));
        }
        if (outcomes.some((o) => !o.feasible))
            process.exitCode = _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.rejected;
    });
}


/***/ })

};

//# sourceMappingURL=cli.321.js.map
