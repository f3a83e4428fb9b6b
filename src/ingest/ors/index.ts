/** BLS ORS (placeholder: being written). */
import type { Ingester } from '../ingester.js';

export const orsIngester: Ingester = {
  name: 'BLS ORS',
  run() {},
};
