// Attendance and membership patterns, on invented sentences.
import { facts, run } from '../helpers';

const attendees = (text: string, publishedAt?: string): string[] =>
  run(text, publishedAt)
    .relations.filter((r) => r.type === 'ATTENDED')
    .map((r) => `${r.from}@${r.rule ?? ''}`)
    .sort();

describe('attendance', () => {
  it('reads a vertical list after "attended by:"', () => {
    const text =
      'Peru hosted the 9th Andean Summit on March 3, 2025, in Cusco.\n\nThe summit was attended by:\n\nPresident of Chile Ana Soto\n\nPrime Minister of Bolivia Luis Arce Mena\n\nThe leaders adopted a declaration.';
    expect(attendees(text, '2025-03-04')).toEqual([
      'ana-soto@attended:attended-by',
      'luis-arce-mena@attended:attended-by',
    ]);
  });

  it('takes the attendees after a participle "…, attended by"', () => {
    expect(
      attendees(
        'The Nile Basin Summit opened in Kampala, attended by Kenyan President Joseph Odero and Ethiopian Prime Minister Abel Tesfaye.',
      ),
    ).toEqual(['abel-tesfaye@attended:attended-by', 'joseph-odero@attended:attended-by']);
  });

  it('counts the host and whoever is hosted by, chairs or represents', () => {
    expect(
      attendees(
        'Hosted by Kenyan President Joseph Odero, the summit was attended by Ugandan President Moses Kato. Tanzania was represented at the summit by Foreign Minister Rehema Juma.',
      ),
    ).toEqual([
      'joseph-odero@attended:host',
      'moses-kato@attended:attended-by',
      'rehema-juma@attended:represented-by',
    ]);
  });

  it('reads "are attending the summit … alongside X"', () => {
    expect(
      attendees(
        'Chilean President Ana Soto and Peruvian President Luis Mena are attending the summit, seated alongside Kenyan President Joseph Odero at the opening.',
      ),
    ).toEqual([
      'ana-soto@attended:verb',
      'joseph-odero@attended:alongside',
      'luis-mena@attended:verb',
    ]);
  });

  it('takes the speaker named right after "At the summit,"', () => {
    expect(
      attendees('At the Andean Summit, Chilean President Ana Soto called for closer trade ties.'),
    ).toEqual(['ana-soto@attended:at-event']);
  });

  it('does not count those who did not attend, or a press conference', () => {
    expect(
      attendees(
        'Chilean President Ana Soto did not attend the Andean Summit. Peruvian President Luis Mena said at a press conference that he regretted it.',
      ),
    ).toEqual([]);
  });
});

describe('membership enumerations', () => {
  it.each([
    [
      'Ministers of the Quad — Australia, India, Japan and the United States — met in Tokyo.',
      'quad',
      ['AUS', 'IND', 'JPN', 'USA'],
    ],
    [
      'Leaders of BRICS (Brazil, Russia, India, China and South Africa) met in Kazan.',
      'BRICS',
      ['BRA', 'CHN', 'IND', 'RUS', 'ZAF'],
    ],
    ['NATO members Poland and Hungary disagreed on the plan.', 'NATO', ['HUN', 'POL']],
    ['Vietnam and Laos, both ASEAN members, signed the protocol.', 'ASEAN', ['LAO', 'VNM']],
    [
      'The bloc, which today is made up of India, Brazil, China, Russia and South Africa, met in Kazan. BRICS is growing.',
      'BRICS',
      [],
    ],
  ])('%s', (text, org, members) => {
    const got = facts(run(text), 'MEMBER_OF')
      .filter((f) => f.endsWith(`->${org}`))
      .map((f) => f.replace(/^MEMBER_OF (\w+)->.*/, '$1'))
      .sort();
    expect(got).toEqual(members);
  });

  it('reads "made up of" with an adverb before it', () => {
    const got = facts(
      run(
        'BRICS, which today is made up of India, Brazil, China, Russia and South Africa, met in Kazan.',
      ),
      'MEMBER_OF',
    ).sort();
    expect(got).toEqual([
      'MEMBER_OF BRA->BRICS',
      'MEMBER_OF CHN->BRICS',
      'MEMBER_OF IND->BRICS',
      'MEMBER_OF RUS->BRICS',
      'MEMBER_OF ZAF->BRICS',
    ]);
  });

  it('never makes a country a member of a seat of government or a news agency', () => {
    const x = run('Finland is a member of the Kremlin, Reuters said.');
    expect(facts(x, 'MEMBER_OF')).toEqual([]);
  });
});

describe('membership, round 3', () => {
  const members = (text: string): string[] =>
    run(text)
      .relations.filter((r) => r.type === 'MEMBER_OF')
      .map((r) => `${r.from}->${r.to}`)
      .sort();

  it.each([
    ['an apposition', 'Kazakhstan, a member of the SCO, hosted the talks.', ['KAZ->SCO']],
    ['a superlative', 'Indonesia is the largest member of ASEAN.', ['IDN->ASEAN']],
    [
      "the organisation's ordinal member",
      "Finland became NATO's 31st member on Tuesday.",
      ['FIN->NATO'],
    ],
    [
      '"Member states of ORG are"',
      'Member states of the Organization of Turkic States are Azerbaijan, Kazakhstan and Uzbekistan.',
      ['AZE->OTS', 'KAZ->OTS', 'UZB->OTS'],
    ],
    [
      'an organisation made a member',
      'The African Union, since last year, has been made a full member of the G20.',
      ['AU->G20'],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(members(text)).toEqual(expected);
  });

  it('takes no membership from an adjective that is not one of rank', () => {
    expect(members('China is a key partner of the European Union.')).toEqual([]);
  });
});
