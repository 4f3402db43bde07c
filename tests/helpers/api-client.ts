import { randomUUID } from "node:crypto";

export type ApiAnswer<T = unknown> = {
  status: number;
  body: { data?: T; error?: { code: string; message: string; details?: Record<string, unknown> } };
  headers: Headers;
};

/**
 * A client for the HTTP API as a browser uses it: it keeps the session cookie, fetches a CSRF token
 * before the first state-changing request, and keeps the fresh token login and logout return.
 */
export class ApiClient {
  cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  }

  async raw(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: { cookie: this.cookieHeader, ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    this.remember(response.headers);
    return response;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean } = {},
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET" && options.csrf !== false) {
      if (!this.csrfToken) await this.refreshCsrf();
      headers["x-csrf-token"] = this.csrfToken!;
    }
    const response = await this.raw(method, path, {
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : {};
    const token = parsed?.data?.csrfToken;
    if (typeof token === "string") this.csrfToken = token;
    return { status: response.status, body: parsed, headers: response.headers };
  }

  async refreshCsrf() {
    const answer = await this.request<{ csrfToken: string }>("GET", "/api/auth/csrf");
    this.csrfToken = answer.body.data!.csrfToken;
  }

  get<T = unknown>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = unknown>(path: string, body?: unknown, options?: { csrf?: boolean }) {
    return this.request<T>("POST", path, body ?? {}, options);
  }
  patch<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("PATCH", path, body ?? {});
  }
  put<T = unknown>(path: string, body?: unknown) {
    return this.request<T>("PUT", path, body ?? {});
  }
  delete<T = unknown>(path: string) {
    return this.request<T>("DELETE", path);
  }
}

export const uniqueEmail = (prefix = "user") => `${prefix}-${randomUUID().slice(0, 8)}@test.example`;
export const strongPassword = "correct-horse-battery-42";

/** Registers a fresh member through the API and returns its logged-in client. */
export async function registeredClient(baseUrl: string, overrides: { name?: string; email?: string } = {}) {
  const client = new ApiClient(baseUrl);
  const email = overrides.email ?? uniqueEmail();
  const answer = await client.post<{ user: { id: string; email: string } }>("/api/auth/register", {
    email,
    name: overrides.name ?? "عضو تجريبي",
    password: strongPassword,
  });
  if (answer.status !== 201) throw new Error(`register failed: ${JSON.stringify(answer.body)}`);
  return { client, user: answer.body.data!.user, email, password: strongPassword };
}
