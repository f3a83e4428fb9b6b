/** Bad input to the O*NET text release importer: every case stops with a 'data' error naming file and line. */
import { describe, it } from 'node:test';
import { onetIngester } from './index.js';
import { TEXT, assertDataError, editLine, fixture, importFails, makeDataDir } from './testkit.js';

const f = (name: string) => `${TEXT}/${name}`;
/** Imports the text release with these files changed and expects the given error. */
function fails(
  changes: Record<string, string | Buffer | null>,
  expected: { file: string; line?: number; column?: string; message: RegExp },
): void {
  const dir = makeDataDir({ without: ['excel_29_0', 'derived'], changes });
  assertDataError(importFails(dir, [onetIngester]), expected);
}

describe('O*NET text release: bad input', () => {
  it('no folder holds Occupation Data.txt', () => {
    fails({ [f('Occupation Data.txt')]: null }, { file: 'Occupation Data.txt', message: /no O\*NET text release/ });
  });

  it('a required file is missing', () => {
    fails(
      { [f('Alternate Titles.txt')]: null },
      {
        file: f('Alternate Titles.txt'),
        message: /missing required file "Alternate Titles.txt" in the O\*NET 30\.1 release/,
      },
    );
  });

  it('a file that another needs is missing (DWA Reference for Tasks to DWAs)', () => {
    fails(
      { [f('DWA Reference.txt')]: null },
      { file: f('DWA Reference.txt'), message: /missing required file .*needed by Tasks to DWAs/ },
    );
  });

  it('the Read Me is missing or names no release', () => {
    fails({ [f('Read Me.txt')]: null }, { file: f('Read Me.txt'), message: /missing required file/ });
    fails({ [f('Read Me.txt')]: 'Some notes\r\n' }, { file: f('Read Me.txt'), line: 1, message: /no release named/ });
  });

  it('wrong header', () => {
    fails(
      { [f('Task Statements.txt')]: editLine(f('Task Statements.txt'), 1, (l) => l.replace('Task ID', 'Task Id#')) },
      { file: f('Task Statements.txt'), line: 1, message: /wrong header: missing column "Task ID"/ },
    );
  });

  it('truncated row', () => {
    fails(
      { [f('Tools Used.txt')]: editLine(f('Tools Used.txt'), 3, (l) => l.split('\t').slice(0, 3).join('\t')) },
      { file: f('Tools Used.txt'), line: 3, message: /row has 3 fields where the header has 4: truncated/ },
    );
    // A file cut off in the middle of its last line.
    const text = fixture(f('Job Zones.txt'));
    fails(
      { [f('Job Zones.txt')]: text.slice(0, text.lastIndexOf('\t')) },
      { file: f('Job Zones.txt'), line: 4, message: /truncated or malformed row/ },
    );
  });

  it('non-numeric value', () => {
    fails(
      { [f('Work Styles.txt')]: editLine(f('Work Styles.txt'), 3, (l) => l.replace('2.30', 'high')) },
      { file: f('Work Styles.txt'), line: 3, column: 'Data Value', message: /not a number: "high"/ },
    );
    fails(
      { [f('Task Statements.txt')]: editLine(f('Task Statements.txt'), 2, (l) => l.replace('8823', '88x3')) },
      { file: f('Task Statements.txt'), line: 2, column: 'Task ID', message: /not a number/ },
    );
  });

  it('unknown occupation code', () => {
    fails(
      {
        [f('Task Statements.txt')]: editLine(f('Task Statements.txt'), 4, (l) => l.replace('27-2012.00', '27-2012.99')),
      },
      {
        file: f('Task Statements.txt'),
        line: 4,
        column: 'O*NET-SOC Code',
        message: /unknown occupation code "27-2012\.99"/,
      },
    );
    fails(
      { [f('Interests.txt')]: editLine(f('Interests.txt'), 2, (l) => l.replace('11-1011.00', '11-1011.07')) },
      { file: f('Interests.txt'), line: 2, message: /not in Occupation Data/ },
    );
  });

  it('malformed occupation code in Occupation Data', () => {
    fails(
      { [f('Occupation Data.txt')]: editLine(f('Occupation Data.txt'), 3, (l) => l.replace('27-2012.00', '272012')) },
      { file: f('Occupation Data.txt'), line: 3, message: /not an O\*NET-SOC code/ },
    );
  });

  it('unknown task or DWA in Tasks to DWAs', () => {
    fails(
      { [f('Tasks to DWAs.txt')]: editLine(f('Tasks to DWAs.txt'), 3, (l) => l.replace('\t100\t', '\t999\t')) },
      { file: f('Tasks to DWAs.txt'), line: 3, column: 'Task ID', message: /unknown task 999 of 27-2012\.00/ },
    );
    fails(
      { [f('Tasks to DWAs.txt')]: editLine(f('Tasks to DWAs.txt'), 2, (l) => l.replace('I02.D01', 'I02.D09')) },
      { file: f('Tasks to DWAs.txt'), line: 2, column: 'DWA ID', message: /unknown DWA ID/ },
    );
  });

  it('duplicated key', () => {
    const alt = fixture(f('Alternate Titles.txt'));
    const dup = `${alt}27-2012.00\tProducer\tn/a\t02\r\n`;
    fails(
      { [f('Alternate Titles.txt')]: dup },
      { file: f('Alternate Titles.txt'), line: 7, message: /duplicated key/ },
    );
    const occ = fixture(f('Occupation Data.txt'));
    fails(
      { [f('Occupation Data.txt')]: `${occ}11-1011.00\tAgain\tAgain.\r\n` },
      { file: f('Occupation Data.txt'), line: 6, message: /duplicated key/ },
    );
  });

  it('empty file', () => {
    fails({ [f('Job Zones.txt')]: '' }, { file: f('Job Zones.txt'), line: 1, message: /the file is empty/ });
    fails(
      { [f('Job Zones.txt')]: 'O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n' },
      { file: f('Job Zones.txt'), line: 2, message: /header but no data rows/ },
    );
  });

  it('mis-encoded file (Latin-1 instead of UTF-8)', () => {
    const text = editLine(f('Alternate Titles.txt'), 4, (l) => l.replace('Producer', 'Productor Ejecutivo Señor'));
    fails(
      { [f('Alternate Titles.txt')]: Buffer.from(text, 'latin1') },
      { file: f('Alternate Titles.txt'), line: 4, message: /not valid UTF-8/ },
    );
  });

  it('bad Y/N flag and bad task type', () => {
    fails(
      {
        [f('Technology Skills.txt')]: editLine(f('Technology Skills.txt'), 2, (l) => l.replace('\tY\tN', '\tmaybe\tN')),
      },
      { file: f('Technology Skills.txt'), line: 2, column: 'Hot Technology', message: /expected Y or N/ },
    );
    fails(
      { [f('Task Statements.txt')]: editLine(f('Task Statements.txt'), 2, (l) => l.replace('Core', 'Main')) },
      { file: f('Task Statements.txt'), line: 2, column: 'Task Type', message: /expected Core, Supplemental or n\/a/ },
    );
  });
});
