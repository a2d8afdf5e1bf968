// System time (src/graph/model/changeLog.ts): the change log is read in
// order from a moment (`changes(since)`), and retired evidence by fact.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX retired_evidence_fact_key IF NOT EXISTS FOR (n:RetiredEvidence) ON (n.factKey);
