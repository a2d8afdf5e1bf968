// Sources and the evidence that ties each fact to them.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (n:Evidence) REQUIRE n.key IS UNIQUE;
// "All evidence of a fact" (a pair's dossier) and "all evidence of an article" (retraction).
CREATE INDEX evidence_fact_key IF NOT EXISTS FOR (n:Evidence) ON (n.factKey);
CREATE INDEX evidence_article_id IF NOT EXISTS FOR (n:Evidence) ON (n.articleId);
// Versions of an article (same URL, or same source + title + day) and timelines.
CREATE INDEX article_version_key IF NOT EXISTS FOR (n:Article) ON (n.versionKey);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
