import { BOILERPLATE, LINK_CUES, PHOTO_AGENCIES, PHOTO_VERBS, TAGGED_TEASER } from './classify-blocks.data.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AGENCY = PHOTO_AGENCIES.map(escape).sort((a, b) => b.length - a.length).join('|');
const NAME = "[A-Z][\\w.'-]*(?:[ -][A-Z][\\w.'-]*){0,3}";
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** A credit at the end of a caption: "Reuters/Olivia Harris", "(AP Photo/Evan Vucci)", "Photo: Getty Images". */
const TRAILING_CREDIT = new RegExp(
  `(?:^|[\\s.(])((?:(?:${AGENCY})\\s*/\\s*${NAME}|${NAME}\\s*/\\s*(?:${AGENCY})|\\(?(?:AP Photo|Photo|Photograph|Picture|Image|Credit)s?\\s*(?:/|:|by)\\s*[^.()]{2,60}\\)?|\\(?(?:Getty Images|Supplied|Shutterstock|AFP|AP|Reuters|EPA)\\)?)\\.?)\\s*$`,
);
/** Explicit caption marks: "(Supplied)", "Photo: ...", "Pictured: ...". */
const CAPTION_MARK = /\b(?:photos?|images?|pictures?|photographs?)\s*(?:©|\(c\)|courtesy of)|\((?:supplied|file(?: photo)?|photo[^)]{0,60}|ap photo[^)]{0,60}|getty images|image[^)]{0,60}|picture[^)]{0,60}|pictured[^)]{0,60}|credit[^)]{0,60})\)\s*$|^(?:photo|image|picture|pictured|caption|above|top|main picture|file photo|photograph)\s*:/i;
const PHOTO_VERB = new RegExp(`\\b(?:${PHOTO_VERBS.map(escape).join('|')})\\b`);
const FULL_DATE = new RegExp(`\\b(?:(?:${MONTH})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTH})\\.? \\d{4})\\b`);
// Case matters for names, so the cue words spell out their cases instead of using the i flag.
const CREDIT_WORD = '[Pp]hoto|PHOTO|[Pp]hotograph|[Pp]icture|[Ii]mage|IMAGE|[Cc]redit|CREDIT|[Vv]ideo';
const CREDIT_LINE = new RegExp(
  `^(?:(?:${NAME}\\s*[|/]\\s*)*(?:${AGENCY})(?:\\s*[|/]\\s*(?:${AGENCY}|${NAME}))*|\\(?(?:AP |AFP )?(?:${CREDIT_WORD})s?\\s*(?:[Bb]y|:|/)\\s*.{2,60}|(?:[Bb]y|BY):?\\s+${NAME}(?:\\s*(?:,|and|\\|)\\s*${NAME})*(?:\\s*[-|–,]?\\s*[^a-z]{0,40})?)\\)?\\.?$`,
);

/** True when a line is share/subscribe/cookie/ad/copyright text (only short lines qualify). Example: `isBoilerplate('Share this article')` → true. */
export function isBoilerplate(line: string): boolean {
  return line.length <= 200 && BOILERPLATE.some((re) => re.test(line));
}

/** True for a line that is only a photo credit or a byline. Example: `isCreditLine('Reuters/Olivia Harris')` → true. */
export function isCreditLine(line: string): boolean {
  return line.length <= 100 && CREDIT_LINE.test(line);
}

/** Offset inside `line` where a trailing photo credit starts, or -1. Example: `trailingCreditStart('Key speaks. Reuters/Olivia Harris')` → 12. */
export function trailingCreditStart(line: string): number {
  const m = TRAILING_CREDIT.exec(line);
  return m ? m.index + m[0].indexOf(m[1]) : -1;
}

/**
 * True for a photo caption: an explicit mark ("(Supplied)", "Photo:"), or a present-tense photo
 * verb with a full date ("X speaks ... September 6, 2014."), or a line ending in an agency credit.
 * Example: `isCaption("New Zealand's mission is to train the Iraqi Army (Supplied)")` → true.
 */
export function isCaption(line: string): boolean {
  if (line.length > 600) return false;
  if (CAPTION_MARK.test(line)) return true;
  const credit = trailingCreditStart(line);
  if (credit > 0) {
    const before = line.slice(0, credit).trim();
    if (/[.)]$/.test(before) && (PHOTO_VERB.test(before) || FULL_DATE.test(before) || before.length < 200)) return true;
  }
  return PHOTO_VERB.test(line) && FULL_DATE.test(line) && line.length <= 400;
}

/**
 * If the line opens a link box, what follows the cue on the same line ('' for "Read more:" alone,
 * the teaser for "Related: Key rules out SAS"); null for other lines ("More than 100 died.").
 */
export function linkCueRest(line: string): string | null {
  const m = LINK_CUES.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  return rest === '' || m[1] ? rest : null;
}

/**
 * A teaser for another story: tagged "[VIDEO]", "[INSIGHT]" at its end, or a whole headline in
 * capitals ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"). Short all-capital lines
 * ("GIRLS SOCCER") are section heads and stay body, so at least 7 words are needed.
 */
export function isTaggedTeaser(line: string): boolean {
  if (line.length > 200) return false;
  if (TAGGED_TEASER.test(line)) return true;
  // Figures ("225.86 -12.99 -5.44%") and times mark a table row or a time stamp, not a headline.
  return !/\p{Ll}/u.test(line) && !/[.!?]$/.test(line) && !/\d[.,]\d|%|\d\s*:\s*\d/.test(line) && line.split(/\s+/).length >= 7 && /\p{Lu}{2}/u.test(line);
}

/** A short title-like line: at most 16 words and 120 characters, no closing sentence punctuation. Example: `isHeadlineLike('Key: SAS could join Isis fight on ground')` → true. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 120 || line.length < 3) return false;
  if (/[.!?,;:]["')\]]?$/.test(line)) return false;
  return line.split(/\s+/).length <= 16 && /^["'(\p{Lu}\p{N}]/u.test(line);
}

/** Capitalised words (lower-cased) of a line, for comparing a photo title with its caption. Example: `capitalisedWords('Tony Abbott in Putrajaya')` → {'tony', 'abbott', 'putrajaya'}. */
export function capitalisedWords(line: string): Set<string> {
  return new Set((line.match(/\b\p{Lu}[\p{L}'-]+/gu) ?? []).map((w) => w.toLowerCase()));
}
