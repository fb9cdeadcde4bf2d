/**
 * A plain inverted index (word → documents) scored by summed IDF of the query words a document contains.
 * Used for skill descriptions, the low-weight fallback field: measured on ESCO, MiniSearch took ~0.55 s and
 * ~19 MB to index them, this takes a fraction of both, and exact-word lookups are all the fallback needs.
 */
export class WordIndex {
  private readonly postings = new Map<string, number[]>();
  private docCount = 0;

  /** Adds document `doc` (a small integer id) with its words; repeated words count once. */
  add(doc: number, words: Iterable<string>): void {
    this.docCount++;
    for (const word of new Set(words)) {
      const list = this.postings.get(word);
      if (list) list.push(doc);
      else this.postings.set(word, [doc]);
    }
  }

  /** Documents containing any of the words, best first (rarer words count more; ties by document id). */
  search(words: Iterable<string>): Array<{ doc: number; score: number }> {
    const scores = new Map<number, number>();
    for (const word of new Set(words)) {
      const list = this.postings.get(word);
      if (!list) continue;
      const idf = Math.log(1 + this.docCount / list.length);
      for (const doc of list) scores.set(doc, (scores.get(doc) ?? 0) + idf);
    }
    return [...scores].map(([doc, score]) => ({ doc, score })).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
