import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { StorylineError, errorCodes, type ErrorCode } from '../core/errors.js';

/** HTTP status for each StorylineError code. */
export const statusOfCode: Record<ErrorCode, ContentfulStatusCode> = {
  [errorCodes.USAGE]: 400,
  [errorCodes.BAD_INPUT]: 400,
  [errorCodes.NOT_FOUND]: 404,
  [errorCodes.AMBIGUOUS_ID]: 409,
  [errorCodes.PIPELINE]: 500,
  [errorCodes.STORE]: 500,
  [errorCodes.NETWORK]: 502,
};

/**
 * Status and message for any thrown value. Unknown errors become a 500 whose message
 * reveals nothing of the internals. Example: a not-found StorylineError gives `{status: 404, message}`.
 */
export function describeError(error: unknown): { status: ContentfulStatusCode; message: string } {
  if (error instanceof StorylineError) return { status: statusOfCode[error.code] ?? 500, message: error.message };
  if (error instanceof HTTPException) return { status: error.status as ContentfulStatusCode, message: error.message || 'request failed' };
  return { status: 500, message: 'internal error; see the server log' };
}

/** The API's error body: `{status, message}`. */
export function errorJson(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json({ status, message }, status);
}
