// A fact's most confident evidence first, read in index order: a pair's dossier
// takes the top N per fact without reading all of a busy fact's evidence.
CREATE INDEX evidence_fact_confidence IF NOT EXISTS FOR (n:Evidence) ON (n.factKey, n.confidence);
