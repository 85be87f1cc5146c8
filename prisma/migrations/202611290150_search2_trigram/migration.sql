-- The search's closest-title fallback (lib/search/embedded-backend.ts closestTitles): trigram word
-- similarity of the query's terms to a title's terms. pg_trgm ships with PostgreSQL's contrib
-- and with PGlite (lib/db-adapter.ts loads it there).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "SearchDocument_titleTerms_trgm_idx" ON "SearchDocument" USING GIN ("titleTerms" gin_trgm_ops);
