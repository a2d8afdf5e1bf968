// Properties that hold for any input: no throw, no hang, offsets inside the
// text, every relation end is an entity of the same output.
import fc from 'fast-check';
import { run } from './helpers';

const newsy = fc
  .array(
    fc.constantFrom(
      'President',
      'Ilham Aliyev',
      'China',
      'Chinese',
      'Baku',
      'said',
      'met',
      'with',
      'signed',
      'a',
      'Joint Statement',
      'on',
      'strategic partnership',
      'cooperation in',
      'trade',
      'energy',
      ',',
      '.',
      '"',
      '“',
      '”',
      'the two countries',
      'support each other',
      'will visit',
      'did not',
      'visited',
      'on Monday',
      'last year',
      'in 2017',
      'joined',
      'SCO',
      'Foreign Minister',
      'his',
      'counterpart',
      'Ambassador to',
      'Azerbaijan',
      '\n\n',
      "'s",
      'Memorandum of Understanding',
      'between',
      'and',
      'founded by',
      'six countries:',
    ),
    { maxLength: 60 },
  )
  .map((ws) => ws.join(' '));

function checkInvariants(text: string): void {
  const x = run(text);
  const ids = new Set(x.entities.map((e) => e.id));
  for (const e of x.entities) {
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const r of x.relations) {
    expect(ids.has(r.from)).toBe(true);
    expect(ids.has(r.to)).toBe(true);
    if (r.area) expect(ids.has(r.area)).toBe(true);
    expect(r.evidence.start).toBeGreaterThanOrEqual(0);
    expect(r.evidence.end).toBeLessThanOrEqual(text.length);
    expect(r.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
}

describe('extract on arbitrary input', () => {
  it('never throws and keeps offsets and ends consistent (random strings)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => checkInvariants(text)),
      { numRuns: 200 },
    );
  });

  it('never throws and keeps offsets and ends consistent (news-like word salad)', () => {
    fc.assert(
      fc.property(newsy, (text) => checkInvariants(text)),
      { numRuns: 300 },
    );
  });

  it('finishes quickly on long pathological input', () => {
    const text = `${'President '.repeat(2000)}${'"'.repeat(500)}${'and China, '.repeat(1000)}`;
    const t0 = Date.now();
    checkInvariants(text);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
