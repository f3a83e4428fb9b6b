/** BLS EP (placeholder: being written). */
import type { Ingester } from '../ingester.js';

export const epIngester: Ingester = {
  name: 'BLS EP',
  run() {},
};
