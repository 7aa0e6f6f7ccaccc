import module from 'node:module';

/**
 * Node's on-disk cache of compiled code (Node 22.1 and later; absent on Node 20, where this does
 * nothing): the chunks each command loads compile once, and later runs read them from the cache.
 * Imported first by the command line, before any chunk is loaded.
 */
export const compileCache: string | undefined = (() => {
  const enable = (module as { enableCompileCache?: () => { status: number; directory?: string } })
    .enableCompileCache;
  if (typeof enable !== 'function' || process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    return enable().directory;
  } catch {
    return undefined;
  }
})();
