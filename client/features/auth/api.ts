import type { CurrentUser, Locale } from "../../../common/api.js";
import { api } from "../../api.js";

export type RegisterInput = { email: string; name: string; password: string; locale?: Locale };
export type LoginInput = { email: string; password: string };
export type ProfileInput = { name?: string; locale?: Locale };
export type PasswordInput = { currentPassword: string; newPassword: string };

type UserAndToken = { user: CurrentUser; csrfToken: string };

export const fetchCurrentUser = () => api.get<{ user: CurrentUser | null }>("/api/auth/me");
export const postRegister = (input: RegisterInput) => api.post<UserAndToken>("/api/auth/register", input);
export const postLogin = (input: LoginInput) => api.post<UserAndToken>("/api/auth/login", input);
export const postLogout = () => api.post<{ csrfToken: string }>("/api/auth/logout");
export const patchProfile = (input: ProfileInput) => api.patch<{ user: CurrentUser }>("/api/auth/me", input);
export const postPassword = (input: PasswordInput) => api.post<{ ok: true }>("/api/auth/password", input);
