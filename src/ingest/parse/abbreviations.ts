// Abbreviations for sentence splitting, as data (lower case, without the
// final dot). A dot after one of these ends no sentence, or ends one only
// before a typical sentence opener.

/** Titles and labels that a name or number always follows: "Mr. Aliyev", "No. 5". */
export const NEVER_FINAL = new Set(
  (
    'mr mrs ms dr prof st gen lt col sen rep gov pres amb capt maj sgt adm cmdr rev hon fr ' +
    'no nos art fig vol pp p e.g i.e vs cf approx dept mt ft op'
  ).split(' '),
);

/** Month abbreviations: not final before a day number ("Aug. 31"). */
export const MONTH_ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** May end a sentence as well as not: "the U.S. said", "in the U.S. The talks …". */
export const SOMETIMES_FINAL = new Set(
  'inc corp ltd co jr sr etc al u.s u.k u.n e.u u.s.a a.m p.m'.split(' '),
);

/** Words that open a new sentence after an ambiguous abbreviation. */
export const SENTENCE_OPENERS = new Set(
  (
    'The A An In On At It He She They We I This That These Those But And However Meanwhile ' +
    'According Its His Her Their Our There As After Before While When Also Earlier Later Both ' +
    'Some Many If Since'
  ).split(' '),
);
