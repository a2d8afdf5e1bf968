// The facts between two entities with their evidence, through a read session
// (routed to a reader on a cluster). The graph model makes this a handful of
// index seeks; see PAIR_FACTS.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { RelationType } from '../ingest/types';
import { PAIR_FACTS } from './cypher';
import { withGraphErrors } from './errors';
import type { EvidenceRecord } from './model/evidenceRecord';
import type { FactProps } from './model/summariseFact';
import { toNative } from './toNative';

/** What a dossier shows of one piece of evidence: the span, and its article. */
export type PairEvidence = Pick<
  EvidenceRecord,
  'sentence' | 'start' | 'end' | 'confidence' | 'rule' | 'date' | 'dateSource' | 'articleId'
> & {
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string;
};

export interface PairFact {
  type: RelationType;
  from: string;
  to: string;
  /** The fact's summary (its article list is left out: see articleCount and evidence). */
  fact: Omit<FactProps, 'articleIds' | 'qualifierTrust' | 'dateFromText'> & { key: string };
  evidence: PairEvidence[];
}

export async function readPairFacts(
  driver: Driver,
  database: string,
  a: string,
  b: string,
  maxEvidence = 20,
): Promise<PairFact[]> {
  return withGraphErrors(async () => {
    const { records } = await driver.executeQuery(
      PAIR_FACTS,
      { a, b, maxEvidence: neo4j.int(maxEvidence) },
      { database, routing: neo4j.routing.READ },
    );
    return records.map((record) => toNative<PairFact>(record.toObject()));
  });
}
