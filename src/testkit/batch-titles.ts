/** A small resolver and context index for the batch-coding tests (CLI, API): two readings of "Grinder". */
import { buildContextIndex } from '../resolve/context.js';
import { Resolver } from '../resolve/resolver.js';
import type { TitleEntry } from '../resolve/types.js';

const E = (code: string, title: string, kind: TitleEntry['kind'] = 'alternate'): TitleEntry => ({
  code,
  title,
  kind,
  weight: kind === 'occupation' ? 1 : 0.8,
});

export const batchResolver = (): Resolver =>
  new Resolver([
    E('29-1141.00', 'Registered Nurses', 'occupation'),
    E('29-1141.00', 'Nurse'),
    E('35-1011.00', 'Chefs and Head Cooks', 'occupation'),
    E('35-1011.00', 'Chef'),
    E('25-2021.00', 'Elementary School Teachers', 'occupation'),
    E('25-2021.00', 'Teacher'),
    E('51-4033.00', 'Grinding Machine Operators', 'occupation'),
    E('51-4033.00', 'Grinder'),
    E('35-2021.00', 'Food Preparation Workers', 'occupation'),
    E('35-2021.00', 'Grinder'),
  ]);

export const batchContext = () =>
  buildContextIndex(
    new Map([
      [
        '51-4033.00',
        ['Grinding Machine Operators', 'Set up grinding machines to grind metal parts to specifications.'],
      ],
      ['35-2021.00', ['Food Preparation Workers', 'Grind meat and vegetables in restaurant kitchens.']],
    ]),
  );
