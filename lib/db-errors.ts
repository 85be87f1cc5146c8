// Recognises a unique-constraint violation from either adapter: @prisma/adapter-pg maps it to
// Prisma's P2002, while pglite-prisma-adapter passes PostgreSQL's own error (SQLSTATE 23505)
// through as a DriverAdapterError.
import { Prisma } from "@/generated/prisma/client";

export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError) return err.code === "P2002";
  const e = err as { name?: string; message?: string; cause?: { code?: string; originalCode?: string; kind?: string } } | null;
  if (!e) return false;
  if (e.cause?.originalCode === "23505" || e.cause?.code === "23505" || e.cause?.kind === "UniqueConstraintViolation") return true;
  return e.name === "DriverAdapterError" && /duplicate key value violates unique constraint/.test(e.message ?? "");
}
