/** BLS OEWS (placeholder: being written). */
import type { Ingester } from '../ingester.js';

export const oewsIngester: Ingester = {
  name: 'BLS OEWS',
  run() {},
};
