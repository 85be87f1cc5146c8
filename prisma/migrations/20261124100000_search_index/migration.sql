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
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("docType","docId")
);

-- CreateIndex
CREATE INDEX "SearchDocument_kind_idx" ON "SearchDocument"("kind");

-- CreateIndex
CREATE INDEX "SearchDocument_tsv_idx" ON "SearchDocument" USING GIN ("tsv");
