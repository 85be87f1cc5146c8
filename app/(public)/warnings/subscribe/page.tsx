// GET /warnings/subscribe: citizens subscribe to (or unsubscribe from) SMS warnings and rural
// information for their town. Works without JavaScript.
import Link from "next/link";
import { SubscribeForms } from "@/components/broadcast/subscribe-forms";
import { COUNTY_TOWNS } from "@/lib/broadcast/county-towns";
import { siteConfig } from "@/lib/site";
import { confirmCodeAction, subscribeAction, unsubscribeAction } from "./actions";

// The forms render the <title>, so a failed post rendered without JavaScript is titled "错误：...".
export const metadata = { title: null, alternates: { canonical: "/warnings/subscribe" } };

export default function SubscribePage() {
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-slate-600">
        <Link href="/warnings" className="text-brand-600 underline">
          预警与惠农信息
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold">订阅预警短信</h1>
      <p className="mt-2 text-lg">
        县里发布寒潮、暴雨、山洪等预警或惠农信息时，会用短信通知订阅了所在乡镇的手机号码。免费，随时可以退订。订阅和退订都要填写发到该手机的短信验证码，别人不能替您订阅或退订。
      </p>
      <div className="mt-6">
        <SubscribeForms subscribe={subscribeAction} unsubscribe={unsubscribeAction} confirm={confirmCodeAction} towns={[...COUNTY_TOWNS]} title={`订阅预警短信 - ${siteConfig().name}`} />
      </div>
    </div>
  );
}
