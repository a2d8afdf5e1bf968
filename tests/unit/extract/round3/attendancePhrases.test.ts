// Attendance in the phrasings of funerals, inaugurations and summits that the
// earlier rules did not read. Invented people; each case names its phrasing.
import { run } from '../helpers';

const attendees = (text: string): string[] =>
  run(text, '2025-06-12')
    .relations.filter((r) => r.type === 'ATTENDED')
    .map((r) => r.from)
    .sort();

const A = 'Kenyan President Amina Otieno';
const B = 'Ugandan Prime Minister Joseph Kato';
const BOTH = ['amina-otieno', 'joseph-kato'];

describe('attendance phrasings', () => {
  it.each([
    [
      'mourners included',
      `Mourners at the funeral of Pope Leo on Saturday included ${A} and ${B}.`,
    ],
    [
      'dignitaries at EVENT included (a long event name)',
      `Foreign dignitaries at the inauguration of President Ana Ruiz on Tuesday included ${A} and ${B}.`,
    ],
    [
      'were in attendance at',
      `${A} and ${B} were in attendance at the inauguration of President Ana Ruiz.`,
    ],
    [
      'guests included, the event named the sentence before',
      `The inauguration of President Ana Ruiz took place on Tuesday. Guests included ${A} and ${B}.`,
    ],
    [
      'among the leaders present were',
      `The BRICS summit opened in Kazan on Tuesday. Among the leaders present were ${A} and ${B}.`,
    ],
    [
      'bringing together',
      `The BRICS summit opened in Kazan on Tuesday, bringing together ${A} and ${B}.`,
    ],
    [
      'gathered for EVENT',
      `Leaders including ${A} and ${B} gathered for the BRICS summit in Kazan.`,
    ],
    [
      'attended by leaders …, including',
      `The BRICS summit was attended by leaders from 12 countries, including ${A} and ${B}.`,
    ],
    [
      'attended by the President of X, A, the Prime Minister of Y, B',
      'The BRICS summit was attended by the President of Kenya, Amina Otieno, and the Prime Minister of Uganda, Joseph Kato.',
    ],
  ])('%s', (_shape, text) => {
    expect(attendees(text)).toEqual(BOTH);
  });

  it.each([
    [
      'was among N heads of state at',
      `${A} was among 50 heads of state at the inauguration of President Ana Ruiz.`,
    ],
    ['flew to CITY for EVENT', `${A} flew to Rome for the funeral of Pope Leo on Saturday.`],
    ['paid his respects at', `${A} paid his respects at the funeral of Pope Leo in Rome.`],
  ])('%s', (_shape, text) => {
    expect(attendees(text)).toEqual(['amina-otieno']);
  });

  it('does not count a planned trip', () => {
    expect(attendees(`${A} will fly to Rome for the funeral of Pope Leo on Saturday.`)).toEqual([]);
  });

  it('takes the people after "The EVENT was co-chaired/organised by", not after "postponed by"', () => {
    expect(
      attendees(`The BRICS summit in Kazan was co-chaired by ${A} and ${B} on Tuesday.`),
    ).toEqual(BOTH);
    expect(attendees(`The 17th ECO summit, hosted by ${A}, was also joined by ${B}.`)).toEqual(
      BOTH,
    );
    expect(attendees(`The BRICS summit in Kazan was criticised by ${A} on Tuesday.`)).toEqual([]);
  });
});
