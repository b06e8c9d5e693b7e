import { z } from 'zod';
import { StorylineError, errorCodes } from '../core/errors.js';

/** limit (1..200, default 50) and offset (>= 0, default 0) for growing lists. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** An ISO date (YYYY-MM-DD) for "what's new since". */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2015-01-31');

/** A path id: 1..200 printable characters. */
export const idParam = z.string().min(1).max(200);

/**
 * Parses `input` with `schema`, or throws a bad-input StorylineError naming each wrong field.
 * Example: `parse(pageQuery, { limit: '0' })` throws "limit: Too small: expected number to be >=1".
 */
export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ');
  throw new StorylineError(errorCodes.BAD_INPUT, `invalid request: ${detail}`);
}

/** One page of a list, with the total so a client can ask for the next. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** Slices a list into a Page. Example: `paginate([1,2,3], {limit: 2, offset: 1})` is `{items: [2,3], total: 3, ...}`. */
export function paginate<T>(items: readonly T[], { limit, offset }: { limit: number; offset: number }): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}
