// Search latency of the embedded backend over N generated Chinese documents (policies, notices,
// service guides, warnings, projects, cases, products with realistic government vocabulary).
// Fills a throwaway database with bulk INSERTs, then times the search the /search page runs
// (counts per kind + one ranked page of 10) for a mix of realistic queries. Figures, not pass/fail.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/wt_search npx tsx --conditions=react-server bench/search/search-latency.mts --docs 100000
// With DATABASE_URL the bench creates its own database beside it and drops it at the end. Without
// it, an in-memory PGlite.
import { isPostgresUrl, openDatabase } from "../../lib/db-adapter";
import { installDatabase } from "../../lib/db";
import { applyMigrations } from "../../lib/migrate";
import { openThrowawayDatabase } from "../throwaway-database";
import { Prisma } from "../../generated/prisma/client";
import { createEmbeddedBackend } from "../../lib/search/embedded-backend";
import { indexTermsText, titleTermsText } from "../../lib/search/tokenize";
import { SEARCH_KINDS, type SearchKind } from "../../lib/search/search-types";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const docs = arg("--docs", 100_000);
const rounds = arg("--rounds", 20);
const url = process.env.DATABASE_URL;
/** Keep the filled database for EXPLAIN (PostgreSQL only); its name is printed. */
const keep = process.argv.includes("--keep");
/** Search a database filled by an earlier `--keep` run (DATABASE_URL names it): no generating. */
const existing = process.argv.includes("--existing");

// A seeded generator, so every run searches the same corpus.
let seed = 20261124;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

const TOWNS = ["城关镇", "清溪镇", "石门乡", "白沙镇", "龙泉乡", "桃源镇", "新桥镇", "高坪乡", "河口镇", "双龙乡", "青山镇", "柳林乡"];
const DEPTS = ["县民政局", "县医疗保障局", "县人力资源和社会保障局", "县农业农村局", "县市场监督管理局", "县住房和城乡建设局", "县自然资源局", "县应急管理局", "县卫生健康局", "县教育局", "县商务局", "县财政局"];
const TOPICS = [
  "城乡居民基本养老保险", "城乡居民基本医疗保险", "农村最低生活保障", "城市最低生活保障", "特困人员救助供养", "临时救助", "住房公积金提取",
  "住房公积金贷款", "营业执照办理", "个体工商户登记", "食品经营许可", "农机购置补贴", "耕地地力保护补贴", "生猪养殖补贴", "高标准农田建设",
  "农村危房改造", "残疾人两项补贴", "高龄津贴", "退役军人优待", "义务教育学生资助", "创业担保贷款", "就业技能培训", "失业保险金申领",
  "工伤保险待遇", "生育保险待遇", "不动产登记", "宅基地审批", "林权登记", "河道采砂管理", "森林防火", "防汛抗旱", "地质灾害防治",
  "安全生产检查", "燃气安全排查", "道路交通安全", "柑橘产业发展", "茶叶品牌建设", "乡村旅游", "电子商务进农村", "农产品质量安全",
  "招商引资优惠", "工业园区标准厂房", "新能源项目", "冷链物流中心", "污水处理设施", "农村人居环境整治", "饮水安全工程", "老旧小区改造",
];
const TITLE_FORMS = [
  (t: string) => `桐川县${t}实施办法`,
  (t: string) => `关于做好${2024 + Math.floor(rand() * 4)}年度${t}工作的通知`,
  (t: string) => `${t}办事指南`,
  (t: string) => `${pick(TOWNS)}${t}情况公示`,
  (t: string) => `关于进一步加强${t}的意见`,
  (t: string) => `${pick(DEPTS)}${t}政策解读`,
  (t: string) => `${t}申请`,
  (t: string) => `桐川县${t}项目招商公告`,
];
const SENTENCES = [
  (t: string) => `为切实做好${t}工作，根据有关法律法规，结合本县实际，制定本办法。`,
  (t: string) => `申请人应当向户籍所在地${pick(TOWNS)}便民服务中心提出书面申请，并提交居民身份证、户口簿等材料。`,
  () => `${pick(DEPTS)}自受理之日起${5 + Math.floor(rand() * 25)}个工作日内完成审核，并在村（居）务公开栏公示7日。`,
  (t: string) => `${t}所需资金由县财政统筹安排，按月足额发放到户。`,
  () => `咨询电话：0000-${1000000 + Math.floor(rand() * 8999999)}（工作日上午8:30-12:00，下午14:30-17:30）。`,
  () => `各乡镇人民政府要高度重视，明确责任分工，确保各项措施落到实处。`,
  (t: string) => `对弄虚作假骗取${t}待遇的，依法追回并追究相关责任。`,
  () => `本办法自${2024 + Math.floor(rand() * 4)}年${1 + Math.floor(rand() * 12)}月1日起施行。`,
  () => `群众可通过手机银行、微信或到村（社区）便民服务站办理，也可拨打12345政务服务便民热线。`,
  (t: string) => `${pick(TOWNS)}${pick(["桃花村", "王家湾村", "新华村", "红星村", "杨柳村"])}开展${t}入户走访，共核查${10 + Math.floor(rand() * 300)}户。`,
];

function generate(i: number) {
  const kind: SearchKind = pick(SEARCH_KINDS);
  const topic = pick(TOPICS);
  const title = pick(TITLE_FORMS)(topic);
  const count = 3 + Math.floor(rand() * 6);
  const body = Array.from({ length: count }, () => pick(SENTENCES)(rand() < 0.6 ? topic : pick(TOPICS))).join("");
  const publishedAt = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 4 * 365 * 86_400_000));
  return { id: `bench-${i}`, kind, title, body, url: `/policies/bench-${i}`, publishedAt, titleTerms: titleTermsText(title), bodyTerms: indexTermsText(body) };
}

const QUERIES = [
  "医保", "低保", "社保", "公积金", "营业执照", "养老保险", "老保", "最低生活保障", "农机补贴", "柑橘", "不动产登记", "残疾人 补贴",
  "防汛", "招商 厂房", "创业担保贷款", "食品经营许可", "清溪镇 公示", "失业保险金", "宅基地", "燃气安全", "冷链物流", "义务教育 资助",
  "12345", "新能源项目", "高龄津贴", "量子计算",
  // As citizens type: questions, typos, traditional characters, pinyin, years, places, English.
  "低保怎么申请", "去哪里办营业执照", "底保", "营业直照", "醫保", "yibao", "yyzz", "2027年医保", "石门乡滑坡", "柑橘 无人机", "park",
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// --existing searches the database DATABASE_URL names as it is; otherwise a throwaway one.
const { prisma, name, dispose } =
  existing && isPostgresUrl(url) ? await openExistingDatabase(url!) : await openThrowawayDatabase("portal_bench_search", { keep });

async function openExistingDatabase(existingUrl: string) {
  const db = openDatabase({ kind: "postgres", url: existingUrl });
  await applyMigrations(db);
  return { prisma: installDatabase(db), name: null, dispose: () => db.close() };
}

try {
  console.log(`database: ${existing ? `existing ${url}` : isPostgresUrl(url) ? `PostgreSQL (${name}${keep ? ", kept" : ", dropped at the end"})` : "PGlite in memory"}; documents: ${docs}`);

  let started = performance.now();
  const CHUNK = existing ? Infinity : 1000;
  let generatingMs = 0;
  for (let from = 0; !existing && from < docs; from += CHUNK) {
    const g0 = performance.now();
    const rows = Array.from({ length: Math.min(CHUNK, docs - from) }, (_, k) => generate(from + k));
    generatingMs += performance.now() - g0;
    await prisma.$executeRaw`
      INSERT INTO "SearchDocument" ("docType", "docId", "kind", "title", "body", "url", "publishedAt", "titleTerms", "bodyTerms")
      VALUES ${Prisma.join(rows.map((r) => Prisma.sql`('content', ${r.id}, ${r.kind}, ${r.title}, ${r.body}, ${r.url}, ${r.publishedAt}, ${r.titleTerms}, ${r.bodyTerms})`))}`;
  }
  await prisma.$executeRawUnsafe(`ANALYZE "SearchDocument"`);
  if (!existing) console.log(`generated and inserted ${docs} documents in ${((performance.now() - started) / 1000).toFixed(1)} s (of which tokenizing ${(generatingMs / 1000).toFixed(1)} s)`);

  const backend = createEmbeddedBackend();
  // Warm-up: one pass over the queries.
  for (const q of QUERIES) await backend.search({ query: q, page: 1, pageSize: 10 });

  const all: number[] = [];
  const perQuery = new Map<string, { times: number[]; total: number }>();
  started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      const result = await backend.search({ query: q, page: 1 + (r % 3), pageSize: 10 });
      const ms = performance.now() - t0;
      all.push(ms);
      const entry = perQuery.get(q) ?? { times: [], total: result.total };
      entry.times.push(ms);
      perQuery.set(q, entry);
    }
  }
  const wall = performance.now() - started;
  all.sort((a, b) => a - b);
  console.log(`\n${all.length} searches (${QUERIES.length} queries × ${rounds} rounds, pages 1-3, facet counts + one page of 10) in ${(wall / 1000).toFixed(1)} s`);
  console.log(`latency  p50 ${percentile(all, 50).toFixed(1)} ms   p95 ${percentile(all, 95).toFixed(1)} ms   p99 ${percentile(all, 99).toFixed(1)} ms   max ${all[all.length - 1].toFixed(1)} ms`);
  console.log(`\n${"query".padEnd(16)} ${"matches".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
  for (const [q, { times, total }] of perQuery) {
    times.sort((a, b) => a - b);
    console.log(`${q.padEnd(16 - [...q].filter((c) => c.charCodeAt(0) > 255).length)} ${String(total).padStart(8)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}`);
  }
} finally {
  await dispose();
}
