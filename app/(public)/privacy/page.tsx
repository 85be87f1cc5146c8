// GET /privacy: the privacy notice every form that asks for a name or phone links to
// (《个人信息保护法》 art. 17: who processes, for what, how long, and the person's rights).
import type { Metadata } from "next";
import Link from "next/link";
import { publicPageMetadata } from "@/lib/page-metadata";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({ path: "/privacy", title: "隐私声明", description: "本站收集哪些个人信息、用来做什么、保存多久，以及您的权利。" });
}

export default function PrivacyPage() {
  const site = siteConfig();
  return (
    <article className="prose-gov mx-auto max-w-2xl text-lg">
      <h1 className="text-3xl font-bold">隐私声明</h1>
      <p>
        本站由{site.organizer}主办。我们只收集办理您的事项所必需的个人信息，依照《中华人民共和国个人信息保护法》处理，不出售、不用于其他目的。
      </p>
      <h2>收集哪些信息，用来做什么</h2>
      <ul>
        <li>
          <strong>网上投诉：</strong>姓名、手机号码、您描述的情况和照片。用于办理部门联系您、短信告知受理编号和办理结果。可以选择匿名反映。
        </li>
        <li>
          <strong>投资咨询：</strong>姓名、单位、联系电话、电子邮箱（选填）。只用于县投资促进中心答复您的咨询。
        </li>
        <li>
          <strong>预警短信订阅：</strong>手机号码和乡镇。只用于发送您订阅的预警和惠农信息，可以随时退订。
        </li>
      </ul>
      <h2>谁能看到</h2>
      <p>
        只有负责办理的部门和督办人员能看到您的姓名和电话，每次查看和处理都有记录。您同意公开的投诉，公开前会遮盖姓名、电话、身份证号和门牌号，并经工作人员审核。
      </p>
      <h2>照片</h2>
      <p>上传的照片会去除拍摄地点、设备型号等附带信息后保存，只给办理部门查看。</p>
      <h2>保存多久</h2>
      <p>投诉和咨询材料按政务档案管理的规定保存；预警订阅在您退订后停止使用。</p>
      <h2>您的权利</h2>
      <p>
        您可以查询、更正您提交的个人信息，或退订短信。请拨打政务服务便民热线
        <a href={`tel:${site.hotline}`}>{site.hotline}</a>，或通过
        <Link href="/contact">联系我们</Link>
        中的方式联系网站主办单位。
      </p>
    </article>
  );
}
