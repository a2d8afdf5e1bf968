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

  it('reads the list after "took part in EVENT:" and after an inline "Participants:"', () => {
    expect(
      attendees(
        'The heads of state took part in the Andean summit in Lima: Peruvian President Ana Soto, Chilean President Luis Vidal and Bolivian President Rosa Quispe.',
      ),
    ).toEqual([
      'ana-soto@andean-summit-lima-2024',
      'luis-vidal@andean-summit-lima-2024',
      'rosa-quispe@andean-summit-lima-2024',
    ]);
    expect(
      attendees(
        'The Andean summit in Lima opened on Monday. Participants: Peruvian President Ana Soto and Chilean President Luis Vidal.',
      ),
    ).toEqual(['ana-soto@andean-summit-lima-2024', 'luis-vidal@andean-summit-lima-2024']);
  });

  it('reads "X and Y were among the participants" of the event named before', () => {
    expect(
      attendees(
        'The Andean summit opened in Lima. Peruvian President Ana Soto and Chilean President Luis Vidal were among the participants.',
      ),
    ).toEqual(['ana-soto@andean-summit-lima-2024', 'luis-vidal@andean-summit-lima-2024']);
  });

  it('names events without an event noun (COP29) and with a quoted or "+" name', () => {
    expect(
      attendees('Nepali Prime Minister Hari Thapa attended COP29 in Baku on Tuesday.'),
    ).toEqual(['hari-thapa@cop29-conference-baku-2024']);
    expect(
      attendees('Nepali Prime Minister Hari Thapa attended the "SCO Plus" meeting in Tianjin.'),
    ).toEqual(['hari-thapa@sco-plus-meeting-tianjin-2024']);
  });

  it('takes no event from a building named after one ("Exhibition Center")', () => {
    const x = run(
      'Leaders arrived at the Meijiang Convention and Exhibition Center, where Nepali Prime Minister Hari Thapa welcomed them.',
      '2024-10-24',
    );
    expect(x.entities.filter((e) => e.kind === 'Event')).toEqual([]);
  });

  it('names an event after the organisation right before its noun ("Group of Seven summit")', () => {
    expect(
      attendees(
        'Nepali Prime Minister Hari Thapa is visiting Ukraine and Russia after attending the Group of Seven summit in Germany.',
      ),
    ).toEqual(['hari-thapa@g7-summit-germany-2024']);
    expect(
      facts(run('Nepali Prime Minister Hari Thapa is visiting Ukraine and Russia.'), 'VISITED'),
    ).toEqual(['VISITED hari-thapa->UKR', 'VISITED hari-thapa->RUS']);
  });

  it('keeps "of the" inside a body\'s name after a weak noun ("meeting of the Council of … of the …")', () => {
    const x = run(
      'Nepali Foreign Minister Hari Thapa took part in the meeting of the Council of Foreign Ministers of the Bay of Bengal Initiative in Colombo on Friday.',
      '2024-10-24',
    );
    const events = x.entities.filter((e) => e.kind === 'Event').map((e) => e.name);
    expect(events).toEqual([
      'meeting of the Council of Foreign Ministers of the Bay of Bengal Initiative in Colombo',
    ]);
    expect(facts(x, 'ATTENDED')).toHaveLength(1);
  });

  it('keeps a title-case topic after a capitalised event noun ("the Summit on Ocean Health")', () => {
    const x = run(
      'Malian President Awa Keita attended the Summit on Ocean Health in Lisbon on Monday.',
      '2024-10-24',
    );
    expect(x.entities.filter((e) => e.kind === 'Event').map((e) => e.name)).toEqual([
      'Summit on Ocean Health in Lisbon',
    ]);
  });

  it('takes everyone in a photo caption at the event ("From left: A, B and C during the summit")', () => {
    expect(
      attendees(
        'From left: Kenyan President Amina Otieno, Ugandan Prime Minister Joseph Kato and Rwandan Foreign Minister Claire Uwase during the Great Lakes Security Summit in Kigali on Monday.',
      ),
    ).toEqual([
      'amina-otieno@great-lakes-security-summit-kigali-2024',
      'claire-uwase@great-lakes-security-summit-kigali-2024',
      'joseph-kato@great-lakes-security-summit-kigali-2024',
    ]);
  });

  it('counts signing "at the close of" a summit, opening it, and chairing it as attendance', () => {
    expect(
      attendees(
        "Uruguayan President Lucia Ferraz signed the Montevideo Water Charter on Friday at the close of the 9th River Plate Leaders' Summit.",
      ),
    ).toEqual(['lucia-ferraz@river-plate-summit-2024']);
    expect(
      attendees(
        'The 9th SADC summit was opened by Malawian President Lucia Banda, and Foreign Minister Tomas Phiri, who chaired the session, read the final declaration.',
      ),
    ).toEqual(['lucia-banda@sadc-summit-2024', 'tomas-phiri@sadc-summit-2024']);
  });
});
