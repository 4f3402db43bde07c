import type { Tx } from "../../db/client.js";

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The programme as the register records it (Markdown): its title, period and introduction, then each
 * adopted axis with its actions, their leads (by name), dates, budget and indicators.
 */
export async function programmeMarkdown(tx: Tx, id: string): Promise<string> {
  const programme = await tx.programme.findUniqueOrThrow({
    where: { id },
    include: {
      axes: {
        where: { state: "adopted" },
        orderBy: { position: "asc" },
        include: { actions: { orderBy: { position: "asc" } } },
      },
    },
  });
  const leadIds = [...new Set(programme.axes.flatMap((axis) => axis.actions.flatMap((a) => a.leadAssociationIds)))];
  const names = new Map(
    (await tx.association.findMany({ where: { id: { in: leadIds } }, select: { id: true, nameAr: true } })).map(
      (association) => [association.id, association.nameAr],
    ),
  );
  const lines = [`# ${programme.title}`, "", `الفترة: ${dayOf(programme.periodStart)} – ${dayOf(programme.periodEnd)}`];
  if (programme.introductionMd) lines.push("", programme.introductionMd);
  for (const [a, axis] of programme.axes.entries()) {
    lines.push("", `## المحور ${a + 1}: ${axis.title}`);
    if (axis.descriptionMd) lines.push("", axis.descriptionMd);
    for (const [n, action] of axis.actions.entries()) {
      lines.push("", `### ${a + 1}.${n + 1} ${action.title}`, "", `- الهدف: ${action.objective}`);
      lines.push(`- الجمعيات المكلفة: ${action.leadAssociationIds.map((lead) => names.get(lead) ?? lead).join("، ")}`);
      if (action.partners) lines.push(`- الشركاء: ${action.partners}`);
      lines.push(`- المدة: ${dayOf(action.startDate)} – ${dayOf(action.endDate)}`);
      if (action.budget !== null) lines.push(`- الميزانية التقديرية: ${action.budget} درهم`);
      if (action.indicators.length > 0) lines.push(`- المؤشرات: ${action.indicators.join("؛ ")}`);
    }
  }
  return lines.join("\n");
}
