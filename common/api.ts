import type { ApiError } from "./errors.js";

export type Role = "admin" | "moderator" | "member";
export type Locale = "ar" | "fr";

/** A user as the API shows them to themselves. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  createdAt: string;
};

/** A user as others see them (no email). */
export type PublicUser = { id: string; name: string; role: Role };

export type ApiOk<T> = { data: T };
export type ApiFail = { error: ApiError };
export type ApiResponse<T> = ApiOk<T> | ApiFail;

export type Paginated<T> = { items: T[]; page: number; pageSize: number; total: number };

/** A person as an association shows them publicly: a display name, never an email. */
export type PersonName = { id: string; name: string };
