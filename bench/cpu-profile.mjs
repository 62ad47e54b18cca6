// What the `profile.mjs` scripts of the benchmarks share: summing a CDP CPU profile per function and
// a trace's main-thread CPU per event, and printing the largest entries.
import path from 'node:path';

/** A profile node's function, file and line. */
export const functionLabel = (node) =>
  `${node.callFrame.functionName || '(anon)'} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

/**
 * Adds a CPU profile's samples to `self` (time in the function itself) and `total` (in it or its
 * callees, counted once per stack), in ms times `scale`; `keep(sampleTime)` may leave samples out.
 */
export function addProfile(profile, { self, total, scale = 1, keep = () => true }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    if (!keep(time)) return;
    const ms = ((profile.timeDeltas[i] ?? 0) / 1000) * scale;
    const own = functionLabel(byId.get(id));
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const label = functionLabel(byId.get(at));
      if (seen.has(label)) continue;
      seen.add(label);
      total.set(label, (total.get(label) ?? 0) + ms);
    }
  });
}

/** The renderer main thread of a trace. */
export const mainThread = (events) =>
  events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');

/** Adds the main thread's CPU time (ms times `scale`) per trace event name to `into`. */
export function addThreadCpu(events, into, scale = 1) {
  const main = mainThread(events);
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== main?.pid || e.tid !== main?.tid || !e.tdur) continue;
    into.set(e.name, (into.get(e.name) ?? 0) + (e.tdur / 1000) * scale);
  }
  return into;
}

/** Prints the `count` largest entries of `map` under `title` (`functionsOnly` leaves out "(program)" and such). */
export function printTop(title, map, count, { functionsOnly = false } = {}) {
  console.log(title);
  [...map]
    .filter(([label]) => !functionsOnly || !label.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .forEach(([label, value]) => console.log(`${value.toFixed(1).padStart(8)}  ${label}`));
}

/**
 * Prints a CPU profile's kept samples as a top-down call tree: each function under its caller, with the
 * time in it and its callees, down to `depth` levels and leaving out branches under `minMs`.
 */
export function printTree(title, profile, { keep = () => true, depth = 12, minMs = 1 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const root = { ms: 0, children: new Map() };
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    if (!keep(time)) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.unshift(functionLabel(byId.get(at)));
    let node = root;
    node.ms += ms;
    for (const label of stack.slice(1)) {
      let child = node.children.get(label);
      if (!child) node.children.set(label, (child = { ms: 0, children: new Map() }));
      child.ms += ms;
      node = child;
    }
  });
  console.log(title);
  const print = (node, level) => {
    if (level > depth) return;
    for (const [label, child] of [...node.children].sort((a, b) => b[1].ms - a[1].ms)) {
      if (child.ms < minMs) continue;
      console.log(`${child.ms.toFixed(1).padStart(8)}  ${'  '.repeat(level)}${label}`);
      print(child, level + 1);
    }
  };
  print(root, 0);
}
