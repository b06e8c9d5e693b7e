// Cue lists for block typing. Hand-kept from common newsroom and wire-service conventions:
// caption style of Reuters/AP/AFP/Getty photo captions ("X speaks during ... in Y, September 6,
// 2014. REUTERS/Name"), the credit lines of the main agencies, "Read more:"-style link boxes, and
// the share/subscribe/cookie lines that web extraction leaves in. Checked against the seed
// stories and the DEV extraction pages; no page-specific strings.

/** Photo and wire agencies that appear in credits ("Reuters/Olivia Harris", "Getty Images"). */
export const PHOTO_AGENCIES = [
  'Reuters', 'REUTERS', 'AP', 'AP Photo', 'AFP', 'Getty Images', 'Getty', 'EPA', 'EPA-EFE', 'Bloomberg', 'PA', 'PA Images',
  'PA Wire', 'Shutterstock', 'Alamy', 'NurPhoto', 'Xinhua', 'AAP', 'AAP Image', 'Supplied', 'Sipa', 'Rex Features', 'iStock',
  'Corbis', 'WireImage', 'ANP', 'dpa', 'Anadolu Agency', 'TNS', 'USA TODAY Sports', 'Imagn',
];

/** Present-tense verbs of photo captions ("X speaks at ...", "Y looks on during ..."). */
export const PHOTO_VERBS = [
  'speaks', 'gestures', 'looks on', 'looks', 'arrives', 'poses', 'waves', 'attends', 'listens', 'walks', 'smiles', 'holds',
  'reacts', 'stands', 'sits', 'talks', 'shakes hands', 'delivers', 'addresses', 'is seen', 'are seen', 'leaves', 'greets',
  'celebrates', 'prays', 'march', 'marches', 'shouts', 'takes part', 'take part', 'gather', 'gathers', 'stand', 'sit', 'walk',
  'wait', 'waits', 'pictured', 'is pictured', 'are pictured', 'hug', 'hugs', 'kneels', 'embrace', 'embraces', 'chats', 'passes', 'is shown', 'are shown', 'is displayed', 'are displayed',
];

/** Lines that introduce a link box ("Read more:"); group 1 is the separator, if any. */
export const LINK_CUES = /^(?:read more|read also|also read|more|also|more on this(?: story)?|related(?: articles?| stories| coverage| content| links?| news)?|see also|see more|more stories|further reading|more from [\w .]+|recommended(?: for you| reading)?|you (?:may|might) also (?:like|be interested in)|most (?:read|popular)|trending(?: now)?|don'?t miss|also on [\w .]+)\b\s*([:\-|]|\.\.\.|…)?\s*/i;

/** A teaser line tagged like "China furious at Macron [INSIGHT]" or "… [VIDEO]". */
export const TAGGED_TEASER = /\[(?:[A-Z]{3,}(?: [A-Z]{3,})?)\]\s*\|?$/;

/** Whole-line boilerplate: share/subscribe/cookie/ad lines. Checked on short lines only. */
export const BOILERPLATE = [
  // "Advertisement" in the languages of the DEV pages and their neighbours.
  /^(?:advertisement|advert|ad|ads|anzeige|werbung|publicidad|publicité|pubblicità|iklan|reklama|reclame|annons|mainos)$/i,
  /^(?:filed under|tags?|topics?|categories|category|posted in|more about)\s*:/i,
  // A line that is only a date or time stamp ("WEDNESDAY, MARCH 4, 2009, 10:53 AM").
  /^(?=.*\d)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|at|[ap]\.?m\.?|[ap] ?\. ?m ?\.|gmt|utc|ist|et|[ecmp][sd]t|[\d\s,.:/@|-])+$/i,
  /^(?:ad|sponsored|sponsored content|promoted|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below)?)\.?$/i,
  /^(?:share|share this(?: article| story| page)?|share (?:on|via) \w+|tweet|email|e-mail|print|comments?|\d+ comments?|copy link|link copied|copied|whatsapp|facebook|twitter|linkedin|pinterest|reddit)[:.!]?$/i,
  /^(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit)(?:\s*[|•·,]?\s*(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|messenger|copy link|comments?)){1,8}$/i,
  /^(?:sign up|subscribe|join)\b.{0,80}\b(?:newsletters?|updates|alerts|inbox|subscription)\b/i,
  /\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie policy)\b/i,
  /^(?:follow (?:us|me|him|her|them)? ?on (?:twitter|facebook|instagram|linkedin)|like us on facebook)\b/i,
  /\b(?:click|clicking|tap) here\b/i,
  /^skip to (?:main )?content$/i,
  /\brequires? javascript\b|\benable javascript\b/i,
  /^https?:\/\/\S+$/,
  /^(?:image|photo|picture|slide)\s+\d+\s+of\s*\/?\s*\d*$/i,
  /^(?:caption|close|open|menu|search|sign in|sign up|log in|login|register|home|next|previous|back to top|loading\.*|play|pause|expand|collapse|more|less|hide caption|show caption|toggle caption|enlarge this image|view comments)$/i,
  /\baffiliate (?:and\/or referral )?links?\b/i,
  /\b(?:can|may) be reached at\b|\bfollow (?:us|me|him|her|them|@?\w+) on (?:twitter|facebook|instagram|linkedin)\b/i,
  /©\s*\d{4}/,
  /^(?:copyright|©)\s*(?:©|\(c\)|\d{4})/i,
  /\ball rights reserved\b/i,
  /^\|?\s*(?:published|updated|last updated|posted|first published)\b\s*(?:on|at)?\s*:?\s*.{0,60}(?:\d{1,2}[:.]\d{2}\b|\bago\b|\d{4}).{0,40}$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:originally )?(?:published|updated|corrected))\b/i,
];
