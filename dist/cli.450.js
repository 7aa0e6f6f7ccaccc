export const id = 450;
export const ids = [450];
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

/***/ 9450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upgradeCommand: () => (/* binding */ upgradeCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7390);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4580);
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8132);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7304);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6788);
/* harmony import */ var _choose_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3293);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7632);









function version(flag, text) {
    const parsed = (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlinkVersion */ .UO)(text);
    if (!parsed)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(`${flag}: unknown Flink version '${text}'; supported: ${_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FLINK_VERSIONS */ .tf.join(', ')}`);
    return parsed;
}
function upgradeCommand() {
    // Its own exitOverride: commander does not pass the program's on to added commands (usage errors exit 2).
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('upgrade')
        .exitOverride()
        .description('What changes for a configuration on another Flink version, and the file rewritten for it (a config.yaml from 2.0 on)')
        .argument('<file>', 'a configuration in any format lint reads')
        .requiredOption('--to <version>', `the target Flink version (${_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FLINK_VERSIONS */ .tf[0]} to ${_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FLINK_VERSIONS */ .tf[_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .FLINK_VERSIONS */ .tf.length - 1]})`)
        .option('--from <version>', 'the version the file runs on today (default: what the file says)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--deployment <kind>', 'how the processes are started').choices(_model_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEPLOYMENTS */ .$i))
        .option('--keep-sizes', 'solve on the target for the same task heap, managed memory and JobManager heap')
        .option('--output <path>', 'write the rewritten file there')
        .option('--write', 'write the rewritten file over FILE (a flink-conf.yaml migrated for 2.0+ goes to config.yaml beside it)')
        .option('--select <name>', 'in a file of several configs, only the one with this name (metadata.name, service)')
        .option('--document <n>', 'in a file of several configs, only the n-th (from 1)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action((file, flags) => {
        const to = version('--to', flags.to);
        const from = flags.from === undefined ? undefined : version('--from', flags.from);
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
        }
        catch (err) {
            const code = err.code;
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : err.message}`);
        }
        let outcome;
        try {
            outcome = (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_3__.upgradeConfig)({
                file: { path: file, text },
                to,
                ...(from && { from }),
                ...(flags.deployment && { deployment: flags.deployment }),
                keepSizes: flags.keepSizes === true,
                pick: (configs) => (0,_choose_js__WEBPACK_IMPORTED_MODULE_7__/* .chooseConfigs */ .b)(configs, (c) => c, flags, file, 'all'),
            });
        }
        catch (err) {
            if (err instanceof _engine_index_js__WEBPACK_IMPORTED_MODULE_3__.SizeInputError)
                throw new _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z(err.message, _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.usage);
            throw err;
        }
        const report = { ...outcome, file };
        if (flags.output && outcome.rewritten)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(flags.output, outcome.rewritten.text);
        if (flags.write && outcome.rewritten)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), outcome.rewritten.name), outcome.rewritten.text);
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify((0,_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .upgradeToJson */ .O6)(report), null, 2)}\n` : (0,_report_index_js__WEBPACK_IMPORTED_MODULE_6__/* .upgradeText */ .aG)(report));
        const refused = outcome.configs.some((c) => ['taskmanager', 'jobmanager'].some((p) => {
            const r = c.after[p];
            return !r.ok && !('unsupported' in r);
        }));
        if (refused)
            process.exitCode = _exit_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .d.rejected;
    });
}


/***/ })

};

//# sourceMappingURL=cli.450.js.map
