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
    0.5072, 0.765, 0.2337, 0.4767, -0.6651, -0.0453, 0.1277, -0.6678, 0.0235, -0.1218, -0.4319, 0.2554, -1.0925,
    -0.5542, -0.0013, -0.2224, -0.2812, 0.1966,
  ],
  bias: 0.8732,
  isotonic: {
    x: [
      0.0159, 0.0322, 0.0815, 0.1321, 0.1649, 0.1819, 0.2178, 0.2336, 0.2389, 0.2417, 0.2581, 0.2901, 0.3135, 0.374,
      0.4093, 0.4181, 0.423, 0.427, 0.4308, 0.4793, 0.5502, 0.6535, 0.6889, 0.7217, 0.7661, 0.7706, 0.7716, 0.7726,
      0.7737, 0.7899, 0.8132, 0.8286, 0.8403, 0.8631, 0.8827, 0.8857, 0.8887, 0.9013, 0.9201, 0.9291,
    ],
    y: [
      0, 0.0185, 0.0608, 0.1443, 0.1667, 0.1866, 0.2203, 0.2292, 0.2444, 0.2533, 0.2687, 0.2787, 0.2796, 0.3274, 0.3512,
      0.3853, 0.4103, 0.4184, 0.4375, 0.4446, 0.4755, 0.5781, 0.5909, 0.6258, 0.7438, 0.75, 0.8, 0.8125, 0.8333, 0.8495,
      0.8779, 0.8851, 0.8889, 0.9005, 0.9178, 0.9634, 0.9756, 0.9849, 0.9902, 1,
    ],
  },
  isotonicOneWord: {
    x: [0.0359, 0.2203, 0.3257, 0.4288, 0.5, 0.5622, 0.6924, 0.9119, 1],
    y: [0.2635, 0.2985, 0.4286, 0.451, 0.5, 0.6071, 0.625, 0.7368, 0.9796],
  },
  fittedOn:
    "bench/calibrate.ts --n 4000 --seed 42: fit halves of held-out O*NET titles (unseen), employer-style rewrites of held-out titles, perturbed indexed titles, issue 13's kinds, from indexed titles, one-word titles (head words of indexed titles), gibberish (8458 queries, O*NET onet_30_1, store priors)",
};
