// More shapes of attendance, and the roles and meetings around them, on
// invented sentences with invented people.
import { facts, run } from '../helpers';

const attendees = (text: string): string[] =>
  run(text, '2024-10-24')
    .relations.filter((r) => r.type === 'ATTENDED')
    .map((r) => `${r.from}@${r.to}`)
    .sort();

describe('attendance shapes', () => {
  it('counts an arrival "to attend" as attendance, but not a plan to attend', () => {
    expect(
      attendees(
        'Nepali Prime Minister Hari Thapa arrived in Kazan on Tuesday to attend the BRICS summit.',
      ),
    ).toEqual(['hari-thapa@brics-summit-2024']);
    expect(
      attendees(
        'Nepali Prime Minister Hari Thapa is expected to travel to Kazan to attend the BRICS summit.',
      ),
    ).toEqual([]);
  });

  it('takes everyone who "gathered in CITY for EVENT"', () => {
    expect(
      attendees(
        'Leaders including Nepali Prime Minister Hari Thapa and Malian President Awa Keita gathered in Kazan for the BRICS summit.',
      ),
    ).toEqual(['awa-keita@brics-summit-2024', 'hari-thapa@brics-summit-2024']);
  });

  it('takes the speaker after "Speaking at EVENT," and "At the plenary session of EVENT,"', () => {
    expect(
      attendees(
        'Speaking at the BRICS summit in Kazan, Nepali Prime Minister Hari Thapa said trade must grow. At the plenary session of the BRICS summit, Malian President Awa Keita called for calm.',
      ),
    ).toEqual(['awa-keita@brics-summit-kazan-2024', 'hari-thapa@brics-summit-kazan-2024']);
  });

  it('counts whoever represented a country at, or led a delegation to, the event', () => {
    expect(
      attendees(
        "Nepali Prime Minister Hari Thapa represented Nepal at the BRICS summit in Kazan. Malian President Awa Keita led her country's delegation to the summit.",
      ),
    ).toEqual(['awa-keita@brics-summit-kazan-2024', 'hari-thapa@brics-summit-kazan-2024']);
  });

  it('reads "attended by the presidents of A, B and C, X, Y and Z" and gives each their country', () => {
    const x = run(
      'The summit of the Organization of Turkic States in Bishkek was attended by the presidents of Azerbaijan, Kazakhstan and Uzbekistan, Rauf Aliyev, Dana Serik and Timur Karimov.',
      '2024-10-24',
    );
    expect(facts(x, 'ATTENDED').length).toBe(3);
    expect(facts(x, 'HOLDS_POSITION').sort()).toEqual([
      'HOLDS_POSITION dana-serik->KAZ',
      'HOLDS_POSITION rauf-aliyev->AZE',
      'HOLDS_POSITION timur-karimov->UZB',
    ]);
  });

  it('reads a long title between "attended by" and the name', () => {
    expect(
      attendees(
        'The Central Asia summit in Dushanbe was also attended by Chairman of the Cabinet of Ministers of Turkmenistan Serdar Atayev.',
      ),
    ).toEqual(['serdar-atayev@central-asia-summit-dushanbe-2024']);
  });

  it('names an event with a descriptive word before its noun ("COP29 climate conference")', () => {
    expect(
      attendees(
        'Nepali Prime Minister Hari Thapa is in Baku to attend the COP29 climate conference.',
      ),
    ).toEqual(['hari-thapa@cop29-conference-baku-2024']);
  });

  it('does not make the attendees of a named meeting meet each other', () => {
    const x = run(
      'The meeting of the SCO Council of Foreign Ministers in Tianjin was attended by Nepali Foreign Minister Hari Thapa and Malian Foreign Minister Awa Keita.',
      '2024-10-24',
    );
    expect(facts(x, 'MET')).toEqual([]);
    expect(facts(x, 'ATTENDED').length).toBe(2);
  });
});
