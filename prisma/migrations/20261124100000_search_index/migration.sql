-- The embedded search index (lib/search/embedded-backend.ts). The tsvector is generated from the
-- pre-tokenized terms (Intl.Segmenter words + CJK bigrams), so the database needs no Chinese
-- parser: `simple` only lower-cases and splits on spaces.

-- CreateTable
CREATE TABLE "SearchDocument" (
    "docType" TEXT NOT NULL,
    "docId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "titleTerms" TEXT NOT NULL,
    "bodyTerms" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', "titleTerms"), 'A') || setweight(to_tsvector('simple', "bodyTerms"), 'B')
    ) STORED,
    -- The title alone, small and stored inline: ranking reads it for every match, never the
    -- large (TOASTed) document vector, which only the GIN index is asked about.
    "titleTsv" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "titleTerms")) STORED,
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("docType","docId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_kind_idx" ON "SearchDocument"("kind");

-- CreateIndex
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");

-- CreateIndex
CREATE INDEX "SearchDocument_titleTsv_idx" ON "SearchDocument" USING GIN ("titleTsv");

-- Every match is a heap visit (a GIN index cannot count or rank alone), so keep the heap row
-- narrow: the body, the term texts and the document vector go to TOAST, while the title and its
-- vector, which ranking reads for every match, stay in the row.
ALTER TABLE "SearchDocument" ALTER COLUMN "title" SET STORAGE MAIN, ALTER COLUMN "titleTsv" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);
