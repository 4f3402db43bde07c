import type { AssemblyDetail, AssemblyInput } from "../../common/assemblies.js";
import type { Db } from "../../server/db/client.js";
import type { ApiClient } from "./api-client.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** An assembly's details and agenda, dated `days` ahead (past the convocation's notice by default). */
export function assemblyInput(overrides: Partial<AssemblyInput> = {}, days = 30): AssemblyInput {
  return {
    kind: "ordinary",
    title: "الجمع العام العادي",
    scheduledAt: new Date(Date.now() + days * DAY_MS).toISOString(),
    place: "دار الجمعيات، الرباط",
    onlineUrl: null,
    items: [
      { title: "التقرير الأدبي", type: "report" },
      { title: "برنامج العمل", type: "programme" },
      { title: "تعديل النظام الأساسي", type: "statutes" },
    ],
    ...overrides,
  };
}

/** A moderator drafts an assembly and, unless `draft`, convenes it. */
export async function convenedAssembly(
  moderator: ApiClient,
  overrides: Partial<AssemblyInput> = {},
  options: { draft?: boolean } = {},
): Promise<AssemblyDetail> {
  const created = await moderator.post<AssemblyDetail>("/api/assemblies", assemblyInput(overrides));
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  if (options.draft) return created.body.data!;
  const convened = await moderator.post<AssemblyDetail>(`/api/assemblies/${created.body.data!.id}/convene`, {});
  if (convened.status !== 200) throw new Error(`convene failed: ${JSON.stringify(convened.body)}`);
  return convened.body.data!;
}

/** The assembly's day comes: its date moves to an hour from now (check-in and the opening are possible). */
export async function dayArrives(db: Db, assemblyId: string): Promise<void> {
  await db.assembly.update({ where: { id: assemblyId }, data: { scheduledAt: new Date(Date.now() + 60 * 60 * 1000) } });
}
