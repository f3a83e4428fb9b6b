/** O*NET rating tables (placeholder: being written). */
import type { Ingester } from '../ingester.js';

export const onetRatingsIngester: Ingester = {
  name: 'O*NET rating tables',
  run() {},
};
