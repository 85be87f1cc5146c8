-- The sign-in throttle counts in "RateLimiterFlexible" (lib/rate-limit.ts) now; the former
-- hand-written limiters' tables are no longer read or written.
-- DropTable
DROP TABLE "RateLimitBucket";

-- DropTable
DROP TABLE "SignInThrottle";
