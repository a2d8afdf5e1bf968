// BatchSegment is pure: the stored parties of the agreements an article
// touches come in from the writer's read (readAgreementParties).
import { articleIdentity } from '../../../src/graph/model/articleIdentity';
import { buildWritePlan } from '../../../src/graph/plan/buildWritePlan';
import { BatchSegment, partyTargets } from '../../../src/graph/write/batchSegment';
import type { Extraction, Relation } from '../../../src/ingest/types';

const evidence = { articleId: 'sha256:x', sentence: 's', start: 0, end: 1 };

/** An article naming agreement `id` with `parties` PARTY_TO it. */
function article(id: string, parties: string[]): Extraction {
  const relations: Relation[] = parties.map((party) => ({
    type: 'PARTY_TO',
    from: party,
    to: id,
    confidence: 0.9,
    evidence,
  }));
  return {
    article: {
      id: `sha256:${id}`,
      title: id,
      publishedAt: '2025-04-23',
      source: null,
      section: null,
      url: null,
    },
    entities: [
      ...parties.map((party) => ({
        id: party,
        kind: 'Country' as const,
        name: party,
        aliases: [],
        mentions: [],
      })),
      { id, kind: 'Agreement', name: `Agreement ${id}`, aliases: [], mentions: [] },
    ],
    relations,
  };
}

function segmentWith(extraction: Extraction, stored: Map<string, string[]> = new Map()) {
  const segment = new BatchSegment<string>();
  const plan = buildWritePlan(extraction, articleIdentity(extraction));
  segment.add(extraction, plan, extraction.article.id, stored);
  return segment;
}

describe('BatchSegment', () => {
  it('names the agreements and PARTY_TO/SIGNED targets whose stored parties it needs', () => {
    expect(partyTargets(article('x', ['AZE', 'CHN']))).toEqual(['x']);
  });

  it('is flushed before an article whose agreement could match one it writes', () => {
    const segment = segmentWith(article('x', ['AZE', 'CHN']));
    expect(segment.couldAffectResolutionOf(article('y', ['AZE', 'CHN']))).toBe(true);
    expect(segment.couldAffectResolutionOf(article('x', ['KAZ', 'UZB']))).toBe(true);
    expect(segment.couldAffectResolutionOf(article('z', ['KAZ', 'UZB']))).toBe(false);
    expect(segment.couldAffectResolutionOf(article('w', ['AZE', 'KAZ']))).toBe(false);
  });

  it('counts the parties already stored for an agreement it touches', () => {
    const segment = segmentWith(article('x', ['AZE']), new Map([['x', ['KAZ', 'UZB']]]));
    expect(segment.couldAffectResolutionOf(article('z', ['KAZ', 'UZB']))).toBe(true);
  });

  it('never asks an empty segment to be flushed', () => {
    expect(new BatchSegment().couldAffectResolutionOf(article('y', ['AZE', 'CHN']))).toBe(false);
  });
});
