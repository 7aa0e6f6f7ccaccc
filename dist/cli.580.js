export const id = 580;
export const ids = [580];
export const modules = {

/***/ 4580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SizeInputError: () => (/* reexport */ SizeInputError),
  compareWithBase: () => (/* reexport */ compareWithBase),
  gitBase: () => (/* reexport */ gitBase),
  lint: () => (/* reexport */ lint),
  lintBase: () => (/* reexport */ lintBase),
  lintText: () => (/* reexport */ lintText),
  prepare: () => (/* reexport */ prepare),
  sizeConfig: () => (/* reexport */ sizeConfig),
  sizeConfigs: () => (/* reexport */ sizeConfigs),
  startShortRun: () => (/* reexport */ startShortRun),
  upgradeConfig: () => (/* reexport */ upgradeConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/link/index.ts + 14 modules
var src_link = __webpack_require__(1029);
// EXTERNAL MODULE: ./src/model/index.ts + 5 modules
var model = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/policy/index.ts + 17 modules
var policy = __webpack_require__(7880);
// EXTERNAL MODULE: ./src/sources/index.ts + 31 modules
var src_sources = __webpack_require__(6601);
;// CONCATENATED MODULE: ./src/engine/compiler-tier.ts
/**
 * V8 compiles hot functions a second time with its optimising compiler, TurboFan, on background
 * threads. A run over a few thousand files is over before that work pays off, and the compiling
 * takes the core a worker thread could use. Measured on two cores: a 10,000-file tree took 1.30 s
 * with TurboFan and one thread, 0.96 s without it and two threads; at 40,000 files it turns round,
 * 3.1 s against 3.4 s. So the command line and the action start with TurboFan off
 * (`startShortRun`); a run that lists more than `LONG_RUN_FILES` files turns it back on and
 * leaves it a core (threads.ts).
 */
const LONG_RUN_FILES = 16_000;
function isLongRun(files) {
    return files > LONG_RUN_FILES;
}
// `node:v8` is loaded on first use, not at start-up (docs/architecture.md, Start-up).
function startShortRun() {
    process.getBuiltinModule('node:v8').setFlagsFromString('--no-turbofan');
}
/** Called once discovery knows how many files there are to read. */
function sizeRun(files) {
    if (isLongRun(files))
        process.getBuiltinModule('node:v8').setFlagsFromString('--turbofan');
}

// EXTERNAL MODULE: ./src/derive/index.ts + 1 modules
var derive = __webpack_require__(8859);
;// CONCATENATED MODULE: ./src/engine/files.ts




/**
 * Reads the listed files and loads those that may hold a configuration, keeping at most
 * `maxConfigs` configs: the first half of a thread's work on its chunk.
 */
function loadListed(listed, context) {
    const notices = [];
    const files = [];
    const stats = { ruledOut: 0 };
    let configs = 0;
    for (const candidate of (0,src_sources/* readCandidates */.lH)(listed, notices, stats)) {
        const file = { path: candidate.path, configs: [], notices: [], fileProblems: [] };
        files.push(file);
        const room = context.maxConfigs - configs;
        if (room <= 0) {
            file.skipped = true;
            continue;
        }
        const loaded = (0,src_sources/* loadFile */.ZN)(candidate.path, candidate.text);
        // Kept only for what it says of other files (its name, a workload's ConfigMap, an image) and no
        // config in it: what fails to parse there (a Helm template) is nobody's concern here.
        if (candidate.keptBy !== 'text' && loaded.configs.length === 0)
            loaded.problems = [];
        const { containers, chart, kustomization } = loaded;
        const placing = {
            ...(0,src_link/* readLinkSources */.xu)(candidate.path, candidate.text),
            ...(containers ? { containers } : {}),
            ...(chart ? { chart } : {}),
            ...(kustomization ? { kustomization } : {}),
        };
        if (Object.keys(placing).length > 0)
            file.placing = placing;
        if (loaded.configs.length > 0 || loaded.problems.length > 0)
            file.text = candidate.text;
        for (const problem of loaded.problems) {
            if (problem.code === 'yaml-error')
                file.fileProblems.push(problem);
            else
                file.notices.push({ code: problem.code, message: problem.message, location: problem.location });
        }
        if (loaded.configs.length > room)
            file.truncated = true;
        file.configs = loaded.configs.slice(0, room);
        configs += file.configs.length;
    }
    return { notices, files, ruledOut: stats.ruledOut };
}
/** What the link stage needs of a loaded chunk. */
function chunkLinkFacts(chunk) {
    return chunk.files
        .filter((f) => f.configs.length > 0 || f.placing)
        .map((f) => (0,src_link/* linkFacts */.Y9)(f.path, f.configs, f.placing));
}
/**
 * Derives and judges a loaded chunk whose configs the link stage has placed: the second half of a
 * thread's work. Pure apart from the pack, compiled on first use.
 */
function judgeChunk(chunk, links, context, pack) {
    const results = [];
    const sources = new Map();
    const fileProblems = [];
    const files = chunk.files.map(({ configs, placing: _placing, ...file }) => {
        const outcome = { ...file, results: configs.flatMap((c) => judged(c, links)) };
        if (file.text !== undefined)
            sources.set(file.path, file.text);
        fileProblems.push(...file.fileProblems);
        results.push(...outcome.results);
        return outcome;
    });
    if (!context.judge)
        return { notices: chunk.notices, ruledOut: chunk.ruledOut, files, findings: [], suppressed: [] };
    const policies = results.length > 0 || fileProblems.length > 0 ? pack() : { policies: [] };
    const { findings, suppressed } = (0,policy/* evaluate */._3)(results, policies, context.settings, {
        sources,
        baseline: context.baseline,
        fileProblems,
    });
    return { notices: chunk.notices, ruledOut: chunk.ruledOut, files, findings, suppressed };
}
function judged(loaded, links) {
    const link = links.get(loaded.id);
    if (!link)
        throw new Error(`the link stage did not place config ${loaded.id}`);
    return (0,src_link/* applyLinks */._C)(loaded, link).map((config) => ({ config, breakdown: (0,derive/* deriveConfig */.a)(config) }));
}
/**
 * Joins the shares of a run, in file order, into what one thread linting every file would have
 * reported: the first `maxConfigs` configs; the files past them are left out, with what was
 * judged of them, and named in a `limit` notice.
 */
function mergeShares(shares, maxConfigs) {
    const merged = {
        results: [],
        findings: [],
        suppressed: [],
        // What reading noticed first, as discovery reports it; then what loading noticed, file by file.
        notices: shares.flatMap((share) => share.notices),
        sources: new Map(),
        judged: false,
        ruledOut: shares.reduce((sum, share) => sum + share.ruledOut, 0),
    };
    const unread = [];
    // Keys of what a share judged but the run has no room for: config ids, and whole files.
    const dropped = new Set();
    for (const file of shares.flatMap((share) => share.files)) {
        const room = maxConfigs - merged.results.length;
        if (room <= 0 || file.skipped) {
            unread.push(file.path);
            dropped.add(fileKey(file.path));
            continue;
        }
        if (file.text !== undefined)
            merged.sources.set(file.path, file.text);
        merged.judged ||= file.results.length > 0 || file.fileProblems.length > 0;
        merged.notices.push(...file.notices);
        if (file.truncated || file.results.length > room)
            unread.push(file.path);
        for (const [i, result] of file.results.entries()) {
            if (i >= room) {
                dropped.add(result.config.id);
                continue;
            }
            merged.results.push(result);
            if (isEmptyFile(result.config))
                merged.notices.push({
                    code: 'empty-config',
                    message: 'Sets no Flink option',
                    location: { file: result.config.file, line: 1, column: 1 },
                });
        }
    }
    if (unread.length > 0)
        merged.notices.push({
            code: 'limit',
            message: `Only the first ${maxConfigs} configs are linted: ${unread.length} files from ${unread[0]} on are left out, in whole or in part`,
            location: { file: unread[0], line: 1, column: 1 },
        });
    const kept = (f) => !dropped.has(f.configId ?? '') && !dropped.has(fileKey(f.file));
    merged.findings = (0,policy/* sortFindings */.Tc)(shares.flatMap((share) => share.findings).filter(kept));
    merged.suppressed = (0,policy/* sortFindings */.Tc)(shares.flatMap((share) => share.suppressed).filter(kept));
    return merged;
}
/** Cannot collide with a config id (`file#\u2026`). */
const fileKey = (file) => `${file}\0`;
/** A whole-file config with nothing in it (empty, or comments only). */
function isEmptyFile(config) {
    return ((config.kind === 'flink-conf' || config.kind === 'config-yaml') &&
        config.entries.length === 0 &&
        config.problems.length === 0);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/engine/threads.ts






/** Files a chunk: small enough that threads end close together, large enough to cost little. */
const CHUNK_FILES = 64;
/**
 * Fewer listed files than this a thread and `auto` keeps to one: a worker costs about as much to
 * start, compile the policies and hand back its results as reading and linting this many takes.
 */
const MIN_FILES_PER_THREAD = 1000;
/** The bundled worker entry beside this module; absent when running from the TypeScript sources. */
function workerEntry() {
    const file = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), 'lint-worker.js');
    return (0,external_node_fs_.existsSync)(file) ? file : undefined;
}
/**
 * How many threads share a tree of `files` files: as asked, or for `auto` by its size and the
 * cores, less one for V8's optimising compiler in a long run (compiler-tier.ts).
 */
function threadCount(files, concurrency) {
    if (concurrency !== 'auto')
        return Math.max(1, Math.min(concurrency, files));
    const cores = (0,external_node_os_.availableParallelism)() - (isLongRun(files) ? 1 : 0);
    return Math.max(1, Math.min(Math.floor(files / MIN_FILES_PER_THREAD), cores));
}
/**
 * Claims chunks until none is left and loads each, keeping it in `loaded` and handing its link
 * facts to `done`. The configs a thread keeps stop at `maxConfigs`, counted over its own chunks:
 * those come in file order, so no file before the run's limit is ever cut short (mergeShares
 * applies the limit itself). `between` runs after each chunk: the main thread takes in the
 * workers' messages there, while they still work.
 */
async function loadChunks(chunks, context, loaded, done, between = () => undefined) {
    const next = new Int32Array(chunks.next);
    const count = Math.ceil(chunks.listed.length / chunks.size);
    let configs = 0;
    for (let index = Atomics.add(next, 0, 1); index < count; index = Atomics.add(next, 0, 1)) {
        const chunk = loadChunk(chunks, index, { ...context, maxConfigs: context.maxConfigs - configs });
        for (const file of chunk.files)
            configs += file.configs.length;
        loaded.set(index, chunk);
        done(index, chunkLinkFacts(chunk));
        await between();
    }
}
function loadChunk(chunks, index, context) {
    return loadListed(chunks.listed.slice(index * chunks.size, (index + 1) * chunks.size), context);
}
/** A worker's part of a run: the chunks it loaded, and its answers as they come. */
class WorkerShare {
    started;
    facts = new Map();
    linted = new Map();
    phase;
    constructor(started, progress) {
        this.started = started;
        started.worker.on('message', (message) => {
            if (message.kind === 'facts') {
                this.facts.set(message.index, message.facts);
                progress.loaded(message.index);
            }
            else if (message.kind === 'linted') {
                this.linted.set(message.index, message.linted);
                progress.judged(message.index);
            }
            else
                this.phase?.resolve();
        });
    }
    /** Posts a message and waits for the phase it starts to end (or the worker to fail). */
    async post(message) {
        const { worker, ended } = this.started;
        const phase = new Promise((resolve) => (this.phase = { resolve: () => resolve(true) }));
        worker.postMessage(message);
        worker.ref();
        const ok = await Promise.race([phase, ended.then(() => false)]);
        worker.unref();
        return ok;
    }
}
/**
 * This thread and the workers that share a run's files. Workers start as soon as the files are
 * listed (`start`) and compile the policies while this thread begins; then every thread claims
 * chunks of the list and loads them (`run`). The link stage then sees what every chunk holds and
 * places each config; each thread derives and judges the chunks it loaded. The report keeps the
 * order of the files. A worker that fails to start or dies leaves its chunks to this thread: the
 * result is the same, only slower.
 */
class LintThreads {
    setup;
    entry;
    workers = [];
    constructor(setup, entry = workerEntry()) {
        this.setup = setup;
        this.entry = entry;
    }
    /** Whether the policies judge this run's configs. */
    get judges() {
        return this.setup.context.judge;
    }
    /** Starts workers so that `threads` threads, this one included, can share the files. */
    start(threads) {
        if (!this.entry)
            return;
        while (this.workers.length < threads - 1) {
            // Loaded on first use, not at start-up (docs/architecture.md, Start-up).
            const { Worker } = process.getBuiltinModule('node:worker_threads');
            const worker = new Worker(this.entry, { workerData: this.setup });
            // Kept alive only while its results are awaited: a run that ends early never waits for it.
            worker.unref();
            const ended = new Promise((resolve) => {
                worker.once('error', (error) => resolve({ ended: error }));
                worker.once('exit', (code) => resolve({ ended: code }));
            });
            this.workers.push({ worker, ended });
        }
    }
    /** Lints the listed files in every thread, the links made from all of them; one result a chunk, in file order. */
    async run(listed, link, pack, size = CHUNK_FILES, onProgress) {
        const { context } = this.setup;
        const chunks = { listed, size, next: new SharedArrayBuffer(4) };
        const count = Math.ceil(listed.length / size);
        const files = (index) => Math.min(size, listed.length - index * size);
        const done = { listed: listed.length, read: 0, judged: 0 };
        const progress = {
            loaded: (index) => {
                done.read += files(index);
                onProgress?.({ ...done });
            },
            judged: (index) => {
                done.judged += files(index);
                onProgress?.({ ...done });
            },
        };
        const shares = this.workers.map((started) => new WorkerShare(started, progress));
        // Workers' messages, and a progress line's timer, are taken in between this thread's chunks.
        const letIn = shares.length > 0 || onProgress
            ? () => new Promise((resolve) => setImmediate(resolve))
            : undefined;
        // Load: every thread claims chunks; this one keeps its own.
        const mine = new Map();
        const ownFacts = new Map();
        const loading = shares.map((share) => share.post({ kind: 'chunks', chunks }));
        await loadChunks(chunks, context, mine, (index, facts) => {
            ownFacts.set(index, facts);
            progress.loaded(index);
        }, letIn);
        const loadedBy = await Promise.all(loading);
        // Chunks a failed worker claimed and never reported are loaded here, in their place.
        const factsOf = (index) => ownFacts.get(index) ?? shares.find((s, i) => loadedBy[i] && s.facts.has(index))?.facts.get(index);
        for (let index = 0; index < count; index++) {
            if (factsOf(index))
                continue;
            const chunk = loadChunk(chunks, index, context);
            mine.set(index, chunk);
            ownFacts.set(index, chunkLinkFacts(chunk));
        }
        const facts = Array.from({ length: count }, (_, index) => factsOf(index) ?? []).flat();
        const links = link(facts);
        // Judge: each thread the chunks it loaded.
        const judging = shares.map((share, i) => loadedBy[i] ? share.post({ kind: 'links', links }) : Promise.resolve(false));
        // The pack is compiled (and ajv loaded) only where a chunk of this thread has something to judge.
        const judges = (chunk) => context.judge && chunk.files.some((f) => f.configs.length > 0 || f.fileProblems.length > 0);
        let compiled;
        const packFor = async (chunk) => {
            if (judges(chunk))
                compiled ??= await pack();
            return () => compiled ?? { policies: [] };
        };
        const linted = new Map();
        for (const [index, chunk] of mine) {
            linted.set(index, judgeChunk(chunk, links, context, await packFor(chunk)));
            progress.judged(index);
            await letIn?.();
        }
        const judgedBy = await Promise.all(judging);
        const results = [];
        for (let index = 0; index < count; index++) {
            const done = linted.get(index) ?? shares.find((s, i) => judgedBy[i] && s.linted.has(index))?.linted.get(index);
            if (done) {
                results.push(done);
                continue;
            }
            // A worker that died after loading: its chunk is loaded and judged again here.
            const chunk = loadChunk(chunks, index, context);
            results.push(judgeChunk(chunk, links, context, await packFor(chunk)));
        }
        return results;
    }
}

;// CONCATENATED MODULE: ./src/engine/lint.ts








/** Compiled packs by folder list: the action lints the head and the base in one process. */
const packs = new Map();
/**
 * Reads the settings file and the baseline, and prepares the policy pack. Broken settings,
 * policies or baselines become notices: the run goes on with what is valid.
 */
async function prepare(options) {
    const notices = [];
    const { settings, problems } = await (0,policy/* loadSettings */.M5)(options.cwd, options.configFile, options.workspace);
    for (const problem of problems)
        notices.push(setupNotice('settings-invalid', options.cwd, problem));
    const policyDirs = [(0,policy/* builtinPolicyDir */.R8)(), ...settings.policyDirs, ...(options.policyDirs ?? [])].map((dir) => external_node_path_default().resolve(options.cwd, dir));
    let baseline;
    if (settings.baseline) {
        const file = external_node_path_default().resolve(options.cwd, settings.baseline);
        try {
            const read = (0,src_sources/* readConfined */.Hz)(file, settings.root ? [settings.root] : []);
            if (!read.ok)
                throw new Error(read.message);
            baseline = (0,policy/* parseBaseline */.nk)(read.bytes.toString('utf8'), relative(options.cwd, file));
        }
        catch (err) {
            notices.push({
                code: 'baseline-invalid',
                message: `baseline ${relative(options.cwd, file)} not used: ${err instanceof Error ? err.message : String(err)}`,
            });
        }
    }
    let compiled;
    const pack = () => (compiled ??= (async () => {
        const key = policyDirs.join('\0');
        let loading = packs.get(key);
        if (!loading)
            packs.set(key, (loading = (0,policy/* compilePolicies */.GY)(policyDirs, { trusted: [(0,policy/* builtinPolicyDir */.R8)()] })));
        const loaded = await loading;
        for (const problem of loaded.problems)
            notices.push(setupNotice('policy-invalid', options.cwd, problem));
        return loaded.pack;
    })());
    return { settings, baseline, pack, policyDirs, notices };
}
function setupNotice(code, cwd, problem) {
    return {
        code,
        message: problem.message,
        location: { file: relative(cwd, problem.file), line: problem.line ?? 1, column: 1 },
    };
}
/** Discovers, loads and derives every Flink config under the given paths, then evaluates the policies. */
async function lint(options, given) {
    const prepared = given ?? (await prepare(options));
    const concurrency = options.concurrency ?? 'auto';
    const threads = newThreads(options, prepared);
    // A large tree is known from git's index before it is listed: workers start up meanwhile.
    if (!options.onlyFiles)
        threads.start(threadCount(earlyTreeSize(options.cwd), concurrency));
    const listing = (0,src_sources/* listCandidates */.jU)({
        cwd: options.cwd,
        paths: options.paths,
        include: options.include,
        exclude: options.exclude,
    });
    const only = options.onlyFiles ? new Set(options.onlyFiles) : undefined;
    const listed = only ? listing.listed.filter((f) => only.has(f.relative)) : listing.listed;
    return lintListed(options, prepared, threads, listed, listing.notices);
}
/**
 * Lints files given with their contents as `lint` lints a tree: the same prefilter, loaders,
 * threads, links and policies; the files discovery would not list under `options` left out.
 * With `judge` false the configs are derived and never judged: a report without findings.
 */
async function lintGiven(options, files, given, judge = true) {
    const prepared = given ?? (await prepare(options));
    const listed = (0,src_sources/* selectListed */.sT)(files, options)
        .map((f) => ({ file: f.path, relative: f.path, root: options.cwd, bytes: f.bytes }))
        .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
    return lintListed(options, prepared, newThreads(options, prepared, judge), listed, []);
}
function newThreads(options, prepared, judge = true) {
    const context = {
        maxConfigs: options.maxConfigs ?? MAX_CONFIGS,
        settings: prepared.settings,
        baseline: prepared.baseline,
        judge,
    };
    return new LintThreads({ context, policyDirs: prepared.policyDirs });
}
async function lintListed(options, prepared, threads, listed, listingNotices) {
    const { settings } = prepared;
    const maxConfigs = options.maxConfigs ?? MAX_CONFIGS;
    sizeRun(listed.length);
    threads.start(threadCount(listed.length, options.concurrency ?? 'auto'));
    const versions = { override: options.flinkVersion, fallback: settings.flinkVersion };
    // The link stage reads the files other files name (a kustomization's bases and patches) from the
    // tree: from where they were listed, or the workspace when the run reads the disk.
    const read = (0,src_sources/* treeReader */.uv)(listed, listed.some((f) => f.bytes) ? undefined : options.cwd);
    await (0,src_link/* prepareLink */.EX)(listed.map((f) => f.relative));
    const shares = await threads.run(listed, (facts) => (0,src_link/* link */.nf)(facts, versions, read), prepared.pack, undefined, options.onProgress);
    const { results, findings, suppressed, sources, judged, ruledOut, ...merged } = mergeShares(shares, maxConfigs);
    // Compiling the pack records its problems among the prepared notices: first, then read them.
    const policies = judged && threads.judges ? (await prepared.pack()).policies.map((p) => p.policy) : [];
    return {
        tool: { ...model/* TOOL */.js },
        configs: results,
        findings,
        suppressed,
        notices: [
            ...prepared.notices,
            ...listingNotices,
            ...merged.notices,
            ...unreportedProblems(results, [...findings, ...suppressed]),
        ],
        policies,
        sources,
        stats: { listed: listed.length, ruledOut },
        summary: {
            files: listed.length,
            configs: results.length,
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
            infos: findings.filter((f) => f.severity === 'info').length,
            suppressed: suppressed.length,
        },
    };
}
/**
 * What a run will list, guessed before listing from git's index: thread counts go by the YAML
 * files listed, the index counts every tracked file, so each counts for half. A guess too high
 * costs a worker's start-up on another core; the listing then sizes the run. 0 outside git.
 */
function earlyTreeSize(cwd) {
    return Math.floor(((0,src_sources/* trackedFileCount */.OX)(cwd) ?? 0) / 2);
}
/** Most configs one run derives and judges: time and memory stay bounded however large the tree. */
const MAX_CONFIGS = 20_000;
/** What a loader noticed that no policy turned into a finding on that line: said once, as a notice. */
function unreportedProblems(results, reported) {
    const said = new Set(reported.map((f) => `${f.file}:${f.line}`));
    const notices = [];
    for (const { config } of results) {
        for (const problem of config.problems) {
            const key = `${problem.location.file}:${problem.location.line}`;
            if (said.has(key))
                continue;
            said.add(key);
            notices.push({ code: problem.code, message: problem.message, location: problem.location });
        }
    }
    return notices;
}
function relative(cwd, file) {
    const rel = external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(cwd, file) : file;
    return rel.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/report/index.ts + 29 modules
var report = __webpack_require__(6788);
;// CONCATENATED MODULE: ./src/engine/compare.ts





/**
 * Lints the base versions of the touched files under `options.paths`, read in one batch and
 * loaded, linked and derived from memory, at their base paths, as the head is (same threads,
 * prefilter and settings); no policy judges them, as only their breakdowns are compared. Nothing
 * is written to disk.
 */
async function lintBase(options, base) {
    const problems = [];
    const wanted = (0,src_sources/* insidePaths */.VP)(options.paths.map((p) => repositoryPath(options.cwd, p)));
    const basePaths = [];
    for (const file of base.touched) {
        if (!file.basePath || !wanted(file.path))
            continue;
        if (!(0,src_sources/* safeRelative */.iC)(file.basePath)) {
            problems.push(`skipped base file with an unsafe path: ${JSON.stringify(file.basePath)}`);
            continue;
        }
        basePaths.push(file.basePath);
    }
    const read = basePaths.length > 0 ? await base.readMany(basePaths) : new Map();
    if (!read)
        problems.push(`could not read the base files at ${base.ref}`);
    const given = [];
    for (const [file, content] of read ?? []) {
        if (content.ok)
            given.push({ path: file, bytes: content.bytes });
        else
            problems.push(`skipped base file ${file}: ${content.message}`);
    }
    const baseOptions = {
        ...options,
        // Settings, policies and the baseline are read from the head's workspace, confined to it.
        workspace: options.workspace ?? options.cwd,
        configFile: (0,policy/* settingsFile */._r)(options.cwd, options.configFile),
        policyDirs: options.policyDirs?.map((d) => external_node_path_default().resolve(options.cwd, d)),
        onlyFiles: undefined,
    };
    // Only the breakdowns are compared: the base side is derived, never judged.
    const report = await lintGiven(baseOptions, given, await prepare(baseOptions), false);
    return { ref: base.ref, commit: base.commit, touched: base.touched, report, problems };
}
/** Pairs the base revision's configs with the head's in the files that differ (renames followed). */
function compareWithBase(base, head) {
    const touched = new Set(base.touched.map((f) => f.path));
    const renamed = new Map(base.touched.flatMap((f) => (f.basePath && f.basePath !== f.path ? [[f.path, f.basePath]] : [])));
    return {
        ref: base.ref,
        commit: base.commit,
        diffs: (0,report/* diffConfigs */.pq)(base.report.configs, head.configs.filter((r) => touched.has(r.config.file)), renamed),
    };
}
/**
 * The base side from git: `ref` resolved in the clone (fetched shallowly when `fetch` says so),
 * and the files that differ between it and the work tree or `HEAD`. Undefined where git cannot
 * resolve the ref; an error where it resolves but git cannot list the changes.
 */
async function gitBase(cwd, ref, against, fetch = false) {
    const commit = await (0,src_sources/* resolveCommit */.WL)(cwd, ref, { fetch });
    if (!commit)
        return undefined;
    const touched = await (0,src_sources/* changedFiles */.Y_)(cwd, commit, against);
    if (!touched)
        throw new Error(`git could not list the files that differ from ${ref}`);
    const readMany = (files) => (0,src_sources/* filesAtCommit */.ao)(cwd, commit, files).catch(() => undefined);
    const read = async (file) => {
        const one = (await readMany([file]))?.get(file);
        return one?.ok ? one.bytes : undefined;
    };
    return { ref, commit, touched, read, readMany };
}
/** A path given relative to `cwd`, as a repository path (`/` separators). */
function repositoryPath(cwd, file) {
    return external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, file)).split((external_node_path_default()).sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./src/engine/text.ts




/**
 * One file's text through the stages that read no files: load, link (the file alone), derive,
 * evaluate. What a run does for each file, for callers that hold one text: the browser
 * playground, `derive` of a file.
 */
function lintText(input, pack, settings) {
    const loaded = (0,src_sources/* loadFile */.ZN)(input.path, input.text);
    const linked = (0,src_link/* linkAlone */.kP)(input.path, loaded.configs, { override: input.flinkVersion, fallback: input.defaultFlinkVersion }, { containers: loaded.containers });
    const configs = input.deployment ? linked.map((c) => ({ ...c, deployment: input.deployment })) : linked;
    const results = configs.map((config) => ({ config, breakdown: (0,derive/* deriveConfig */.a)(config) }));
    const { findings, suppressed } = (0,policy/* evaluate */._3)(results, pack, settings, {
        sources: new Map([[input.path, input.text]]),
        // A file that does not parse is judged by the policies over its `problems`, as in a run.
        fileProblems: loaded.problems.filter((p) => p.code === 'yaml-error'),
    });
    return { results, findings, suppressed, problems: loaded.problems };
}

// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __webpack_require__(8132);
;// CONCATENATED MODULE: ./src/engine/size.ts





/** A request the inputs cannot form (a file with no config, a backend the version lacks). */
class SizeInputError extends Error {
}
/**
 * The configs of the file to size: those that start the components asked for, of the ones `pick`
 * keeps (`--select`, `--document`; default all).
 */
function fileConfigs(input) {
    const { path, text } = input.file;
    const loaded = (0,src_sources/* loadFile */.ZN)(path, text);
    const fatal = loaded.problems.find((p) => p.code === 'yaml-error' || p.code === 'limit');
    if (fatal)
        throw new SizeInputError(`${path}:${fatal.location.line}: ${fatal.message}`);
    const linked = (0,src_link/* linkAlone */.kP)(path, loaded.configs, { override: input.flinkVersion });
    if (linked.length === 0)
        throw new SizeInputError(`${path} holds no Flink configuration this tool reads`);
    const picked = input.pick ? input.pick(linked) : linked;
    const starting = picked.filter((c) => input.components.every((p) => c.processes.includes(p)));
    if (starting.length === 0) {
        throw new SizeInputError(`${path} holds no configuration${picked.length < linked.length ? ' of those chosen' : ''} that starts the ${input.components.join(' and ')}`);
    }
    return starting;
}
function describe(config) {
    const kind = {
        'flink-conf': 'flink-conf.yaml',
        'config-yaml': 'config.yaml',
        flinkdeployment: 'FlinkDeployment',
        flinksessionjob: 'FlinkSessionJob',
        configmap: 'ConfigMap',
        'kubernetes-workload': 'workload',
        'docker-compose': 'compose service',
        'helm-values': 'Helm values',
        flinkcluster: 'FlinkCluster',
        'vvp-deployment': 'Ververica Platform Deployment',
    };
    return `${config.file} (${kind[config.kind]}${config.name ? ` ${config.name}` : ''}, line ${config.line})`;
}
/** The raw `resource.memory` of a FlinkDeployment, read from its line: the operator's entry holds the converted value. */
function resourceMemoryText(config, text) {
    const lines = text.split('\n');
    const out = {};
    for (const entry of config.entries) {
        if (entry.origin !== 'operator' || !entry.key.endsWith('.memory.process.size'))
            continue;
        const line = lines[entry.location.line - 1] ?? '';
        const m = /memory\s*:\s*["']?([^"'\s#]+)/.exec(line);
        if (m)
            out[entry.key.startsWith('taskmanager') ? 'taskmanager' : 'jobmanager'] = m[1];
    }
    return out;
}
function sourceOf(input, config) {
    if (!input.file || !config) {
        const version = input.flinkVersion ?? model/* NEWEST_FLINK_VERSION */.Xv;
        const base = new Map(Object.entries((0,flink/* imageDefaultConf */.jR)(version)));
        return {
            source: {
                kind: 'default',
                label: `the default configuration file of Flink ${version}`,
                resourceMemory: {},
            },
            base,
            version,
            deployment: input.deployment ?? 'standalone',
            notes: [],
        };
    }
    return {
        source: {
            kind: config.kind,
            label: describe(config),
            config,
            resourceMemory: resourceMemoryText(config, input.file.text),
        },
        base: (0,derive/* flinkView */.Mh)(config),
        version: config.flinkVersion,
        deployment: input.deployment ?? config.deployment,
        notes: [],
    };
}
const HEAP_BACKENDS = new Set(['hashmap', 'jobmanager', 'filesystem']);
/** The backend the configuration names explicitly (`hashmap`, `rocksdb`, `forst`), if it names one of those. */
function writtenBackend(base, version) {
    const key = (0,flink/* stateBackendKeys */.Ug)(version).find((k) => base.has(k));
    if (!key)
        return {};
    const name = (0,flink/* stateBackendName */.J4)((0,flink/* rawText */.iL)(base.get(key)), version);
    return { key, name: HEAP_BACKENDS.has(name) ? 'hashmap' : name };
}
function requestFor(process, input, config, version, deployment, backend) {
    const common = {
        version,
        deployment,
        config,
        ...(input.bound !== undefined && { container: input.bound }),
    };
    const { metaspace, overhead } = input.targets;
    if (process === 'jobmanager')
        return { ...common, process, targets: { metaspace, overhead } };
    return {
        ...common,
        process,
        ...(backend && { stateBackend: backend }),
        ...(input.slots !== undefined && { slots: input.slots }),
        targets: input.targets,
    };
}
/**
 * The `size` command's work: the file's configuration (or the distribution's default one) as Flink
 * sees it, the sizing solver per component, the user's explicit keys kept unless they make the
 * request impossible, and the edited configuration derived as `derive` derives it.
 */
function sizeConfig(input) {
    return sizeConfigs(input)[0];
}
/** `sizeConfig` for each config of the file that starts the components (or the default file). */
function sizeConfigs(input) {
    if (!input.file)
        return [sizeOne(input, undefined)];
    return fileConfigs(input).map((config) => sizeOne(input, config));
}
function sizeOne(input, chosen) {
    const { source, base: loaded, version, deployment, notes } = sourceOf(input, chosen);
    if (input.components.includes('jobmanager') && !(0,flink/* traitsOf */.JC)(version).jobManagerModel) {
        throw new SizeInputError(`Flink ${version} has no JobManager memory model (its scripts set the JVM heap from jobmanager.heap.size): size the taskmanager only`);
    }
    const set = new Map();
    const remove = new Set();
    const why = new Map();
    const written = writtenBackend(loaded, version);
    let backend = input.stateBackend;
    if (backend !== undefined) {
        const value = (0,flink/* stateBackendSetting */.I)(backend, version);
        if (value === undefined)
            throw new SizeInputError(`Flink ${version} has no ${backend} state backend`);
        const current = written.name ?? (HEAP_BACKENDS.has((0,flink/* defaultStateBackend */.F2)(version)) ? 'hashmap' : undefined);
        if (current !== backend && input.components.includes('taskmanager')) {
            const key = written.key ?? (0,flink/* stateBackendKeys */.Ug)(version)[0];
            set.set(key, value);
            why.set(key, `The requested state backend (${value}); its memory needs decide managed memory.`);
        }
    }
    else if (written.name === 'hashmap' || written.name === 'rocksdb' || written.name === 'forst') {
        backend = written.name;
        notes.push(`State backend ${written.name}, as ${written.key} says.`);
    }
    const base = new Map(loaded);
    for (const [k, v] of set)
        base.set(k, v);
    const answers = {};
    const dropped = [];
    let feasible = true;
    for (const process of input.components) {
        let answer = (0,flink/* solveSizing */.WH)(requestFor(process, input, base, version, deployment, backend));
        if (!answer.feasible && answer.withoutBlockers) {
            for (const b of answer.blockers) {
                dropped.push({ process, key: b.key, value: b.value, why: b.why });
                remove.add(b.key);
                why.set(b.key, b.why);
            }
            answers[process] = answer;
            answer = answer.withoutBlockers;
        }
        answers[process] = answer;
        // An infeasible answer's edits put the process at the size that shows the problem.
        if (!answer.feasible)
            feasible = false;
        applyAnswer(answer, set, remove, why);
    }
    const styledSet = {};
    for (const [k, v] of set)
        styledSet[k] = (0,flink/* sizeInUnitsOf */.Zh)(k, v, version, loaded);
    const resourceMemory = {};
    if (source.kind === 'flinkdeployment') {
        for (const process of ['taskmanager', 'jobmanager']) {
            const value = styledSet[`${process}.memory.process.size`];
            const bytes = value === undefined ? undefined : (0,flink/* tryParseMemorySize */.vw)(value);
            const example = source.resourceMemory[process] ?? Object.values(source.resourceMemory)[0];
            if (bytes !== undefined)
                resourceMemory[process] = (0,flink/* sizeLike */.P2)(bytes, example, value);
        }
    }
    const config = new Map(loaded);
    for (const k of remove)
        config.delete(k);
    for (const [k, v] of Object.entries(styledSet))
        config.set(k, v);
    const breakdown = (0,flink/* derive */.CX)(config, { flinkVersion: version, deployment, env: source.config?.env ?? {} });
    return {
        flinkVersion: version,
        deployment,
        source,
        base: loaded,
        answers,
        dropped,
        set: styledSet,
        resourceMemory,
        remove: [...remove],
        why: Object.fromEntries(why),
        feasible,
        config,
        breakdown,
        notes,
    };
}
function applyAnswer(answer, set, remove, why) {
    for (const key of answer.remove) {
        set.delete(key);
        remove.add(key);
        why.set(key, answer.why[key]);
    }
    for (const [key, value] of Object.entries(answer.set)) {
        remove.delete(key);
        set.set(key, value);
        why.set(key, answer.why[key]);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/engine/rewrite.ts

/** The document of a multi-document file that holds `line` (1-based). */
function documentAt(text, line) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, keepSourceTokens: false });
    if (!Array.isArray(docs))
        return undefined;
    for (const doc of docs) {
        const [start, , end] = doc.range;
        const first = lineCounter.linePos(start).line;
        const last = lineCounter.linePos(Math.max(start, end - 1)).line;
        if (line >= first && line <= last)
            return { doc, lineCounter };
    }
    return undefined;
}
function scalarAt(doc, path) {
    const node = doc.getIn(path, true);
    return (0,dist/* isScalar */.jn)(node) && node.range ? node : undefined;
}
/**
 * The scalar at `path` in the document holding `line`, given the value `next` makes of it, its
 * quoting kept. Undefined where there is no such scalar, `next` gives nothing, or its source text
 * does not spell its value (escapes, a block scalar): nothing is guessed.
 */
function replaceScalar(text, line, path, next) {
    const located = documentAt(text, line);
    const node = located && scalarAt(located.doc, path);
    if (!node?.range || (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE'))
        return undefined;
    const before = String(node.value);
    const after = next(before);
    if (after === undefined || after === before || /["'\\\n]/.test(after))
        return undefined;
    const [start, end] = node.range;
    const source = text.slice(start, end);
    const quote = node.type === 'PLAIN' ? '' : source[0];
    if (source !== `${quote}${before}${quote}`)
        return undefined;
    return { text: `${text.slice(0, start)}${quote}${after}${quote}${text.slice(end)}`, before, after };
}
/**
 * An embedded file (`data.flink-conf.yaml: |` of a ConfigMap) moved to another key with new
 * content, written as a literal block indented as the old one was. Undefined where the value is
 * not a literal block under `parent` in the document holding `line`.
 */
function replaceEmbeddedFile(text, line, parent, key, newKey, content) {
    const located = documentAt(text, line);
    if (!located)
        return undefined;
    const map = located.doc.getIn(parent, true);
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    const keyNode = pair?.key;
    const value = pair?.value;
    if (!keyNode?.range || !(0,dist/* isScalar */.jn)(value) || !value.range || value.type !== 'BLOCK_LITERAL')
        return undefined;
    const keyStart = keyNode.range[0];
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const keyIndent = text.slice(lineStart, keyStart);
    if (keyIndent.trim() !== '')
        return undefined;
    // The block's own indentation: its first line that holds text.
    const body = text.slice(text.indexOf('\n', keyStart) + 1, value.range[1]);
    const firstLine = body.split('\n').find((l) => l.trim() !== '');
    const indent = firstLine ? firstLine.length - firstLine.trimStart().length : keyIndent.length + 2;
    const lines = content.replace(/\n$/, '').split('\n');
    const block = lines.map((l) => (l === '' ? '' : `${' '.repeat(indent)}${l}`)).join('\n');
    const quote = /^["']/.test(text.slice(keyStart)) ? text[keyStart] : '';
    // A block's range ends after its last line break, unless it was stripped (`|-`).
    const end = value.range[1];
    const tail = text[end - 1] === '\n' ? text.slice(end) : text.slice(end).replace(/^\r?\n/, '');
    return `${text.slice(0, keyStart)}${quote}${newKey}${quote}: |\n${block}\n${tail}`;
}
/**
 * Every plain or quoted scalar of the document holding `line` whose value is `value` (an image the
 * loader found beside the config, wherever the format keeps it), given `next`'s value.
 */
function replaceScalarsEqual(text, line, value, next) {
    const located = documentAt(text, line);
    if (!located || /["'\\\n]/.test(next))
        return { text, count: 0 };
    const spans = [];
    (0,dist/* visit */.YR)(located.doc, {
        Scalar(_key, node) {
            if (!node.range || node.value !== value)
                return;
            if (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')
                return;
            const [start, end] = node.range;
            const quote = node.type === 'PLAIN' ? '' : text[start];
            if (text.slice(start, end) === `${quote}${value}${quote}`)
                spans.push([start, end, `${quote}${next}${quote}`]);
        },
    });
    let out = text;
    for (const [start, end, written] of spans.sort((a, b) => b[0] - a[0]))
        out = `${out.slice(0, start)}${written}${out.slice(end)}`;
    return { text: out, count: spans.length };
}

;// CONCATENATED MODULE: ./src/engine/upgrade.ts







/**
 * The file's `key: value` lines as Flink's legacy parser reads them, in order; template placeholders
 * (`%SLOTS%`, `${JAVA_HOME}`) are kept as written, for whatever fills them in before Flink starts.
 */
function legacyEntries(config) {
    return config.entries
        .filter((e) => e.origin === 'file')
        .map((e) => ({ key: e.key, value: (0,flink/* rawText */.iL)(e.value) }));
}
const FILE_KINDS = new Set(['flink-conf', 'config-yaml', 'configmap']);
/** Whether the config is a flink-conf.yaml text: the file itself, or a ConfigMap's `flink-conf.yaml` key. */
function embeddedFlinkConf(config, text) {
    if (config.kind === 'flink-conf')
        return 'file';
    if (config.kind !== 'configmap')
        return undefined;
    const line = text.split('\n')[config.line - 1] ?? '';
    return /^\s*(["']?)flink-conf\.yaml\1\s*:/.test(line) ? 'configmap' : undefined;
}
/** The successors the diff writes, each with the key it takes the place of (the new line goes there). */
function successorsOf(diff) {
    const near = new Map();
    for (const change of [...diff.renamed, ...diff.removed])
        if (change.successor && !near.has(change.successor))
            near.set(change.successor, change.key);
    return near;
}
/** What `to` changes for one config of the file, and the edits that keep its meaning. */
function upgradeOne(config, text, input) {
    const from = input.from ?? config.flinkVersion;
    const deployment = input.deployment ?? config.deployment;
    const view = (0,derive/* flinkView */.Mh)(config);
    const diff = (0,flink/* diffVersions */.rQ)({ config: view, from, to: input.to, deployment });
    // Which file Flink reads matters only where the config is that file; the operator, the image's
    // entrypoint and a chart write it themselves.
    if (!FILE_KINDS.has(config.kind))
        delete diff.configFile;
    const near = successorsOf(diff);
    if (embeddedFlinkConf(config, text) && (0,flink/* flinkConfReading */.xS)(input.to) === 'ignored') {
        const migration = (0,flink/* migrateConfigFile */.W3)(legacyEntries(config), {
            upgrade: { from, to: input.to, deployment, keepSizes: input.keepSizes },
        });
        const final = new Map(migration.entries);
        // Placeholders are written back as they are, and derived as lint derives them: left out.
        const derived = new Map(final);
        for (const e of config.entries)
            if (e.unresolved && derived.get(e.key) === (0,flink/* rawText */.iL)(e.value))
                derived.delete(e.key);
        const before = new Map(legacyEntries(config).map((e) => [e.key, e.value]));
        const set = {};
        for (const [k, v] of migration.entries)
            if (before.get(k) !== v)
                set[k] = v;
        return {
            config,
            diff,
            set,
            remove: [...before.keys()].filter((k) => !final.has(k)),
            why: migration.changes,
            near,
            ...(migration.sizes && { sizes: migration.sizes }),
            migration,
            after: (0,flink/* derive */.CX)(derived, { flinkVersion: input.to, deployment, env: config.env ?? {} }),
        };
    }
    const edited = new Map([...view].map(([k, v]) => [k, (0,flink/* rawText */.iL)(v)]));
    for (const key of diff.edits.remove)
        edited.delete(key);
    for (const [k, v] of Object.entries(diff.edits.set))
        edited.set(k, v);
    const why = { ...diff.edits.why };
    const sizes = input.keepSizes
        ? (0,flink/* keepSizes */.Od)(view, edited, { from, to: input.to, deployment }, why)
        : undefined;
    const set = {};
    for (const [k, v] of edited)
        if (view.get(k) === undefined || (0,flink/* rawText */.iL)(view.get(k)) !== v)
            set[k] = v;
    const remove = [...view.keys()].filter((k) => !edited.has(k));
    return {
        config,
        diff,
        set,
        remove,
        why,
        near,
        ...(sizes && { sizes }),
        after: (0,flink/* derive */.CX)(edited, { flinkVersion: input.to, deployment, env: config.env ?? {} }),
    };
}
/** One config's edits written into the file's text, or why they cannot be. */
function rewriteOne(text, outcome, to, done) {
    const { config } = outcome;
    const label = config.name ?? `line ${config.line}`;
    if (outcome.migration) {
        if (!outcome.migration.ok)
            return { reason: `Flink's migration fails at ${outcome.migration.key}` };
        if (config.kind === 'flink-conf') {
            done.push(`flink-conf.yaml migrated to config.yaml (bin/migrate-config-file.sh)`);
            return { text: outcome.migration.text };
        }
        const moved = replaceEmbeddedFile(text, config.line, ['data'], 'flink-conf.yaml', 'config.yaml', outcome.migration.text);
        if (moved === undefined)
            return { reason: `${label}: flink-conf.yaml is not a literal block (|) to move` };
        done.push(`${label}: data key flink-conf.yaml moved to config.yaml, migrated as bin/migrate-config-file.sh does`);
        return { text: moved };
    }
    let next = text;
    // The operator writes resource.memory over *.memory.process.size: a size for it goes there.
    const operatorKeys = new Set(config.entries.filter((e) => e.origin === 'operator').map((e) => e.key));
    const lines = [];
    for (const [key, value] of Object.entries(outcome.set)) {
        const process = /^(taskmanager|jobmanager)\.memory\.process\.size$/.exec(key)?.[1];
        if (process && operatorKeys.has(key)) {
            const path = ['spec', process === 'taskmanager' ? 'taskManager' : 'jobManager', 'resource', 'memory'];
            const bytes = (0,flink/* tryParseMemorySize */.vw)(value);
            const replaced = bytes === undefined
                ? undefined
                : replaceScalar(next, config.line, path, (v) => (0,flink/* sizeLike */.P2)(bytes, v, value));
            if (!replaced)
                return { reason: `${label}: ${path.join('.')} cannot be written in place` };
            next = replaced.text;
            done.push(`${label}: ${path.join('.')} ${replaced.before} \u2192 ${replaced.after}`);
        }
        else
            lines.push([key, value]);
    }
    const writtenKeys = new Set(config.entries.filter((e) => e.location.file === config.file).map((e) => e.key));
    for (const key of outcome.remove)
        if (writtenKeys.has(key) && !operatorKeys.has(key))
            lines.push([key, null]);
    if (lines.length > 0) {
        const edited = (0,report/* editConfigText */.kJ)(next, config, lines, outcome.near);
        if (edited === undefined)
            return {
                reason: `${label}: a line to edit is not a plain \`key: value\` (a flow mapping, a block scalar), or no key is written to place a new one beside`,
            };
        next = edited;
    }
    const fields = [];
    if (config.kind === 'flinkdeployment') {
        fields.push([
            ['spec', 'flinkVersion'],
            (v) => ((0,flink/* parseFlinkVersion */.UO)(v) ? (0,flink/* operatorFlinkVersion */.td)(to) : undefined),
        ]);
        fields.push([['spec', 'image'], (v) => (0,flink/* retagFlinkImage */.T)(v, to)]);
    }
    if (config.kind === 'docker-compose' && config.name)
        fields.push([['services', config.name, 'image'], (v) => (0,flink/* retagFlinkImage */.T)(v, to)]);
    // A workload's container: the image the loader found beside the config. (Not a FlinkCluster's:
    // that operator derives the memory keys it writes from the image's version.)
    const image = config.image && (0,flink/* retagFlinkImage */.T)(config.image, to);
    if (config.kind === 'kubernetes-workload' && config.image && image) {
        const replaced = replaceScalarsEqual(next, config.line, config.image, image);
        if (replaced.count > 0) {
            next = replaced.text;
            done.push(`${label}: image ${config.image} \u2192 ${image}`);
        }
    }
    for (const [path, value] of fields) {
        const replaced = replaceScalar(next, config.line, path, value);
        if (!replaced)
            continue;
        next = replaced.text;
        done.push(`${label}: ${path.join('.')} ${replaced.before} \u2192 ${replaced.after}`);
    }
    return { text: next };
}
/**
 * The `upgrade` command's work for a file: per config (all of them, or the ones \`pick\` keeps) what
 * changes between the version it is judged as and \`to\`, the edits that keep its meaning, the sizes
 * solved for where asked; then the file rewritten for \`to\` in its own style: a flink-conf.yaml by
 * Flink's own migration to config.yaml from 2.0 on, a ConfigMap's flink-conf.yaml key likewise, every
 * other format's keys edited on their lines, with the Flink version its image tag and
 * \`spec.flinkVersion\` name and the operator's \`resource.memory\` where a size moves.
 */
function upgradeConfig(input) {
    const { path, text } = input.file;
    const loaded = (0,src_sources/* loadFile */.ZN)(path, text);
    const fatal = loaded.problems.find((p) => p.code === 'yaml-error' || p.code === 'limit');
    if (fatal)
        throw new SizeInputError(`${path}:${fatal.location.line}: ${fatal.message}`);
    const linked = (0,src_link/* linkAlone */.kP)(path, loaded.configs, input.from ? { override: input.from } : {});
    if (linked.length === 0)
        throw new SizeInputError(`${path} holds no Flink configuration this tool reads`);
    const chosen = input.pick ? input.pick(linked) : linked;
    const configs = chosen.map((config) => upgradeOne(config, text, input));
    const fileEdits = [];
    const unwritten = [];
    let next = text;
    const seen = new Set();
    // From the bottom up: a config's edits leave the lines of those above it where they were.
    for (const outcome of [...configs].sort((a, b) => b.config.line - a.config.line)) {
        const lines = outcome.config.entries.filter((e) => e.origin !== 'operator').map((e) => e.location.line);
        // Two configs that share their lines (a YAML anchor): the first one edits them.
        if (lines.some((l) => seen.has(l)))
            continue;
        for (const l of lines)
            seen.add(l);
        const done = rewriteOne(next, outcome, input.to, fileEdits);
        if ('reason' in done)
            unwritten.push(done.reason);
        else
            next = done.text;
    }
    const migrated = configs.length === 1 && configs[0].migration && configs[0].config.kind === 'flink-conf';
    const name = migrated ? 'config.yaml' : (path.split('/').pop() ?? path);
    return {
        configs,
        ...(unwritten.length === 0 && { rewritten: { name, text: next } }),
        fileEdits,
        ...(unwritten.length > 0 && { unwritten }),
    };
}

;// CONCATENATED MODULE: ./src/engine/index.ts









/***/ })

};

//# sourceMappingURL=cli.580.js.map
