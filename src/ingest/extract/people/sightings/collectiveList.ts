// "Senior Kenyan officials including X and Y", "ministers such as X": names
// listed after a collective noun; a country before the noun gives the role.
import type { Ctx } from '../../context';
import { sentenceAt } from '../../context';
import { isNameWord, nameLexicon } from '../nameShape';
import { roleLexicon } from '../roleLexicon';
import type { TokenIndex } from '../tokenIndex';
import { freeRuns } from './nameRuns';
import type { PersonScan, RoleDraft, SightingRule } from './sighting';
import { sight } from './sighting';

/** The collective before the list holding token i, and the role it gives. */
function collectiveBefore(
  ctx: Ctx,
  ix: TokenIndex,
  i: number,
): { noun: string; role?: RoleDraft } | undefined {
  const T = ix.tokens;
  const roles = roleLexicon();
  const sentence = sentenceAt(ctx, T[i]?.start ?? 0);
  let k = i - 1;
  // Walk back over earlier list items: names, commas, "and".
  while (k >= 0 && (T[k]?.start ?? 0) >= (sentence?.start ?? 0)) {
    const t = T[k];
    if (!t) break;
    if (
      t.text === ',' ||
      t.lower === 'and' ||
      isNameWord(t, ix.covered) ||
      nameLexicon().particles.has(t.text)
    ) {
      k--;
      continue;
    }
    break;
  }
  let intro = T[k];
  if (intro?.lower === 'including' || intro?.text === ':') k--;
  else if (intro?.lower === 'as' && T[k - 1]?.lower === 'such') k -= 2;
  else return undefined;
  intro = T[k];
  if (!intro || !roles.collectives.has(intro.lower)) return undefined;
  // Country and modifiers before the collective.
  let b = k - 1;
  let holder: string | undefined;
  const mods: string[] = [];
  while (b >= 0 && b >= k - 4) {
    const m = ix.mentionOf[b];
    if (m && m.kind === 'Country') {
      holder ??= m.id;
      b--;
      continue;
    }
    const t = T[b];
    if (t && !t.punct && (roles.modifiers.has(t.lower) || roles.portfolio.has(t.lower))) {
      mods.unshift(t.text);
      b--;
      continue;
    }
    break;
  }
  const singular = intro.text.replace(/ies$/, 'y').replace(/s$/, '');
  if (!holder) return { noun: intro.text };
  const roleText = [...mods, singular].join(' ');
  return {
    noun: intro.text,
    role: {
      role: roleText.charAt(0).toUpperCase() + roleText.slice(1),
      holder,
      roleClass: 'official',
      diplomatic: false,
      former: false,
      start: T[b + 1]?.start ?? 0,
      end: intro.end,
    },
  };
}

export const collectiveList: SightingRule = {
  id: 'person:collective-list',
  reason:
    'Names of two or more words listed after "officials including", "leaders such as" and the like.',
  find(scan: PersonScan): void {
    for (const { i, end } of freeRuns(scan, 2)) {
      const list = collectiveBefore(scan.ctx, scan.ix, i);
      if (list) sight(scan, i, end, this.id, `name listed after "${list.noun}"`, list.role);
    }
  },
};
