// Words of DUC-style topic statements that ask for something rather than name it
// ("Discuss ...", "Include information on ..."), hand-kept from reading DUC 2006 topic narratives.
// Stored as Porter stems, since they are matched against stems.
import { porterStem } from './porter-stemmer.js';

/** Stems to ignore in a query: `queryNoise.has(porterStem('discuss'))` is true. */
export const queryNoise: ReadonlySet<string> = new Set(`
discuss describe include includ identify explain information inform specific specify detail details
provide give list report reports find kind kinds type types issue issues effort efforts role roles
reason reasons result results happen happened mention various regard regarding relate related
involve involved aspect aspects fact facts current development developments what why how who
`.split(/\s+/).filter((w) => w.length > 0).map((w) => (w.length > 3 ? porterStem(w) : w)));
