// node bench/compare-builds.mjs <cdn-folder> <cdn-folder> [...] [--runs N] [--cpu-throttle R] [--no-peer]
// Is a change faster? Two or more builds of the CDN folder (`dist/cdn` of two checkouts, say main's
// and a branch's) load on the bench's README-like host page, interleaved load by load with
// vanilla-cookieconsent's for scale, exactly as `npm run bench` measures one build
// (bench/measure-load.mjs). Prints, per build, the median main-thread script CPU time and time to an
// interactive notice, with p25–p75.
//
// Use many runs: at 4× CPU, the median script time of 30 loads moves by a few ms between two runs
// of one build, so a 1 ms change needs about 80 loads per build to show (and still only as a
// direction). Run it on a quiet machine; it asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { measureLoad } from './measure-load.mjs';
import { peerFile } from './measure-size.mjs';
import { LIBRARIES, loadPage } from './pages.mjs';
import { startServer } from './server.mjs';

const { values: args, positionals: folders } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    'cpu-throttle': { type: 'string', default: '4' },
    'no-peer': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
if (folders.length < 2) throw new Error('Name at least two CDN folders to compare.');

const ours = LIBRARIES.find((library) => library.id === 'consent-elements');
const peer = LIBRARIES.find((library) => library.id === 'vanilla-cookieconsent');

// Build i is served under /build-i/assets/, its host page at /load/build-i.html: each entry loads
// its chunks and languages from its own folder.
const builds = folders.map((folder, i) => ({ ...ours, id: `build-${i}`, folder: resolve(folder) }));
const routes = {
  '/assets/cookieconsent.umd.js': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.umd.js'),
  '/assets/cookieconsent.css': peerFile('vanilla-cookieconsent', 'dist/cookieconsent.css'),
  [`/load/${peer.id}.html`]: loadPage(peer),
};
for (const build of builds) {
  for (const file of readdirSync(build.folder, { recursive: true }))
    if (file.endsWith('.js'))
      routes[`/${build.id}/assets/${file}`] = readFileSync(join(build.folder, file));
  routes[`/load/${build.id}.html`] = loadPage(ours).replaceAll('/assets/', `/${build.id}/assets/`);
}

const libraries = [...builds, ...(args['no-peer'] ? [] : [peer])];
const server = await startServer(routes);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const results = await measureLoad(browser, server, libraries, {
    runs: Number(args.runs),
    cpuThrottlingRate: Number(args['cpu-throttle']),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const spread = ({ median, p25, p75 }) =>
    `${median.toFixed(1)} ms (${p25.toFixed(1)}–${p75.toFixed(1)})`;
  for (const library of libraries) {
    const { summary, runs, failures } = results[library.id];
    const name = library.folder ? `${library.id} (${library.folder})` : library.label;
    console.log(
      `${name}: ${runs} loads, script CPU ${spread(summary.scriptCpuMs)}, interactive ${spread(summary.readyMs)}` +
        (failures.length ? `, ${failures.length} failed: ${failures[0]}` : ''),
    );
  }
} finally {
  await browser.close();
  server.close();
}
