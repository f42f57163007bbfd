// Turns results.json into tables: aligned plain text for stdout, Markdown for BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { COMPILE_HINT } from '../scripts/compile-hint.mjs';
import { OUR_SIZE_TABLE_TITLE, REFRESH_COMMAND, TOLERANCE_KB } from '../scripts/size-rows.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
const num = (v, digits = 0) =>
  Number.isFinite(v)
    ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

/** The size tables: our rows (the ones `npm run size` measures), then the floor and the peers. */
export function buildSizeTables(results) {
  const vccTotal = results.size.find((r) => r.name.includes('JS + CSS'));
  const sizeTable = (title, rows) => ({
    title,
    head: ['bundle', 'minified', 'gzip -9', 'brotli', 'gzip vs vcc JS+CSS', 'budget (gzip)'],
    align: ['l', 'r', 'r', 'r', 'r', 'l'],
    rows: rows.map((r) => [
      r.name,
      kb(r.min),
      kb(r.gzip),
      kb(r.brotli),
      vccTotal ? ratio(r.gzip / vccTotal.gzip) : 'n/a',
      r.budget === undefined ? '' : `${r.gzip <= r.budget ? '≤' : 'OVER'} ${kb(r.budget)}`,
    ]),
  });
  const { commit, dirty } = results.sizeMeta ?? results.meta.git;
  const ours = results.size.filter((r) => r.group === 'consent-elements');
  const others = results.size.filter((r) => r.group !== 'consent-elements');
  return [
    sizeTable(
      `${OUR_SIZE_TABLE_TITLE} (what \`npm run size\` measures, at commit ${commit}${dirty ? ' plus uncommitted changes in src/' : ''})`,
      ours,
    ),
    sizeTable('Size: Lit floor and peers (bundled the same way, or their shipped files)', others),
  ];
}

/**
 * BENCHMARKS.md with its size tables replaced by `sizeTables` (every `### Size…` section, which
 * come one after another), the rest untouched: `npm run bench -- --size-only`.
 */
export function replaceSizeTables(markdown, sizeTables) {
  const lines = markdown.split('\n');
  const isSize = (line) => line.startsWith('### Size');
  const start = lines.findIndex(isSize);
  if (start < 0) {
    throw new Error('BENCHMARKS.md has no "### Size" table: run the full `npm run bench` once.');
  }
  let end = start + 1;
  while (end < lines.length && !(lines[end].startsWith('#') && !isSize(lines[end]))) end++;
  return [...lines.slice(0, start), toMarkdown(sizeTables), '', ...lines.slice(end)].join('\n');
}

/** Builds every table as { title, head: string[], rows: string[][], align: ('l'|'r')[] }. */
export function buildTables(results) {
  const tables = buildSizeTables(results);

  const load = Object.entries(results.load);
  const vcc = results.load['vanilla-cookieconsent'];
  tables.push({
    title: `Time to an interactive notice (cold load, ${results.meta.runs} interleaved runs each)`,
    head: [
      'library',
      'median',
      'p25–p75',
      'min–max',
      '× vcc median',
      'button in DOM',
      'first paint',
    ],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: load.map(([, l]) => {
      const s = l.summary.readyMs;
      return [
        l.label + (l.failures.length ? ` (${l.failures.length} failed)` : ''),
        ms(s.median),
        `${s.p25.toFixed(0)}–${s.p75.toFixed(0)} ms`,
        `${s.min.toFixed(0)}–${s.max.toFixed(0)} ms`,
        ratio(s.median / vcc?.summary.readyMs.median),
        ms(l.summary.inDomMs.median),
        ms(l.summary.fcpMs.median),
      ];
    }),
  });

  tables.push({
    title:
      'Main-thread cost and layout shift during that load (medians; CPU = main-thread CPU time; CLS: worst run)',
    head: [
      'library',
      'TBT',
      'runs with long tasks',
      'script (CPU)',
      'script (wall)',
      'all tasks (CPU)',
      'style+layout (CPU)',
      'CLS max',
    ],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: load.map(([, l]) => {
      const s = l.summary;
      return [
        l.label,
        ms(s.tbtMs.median),
        `${l.samples.filter((x) => x.longTasks > 0).length} of ${l.runs}`,
        ms(s.scriptCpuMs.median),
        ms(s.scriptMs.median),
        ms(s.taskCpuMs.median),
        ms(s.styleCpuMs.median + s.layoutCpuMs.median),
        num(s.cls.max, 4),
      ];
    }),
  });

  const throttled = results.throttled;
  if (throttled) {
    const tvcc = throttled.load['vanilla-cookieconsent']?.summary;
    const spread = (s) => `${s.p25.toFixed(0)}–${s.p75.toFixed(0)} ms`;
    tables.push({
      title: `Phone-class CPU: the same cold loads with the CPU throttled ${throttled.rate}× (${throttled.runs} interleaved runs each; medians, CPU = main-thread CPU time)`,
      head: [
        'library',
        'interactive notice',
        'p25–p75',
        '× vcc',
        'script (CPU)',
        'p25–p75',
        '× vcc',
        'script (wall)',
        'all tasks (CPU)',
        'TBT',
      ],
      align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows: Object.values(throttled.load).map((l) => {
        const s = l.summary;
        return [
          l.label + (l.failures.length ? ` (${l.failures.length} failed)` : ''),
          ms(s.readyMs.median),
          spread(s.readyMs),
          ratio(s.readyMs.median / tvcc?.readyMs.median),
          ms(s.scriptCpuMs.median),
          spread(s.scriptCpuMs),
          ratio(s.scriptCpuMs.median / tvcc?.scriptCpuMs.median),
          ms(s.scriptMs.median),
          ms(s.taskCpuMs.median),
          ms(s.tbtMs.median),
        ];
      }),
    });
  }

  const shifts = layoutShiftRows(results);
  if (shifts.length)
    tables.push({
      title:
        'Layout shift of our elements (CLS per load: layout-shift entries without recent input)',
      head: ['element', 'load', 'runs', 'runs with any shift', 'CLS median', 'CLS max'],
      align: ['l', 'l', 'r', 'r', 'r', 'r'],
      rows: shifts,
    });

  const st = results.store;
  if (!st.failed)
    tables.push({
      title: 'Store speed (in Chromium, CDN module, real cookie)',
      head: ['measure', 'value'],
      align: ['l', 'r'],
      rows: [
        ['isGranted() calls per second', num(st.isGrantedPerSecond)],
        [
          `decision: setCategory + consent-change + read-back (median of ${st.decisionUs.length} × ${num(st.decisionsPerBatch)})`,
          `${num(st.decisionUsMedian, 1)} µs`,
        ],
        ['decision, batch min–max', `${num(st.decisionUsMin, 1)}–${num(st.decisionUsMax, 1)} µs`],
        [
          `decision with the three elements mounted, incl. their re-render (${st.withElementsDecisions} decisions)`,
          `${num(st.withElementsUs, 1)} µs`,
        ],
        ['consent-change dispatched synchronously', st.eventIsSynchronous ? 'yes' : 'no'],
        [
          'where a decision spends its time (CPU profile self time; JS names minified)',
          st.decisionProfile
            .slice(0, 3)
            .map((p) => `${p.fn.replace(/ \(.*\)$/, '')} ${p.share}%`)
            .join(', '),
        ],
      ],
    });

  const m = results.memory;
  if (m.failed) return tables;
  const instances = (s) =>
    Object.values(s.instances).reduce((a, b) => a + b, 0) +
    ` (${Object.values(s.instances).join('/')})`;
  const snapRow = (label, f) => [label, f(m.before), f(m.warm), f(m.after), f(m.afterTwice)];
  tables.push({
    title: `Memory: mount/unmount cycles of all three elements (after forced GC)`,
    head: [
      'measure',
      'before',
      `after ${m.warmupCycles} warm-up cycles`,
      `after +${num(m.cycles)} cycles`,
      `after +${num(m.cycles)} more`,
    ],
    align: ['l', 'r', 'r', 'r', 'r'],
    rows: [
      snapRow('JS heap used', (s) => kb(s.heapUsedBytes)),
      snapRow('listeners on document', (s) => num(s.documentListeners.total)),
      snapRow('listeners on window', (s) => num(s.windowListeners.total)),
      snapRow('BroadcastChannels open (opened)', (s) => `${s.channelsOpen} (${s.channelsOpened})`),
      snapRow(
        'timers pending / intervals active',
        (s) => `${s.timeoutsPending} / ${s.intervalsActive}`,
      ),
      snapRow('live element instances (notice/toggle/banner)', instances),
      [
        'heap growth: vs before / per cycle over the second batch (leak rate)',
        '',
        '',
        kb(m.heapGrowthBytes),
        `${num(m.bytesPerCycle, 1)} B/cycle`,
      ],
      ['time for one batch of cycles', '', '', `${num(m.cyclesMs)} ms`, ''],
    ],
  });
  return tables;
}

/** One row per measured load of our elements: the notice (normal and throttled), the banner. */
function layoutShiftRows(results) {
  const row = (element, load, l) => [
    element,
    load,
    String(l.runs),
    String(l.samples.filter((x) => x.cls > 0).length),
    num(l.summary.cls.median, 4),
    num(l.summary.cls.max, 4),
  ];
  const rows = [];
  const notice = results.load['consent-elements'];
  const throttledNotice = results.throttled?.load['consent-elements'];
  const banner = results.banner;
  const viewport = results.meta.viewport;
  if (notice) rows.push(row('cookie notice (first visit)', `cold, ${viewport}`, notice));
  if (throttledNotice)
    rows.push(
      row(
        'cookie notice (first visit)',
        `cold, ${viewport}, CPU ${results.throttled.rate}×`,
        throttledNotice,
      ),
    );
  if (banner && !banner.failed && banner.runs > 0)
    rows.push(
      row('policy banner (returning visitor, policy change ahead)', `cold, ${viewport}`, banner),
    );
  return rows;
}

function widths(table) {
  return table.head.map((h, i) =>
    Math.max(h.length, ...table.rows.map((r) => String(r[i]).length)),
  );
}

export function toText(tables) {
  return tables
    .map((t) => {
      const w = widths(t);
      const line = (cells) =>
        cells
          .map((c, i) => (t.align[i] === 'r' ? String(c).padStart(w[i]) : String(c).padEnd(w[i])))
          .join('  ');
      return [
        t.title,
        line(t.head),
        w.map((n) => '-'.repeat(n)).join('  '),
        ...t.rows.map(line),
      ].join('\n');
    })
    .join('\n\n');
}

export function toMarkdown(tables) {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return tables
    .map((t) =>
      [
        `### ${t.title}`,
        '',
        `| ${t.head.map(esc).join(' | ')} |`,
        `| ${t.align.map((a) => (a === 'r' ? '---:' : ':---')).join(' | ')} |`,
        ...t.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
      ].join('\n'),
    )
    .join('\n\n');
}

/** BENCHMARKS.md: the numbers, where they were measured, how to reproduce, and what they mean. */
export function writeBenchmarksMd(path, results, tables) {
  const { meta } = results;
  const r = results.ratiosVsVanillaCookieconsent;
  const t = r.throttled;
  const text = `# Benchmarks

Generated by \`${meta.command}\` on ${meta.date}. Rerun it to refresh this file and
\`bench/results.json\` (raw samples included). Numbers from one machine: compare the ratios more than
the absolute values.

**Machine:** ${meta.machine.cpu}, ${meta.machine.cores} cores, ${meta.machine.memoryGB} GB RAM,
${meta.machine.os}, load average ${meta.machine.loadAverageStart} at start and
${meta.machine.loadAverageEnd} at end · Node ${meta.node} · Chromium ${meta.chromium} (headless, via Playwright
${meta.playwright}) · total bench time ${meta.durationS.toFixed(0)} s.

**Compared:** consent-elements ${meta.version} at commit ${meta.git.commit}${
    meta.git.dirty ? ' plus uncommitted changes in src/' : ''
  } (\`dist/cdn/consent-elements.js\`, built by \`npm run build\` in the same run), vanilla-cookieconsent 3.1.0 (\`dist/cookieconsent.umd.js\` +
\`dist/cookieconsent.css\`), klaro 0.7.22 (\`dist/klaro.js\`, CSS included), and Lit alone as the floor.

**Against vanilla-cookieconsent, same run (medians; below 1× is ours faster or smaller):**
time to an interactive notice ${ratio(r.readyMedian)} (CPU ${t.cpuThrottlingRate}×: ${ratio(t.readyMedian)}),
main-thread script CPU time ${ratio(r.scriptCpuMedian)} (CPU ${t.cpuThrottlingRate}×: ${ratio(t.scriptCpuMedian)};
wall ${ratio(t.scriptWallMedian)}), CDN file gzip vs its JS + CSS ${ratio(r.cdnGzipVsJsCss)}.

The size tables alone can be refreshed (after a merge, say) with \`${REFRESH_COMMAND}\`: seconds
instead of minutes; their heading names the commit they were measured at. \`npm test\` fails when
our size rows differ from what \`npm run size\` measures by more than ${TOLERANCE_KB} KB.

${toMarkdown(tables)}

## How it is measured

- **Size**: minified bytes, gzip level 9 and brotli quality 11. Our rows are \`scripts/size.mjs\`'s
  \`measureAll()\` (the same figures and budgets as \`npm run size\`): the shipped CDN file, and
  tree-shaken single-file bundles made with Vite's build API (Lit included where imported; an
  integration "alone" leaves the store out: what it adds to a page that has the store). Lit alone and
  the floor page are bundled the same way. Peers are their shipped dist files; vanilla-cookieconsent's
  two files are compressed separately and added.
- **Time to an interactive notice**: the same host page (text, header, footer) for every library,
  plus only the install lines each library's docs prescribe, served from \`node:http\` on 127.0.0.1
  (brotli/gzip as offered). Each run: a fresh browser context (no cookies, no cache), one navigation;
  an init script polls on every DOM mutation (document and shadow roots) and every animation frame
  until the accept button is connected, enabled, passes \`checkVisibility({opacityProperty,
  visibilityProperty})\`, has a non-empty box in the viewport and is the hit-test target at its centre
  (through shadow roots). The time is \`performance.now()\` then, i.e. from navigation start.
  "Button in DOM" is when the button first exists, visible or not (medians); "first paint" is FCP.
  vanilla-cookieconsent 3.1.0 builds its modal early but reveals it with a class added after a 100 ms
  timeout and a CSS transition, which is why its button exists well before it is interactive.
  Libraries are interleaved run by run; one warm-up round is discarded. The floor page's file
  starts, like our CDN entry, with V8's compile hint (\`${COMPILE_HINT}\`: every function
  compiled off the main thread while the file streams in), so Lit alone is compiled the way it is
  inside our entry and the floor stays like for like.
- **Main-thread cost**: CDP \`Performance.getMetrics\` (\`ScriptDuration\`, \`TaskDuration\`,
  \`RecalcStyleDuration\`, \`LayoutDuration\`) for the whole load plus ${meta.settleMs} ms of settling
  after the button is ready (host page, probe and DevTools commands included, identical for all), read
  twice: in wall time and in main-thread CPU time (\`timeDomain: 'threadTicks'\`), which is far less
  sensitive to other processes on the machine. TBT is the sum over long tasks (PerformanceObserver
  \`longtask\`, buffered) of \`duration − 50 ms\`; on a busy machine it is inflated too.
- **Phone-class CPU**: the same interleaved cold loads (own warm-up round) with DevTools' CPU
  throttling at ${t.cpuThrottlingRate}× (CDP \`Emulation.setCPUThrottlingRate\`, set on the page before it
  navigates; it stays on across the navigation), roughly a mid-range phone against this machine.
  The network is not throttled. Script time is \`ScriptDuration\` as above; under throttling the CPU
  clock counts the slowed-down time too. To see where that time goes, run
  \`node bench/profile-load.mjs --cpu-throttle ${t.cpuThrottlingRate}\` (CDP Profiler, top self-time functions).
- **Layout shift**: sum of \`layout-shift\` entries (without recent input) over the same window.
  Our elements are placed first in \`<body>\`, the harshest spot for a shift: the cookie notice on a
  first visit (the load runs above, normal and throttled), and the policy banner (default placement)
  for a returning visitor who decided under the previous policy version while the site announces the
  next one, in force in ten days (its own ${results.banner?.runs ?? 'n/a'} runs; the wait is for its "Got it").
- **Store**: in a page with the CDN module; \`isGranted\` in a tight loop for 1 s; a decision is
  \`setCategory\` (cookie write + tab-sync post) + the \`consent-change\` event on \`document\` +
  \`isGranted\` read-back, timed over batches of ${results.store.decisionsPerBatch ?? 'n/a'}.
- **Memory**: mount/unmount of the three elements (each awaiting \`updateComplete\`), heap from
  \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`. The first batch's growth is mostly
  one-off (JIT code, template caches); a second batch of the same size gives the leak rate. Listeners via
  \`DOMDebugger.getEventListeners\`; BroadcastChannels and timers via wrappers installed before the
  library loads; live instances via \`Runtime.queryObjects\`.

To see where our load time goes, \`node bench/profile-load.mjs\` profiles cold loads of the CDN folder
built as it ships but unminified, and charges the main thread's time to source modules (Lit, store,
copy, …; a module's import-time code included) next to the Lit floor.
`;
  writeFileSync(path, text);
}
