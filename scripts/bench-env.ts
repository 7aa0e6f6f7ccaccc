// Imported first by the bench: the test helpers it reuses find the bundle in the repository's
// dist/, not beside the bench's own bundle (.bench/).
import path from 'node:path';

process.env.ACTION_BUNDLE ??= path.resolve('dist/index.js');
