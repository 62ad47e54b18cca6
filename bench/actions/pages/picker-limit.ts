/**
 * The limit: a native `<input>` and a plain `role="listbox"` list showing the first page of matches,
 * filtered in memory over a folded name + e-mail key computed once at load.
 */
import { expose, fold, sameLabels, shown } from './probe.js';
import { loadAgents, mountStyle, pageSize, type BenchAgent } from './agents.js';

mountStyle(
  `.list{position:absolute;margin:0;padding:0;width:16rem;max-height:320px;overflow:auto;border:1px solid #888;background:#fff}` +
    `.list[hidden]{display:none}[role=option]{padding:4px 8px}[role=option] small{display:block;color:#666}`,
);

let agents: BenchAgent[] = [];
let keys: string[] = [];
const app = document.getElementById('app')!;
const input = document.createElement('input');
input.setAttribute('role', 'combobox');
input.setAttribute('aria-controls', 'list');
input.setAttribute('aria-expanded', 'false');
input.setAttribute('aria-label', 'Owner');
const list = document.createElement('div');
list.id = 'list';
list.className = 'list';
list.setAttribute('role', 'listbox');
list.hidden = true;
app.append(input, list);

function matches(needle: string): BenchAgent[] {
  const folded = fold(needle.trim());
  const found: BenchAgent[] = [];
  for (let i = 0; i < agents.length && found.length < pageSize; i++)
    if (folded === '' || keys[i]!.includes(folded)) found.push(agents[i]!);
  return found;
}

function render(): void {
  const options = matches(input.value).map((agent) => {
    const option = document.createElement('div');
    option.setAttribute('role', 'option');
    option.id = `o-${agent.id}`;
    const name = document.createElement('span');
    name.textContent = agent.name;
    const email = document.createElement('small');
    email.textContent = agent.email;
    option.append(name, email);
    return option;
  });
  list.replaceChildren(...options);
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

input.addEventListener('click', render);
input.addEventListener('input', render);

const expected = new Map<string, string[]>();
expose({
  async ready() {
    agents = await loadAgents();
    keys = agents.map((a) => fold(`${a.name} ${a.email}`));
  },
  target() {
    const box = input.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  async expect(needles) {
    for (const needle of ['', ...needles])
      expected.set(
        needle,
        matches(needle).map((a) => a.name),
      );
  },
  shows(needle) {
    if (!shown(list)) return false;
    const labels = [...list.querySelectorAll('[role=option] span')].map((s) => s.textContent ?? '');
    return sameLabels(labels, expected.get(needle) ?? []) && shown(list.firstElementChild);
  },
});
