-- The 12345 centre's call-back operator (回访员), a role of its own (lib/auth/permissions.ts).
ALTER TYPE "OfficerRole" ADD VALUE 'CALLBACK_OPERATOR';
