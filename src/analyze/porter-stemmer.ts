// The Porter (1980) suffix-stripping algorithm, as in Martin Porter's reference implementation
// (the one ROUGE-1.5.5 ships): steps 1a, 1b, 1c, 2, 3, 4, 5a, 5b over a lowercase word.

const vowelAt = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  // 'y' is a vowel when it follows a consonant.
  return c === 'y' && i > 0 && !vowelAt(w, i - 1);
};

/** m: the number of vowel-consonant sequences in `stem` ([C](VC)^m[V]). */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && !vowelAt(stem, i)) i++;
  while (i < n) {
    while (i < n && vowelAt(stem, i)) i++;
    if (i >= n) break;
    while (i < n && !vowelAt(stem, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (stem: string): boolean => {
  for (let i = 0; i < stem.length; i++) if (vowelAt(stem, i)) return true;
  return false;
};

const doubleConsonant = (w: string): boolean =>
  w.length >= 2 && w[w.length - 1] === w[w.length - 2] && !vowelAt(w, w.length - 1);

/** *o: stem ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow"). */
const cvc = (w: string): boolean => {
  const n = w.length;
  if (n < 3) return false;
  if (vowelAt(w, n - 1) || !vowelAt(w, n - 2) || vowelAt(w, n - 3)) return false;
  const c = w[n - 1];
  return c !== 'w' && c !== 'x' && c !== 'y';
};

/** Replaces the first matching suffix whose stem has measure > `minM`; returns the word unchanged otherwise. */
function replaceSuffix(w: string, rules: ReadonlyArray<readonly [string, string]>, minM: number): string {
  for (const [suffix, replacement] of rules) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, w.length - suffix.length);
      return measure(stem) > minM ? stem + replacement : w;
    }
  }
  return w;
}

const step2Rules: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const step3Rules: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const step4Suffixes = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent',
  'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

function step1(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('ss')) { /* keep */ } else if (w.endsWith('s')) w = w.slice(0, -1);

  let again = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2); again = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3); again = true;
  }
  if (again) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (doubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  return w;
}

function step4(w: string): string {
  for (const suffix of step4Suffixes) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    if (suffix === 'ion' && !/[st]$/.test(stem)) return w;
    return measure(stem) > 1 ? stem : w;
  }
  return w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !cvc(stem))) w = stem;
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

/**
 * Porter (1980) stem of a lowercase word; words of one or two letters are returned as they are.
 * Example: `porterStem('generalizations')` is `'gener'`, `porterStem('running')` is `'run'`.
 */
export function porterStem(word: string): string {
  if (word.length <= 2) return word;
  let w = step1(word);
  w = replaceSuffix(w, step2Rules, 0);
  w = replaceSuffix(w, step3Rules, 0);
  w = step4(w);
  return step5(w);
}
