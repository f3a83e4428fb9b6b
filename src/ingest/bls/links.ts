/** SOC links (placeholder: being written). */
import type { Ingester } from '../ingester.js';

export const socLinksIngester: Ingester = {
  name: 'SOC links',
  run() {},
};
