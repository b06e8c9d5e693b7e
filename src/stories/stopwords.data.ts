/**
 * English function words plus the reporting verbs and newsroom words every article uses
 * ("said", "told", "reported"), which carry no topic. Hand-kept; the function words follow the
 * classic SMART/Lucene English stop lists, the newsroom words were added by reading DUC wire copy.
 * Example: `stopwords.has('the') === true`.
 */
export const stopwords: ReadonlySet<string> = new Set(`
a about above after again against ago all almost also although always am among an and another any anyone anything are
around as at be became because been before being below between both but by can cannot could did do does doing done down
during each either else even ever every few for from further get gets got had has have having he her here hers herself him
himself his how however i if in into is it its itself just last least less let like made make many may me might more most
much must my myself near neither never new next no nor not now of off often on once one only or other others our ours
ourselves out over own per perhaps put quite rather really same see seen she should since so some still such than that the
their theirs them themselves then there these they this those though through thus to too toward under until up upon us very
was we well were what whatever when where whether which while who whom whose why will with within without would yet you
your yours yourself yourselves
said says say saying told tell tells according added asked reported report reports news newspaper story article
mr mrs ms dr year years week weeks day days today yesterday tomorrow time times people percent first two three four five six seven eight nine ten
monday tuesday wednesday thursday friday saturday sunday
`.split(/\s+/).filter(Boolean));
