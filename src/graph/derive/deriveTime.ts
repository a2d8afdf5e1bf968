// What a write or a retraction recomputes over the facts it touched: the
// occurrences of event series, then the derived ends of states (an event's
// re-keying never changes a state, so the order is free; states last keeps
// each step reading settled facts).
import type { StateTouch } from './deriveValidity';
import { deriveValidity } from './deriveValidity';
import { reconcileEvents } from './reconcileEvents';
import type { QueryRunner } from '../runStatements';

export interface TimeTouch {
  /** Series keys of the events touched. */
  eventSeries: readonly string[];
  /** States touched (other types are ignored). */
  states: readonly StateTouch[];
  /** The articles written (what the change log names as the cause). */
  articleIds: readonly string[];
}

export async function deriveTime(tx: QueryRunner, touched: TimeTouch): Promise<void> {
  await reconcileEvents(tx, touched.eventSeries, touched.articleIds);
  await deriveValidity(tx, touched.states, touched.articleIds);
}
