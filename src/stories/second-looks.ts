/** A story as its first article started it: its id and the index keys that article posted. */
export interface StartedStory {
  readonly storyId: string;
  readonly keys: readonly string[];
}

/**
 * The schedule of second looks at new stories. A story started at arrival t is looked at again
 * at arrivals t + after, t + 4·after, t + 16·after, … (`rounds` looks in all): by then the
 * stories it was scored against have grown, and it may plainly belong to one of them. Only the
 * last 4^(rounds−1)·after starts are kept, so memory and work per arrival stay flat.
 * Example: `const s = new SecondLooks(100, 3); s.add(1, { storyId: 'a', keys: ['flood'] }); s.due(101)`
 * → [{ storyId: 'a', keys: ['flood'] }], and again at 401 and 1601, then never.
 */
export class SecondLooks {
  private readonly started = new Map<number, StartedStory>();
  private readonly delays: number[];

  constructor(after: number, rounds: number) {
    this.delays = after > 0 ? Array.from({ length: Math.max(0, rounds) }, (_, i) => after * 4 ** i) : [];
  }

  /** Remembers a story started at arrival `at` (ignored when second looks are off). */
  add(at: number, story: StartedStory): void {
    if (this.delays.length > 0) this.started.set(at, story);
  }

  /** The stories due for a look at arrival `clock`, oldest start first; forgets those past their last look. */
  due(clock: number): StartedStory[] {
    const out: StartedStory[] = [];
    for (let i = this.delays.length - 1; i >= 0; i--) {
      const story = this.started.get(clock - this.delays[i]);
      if (story) out.push(story);
    }
    if (this.delays.length > 0) this.started.delete(clock - this.delays[this.delays.length - 1]);
    return out;
  }

  /** Arrivals back from the latest one that a start stays remembered (0 when off). */
  get horizon(): number {
    return this.delays.at(-1) ?? 0;
  }
}
