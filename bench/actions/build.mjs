// Builds the case-action benchmark pages (production bundles) and the agents fixture into bench/dist/actions/.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { templateLiteralsEsbuild } from '../../scripts/template-literals.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.join(here, '../dist/actions');
export const pages = [
  'picker-limit',
  'picker-vaadin',
  'picker-kit',
  'picker-floor',
  'dialog-native',
  'dialog-vaadin',
  'dialog-kit',
];

const first = [
  'Anne',
  'Bruno',
  'Chloé',
  'Damien',
  'Elise',
  'Fabien',
  'Gaëlle',
  'Henri',
  'Inès',
  'Julien',
  'Karim',
  'Laura',
  'Marc',
  'Nadia',
  'Olivier',
  'Pauline',
  'Quentin',
  'Rachel',
  'Samir',
  'Tania',
  'Ulysse',
  'Valérie',
  'William',
  'Yasmine',
  'Zoé',
  'Martine',
  'Martin',
  'Marina',
  'Bernard',
  'Lina',
  'Noah',
  'Emma',
  'Louis',
  'Jade',
  'Hugo',
  'Alice',
  'Léon',
  'Rose',
];
const last = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefèvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Martinelli',
  'Martineau',
  'Martinez',
];

const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** 10,000 agents from a seeded LCG, sorted like the adapter sorts them (name, then id). */
export function generateAgents(count = 10_000) {
  let state = 7;
  const next = (n) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
  const agents = [];
  for (let i = 0; i < count; i++) {
    const f = first[next(first.length)];
    const l = last[next(last.length)];
    const id = `ag-g${String(i).padStart(5, '0')}`;
    agents.push({ id, name: `${f} ${l}`, email: `${ascii(f)}.${ascii(l)}.${i}@casekit.org`.toLowerCase() });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return agents.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

const html = (page) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench actions: ${page}</title></head>
<body><div id="app"></div><script type="module" src="./${page}.js"></script></body></html>
`;

export async function buildAll({ log = console.log } = {}) {
  await mkdir(distDir, { recursive: true });
  await writeFile(path.join(distDir, 'agents-10k.json'), JSON.stringify(generateAgents()));
  for (const page of pages) {
    await build({
      entryPoints: [path.join(here, `pages/${page}.ts`)],
      outfile: path.join(distDir, `${page}.js`),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      // The kit's literals as they ship (scripts/template-literals.mjs).
      plugins: [templateLiteralsEsbuild()],
    });
    await writeFile(path.join(distDir, `${page}.html`), html(page));
  }
  log(`built ${pages.length} pages into ${path.relative(process.cwd(), distDir)}`);
}
