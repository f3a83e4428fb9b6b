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
  ],
  weights: [
    0.4755, 0.7812, 0.2304, 0.4503, -0.639, -0.0417, 0.1235, -0.6652, 0.0783, -0.1162, -0.5646, 0.2682, -1.1282,
    -0.5878, 0.0281,
  ],
  bias: 0.8745,
  isotonic: {
    x: [
      0.0199, 0.0559, 0.0628, 0.094, 0.1352, 0.1601, 0.1629, 0.1739, 0.2049, 0.219, 0.2314, 0.2331, 0.2564, 0.3467,
      0.3968, 0.4117, 0.422, 0.426, 0.4305, 0.5007, 0.6346, 0.685, 0.6949, 0.708, 0.7403, 0.761, 0.7637, 0.7655, 0.7737,
      0.7952, 0.8043, 0.8065, 0.8184, 0.859, 0.8812, 0.883, 0.8857, 0.8992, 0.9193, 0.9285,
    ],
    y: [
      0, 0.0317, 0.0357, 0.0973, 0.1076, 0.1364, 0.1429, 0.1615, 0.2121, 0.2441, 0.2581, 0.2609, 0.2767, 0.3037, 0.3333,
      0.36, 0.3636, 0.3824, 0.457, 0.4581, 0.5451, 0.5536, 0.6286, 0.6319, 0.636, 0.6491, 0.6863, 0.7018, 0.8235,
      0.8324, 0.8571, 0.8788, 0.8839, 0.8908, 0.9375, 0.9592, 0.9634, 0.9842, 0.9896, 1,
    ],
  },
  isotonicOneWord: {
    x: [0.0133, 0.0512, 0.077, 0.1004, 0.1415, 0.2203, 0.3946, 0.5, 0.5855, 0.9071, 1],
    y: [0, 0.0625, 0.1111, 0.122, 0.25, 0.2985, 0.4605, 0.5, 0.5882, 0.7222, 0.9714],
  },
  fittedOn:
    "bench/calibrate.ts --n 4000 --seed 42: fit halves of held-out O*NET titles (unseen), employer-style rewrites of held-out titles, perturbed indexed titles, issue 13's kinds, from indexed titles, one-word titles (head words of indexed titles), gibberish (8458 queries, O*NET onet_30_1, store priors)",
};
