import type { Span } from '../core/span.js';

// A wire dateline ("PHOENIX _ ", "WASHINGTON (AP) -- ", "YANGON, Myanmar (AP) _ ", "BEIJING, March 3 (Xinhua) -- ").
// Sentence-initial connectives ("But ...") are kept: cut, the sentence would start in lowercase.
const dateline = /^[A-Z][A-Z .'-]{2,30}(?:, [A-Z][A-Za-z .]{1,25}?)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z ]{1,20}\))? ?(?:_|--|-|\u2014|\u2013) +/;
// A closing attribution: ", he said.", ", officials said Tuesday.", ", said Mr. Smith, a spokesman."
// Not after a closing quote mark (,"): cut there, the quotation would lose its closing mark.
const attribution = /, (?:(?:he|she|they|it|[a-z]+s|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|(?:the|a|an) [\w-]+(?: [\w-]+){0,3}) (?:said|says|added|noted|told [\w ]{1,30}?)|(?:said|says|according to) [^,]{1,60}(?:, [^,]{1,60})?)(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\.$/;

/**
 * Shrinks a sentence span past a leading wire dateline and before a closing attribution,
 * so that what is left still reads as a statement and carries no filler. Example: in
 * "PHOENIX _ Victoria Molina wants money, she said." the span covers "Victoria Molina wants money".
 */
export function trimSentence(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  const d = dateline.exec(text.slice(start, Math.min(end, start + 80)));
  if (d) start += d[0].length;
  const tailFrom = Math.max(start, end - 120);
  const a = attribution.exec(text.slice(tailFrom, end));
  if (a && a.index + tailFrom - start > 40) end = tailFrom + a.index;
  return { start, end };
}
