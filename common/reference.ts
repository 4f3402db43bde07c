/** Reference data: regions and fields of action (`/api/reference`, `/api/admin/fields`). */

/** One of Morocco's twelve regions (2015 division). `code` is its ISO 3166-2 code; names are for display. */
export type Region = { code: RegionCode; nameAr: string; nameFr: string };

export type RegionCode =
  | "MA-01"
  | "MA-02"
  | "MA-03"
  | "MA-04"
  | "MA-05"
  | "MA-06"
  | "MA-07"
  | "MA-08"
  | "MA-09"
  | "MA-10"
  | "MA-11"
  | "MA-12";

/** The twelve regions, in their official order. The database holds the same rows (migration). */
export const regions: readonly Region[] = [
  { code: "MA-01", nameAr: "طنجة - تطوان - الحسيمة", nameFr: "Tanger-Tétouan-Al Hoceïma" },
  { code: "MA-02", nameAr: "الشرق", nameFr: "L'Oriental" },
  { code: "MA-03", nameAr: "فاس - مكناس", nameFr: "Fès-Meknès" },
  { code: "MA-04", nameAr: "الرباط - سلا - القنيطرة", nameFr: "Rabat-Salé-Kénitra" },
  { code: "MA-05", nameAr: "بني ملال - خنيفرة", nameFr: "Béni Mellal-Khénifra" },
  { code: "MA-06", nameAr: "الدار البيضاء - سطات", nameFr: "Casablanca-Settat" },
  { code: "MA-07", nameAr: "مراكش - آسفي", nameFr: "Marrakech-Safi" },
  { code: "MA-08", nameAr: "درعة - تافيلالت", nameFr: "Drâa-Tafilalet" },
  { code: "MA-09", nameAr: "سوس - ماسة", nameFr: "Souss-Massa" },
  { code: "MA-10", nameAr: "كلميم - واد نون", nameFr: "Guelmim-Oued Noun" },
  { code: "MA-11", nameAr: "العيون - الساقية الحمراء", nameFr: "Laâyoune-Sakia El Hamra" },
  { code: "MA-12", nameAr: "الداخلة - وادي الذهب", nameFr: "Dakhla-Oued Ed-Dahab" },
];

export const regionCodes = regions.map((region) => region.code) as [RegionCode, ...RegionCode[]];

/** A field of action (social, environment, ...). Admins add, rename and deactivate them. */
export type FieldOfAction = { id: string; code: string; nameAr: string; nameFr: string; active: boolean };

export type FieldCreateInput = { code?: string; nameAr: string; nameFr: string };

export type FieldUpdateInput = { nameAr?: string; nameFr?: string; active?: boolean };
