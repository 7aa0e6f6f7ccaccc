// Modules the playground's build provides (scripts/build-playground.mjs).

/** YAML files, bundled as their text. */
declare module '*.yaml' {
  const text: string;
  export default text;
}
declare module '*.yml' {
  const text: string;
  export default text;
}

/** Every policy of the built-in pack (policies/*.json). */
declare module 'builtin-policies' {
  import type { Policy } from './engine.js';
  const policies: Policy[];
  export default policies;
}
