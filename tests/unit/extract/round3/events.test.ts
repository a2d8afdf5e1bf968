// Events: grouping mentions into events, owners, names and ids, and the
// attendance patterns that read them, on invented sentences.
import type { Extraction } from '../../../../src/ingest/types';
import { run } from '../helpers';

const events = (x: Extraction): { id: string; name: string; aliases: string[] }[] =>
  x.entities
    .filter((e) => e.kind === 'Event')
    .map((e) => ({ id: e.id, name: e.name, aliases: e.aliases }));

const attended = (x: Extraction): string[] =>
  x.relations
    .filter((r) => r.type === 'ATTENDED')
    .map((r) => `${r.from}->${r.to}@${r.rule ?? ''}`)
    .sort();

describe('events', () => {
  it('keeps two summits of one article apart and gives a bare mention the owner named in its sentence', () => {
    const x = run(
      'Leaders of the Shanghai Cooperation Organization met at a summit in Astana on July 4, 2024. The summit adopted a declaration. In May, President Ana Soto of Chile attended the APEC summit in Lima.',
      '2024-07-05',
    );
    const ids = events(x)
      .map((e) => e.id)
      .sort();
    expect(ids).toEqual(['apec-summit-lima-2024', 'sco-summit-astana-2024']);
    expect(events(x).find((e) => e.id === 'sco-summit-astana-2024')?.aliases).toContain(
      'SCO summit in Astana',
    );
  });

  it('takes the owner of a bare summit from the lead when its sentence names none', () => {
    const x = run(
      'The Association of Southeast Asian Nations admitted a new member on Sunday.\n\nPresident Ana Soto of Chile attended the summit as a guest.',
      '2025-10-26',
    );
    expect(attended(x)).toEqual(['ana-soto->asean-summit-2025@attended:verb']);
  });

  it('does not take a person, a weekday or a news agency for part of an event’s name', () => {
    const x = run(
      'Yonhap reported that Sunday’s summit in Seoul went well. A conference in President Ana Soto’s honour closed.',
      '2025-05-12',
    );
    const ids = events(x).map((e) => e.id);
    expect(ids.some((id) => /yonhap|sunday|ana-soto/.test(id))).toBe(false);
  });
});

describe('attendance patterns', () => {
  it.each([
    [
      'inverted with "are"',
      'Taking part in the Andean Summit are President Ana Soto of Chile and President Luis Mena of Peru.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      'participants included',
      'Participants in the Andean Summit included President Ana Soto of Chile and President Luis Mena of Peru.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      'on the sidelines of',
      'On the sidelines of the Andean Summit, President Ana Soto of Chile met President Luis Mena of Peru.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      'was joined at the summit by',
      'President Ana Soto of Chile was joined at the Andean Summit by President Luis Mena of Peru.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      'brought together',
      'The Andean Summit brought together President Ana Soto of Chile and President Luis Mena of Peru.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      'in a city for the event',
      'President Ana Soto of Chile, who is in Lima for the Andean Summit, praised the hosts.',
      ['ana-soto'],
    ],
    [
      'addressed',
      'President Ana Soto of Chile addressed the Andean Summit on Tuesday.',
      ['ana-soto'],
    ],
    [
      'semicolon list of name, title',
      'The Andean Summit was attended by Ana Soto, President of Chile; Luis Mena, President of Peru; and Rosa Quispe, President of Bolivia.',
      ['ana-soto', 'luis-mena', 'rosa-quispe'],
    ],
    [
      'bracketed countries',
      'The Andean Summit was attended by President Ana Soto (Chile), President Luis Mena (Peru) and President Rosa Quispe (Bolivia).',
      ['ana-soto', 'luis-mena', 'rosa-quispe'],
    ],
    [
      'possessive countries in an "included" list',
      "Heads of state attending the Andean Summit included Chile's President Ana Soto, Peru's President Luis Mena and Bolivia's President Rosa Quispe.",
      ['ana-soto', 'luis-mena', 'rosa-quispe'],
    ],
    [
      '"Also at EVENT were"',
      'Also at the Andean Summit were President Ana Soto of Chile and President Luis Mena of Peru.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      '"with X in attendance"',
      'The Andean Summit opened on Friday with President Ana Soto of Chile and President Luis Mena of Peru in attendance.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      'a header line, then one person per line',
      'The Andean Summit opened in Lima.\n\nLeaders taking part in the summit:\n- President of Chile Ana Soto\n- President of Peru Luis Mena\n\nThe talks focused on trade and on water, officials from both delegations said later.',
      ['ana-soto', 'luis-mena'],
    ],
    [
      'a clause-final verb refers to the event named before',
      'The Andean Summit opened in Lima. President Ana Soto of Chile and President Luis Mena of Peru also took part.',
      ['ana-soto', 'luis-mena'],
    ],
  ])('%s', (_shape, text, people) => {
    const who = attended(run(text)).map((a) => a.split('->')[0]);
    expect(who.sort()).toEqual(people);
  });

  it('does not count people at a signing ceremony, which is part of the talks', () => {
    const x = run(
      'Ministers Ana Soto and Luis Mena were present during the signing ceremony in Lima.',
    );
    expect(attended(x)).toEqual([]);
  });

  it('does not count a purpose or a plan as attendance', () => {
    const x = run(
      'President Ana Soto of Chile will travel to Lima on Thursday to attend the Andean Summit. President Luis Mena of Peru plans to take part in the Andean Summit.',
    );
    expect(attended(x)).toEqual([]);
  });
});
