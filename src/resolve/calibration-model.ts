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
    'spread',
    'one_word_spread',
    'one_word_top_share',
  ],
  weights: [
    0.5059, 0.7778, 0.2358, 0.4727, -0.6662, -0.0423, 0.1253, -0.6674, 0.0226, -0.1225, -0.4279, 0.2539, -1.0971,
    -0.5612, -0.0012, -0.2414, -0.3069, -0.016,
  ],
  bias: 0.8826,
  isotonic: {
    x: [
      0.0178, 0.0361, 0.0847, 0.1317, 0.1635, 0.1796, 0.2171, 0.2331, 0.2418, 0.2462, 0.2817, 0.3416, 0.3784, 0.4052,
      0.4114, 0.4184, 0.426, 0.43, 0.4726, 0.5236, 0.5337, 0.5634, 0.6549, 0.689, 0.691, 0.7237, 0.7677, 0.7709, 0.7723,
      0.7737, 0.7906, 0.8074, 0.8125, 0.8487, 0.8827, 0.8863, 0.8891, 0.9014, 0.9204, 0.9294,
    ],
    y: [
      0, 0.0351, 0.0588, 0.14, 0.1643, 0.1892, 0.2083, 0.2449, 0.25, 0.2558, 0.2722, 0.3214, 0.3333, 0.3494, 0.362,
      0.3904, 0.4061, 0.4118, 0.4485, 0.4519, 0.4553, 0.4783, 0.571, 0.5789, 0.5926, 0.6287, 0.7602, 0.8, 0.8214,
      0.8333, 0.8351, 0.875, 0.8806, 0.9045, 0.9178, 0.9646, 0.9737, 0.9852, 0.9892, 1,
    ],
  },
  isotonicOneWord: {
    x: [0.0163, 0.0371, 0.0767, 0.1031, 0.1303, 0.2464, 0.4441, 0.6523, 0.6855, 0.7822, 0.8282, 0.8392, 0.8682],
    y: [0, 0.0313, 0.0517, 0.0833, 0.1481, 0.162, 0.3415, 0.5366, 0.6364, 0.7, 0.75, 0.8571, 1],
  },
  fittedOn:
    "bench/calibrate.ts --n 4000 --seed 42: fit halves of held-out O*NET titles (unseen), employer-style rewrites of held-out titles, perturbed indexed titles, issue 13's kinds, from indexed titles, one-word titles (head words of indexed titles), gibberish (8458 queries, O*NET onet_30_1, store priors)",
};
