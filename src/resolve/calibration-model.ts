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
    'reworded',
    'whole',
    'sales',
    'alternative',
    'qualifier',
    'comma',
    'contained',
    'share',
    'whole_reworded',
    'whole_ambiguous',
  ],
  weights: [
    0.2614, 0.6174, 0.1705, 0.2252, -0.2971, -0.0987, 0.0924, -0.4908, 0.2626, -0.1211, -0.5113, 0.2918, -1.0676,
    -0.4484, 0.0981, 0.6436, 0.0012, 0.2747, -0.1571, 0.0755, -0.0933, 0.9243, 0.1777, -0.3558,
  ],
  bias: 0.3975,
  isotonic: {
    x: [
      0.0234, 0.0504, 0.0908, 0.1226, 0.1516, 0.1675, 0.1758, 0.1976, 0.2179, 0.231, 0.2633, 0.3655, 0.3954, 0.4024,
      0.4092, 0.4266, 0.4606, 0.4695, 0.4735, 0.4763, 0.5286, 0.6085, 0.641, 0.68, 0.7225, 0.7882, 0.7885, 0.8023,
      0.845, 0.8645, 0.8728, 0.8747, 0.8858, 0.9017, 0.9194, 0.9271, 0.9306, 0.9388, 0.9538,
    ],
    y: [
      0, 0.0328, 0.0503, 0.1081, 0.1244, 0.1429, 0.1549, 0.1667, 0.1914, 0.2157, 0.2702, 0.3401, 0.3757, 0.3789, 0.3953,
      0.4093, 0.4267, 0.4348, 0.4444, 0.4681, 0.4693, 0.5568, 0.5873, 0.625, 0.6517, 0.75, 0.8333, 0.8354, 0.8544,
      0.8871, 0.9231, 0.9286, 0.9613, 0.9804, 0.9817, 0.9821, 0.986, 0.9938, 1,
    ],
  },
  isotonicOneWord: {
    x: [0.0133, 0.0512, 0.077, 0.0995, 0.1404, 0.22, 0.3938, 0.5, 0.5855, 0.9071, 1],
    y: [0, 0.0625, 0.1111, 0.125, 0.2857, 0.2985, 0.4545, 0.5, 0.5882, 0.7222, 0.9714],
  },
  fittedOn:
    "bench/calibrate.ts --n 4000 --seed 42: fit halves of held-out O*NET titles (unseen), employer-style rewrites of held-out titles, perturbed indexed titles, issue 13's kinds, from indexed titles, one-word titles (head words of indexed titles), gibberish, held-out O*NET occupation titles (official style) (8631 queries, O*NET onet_30_1, store priors)",
};
