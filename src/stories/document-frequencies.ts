import { backgroundDf } from './background-df.data.js';

let background: Map<string, number> | null = null;

/** The background term frequencies (parsed once). */
function backgroundTerms(): Map<string, number> {
  if (!background) {
    background = new Map();
    for (const line of backgroundDf.terms.split('\n')) {
      const [term, n] = line.split(' ');
      if (term && n) background.set(term, Number(n));
    }
  }
  return background;
}

/**
 * Incremental document frequencies for terms and names: updated as each independent article
 * arrives, so idf needs no pass over a fixed corpus. Term idf also counts a fixed background
 * (wikigold, see background-df.data.ts) so that it is meaningful from the first article on:
 * idf = ln((N + B + 1) / (df + bdf + 1)) + 1; name idf has no background.
 * Example: `const df = new DocumentFrequencies(); df.addDocument(new Map([['troop', 2]]), new Map()); df.termIdf('troop')`.
 */
export class DocumentFrequencies {
  documents = 0;
  readonly terms = new Map<string, number>();
  readonly names = new Map<string, number>();
  private readonly background = backgroundTerms();

  addDocument(terms: Map<string, number>, names: Map<string, number>): void {
    this.documents++;
    for (const t of terms.keys()) this.terms.set(t, (this.terms.get(t) ?? 0) + 1);
    for (const n of names.keys()) this.names.set(n, (this.names.get(n) ?? 0) + 1);
  }

  termIdf(term: string): number {
    return Math.log((this.documents + backgroundDf.documents + 1) / ((this.terms.get(term) ?? 0) + (this.background.get(term) ?? 0) + 1)) + 1;
  }

  nameIdf(name: string): number {
    return Math.log((this.documents + 1) / ((this.names.get(name) ?? 0) + 1)) + 1;
  }
}
