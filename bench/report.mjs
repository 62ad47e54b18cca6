// The Markdown table of medians and paired ratios, and the budgets of issue 4.
import { frameMs, median, pairedRatio } from './stats.mjs';

/** What the table shows: one line per metric and size. `frame`: rAF-quantized, so ratios floor the denominator at one frame. */
export const metrics = [
  { scenario: 'first-rows', key: 'firstRowsMs', label: 'first rows painted, ms', frame: true },
  {
    scenario: 'first-rows',
    key: 'remountMs',
    label: 'first rows again (the list mounted a second time), ms',
    frame: true,
  },
  { scenario: 'first-rows', key: 'domElements', label: 'DOM elements' },
  { scenario: 'sort', key: 'sortMs', label: 'sort by Title click, ms', frame: true },
  { scenario: 'sort', key: 'sortLongTaskMaxMs', label: 'sort: longest task, ms' },
  { scenario: 'sort', key: 'sortLongTasksOver100', label: 'sort: tasks > 100 ms' },
  { scenario: 'search', key: 'keyP50Ms', label: 'keystroke p50, ms', frame: true },
  { scenario: 'search', key: 'keyP95Ms', label: 'keystroke p95, ms', frame: true },
  { scenario: 'search', key: 'keyMaxMs', label: 'keystroke max, ms', frame: true },
  { scenario: 'search', key: 'eventTimingMaxMs', label: 'Event Timing max, ms', frame: true },
  { scenario: 'scroll', key: 'scrollP95Ms', label: 'scroll frame p95, ms', frame: true },
  { scenario: 'scroll', key: 'scrollDroppedPct', label: 'scroll frames > 25 ms, %' },
  { scenario: 'scroll', key: 'scrollLongTasks', label: 'scroll long tasks' },
  { scenario: 'scroll', key: 'blankRowsMax', label: 'blank rows 2 frames after scroll (max)' },
  { scenario: 'memory', key: 'heapMB', label: 'heap beyond data, MB' },
  {
    scenario: 'memory',
    key: 'heapGrowthPer10kMB',
    label: 'heap growth from the size before, MB per 10k cases (the per-row structures)',
  },
  {
    scenario: 'memory',
    key: 'typedArraysPer10kMB',
    label: 'typed arrays beyond data (outside the heap), MB per 10k cases',
  },
  { scenario: 'memory', key: 'heapAfterRemovalMB', label: 'heap after removal, MB' },
];

const fmt = (v, digits = 1) =>
  Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(digits)) : '–';
const fmtRatio = (r) => (r.n === 0 ? '–' : `×${fmt(r.median, 2)} [${fmt(r.ci[0], 2)}, ${fmt(r.ci[1], 2)}]`);

const caseCount = (size) => parseInt(size) * (size.endsWith('k') ? 1000 : 1);

/**
 * The heap's growth per 10k cases from the next smaller size measured, in the same round: what the
 * implementation keeps per case (indexes, orders, caches), apart from what does not grow with the
 * cases (its compiled code, styles, the rendered rows), which its heap at the smallest size shows.
 */
function heapGrowth(samples) {
  const memory = samples.filter((s) => s.scenario === 'memory' && !s.error && s.metrics);
  const sizes = [...new Set(memory.map((s) => s.size))].sort((a, b) => caseCount(a) - caseCount(b));
  const at = new Map(memory.map((s) => [`${s.impl} ${s.round} ${s.size}`, s]));
  return sizes.slice(1).flatMap((size, i) => {
    const before = sizes[i];
    const per10k = (caseCount(size) - caseCount(before)) / 10_000;
    return memory
      .filter((s) => s.size === size)
      .flatMap((s) => {
        const smaller = at.get(`${s.impl} ${s.round} ${before}`);
        if (!smaller) return [];
        const growth = (s.metrics.heapMB - smaller.metrics.heapMB) / per10k;
        return [{ ...s, scenario: 'memory-growth', metrics: { heapGrowthPer10kMB: growth } }];
      });
  });
}

/** Values of one metric per implementation, keyed by round (for pairing). */
function cell(samples, scenario, size, key) {
  const byImpl = new Map();
  if (scenario === 'memory' && key === 'heapGrowthPer10kMB')
    return cell(heapGrowth(samples), 'memory-growth', size, key);
  for (const s of samples) {
    if (s.scenario !== scenario || s.size !== size || s.error || !s.metrics) continue;
    if (!byImpl.has(s.impl)) byImpl.set(s.impl, new Map());
    byImpl.get(s.impl).set(s.round, s.metrics[key]);
  }
  return byImpl;
}

function ratio(byImpl, a, b, floor) {
  const as = byImpl.get(a);
  const bs = byImpl.get(b);
  if (!as || !bs) return { n: 0, median: NaN, ci: [NaN, NaN] };
  const pairs = [...as].filter(([round]) => bs.has(round)).map(([round, v]) => [v, bs.get(round)]);
  return pairedRatio(pairs, { floor });
}

/** The ratio columns: the kit against each peer and the limit; without the kit, the peers against the limit. */
export function ratioColumns(impls) {
  const pairs = impls.includes('kit')
    ? [
        ['kit', 'vaadin-default'],
        ['kit', 'vaadin-tuned'],
        ['kit', 'vanilla'],
      ]
    : [
        ['vaadin-default', 'vanilla'],
        ['vaadin-tuned', 'vanilla'],
      ];
  return pairs.filter(([a, b]) => impls.includes(a) && impls.includes(b));
}

export function table(samples, impls, sizes) {
  const columns = ratioColumns(impls);
  const head = ['metric', 'size', ...impls, ...columns.map(([a, b]) => `${a} ÷ ${b}`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const m of metrics) {
    for (const size of sizes) {
      const byImpl = cell(samples, m.scenario, size, m.key);
      if (byImpl.size === 0) continue;
      const medians = impls.map((impl) => fmt(median([...(byImpl.get(impl)?.values() ?? [])])));
      const ratios = columns.map(([a, b]) =>
        fmtRatio(ratio(byImpl, a, b, m.frame && b === 'vanilla' ? frameMs : 0)),
      );
      lines.push(`| ${[m.label, size, ...medians, ...ratios].join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/**
 * Issue 4's budgets. A ratio budget holds when the upper bound of its 95% CI is within the target
 * (the claim must survive the noise); an absolute one is checked on the median over samples.
 */
export function budgets(samples) {
  const results = [];
  const med = (scenario, size, key, impl = 'kit') =>
    median([...(cell(samples, scenario, size, key).get(impl)?.values() ?? [])]);
  const upTo = (scenario, size, key, peer, target, floor = 0) => {
    const r = ratio(cell(samples, scenario, size, key), 'kit', peer, floor);
    return {
      ok: r.n > 0 && r.ci[1] <= target,
      value: r.n > 0 ? `×${fmt(r.median, 2)}, CI upper ×${fmt(r.ci[1], 2)} (n=${r.n})` : 'not measured',
    };
  };
  const add = (name, { ok, value }) => results.push({ name, ok, value });
  const measured = samples.some((s) => s.impl === 'kit' && !s.error);

  for (const size of ['10k', '100k']) {
    for (const peer of ['vaadin-default', 'vaadin-tuned'])
      add(`first rows ${size} ≤ 0.3 × ${peer}`, upTo('first-rows', size, 'firstRowsMs', peer, 0.3));
    add(
      `first rows ${size} ≤ 2 × vanilla (floored at one frame)`,
      upTo('first-rows', size, 'firstRowsMs', 'vanilla', 2, frameMs),
    );
  }
  for (const peer of ['vaadin-default', 'vaadin-tuned'])
    add(`sort 100k ≤ 0.3 × ${peer}`, upTo('sort', '100k', 'sortMs', peer, 0.3));
  {
    const v = med('sort', '100k', 'sortLongTasksOver100');
    add('sort 100k: no long task over 100 ms (median sample)', {
      ok: v === 0,
      value: Number.isFinite(v) ? `${v}` : 'not measured',
    });
  }
  {
    const v = med('search', '100k', 'keyP95Ms');
    add('search keystroke 100k: p95 ≤ 50 ms', {
      ok: v <= 50,
      value: Number.isFinite(v) ? `${fmt(v)} ms` : 'not measured',
    });
  }
  add('scroll 100k: p95 frame ≤ 1.25 × vanilla', upTo('scroll', '100k', 'scrollP95Ms', 'vanilla', 1.25));
  {
    const all = [...(cell(samples, 'scroll', '100k', 'blankRowsMax').get('kit')?.values() ?? [])];
    const worst = all.length ? Math.max(...all) : NaN;
    add('scroll 100k: no blank rows two frames after a scroll (every sample)', {
      ok: worst <= 0,
      value: Number.isFinite(worst) ? `worst ${worst}` : 'not measured',
    });
  }
  {
    const small = med('first-rows', '1k', 'domElements');
    const large = med('first-rows', '100k', 'domElements');
    add('DOM elements independent of the number of cases (100k ≤ 1k + 10%)', {
      ok: large <= small * 1.1,
      value:
        Number.isFinite(small) && Number.isFinite(large)
          ? `${small} at 1k, ${large} at 100k`
          : 'not measured',
    });
  }
  for (const size of ['10k', '100k']) {
    const v = med('memory', size, 'heapGrowthPer10kMB');
    add(
      `heap of the kit's per-row structures up to ${size} (growth from the size before) ≤ 1 MB per 10k cases`,
      {
        ok: v <= 1,
        value: Number.isFinite(v) ? `${fmt(v, 2)} MB` : 'not measured',
      },
    );
  }
  return { measured, results };
}

export function budgetLines({ measured, results }) {
  const lines = results.map((r) => `${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value}`);
  if (!measured) lines.unshift('The kit was not measured: every budget fails until it is.');
  return lines.join('\n');
}
