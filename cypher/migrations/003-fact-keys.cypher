// One relationship per fact key, per relationship type of ONTOLOGY.md (relationship
// uniqueness constraints exist in Community since 5.7 and back an index used to
// find a fact by key), and an index on each type's start date for timelines.
CREATE CONSTRAINT fact_holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_accredited_to_key IF NOT EXISTS FOR ()-[r:ACCREDITED_TO]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_met_key IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_signed_key IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_party_to_key IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_partnership_key IF NOT EXISTS FOR ()-[r:PARTNERSHIP]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_diplomatic_relations_key IF NOT EXISTS FOR ()-[r:DIPLOMATIC_RELATIONS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_member_of_key IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_cooperates_on_key IF NOT EXISTS FOR ()-[r:COOPERATES_ON]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_supports_key IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_stated_key IF NOT EXISTS FOR ()-[r:STATED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT fact_attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX fact_holds_position_date IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.date);
CREATE INDEX fact_accredited_to_date IF NOT EXISTS FOR ()-[r:ACCREDITED_TO]-() ON (r.date);
CREATE INDEX fact_visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.date);
CREATE INDEX fact_met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
CREATE INDEX fact_signed_date IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.date);
CREATE INDEX fact_party_to_date IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.date);
CREATE INDEX fact_partnership_date IF NOT EXISTS FOR ()-[r:PARTNERSHIP]-() ON (r.date);
CREATE INDEX fact_diplomatic_relations_date IF NOT EXISTS FOR ()-[r:DIPLOMATIC_RELATIONS]-() ON (r.date);
CREATE INDEX fact_member_of_date IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.date);
CREATE INDEX fact_cooperates_on_date IF NOT EXISTS FOR ()-[r:COOPERATES_ON]-() ON (r.date);
CREATE INDEX fact_supports_date IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.date);
CREATE INDEX fact_stated_date IF NOT EXISTS FOR ()-[r:STATED]-() ON (r.date);
CREATE INDEX fact_attended_date IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.date);
