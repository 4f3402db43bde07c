import type { Locale, Role } from "../../common/api.js";

/** The user Passport puts on `req.user` and `socket.request.user`. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  createdAt: Date;
};

declare global {
  namespace Express {
    interface User extends SessionUser {}
  }
}

declare module "express-session" {
  interface SessionData {
    csrfToken?: string;
  }
}
