// Placeholder until scripts/fit-token-types.ts is run on wikigold.
/** Token -> [PER, ORG, LOC, MISC] counts of entity tokens. */
export const tokenTypeCounts: ReadonlyMap<string, readonly [number, number, number, number]> = new Map();
