// Cue words for attributed speech and thought. Hand-kept from the reporting verbs that news
// style guides list (AP "said" guidance, Bergler's reporting-verb classes), Levin's (1993)
// verb classes (37.7 say, 37.8 complain, 37.9 advise, 29.4-29.5 declare/conjecture, 29.9
// consider, 30 perception, 31.2 admire, 32 want, 33 judgment) and the cue inventory of PARC 3.0
// (Pareti), grouped by class, not taken from any gold file.
// Each entry is a lemma with its inflections; `speech` verbs take a clause or a quote,
// `thought` verbs (believe, think, hope...) are beliefs and intentions, which PolNeAR also
// annotates as attributions.

const SPEECH = `say said says saying|tell told tells telling|add added adds adding|write wrote writes writing|
note noted notes noting|state stated states stating|explain explained explains explaining|
argue argued argues arguing|claim claimed claims claiming|insist insisted insists insisting|
warn warned warns warning|announce announced announces announcing|report reported reports reporting|
suggest suggested suggests suggesting|acknowledge acknowledged acknowledges acknowledging|
admit admitted admits admitting|declare declared declares declaring|reiterate reiterated reiterates reiterating|
confirm confirmed confirms confirming|deny denied denies denying|predict predicted predicts predicting|
recall recalled recalls recalling|respond responded responds responding|reply replied replies replying|
conclude concluded concludes concluding|continue continued continues continuing|
complain complained complains complaining|contend contended contends contending|
assert asserted asserts asserting|maintain maintained maintains maintaining|
emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises emphasising|
stress stressed stresses stressing|signal signalled signaled signals signalling signaling|
tweet tweeted tweets tweeting|post posted posts|chant chanted chants chanting|sing sang sings singing|promise promised promises promising|
pledge pledged pledges pledging|vow vowed vows vowing|concede conceded concedes conceding|
observe observed observes observing|remark remarked remarks remarking|testify testified testifies testifying|
indicate indicated indicates indicating|reveal revealed reveals revealing|boast boasted boasts boasting|
joke joked jokes joking|quip quipped quips|charge charged charges|allege alleged alleges alleging|
estimate estimated estimates estimating|disclose disclosed discloses disclosing|
ask asked asks asking|point pointed points pointing|mention mentioned mentions mentioning|
tout touted touts touting|shout shouted shouts|yell yelled yells|whisper whispered|
agree agreed agrees agreeing|caution cautioned cautions cautioning|
acknowledge acknowledged|counter countered counters countering|retort retorted|
hint hinted hints hinting|speculate speculated speculates speculating|
find found finds|show showed shows showing|learn learned learnt|
announce announced|inform informed informs|assure assured assures assuring|
remind reminded reminds reminding|convince convinced|urge urged urges urging|
proclaim proclaimed proclaims|propose proposed proposes proposing|
recount recounted recounts|describe described describes describing|
specify specified specifies|clarify clarified clarifies clarifying|confess confessed confesses|divulge divulged divulges|
reaffirm reaffirmed reaffirms|stipulate stipulated stipulates|swear swore sworn swears|attest attested attests|
grumble grumbled grumbles|gripe griped gripes|moan moaned moans|whine whined whines|brag bragged brags bragging|
advise advised advises advising|instruct instructed instructs|alert alerted alerts|notify notified notifies|
implore implored implores|beg begged begs|plead pleaded pled pleads|
underscore underscored underscores underscoring|underline underlined underlines underlining|imply implied implies implying|
insinuate insinuated insinuates|forecast forecasted forecasts|posit posited posits|theorize theorized theorizes|
inquire inquired inquires|concur concurred concurs`;

const THOUGHT = `believe believed believes believing|think thought thinks thinking|hope hoped hopes hoping|
fear feared fears fearing|expect expected expects expecting|feel felt feels feeling|
know knew knows knowing|worry worried worries worrying|doubt doubted doubts doubting|
suspect suspected suspects suspecting|realize realized realizes realise realised realises|
understand understood understands|assume assumed assumes assuming|wonder wondered wonders wondering|
decide decided decides deciding|determine determined determines|discover discovered discovers|
recognize recognized recognizes recognise recognised|remember remembered remembers|suppose supposed supposes|
presume presumed presumes|guess guessed guesses|reckon reckoned reckons|imagine imagined imagines|
envision envisioned envisions|infer inferred infers|foresee foresaw foresees|anticipate anticipated anticipates|
disagree disagreed disagrees|regret regretted regrets|conclude concluded`;

// Verbs of stance and communication that take a noun phrase: "Clinton called them
// "deplorables"", "Trump criticized the deal". PolNeAR counts their objects as content.
const OBJECT = `call called calls calling|criticize criticized criticizes criticizing criticise criticised criticises|
praise praised praises praising|endorse endorsed endorses endorsing|support supported supports supporting|
back backed backs backing|oppose opposed opposes opposing|accuse accused accuses accusing|
blame blamed blames blaming|defend defended defends defending|attack attacked attacks attacking|
blast blasted blasts blasting|slam slammed slams slamming|cite cited cites citing|
demand demanded demands demanding|question questioned questions questioning|reject rejected rejects rejecting|
welcome welcomed welcomes welcoming|applaud applauded applauds applauding|condemn condemned condemns condemning|
dismiss dismissed dismisses dismissing|mock mocked mocks mocking|retweet retweeted retweets retweeting|
want wanted wants wanting|prefer preferred prefers preferring|seek sought seeks seeking|plan planned plans planning|
refuse refused refuses refusing|decline declined declines declining|discuss discussed discusses discussing|
talk talked talks talking|speak spoke speaks speaking|express expressed expresses expressing|
see saw sees seeing|seem seemed seems seeming|appear appeared appears appearing|recommend recommended recommends|
advocate advocated advocates advocating|favor favored favors favour favoured favours|challenge challenged challenges|
denounce denounced denounces denouncing|lament lamented laments lamenting|thank thanked thanks thanking|
highlight highlighted highlights highlighting|liken likened likens|compare compared compares comparing|
label labeled labelled labels|dub dubbed dubs|brand branded brands|characterize characterized characterizes characterise characterised|
portray portrayed portrays|hail hailed hails|credit credited credits|fault faulted faults|ridicule ridiculed ridicules|
lambaste lambasted lambastes|decry decried decries|intend intended intends|vote voted votes|wish wished wishes|
push pushed pushes|echo echoed echoes|tout touted touts|embrace embraced embraces|reject rejected|
threaten threatened threatens threatening|demand demanded|encourage encouraged encourages encouraging|
offer offered offers offering|name named names naming|identify identified identifies|refer referred refers referring|
spell spelled|outline outlined outlines outlining|insult insulted insults|praise praised|
publish published publishes|rule ruled rules|rate rated rates|issue issued issues|release released releases|
unveil unveiled unveils|promote promoted promotes promoting|admire admired admires|regard regarded regards|
consider considered considers|view viewed views|judge judged judges|deem deemed deems|reference referenced references|
address addressed addresses|quote quoted quotes|repeat repeated repeats|recommend recommended|
request requested requests|order ordered orders|approve approved approves|veto vetoed vetoes|
condemn condemned|acknowledge acknowledged|welcome welcomed|demand demanded|reject rejected|
comment commented comments commenting|protest protested protests protesting|object objected objects|answer answered answers answering|
detail detailed details detailing|lay laid lays|rail railed rails|dispute disputed disputes disputing|contest contested contests|
rebuke rebuked rebukes|scold scolded scolds|castigate castigated castigates|berate berated berates|chastise chastised chastises|
censure censured censures|reprimand reprimanded reprimands|commend commended commends|compliment complimented compliments|
laud lauded lauds|extol extolled extols|congratulate congratulated congratulates|
adore adored adores|appreciate appreciated appreciates|despise despised despises|detest detested detests|
dislike disliked dislikes|hate hated hates|love loved loves|loathe loathed loathes|resent resented resents|
respect respected respects|distrust distrusted distrusts|mistrust mistrusted mistrusts|
desire desired desires|aim aimed aims|lobby lobbied lobbies lobbying|press pressed presses pressing|petition petitioned petitions`;

function forms(list: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of list.split('|')) {
    const words = group.trim().split(/\s+/);
    for (const w of words) out.set(w, words[0]);
  }
  return out;
}

/** Speech cue word (lower case) -> lemma: `said` -> `say`. */
export const speechCues: ReadonlyMap<string, string> = forms(SPEECH);

/** Stance cue word taking an object (lower case) -> lemma: `criticized` -> `criticize`. */
export const objectCues: ReadonlyMap<string, string> = forms(OBJECT);

/** Belief/intention cue word (lower case) -> lemma: `believes` -> `believe`. */
export const thoughtCues: ReadonlyMap<string, string> = forms(THOUGHT);

/** Cues whose object is the hearer: "told reporters that ...", "asked him whether ...". */
export const hearerCues: ReadonlySet<string> = new Set(['tell', 'ask', 'warn', 'inform', 'assure', 'remind', 'convince', 'urge', 'caution',
  'advise', 'instruct', 'alert', 'notify', 'implore', 'beg']);

/** Cues that need a following preposition to report speech: "pointed out", "pointed to". */
export const particleCues: ReadonlyMap<string, readonly string[]> = new Map([
  ['point', ['out', 'to']],
  ['lay', ['out']],
  ['rail', ['against', 'at']],
  ['aim', ['to']],
  ['press', ['for']],
]);

/** Cue words that are mostly not reporting unless a clause follows (checked by the finder). */
export const weakCues: ReadonlySet<string> = new Set(['find', 'learn', 'continue', 'post', 'charge', 'know', 'feel', 'understand', 'describe', 'propose', 'expect', 'urge', 'agree', 'respond', 'mention', 'recall', 'point',
  'swear', 'beg', 'plead', 'forecast', 'imply', 'decide', 'determine', 'discover', 'remember', 'guess', 'imagine', 'regret', 'reckon', 'press']);

/** Weak cues that report speech with a noun phrase or "to" clause: "mentioned the remarks", "agreed to pay". */
export const objectTaking: ReadonlySet<string> = new Set(['mention', 'propose', 'urge', 'agree', 'describe', 'recall', 'respond', 'charge', 'expect', 'promise', 'pledge', 'vow', 'announce',
  'decide', 'forecast', 'specify', 'clarify', 'confess', 'reaffirm', 'implore', 'beg', 'advise', 'instruct']);

/** Verbs that are auxiliaries or adverbs between a source and its cue: "has said", "also told". */
export const cueModifiers: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'might', 'may', 'did', 'does', 'do',
  'also', 'later', 'then', 'previously', 'reportedly', 'repeatedly', 'recently', 'once', 'often', 'still', 'again', 'already',
  'further', 'publicly', 'privately', 'initially', 'first', 'since', 'just', 'even', 'long', 'frequently', 'separately',
]);
