-- Electronic seals (lib/seals): a unit's seal (image, SM2 key pair with the private key encrypted)
-- and every use of it (SM3 digest and SM2 signature of the sealed PDF, verification code).
CREATE TYPE "SealUseKind" AS ENUM ('DOCUMENT', 'SPECIMEN');

CREATE TABLE "Seal" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bottomText" TEXT,
    "publicKeyHex" TEXT NOT NULL,
    "privateKeyEncrypted" TEXT NOT NULL,
    "imagePng" BYTEA NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "Seal_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SealUse" (
    "id" TEXT NOT NULL,
    "sealId" TEXT NOT NULL,
    "kind" "SealUseKind" NOT NULL DEFAULT 'DOCUMENT',
    "documentId" TEXT NOT NULL,
    "docNumber" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuingUnit" TEXT NOT NULL,
    "documentDate" TIMESTAMP(3) NOT NULL,
    "signerId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digestHex" TEXT NOT NULL,
    "signatureHex" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "pdf" BYTEA,

    CONSTRAINT "SealUse_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Seal_departmentId_createdAt_idx" ON "Seal"("departmentId", "createdAt");
-- One active seal per unit: creating a second while one is active fails with a unique violation.
CREATE UNIQUE INDEX "Seal_one_active_per_department" ON "Seal"("departmentId") WHERE "revokedAt" IS NULL;

CREATE UNIQUE INDEX "SealUse_verificationCode_key" ON "SealUse"("verificationCode");
CREATE INDEX "SealUse_digestHex_idx" ON "SealUse"("digestHex");
CREATE INDEX "SealUse_sealId_sealedAt_idx" ON "SealUse"("sealId", "sealedAt");
CREATE INDEX "SealUse_documentId_idx" ON "SealUse"("documentId");

ALTER TABLE "Seal" ADD CONSTRAINT "Seal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SealUse" ADD CONSTRAINT "SealUse_sealId_fkey" FOREIGN KEY ("sealId") REFERENCES "Seal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
