/**
 * The closed set of error codes the API and the sockets answer with, and the HTTP status of each.
 * The client shows its own catalogue message for a code; the server's Arabic message is a fallback
 * for non-browser clients.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  SLUG_TAKEN: 409,
  REGISTRATION_REF_TAKEN: 409,
  INVALID_STATE: 409,
  DELEGATE_HANDOVER_REQUIRED: 409,
  DELEGATE_REQUEST_PENDING: 409,
  PROPOSAL_SPONSORS_MISSING: 409,
  AMENDMENT_OUTDATED: 409,
  PROGRAMME_FROZEN: 409,
  PROGRAMME_VOTE_ORDER: 409,
  PROGRAMME_NOT_LEAD: 403,
  DEBATE_LOCKED: 409,
  DEBATE_CLOSED: 409,
  ALREADY_ENDORSED: 409,
  ALREADY_FLAGGED: 409,
  VOTE_NOT_OPEN: 409,
  VOTE_CLOSED: 409,
  VOTE_FROZEN: 409,
  ALREADY_VOTED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BALLOT_INVALID: 400,
  RECEIPT_INVALID: 400,
  NOT_IN_ELECTORATE: 403,
  QUORUM_NOT_MET: 409,
  PROXY_REFUSED: 409,
  CONVOCATION_TOO_LATE: 422,
  WEAK_PASSWORD: 422,
  CHARTER_NOT_ACCEPTED: 422,
  REPRESENTATIVE_LIMIT: 422,
  AMENDMENT_PASSAGE_NOT_FOUND: 422,
  BODY_TOO_LONG: 422,
  ASSOCIATION_SUSPENDED: 423,
  RATE_LIMITED: 429,
  SLOW_MODE: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

/** One field at fault: a dotted path into the input and a machine-readable reason. */
export type FieldIssue = { path: string; reason: string; message?: string };

export type ErrorDetails = { fields?: FieldIssue[]; requestId?: string; retryAfterSeconds?: number } & Record<
  string,
  unknown
>;

/** The body of every error response and every failed socket acknowledgement. */
export type ApiError = { code: ErrorCode; message: string; details?: ErrorDetails };
