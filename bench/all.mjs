// `npm run bench`: the three benchmarks of the kit, one after the other — the case list (issue 4),
// the case form (issue 5) and the case actions (issue 6) — each against its peer and its limit.
// `--samples N`, `--quick` and `--no-gate` go to all three; each suite also runs alone:
// `npm run bench:list`, `npm run bench:form`, `npm run bench:actions` (with their own options).
// Exits 1 when any suite's budgets fail (unless --no-gate).
import { spawnSync } from 'node:child_process';

const shared = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--samples') shared.push('--samples', argv[++i] ?? '');
  else if (argv[i] === '--quick' || argv[i] === '--no-gate') shared.push(argv[i]);
  else {
    console.error(`npm run bench -- [--samples N | --quick] [--no-gate]   (unknown: ${argv[i]})`);
    process.exit(2);
  }
}

const suites = [
  ['case list', 'bench/run.mjs'],
  ['case form', 'bench/form/run.mjs'],
  ['case actions', 'bench/actions/run.mjs'],
];
const failed = [];
for (const [name, script] of suites) {
  console.log(`\n## ${name} (${script})\n`);
  const { status } = spawnSync(process.execPath, [script, ...shared], { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.log(`\nBudgets not met (or not measured): ${failed.join(', ')}.`);
  process.exitCode = 1;
}
