// Error classes found by reading the extractor's output on public news pages
// (kept out of the repository); each case is an invented sentence of that shape.
import type { Extraction } from '../../../../src/ingest/types';
import { facts, run } from '../helpers';

const people = (x: Extraction): string[] =>
  x.entities
    .filter((e) => e.kind === 'Person')
    .map((e) => e.id)
    .sort();
const events = (x: Extraction): string[] =>
  x.entities.filter((e) => e.kind === 'Event').map((e) => e.id);

describe('events', () => {
  it('resolves "the event" and "the gathering" to the event named before, and makes none alone', () => {
    const x = run(
      'The Nordic Council Summit opened in Oslo. Norwegian Premier Ana Vik addressed the event.',
    );
    expect(events(x)).toEqual(['nordic-council-summit-oslo-2024']);
    expect(facts(x, 'ATTENDED')).toEqual(['ATTENDED ana-vik->nordic-council-summit-oslo-2024']);
    expect(events(run('Norwegian Premier Ana Vik addressed the gathering.'))).toEqual([]);
  });

  it('takes no event owner from a title ("UN Secretary-General") nor an event from a status', () => {
    const x = run(
      'UN Secretary-General Antonio Guterres spoke at the summit in Kazan. Mongolia is an SCO dialogue partner.',
    );
    expect(events(x)).toEqual(['summit-kazan-2024-05-16']);
  });

  it('reads "Among the summit attendees were" and "Among them were"', () => {
    const x = run(
      'The Baltic summit opened in Riga. Among the summit attendees were Polish President Adam Nowak and Czech Prime Minister Jan Horak.',
    );
    expect(facts(x, 'ATTENDED').sort()).toEqual([
      'ATTENDED adam-nowak->baltic-summit-riga-2024',
      'ATTENDED jan-horak->baltic-summit-riga-2024',
    ]);
  });
});

describe('people', () => {
  it('reads a month that is also a given name as one ("Jan Horak"), but not after a preposition', () => {
    expect(people(run('Czech Prime Minister Jan Horak said so.'))).toEqual(['jan-horak']);
    expect(people(run('In May Aliyev visited China.'))).toEqual([]);
  });

  it('takes no person from a name that names a place ("… International Airport")', () => {
    const x = run(
      'Norwegian Foreign Minister Eva Lund was welcomed at Heydar Aliyev International Airport.',
    );
    expect(people(x)).toEqual(['eva-lund']);
    expect(facts(x, 'MET')).toEqual([]);
  });

  it('keeps a long portfolio inside the title ("Labor and Social Protection of Population")', () => {
    const x = run(
      "She was greeted by Azerbaijan's Deputy Minister of Labor and Social Protection of Population, Elchin Mammadov.",
    );
    expect(people(x)).toEqual(['elchin-mammadov']);
  });

  it('gives "He also met …" opening a sentence to the subject of the sentence before', () => {
    const x = run(
      'Finnish President Mika Salo held talks with Swedish Prime Minister Lars Berg. He also met Danish Prime Minister Ole Madsen.',
    );
    expect(facts(x, 'MET').sort()).toEqual([
      'MET mika-salo->lars-berg',
      'MET mika-salo->ole-madsen',
    ]);
  });
});
