// Meetings in phrasings the earlier rules did not read. Invented people.
import { facts, run } from '../helpers';

const met = (text: string): string[] => facts(run(text, '2025-06-12'), 'MET').sort();

describe('meeting phrasings', () => {
  it('reads "The presidents of X, A, and Y, B, met"', () => {
    expect(
      met('The presidents of Mexico, Rui Almeida, and Guatemala, Jorge Bennani, met on Thursday.'),
    ).toEqual(['MET rui-almeida->jorge-bennani']);
  });

  it.each([
    [
      'greeted',
      'Prime Minister Tom Reid greeted Prime Minister James Kila with a handshake on Monday.',
    ],
    [
      'had a telephone conversation',
      'Prime Minister Tom Reid and Prime Minister James Kila had a telephone conversation on Friday.',
    ],
    [
      'a joint press conference',
      'Prime Minister Tom Reid and Prime Minister James Kila held a joint press conference on Monday.',
    ],
  ])('reads "%s" as a meeting', (_phrase, text) => {
    expect(met(text)).toEqual(['MET tom-reid->james-kila']);
  });

  it('keeps "a meeting of the Prime Ministers of both states, A and B," a meeting between them', () => {
    expect(
      met(
        'Fisheries topped a meeting of the Prime Ministers of both states – Tom Reid and James Kila – held in Suva on Friday.',
      ),
    ).toEqual(['MET tom-reid->james-kila']);
  });
});
