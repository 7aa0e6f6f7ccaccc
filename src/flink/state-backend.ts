import type { FlinkVersion, VersionSince } from '../model/index.js';
import { sinceRow } from './versions.js';

/** The keys Flink reads the state backend from, first wins, and its default (spec §10.1). */
const BACKEND_OPTION: readonly (readonly [VersionSince, { keys: readonly string[]; default: string }])[] = [
  ['1.10', { keys: ['state.backend'], default: 'jobmanager' }],
  ['1.13', { keys: ['state.backend'], default: 'hashmap' }],
  ['1.17', { keys: ['state.backend.type', 'state.backend'], default: 'hashmap' }],
];

const row = (version: FlinkVersion) => sinceRow(BACKEND_OPTION, version) ?? BACKEND_OPTION[0][1];

export function stateBackendKeys(version: FlinkVersion): readonly string[] {
  return row(version).keys;
}

export function defaultStateBackend(version: FlinkVersion): string {
  return row(version).default;
}

const SHORTCUTS = ['hashmap', 'rocksdb', 'forst', 'jobmanager', 'filesystem'];
const CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/RocksDB/i, 'rocksdb'],
  [/ForSt/i, 'forst'],
  [/HashMap/i, 'hashmap'],
  [/MemoryStateBackend/, 'jobmanager'],
  [/FsStateBackend/, 'filesystem'],
];

/**
 * How a version reads the old backends, by shortcut name and by class: 1.13–1.20 load them as the
 * HashMap backend where they were file-system backed; 2.x knows neither old shortcut and tries it
 * as a class name (spec §10.1).
 */
const SHORTCUT_READING: readonly (readonly [VersionSince, Readonly<Record<string, string>>])[] = [
  ['1.10', {}],
  ['1.13', { filesystem: 'hashmap' }],
  ['2.0', { jobmanager: 'custom', filesystem: 'custom' }],
];
const CLASS_READING: readonly (readonly [VersionSince, Readonly<Record<string, string>>])[] = [
  ['1.10', {}],
  ['1.13', { filesystem: 'hashmap' }],
  ['2.0', {}],
];

/**
 * The backend a written value selects: `hashmap`, `rocksdb`, `forst`, `jobmanager`, `filesystem`,
 * or `custom` for a factory class Flink does not ship.
 */
export function stateBackendName(value: string, version: FlinkVersion): string {
  const lower = value.toLowerCase();
  const shortcut = SHORTCUTS.includes(lower);
  const name = shortcut ? lower : (CLASSES.find(([re]) => re.test(value))?.[1] ?? 'custom');
  return sinceRow(shortcut ? SHORTCUT_READING : CLASS_READING, version)?.[name] ?? name;
}

/** Backends that keep their state in native memory Flink budgets as managed memory. */
export function usesManagedMemory(backend: string): boolean {
  return backend === 'rocksdb' || backend === 'forst';
}

/** The prefix of a native backend's memory options (`state.backend.rocksdb.memory.managed`...). */
export function backendMemoryPrefix(backend: string): string {
  return backend === 'forst' ? 'state.backend.forst.memory.' : 'state.backend.rocksdb.memory.';
}

/**
 * The name to write for a backend the sizing command is asked for, per version (spec §10.1): the
 * heap backend is `filesystem` before 1.13 (FsStateBackend), `hashmap` from 1.13; ForSt ships from
 * 2.0. Undefined where the version has no such backend.
 */
const BACKEND_NAMES: readonly (readonly [VersionSince, Readonly<Record<string, string>>])[] = [
  ['1.10', { hashmap: 'filesystem', rocksdb: 'rocksdb' }],
  ['1.13', { hashmap: 'hashmap', rocksdb: 'rocksdb' }],
  ['2.0', { hashmap: 'hashmap', rocksdb: 'rocksdb', forst: 'forst' }],
];

export function stateBackendSetting(backend: string, version: FlinkVersion): string | undefined {
  return sinceRow(BACKEND_NAMES, version)?.[backend];
}
