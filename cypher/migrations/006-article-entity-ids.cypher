// Each article lists the ids of the entities it mentions (written with the
// article, which never changes afterwards): "does this article mention X?"
// becomes one property read instead of an expand over its mentions. The
// dossier asks it of every statement it considers. Backfills stored articles.
MATCH (a:Article) WHERE a.entityIds IS NULL
SET a.entityIds = [(a)-[:MENTIONS]->(e:Entity) | e.id];
