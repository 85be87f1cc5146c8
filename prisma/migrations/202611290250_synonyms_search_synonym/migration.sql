-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "term" TEXT,
    "terms" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchSynonym_kind_idx" ON "SearchSynonym"("kind");

-- The synonyms' settings version: any change to the table bumps it, and every instance reloads
-- its cached synonyms at its next search (lib/search/load-search-synonyms.ts).
INSERT INTO "SettingsVersion" ("scope", "version") VALUES ('search-synonyms', 1) ON CONFLICT ("scope") DO NOTHING;

CREATE FUNCTION "bump_search_synonyms_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SettingsVersion" SET "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP WHERE "scope" = 'search-synonyms';
  RETURN NULL;
END;
$$;

CREATE TRIGGER "SearchSynonym_settings_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchSynonym"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_search_synonyms_version"();
