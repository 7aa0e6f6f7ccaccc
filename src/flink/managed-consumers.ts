import type { FlinkVersion } from '../model/index.js';
import { findOption } from './options.js';
import { atLeast } from './versions.js';

/** `taskmanager.memory.managed.consumer-weights` (1.12+): how managed memory is shared out. */
export const CONSUMER_WEIGHTS_KEY = 'taskmanager.memory.managed.consumer-weights';

/** The option's default in a version (spec §10.3); undefined before 1.12, which has no such option. */
export function defaultConsumerWeights(version: FlinkVersion): string | undefined {
  return findOption(version, CONSUMER_WEIGHTS_KEY)?.defaultText;
}

/** The weight each consumer has by default, for those an explicit list leaves out (spec §10.3). */
export const CONSUMER_DEFAULT_WEIGHT: Readonly<Record<string, number>> = {
  OPERATOR: 70,
  STATE_BACKEND: 70,
  PYTHON: 30,
};

/** 1.x still reads the 1.12 name `DATAPROC` as the weight of both operators and state backends. */
export function readsDataprocWeight(version: FlinkVersion): boolean {
  return !atLeast(version, '2.0');
}
