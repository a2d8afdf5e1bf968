// "Sheikh Ahmed Al Thani", "Mr. Jon Berg": a name after an honorific.
import { nameLexicon } from '../nameShape';
import { freeRuns } from './nameRuns';
import type { PersonScan, SightingRule } from './sighting';
import { sight } from './sighting';

export const honorific: SightingRule = {
  id: 'person:honorific',
  reason: 'A name of two or more words right after an honorific (Mr, Dr, Sheikh, His Excellency).',
  find(scan: PersonScan): void {
    const T = scan.ix.tokens;
    const honorifics = nameLexicon().honorifics;
    for (const { i, end } of freeRuns(scan, 2)) {
      const prev = T[i - 1];
      if (prev && honorifics.has(prev.lower))
        sight(scan, i, end, this.id, `name after "${prev.text}"`);
    }
  },
};
