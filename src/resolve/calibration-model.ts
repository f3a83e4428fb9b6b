/**
 * The fitted confidence calibration (data, written by `node dist/bench/calibrate.js`; do not edit by hand):
 * logistic weights over src/resolve/calibration.ts FEATURES and an isotonic map of the logistic output.
 */
import type { CalibrationModel } from './calibration.js';

export const CALIBRATION_MODEL: CalibrationModel = {
  features: ['score'],
  weights: [4],
  bias: -2,
  isotonic: { x: [], y: [] },
  fittedOn: 'placeholder before the first fit',
};
