import type { Role } from "../../common/api.js";

/** The demo's accounts: fictional people, reserved `.example` addresses. Also listed in README.md. */
export const demoUsers: { email: string; name: string; role: Role; password: string }[] = [
  { email: "admin@tashawur.example", name: "سلمى الإدريسي", role: "admin", password: "demo-tashawur-2026" },
  { email: "moderator@tashawur.example", name: "يوسف بنعلي", role: "moderator", password: "demo-tashawur-2026" },
  { email: "amina@tashawur.example", name: "أمينة الصنهاجي", role: "member", password: "demo-tashawur-2026" },
  { email: "karim@tashawur.example", name: "كريم الوزاني", role: "member", password: "demo-tashawur-2026" },
];
