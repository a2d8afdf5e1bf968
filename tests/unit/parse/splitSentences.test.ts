import fc from 'fast-check';

import { splitSentences } from '../../../src/ingest/parse/splitSentences';

const texts = (text: string, from?: number) => splitSentences(text, from).map((s) => s.text);

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['two sentences', 'Chile signed. Peru agreed.', ['Chile signed.', 'Peru agreed.']],
    ['titles', 'Mr. Rojas met Dr. Dahl and Prof. Lee.', ['Mr. Rojas met Dr. Dahl and Prof. Lee.']],
    ['initials', 'J. Smith and A. B. Jones arrived.', ['J. Smith and A. B. Jones arrived.']],
    [
      'U.S. mid-sentence',
      'The U.S. Secretary of State spoke.',
      ['The U.S. Secretary of State spoke.'],
    ],
    [
      'U.S. at the end',
      'Talks were held in the U.S. The sides agreed.',
      ['Talks were held in the U.S.', 'The sides agreed.'],
    ],
    [
      'decimals',
      'Trade rose 13.2 percent. Exports fell.',
      ['Trade rose 13.2 percent.', 'Exports fell.'],
    ],
    [
      'month abbreviations',
      'On Feb. 11 they met. On Sept. 4 they signed.',
      ['On Feb. 11 they met.', 'On Sept. 4 they signed.'],
    ],
    [
      'No. and e.g.',
      'Resolution No. 5 covers e.g. fisheries. It passed.',
      ['Resolution No. 5 covers e.g. fisheries.', 'It passed.'],
    ],
    [
      'St.',
      'They met in St. Petersburg. Then they left.',
      ['They met in St. Petersburg.', 'Then they left.'],
    ],
    [
      'quote closing a sentence',
      'She said: "We agree." He nodded.',
      ['She said: "We agree."', 'He nodded.'],
    ],
    ['curly quotes', 'He said: “We agree.” She nodded.', ['He said: “We agree.”', 'She nodded.']],
    ['comma inside a quote', '"We agree," said the minister.', ['"We agree," said the minister.']],
    [
      'question continued in lower case',
      '"Why?" he asked. Nobody knew.',
      ['"Why?" he asked.', 'Nobody knew.'],
    ],
    ['exclamation and question', 'Wow! Really? Yes.', ['Wow!', 'Really?', 'Yes.']],
    ['ellipsis', 'They waited... Then they signed.', ['They waited...', 'Then they signed.']],
    ['brackets', 'They met (in Oslo.) Then they left.', ['They met (in Oslo.)', 'Then they left.']],
    [
      'line without a full stop',
      'Talks in Oslo\nThe sides met.',
      ['Talks in Oslo', 'The sides met.'],
    ],
    ['bullet lines', '  • 25 September, 2025\n  • 20:18\n', ['• 25 September, 2025', '• 20:18']],
    ['Inc. before a name', 'Acme Inc. Chairman Lee spoke.', ['Acme Inc. Chairman Lee spoke.']],
    [
      'Inc. at the end',
      'They bought Acme Inc. The deal closed.',
      ['They bought Acme Inc.', 'The deal closed.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('numbers paragraphs by non-empty line, whatever the blank lines', () => {
    const sentences = splitSentences('Title\n\nOne. Two.\nThree.\n\n\nFour.');
    expect(sentences.map((s) => [s.text, s.paragraph, s.index])).toEqual([
      ['Title', 0, 0],
      ['One.', 1, 1],
      ['Two.', 1, 2],
      ['Three.', 2, 3],
      ['Four.', 3, 4],
    ]);
  });

  it('starts at `from` and keeps offsets into the whole text', () => {
    const text = 'Header line\n\nBody one. Body two.';
    const from = text.indexOf('Body');
    const sentences = splitSentences(text, from);
    expect(sentences.map((s) => s.text)).toEqual(['Body one.', 'Body two.']);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(sentences[0]).toMatchObject({ index: 0, paragraph: 0, start: from });
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t')).toEqual([]);
  });

  it('covers every non-space character once, with ordered in-bounds offsets', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '. ',
        '? ',
        '! ',
        '."',
        '\n',
        '\n\n',
        'Mr. ',
        'U.S. ',
        ' J. ',
        '3.5',
        '...',
        '” ',
        'The ',
        'the ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(40), (pieces, rawFrom) => {
        const text = pieces.join('');
        const from = Math.min(rawFrom, text.length);
        const sentences = splitSentences(text, from);
        let previousEnd = from;
        const covered = new Set<number>();
        sentences.forEach((sentence, index) => {
          expect(sentence.index).toBe(index);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(sentence.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          for (let at = sentence.start; at < sentence.end; at++) covered.add(at);
          previousEnd = sentence.end;
        });
        for (let at = from; at < text.length; at++) {
          if (/\S/.test(text[at] ?? '')) expect(covered.has(at)).toBe(true);
        }
        const paragraphs = sentences.map((s) => s.paragraph);
        expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });
});
