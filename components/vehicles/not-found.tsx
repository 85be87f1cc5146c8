import Link from "next/link";

export function NotFoundOrForbidden({ message }: { message: string }) {
  return (
    <div role="alert" className="rounded-md border-l-4 border-accent-600 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-bold text-accent-700">{message}</h1>
      <p className="mt-3">
        <Link href="/officer/vehicles" className="text-brand-600 underline">返回公务用车</Link>
      </p>
    </div>
  );
}
