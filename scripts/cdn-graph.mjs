// The module graph of the built CDN folder, read from the files themselves (oxc-parser): which files
// a page fetches as soon as it loads the entry (the entry and its static imports) and which chunks
// are fetched only when code asks for them (`import()`). Shared by the size budgets and the tests,
// so both speak of the build as it is, never of a list kept by hand.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseSync } from 'oxc-parser';

export const CDN_FOLDER = 'dist/cdn';
export const CDN_ENTRY = 'consent-elements.js';

/** A relative specifier in `file`, as a path inside the CDN folder. */
const resolveIn = (file, specifier) => posix.join(posix.dirname(file), specifier);

function importsOf(file) {
  const code = readFileSync(join(CDN_FOLDER, file), 'utf8');
  const { module } = parseSync(file, code);
  const staticSpecifiers = [
    ...module.staticImports.map((entry) => entry.moduleRequest.value),
    ...module.staticExports.flatMap((entry) =>
      entry.entries.flatMap((e) => (e.moduleRequest ? [e.moduleRequest.value] : [])),
    ),
  ];
  // Only plain string specifiers name a chunk; computed ones (the language modules) do not.
  const dynamicSpecifiers = module.dynamicImports
    .map(({ moduleRequest }) => code.slice(moduleRequest.start, moduleRequest.end))
    .filter((source) => /^(["'`])[^"'`$]*\1$/.test(source))
    .map((source) => source.slice(1, -1));
  return {
    static: staticSpecifiers.map((s) => resolveIn(file, s)),
    dynamic: dynamicSpecifiers.map((s) => resolveIn(file, s)),
  };
}

/** `file` and every file it imports statically, transitively, in the CDN folder. */
export function staticClosure(file) {
  const seen = new Set();
  const visit = (next) => {
    if (seen.has(next)) return;
    seen.add(next);
    for (const imported of importsOf(next).static) visit(imported);
  };
  visit(file);
  return [...seen];
}

/**
 * What the entry downloads at once (`initial`: the entry and its static imports) and, per chunk it
 * may import on demand, the files that chunk adds to them (`onDemand`, keyed by chunk file).
 */
export function cdnGraph(entry = CDN_ENTRY) {
  const initial = staticClosure(entry);
  const onDemand = {};
  const queue = initial.flatMap((file) => importsOf(file).dynamic);
  while (queue.length > 0) {
    const chunk = queue.shift();
    if (chunk in onDemand) continue;
    const added = staticClosure(chunk).filter((file) => !initial.includes(file));
    onDemand[chunk] = added;
    queue.push(...added.flatMap((file) => importsOf(file).dynamic));
  }
  return { initial, onDemand };
}

/** The readable name of a chunk file: `chunks/script-gate-1a2B3c.js` → `script-gate`. */
export const chunkName = (file) => posix.basename(file, '.js').replace(/-[\w-]{8}$/, '');
