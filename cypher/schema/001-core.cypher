// Core schema: every entity carries the :Entity label and a globally unique `id`.
// Applied in order at start by api/src/db/schema.ts; each statement must be idempotent.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Names and aliases, accent- and case-insensitive ("standard-folding" folds á→a, ñ→n, Ü→u).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
