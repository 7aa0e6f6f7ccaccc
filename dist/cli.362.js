export const id = 362;
export const ids = [362];
export const modules = {

/***/ 3362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintCommand: () => (/* binding */ lintCommand)
});

// EXTERNAL MODULE: ./src/report/index.ts + 29 modules
var src_report = __webpack_require__(6788);
// EXTERNAL MODULE: ./node_modules/commander/index.js + 9 modules
var commander = __webpack_require__(7390);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __webpack_require__(8132);
// EXTERNAL MODULE: ./src/engine/index.ts + 9 modules
var engine = __webpack_require__(4580);
// EXTERNAL MODULE: ./src/model/index.ts + 5 modules
var model = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/policy/index.ts + 17 modules
var policy = __webpack_require__(7880);
// EXTERNAL MODULE: ./src/sources/index.ts + 31 modules
var sources = __webpack_require__(6601);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(7632);
;// CONCATENATED MODULE: ./src/cli/compare.ts



/**
 * `lint --base REF`: the linted paths that differ between REF and the work tree, as they are at
 * REF. A ref git cannot resolve, or a folder outside a git work tree, is a usage error.
 */
async function lintAtRef(ref, options) {
    const { cwd } = options;
    if (!(await (0,sources/* insideWorkTree */.iu)(cwd)))
        throw new exit/* CliError */.z(`--base needs a git work tree: ${cwd} is not in one`);
    const base = await (0,engine.gitBase)(cwd, ref, 'work-tree');
    if (!base)
        throw new exit/* CliError */.z(`--base ${ref}: git cannot resolve it to a commit in this repository`);
    return (0,engine.lintBase)(options, base);
}

;// CONCATENATED MODULE: ./src/cli/lint.ts












const FAIL_ON = [...model/* SEVERITIES */.oC, 'never'];
/**
 * `--format NAME[:FILE]` (repeatable) and `--output FILE`: several formats in one run, at most one of
 * them on standard output. `--output` takes the one format given without a file.
 */
function outputTargets(formats, output) {
    const specs = formats.length > 0 ? formats : ['text'];
    const targets = specs.map((spec) => {
        const colon = spec.indexOf(':');
        const name = colon < 0 ? spec : spec.slice(0, colon);
        const file = colon < 0 ? undefined : spec.slice(colon + 1);
        if (!src_report/* FORMAT_NAMES */.BU.includes(name))
            throw new exit/* CliError */.z(`unknown format '${name}'; choose from ${src_report/* FORMAT_NAMES */.BU.join(', ')}`);
        if (file === '')
            throw new exit/* CliError */.z(`--format ${name}: give a file after the colon`);
        return { format: name, file };
    });
    const toStdout = targets.filter((t) => t.file === undefined);
    if (output !== undefined) {
        if (toStdout.length !== 1)
            throw new exit/* CliError */.z('--output needs exactly one --format without a file');
        toStdout[0].file = output;
    }
    else if (toStdout.length > 1) {
        throw new exit/* CliError */.z('only one format can go to standard output: give the others a file (--format sarif:out.sarif)');
    }
    return targets;
}
/** Problems with the run's own inputs (settings, policies, baseline): always said, whatever the format. */
const SETUP_NOTICES = new Set(['settings-invalid', 'policy-invalid', 'baseline-invalid']);
const collect = (value, previous) => [...previous, value];
function lintCommand() {
    return (new commander/* Command */.uB('lint')
        // Usage errors reach the program's handler (exit status 2) instead of exiting here.
        .exitOverride()
        .description('Find every Flink configuration under PATHS, derive its memory and check it against the policies.')
        .argument('[paths...]', 'files or folders to lint', ['.'])
        .option('--format <format[:file]>', `output format (${src_report/* FORMAT_NAMES */.BU.join(', ')}), with a file to write it to; repeatable`, collect, [])
        .option('--output <file>', 'write the report to a file instead of standard output')
        .addOption(new commander/* Option */.c$('--fail-on <severity>', 'exit 1 when a finding is at or above')
        .choices(FAIL_ON)
        .default('error'))
        .option('--flink-version <version>', `judge every config as this Flink version (${model/* FLINK_VERSIONS */.tf[0]}\u2013${model/* FLINK_VERSIONS */.tf.at(-1)})`)
        .option('--config <file>', 'settings file (default: .flink-memory-lint.yaml)')
        .option('--policies <dir>', 'a folder of extra policies (repeatable)', collect, [])
        .option('--include <glob>', 'only files matching (repeatable)', collect, [])
        .option('--exclude <glob>', 'skip files matching (repeatable)', collect, [])
        .option('--write-baseline <file>', 'record the current findings as accepted; later runs report only new ones')
        .option('--base <ref>', 'compare with a git ref: text, json and markdown show how each changed config differs from it')
        .option('--concurrency <threads>', 'threads that share the files: a number, or auto (more than one only for large trees)', concurrency, 'auto')
        .option('--no-color', 'no colours in text output')
        .option('-v, --verbose', "text: each config's breakdown, and every finding of a rule however often it repeats; on standard error, how many files were listed, ruled out unparsed and read")
        .action(async (paths, flags) => {
        if (flags.flinkVersion !== undefined && !(0,flink/* parseFlinkVersion */.UO)(flags.flinkVersion)) {
            throw new exit/* CliError */.z(`unknown Flink version '${flags.flinkVersion}'; supported: ${model/* FLINK_VERSIONS */.tf.join(', ')}`, exit/* EXIT */.d.usage);
        }
        const targets = outputTargets(flags.format, flags.output);
        const options = {
            paths,
            cwd: process.cwd(),
            flinkVersion: flags.flinkVersion,
            configFile: flags.config,
            policyDirs: flags.policies,
            include: flags.include,
            exclude: flags.exclude,
            concurrency: flags.concurrency,
        };
        const base = flags.base === undefined ? undefined : await lintAtRef(flags.base, options);
        for (const problem of base?.problems ?? [])
            process.stderr.write(`warning: ${(0,src_report/* visible */.RK)(problem)}\n`);
        const report = await withProgress((onProgress) => (0,engine.lint)({ ...options, onProgress }));
        // A mistyped path is a usage error, never a quiet run over nothing.
        const missing = report.notices.filter((n) => n.code === 'path-not-found');
        if (missing.length > 0)
            throw new exit/* CliError */.z(missing.map((n) => (0,src_report/* visible */.RK)(n.message)).join('\n'), exit/* EXIT */.d.usage);
        if (report.summary.configs === 0)
            process.stderr.write(`warning: no Flink configuration found under ${(0,src_report/* visible */.RK)(paths.join(', '))}\n`);
        if (flags.verbose && report.stats) {
            const { listed, ruledOut } = report.stats;
            process.stderr.write(`verbose: ${listed} files listed by name, ${ruledOut} ruled out on their text before parsing, ${report.summary.configs} configs\n`);
        }
        if (flags.writeBaseline !== undefined) {
            write(flags.writeBaseline, `${JSON.stringify((0,policy/* createBaseline */.wu)(report.findings, report.tool.name), null, 2)}\n`);
            process.stderr.write(`wrote ${report.findings.length} findings to ${flags.writeBaseline}\n`);
            process.exitCode = exit/* EXIT */.d.ok;
            return;
        }
        const failed = (0,src_report/* reachesThreshold */.Lu)(report.findings, flags.failOn);
        const comparison = base && (0,engine.compareWithBase)(base, report);
        for (const { format, file } of targets) {
            const pieces = (0,src_report/* renderPieces */.Yc)(format, report, {
                color: flags.color && file === undefined && (0,src_report/* useColor */.by)(process.stdout, process.env),
                failed,
                comparison,
                verbose: flags.verbose,
            });
            // In a workflow the runner reads the step's output: no line of it may be a command.
            if (file === undefined)
                await writeOut(pieces, src_report/* inertLines */.wi);
            else {
                writePieces(file, pieces);
                process.stderr.write(`wrote ${(0,src_report/* visible */.RK)(file)}\n`);
            }
        }
        const textOnStdout = targets.some((t) => t.format === 'text' && t.file === undefined);
        for (const notice of report.notices) {
            if (textOnStdout || !SETUP_NOTICES.has(notice.code))
                continue;
            const where = notice.location ? `${notice.location.file}:${notice.location.line}: ` : '';
            process.stderr.write(`warning: ${(0,src_report/* visible */.RK)(`${where}${notice.message}`)}\n`);
        }
        process.exitCode = failed ? exit/* EXIT */.d.findings : exit/* EXIT */.d.ok;
    }));
}
/** Runs longer than this show a line of progress on a terminal's standard error. */
const PROGRESS_AFTER_MS = 1000;
/** `1,200 of 20,000 files read`, then `20,000 files read, 800 judged`, with thousands separated. */
function filesDone({ listed, read, judged }) {
    const n = (x) => x.toLocaleString('en-US');
    if (read < listed)
        return `${n(read)} of ${n(listed)} files read`;
    return `${n(listed)} ${listed === 1 ? 'file' : 'files'} read, ${n(judged)} judged`;
}
/**
 * A `linting\u2026 3s, 1,200 of 20,000 files read` line on standard error while `work` runs, on a
 * terminal only, drawn after a second and redrawn every second, and cleared when it ends.
 * Elsewhere (a pipe, a CI log) nothing: the line is for a person waiting.
 */
async function withProgress(work) {
    const stream = process.stderr;
    if (!stream.isTTY)
        return work();
    const started = Date.now();
    let files = '';
    let shown = false;
    const tick = () => {
        shown = true;
        const seconds = Math.round((Date.now() - started) / 1000);
        stream.write(`\r\u001b[2Klinting\u2026 ${seconds}s${files ? `, ${files}` : ''}`);
    };
    let timer;
    const first = setTimeout(() => {
        tick();
        timer = setInterval(tick, 1000);
    }, PROGRESS_AFTER_MS);
    try {
        return await work((progress) => (files = filesDone(progress)));
    }
    finally {
        clearTimeout(first);
        if (timer)
            clearInterval(timer);
        if (shown)
            stream.write('\r\u001b[2K');
    }
}
function concurrency(value) {
    if (value === 'auto')
        return value;
    const threads = Number(value);
    if (!Number.isInteger(threads) || threads < 1)
        throw new exit/* CliError */.z(`--concurrency: '${value}' is not a number of threads (1 or more) or auto`, exit/* EXIT */.d.usage);
    return threads;
}
/**
 * Writes pieces to standard output as they come, in whole lines (`transform` reads line starts),
 * waiting while a slow reader drains the pipe.
 */
async function writeOut(pieces, transform) {
    let buffer = '';
    for (const piece of pieces) {
        buffer += piece;
        const cut = buffer.length < 1 << 16 ? 0 : buffer.lastIndexOf('\n') + 1;
        if (cut === 0)
            continue;
        const ready = process.stdout.write(transform(buffer.slice(0, cut)));
        buffer = buffer.slice(cut);
        if (!ready)
            await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
    process.stdout.write(transform(buffer));
}
function writePieces(file, pieces) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'w');
        for (const piece of pieces)
            (0,external_node_fs_.writeSync)(fd, piece);
    }
    catch (err) {
        throw new exit/* CliError */.z(`cannot write ${file}: ${err.message}`, exit/* EXIT */.d.usage);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function write(file, text) {
    try {
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    catch (err) {
        throw new exit/* CliError */.z(`cannot write ${file}: ${err.message}`, exit/* EXIT */.d.usage);
    }
}


/***/ })

};

//# sourceMappingURL=cli.362.js.map
