// Recognises a unique-constraint violation from either adapter: @prisma/adapter-pg maps it to
// Prisma's P2002, while pglite-prisma-adapter passes PostgreSQL's own error (SQLSTATE 23505)
// through as a DriverAdapterError.
import { Prisma } from "@/generated/prisma/client";

export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (err.code === "P2002") return true;
    // A raw query ($queryRaw) fails as P2010 and carries the SQLSTATE in its meta and message.
    // (adapter-pg names the kind; pglite-prisma-adapter passes PostgreSQL's code through).
    const meta = err.meta as { code?: string; driverAdapterError?: { cause?: { kind?: string; code?: string } } } | undefined;
    const cause = meta?.driverAdapterError?.cause;
    return err.code === "P2010" && (meta?.code === "23505" || cause?.kind === "UniqueConstraintViolation" || cause?.code === "23505" || /Code: `23505`/.test(err.message));
  }
  const e = err as { name?: string; message?: string; cause?: { code?: string; originalCode?: string; kind?: string } } | null;
  if (!e) return false;
  if (e.cause?.originalCode === "23505" || e.cause?.code === "23505" || e.cause?.kind === "UniqueConstraintViolation") return true;
  return e.name === "DriverAdapterError" && /duplicate key value violates unique constraint/.test(e.message ?? "");
}
