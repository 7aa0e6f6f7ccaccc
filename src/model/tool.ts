import pkg from '../../package.json' with { type: 'json' };

export const TOOL = { name: 'flink-memory-lint', version: pkg.version, homepage: pkg.homepage } as const;
