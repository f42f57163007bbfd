// V8's explicit compile hint (Chrome 136 and later; other engines read a comment), as the first line
// of a module script: most functions of the file run while a page loads, so V8 compiles them all
// while the file streams in, on a background thread, instead of compiling each on the main thread
// the first time it is called. The CDN entry ships with it (the plugin below, in vite.config.ts's
// CDN build, which bench/profile-load.mjs builds too); the bench gives the same first line to the
// Lit-only floor page it compares the entry with, so both are measured like for like.
// Measured on the README-like notice page at 4x CPU (12 interleaved cold loads each, `scriptCpuMs`
// of bench/measure-load.mjs): main-thread script time 101 → 77 ms (median). The functions that do
// not run on load (the toggle's, the integrations') are compiled too, off the main thread. Chunks
// and language modules have none: they load on demand, and language modules are data.

/** The hint, a comment line of its own. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** `code` with COMPILE_HINT as its first line. */
export const withCompileHint = (code) => `${COMPILE_HINT}\n${code}`;

/**
 * A build plugin that puts COMPILE_HINT first in every entry file, once minified (the minifier
 * drops comments).
 */
export function compileHint() {
  return {
    name: 'consent-compile-hint',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (file.type === 'chunk' && file.isEntry) {
          file.code = withCompileHint(file.code);
          // The code moved down a line: so does its source map (`;` is an empty first line).
          if (file.map) file.map.mappings = `;${file.map.mappings}`;
        }
    },
  };
}
