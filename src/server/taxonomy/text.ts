/** Text helpers for the skill index: normalization, tokens, a light English stemmer, typo neighbours. */

/** Words that carry no meaning in skill labels ("use of spreadsheets" ≈ "use spreadsheets"). */
const STOPWORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'with', 'by', 'at', 'from', 'as', 'into']);

// A token is a run of letters/digits; trailing + or # are kept so "C++" and "C#" stay distinct from "C".
const TOKEN_RE = /[\p{L}\p{N}]+[+#]*/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;
const POSSESSIVE = /['’]s\b/g;

/** Lower case, diacritics and compatibility forms folded ("Café" → "cafe", "ﬁ" → "fi"), possessive 's dropped. */
export function normalizeText(text: string): string {
  let t = text.toLowerCase();
  if (NON_ASCII.test(t)) t = t.normalize('NFKD').replace(MARKS, '');
  return t.replace(POSSESSIVE, '');
}

/** Tokens of already-normalized text. */
export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN_RE) ?? [];
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

const VOWEL = /[aeiouy]/;
const DOUBLE_END = /([^aeiouylsz])\1$/;

/**
 * A deliberately light stemmer (plurals, -ing, -ed, final e) so "driving"/"drive"/"drives", "welding"/"weld",
 * "sales"/"sale" meet. Both the index and the query use it, so only consistency matters, not linguistics.
 */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  let s = token;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  let cut = false;
  // "negotiation"/"negotiate", "communication"/"communicate" meet at "negotiat", "communicat".
  if (s.endsWith('ation') && s.length >= 8) s = s.slice(0, -3);
  else if (s.endsWith('ing') && s.length >= 6 && VOWEL.test(s.slice(0, -3))) {
    s = s.slice(0, -3);
    cut = true;
  } else if (s.endsWith('ed') && s.length >= 5 && VOWEL.test(s.slice(0, -2))) {
    s = s.slice(0, -2);
    cut = true;
  }
  if (cut && DOUBLE_END.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

const EDIT_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Which single edits {@link editNeighbours} tries besides adjacent swaps. */
export interface EditKinds {
  substitutions: boolean;
  insertionsAndDeletions: boolean;
}

/**
 * The words one typo away from `word` that `isWord` accepts: adjacent swaps, plus the edit kinds asked for.
 * Generating the few hundred candidates and looking each up is far cheaper than a fuzzy walk of the whole
 * index, and only real words come back.
 */
export function editNeighbours(word: string, isWord: (candidate: string) => boolean, kinds: EditKinds): string[] {
  const out = new Set<string>();
  const consider = (candidate: string): void => {
    if (candidate !== word && isWord(candidate)) out.add(candidate);
  };
  const n = word.length;
  for (let i = 0; i + 1 < n; i++) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  if (!kinds.substitutions && !kinds.insertionsAndDeletions) return [...out];
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (kinds.insertionsAndDeletions && i < n) consider(head + tail.slice(1));
    for (const c of EDIT_ALPHABET) {
      if (kinds.insertionsAndDeletions) consider(head + c + tail);
      if (kinds.substitutions && i < n && c !== word[i]) consider(head + c + tail.slice(1));
    }
  }
  return [...out];
}

/** True when `b` is `a` with two neighbouring letters swapped ("pyhton" / "python"). */
export function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
