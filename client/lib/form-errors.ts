import type { FieldIssue } from "../../common/errors.js";
import { ApiRequestError, type ClientErrorCode } from "../api.js";
import { formatDuration } from "../i18n/format.js";
import { type I18n, isMessageKey, type MessageKey } from "../i18n/index.js";

const passwordFields = new Set(["password", "newPassword"]);

// Reasons the server gives in details.fields: Zod's issue codes and the password policy's own.
const reasonKeys: Record<string, MessageKey> = {
  unknown_field: "fieldError.unknownField",
  locked: "fieldError.locked",
  in_the_past: "fieldError.inThePast",
  invalid_value: "fieldError.invalid",
  custom: "fieldError.invalid",
  invalid_type: "fieldError.required",
  too_small: "fieldError.tooShort",
  too_big: "fieldError.tooLong",
  too_long: "fieldError.tooLong",
  invalid_format: "fieldError.invalid",
  too_short: "fieldError.passwordTooShort",
  common: "fieldError.passwordCommon",
  repetitive: "fieldError.passwordRepetitive",
  contains_email: "fieldError.passwordContainsEmail",
};

function fieldMessageKey(
  code: ClientErrorCode,
  field: string,
  issue: FieldIssue,
  fallback?: MessageKey,
  value?: string,
) {
  if (code === "VALIDATION_FAILED") {
    if (value !== undefined && value.trim() === "") return "fieldError.required";
    if (passwordFields.has(field) && issue.reason === "too_small") return "fieldError.passwordTooShort";
    if (field === "email" && (issue.reason === "invalid_format" || !reasonKeys[issue.reason])) {
      return "fieldError.email";
    }
  }
  // Otherwise the most precise of: the reason, the form's wording for this code, the code's message.
  const byCode = `errors.${code}`;
  return reasonKeys[issue.reason] ?? fallback ?? (isMessageKey(byCode) ? byCode : "fieldError.invalid");
}

/** The message for the whole form: one per error code, with the wait or the reference when known. */
export function errorMessage(error: unknown, { t, locale }: I18n): string {
  if (!(error instanceof ApiRequestError)) return t("errors.INTERNAL");
  const { code, details } = error;
  if (code === "RATE_LIMITED" && typeof details.retryAfterSeconds === "number") {
    return t("errors.rateLimitedRetry", { duration: formatDuration(details.retryAfterSeconds, locale) });
  }
  // A refusal's reason says more than its code: "the last representative cannot step down".
  const reasonKey = typeof details.reason === "string" ? `errorReason.${details.reason}` : "";
  const key = isMessageKey(reasonKey) ? reasonKey : `errors.${code}`;
  const message = isMessageKey(key) ? t(key) : t("errors.INTERNAL");
  return typeof details.requestId === "string"
    ? `${message} ${t("errors.requestId", { id: details.requestId })}`
    : message;
}

export type FormErrors<F extends string> = { alert: string | null; fields: Partial<Record<F, string>> };

type Options<F extends string> = {
  /** The form's current values, so an empty field reads "required" rather than "too short". */
  values: Record<F, string>;
  /** Codes that concern one field: their wording next to it, unless the server's reason says more. */
  codeFields?: Partial<Record<ClientErrorCode, { field: NoInfer<F>; key: MessageKey }>>;
  /** Paths the server may use for a field of this form (the password policy says `password`). */
  aliases?: Record<string, NoInfer<F>>;
  /** Codes whose alert this form words its own way (a wrong current password is not a failed login). */
  codeAlerts?: Partial<Record<ClientErrorCode, MessageKey>>;
  /** A prefix the server puts before this form's paths (`profile.` in `profile.nameAr`), dropped. */
  pathPrefix?: string;
  /** Fields whose rule is worth spelling out when their value is refused ("from 1900 to this year"). */
  fieldKeys?: Partial<Record<NoInfer<F>, MessageKey>>;
};

/** Turns a failed request into the form's alert and the messages next to the fields at fault. */
export function describeFormError<F extends string>(error: unknown, i18n: I18n, options: Options<F>): FormErrors<F> {
  if (!error) return { alert: null, fields: {} };
  const fields: Partial<Record<F, string>> = {};
  if (error instanceof ApiRequestError) {
    const byCode = options.codeFields?.[error.code];
    for (const issue of error.fields) {
      const path = String(issue.path);
      const prefix = options.pathPrefix;
      const head = (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path).split(".")[0] ?? "";
      const field = options.aliases?.[head] ?? (head as F);
      if (!Object.hasOwn(options.values, field) || fields[field]) continue;
      const fallback = byCode?.field === field ? byCode.key : undefined;
      const value = options.values[field];
      const rule = error.code === "VALIDATION_FAILED" && value.trim() !== "" ? options.fieldKeys?.[field] : undefined;
      fields[field] = i18n.t(rule ?? fieldMessageKey(error.code, field, issue, fallback, value));
    }
    if (byCode && !fields[byCode.field]) fields[byCode.field] = i18n.t(byCode.key);
    const alertKey = options.codeAlerts?.[error.code];
    if (alertKey) return { alert: i18n.t(alertKey), fields };
  }
  return { alert: errorMessage(error, i18n), fields };
}
