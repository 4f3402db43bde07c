import type { CurrentUser } from "../../../common/api.js";
import { ApiRequestError } from "../../api.js";
import { hasChosenLocale, localeStore, setLocale } from "../../i18n/index.js";
import { createStore, useStore } from "../../store.js";
import {
  fetchCurrentUser,
  type LoginInput,
  type PasswordInput,
  type ProfileInput,
  patchProfile,
  postLogin,
  postLogout,
  postPassword,
  postRegister,
  type RegisterInput,
} from "./api.js";

/** Who is logged in; `loading` until the first answer of /api/auth/me, `failed` if it never came. */
export type Session = { status: "loading" | "ready" | "failed"; user: CurrentUser | null };

export const sessionStore = createStore<Session>({ status: "loading", user: null });

// Bumped on every change so that a slow /me answer cannot undo a newer login or logout.
let version = 0;

function setUser(user: CurrentUser | null): void {
  version += 1;
  sessionStore.set({ status: "ready", user });
}

export function useSession(): Session {
  return useStore(sessionStore);
}

/** Reads the current user from the server (at start, and when the realtime link is refused). */
export async function loadSession(): Promise<void> {
  const started = version;
  try {
    const { user } = await fetchCurrentUser();
    if (started === version) setUser(user);
  } catch {
    if (started === version && sessionStore.get().status !== "ready") {
      sessionStore.set({ status: "failed", user: null });
    }
  }
}

/** Creates the account in the current interface language; the new account is logged in. */
export async function register(input: Omit<RegisterInput, "locale">): Promise<void> {
  const { user } = await postRegister({ ...input, locale: localeStore.get() });
  setUser(user);
}

/**
 * Logs in. A language the visitor chose on this device stays, and becomes the account's preference;
 * without such a choice, the interface takes the account's preferred language.
 */
export async function login(input: LoginInput): Promise<void> {
  const { user } = await postLogin(input);
  setUser(user);
  if (hasChosenLocale()) rememberLocale();
  else setLocale(user.locale);
}

export async function logout(): Promise<void> {
  try {
    await postLogout();
  } catch (error) {
    // Already logged out elsewhere: the outcome the user asked for.
    if (!(error instanceof ApiRequestError && error.code === "UNAUTHENTICATED")) throw error;
  }
  setUser(null);
}

export async function saveProfile(input: ProfileInput): Promise<void> {
  const { user } = await patchProfile(input);
  setUser(user);
  if (input.locale) setLocale(user.locale);
}

export async function changePassword(input: PasswordInput): Promise<void> {
  await postPassword(input);
}

/** Keeps the account's preferred language in step with the header's switch (best effort). */
export function rememberLocale(): void {
  const { user } = sessionStore.get();
  const locale = localeStore.get();
  if (!user || user.locale === locale) return;
  patchProfile({ locale })
    .then(({ user: updated }) => {
      if (sessionStore.get().user?.id === updated.id) setUser(updated);
    })
    .catch(() => {
      // The local choice still holds; the account keeps its previous preference.
    });
}
