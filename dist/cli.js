#!/usr/bin/env node
"use strict";
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli-launcher.ts
var import_node_path2 = __toESM(require("node:path"), 1);

// src/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);
var KEEP_CODE_EVENT = "flink-memory-lint:keep-code";
function runCached(bundle2, id, name, require2) {
  const cacheFile = cachePath(id, name);
  let cached;
  try {
    if (cacheFile) cached = (0, import_node_fs.readFileSync)(cacheFile);
  } catch {
  }
  const script = new import_node_vm.default.Script((0, import_node_fs.readFileSync)(bundle2, "latin1"), { filename: bundle2, cachedData: cached });
  if (cacheFile && (!cached || script.cachedDataRejected)) {
    const keepOnce = () => {
      process.off("exit", keepOnce).off(KEEP_CODE_EVENT, keepOnce);
      keep(cacheFile, script, id);
    };
    process.once("exit", keepOnce).once(KEEP_CODE_EVENT, keepOnce);
  }
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, require2, module2, bundle2, import_node_path.default.dirname(bundle2));
}
function cachePath(id, name) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const dir = cacheFolder();
  return dir && import_node_path.default.join(dir, `${id}-${process.version}-${process.arch}-${name}.cache`);
}
function cacheFolder() {
  try {
    const home = process.env.XDG_CACHE_HOME || import_node_path.default.join(import_node_os.default.homedir(), ".cache");
    const dir = import_node_path.default.join(home, "flink-memory-lint");
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const stat = (0, import_node_fs.lstatSync)(dir);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 18) !== 0)
      return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function keep(file, compiled, id) {
  if (keepWhole(file, () => [compiled.createCachedData()]))
    prune(import_node_path.default.dirname(file), `${id}-${process.version}-`);
}
function keepWhole(file, parts) {
  const partial = `${file}.${process.pid}`;
  try {
    const fd = (0, import_node_fs.openSync)(partial, "wx", 384);
    try {
      writeParts(fd, parts());
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
    (0, import_node_fs.renameSync)(partial, file);
    return true;
  } catch {
    (0, import_node_fs.rmSync)(partial, { force: true });
    return false;
  }
}
var PARTS_A_CALL = 1024;
function writeParts(fd, parts) {
  for (let at = 0; at < parts.length; at += PARTS_A_CALL) {
    const batch = parts.slice(at, at + PARTS_A_CALL);
    let written = (0, import_node_fs.writevSync)(fd, batch);
    for (const part of batch) {
      for (let from = Math.min(written, part.length); from < part.length; ) from += (0, import_node_fs.writeSync)(fd, part, from);
      written = Math.max(0, written - part.length);
    }
  }
}
var STALE_MS = 7 * 24 * 60 * 60 * 1e3;
function prune(dir, current) {
  for (const name of (0, import_node_fs.readdirSync)(dir)) {
    const partial = /\.cache\.\d+$/.test(name);
    if (!partial && (!name.endsWith(".cache") || name.startsWith(current))) continue;
    const file = import_node_path.default.join(dir, name);
    if (Date.now() - (0, import_node_fs.lstatSync)(file).mtimeMs > STALE_MS) (0, import_node_fs.rmSync)(file, { force: true });
  }
}

// src/cli-launcher.ts
var named = process.argv.slice(2).find((arg) => !arg.startsWith("-")) ?? "";
var command = /^[a-z]{1,16}$/.test(named) ? named : "other";
if (command === "lint") process.getBuiltinModule("node:v8").setFlagsFromString("--no-turbofan");
var bundle = command === "derive" ? "derive-main.js" : "cli-main.js";
runCached(import_node_path2.default.join(__dirname, bundle), "0cd8d4acdc5dc211", command, require);
//# sourceMappingURL=cli.js.map
