import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Paginated } from "../../common/api.js";
import { normalizeArabic } from "../../common/arabic.js";
import type { AssociationSummary } from "../../common/associations.js";
import type { Database } from "../../server/db/adapters.js";
import { Prisma } from "../../server/generated/prisma/client.js";
import { nameSearch } from "../../server/modules/associations/directory.js";
import { searchTextOf } from "../../server/modules/associations/profile.js";
import { searchMatch, searchQuery, searchRank } from "../../server/search/query.js";
import { arabicStems, STEM_MARK } from "../../server/search/stems.js";
import { ApiClient } from "./api-client.js";
import { startTestApp, type TestApp } from "./app.js";
import { newMember, unique } from "./associations.js";
import { debateSearchSuite } from "./debate-search-cases.js";

/** The names searched, by key: each one shows a variant the search must see through. */
const names: Record<string, [string, string | null]> = {
  amal: ["جمعية الأمل للتنمية", "Association Al-Amal pour le Développement"],
  centre: ["مركز التنمية", null],
  environment: ["جمعية أصدقاء البيئة", "Amis de l'Environnement"],
  citizenship: ["رابطة المواطنة والحقوق", null],
  youth: ["جَمْعِيَّةُ الشَّبَابِ لِلْمُوَاطَنَةِ", null],
  girls: ["نادي الفتـــيات بالمدينة", null],
  iqra: ["جمعية إقرأ للثقافة", "Ligue Éducation"],
  huda: ["مؤسسة الهدى", null],
  persian: ["جمعیة کرامة", null],
  solidarity: ["جمعية التضامن والبيئة", null],
  house: ["بيت الحكمة", null],
  nest: ["دار البيت", null],
  vision: ["جمعية رؤية ٢٠٣٠", null],
  readers: ["رابطة القراء", "Lecteurs à Fès"],
};

/**
 * What each query finds among the names above. Every Arabic variant appears: the article and the
 * proclitics (و ف ب ك ل, وال، بال، لل), diacritics, tatweel, alef forms, ى/ي, ة/ه, ؤ/ئ, Persian
 * yeh and keheh, Eastern digits; French with and without accents, a hyphen, an apostrophe; quoted
 * phrases in order only.
 */
export const searchCases: [query: string, expected: string[]][] = [
  ["التنمية", ["amal", "centre"]],
  ["تنمية", ["amal", "centre"]],
  ["للتنمية", ["amal", "centre"]],
  ["بالتنمية", ["amal", "centre"]],
  ["البيئة", ["environment", "solidarity"]],
  ["بيئه", ["environment", "solidarity"]],
  ["للبيئة", ["environment", "solidarity"]],
  ["والبيئة", ["environment", "solidarity"]],
  ["المواطنة", ["citizenship", "youth"]],
  ["مواطنة", ["citizenship", "youth"]],
  ["لِلْمُوَاطَنَةِ", ["citizenship", "youth"]],
  ["الحقوق", ["citizenship"]],
  ["الشباب", ["youth"]],
  ["الفتيات", ["girls"]],
  ["المدينة", ["girls"]],
  ["فالمدينة", ["girls"]],
  ["اقرا", ["iqra"]],
  ["آقرأ", ["iqra"]],
  ["الثقافه", ["iqra"]],
  ["الهدي", ["huda"]],
  ["موسسة", ["huda"]],
  ["جمعية كرامة", ["persian"]],
  ["كرامه", ["persian"]],
  ["جمعية البيئة", ["environment", "solidarity"]],
  ["بيت", ["house", "nest"]],
  ["البيت", ["house", "nest"]],
  ["الحكمة", ["house"]],
  ["رؤية 2030", ["vision"]],
  ["٢٠٣٠", ["vision"]],
  ["جمع", ["amal", "environment", "youth", "iqra", "persian", "solidarity", "vision"]],
  ["القراء", ["readers"]],
  ["Al-Amal", ["amal"]],
  ["al amal", ["amal"]],
  ["ALAMAL", ["amal"]],
  ["developpement", ["amal"]],
  ["Développement", ["amal"]],
  ["ÉDUCATION", ["iqra"]],
  ["education", ["iqra"]],
  ["l'environnement", ["environment"]],
  ["environ", ["environment"]],
  ["fes", ["readers"]],
  ["Fès lecteurs", ["readers"]],
  ['"جمعية الأمل"', ["amal"]],
  ['"الأمل جمعية"', []],
  ["«أصدقاء البيئة»", ["environment"]],
  ["“التضامن والبيئة”", ["solidarity"]],
  ['"جمعية البي"', []],
  ['"جمعية امل"', []],
  ['"جمعيه الامل"', ["amal"]],
  ["التنمية البيئة", []],
  ["%", []],
  ["_", []],
  ["غابة", []],
];

/** Words in many inflections, with and without their article and proclitics, and every letter form. */
const stemmedWords = `المواطنة مواطنة للمواطنة المواطنون مواطنين مواطن التنمية تنمية للتنمية بالتنمية الجمعيات جمعيات
  جمعية الجمعية النقاش نقاشات المناقشة الحوار حوارات الديمقراطية ديمقراطي الديمقراطيون المشاركة مشاركة المشاركين
  يشاركون شارك الشباب شابات الحقوق حقوقية البيئة بيئي البيئية الاقتراحات اقتراح مقترحات المجتمع المجتمعات مجتمعية
  المدني المدنية كتاب الكتب كتابة يكتبون التعليم تعليمية المدارس مدرسة أحمد إسلام آمال مؤسسة رئيس مستشفى هدى فالمدينة
  وبالمواطنة كالمواطن سيكتبون ويكتبون تكتبين الاستشارة استشارات المرأة النساء العدالة الاجتماعية`;

/** The search table run against one kind of database, through the column and the directory. */
export function searchSuite(label: string, open: () => Promise<Database> | Database) {
  describe(`Arabic-aware search (${label})`, () => {
    let app: TestApp;
    const ids = new Map<string, string>();
    const tag = unique();

    beforeAll(async () => {
      app = await startTestApp(await open());
      for (const [key, [nameAr, nameFr]] of Object.entries(names)) {
        const row = await app.db.association.create({
          data: {
            slug: `search-${key}-${tag}`,
            nameAr,
            nameFr,
            city: "فاس",
            regionCode: "MA-03",
            nationalScope: false,
            voluntary: true,
            nonProfit: true,
            nonPolitical: true,
            status: "active",
            memberSince: new Date(),
            searchText: searchTextOf(nameAr, nameFr),
          },
        });
        ids.set(row.id, key);
      }
    });
    afterAll(async () => {
      await app?.db.association.deleteMany({ where: { id: { in: [...ids.keys()] } } });
      await app?.close();
    });

    it.each(searchCases)("%s finds %j", async (query, expected) => {
      const rows = await app.db.association.findMany({
        where: { AND: [await nameSearch(app.db, query), { id: { in: [...ids.keys()] } }] },
        select: { id: true },
      });
      expect(rows.map((row) => ids.get(row.id)).sort()).toEqual([...expected].sort());
    });

    // Ties are broken by name, descending: the expected order is never the order of a tie.
    it.each([
      ["التنمية", ["centre", "amal"]],
      ["بيت", ["house", "nest"]],
    ])("ranks a word found as written first: %s", async (typed, expected) => {
      const query = searchQuery(typed)!;
      const vector = Prisma.sql`search_vector`;
      const rows = await app.db.$queryRaw<{ id: string }[]>`
        SELECT id FROM associations
        WHERE ${searchMatch(vector, query)} AND id = ANY(${[...ids.keys()]}::uuid[])
        ORDER BY ${searchRank(vector, query)} DESC, name_ar DESC`;
      expect(rows.map((row) => ids.get(row.id))).toEqual(expected);
    });

    it("stems Arabic words as this database's own arabic_stem dictionary does", async () => {
      const words = stemmedWords.split(/\s+/);
      const rows = await app.db.$queryRaw<{ word: string; stem: string[] | null }[]>`
        SELECT word, ts_lexize('arabic_stem', word) AS stem FROM unnest(${words}::text[]) AS word`;
      expect(rows).toHaveLength(words.length);
      for (const { word, stem } of rows) {
        expect([word, arabicStems(word)]).toEqual([word, [`${STEM_MARK}${normalizeArabic(stem?.[0] ?? word)}`]]);
      }
    });

    it("the public directory searches the same way", async () => {
      const client = new ApiClient(app.url);
      const answer = await client.get<Paginated<AssociationSummary>>(
        `/api/associations?q=${encodeURIComponent("التنمية")}&pageSize=50`,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data!.items.filter((item) => ids.has(item.id)).map((item) => ids.get(item.id))).toEqual([
        "amal",
        "centre",
      ]);
    });

    it("a % or _ in a city or a query is a character, not a wildcard", async () => {
      const client = new ApiClient(app.url);
      for (const city of ["%", "_%", "فا_", "%س"]) {
        const answer = await client.get<Paginated<AssociationSummary>>(
          `/api/associations?city=${encodeURIComponent(city)}`,
        );
        expect(answer.status).toBe(200);
        expect(answer.body.data!.total).toBe(0);
      }
      const fes = await client.get<Paginated<AssociationSummary>>(
        `/api/associations?city=${encodeURIComponent("فاس")}&pageSize=50`,
      );
      expect(fes.body.data!.items.filter((item) => ids.has(item.id))).toHaveLength(ids.size);
      const percent = await client.get<Paginated<AssociationSummary>>("/api/associations?q=%25");
      expect(percent.body.data!.total).toBe(0);
    });

    it("the accounts search takes % and _ as characters", async () => {
      const admin = await newMember(app, { role: "admin" });
      for (const q of ["%", "_", "%%"]) {
        const answer = await admin.client.get<Paginated<unknown>>(`/api/admin/users?q=${encodeURIComponent(q)}`);
        expect(answer.status).toBe(200);
        expect(answer.body.data!.total).toBe(0);
      }
      const found = await admin.client.get<Paginated<{ email: string }>>(
        `/api/admin/users?q=${encodeURIComponent(admin.email.slice(0, 14))}`,
      );
      expect(found.body.data!.items.map((user) => user.email)).toContain(admin.email);
    });

    debateSearchSuite(() => app);
  });
}
