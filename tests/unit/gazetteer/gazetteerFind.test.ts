// Matcher behaviour on invented sentences: which spans become which ids, and
// which look-alikes must not. Each row is [text, expected "span→id" list].
import { loadGazetteer } from '../../../src/ingest/extract/gazetteer';

const g = loadGazetteer();

function found(text: string): string[] {
  return g.find(text).map((h) => `${h.text}→${h.id}`);
}

describe('Gazetteer.find', () => {
  it.each<[string, string[]]>([
    ['Kenyan-Ethiopian talks in Nairobi', ['Kenyan→KEN', 'Ethiopian→ETH', 'Nairobi→KEN']],
    ['talks between Tokyo and Seoul', ['Tokyo→JPN', 'Seoul→KOR']],
    ['the PRC and the UAE agreed', ['PRC→CHN', 'UAE→ARE']],
    ['the U.S. Secretary of State arrived', ['U.S.→USA']],
    ['fishing fleets in the Indian Ocean', []],
    ['an Indian delegation', ['Indian→IND']],
    ['the Republic of China in Taipei', ['Republic of China→TWN', 'Taipei→TWN']],
    ["the People's Republic of China", ["People's Republic of China→CHN"]],
    ['Romania and Oman', ['Romania→ROU', 'Oman→OMN']],
    [
      'Türkiye hosted Turkish and Turkiye-based firms',
      ['Türkiye→TUR', 'Turkish→TUR', 'Turkiye→TUR'],
    ],
    ['a roast turkey and a chad of paper', []],
    ["Peru's exports to Brazilians rose", ['Peru→PER', 'Brazilians→BRA']],
    [
      'Chilean-Argentine relations; Chile-Argentina ties',
      ['Chilean→CHL', 'Argentine→ARG', 'Chile→CHL', 'Argentina→ARG'],
    ],
    ['US-India talks and an EU-Central Asia summit', ['US→USA', 'India→IND', 'EU→EU']],
    [
      'Guinea-Bissau, Papua New Guinea and Equatorial Guinea',
      ['Guinea-Bissau→GNB', 'Papua New Guinea→PNG', 'Equatorial Guinea→GNQ'],
    ],
    ['ships in the South China Sea and the Persian Gulf', []],
    ['Latin American states and South America', []],
    ['Congolese miners; the DRC and Congo-Brazzaville', ['DRC→COD', 'Congo-Brazzaville→COG']],
    ['Dominican baseball and the Dominican Republic', ['Dominican Republic→DOM']],
    ['Holy See and Vatican diplomacy', ['Holy See→VAT', 'Vatican→VAT']],
    ['the Kremlin said Moscow would reply', ['Kremlin→kremlin', 'Moscow→RUS']],
    ['Sino-Japanese trade', ['Sino→CHN', 'Japanese→JPN']],
    [
      'Kazakhs and Uzbeks met Kyrgyz and Tajik leaders',
      ['Kazakhs→KAZ', 'Uzbeks→UZB', 'Kyrgyz→KGZ', 'Tajik→TJK'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads organisations by name, alias and acronym', () => {
    const text =
      'Delegates of the Shanghai Cooperation Organisation met; the SCO, NATO, OSCE and ' +
      'the Organization of Turkic States (formerly the Turkic Council) sent envoys.';
    expect(found(text)).toEqual([
      'Shanghai Cooperation Organisation→SCO',
      'SCO→SCO',
      'NATO→NATO',
      'OSCE→OSCE',
      'Organization of Turkic States→OTS',
      'Turkic Council→OTS',
    ]);
  });

  it('accepts an ambiguous acronym only after the full name', () => {
    expect(found('The AU and the ECO said.')).toEqual([]);
    expect(found('The African Union met. Then the AU said.')).toEqual([
      'African Union→AU',
      'AU→AU',
    ]);
    expect(found('The Economic Cooperation Organization (ECO) met.')).toEqual([
      'Economic Cooperation Organization→ECO',
      'ECO→ECO',
    ]);
  });

  it('keeps acronyms case-exact and ignores them in shouted headlines', () => {
    expect(found('the un-led plan, who wrote it, nato')).toEqual([]);
    expect(found('WHO experts joined the IMF team')).toEqual(['WHO→WHO', 'IMF→IMF']);
    expect(found('IMF TEAM LANDS IN CAIRO')).toEqual(['CAIRO→EGY']);
  });

  it('reads initiatives and corridors', () => {
    const text =
      "Both sides back the 'One Belt, One Road' idea, the Belt and Road (BRI), the Middle Corridor " +
      '(TITR), China-Europe freight trains and the Global Gateway Investment Package.';
    expect(found(text)).toEqual([
      'One Belt, One Road→belt-and-road-initiative',
      'Belt and Road→belt-and-road-initiative',
      'BRI→belt-and-road-initiative',
      'Middle Corridor→middle-corridor',
      'TITR→middle-corridor',
      'China-Europe freight trains→china-europe-railway-express',
      'Global Gateway Investment Package→global-gateway',
    ]);
  });

  it('cuts a cue phrase down to the agency and reports offsets into the article', () => {
    const hits = g.find('As Report informs, Xinhua added.', 100);
    expect(hits.map((h) => [h.text, h.id, h.start, h.end])).toEqual([
      ['Report', 'report-news-agency', 103, 109],
      ['Xinhua', 'xinhua', 119, 125],
    ]);
  });

  it('reads a bare ambiguous acronym inside its cue phrase', () => {
    expect(found('AP said the talks ended.')).toEqual([]);
    // Once the cue has settled what AP means here, later bare mentions count too.
    expect(found('Photo: pool handout (via AP). AP said')).toEqual([
      'AP→associated-press',
      'AP→associated-press',
    ]);
  });

  it('exposes what a body belongs to', () => {
    expect(g.get('european-council')).toMatchObject({ kind: 'Organization', parent: 'EU' });
    expect(g.get('kremlin')).toMatchObject({ country: 'RUS', type: 'seat-of-government' });
    expect(g.get('SCO')).toMatchObject({
      name: 'Shanghai Cooperation Organization',
      wikidata: 'Q485207',
    });
  });

  it('is built once per directory', () => {
    expect(loadGazetteer()).toBe(g);
  });

  it('tells the form and flags ambiguous forms', () => {
    const hits = g.find('Baku, Georgia, China, PRC, Chinese');
    expect(hits.map((h) => [h.text, h.form, h.ambiguous ?? false])).toEqual([
      ['Baku', 'capital', false],
      ['Georgia', 'name', true],
      ['China', 'name', false],
      ['PRC', 'alias', false],
      ['Chinese', 'demonym', false],
    ]);
    expect(hits[0]?.rule).toBe('gazetteer:countries:AZE');
  });

  it('does not join forms across a blank line', () => {
    expect(found('New\n\nZealand')).toEqual([]);
    expect(found('New\nZealand')).toEqual(['New\nZealand→NZL']);
  });
});

describe('Gazetteer.topicTriggers', () => {
  it('finds the longest trigger and flags common words', () => {
    const hits = g.topicTriggers(
      'cooperation in trade, renewable energy, energy, digital economy, ICT and humanitarian affairs',
    );
    expect(hits.map((h) => [h.text, h.id, h.needsCooperationCue ?? false])).toEqual([
      ['trade', 'trade', true],
      ['renewable energy', 'green-energy', false],
      ['energy', 'energy', true],
      ['digital economy', 'digital-economy', false],
      ['ICT', 'digital-economy', false],
      ['humanitarian', 'humanitarian', false],
    ]);
    expect(g.topicTriggers('they ict')).toEqual([]);
  });
});

describe('Gazetteer.isStopName', () => {
  it.each<[string, boolean]>([
    ['Latest News', true],
    ['All News Feed', true],
    ['Global South', true],
    ['Caspian Sea', true],
    ['the Kremlin', true],
    ['Thursday', true],
    ['Ilham Aliyev', false],
    ['Lu Mei', false],
  ])('%s → %s', (s, expected) => {
    expect(g.isStopName(s)).toBe(expected);
  });
});
