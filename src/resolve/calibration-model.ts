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
    'rivals',
    'readings',
  ],
  weights: [
    0.5094, 0.7535, 0.1796, 0.4963, -0.6779, 0.002, 0.1298, -0.5787, 0.0068, -0.2782, -0.2067, 0.1217, -0.9901, -0.4757,
  ],
  bias: 0.7143,
  isotonic: {
    x: [
      0.0273, 0.0725, 0.1183, 0.1745, 0.1935, 0.2228, 0.2512, 0.2983, 0.3947, 0.3953, 0.4032, 0.4128, 0.4188, 0.4226,
      0.4281, 0.456, 0.5002, 0.5097, 0.5851, 0.6582, 0.682, 0.7149, 0.727, 0.7297, 0.7372, 0.7547, 0.763, 0.8078,
      0.8736, 0.8776, 0.8847, 0.8904, 0.8926, 0.8957, 0.8998, 0.9084,
    ],
    y: [
      0, 0.0588, 0.0673, 0.1654, 0.1818, 0.2424, 0.2609, 0.297, 0.3, 0.3333, 0.3462, 0.3511, 0.3778, 0.44, 0.4455,
      0.4496, 0.4545, 0.5, 0.504, 0.5817, 0.6162, 0.6256, 0.6364, 0.7222, 0.7568, 0.758, 0.7619, 0.8853, 0.9552, 0.9685,
      0.9757, 0.9783, 0.986, 0.987, 0.9946, 1,
    ],
  },
  fittedOn:
    'bench/calibrate.ts --n 4000 --seed 42: fit halves of held-out O*NET titles (unseen), employer-style rewrites of held-out titles, perturbed indexed titles (6101 queries, O*NET onet_30_1, store priors)',
};
