// "met Ana Ruiz", "held talks with Ana Ruiz": a two-to-five-word name right
// after a meeting cue (data/rules/personVerbs.json, meetingCues).
import { ruleTable } from '../../ruleTable';
import type { Token } from '../../tokens';
import { freeRuns } from './nameRuns';
import type { PersonScan, SightingRule } from './sighting';
import { sight } from './sighting';

interface CueTable {
  meetingCues: string[];
}

/** The meeting cue ending right before token `i`, in the same line. */
function cueBefore(
  text: string,
  T: readonly Token[],
  i: number,
  cues: readonly string[][],
): string | undefined {
  for (const cue of cues) {
    const from = i - cue.length;
    if (from < 0) continue;
    if (!cue.every((word, k) => T[from + k]?.lower === word)) continue;
    if (/\n/.test(text.slice(T[from]?.start ?? 0, T[i]?.start ?? 0))) continue;
    return cue.join(' ');
  }
  return undefined;
}

export const meetingObject: SightingRule = {
  id: 'person:meeting-object',
  reason: 'A name of two or more words right after "met", "held talks with" and the like.',
  find(scan: PersonScan): void {
    const { ctx, ix } = scan;
    // Longest cues first: "held talks with" before "talks with".
    const cues = ruleTable<CueTable>('personVerbs')
      .meetingCues.map((cue) => cue.split(' '))
      .sort((a, b) => b.length - a.length);
    for (const { i, end } of freeRuns(scan, 2)) {
      const cue = cueBefore(ctx.text, ix.tokens, i, cues);
      if (cue) sight(scan, i, end, this.id, `name after "${cue}"`);
    }
  },
};
