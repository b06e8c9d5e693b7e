import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { InputItem, RawArticle } from './raw-article.js';
import { expandGlob, isGlob } from './readers/expand-glob.js';
import { ARTICLE_EXTENSIONS, readFile } from './readers/read-file.js';
import { isUrl, readUrl } from './readers/read-url.js';
import { applyMeta, readMetaMap, type MetaMap } from './readers/meta-map.js';

export interface ReadInputsOptions {
  /** Path of a JSON map from file name to {publishedAt, source, url, title, approximate}. */
  readonly meta?: string;
}

/** Files in a folder that describe it rather than hold articles. */
const NOT_ARTICLES = /^(?:readme|license|licence|changelog|notice|contributing)(?:\.[\w]+)?$/i;

/** Article files under a folder, recursively, sorted; hidden entries skipped. */
function walkFolder(dir: string): { files: string[]; skipped: number } {
  const files: string[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  const walk = (d: string) => {
    // A symlink back up the tree must not loop forever.
    const real = realpathSync(d);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || NOT_ARTICLES.test(name)) continue;
      const path = join(d, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(path);
      else if (stat?.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(path);
      else skipped++;
    }
  };
  walk(dir);
  return { files, skipped };
}

/**
 * Reads every input into articles and failures, in order: files, folders (recursive; files of
 * unknown type and README/LICENSE files inside are skipped), globs (`data/**\/*.html`), and http(s) URLs (a page or a
 * feed). Each bad input yields one failure (`origin` + `reason`); the rest still come through.
 * `meta` fills publishedAt/source/url/title/approximate by file name.
 * Example: `for await (const item of readInputs(['fixtures/seeds'], { meta: 'fixtures/seeds/meta.json' })) …`
 */
export async function* readInputs(paths: string[], { meta }: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  let metaMap: MetaMap = {};
  if (meta) {
    const read = readMetaMap(meta);
    if ('error' in read) yield { kind: 'failure', origin: meta, reason: read.error };
    else metaMap = read.map;
  }
  const metaPath = meta ? resolve(meta) : null;
  const withMeta = (item: InputItem, file: string): InputItem => (item.kind === 'article' ? { kind: 'article', article: applyMeta(item.article as RawArticle, metaMap, file) } : item);
  for (const input of paths) {
    if (isUrl(input)) {
      for (const item of await readUrl(input)) yield item;
      continue;
    }
    const stat = statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const { files, skipped } = walkFolder(input);
      let found = 0;
      for (const file of files) {
        if (resolve(file) === metaPath) continue;
        for (const item of readFile(file, { quiet: true })) {
          found++;
          yield withMeta(item, file);
        }
      }
      if (found === 0) {
        const other = skipped + files.length;
        yield { kind: 'failure', origin: input, reason: `no articles in this folder (${other} file${other === 1 ? '' : 's'} of other types skipped)` };
      }
      continue;
    }
    if (!stat && isGlob(input) && !existsSync(input)) {
      const files = expandGlob(input);
      if (files.length === 0) yield { kind: 'failure', origin: input, reason: 'no files match this pattern' };
      for (const file of files) for (const item of readFile(file)) yield withMeta(item, file);
      continue;
    }
    for (const item of readFile(input)) yield withMeta(item, input);
  }
}
