import PublicLayout from "./(public)/layout";
import { NotFoundPanel } from "@/components/layout/not-found-panel";

export default function NotFound() {
  return (
    <PublicLayout>
      <NotFoundPanel />
    </PublicLayout>
  );
}
