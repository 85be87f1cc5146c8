-- Pages of a sealed document, for the usage scorecard's paper-saving estimate.
ALTER TABLE "OfficialDocument" ADD COLUMN "pageCount" INTEGER;
