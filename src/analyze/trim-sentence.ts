import type { Span } from '../core/span.js';

// A wire dateline ("PHOENIX _ ", "WASHINGTON (AP) -- ", "BEIJING, March 3 (Xinhua) -- ")
// or a sentence-initial connective that only links to the previous sentence.
const dateline = /^[A-Z][A-Z .,'-]{1,40}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z ]{1,20}\))? ?(?:_|--|-|\u2014|\u2013) +/;
const connective = /^(?:And|But|So|Also|However|Meanwhile|Still|Yet|In addition|Moreover|Furthermore),? +(?=[a-zA-Z"])/;
// A closing attribution: ", he said.", ", officials said Tuesday.", ", said Mr. Smith, a spokesman."
const attribution = /,"? (?:(?:he|she|they|it|[a-z]+s|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|(?:the|a|an) [\w-]+(?: [\w-]+){0,3}) (?:said|says|added|noted|told [\w ]{1,30}?)|(?:said|says|according to) [^,]{1,60}(?:, [^,]{1,60})?)(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\.$/;

/**
 * Shrinks a sentence span past a leading dateline or connective and before a closing attribution,
 * so that what is left still reads as a statement and carries no filler. Example: in
 * "PHOENIX _ Victoria Molina wants money, she said." the span covers "Victoria Molina wants money".
 */
export function trimSentence(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  const d = dateline.exec(text.slice(start, Math.min(end, start + 80)));
  if (d) start += d[0].length;
  const c = connective.exec(text.slice(start, Math.min(end, start + 40)));
  if (c) start += c[0].length;
  const tailFrom = Math.max(start, end - 120);
  const a = attribution.exec(text.slice(tailFrom, end));
  if (a && a.index + tailFrom - start > 40) end = tailFrom + a.index;
  return { start, end };
}
