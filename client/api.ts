import type { ErrorCode, ErrorDetails, FieldIssue } from "../common/errors.js";

/** The server's codes, and the one the client meets alone: the network itself failing. */
export type ClientErrorCode = ErrorCode | "NETWORK";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A failed API call: the server's error code (or NETWORK), its details and the HTTP status (0 offline). */
export class ApiRequestError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number;
  readonly details: ErrorDetails;

  constructor(code: ClientErrorCode, status: number, details: ErrorDetails = {}, message: string = code) {
    super(message);
    this.name = "ApiRequestError";
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** The fields at fault, for VALIDATION_FAILED and its kin. */
  get fields(): FieldIssue[] {
    return Array.isArray(this.details.fields) ? this.details.fields : [];
  }
}

const stateChanging = new Set<Method>(["POST", "PUT", "PATCH", "DELETE"]);

// Kept in memory only: a fresh page asks for it again.
let csrfToken: string | null = null;
let csrfPending: Promise<string> | null = null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Error code for a response that is not one of ours (a proxy page, an empty body). */
function codeForStatus(status: number): ClientErrorCode {
  if (status === 413) return "PAYLOAD_TOO_LARGE";
  if (status === 429) return "RATE_LIMITED";
  if (status === 502 || status === 504) return "NETWORK";
  if (status === 503) return "DATABASE_UNAVAILABLE";
  return "INTERNAL";
}

async function send<T>(method: Method, path: string, body: unknown, token: string | null): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const multipart = body instanceof FormData;
  // The browser writes the multipart boundary into Content-Type itself.
  if (body !== undefined && !multipart) headers["Content-Type"] = "application/json";
  if (token) headers["X-CSRF-Token"] = token;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError("NETWORK", 0);
  }

  const payload: unknown = await response.json().catch(() => null);
  if (isRecord(payload) && isRecord(payload.error) && typeof payload.error.code === "string") {
    const { code, details, message } = payload.error;
    throw new ApiRequestError(
      code as ErrorCode,
      response.status,
      isRecord(details) ? (details as ErrorDetails) : {},
      typeof message === "string" ? message : code,
    );
  }
  if (!response.ok || !isRecord(payload) || !("data" in payload)) {
    throw new ApiRequestError(codeForStatus(response.status), response.status);
  }
  // Login, register and logout regenerate the session and hand back its new token.
  if (isRecord(payload.data) && typeof payload.data.csrfToken === "string") {
    csrfToken = payload.data.csrfToken;
  }
  return payload.data as T;
}

function fetchCsrfToken(): Promise<string> {
  csrfPending ??= send<{ csrfToken: string }>("GET", "/api/auth/csrf", undefined, null)
    .then((data) => data.csrfToken)
    .finally(() => {
      csrfPending = null;
    });
  return csrfPending;
}

/** Calls the API; state-changing methods carry the CSRF token, refreshed once if the server refuses it. */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  if (!stateChanging.has(method)) return send<T>(method, path, body, null);
  const token = csrfToken ?? (await fetchCsrfToken());
  try {
    return await send<T>(method, path, body, token);
  } catch (error) {
    if (!(error instanceof ApiRequestError) || error.code !== "CSRF_INVALID") throw error;
    csrfToken = null;
    return send<T>(method, path, body, await fetchCsrfToken());
  }
}

export const api = {
  get: <T>(path: string) => apiRequest<T>("GET", path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>("POST", path, body ?? {}),
  put: <T>(path: string, body?: unknown) => apiRequest<T>("PUT", path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>("PATCH", path, body ?? {}),
  delete: <T>(path: string) => apiRequest<T>("DELETE", path),
  /** Sends one file as `multipart/form-data` in the form field `field`. */
  upload: <T>(method: "POST" | "PUT", path: string, field: string, file: File) => {
    const form = new FormData();
    form.append(field, file, file.name);
    return apiRequest<T>(method, path, form);
  },
};

/** `?a=1&b=x` from the values that are set (empty strings and undefined are left out), or "". */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
