// Search by name or any alias over every entity kind (aliases is a list of strings).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|Person|Organization|Agreement|Initiative|Topic|Event|Statement)
ON EACH [n.name, n.aliases];
