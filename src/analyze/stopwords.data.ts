// English function words for content-term weighting (not for ROUGE, which keeps stopwords).
// Hand-kept: the closed-class words (articles, pronouns, auxiliaries, prepositions, conjunctions)
// of the SMART stop list (Salton 1971, as shipped with ROUGE-1.5.5 as smart_common_words.txt),
// cut to the words frequent in news, plus reporting verbs that carry no topic ("said", "says").

/** Lowercase function words: `stopwords.has('the')` is true. */
export const stopwords: ReadonlySet<string> = new Set(`
a about above after again against all almost also although always am among an and another any
anyone anything are around as at be became because become been before being below between both
but by can cannot could did do does doing done down during each either else enough even ever
every few for from further get gets getting got had has have having he her here hers herself him
himself his how however i if in into is it its itself just last least less like made make many
may me might more most much must my myself neither never no nor not now of off often on once one
only or other others our ours ourselves out over own per perhaps rather said same say saying says
see seem seemed several shall she should since so some such than that the their theirs them
themselves then there these they this those though through thus to too toward under until up upon
us very was we were what whatever when where whether which while who whom whose why will with
within without would yet you your yours yourself yourselves told tell mr mrs ms dr year years
new two three first according also still well back way time
`.split(/\s+/).filter((w) => w.length > 0));
