import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** True when a path has glob characters (`*`, `?`, `[...]`). Example: `isGlob('data/*.txt')` → true. */
export function isGlob(path: string): boolean {
  return /[*?[]/.test(path);
}

/** A glob segment as a regular expression: `*` any run but `/`, `?` one character, `[...]` a class. */
function segmentRegex(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Files matching a glob, sorted: `*`, `?`, `[abc]` inside one path segment, `**` for any
 * number of folders. Hidden entries (".name") match only a pattern that starts with ".".
 * Example: `expandGlob('fixtures/seeds/*.txt')` → the three seed files.
 */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const absolute = pattern.startsWith('/');
  let index = 0;
  while (index < parts.length && !isGlob(parts[index])) index++;
  const base = parts.slice(0, index).join(sep) || (absolute ? sep : '.');
  const out: string[] = [];
  const visit = (dir: string, at: number) => {
    if (at === parts.length) {
      if (existsSync(dir) && statSync(dir).isFile()) out.push(dir);
      return;
    }
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return;
    const part = parts[at];
    const names = readdirSync(dir).sort();
    if (part === '**') {
      visit(dir, at + 1);
      for (const name of names) if (!name.startsWith('.') && statSync(join(dir, name)).isDirectory()) visit(join(dir, name), at);
      return;
    }
    const re = segmentRegex(part);
    for (const name of names) if (re.test(name) && (!name.startsWith('.') || part.startsWith('.'))) visit(join(dir, name), at + 1);
  };
  visit(base, index);
  return [...new Set(out)].map((p) => (p.startsWith(`.${sep}`) && !pattern.startsWith('.') ? p.slice(2) : p));
}
