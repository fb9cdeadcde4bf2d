/** Text helpers shared by the skill index: normalization, tokens, a light English stemmer, edit distance. */

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

/** Tokens of raw text without stopwords. */
export function contentTokens(text: string): string[] {
  return tokenize(normalizeText(text)).filter((t) => !STOPWORDS.has(t));
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

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition, so "pyhton" is one edit from
 * "python"). Stops early and returns `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[n], max + 1);
}
