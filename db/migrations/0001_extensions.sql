-- Trigram matching for partial model-number search (PostgreSQL contrib; PGlite loads it in db/index.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
