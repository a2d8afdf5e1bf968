// Builds data/gazetteers/people.json, the known-people gazetteer: heads of
// state and government, foreign ministers, monarchs and heads of the main
// international organisations who held office at any time since 2000-01-01.
//
//   npx tsx scripts/gazetteer/buildPeople.ts [--out FILE] [--report] <input files…>
//
// Inputs (fetch them with scripts/gazetteer/fetchPeopleSources.sh; keep them
// out of the repository), files or directories to walk, recognised by path:
//   …/<slug>/leaders-historic.csv           Peppercat CSV export, one per catalogue
//   …/<YYYY-MM-DD>/<slug>/index.html        Peppercat page, current holders that day
//   …/<anything>.csv with a countryid column Wikidata heads of state/government query
// plus scripts/gazetteer/peopleManual.json (hand-checked additions), always read.
// Output is deterministic: people sorted by id, positions by start date.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Role } from './peopleRoles';
import {
  IN_SCOPE_COUNTRIES,
  ROLES,
  SINGLE_HOLDER_ROLES,
  peppercatRole,
  placeCode,
  slugify,
  wikidataRole,
} from './peopleRoles';
import type { PageHolder, SourceRow } from './peopleSources';
import { readPeppercatCsv, readPeppercatPage, readWikidataLeadersCsv } from './peopleSources';

type SourceCode = 'peppercat' | 'wikidata' | 'manual';

interface Position {
  role: Role;
  of: string;
  start: string | null;
  end: string | null;
  source: SourceCode;
}

interface Person {
  qid: string | null;
  /** Labels with the date of the source that gave them (later and Peppercat win). */
  labels: Map<string, string>;
  extraAliases: Set<string>;
  gender: string | null;
  positions: Position[];
}

interface ManualEntry {
  name: string;
  wikidata?: string;
  aliases?: string[];
  reference: string;
  positions: { role: Role; of: string; start: string | null; end: string | null }[];
}

/** Where each source code comes from; printed into the output file. */
const SOURCES = {
  peppercat: {
    dataset:
      'Peppercat world leaders data (Tony Bowden), CSV exports and country pages of peppercat.org, built from Wikidata P39 "position held" statements',
    repository: 'https://github.com/peppercatorg/site-build',
    files: [
      'docs/leaders/<slug>/leaders-historic.csv at commit 02ea8f21658ee8347b96c8fda84d4db1676059d5 (2023-01-15, the last commit that still carries the CSV exports)',
      'docs/leaders/<slug>/index.html at the last commit of each month from 2023-01-31 to 2025-01-31 (last: 4940eac4c8df36c9465f5c988a68b24ede6cee60, 2025-01-31)',
    ],
    licence:
      'CC-BY-NC-4.0 for Peppercat\'s "selection and arrangement of data" (peppercat.org about page); the underlying statements are Wikidata statements, CC0-1.0',
  },
  wikidata: {
    dataset:
      "Wikidata query of the holders of every sovereign state's offices of head of state (P1906) and head of government (P1313), as committed by every-politician-scrapers/world-leaders-2021",
    repository: 'https://github.com/every-politician-scrapers/world-leaders-2021',
    files: [
      'data/wikidata.csv at commit be7039cf5952d8121c4f1e24eea64cc5dd465633 (2022-10-09)',
      'data/wikidata.csv at commit 05e3baa24155a10fe12db26a25fa4494eec7e711 (latest start year in it: 2026)',
    ],
    licence: 'CC0-1.0 (Wikidata)',
    used: 'offices taken up in 2025 (after the last Peppercat snapshot), and offices Peppercat does not track for a state (Turkmenistan, Holy See; monarchs of Australia; head of state of Samoa); rows dated 2026 are left out (not corroborated)',
  },
  manual: {
    dataset:
      'hand-checked additions in scripts/gazetteer/peopleManual.json: heads of international organisations (NATO, AU Commission, Arab League, OIC, GCC, SCO, ASEAN, CSTO, OTS, ECO, EU since late 2024) and Swiss foreign ministers, each with a public reference; Wikidata QIDs only where the person is in the Peppercat data',
    licence: 'facts, CC0-1.0',
  },
} as const;

const LICENCE_BY_SOURCE: Record<SourceCode, string> = {
  peppercat: 'CC-BY-NC-4.0',
  wikidata: 'CC0-1.0',
  manual: 'CC0-1.0',
};

/**
 * Wikidata rows fill in offices taken up in WIKIDATA_NEW_YEAR (after the last
 * Peppercat snapshot), and offices Peppercat does not track for a place at all
 * (no catalogue, or no such role in it) up to that year. Later rows are left
 * out: nothing corroborates them.
 */
const WIKIDATA_NEW_YEAR = '2025';

const SINCE = '2000';

// ---------------------------------------------------------------- dates

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Compares ISO dates of any precision on their common prefix. */
function cmpDate(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The date at the precision the source knows; an impossible day or month is cut off. */
function cleanDate(d: string | null): string | null {
  if (d === null) return null;
  let t = d.trim().slice(0, 10);
  if (!DATE.test(t)) return null;
  const [y, m, day] = t.split('-');
  if (m !== undefined && (Number(m) < 1 || Number(m) > 12)) t = y ?? t;
  else if (day !== undefined) {
    const real = new Date(`${t}T00:00:00Z`);
    if (Number.isNaN(real.getTime()) || real.getUTCDate() !== Number(day)) t = `${y}-${m}`;
  }
  return t;
}

// ---------------------------------------------------------------- people

const people = new Map<string, Person>();
const unmapped = new Map<string, number>();

function person(qid: string): Person {
  let p = people.get(qid);
  if (!p) {
    p = { qid, labels: new Map(), extraAliases: new Set(), gender: null, positions: [] };
    people.set(qid, p);
  }
  return p;
}

/** Rank of a label's source for choosing the canonical name: Peppercat, newest first. */
function noteLabel(p: Person, name: string, rank: string): void {
  const n = name.replace(/\s+/g, ' ').trim();
  if (n === '' || /^Q\d+$/.test(n)) return;
  const seen = p.labels.get(n);
  if (seen === undefined || rank > seen) p.labels.set(n, rank);
}

function noteUnmapped(place: string, label: string): void {
  if (!/foreign|external|president|prime|premier|king|queen|monarch|emir|sultan/i.test(label))
    return;
  const key = `${place}: ${label}`;
  unmapped.set(key, (unmapped.get(key) ?? 0) + 1);
}

function openPosition(p: Person, role: Role, of: string): Position | undefined {
  return p.positions.find((x) => x.role === role && x.of === of && x.end === null);
}

// ---------------------------------------------------------------- Peppercat CSV

function addPeppercatCsv(slug: string, rows: SourceRow[], date: string): void {
  const of = placeCode(slug);
  if (of === null || !(IN_SCOPE_COUNTRIES.has(of) || slug === 'world' || slug === 'european-union'))
    return;
  for (const r of rows) {
    const role = peppercatRole(slug, r.labels[0] ?? '', r.gender);
    if (!role) {
      noteUnmapped(slug, r.labels[0] ?? '');
      continue;
    }
    const end = cleanDate(r.end);
    if (end !== null && cmpDate(end, SINCE) < 0) continue;
    const p = person(r.qid);
    noteLabel(p, r.name, `2-${date}`);
    if (r.enwiki) p.extraAliases.add(r.enwiki.replace(/\s*\([^)]*\)\s*$/, ''));
    p.gender ??= r.gender;
    p.positions.push({ role, of, start: cleanDate(r.start), end, source: 'peppercat' });
  }
}

// ---------------------------------------------------------------- Peppercat pages

interface Snapshot {
  date: string;
  slug: string;
  holders: PageHolder[];
}

/**
 * Replays the monthly page snapshots: a holder not yet known in a role gets a
 * position from their "in office since" date; an open position whose holder
 * is no longer listed under a role the page still shows is closed, at the
 * start date of the newly listed holder when there is exactly one, else at the
 * snapshot's month.
 */
function replaySnapshots(snapshots: Snapshot[]): void {
  snapshots.sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  for (const snap of snapshots) {
    const of = placeCode(snap.slug);
    if (of === null || !IN_SCOPE_COUNTRIES.has(of)) continue;
    const current = new Map<Role, PageHolder[]>();
    for (const h of snap.holders) {
      for (const label of h.labels) {
        const role = peppercatRole(snap.slug, label, h.gender);
        if (!role) {
          noteUnmapped(snap.slug, label);
          continue;
        }
        const list = current.get(role) ?? [];
        if (!list.some((x) => x.qid === h.qid)) list.push(h);
        current.set(role, list);
      }
    }
    for (const [role, holders] of current) {
      const added: string[] = [];
      for (const h of holders) {
        const p = person(h.qid);
        noteLabel(p, h.name, `2-${snap.date}`);
        p.gender ??= h.gender;
        if (openPosition(p, role, of)) continue;
        const start = cleanDate(h.since);
        if (p.positions.some((x) => x.role === role && x.of === of && x.start === start)) continue;
        p.positions.push({ role, of, start, end: null, source: 'peppercat' });
        if (start !== null) added.push(start);
      }
      const listed = new Set(holders.map((h) => h.qid));
      const successorStart = added.length === 1 ? (added[0] ?? null) : null;
      for (const p of people.values()) {
        if (p.qid === null || listed.has(p.qid)) continue;
        const pos = openPosition(p, role, of);
        if (!pos) continue;
        const end =
          successorStart !== null && (pos.start === null || cmpDate(pos.start, successorStart) <= 0)
            ? successorStart
            : snap.date.slice(0, 7);
        pos.end = end;
      }
    }
  }
}

// ---------------------------------------------------------------- Wikidata query

function addWikidataRows(rows: SourceRow[]): void {
  const covered = new Set<string>();
  for (const p of people.values())
    for (const x of p.positions) if (x.source === 'peppercat') covered.add(`${x.of} ${x.role}`);
  const sorted = [...rows].sort(
    (a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.qid.localeCompare(b.qid),
  );
  for (const r of sorted) {
    const of = placeCode(r.place);
    if (of === null || !IN_SCOPE_COUNTRIES.has(of)) continue;
    const start = cleanDate(r.start);
    const end = cleanDate(r.end);
    if (start === null || start.slice(0, 4) > WIKIDATA_NEW_YEAR) continue;
    if (end !== null && cmpDate(end, SINCE) < 0) continue;
    const known = people.get(r.qid);
    // The query prints the QID where the item had no English label: nothing to name it by.
    if (/^Q\d+$/.test(r.name) && (known === undefined || known.labels.size === 0)) continue;
    const role = wikidataRole(r.labels[0] ?? '', known?.gender ?? null);
    if (!role) {
      noteUnmapped(r.place, r.labels[0] ?? '');
      continue;
    }
    if (start.slice(0, 4) !== WIKIDATA_NEW_YEAR && covered.has(`${of} ${role}`)) continue;
    const p = person(r.qid);
    noteLabel(p, r.name, '1');
    const already = p.positions.some(
      (x) =>
        x.role === role &&
        x.of === of &&
        (x.end === null || (x.start !== null && cmpDate(x.start, start) === 0)),
    );
    if (already) continue;
    if (SINGLE_HOLDER_ROLES.has(role)) {
      for (const other of people.values()) {
        if (other === p) continue;
        const pos = openPosition(other, role, of);
        if (pos && (pos.start === null || cmpDate(pos.start, start) < 0)) pos.end = start;
      }
    }
    p.positions.push({ role, of, start, end, source: 'wikidata' });
  }
}

// ---------------------------------------------------------------- manual additions

const manualPeople: Person[] = [];

interface Exclusion {
  wikidata: string;
  role: Role;
  of: string;
  start: string;
  reason: string;
}

/** Drops source statements the manual file marks as wrong. */
function applyExclusions(list: Exclusion[]): void {
  for (const x of list) {
    const p = people.get(x.wikidata);
    const before = p?.positions.length ?? 0;
    if (p)
      p.positions = p.positions.filter(
        (pos) => !(pos.role === x.role && pos.of === x.of && pos.start === x.start),
      );
    if (!p || p.positions.length === before)
      throw new Error(`exclusion matches nothing: ${JSON.stringify(x)}`);
  }
}

function addManual(entries: ManualEntry[]): void {
  for (const e of entries) {
    const p: Person = e.wikidata
      ? person(e.wikidata)
      : { qid: null, labels: new Map(), extraAliases: new Set(), gender: null, positions: [] };
    if (!e.wikidata) manualPeople.push(p);
    noteLabel(p, e.name, '0');
    for (const a of e.aliases ?? []) p.extraAliases.add(a);
    for (const pos of e.positions) {
      if (!(ROLES as readonly string[]).includes(pos.role)) throw new Error(`bad role ${pos.role}`);
      if (pos.end === null && pos.start !== null && SINGLE_HOLDER_ROLES.has(pos.role))
        for (const other of [...people.values(), ...manualPeople]) {
          if (other === p) continue;
          const open = openPosition(other, pos.role, pos.of);
          if (open && (open.start === null || cmpDate(open.start, pos.start) < 0))
            open.end = pos.start;
        }
      p.positions.push({ ...pos, source: 'manual' });
    }
  }
}

// ---------------------------------------------------------------- output

/** Letters NFKD does not take apart. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
};

export function asciiFold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßøØæÆœŒđĐłŁıħĦþÞð]/g, (c) => FOLD[c] ?? c)
    .replace(/[ʻʼ‘’`]/g, "'")
    .normalize('NFC');
}

const TITLE_WORD =
  /^(king|queen|prince|princess|sheikh|sheik|emir|sultan|president|dr|sir|lord|lady|crown|pope|saint|his|her|mr|mrs|ms|general)\b\.?/i;

/** "Abdullah II of Jordan" → "Abdullah II"; "Albert II, Prince of Monaco" → "Albert II". */
function regnalShortForms(label: string): string[] {
  const out: string[] = [];
  const comma =
    /^([^,]+), (?:crown )?(?:prince|princess|king|queen|emir|sultan|grand duke)\b/i.exec(label);
  if (comma?.[1]) out.push(comma[1]);
  const of = /^(.+? [IVXL]+(?: [A-Z][a-z]+)?) of (?:the )?[A-Z]/.exec(label);
  if (of?.[1]) out.push(of[1]);
  return out;
}

function aliasOk(a: string, name: string): boolean {
  if (a.toLowerCase() === name.toLowerCase()) return false;
  if (/[,()\d]/.test(a) || TITLE_WORD.test(a)) return false;
  return a.trim().split(/\s+/).length >= 2;
}

function canonicalName(p: Person): string {
  const ranked = [...p.labels.entries()].sort(
    (a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0]),
  );
  const name = ranked[0]?.[0];
  if (!name) throw new Error(`no label for ${p.qid ?? '?'}`);
  return name;
}

/** Sorts, and merges repeats and back-to-back terms of the same office. */
function tidyPositions(list: Position[]): Position[] {
  const sorted = [...list].sort(
    (a, b) =>
      (a.start ?? '').localeCompare(b.start ?? '') ||
      a.role.localeCompare(b.role) ||
      a.of.localeCompare(b.of),
  );
  const out: Position[] = [];
  for (const pos of sorted) {
    if (pos.start !== null && pos.end !== null && cmpDate(pos.start, pos.end) > 0) pos.end = null;
    const prev = [...out].reverse().find((x) => x.role === pos.role && x.of === pos.of);
    const touches =
      prev !== undefined &&
      (prev.start === pos.start ||
        prev.end === null ||
        (pos.start !== null && cmpDate(pos.start, prev.end) <= 0));
    if (prev && touches) {
      if (prev.end !== null && (pos.end === null || cmpDate(pos.end, prev.end) > 0))
        prev.end = pos.end;
      if (prev.source !== pos.source && pos.source === 'manual') prev.source = 'manual';
      continue;
    }
    out.push({ ...pos });
  }
  return out;
}

interface OutPerson {
  id: string;
  name: string;
  wikidata?: string;
  aliases: string[];
  positions: { role: Role; of: string; start: string | null; end: string | null }[];
  source: string;
  licence: string;
}

function buildOutput(): { people: OutPerson[]; ambiguous: { alias: string; ids: string[] }[] } {
  const all = [...people.values(), ...manualPeople].filter((p) => p.positions.length > 0);
  const drafts = all.map((p) => {
    const name = canonicalName(p);
    const forms = new Set<string>();
    for (const l of [name, ...p.labels.keys(), ...p.extraAliases]) {
      forms.add(l);
      forms.add(asciiFold(l));
      for (const s of regnalShortForms(l)) {
        forms.add(s);
        forms.add(asciiFold(s));
      }
    }
    const aliases = [...forms]
      .map((a) => a.replace(/\s+/g, ' ').trim())
      .filter((a) => aliasOk(a, name));
    const dedup = new Map<string, string>();
    for (const a of aliases.sort()) if (!dedup.has(a.toLowerCase())) dedup.set(a.toLowerCase(), a);
    const positions = tidyPositions(p.positions);
    const sources = [...new Set(positions.map((x) => x.source))].sort();
    return { p, name, aliases: [...dedup.values()], positions, sources };
  });
  const slugCount = new Map<string, number>();
  for (const d of drafts) slugCount.set(slugify(d.name), (slugCount.get(slugify(d.name)) ?? 0) + 1);
  const out: OutPerson[] = drafts.map((d) => {
    const base = slugify(d.name);
    if ((slugCount.get(base) ?? 0) > 1 && d.p.qid === null)
      throw new Error(`name ${d.name} is shared and has no QID to tell it apart`);
    const id = (slugCount.get(base) ?? 0) > 1 ? `${base}-${(d.p.qid ?? '').toLowerCase()}` : base;
    const licences = [...new Set(d.sources.map((s) => LICENCE_BY_SOURCE[s]))].sort();
    return {
      id,
      name: d.name,
      ...(d.p.qid ? { wikidata: d.p.qid } : {}),
      aliases: d.aliases,
      positions: d.positions.map(({ role, of, start, end }) => ({ role, of, start, end })),
      source: d.sources.join('+'),
      licence: licences.join(' AND '),
    };
  });
  out.sort((a, b) => a.id.localeCompare(b.id));
  const byForm = new Map<string, Set<string>>();
  for (const p of out)
    for (const f of [p.name, ...p.aliases]) {
      const k = f.toLowerCase();
      const s = byForm.get(k) ?? new Set<string>();
      s.add(p.id);
      byForm.set(k, s);
    }
  const ambiguous = [...byForm.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([alias, ids]) => ({ alias, ids: [...ids].sort() }))
    .sort((a, b) => a.alias.localeCompare(b.alias));
  return { people: out, ambiguous };
}

function report(out: OutPerson[]): void {
  const log = (s: string): void => void process.stderr.write(`${s}\n`);
  const byRole = new Map<string, number>();
  const places = new Map<string, Set<string>>();
  for (const p of out)
    for (const pos of p.positions) {
      byRole.set(pos.role, (byRole.get(pos.role) ?? 0) + 1);
      const s = places.get(pos.of) ?? new Set<string>();
      s.add(pos.role);
      places.set(pos.of, s);
    }
  const withQid = out.filter((p) => p.wikidata).length;
  log(`people ${out.length}, with QID ${withQid} (${((100 * withQid) / out.length).toFixed(1)}%)`);
  log(
    `positions by role: ${[...byRole]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ')}`,
  );
  const countries = [...IN_SCOPE_COUNTRIES].sort();
  log(`countries covered ${countries.filter((c) => places.has(c)).length}/${countries.length}`);
  const hos = ['President', 'King', 'Queen', 'Emir', 'Sultan', 'Emperor', 'Grand Duke', 'Prince',
    'Co-Prince', 'Captain Regent', 'Pope', 'Supreme Leader', 'Head of State', 'Monarch']; // prettier-ignore
  const hog = ['Prime Minister', 'Premier', 'Chancellor', 'Head of Government'];
  for (const c of countries) {
    const r = places.get(c) ?? new Set<string>();
    const miss = [
      hos.some((x) => r.has(x)) ? '' : 'head of state',
      hog.some((x) => r.has(x)) ? '' : 'head of government',
      r.has('Foreign Minister') ? '' : 'foreign minister',
    ].filter((x) => x !== '');
    if (miss.length > 0) log(`  ${c} lacks ${miss.join(', ')}`);
  }
  log('unmapped labels that look relevant:');
  for (const [k, n] of [...unmapped].sort()) log(`  ${n}\t${k}`);
}

/** The input files: files as given, directories walked for the file kinds above. */
function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (!statSync(p).isDirectory()) {
      out.push(p);
      return;
    }
    for (const e of readdirSync(p).sort()) {
      const child = join(p, e);
      if (statSync(child).isDirectory()) walk(child);
      else if (e === 'index.html' || e.endsWith('.csv')) out.push(child);
    }
  };
  for (const p of paths) walk(p);
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let outFile = join(__dirname, '..', '..', 'data', 'gazetteers', 'people.json');
  let wantReport = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--out') outFile = args[++i] ?? outFile;
    else if (a === '--report') wantReport = true;
    else inputs.push(a);
  }
  if (inputs.length === 0) {
    process.stderr.write('usage: buildPeople.ts [--out FILE] [--report] <input files…>\n');
    process.exit(2);
  }
  const snapshots: Snapshot[] = [];
  const wikidataRows: SourceRow[] = [];
  const csvs: { slug: string; date: string; rows: SourceRow[] }[] = [];
  for (const file of expandInputs(inputs).sort()) {
    const text = readFileSync(file, 'utf8');
    const slug = basename(dirname(file));
    const date = /\d{4}-\d{2}-\d{2}/.exec(dirname(file))?.[0] ?? '';
    if (file.endsWith('leaders-historic.csv'))
      csvs.push({ slug, date, rows: readPeppercatCsv(slug, text) });
    else if (file.endsWith('index.html')) {
      const snapDate = /(\d{4}-\d{2}-\d{2})$/.exec(dirname(dirname(file)))?.[1];
      if (!snapDate)
        throw new Error(`${file}: page snapshots live in <YYYY-MM-DD>/<slug>/index.html`);
      snapshots.push({ date: snapDate, slug, holders: readPeppercatPage(text) });
    } else if (file.endsWith('.csv') && /^countryid,/.test(text))
      wikidataRows.push(...readWikidataLeadersCsv(text));
    else throw new Error(`${file}: not a recognised input`);
  }
  csvs.sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  for (const c of csvs) addPeppercatCsv(c.slug, c.rows, c.date);
  replaySnapshots(snapshots);
  addWikidataRows(wikidataRows);
  const manualFile = join(__dirname, 'peopleManual.json');
  const manual = JSON.parse(readFileSync(manualFile, 'utf8')) as {
    people: ManualEntry[];
    exclusions: Exclusion[];
  };
  applyExclusions(manual.exclusions);
  addManual(manual.people);

  const { people: out, ambiguous } = buildOutput();
  const lastSnapshot =
    snapshots
      .map((s) => s.date)
      .sort()
      .at(-1) ?? 'none';
  const doc = {
    doc: {
      people:
        'Known office holders since 2000-01-01: heads of state and government, vice presidents, foreign ministers, monarchs and crown princes of UN members, observers, Taiwan and Kosovo, and heads of the main international organisations. One entry per person (Wikidata item).',
      id: 'Slug of the canonical English name (NFKD, diacritics stripped, lowercase, non-alphanumerics to "-"); when two people share a name, the slug is followed by "-" and the lowercased QID.',
      aliases:
        'Other full-name forms: other labels the sources used, the English Wikipedia title, the ASCII-folded name, and regnal short forms ("Abdullah II" for "Abdullah II of Jordan"). Never one word, never a title.',
      positions: `role from a controlled list (${ROLES.join(', ')}); of is an ISO 3166-1 alpha-3 code (UNK for Kosovo) or an id from organizations.json; start and end are ISO 8601 at the precision the source knows; end null means still in office at the latest source date.`,
      ambiguousAliases:
        'Forms (name or alias, lowercased) that belong to more than one person: use them only with more evidence (role, country).',
      rebuild: 'See data/gazetteers/README.md, section "people.json".',
    },
    source: `Peppercat world leaders data (${SOURCES.peppercat.repository}, CSV exports at commit 02ea8f2 of 2023-01-15 and country pages up to ${lastSnapshot}), Wikidata heads of state/government query (${SOURCES.wikidata.repository}, data/wikidata.csv at commit 05e3baa; offices taken up in 2025 only) and hand-checked additions (scripts/gazetteer/peopleManual.json). Complete up to ${lastSnapshot} for Peppercat's catalogues; later changes only for heads of state and government taken up in 2025.`,
    licence:
      'Mixed, per entry in "licence": CC-BY-NC-4.0 where Peppercat contributed (its selection and arrangement; the statements themselves are Wikidata statements, CC0-1.0, re-queryable by QID), CC0-1.0 for Wikidata query rows and for hand-checked facts.',
    sources: SOURCES,
    ambiguousAliases: ambiguous,
    people: out,
  };
  const json = JSON.stringify(doc, null, 2);
  const config = (await resolveConfig(outFile)) ?? {};
  writeFileSync(outFile, await format(json, { ...config, filepath: outFile }));
  process.stderr.write(
    `wrote ${outFile}: ${out.length} people, ${ambiguous.length} ambiguous forms\n`,
  );
  if (wantReport) report(out);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
