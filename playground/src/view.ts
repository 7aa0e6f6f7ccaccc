import {
  lintPasted,
  type ConfigResult,
  type Deployment,
  type FlinkVersion,
  type PolicyPack,
  type TextResult,
} from './engine.js';
import { detectFileName, type FileName, type ReadAs } from './format.js';
import type { PageState } from './state.js';

/** One column of the page: a text read as one file, and the configuration of it that is drawn. */
export interface Side {
  id: 'a' | 'b';
  text: string;
  fileName: FileName;
  /** The reader was picked from the text, not chosen. */
  detected: boolean;
  lint: TextResult;
  /** The configuration drawn (the file may hold several), if the file holds any. */
  shown?: ConfigResult;
  index: number;
}

interface SideInput {
  text: string;
  readAs: ReadAs;
  version: FlinkVersion | 'auto';
  deployment: Deployment | 'auto';
  config: number;
}

function side(id: Side['id'], input: SideInput, pack: PolicyPack): Side {
  const flinkVersion = input.version === 'auto' ? undefined : input.version;
  const detected = input.readAs === 'auto';
  const fileName = detected ? detectFileName(input.text, flinkVersion) : (input.readAs as FileName);
  const lint = lintPasted(
    {
      path: fileName,
      text: input.text,
      flinkVersion,
      deployment: input.deployment === 'auto' ? undefined : input.deployment,
    },
    pack,
  );
  const index = Math.min(input.config, Math.max(0, lint.results.length - 1));
  return { id, text: input.text, fileName, detected, lint, shown: lint.results[index], index };
}

/** The sides the state asks for: the configuration, and what it is compared with. */
export function sidesOf(state: PageState, pack: PolicyPack): Side[] {
  const a = side('a', state, pack);
  if (state.compare === 'version') return [a, side('b', { ...state, version: state.compareVersion }, pack)];
  if (state.compare === 'config')
    return [a, side('b', { ...state, text: state.compareText, readAs: 'auto', config: 0 }, pack)];
  return [a];
}
