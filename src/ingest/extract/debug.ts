// Every decision the extractor takes can be printed (`extract --debug`):
// which rule, on which span of the text, and why.

export interface Decision {
  /** Rule id (or gazetteer entry id) that decided. */
  rule: string;
  start: number;
  end: number;
  /** The text of the span. */
  text: string;
  /** What was decided: `entity`, `relation`, `skip`, `date`, `coref`, … */
  action: string;
  reason: string;
}

export type DecisionSink = (decision: Decision) => void;

/** One line per decision, for stderr. */
export function formatDecision(d: Decision): string {
  const span = d.text.length > 60 ? `${d.text.slice(0, 57)}...` : d.text;
  return `[${d.action}] ${d.rule} @${d.start}-${d.end} "${span.replace(/\s+/g, ' ')}": ${d.reason}`;
}
