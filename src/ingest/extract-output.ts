// PROVISIONAL placeholder; replaced by the real output shaper.
import type { Extraction } from './types.js';

export function toExtractJson(x: Extraction): unknown {
  return x;
}
