import type { I18n } from "../../i18n/index.js";

/** A first check of a chosen file's type and size before sending it (the server decides from its bytes). */
export function checkFile(file: File, types: readonly string[], maxBytes: number): "wrongType" | "tooLarge" | null {
  if (!types.includes(file.type)) return "wrongType";
  if (file.size > maxBytes) return "tooLarge";
  return null;
}

/** "1 ميغابايت", "350 كيلوبايت". */
export function formatSize(bytes: number, { formatNumber }: I18n): string {
  if (bytes >= 1024 * 1024) {
    return formatNumber(bytes / (1024 * 1024), {
      style: "unit",
      unit: "megabyte",
      maximumFractionDigits: 1,
      unitDisplay: "long",
    });
  }
  return formatNumber(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte", unitDisplay: "long" });
}
