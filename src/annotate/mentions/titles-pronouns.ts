import type { Mention } from '../../core/doc.js';
import { personPronouns, referringTitles } from './titles.data.js';
import type { Word } from './words.js';

const TITLES = referringTitles.map((t) => t.split(' '));

/**
 * Title mentions ("the Prime Minister" -> `Prime Minister`, kind title) when no name follows, and
 * person pronouns ("he", "his", kind pronoun). Both are typed PER; the entities stage links them.
 * Example: words of "the prime minister has" give one title mention over "prime minister".
 */
export function findTitlesAndPronouns(words: readonly Word[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].text.toLowerCase();
    if (personPronouns.has(lower)) {
      mentions.push({ start: words[i].start, end: words[i].end, type: 'PER', kind: 'pronoun' });
      continue;
    }
    if (lower !== 'the') continue;
    let best = 0;
    for (const title of TITLES) {
      if (title.length > best && title.every((t, k) => words[i + 1 + k]?.text.toLowerCase() === t)) best = title.length;
    }
    if (best === 0) continue;
    const after = words[i + 1 + best];
    if (after && after.cap && !after.sentenceStart && after.start === words[i + best].end + 1) continue;
    mentions.push({ start: words[i + 1].start, end: words[i + best].end, type: 'PER', kind: 'title' });
    i += best;
  }
  return mentions;
}
