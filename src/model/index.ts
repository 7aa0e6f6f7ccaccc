export * from './location.js';
export * from './flink-version.js';
export * from './config-value.js';
export * from './breakdown.js';
export * from './flink-config.js';
export * from './finding.js';
export * from './report.js';
