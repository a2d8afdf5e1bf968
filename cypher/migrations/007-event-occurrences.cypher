// Events are one fact per occurrence (src/graph/model/occurrences.ts): each
// Evidence names its series (`seriesKey`: the fact key without the occurrence),
// and a write or retraction re-reads a series' evidence by it.
CREATE INDEX evidence_series_key IF NOT EXISTS FOR (n:Evidence) ON (n.seriesKey);
// Backfill: the old keys of visits and meetings ended in `|year=YYYY`; the
// series is the key without it. Occurrences are assigned when an article of
// the series is next written (`diplograph ingest --force` re-derives all).
MATCH (ev:Evidence) WHERE ev.seriesKey IS NULL
SET ev.seriesKey = reduce(key = '', part IN [p IN split(ev.factKey, '|') WHERE NOT p STARTS WITH 'year='] |
  key + CASE WHEN key = '' THEN '' ELSE '|' END + part);
