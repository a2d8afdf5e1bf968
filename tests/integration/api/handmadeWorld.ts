// A small invented world written straight into the graph (writeArticle, no
// extractor), so API tests control every fact, date and precision: Norway and
// Chile, their officials over the years, an agreement, a forum, and a crowd
// of trade envoys for paging and round-trip counts.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { writeArticle } from '../../../src/graph/write/writeArticle';
import type { Entity, EntityKind, Extraction, Relation } from '../../../src/ingest/types';

interface EntitySpec {
  id: string;
  kind: EntityKind;
  name: string;
  forms?: string[];
}

type FactSpec = Omit<Relation, 'evidence' | 'confidence'> & {
  /** The sentence stating the fact; it becomes part of the article text. */
  sentence: string;
  confidence?: number;
};

interface ArticleSpec {
  title: string;
  publishedAt: string;
  url: string;
  entities: EntitySpec[];
  facts: FactSpec[];
  /** Sentences that state no fact. */
  extra?: string[];
}

export function handmadeExtraction(spec: ArticleSpec): Extraction {
  const sentences = [
    ...new Set([...spec.facts.map((fact) => fact.sentence), ...(spec.extra ?? [])]),
  ];
  const text = `${spec.title}\n\n${sentences.join(' ')}`;
  const id = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  const entities: Entity[] = spec.entities.map((entity) => {
    const forms = entity.forms ?? [entity.name];
    return {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: forms.filter((form) => form !== entity.name),
      mentions: forms.flatMap((form) => {
        const found = [];
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          found.push({ start: at, end: at + form.length, text: form });
        }
        return found;
      }),
    };
  });
  const relations: Relation[] = spec.facts.map(({ sentence, confidence, ...fact }) => {
    const start = text.indexOf(sentence);
    return {
      ...fact,
      confidence: confidence ?? 0.8,
      evidence: { articleId: id, sentence, start, end: start + sentence.length },
    };
  });
  return {
    article: {
      id,
      title: spec.title,
      publishedAt: spec.publishedAt,
      source: 'Handmade Wire',
      section: null,
      url: spec.url,
    },
    entities,
    relations,
  };
}

const NOR: EntitySpec = { id: 'NOR', kind: 'Country', name: 'Norway', forms: ['Norway', 'Oslo'] };
const CHL: EntitySpec = { id: 'CHL', kind: 'Country', name: 'Chile', forms: ['Chile', 'Santiago'] };
const person = (id: string, name: string): EntitySpec => ({ id, kind: 'Person', name });
const ALICE = person('alice-berg', 'Alice Berg');
const BOB = person('bob-dahl', 'Bob Dahl');
const CAROL = person('carol-lind', 'Carol Lind');
const DAN = person('dan-soto', 'Dan Soto');
const ERIK = person('erik-moe', 'Erik Moe');
const AGREEMENT: EntitySpec = {
  id: 'nor-chl-trade-agreement-2025',
  kind: 'Agreement',
  name: 'Oslo Trade Agreement',
};
const FORUM: EntitySpec = { id: 'pacific-forum', kind: 'Organization', name: 'Pacific Forum' };
const ODD: EntitySpec = {
  id: 'cpp-alliance',
  kind: 'Organization',
  name: 'C++ (Systems) Alliance: "AND" / OR',
};
const TRADE: EntitySpec = { id: 'trade', kind: 'Topic', name: 'trade' };

export const ENVOY_COUNT = 55;
export const envoyId = (i: number) => `envoy-${String(i).padStart(2, '0')}`;

/** Day `i` of 2025 (1 → 2025-01-01), for the envoys' visits. */
function dayOf2025(i: number): string {
  return new Date(Date.UTC(2025, 0, i)).toISOString().slice(0, 10);
}

export function ties(): Extraction {
  return handmadeExtraction({
    title: 'Norway and Chile deepen ties',
    publishedAt: '2025-04-23T10:30:00+02:00',
    url: 'https://handmade.example/ties',
    entities: [NOR, CHL, ALICE, BOB, CAROL, DAN, ERIK, AGREEMENT, TRADE],
    facts: [
      {
        type: 'PARTNERSHIP',
        from: 'NOR',
        to: 'CHL',
        date: '2025',
        level: 'strategic partnership',
        sentence: 'This year Norway and Chile became strategic partners.',
      },
      {
        type: 'PARTNERSHIP',
        from: 'CHL',
        to: 'NOR',
        date: '2025-02',
        level: 'enhanced partnership',
        sentence: 'In February Chile and Norway agreed an enhanced partnership.',
        confidence: 0.6,
      },
      {
        type: 'SIGNED',
        from: 'bob-dahl',
        to: AGREEMENT.id,
        date: '2025-04-23',
        sentence: 'Bob Dahl signed the Oslo Trade Agreement on 23 April 2025.',
      },
      {
        type: 'PARTY_TO',
        from: 'NOR',
        to: AGREEMENT.id,
        date: '2025-04-23',
        sentence: 'Norway is a party to the Oslo Trade Agreement.',
      },
      {
        type: 'PARTY_TO',
        from: 'CHL',
        to: AGREEMENT.id,
        date: '2025-04-23',
        sentence: 'Chile is a party to the Oslo Trade Agreement.',
      },
      {
        type: 'DIPLOMATIC_RELATIONS',
        from: 'NOR',
        to: 'CHL',
        date: '1990',
        sentence: 'Norway and Chile have had diplomatic relations since 1990.',
      },
      {
        type: 'COOPERATES_ON',
        from: 'CHL',
        to: 'NOR',
        date: '2024-12-31',
        area: 'trade',
        sentence: 'On 31 December 2024 Chile and Norway launched trade cooperation.',
      },
      {
        type: 'SUPPORTS',
        from: 'CHL',
        to: 'NOR',
        on: 'its bid',
        sentence: 'Chile supports the bid of Norway.',
      },
      {
        type: 'HOLDS_POSITION',
        from: 'alice-berg',
        to: 'NOR',
        date: '2019',
        role: 'President',
        sentence: 'Alice Berg became President of Norway in 2019.',
      },
      {
        type: 'HOLDS_POSITION',
        from: 'bob-dahl',
        to: 'NOR',
        date: '2023-06',
        role: 'President',
        sentence: 'Bob Dahl has been President of Norway since June 2023.',
      },
      {
        type: 'HOLDS_POSITION',
        from: 'carol-lind',
        to: 'NOR',
        date: '2015',
        dateEnd: '2018',
        role: 'Foreign Minister',
        sentence: 'Carol Lind was Foreign Minister of Norway from 2015 to 2018.',
      },
      {
        type: 'HOLDS_POSITION',
        from: 'dan-soto',
        to: 'CHL',
        date: '2024',
        role: 'Ambassador',
        sentence: 'Dan Soto, Ambassador of Chile to Norway since 2024, attended.',
      },
      {
        type: 'ACCREDITED_TO',
        from: 'dan-soto',
        to: 'NOR',
        date: '2024',
        role: 'Ambassador',
        sentence: 'Dan Soto, Ambassador of Chile to Norway since 2024, attended.',
      },
      {
        type: 'HOLDS_POSITION',
        from: 'erik-moe',
        to: 'NOR',
        date: '2022',
        role: 'Ambassador',
        sentence: 'Erik Moe has been the Ambassador of Norway in Santiago since 2022.',
      },
      {
        type: 'ACCREDITED_TO',
        from: 'erik-moe',
        to: 'CHL',
        date: '2022',
        role: 'Ambassador',
        sentence: 'Erik Moe has been the Ambassador of Norway in Santiago since 2022.',
      },
      {
        type: 'MET',
        from: 'bob-dahl',
        to: 'dan-soto',
        date: '2025-04-22',
        kind: 'meeting',
        sentence: 'Bob Dahl met Dan Soto on 22 April 2025.',
      },
    ],
  });
}

export function envoys(): Extraction {
  const people = Array.from({ length: ENVOY_COUNT }, (_, i) =>
    person(envoyId(i + 1), `Envoy ${String(i + 1).padStart(2, '0')}`),
  );
  return handmadeExtraction({
    title: 'Trade envoys tour Chile',
    publishedAt: '2025-03-15',
    url: 'https://handmade.example/envoys',
    entities: [NOR, CHL, ...people],
    facts: people.flatMap((envoy, i) => [
      {
        type: 'HOLDS_POSITION' as const,
        from: envoy.id,
        to: 'NOR',
        date: '2025',
        role: 'Trade Envoy',
        sentence: `${envoy.name} is a Trade Envoy of Norway.`,
      },
      {
        type: 'VISITED' as const,
        from: envoy.id,
        to: 'CHL',
        date: dayOf2025(i + 1),
        kind: 'working',
        sentence: `${envoy.name} visited Chile on ${dayOf2025(i + 1)}.`,
        confidence: 0.5 + (i % 5) / 10,
      },
    ]),
  });
}

export function forum(): Extraction {
  return handmadeExtraction({
    title: 'Pacific Forum turns 25',
    publishedAt: '2025-01-10',
    url: 'https://handmade.example/forum',
    entities: [NOR, CHL, FORUM, ODD],
    facts: [
      {
        type: 'MEMBER_OF',
        from: 'NOR',
        to: 'pacific-forum',
        date: '2000',
        status: 'member',
        sentence: 'Norway joined the Pacific Forum in 2000.',
      },
      {
        type: 'MEMBER_OF',
        from: 'CHL',
        to: 'pacific-forum',
        date: '2010',
        status: 'observer',
        sentence: 'Chile has been an observer of the Pacific Forum since 2010.',
      },
      {
        type: 'PARTNERSHIP',
        from: 'NOR',
        to: 'CHL',
        date: '2025',
        level: 'strategic partnership',
        sentence: 'Forum members noted that Norway and Chile are strategic partners.',
        confidence: 0.9,
      },
      {
        type: 'MEMBER_OF',
        from: 'NOR',
        to: 'cpp-alliance',
        date: '2024',
        status: 'member',
        sentence: 'Norway also belongs to the C++ (Systems) Alliance: "AND" / OR.',
      },
    ],
  });
}

/** Writes the world's three articles. */
export async function writeHandmadeWorld(driver: Driver, database: string): Promise<Extraction[]> {
  const articles = [ties(), envoys(), forum()];
  for (const article of articles) await writeArticle(driver, database, article);
  return articles;
}
