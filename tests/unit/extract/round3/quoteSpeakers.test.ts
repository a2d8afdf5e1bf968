// Who said a quotation when the sentence does not put a name next to it: a
// title standing for a named person, "he" after a sentence whose subject is
// that title, a participle ("…, saying: “…”"), and a second quote whose verb
// is coordinated with the first. Invented people and words throughout.
import type { Extraction } from '../../../../src/ingest/types';
import { run } from '../helpers';

const said = (x: Extraction): string[] =>
  x.relations
    .filter((r) => r.type === 'STATED')
    .map((r) => `${r.from}: ${(r.text ?? '').split(' ').slice(0, 3).join(' ')}`);

describe('quote speakers', () => {
  it('resolves "The Secretary General …, “…,” he said" to the named Secretary General', () => {
    const x = run(
      '“Welcome to the family!” exclaimed OSCE Secretary General Hanna Lind as the flag was raised. The Secretary General thanked President Ivo Kask for his leadership. “This is a proud day for all of us,” he said.',
    );
    expect(said(x)).toEqual(['hanna-lind: Welcome to the', 'hanna-lind: This is a']);
  });

  it('gives ", saying: “…”" to the subject of the sentence, not the person welcomed', () => {
    const x = run(
      'Kenyan President Daniel Mwangi welcomed Ethiopian Prime Minister Hana Tesfaye to Nairobi, saying: “We will open our markets to each other.”',
    );
    expect(said(x)).toEqual(['daniel-mwangi: We will open']);
  });

  it('gives both quotes of "X praised “…” and described … as “…”" to X', () => {
    const x = run(
      'Chilean President Rosa Vidal met Peruvian President Luis Tello. Vidal, in turn, praised Peru’s “steady work on the border question” and described the flood damage as “a tragedy.”',
    );
    expect(said(x)).toEqual(['rosa-vidal: steady work on', 'rosa-vidal: a tragedy.']);
  });

  it('keeps "he said" with the last person named when the sentence before opened with a pronoun', () => {
    const x = run(
      'Fijian Prime Minister Tomasi Rabuka met Samoan Prime Minister Iosefa Leota. He said the pact was “a great honour for the region” – words that Mr Leota echoed. “I thank you, my friend,” he said.',
    );
    expect(said(x)).toContain('iosefa-leota: I thank you,');
  });

  it('reads British single quotation marks, with apostrophes inside words', () => {
    const x = run(
      'Kenyan President Amina Otieno met Ugandan President Joseph Kato. ‘Kenya’s doors are open to every neighbour,’ Kato said. Otieno added: ‘We don’t fear the road ahead of us.’',
    );
    expect(said(x)).toEqual(['joseph-kato: Kenya’s doors are', 'amina-otieno: We don’t fear']);
  });

  it('resolves "the Commonwealth Secretary-General said:" to the named holder, not the last person named', () => {
    const x = run(
      'Gabon joined the Commonwealth on Saturday, welcomed by Commonwealth Secretary-General Ana Lima. President Omar Bongo thanked the member states. In her opening remarks, the Commonwealth Secretary-General said: “This is a historic day for our family of nations.”',
    );
    expect(said(x)).toEqual(['ana-lima: This is a']);
  });
});
