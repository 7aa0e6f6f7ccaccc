import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import prettier from 'eslint-config-prettier/flat';

/**
 * The pipeline's stages, in the order data flows (docs/architecture.md). A stage imports only
 * from the stages before it, and only through their door, `index.ts`; the two shells, the action
 * (`src/github`) and the command line (`src/cli`), do not import each other.
 */
const STAGES = ['model', 'flink', 'sources', 'link', 'derive', 'policy', 'report', 'engine', 'github', 'cli'];
const SHELLS = ['github', 'cli'];

/** `no-restricted-imports` patterns for the files of one stage (or, for `null`, the entry files). */
function boundaries(stage) {
  const at = stage === null ? STAGES.length : STAGES.indexOf(stage);
  const later = STAGES.slice(at + 1).concat(
    SHELLS.includes(stage) ? SHELLS.filter((s) => s !== stage && STAGES.indexOf(s) < at) : [],
  );
  const earlier = STAGES.slice(0, at).filter((s) => s !== stage);
  const from = stage === null ? 'An entry file' : `src/${stage}`;
  const patterns = [];
  if (later.length > 0)
    patterns.push({
      group: later.map((s) => `**/${s}/**`),
      message: `${from} must not import a later stage: data flows model → flink → sources → link → derive → policy → report → engine → github | cli (docs/architecture.md).`,
    });
  if (earlier.length > 0)
    patterns.push({
      group: earlier.flatMap((s) => [`**/${s}/**`, `!**/${s}/index.js`]),
      message: `${from} imports another stage only through its door, index.ts (docs/architecture.md).`,
    });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'playground/dist/',
      'coverage/',
      'node_modules/',
      // Scratch output of the build and the scripts, never committed.
      '.build/',
      '.bench/',
      '**/*.js',
      '**/*.mjs',
      '__tests__/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...STAGES.map((stage) => ({ files: [`src/${stage}/**/*.ts`], rules: boundaries(stage) })),
  { files: ['src/*.ts'], rules: boundaries(null) },
  {
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'assert*', 'check*'] }],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  prettier,
);
