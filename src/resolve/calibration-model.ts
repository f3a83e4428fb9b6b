/**
 * The fitted confidence calibration (data, written by `node dist/bench/calibrate.js`; do not edit by hand):
 * logistic weights over src/resolve/calibration.ts FEATURES and an isotonic map of the logistic output.
 */
import type { CalibrationModel } from './calibration.js';

export const CALIBRATION_MODEL: CalibrationModel = {
  features: [
    'score',
    'gap',
    'exact_occupation',
    'exact_title',
    'partial',
    'fuzzy',
    'evidence',
    'ambiguous',
    'level',
    'corrected',
    'one_word',
    'long_query',
  ],
  weights: [0.7208, 0.5526, 0.1204, 0.8429, -0.9738, 0.0105, 0.0067, -1.0832, 0.0817, -0.2456, 0.0492, 0.2555],
  bias: 1.3195,
  isotonic: {
    x: [
      0.3796, 0.3945, 0.4099, 0.4431, 0.4598, 0.464, 0.4776, 0.5423, 0.7147, 0.7523, 0.7581, 0.7635, 0.7765, 0.838,
      0.859, 0.8596, 0.8717, 0.9354, 0.948, 0.9501, 0.9523, 0.9533, 0.9571, 0.9669,
    ],
    y: [
      0, 0.2174, 0.3107, 0.3411, 0.4, 0.451, 0.4982, 0.5088, 0.7011, 0.7544, 0.76, 0.8113, 0.8302, 0.8393, 0.875,
      0.9241, 0.9396, 0.9471, 0.9487, 0.9494, 0.9695, 0.9792, 0.9864, 1,
    ],
  },
  fittedOn:
    'bench/calibrate.ts --n 4000 --seed 42: fit halves of held-out O*NET titles, employer-style rewrites of held-out titles, perturbed indexed titles (6224 queries, O*NET onet_30_1, store priors)',
};
