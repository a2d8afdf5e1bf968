// What a source's position label and place mean for the people gazetteer: the
// small controlled role vocabulary, the label tables that map onto it, and the
// place → ISO 3166-1 alpha-3 (or organisation id) resolution.
import world from 'world-countries';

export const ROLES = [
  'President',
  'Vice President',
  'Prime Minister',
  'Premier',
  'Chancellor',
  'Head of State',
  'Head of Government',
  'Foreign Minister',
  'King',
  'Queen',
  'Emperor',
  'Emir',
  'Sultan',
  'Grand Duke',
  'Prince',
  'Co-Prince',
  'Captain Regent',
  'Pope',
  'Supreme Leader',
  'Monarch',
  'Crown Prince',
  'Secretary-General',
  'Secretary General',
  'Chairperson',
  'President of the European Commission',
  'President of the European Council',
  'High Representative',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles one person holds at a time per place; a new holder ends the previous one. */
export const SINGLE_HOLDER_ROLES: ReadonlySet<Role> = new Set<Role>([
  'President',
  'Prime Minister',
  'Premier',
  'Chancellor',
  'Foreign Minister',
  'King',
  'Queen',
  'Emperor',
  'Emir',
  'Sultan',
  'Grand Duke',
  'Pope',
  'Supreme Leader',
  'Secretary-General',
  'Secretary General',
  'Chairperson',
  'President of the European Commission',
  'President of the European Council',
  'High Representative',
]);

function monarch(gender: string | null): Role {
  if (gender === 'female') return 'Queen';
  if (gender === 'male') return 'King';
  return 'Monarch';
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Peppercat labels that mean the same office in every catalogue that uses them. */
const PEPPERCAT_LABELS: Record<string, Role | 'monarch'> = {
  president: 'President',
  'acting president': 'President',
  'beretitenti (president)': 'President',
  'kauoman-ni-beretitenti (vice president)': 'Vice President',
  'president of the republic of kosova': 'President',
  'president of the palestinian national authority': 'President',
  'vice president': 'Vice President',
  'vice-president': 'Vice President',
  vicepresident: 'Vice President',
  'first vice president': 'Vice President',
  'first vice-president': 'Vice President',
  'deputy president': 'Vice President',
  'prime minister': 'Prime Minister',
  'caretaker prime minister': 'Prime Minister',
  'prime minister of the palestinian national authority': 'Prime Minister',
  'chairman of the cabinet of ministers (prime minister)': 'Prime Minister',
  'chair of the council of ministers': 'Prime Minister',
  'president of the council of ministers': 'Prime Minister',
  taoiseach: 'Prime Minister',
  'federal chancellor': 'Chancellor',
  'premier of the state council': 'Premier',
  king: 'monarch',
  monarch: 'monarch',
  'druk gyalpo (king)': 'monarch',
  'ngwenyama (king)': 'monarch',
  'yang di_pertuan agong (monarch)': 'monarch',
  'yang di-pertuan agong (monarch)': 'monarch',
  emperor: 'Emperor',
  emir: 'Emir',
  sultan: 'Sultan',
  'grand duke': 'Grand Duke',
  prince: 'Prince',
  'episcopal co-prince': 'Co-Prince',
  'french co-prince': 'Co-Prince',
  'captain regent': 'Captain Regent',
  'crown prince': 'Crown Prince',
  'supreme leader': 'Supreme Leader',
  'chairman of the presidency': 'Head of State',
  'chairman of the presidential council': 'Head of State',
  'chairman of the sovereignty council': 'Head of State',
  'chairman of the transitional military council': 'Head of State',
  'chairman of the state administration council': 'Head of State',
  'o le ao o le malo': 'Head of State',
  // Foreign ministers whose title does not follow "Minister of/for Foreign Affairs".
  'minister of europe and foreign affairs': 'Foreign Minister',
  'minister of foreign and european affairs': 'Foreign Minister',
  'minister of foreign and caricom affairs': 'Foreign Minister',
  'minister of international relations and cooperation': 'Foreign Minister',
  'minister with responsibility for external affairs': 'Foreign Minister',
  'secretary of foreign affairs': 'Foreign Minister',
  'secretary for foreign affairs': 'Foreign Minister',
  'secretary for foreign and political affairs': 'Foreign Minister',
  'secretary of state for foreign and commonwealth affairs': 'Foreign Minister',
  'secretary of state for foreign, commonwealth and development affairs': 'Foreign Minister',
  'foreign secretary': 'Foreign Minister',
};

/** Labels that mean something else in one catalogue, or only there. */
const PEPPERCAT_BY_PLACE: Record<string, Record<string, Role | null>> = {
  // The Swiss Federal Chancellor heads the federal administration's staff.
  switzerland: { chancellor: null },
  germany: { chancellor: 'Chancellor' },
  'united-states': { 'secretary of state': 'Foreign Minister' },
  china: { premier: 'Premier' },
  taiwan: { premier: 'Premier' },
  'north-korea': { premier: 'Premier' },
  montenegro: {
    'president of montenegro': 'President',
    'prime minister of montenegro': 'Prime Minister',
  },
  afghanistan: { 'chief executive officer': 'Head of Government' },
  austria: {
    'federal minister of european and international affairs': 'Foreign Minister',
    'federal minister for european and international affairs': 'Foreign Minister',
  },
  // Palau's Minister of State heads its foreign ministry.
  palau: { 'minister of state': 'Foreign Minister' },
  // In Guyana and Pakistan the Foreign Secretary is the ministry's senior civil servant.
  guyana: { 'foreign secretary': null },
  pakistan: { 'foreign secretary': null },
  world: { 'secretary-general of the united nations': 'Secretary-General' },
  'european-union': {
    'president of the european commission': 'President of the European Commission',
    'president of the european council': 'President of the European Council',
    'high representative of the union for foreign affairs and security policy':
      'High Representative',
  },
};

/** "Minister of/for Foreign Affairs …", "Minister of External Relations" and kin. */
const FOREIGN_MINISTER =
  /^(federal )?minister (of|for) (foreign|external) (affairs|relations)\b(?!.*(cook islands|institutional relations))/;

/** Catalogues whose labels are read only through PEPPERCAT_BY_PLACE. */
const ORGANISATION_CATALOGUES = new Set(['world', 'european-union']);

/** The role a Peppercat position label stands for in a catalogue, or null. */
export function peppercatRole(slug: string, label: string, gender: string | null): Role | null {
  const l = norm(label);
  const byPlace = PEPPERCAT_BY_PLACE[slug];
  if (byPlace && l in byPlace) return byPlace[l] ?? null;
  if (ORGANISATION_CATALOGUES.has(slug)) return null;
  const r = PEPPERCAT_LABELS[l];
  if (r === 'monarch') return monarch(gender);
  if (r) return r;
  return FOREIGN_MINISTER.test(l) ? 'Foreign Minister' : null;
}

/** The role a Wikidata position label ("President of Mexico", "monarch of Tuvalu") stands for. */
export function wikidataRole(label: string, gender: string | null): Role | null {
  const l = norm(label);
  if (/^chairman of the presidential council$|^o le ao o le malo$/.test(l)) return 'Head of State';
  if (/^president of the council of ministers of togo$/.test(l)) return 'Head of Government';
  if (/^(vice|deputy|first vice)\b|governor|member of|council$|commission/.test(l)) return null;
  if (/^(monarch|king|queen) of\b|^yang di-pertuan agong$|^ngwenyama/.test(l))
    return monarch(gender);
  if (/^president of the swiss confederation$/.test(l)) return 'President';
  if (/^president of the (council of ministers|government)\b/.test(l)) return 'Prime Minister';
  if (/^(prime minister|taoiseach|chairman of the council of ministers)\b/.test(l))
    return 'Prime Minister';
  if (
    /^premier of the (people's republic of china|republic of china)$|^premier of north korea$/.test(
      l,
    )
  )
    return 'Premier';
  if (/^(federal )?chancellor of (germany|austria)$/.test(l)) return 'Chancellor';
  if (/^president\b/.test(l)) return 'President';
  if (/^emir\b/.test(l)) return 'Emir';
  if (/^sultan\b/.test(l)) return 'Sultan';
  if (/^emperor\b/.test(l)) return 'Emperor';
  if (/^grand duke\b/.test(l)) return 'Grand Duke';
  if (/^prince of (monaco|liechtenstein|lichtenstein)$/.test(l)) return 'Prince';
  if (/^(episcopal|french) co-prince/.test(l)) return 'Co-Prince';
  if (/^captain regent\b/.test(l)) return 'Captain Regent';
  if (l === 'pope') return 'Pope';
  if (/^supreme leader\b/.test(l)) return 'Supreme Leader';
  return null;
}

/** Slug form used to compare place names: "Côte d'Ivoire" → "cote-d-ivoire". */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Peppercat slugs and Wikidata labels whose names world-countries does not carry. */
const PLACE_OVERRIDES: Record<string, string> = {
  'congo-brazzaville': 'COG',
  'congo-kinshasa': 'COD',
  'republic-of-the-congo': 'COG',
  'democratic-republic-of-the-congo': 'COD',
  'bosnia-herzegovina': 'BIH',
  'st-kitts-and-nevis': 'KNA',
  'kingdom-of-denmark': 'DNK',
  'kingdom-of-the-netherlands': 'NLD',
  'people-s-republic-of-china': 'CHN',
  'the-bahamas': 'BHS',
  'the-gambia': 'GMB',
  'vatican-city': 'VAT',
  'federated-states-of-micronesia': 'FSM',
  kosovo: 'UNK',
  'cabo-verde': 'CPV',
  turkey: 'TUR',
  world: 'UN',
  'european-union': 'EU',
};

/** UN members, the two observer states, Taiwan and Kosovo. */
export const IN_SCOPE_COUNTRIES: ReadonlySet<string> = new Set([
  ...world.filter((c) => c.unMember).map((c) => c.cca3),
  'VAT',
  'PSE',
  'TWN',
  'UNK',
]);

let placeIndex: Map<string, string> | undefined;

function buildPlaceIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const c of world) {
    const forms = [c.name.common, c.name.official, ...c.altSpellings].map(slugify);
    for (const f of new Set(forms)) {
      if (f.length < 3) continue;
      const seen = index.get(f);
      if (seen !== undefined && seen !== c.cca3) ambiguous.add(f);
      else index.set(f, c.cca3);
    }
  }
  for (const f of ambiguous) index.delete(f);
  for (const [f, code] of Object.entries(PLACE_OVERRIDES)) index.set(f, code);
  return index;
}

/** ISO 3166-1 alpha-3 code (or organisation id) for a Peppercat slug or a country label. */
export function placeCode(place: string): string | null {
  placeIndex ??= buildPlaceIndex();
  return placeIndex.get(slugify(place)) ?? null;
}
