// The registered kinds. Production kinds are listed in kinds/index.ts; tests may register more.
import type { SupervisionKind } from "./define-kind";

const kinds = new Map<string, SupervisionKind>();

export function registerSupervisionKind(kind: SupervisionKind): () => void {
  kinds.set(kind.kind, kind);
  return () => void kinds.delete(kind.kind);
}

export function supervisionKinds(): SupervisionKind[] {
  return [...kinds.values()];
}

export function supervisionKind(key: string): SupervisionKind | undefined {
  return kinds.get(key);
}
