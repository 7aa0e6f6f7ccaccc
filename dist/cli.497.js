export const id = 497;
export const ids = [497];
export const modules = {

/***/ 8497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7390);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7304);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6788);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7880);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7632);







const collect = (value, previous) => [...previous, value];
/** A rule's page: its docs page where the pack ships one, else what the policy file says. */
function page(policy, dir) {
    const docs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '..', 'docs', 'rules', `${policy.id}.md`);
    if (dir === (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinPolicyDir */ .R8)() && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(docs))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(docs, 'utf8');
    const lines = [
        `# ${policy.id}: ${policy.title}`,
        '',
        `Severity: ${policy.severity}`,
        '',
        policy.description,
    ];
    if (policy.fix?.description || policy.fix?.set) {
        const set = Object.entries(policy.fix.set ?? {}).map(([k, v]) => v === null ? `remove ${k}` : `${k}: ${v}`);
        lines.push('', `Fix: ${[policy.fix.description, set.join(', ')].filter(Boolean).join(' ')}`);
    }
    for (const [name, p] of Object.entries(policy.parameters ?? {}))
        lines.push('', `Parameter ${name} (${p.type}, default ${String(p.default)}): ${p.description}`);
    if (policy.docs)
        lines.push('', policy.docs);
    return `${lines.join('\n')}\n`;
}
function explainCommand() {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('explain')
        .exitOverride()
        .description('List the rules, or explain one: what it checks, why, how to fix it, with examples.')
        .argument('[rule]', 'a rule id, e.g. hashmap-managed-memory')
        .option('--policies <dir>', 'a folder of extra policies (repeatable)', collect, [])
        .action(async (rule, flags) => {
        const dirs = [(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinPolicyDir */ .R8)(), ...flags.policies.map((dir) => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir))];
        // The built-in pack is trusted as a run trusts it: compiled, not checked against the policy schema.
        const { pack, problems } = await (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .compilePolicies */ .GY)(dirs, { trusted: [(0,_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinPolicyDir */ .R8)()] });
        for (const problem of problems)
            process.stderr.write(`warning: ${problem.file}: ${problem.message}\n`);
        const policies = pack.policies.sort((a, b) => a.policy.id.localeCompare(b.policy.id));
        if (rule === undefined) {
            const width = Math.max(...policies.map((p) => p.policy.id.length));
            for (const { policy } of policies)
                process.stdout.write(`${policy.id.padEnd(width)}  ${policy.severity.padEnd(7)}  ${policy.title}\n`);
            return;
        }
        const found = policies.find((p) => p.policy.id === rule);
        if (!found) {
            const near = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .nearNames */ .$l)(rule, policies.map((p) => p.policy.id));
            const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : '';
            throw new _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .CliError */ .z(`no rule '${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .visible */ .RK)(rule)}'.${hint} Run 'flink-memory-lint explain' for the list.`, _exit_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.usage);
        }
        const text = page(found.policy, found.dir);
        // A built-in rule's page is Markdown: shown as text, its links absolute (the repository's docs).
        process.stdout.write(found.dir === (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinPolicyDir */ .R8)()
            ? (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownToTerminal */ .H7)(text, {
                pageUrl: `${_model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL */ .js.homepage}/blob/main/docs/rules/${found.policy.id}.md`,
                color: (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .useColor */ .by)(process.stdout, process.env),
            })
            : text);
    });
}


/***/ })

};

//# sourceMappingURL=cli.497.js.map
