/** O*NET text release (placeholder: being written). */
import type { Ingester } from '../ingester.js';

export const onetIngester: Ingester = {
  name: 'O*NET text release',
  run() {},
};
