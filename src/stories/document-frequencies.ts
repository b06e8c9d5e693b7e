/**
 * Incremental document frequencies for terms and names: updated as each independent article
 * arrives, so idf needs no pass over a fixed corpus. idf = ln((N + 1) / (df + 1)) + 1.
 * Example: `const df = new DocumentFrequencies(); df.addDocument(new Map([['troop', 2]]), new Map()); df.termIdf('troop')`.
 */
export class DocumentFrequencies {
  documents = 0;
  readonly terms = new Map<string, number>();
  readonly names = new Map<string, number>();

  addDocument(terms: Map<string, number>, names: Map<string, number>): void {
    this.documents++;
    for (const t of terms.keys()) this.terms.set(t, (this.terms.get(t) ?? 0) + 1);
    for (const n of names.keys()) this.names.set(n, (this.names.get(n) ?? 0) + 1);
  }

  termIdf(term: string): number {
    return Math.log((this.documents + 1) / ((this.terms.get(term) ?? 0) + 1)) + 1;
  }

  nameIdf(name: string): number {
    return Math.log((this.documents + 1) / ((this.names.get(name) ?? 0) + 1)) + 1;
  }
}
