import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyStance } from '../analyze/positions/classify-stance.js';
import { detectShifts, type ShiftInput } from '../analyze/positions/detect-shifts.js';
import { chooseTargets, headlineWeights, targetVocabulary } from '../analyze/positions/group-targets.js';
import { mergeTargets } from '../analyze/positions/merge-targets.js';
import { absorbSingletons } from '../analyze/positions/absorb-singletons.js';
import type { Stance } from '../analyze/positions/stance.data.js';
import { rawStatementDates } from '../analyze/positions/raw-statement-date.js';
import { nounWords, storyLinks, targetTerms } from '../analyze/positions/target-terms.js';
import { StorylineError, errorCodes } from '../core/errors.js';
import { pairScores, shiftScores, stanceScores } from './position-scores.js';
import { readJsonLines } from './read-json-lines.js';
import type { EvalTask } from './task.js';

type Pair = [number, number];
interface GoldStatement { type: 'statement'; id: string; split?: string; articleId: string; date: string | null; start: number; end: number; speaker: string; target: string; stance: Stance }
interface GoldShift { type: 'shift'; id: string; from: string; to: string }
interface Attribution { content: Pair | Pair[]; cue: Pair | Pair[] | null; source: Pair | Pair[] | null }
interface QuotesRecord { id: string; title?: string; text: string; attributions: Attribution[] }

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fragments = (s: Pair | Pair[]): Pair[] => (Array.isArray(s[0]) ? (s as Pair[]) : [s as Pair]);

/** The raw sentence(s) around [start, end): back to the previous . ! ? or line break, forward to the next. */
function around(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["')\]]?\s+[^.!?]*$/) + 1);
  const after = text.slice(end, end + 400);
  const stop = after.search(/[.!?]["')\]]?(\s|$)|\n/);
  return before.slice(Math.max(0, cut)) + ' ' + (stop < 0 ? after : after.slice(0, stop + 1));
}

/**
 * `storyline eval positions eval-gold/positions.jsonl`: stance accuracy (+ confusion), target
 * grouping agreement and shift precision/recall on the hand-labelled statements, whose text is
 * read at run time from the PolNeAR file in STORYLINE_EVAL_QUOTES (default
 * ../shared/eval/quotes/dev.jsonl next to the repo). Baselines: always "supports"; one target
 * per speaker.
 */
export const positionsTask: EvalTask = {
  name: 'positions',
  describe: 'stance, target grouping and shifts on hand-labelled statements (pointers into PolNeAR dev)',
  async run(file, { out, limit }) {
    const quotesFile = process.env.STORYLINE_EVAL_QUOTES ?? resolve(repoRoot, '../shared/eval/quotes/dev.jsonl');
    if (!existsSync(quotesFile)) throw new StorylineError(errorCodes.USAGE, `PolNeAR quotes file not found at ${quotesFile}; set STORYLINE_EVAL_QUOTES to the path of quotes/dev.jsonl`);
    const records = [...readJsonLines<GoldStatement | GoldShift>(file)];
    const gold = records.filter((r): r is GoldStatement => r.type === 'statement').slice(0, limit);
    const goldShifts = records.filter((r): r is GoldShift => r.type === 'shift');
    const wanted = new Set(gold.map((g) => g.articleId));
    const articles = new Map<string, QuotesRecord>();
    for (const r of readJsonLines<QuotesRecord>(quotesFile)) if (wanted.has(r.id)) articles.set(r.id, r);

    const prepared = gold.map((g) => {
      const article = articles.get(g.articleId);
      if (!article) throw new StorylineError(errorCodes.BAD_INPUT, `article ${g.articleId} of ${g.id} is not in ${quotesFile}`);
      const a = article.attributions.find((x) => { const f = fragments(x.content); return f[0][0] === g.start && f[f.length - 1][1] === g.end; });
      const content = (a ? fragments(a.content) : [[g.start, g.end] as Pair]).map(([s, e]) => article.text.slice(s, e)).join(' … ');
      const cue = a?.cue ? fragments(a.cue).map(([s, e]) => article.text.slice(s, e)).join(' ') : '';
      const source = a?.source ? fragments(a.source).map(([s, e]) => article.text.slice(s, e)).join(' ') : '';
      const cueSpan = a?.cue ? fragments(a.cue)[0] : null;
      return { g, article, content, source, cue, cueSpan, context: around(article.text, g.start, g.end) };
    });
    const readings = prepared.map((p) => classifyStance(p.content, { cue: p.cue }));
    const ownWords = new Map<string, Set<string>>();
    for (const p of prepared) {
      const set = ownWords.get(p.g.speaker) ?? ownWords.set(p.g.speaker, new Set()).get(p.g.speaker)!;
      for (const t of targetTerms(`${p.g.speaker} ${p.source}`.replace(/\b[A-Z][a-z]+\b/g, (w) => w + ' '))) set.add(t.key);
    }
    const keys: string[] = new Array(prepared.length).fill('');
    for (const [id, article] of articles) {
      const idx = prepared.flatMap((p, i) => (p.g.articleId === id ? [i] : []));
      const links = storyLinks([article.text]);
      const nouns = nounWords(article.text);
      const evidence = idx.map((i) => ({
        actor: prepared[i].g.speaker,
        content: targetTerms(prepared[i].content, links, { nouns }),
        context: targetTerms(prepared[i].context, links, { nouns }),
        exclude: ownWords.get(prepared[i].g.speaker),
      }));
      const keyWeight = headlineWeights([article.title ?? ''], links);
      const chosen = absorbSingletons(evidence, chooseTargets(evidence, targetVocabulary([article.text], links), { keyWeight }), () => id);
      const merged = mergeTargets(chosen, article.text.split(/(?<=[.!?]["')\]\u201d]?)\s+|\n+/), links);
      idx.forEach((i, k) => (keys[i] = merged.get(chosen[k]) ?? chosen[k]));
    }
    const speakers = gold.map((g) => g.speaker);
    // Statements are dated as the product dates them: by a time expression next to the cue ("said in July").
    const dates: (string | null)[] = gold.map((g) => g.date);
    for (const [id, article] of articles) {
      const idx = prepared.flatMap((p, i) => (p.g.articleId === id ? [i] : []));
      const found = rawStatementDates(article.text, prepared[idx[0]].g.date, idx.map((i) => ({
        content: [{ start: gold[i].start, end: gold[i].end }],
        cue: prepared[i].cueSpan ? { start: prepared[i].cueSpan![0], end: prepared[i].cueSpan![1] } : null,
      })));
      idx.forEach((i, k) => (dates[i] = found[k]));
    }
    const shiftInput: ShiftInput[] = gold.map((g, i) => ({ actor: g.speaker, target: keys[i], date: dates[i], order: g.start, stance: readings[i].stance, score: readings[i].strength }));
    const predictedShifts = detectShifts(shiftInput).map(({ from, to }) => [from, to] as Pair);
    const index = new Map(gold.map((g, i) => [g.id, i]));
    const goldPairs = goldShifts.filter((s) => index.has(s.from) && index.has(s.to)).map((s) => [index.get(s.from)!, index.get(s.to)!] as Pair);
    const goldStances = gold.map((g) => g.stance);
    const goldTargets = gold.map((g) => g.target);

    // 'holdout' statements were labelled after the lexicon was last changed and are never used to tune it.
    const splits = [...new Set(gold.map((g) => g.split ?? 'dev'))].sort();
    const bySplit = Object.fromEntries(splits.map((name) => {
      const idx = gold.flatMap((g, i) => ((g.split ?? 'dev') === name ? [i] : []));
      const pick = <T>(xs: readonly T[]) => idx.map((i) => xs[i]);
      const { accuracy, sideAccuracy } = stanceScores(pick(readings.map((r) => r.stance)), pick(goldStances));
      const counts = new Map<string, number>();
      for (const s of pick(goldStances)) counts.set(s, (counts.get(s) ?? 0) + 1);
      const majority = Math.max(...counts.values()) / idx.length;
      const baseline = { majorityStance: majority, oneTargetPerSpeakerF1: pairScores(pick(speakers), pick(speakers), pick(goldTargets)).f1 };
      return [name, { n: idx.length, stanceAccuracy: accuracy, stanceSideAccuracy: sideAccuracy, targets: pairScores(pick(speakers), pick(keys), pick(goldTargets)), baseline }];
    }));
    if (out) writeFileSync(out, gold.map((g, i) => JSON.stringify({ ...g, stance: readings[i].stance, target: keys[i], triggers: readings[i].triggers })).join('\n') + '\n');
    return {
      task: 'positions',
      n: gold.length,
      ours: {
        stance: stanceScores(readings.map((r) => r.stance), goldStances),
        targets: pairScores(speakers, keys, goldTargets),
        shifts: { ...shiftScores(predictedShifts, goldPairs, speakers, goldTargets, goldStances), predictedPairs: predictedShifts.map(([a, b]) => ({ from: gold[a].id, to: gold[b].id, dates: [dates[a], dates[b]], stances: [readings[a].stance, readings[b].stance] })) },
        bySplit,
      },
      baseline: {
        name: 'always supports; one target per speaker',
        stance: stanceScores(gold.map(() => 'supports'), goldStances),
        targets: pairScores(speakers, speakers, goldTargets),
      },
      errors: gold.flatMap((g, i) => (readings[i].stance === g.stance ? [] : [{ id: g.id, gold: g.stance, ours: readings[i].stance, triggers: readings[i].triggers }])),
    };
  },
};
