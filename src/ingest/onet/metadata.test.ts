/** O*NET Occupation Level Metadata: one row per surveyed occupation, newest data month, questionnaires; bad rows named. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDataError, importInto, makeDataDir, TEXT } from './testkit.js';

const FILE = `${TEXT}/Occupation Level Metadata.txt`;
const HEAD = 'O*NET-SOC Code\tItem\tResponse\tN\tPercent\tDate\r\n';

describe('Occupation Level Metadata', () => {
  it('keeps one row per occupation with its questionnaires and newest data month', () => {
    const { db } = importInto(makeDataDir());
    assert.deepEqual(
      db.prepare('SELECT occ_code, questionnaires, data_date, release FROM onet_metadata ORDER BY 1').all(),
      [
        { occ_code: '11-1011.00', questionnaires: 95, data_date: '08/2023', release: '30.1' },
        { occ_code: '27-2012.00', questionnaires: 41, data_date: '08/2024', release: '30.1' },
      ],
    );
  });

  it('names the file, line and column of a bad date or an unknown occupation', () => {
    assertDataError(
      () =>
        importInto(
          makeDataDir({ changes: { [FILE]: `${HEAD}11-1011.00\tData Collection Mode\tWeb\t95\t81.1\t2023-08\r\n` } }),
        ),
      { file: FILE, line: 2, column: 'Date', message: /not a month/ },
    );
    assertDataError(
      () =>
        importInto(
          makeDataDir({ changes: { [FILE]: `${HEAD}99-9999.00\tData Collection Mode\tWeb\t95\t81.1\t08/2023\r\n` } }),
        ),
      { file: FILE, line: 2, message: /unknown occupation code/ },
    );
  });
});
