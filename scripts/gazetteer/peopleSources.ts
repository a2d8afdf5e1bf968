// Readers for the raw inputs of the people gazetteer: CSV and the Peppercat
// country pages. Each reader turns one downloaded file into plain rows; the
// rules that decide what a row means live in peopleRoles.ts, and the merge in
// buildPeople.ts.

/** One office-holding as a source states it, before role mapping. */
export interface SourceRow {
  /** Which reader produced the row: 'peppercat' (CSV export or page) or 'wikidata'. */
  source: 'peppercat' | 'wikidata';
  /** Peppercat catalogue slug ('russia', 'world') or the Wikidata country label. */
  place: string;
  /** The position label(s) as the source prints them. */
  labels: string[];
  name: string;
  qid: string;
  start: string | null;
  end: string | null;
  gender: string | null;
  /** English Wikipedia title, when the source gives one. */
  enwiki: string | null;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** CSV rows as records keyed by the header line. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const blank = (s: string | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);

/**
 * Peppercat `leaders-historic.csv` (columns catalog, position, person,
 * personID, start, end, gender, DOB, DOD, image, enwiki): every holder, since
 * 2000, of the positions Peppercat tracks for one place.
 */
export function readPeppercatCsv(slug: string, text: string): SourceRow[] {
  return csvRecords(text)
    .filter((r) => /^Q\d+$/.test(r.personID ?? ''))
    .map((r) => ({
      source: 'peppercat' as const,
      place: slug,
      labels: [r.position ?? ''],
      name: r.person ?? '',
      qid: r.personID ?? '',
      start: blank(r.start),
      end: blank(r.end),
      gender: blank(r.gender),
      enwiki: blank(r.enwiki),
    }));
}

/**
 * Wikidata query output of every-politician-scrapers/world-leaders-2021
 * (columns countryid, country, position, positionLabel, officeholder,
 * officeholderLabel, start_year, end_year): holders of each state's offices
 * of head of state and head of government.
 */
export function readWikidataLeadersCsv(text: string): SourceRow[] {
  return csvRecords(text)
    .filter((r) => /^Q\d+$/.test(r.officeholder ?? ''))
    .map((r) => ({
      source: 'wikidata' as const,
      place: r.country ?? '',
      labels: [r.positionLabel ?? ''],
      name: r.officeholderLabel ?? '',
      qid: r.officeholder ?? '',
      start: blank(r.start_year),
      end: blank(r.end_year),
      gender: null,
      enwiki: null,
    }));
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeHtml(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m);
}

/** A holder listed on a Peppercat country page on the day of the snapshot. */
export interface PageHolder {
  labels: string[];
  name: string;
  qid: string;
  since: string | null;
  gender: string | null;
}

/**
 * Peppercat country page (`docs/leaders/<slug>/index.html`): the current
 * holders, each as <dt>labels</dt><dd>name, "in office since", Wikidata link</dd>.
 */
export function readPeppercatPage(html: string): PageHolder[] {
  const out: PageHolder[] = [];
  const token = /<dt>([\s\S]*?)<\/dt>|<dd>([\s\S]*?)<\/dd>/g;
  let labels: string[] = [];
  for (const m of html.matchAll(token)) {
    if (m[1] !== undefined) {
      labels = m[1]
        .split(/<br\s*\/?>/i)
        .map((l) => decodeHtml(l.replace(/<[^>]*>/g, '')).trim())
        .filter((l) => l !== '');
      continue;
    }
    const dd = m[2] ?? '';
    const name = /<span class="toggle">([\s\S]*?)<\/span>/.exec(dd)?.[1];
    const qid = /wikidata\.org\/wiki\/(Q\d+)/.exec(dd)?.[1];
    if (!name || !qid) continue;
    const since = /in office since (\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(dd)?.[1] ?? null;
    const gender = /<li>(male|female)<\/li>/.exec(dd)?.[1] ?? null;
    out.push({ labels, name: decodeHtml(name).trim(), qid, since, gender });
  }
  return out;
}
