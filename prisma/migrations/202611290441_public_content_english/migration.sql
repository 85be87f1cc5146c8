-- English text of content items for the investor pages at /en (issue 15), and English search
-- keywords (issue 16).
ALTER TABLE "ContentItem" ADD COLUMN "titleEn" TEXT;
ALTER TABLE "ContentItem" ADD COLUMN "summaryEn" TEXT;
ALTER TABLE "ContentItem" ADD COLUMN "bodyEn" TEXT;
ALTER TABLE "ContentItem" ADD COLUMN "keywordsEn" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
