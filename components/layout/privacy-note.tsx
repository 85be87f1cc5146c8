import Link from "next/link";

/** Under every form that asks for a name or a phone number: what happens to them, in a line. */
export function PrivacyNote() {
  return (
    <p className="mt-3 text-sm text-slate-700">
      您填写的姓名和电话只用于办理和联系您，不会公开。详见
      <Link href="/privacy" className="text-brand-600 underline">
        隐私声明
      </Link>
      。
    </p>
  );
}
