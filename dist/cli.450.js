export const id = 450;
export const ids = [450];
export const modules = {

/***/ 9450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upgradeCommand: () => (/* binding */ upgradeCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7390);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4872);
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8132);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7304);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6788);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7632);







function version(flag, text) {
    const parsed = (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlinkVersion */ .UO)(text);
    if (!parsed)
        throw new _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .CliError */ .z(`${flag}: unknown Flink version '${text}'; supported: ${_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .FLINK_VERSIONS */ .tf.join(', ')}`);
    return parsed;
}
function upgradeCommand() {
    // Its own exitOverride: commander does not pass the program's on to added commands (usage errors exit 2).
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('upgrade')
        .exitOverride()
        .description('What changes for a configuration on another Flink version, and the file rewritten for it (a config.yaml from 2.0 on)')
        .argument('<file>', 'a configuration in any format lint reads')
        .requiredOption('--to <version>', `the target Flink version (${_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .FLINK_VERSIONS */ .tf[0]} to ${_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .FLINK_VERSIONS */ .tf[_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .FLINK_VERSIONS */ .tf.length - 1]})`)
        .option('--from <version>', 'the version the file runs on today (default: what the file says)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--deployment <kind>', 'how the processes are started').choices(_model_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEPLOYMENTS */ .$i))
        .option('--keep-sizes', 'solve on the target for the same task heap, managed memory and JobManager heap')
        .option('--output <path>', 'write the rewritten file there')
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
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .CliError */ .z(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : err.message}`);
        }
        let outcome;
        try {
            outcome = (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_2__.upgradeConfig)({
                file: { path: file, text },
                to,
                ...(from && { from }),
                ...(flags.deployment && { deployment: flags.deployment }),
                keepSizes: flags.keepSizes === true,
            });
        }
        catch (err) {
            if (err instanceof _engine_index_js__WEBPACK_IMPORTED_MODULE_2__.SizeInputError)
                throw new _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .CliError */ .z(err.message, _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.usage);
            throw err;
        }
        const report = { ...outcome, file };
        if (flags.output && outcome.rewritten)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(flags.output, outcome.rewritten.text);
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify((0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .upgradeToJson */ .O6)(report), null, 2)}\n` : (0,_report_index_js__WEBPACK_IMPORTED_MODULE_5__/* .upgradeText */ .aG)(report));
        const refused = ['taskmanager', 'jobmanager'].some((p) => {
            const r = outcome.after[p];
            return !r.ok && !('unsupported' in r);
        });
        if (refused)
            process.exitCode = _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.rejected;
    });
}


/***/ })

};

//# sourceMappingURL=cli.450.js.map
