// Capitalised words that are not names by themselves: weekdays, months, sentence-opening
// function words and news-style section labels. Hand-kept (English function-word lists, AP style).

/** Lower-case forms of words never tagged as a name on their own. */
export const notNames: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  the a an this that these those there here it its it's he she they we i you his her their our my your me him them us who whom whose which what when where why how
  and or but nor so yet for of in on at by to from with without into onto over under after before since during until about against among between through across per via
  if then than as while though although because unless whether also only just even still already again not no yes all any some each every both either neither many much more most few several other another such own same
  is are was were be been being has have had do does did will would shall should can could may might must
  new old first last next mr mrs ms dr sir
  according however meanwhile moreover furthermore nevertheless instead despite following including regarding
  today tonight yesterday tomorrow morning afternoon evening night week month year
  read more related see also advertisement photo photos video watch click share comments update updated reporting editing writing
  scorers attendance result results table standings fixtures halftime half-time score scores summary note notes source sources
  government minister ministers president prime police army state states city court party
  tv edt est gmt pst pdt cst cdt bst utc gdp gnp cpi ppi am pm ok id dna hiv ptsd ipo cd dvd pc usb gps suv atm vat faq pdf ceo cfo coo mp3 ai`.split(/\s+/),
);
