import type { FlinkVersion, VersionSince } from '../model/index.js';
import { atLeast, sinceRow } from './versions.js';

/**
 * Memory settings of the configuration file the official images ship (the distribution's default
 * `flink-conf.yaml` / `config.yaml`), which `FLINK_PROPERTIES` lines are appended to.
 */
const IMAGE_DEFAULT_CONF: readonly (readonly [VersionSince, Readonly<Record<string, string>>])[] = [
  ['1.10', { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1568m' }],
  // The shipped file grew by the metaspace that 1.10.1 added (FLINK-16406, apache/flink#11300).
  ['1.10.1', { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1728m' }],
  ['1.11', { 'jobmanager.memory.process.size': '1600m', 'taskmanager.memory.process.size': '1728m' }],
];

export function imageDefaultConf(version: FlinkVersion): Readonly<Record<string, string>> {
  return sinceRow(IMAGE_DEFAULT_CONF, version) ?? {};
}

/** Flink's images preload jemalloc from 1.12 on (FLINK-19125) unless `DISABLE_JEMALLOC` is true. */
export function imageAllocator(version: FlinkVersion): 'jemalloc' | 'glibc' {
  return atLeast(version, '1.12') ? 'jemalloc' : 'glibc';
}

/** The option that, set to true, makes the image's entrypoint skip jemalloc for the TaskManager. */
export const DISABLE_JEMALLOC_KEY = 'containerized.taskmanager.env.DISABLE_JEMALLOC';
