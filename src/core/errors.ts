/**
 * Stable error codes for programmer and configuration errors. Data problems are never thrown:
 * they become messages on the Doc (see message.ts).
 */
export const errorCodes = {
  USAGE: 'usage',
  NOT_FOUND: 'not-found',
  AMBIGUOUS_ID: 'ambiguous-id',
  BAD_INPUT: 'bad-input',
  PIPELINE: 'pipeline',
  STORE: 'store',
  NETWORK: 'network',
} as const;

export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];

/** The one error class. `message` says what was expected, what was found, and the fix. */
export class StorylineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorylineError';
  }
}
