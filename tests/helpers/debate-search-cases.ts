import { beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import type { SearchHit, SearchResults } from "../../common/search.js";
import { Prisma } from "../../server/generated/prisma/client.js";
import { renderMarkdown } from "../../server/markdown/render.js";
import {
  type ParsedSearchQuery,
  RANKED_MATCHES,
  searchDebates,
  searchQuerySchema,
} from "../../server/modules/debates/search.js";
import { searchDocument } from "../../server/search/document.js";
import { searchMatch, searchQuery } from "../../server/search/query.js";
import { ApiClient } from "./api-client.js";
import type { TestApp } from "./app.js";
import { unique } from "./associations.js";

type Stance = "for" | "against" | "neutral" | "question";

/** Replies of the first debate, by key: each one shows a variant search must see through. */
const replies: Record<string, [Stance, string]> = {
  citizenship: ["for", "نحتاج إلى تعزيز **المواطنة** في الأحياء الشعبية"],
  citizens: ["against", "المواطنون شركاء في القرار، لا متفرجون"],
  forCitizenship: ["neutral", "هذه فرصة حقيقية للمواطنة الفاعلة"],
  diacritics: ["for", "الحِوَارُ أَسَاسُ الدِّيمُقْرَاطِيَّةِ"],
  tatweel: ["question", "أين الشبـــاب من المشاركة؟"],
  alefHamzaBelow: ["for", "إصلاح التعليم أولوية قصوى"],
  alefMadda: ["against", "آفاق الإصلاح ضيقة"],
  alefWasla: ["neutral", "ٱلتضامن قيمة مشتركة"],
  maqsura: ["question", "متى يفتح مستشفى الحي؟"],
  haForTa: ["for", "جمعيه البيئه تنظم حملة نظافة"],
  hamzaOnWaw: ["against", "مسؤولية الجماعة واضحة"],
  hamzaOnYa: ["neutral", "رئيس المجلس غائب"],
  proclitics: ["for", "وبالتنمية نبني، فالعدالة قبل كل شيء، كالمدرسة للجميع"],
  french: ["neutral", "La participation des Femmes à la Décision locale"],
  phrase: ["for", "لا تنمية دون العدالة الاجتماعية"],
};

/** What each query finds: `debate:<key>` for a debate, a reply's key otherwise. */
export const debateSearchCases: [query: string, expected: string[]][] = [
  ["المواطنة", ["debate:arabic", "citizenship", "citizens", "forCitizenship"]],
  ["مواطنة", ["debate:arabic", "citizenship", "citizens", "forCitizenship"]],
  ["للمواطنة", ["debate:arabic", "citizenship", "citizens", "forCitizenship"]],
  ["المواطنين", ["debate:arabic", "citizenship", "citizens", "forCitizenship"]],
  ["مُوَاطَنَة", ["debate:arabic", "citizenship", "citizens", "forCitizenship"]],
  ["حوار", ["diacritics"]],
  ["الحوار", ["diacritics"]],
  ["الديمقراطية", ["diacritics"]],
  ["الشباب", ["tatweel"]],
  ["الشبـاب", ["tatweel"]],
  ["اصلاح", ["alefHamzaBelow", "alefMadda"]],
  ["الإصلاح", ["alefHamzaBelow", "alefMadda"]],
  ["افاق", ["alefMadda"]],
  ["التضامن", ["alefWasla"]],
  ["مستشفي", ["maqsura"]],
  ["مستشفى", ["maqsura"]],
  ["جمعية البيئة", ["haForTa"]],
  ["البيئه", ["haForTa"]],
  ["مسوولية", ["hamzaOnWaw"]],
  ["المسؤولية", ["hamzaOnWaw"]],
  ["رييس", ["hamzaOnYa"]],
  ["التنمية", ["proclitics", "phrase"]],
  ["بالتنمية", ["proclitics", "phrase"]],
  ["والعدالة", ["proclitics", "phrase"]],
  ["المدرسة", ["proclitics"]],
  ["للمدرسة", ["proclitics"]],
  ["participation", ["debate:french", "french"]],
  ["femmes", ["debate:french", "french"]],
  ["decision", ["french"]],
  ["DÉCISION", ["french"]],
  ["société civile", ["debate:french"]],
  ['"العدالة الاجتماعية"', ["phrase"]],
  ['"الاجتماعية العدالة"', []],
  ["«الحوار أساس»", ["diacritics"]],
  ["سرية", []],
  ["محذوفة", []],
  ["مخفي", []],
  ["%", []],
  ["غابة", []],
];

/**
 * Debates and replies searched on one database: every variant the search sees through, filters,
 * paging, ranking, excerpts, and what is never found (hidden, deleted, in a hidden debate).
 */
export function debateSearchSuite(getApp: () => TestApp) {
  describe("debates and replies", () => {
    let app: TestApp;
    const tag = unique();
    const keys = new Map<string, string>();
    const ids: Record<string, string> = {};
    let categorySlug = "";
    let otherCategorySlug = "";

    beforeAll(async () => {
      app = getApp();
      const db = app.db;
      const [ahmed, salma] = await Promise.all(
        ["أحمد الباحث", "سلمى الناشطة"].map((name, i) =>
          db.user.create({ data: { email: `search-${i}-${tag}@test.example`, name, passwordHash: "x" } }),
        ),
      );
      ids.ahmed = ahmed!.id;
      ids.salma = salma!.id;
      const association = await db.association.create({
        data: {
          slug: `search-debates-${tag}`,
          nameAr: "جمعية الحوار المدني",
          city: "فاس",
          regionCode: "MA-03",
          nationalScope: false,
          voluntary: true,
          nonProfit: true,
          nonPolitical: true,
          status: "active",
          memberSince: new Date(),
          searchText: searchDocument("جمعية الحوار المدني"),
        },
      });
      ids.association = association.id;
      categorySlug = `search-${tag}`;
      otherCategorySlug = `search-other-${tag}`;
      const [category, other] = await Promise.all(
        [categorySlug, otherCategorySlug].map((slug, position) =>
          db.debateCategory.create({ data: { slug, nameAr: "المشاركة المدنية", position } }),
        ),
      );
      const debate = (
        key: string,
        title: string,
        bodyMd: string,
        data: { categoryId?: string; authorId?: string; status?: "open" | "closed"; hidden?: boolean } = {},
      ) =>
        db.debate
          .create({
            data: {
              title,
              bodyMd,
              bodyHtml: renderMarkdown(bodyMd),
              authorId: data.authorId ?? ahmed!.id,
              categoryId: data.categoryId ?? category!.id,
              status: data.status ?? "open",
              hiddenAt: data.hidden ? new Date() : null,
              searchText: searchDocument(title, bodyMd),
              createdAt: new Date("2026-03-10T12:00:00Z"),
            },
          })
          .then((row) => {
            keys.set(row.id, `debate:${key}`);
            ids[`debate:${key}`] = row.id;
            return row;
          });
      const arabic = await debate("arabic", "المواطنة الفاعلة في الأحياء", "كيف نجعل المواطنة ممارسة يومية؟");
      await debate("french", "La société civile et la participation", "Quelle place pour les femmes ?", {
        categoryId: other!.id,
        authorId: salma!.id,
        status: "closed",
      });
      const hiddenDebate = await debate("hidden", "نقاش مخفي", "نص عن المواطنة لا يظهر", { hidden: true });
      let seq = 0;
      const reply = (
        key: string,
        debateId: string,
        stance: Stance,
        bodyMd: string,
        data: { hidden?: boolean; deleted?: boolean; authorId?: string; associationId?: string; createdAt?: Date } = {},
      ) => {
        seq += 1;
        return db.debateReply
          .create({
            data: {
              debateId,
              seq,
              depth: 0,
              path: seq.toString(36).padStart(6, "0"),
              stance,
              bodyMd,
              bodyHtml: renderMarkdown(bodyMd),
              authorId: data.authorId ?? salma!.id,
              associationId: data.associationId ?? null,
              hiddenAt: data.hidden ? new Date() : null,
              deletedAt: data.deleted ? new Date() : null,
              searchText: searchDocument(bodyMd),
              createdAt: data.createdAt ?? new Date("2026-03-15T12:00:00Z"),
            },
          })
          .then((row) => {
            keys.set(row.id, key);
            ids[key] = row.id;
          });
      };
      for (const [key, [stance, body]] of Object.entries(replies)) {
        await reply(key, arabic.id, stance, body, {
          authorId: key === "proclitics" ? ahmed!.id : undefined,
          associationId: key === "citizens" ? association.id : undefined,
          createdAt: key === "citizenship" ? new Date("2026-04-02T00:30:00Z") : undefined,
        });
      }
      await reply("hiddenReply", arabic.id, "for", "رسالة سرية عن المواطنة", { hidden: true });
      await reply("deletedReply", arabic.id, "against", "رسالة محذوفة عن المواطنة", { deleted: true });
      await reply("inHiddenDebate", hiddenDebate.id, "for", "رد سري على نقاش مخفي");
    });

    const search = (query: Partial<Record<keyof ParsedSearchQuery, string>>) =>
      searchDebates(app.db, searchQuerySchema.parse({ category: "", pageSize: "50", ...query }));
    const found = (answer: Paginated<SearchHit>) =>
      answer.items.map((hit) => keys.get(hit.replyId ?? hit.debateId) ?? `unknown:${hit.title}`);
    // Both categories: the queries are run over these rows only.
    const mine = async (query: Partial<Record<keyof ParsedSearchQuery, string>>) => {
      const [first, second] = await Promise.all([
        search({ ...query, category: categorySlug }),
        search({ ...query, category: otherCategorySlug }),
      ]);
      return [...found(first), ...found(second)];
    };

    it.each(debateSearchCases)("%s finds %j", async (q, expected) => {
      expect((await mine({ q })).sort()).toEqual([...expected].sort());
    });

    it("ranks a word found as written before its other inflections", async () => {
      const order = await mine({ q: "المواطنون" });
      expect(order[0]).toBe("citizens");
    });

    it("filters by kind, author, association, status and day (Morocco's)", async () => {
      expect((await mine({ q: "المواطنة", type: "debates" })).sort()).toEqual(["debate:arabic"]);
      expect((await mine({ q: "المواطنة", type: "replies" })).sort()).toEqual(
        ["citizens", "citizenship", "forCitizenship"].sort(),
      );
      expect(await mine({ q: "المواطنة", author: ids.ahmed })).toEqual(["debate:arabic"]);
      expect(await mine({ q: "التنمية", author: ids.ahmed })).toEqual(["proclitics"]);
      expect(await mine({ q: "المواطنة", association: ids.association })).toEqual(["citizens"]);
      // The debate's status, for a reply too (the French reply is in the open Arabic debate).
      expect(await mine({ q: "participation", status: "closed" })).toEqual(["debate:french"]);
      expect(await mine({ q: "participation", status: "open" })).toEqual(["french"]);
      expect(await mine({ q: "participation", status: "locked" })).toEqual([]);
      // 2026-04-02T00:30Z is 01:30 on 2 April in Casablanca (UTC+1): that day, not the 1st.
      expect(await mine({ q: "المواطنة", from: "2026-04-02" })).toEqual(["citizenship"]);
      expect(await mine({ q: "المواطنة", from: "٢٠٢٦-٠٤-٠٢", to: "2026-04-02" })).toEqual(["citizenship"]);
      expect((await mine({ q: "المواطنة", to: "2026-04-01" })).sort()).toEqual(
        ["debate:arabic", "citizens", "forCitizenship"].sort(),
      );
      expect(await mine({ q: "المواطنة", from: "2026-04-03" })).toEqual([]);
    });

    it("pages the hits in rank order, with the total on every page", async () => {
      const all = await search({ q: "المواطنة", category: categorySlug });
      const pages = await Promise.all(
        [1, 2, 3].map((page) => search({ q: "المواطنة", category: categorySlug, pageSize: "2", page: String(page) })),
      );
      expect(pages.map((page) => page.total)).toEqual([4, 4, 4]);
      expect(pages.flatMap(found)).toEqual(found(all));
      expect(pages[2]!.items).toEqual([]);
    });

    it("answers with the debate's title, the excerpt marked, the stance and the author", async () => {
      const [hit] = (await search({ q: "المواطنون", category: categorySlug, type: "replies" })).items;
      expect(hit).toMatchObject({
        type: "reply",
        debateId: ids["debate:arabic"],
        replyId: ids.citizens,
        title: "المواطنة الفاعلة في الأحياء",
        stance: "against",
        status: "open",
        author: { id: ids.salma, name: "سلمى الناشطة" },
        association: { id: ids.association, nameAr: "جمعية الحوار المدني" },
        category: { slug: categorySlug },
      });
      expect(hit!.excerptHtml).toBe("<mark>المواطنون</mark> شركاء في القرار، لا متفرجون");
      const [bold] = (await search({ q: "تعزيز", category: categorySlug })).items;
      // Markdown is read as its text: the emphasis is gone, the words are marked.
      expect(bold!.excerptHtml).toBe("نحتاج إلى <mark>تعزيز</mark> المواطنة في الأحياء الشعبية");
    });

    it("matches through the GIN index of each search vector (the plan, sequential scans off)", async () => {
      const query = searchQuery("المواطنة الفاعلة")!;
      for (const table of ["debates", "debate_replies"]) {
        const plan = await app.db.$transaction(async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
          return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
            EXPLAIN SELECT id FROM ${Prisma.raw(table)} WHERE ${searchMatch(Prisma.sql`search_vector`, query)}`;
        });
        expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain(
          `Bitmap Index Scan on ${table}_search_vector_idx`,
        );
      }
    });

    it("counts a common word up to RANKED_MATCHES, says there are more, and ranks its newest", async () => {
      // RANKED_MATCHES + 5 replies with the same word, in a debate of their own: 5 on one day, the
      // others on a later day, a second apart (the newest last).
      const bodyMd = "زراعة الزعفران في تالوين";
      const debate = await app.db.debate.create({
        data: {
          title: "مواسم الفلاحة",
          bodyMd: "نقاش عن الفلاحة",
          bodyHtml: renderMarkdown("نقاش عن الفلاحة"),
          authorId: ids.ahmed!,
          searchText: searchDocument("مواسم الفلاحة", "نقاش عن الفلاحة"),
        },
      });
      const many = RANKED_MATCHES + 5;
      await app.db.$executeRaw`
        INSERT INTO debate_replies (id, debate_id, seq, depth, path, stance, body_md, body_html, author_id,
          search_text, created_at, updated_at)
        SELECT gen_random_uuid(), ${debate.id}::uuid, g, 0, lpad(to_hex(g), 6, '0'), 'for'::debate_stance,
          ${bodyMd}, ${renderMarkdown(bodyMd)}, ${ids.salma}::uuid, ${searchDocument(bodyMd)}, at, at
        FROM generate_series(1, ${many}) g,
          LATERAL (SELECT CASE WHEN g <= 5 THEN timestamptz '2026-01-10T12:00:00Z' + make_interval(secs => g)
            ELSE timestamptz '2026-02-10T12:00:00Z' + make_interval(secs => g) END AS at) t`;
      const newest = await app.db.debateReply.findFirstOrThrow({ where: { debateId: debate.id, seq: many } });
      const oldest = await app.db.debateReply.findMany({ where: { debateId: debate.id, seq: { lte: 5 } } });

      const first = await search({ q: "الزعفران" });
      expect(first).toMatchObject({ total: RANKED_MATCHES, totalCapped: true });
      expect(first.items[0]!.replyId).toBe(newest.id);
      // Past the ranked matches: nothing more, the same capped total.
      const past = await search({ q: "الزعفران", page: String(RANKED_MATCHES / 50 + 1) });
      expect(past).toMatchObject({ items: [], total: RANKED_MATCHES, totalCapped: true });
      // The five oldest are not among the newest RANKED_MATCHES; a filter that narrows to them finds
      // them, counted exactly.
      const older = await search({ q: "الزعفران", to: "2026-01-10" });
      expect(older).toMatchObject({ total: 5, totalCapped: false });
      expect(older.items.map((hit) => hit.replyId).sort()).toEqual(oldest.map((reply) => reply.id).sort());
      const pages = await Promise.all(
        Array.from({ length: RANKED_MATCHES / 50 }, (_, i) => search({ q: "الزعفران", page: String(i + 1) })),
      );
      const shown = new Set(pages.flatMap((page) => page.items.map((hit) => hit.replyId)));
      expect(shown.size).toBe(RANKED_MATCHES);
      for (const reply of oldest) expect(shown.has(reply.id)).toBe(false);
    });

    it("is served at GET /api/search to anyone, and refuses a bad query naming the field", async () => {
      const client = new ApiClient(app.url);
      const answer = await client.get<SearchResults>(
        `/api/search?q=${encodeURIComponent("المواطنة")}&category=${categorySlug}&type=replies`,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data).toMatchObject({ total: 3, totalCapped: false });
      for (const bad of ["", "q=", `q=x&type=posts`, `q=x&from=2026-13-45`, `q=x&author=nobody`, `q=x&pageSize=500`]) {
        const refused = await client.get(`/api/search?${bad}`);
        expect(refused.status).toBe(400);
        expect(refused.body.error?.code).toBe("VALIDATION_FAILED");
      }
    });
  });
}
