import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import { CaseKitError } from '../../src/adapters/errors.js';
import type { OwnerPicker } from '../../src/elements/owner-picker/owner-picker.js';
import { Translator } from '../../src/i18n/strings.js';
import type { CaseTransferredEvent, OwnerChangeEvent } from '../../src/events/case-actions.js';
import type { Agent, AgentQuery, Page, Session } from '../../src/model/types.js';
import { runComboboxSuite } from './combobox-suite.js';
import {
  announced,
  findCase,
  memoryBackend,
  mount,
  nextTask,
  overriding,
  ready,
  refusal,
  shadow,
  text,
  withManyAgents,
} from './case-actions/harness.js';

async function mountPicker(adapter: CaseKitAdapter, session: Session, caseId: string, lang = 'en') {
  const picker = await mount<OwnerPicker>(
    html`<ck-owner-picker case-id=${caseId} .adapter=${adapter} .session=${session}></ck-owner-picker>`,
    lang,
  );
  await ready(picker);
  return picker;
}

const input = (picker: OwnerPicker) => shadow(picker).querySelector<HTMLInputElement>('[role="combobox"]')!;
const options = (picker: OwnerPicker) => [...shadow(picker).querySelectorAll<HTMLElement>('[role="option"]')];
/** The groups shown (a group with no option painted is rendered hidden). */
const groups = (picker: OwnerPicker) =>
  [...shadow(picker).querySelectorAll('[role="group"]:not([hidden])')].map((g) =>
    text(shadow(picker).getElementById(g.getAttribute('aria-labelledby')!)),
  );

async function openList(picker: OwnerPicker): Promise<void> {
  input(picker).focus();
  await sendKeys({ press: 'ArrowDown' });
  await picker.updateComplete;
}

/** Scrolls the listbox to its end, as an agent looking further down does. */
async function scrollToEnd(picker: OwnerPicker): Promise<void> {
  const list = shadow(picker).querySelector<HTMLElement>('[role="listbox"]')!;
  if (list.scrollTop + list.clientHeight >= list.scrollHeight) return;
  const scrolled = oneEvent(list, 'scroll');
  list.scrollTop = list.scrollHeight;
  await scrolled;
  await picker.updateComplete;
}

async function choose(picker: OwnerPicker, name: string): Promise<void> {
  await openList(picker);
  const found = () => options(picker).some((o) => o.textContent?.includes(name));
  // The listbox paints its first options; further ones come as it scrolls.
  for (let i = 0; i < 10 && !found(); i++) await scrollToEnd(picker);
  await waitUntil(found, `no option ${name}`);
  options(picker)
    .find((o) => o.textContent?.includes(name))!
    .click();
  await picker.updateComplete;
}

runComboboxSuite('ck-owner-picker', async () => {
  const { adapter, session } = await memoryBackend('agent');
  const c = await findCase(adapter, (x) => x.ownerId === session.agent.id);
  const element = await mountPicker(adapter, session, c.id);
  return { element, requestEvent: 'ck-owner-change', typeAhead: { keys: 'hugo', label: /Hugo Martin/ } };
});

describe('ck-owner-picker', () => {
  describe('accessibility', () => {
    it('shows the current owner in a labelled combobox; axe-clean closed, loading and read-only', async function () {
      this.timeout(40_000);
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      expect(input(picker).value).to.equal(c.ownerName);
      expect(input(picker).labels?.[0]?.textContent?.trim()).to.equal('Owner');
      await expect(picker).to.be.accessible();

      const slow = overriding(adapter, { getCase: () => new Promise(() => undefined) });
      const loading = await mount<OwnerPicker>(
        html`<ck-owner-picker case-id=${c.id} .adapter=${slow} .session=${session}></ck-owner-picker>`,
      );
      expect(text(shadow(loading))).to.contain('Loading the case…');
      await expect(loading).to.be.accessible();

      const readOnly = await memoryBackend('read-only');
      const visible = await findCase(readOnly.adapter);
      const denied = await mountPicker(readOnly.adapter, readOnly.session, visible.id);
      await expect(denied).to.be.accessible();
    });

    it('shows its placeholder while the input is empty, and has none while it holds text', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      const placeholder = () => input(picker).getAttribute('placeholder');
      // The owner's name, then a search typed: a placeholder there would be restyled on every keystroke.
      expect(placeholder()).to.equal(null);
      input(picker).focus();
      await sendKeys({ type: 'h' });
      await picker.updateComplete;
      expect(placeholder()).to.equal(null);
      await sendKeys({ press: 'Backspace' });
      await picker.updateComplete;
      expect(input(picker).value).to.equal('');
      expect(placeholder()).to.equal('Search agents');
    });
  });

  describe('rights', () => {
    it('offers only "Me" with transfer "self" (junior)', async () => {
      const { adapter, session } = await memoryBackend('junior');
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      await openList(picker);
      expect(options(picker).map((o) => text(o.querySelector('span')))).to.deep.equal([
        `${session.agent.name} (me)`,
      ]);
    });

    it('offers me and my team with transfer "team" (agent), grouped', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      await openList(picker);
      expect(groups(picker)).to.deep.equal(['Me', 'My team']);
      expect(options(picker)).to.have.length(session.teamMembers.length);
    });

    it('adds "Everyone", searched through the adapter, with transfer "everyone" (supervisor)', async () => {
      const { adapter, session } = await memoryBackend('supervisor', withManyAgents(100));
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      await openList(picker);
      // Below "Me" and the team: painted as the list scrolls down.
      for (let i = 0; i < 5 && !groups(picker).includes('Everyone'); i++) await scrollToEnd(picker);
      await waitUntil(() => groups(picker).includes('Everyone'));
      expect(groups(picker)).to.deep.equal(['Me', 'My team', 'Everyone']);
    });

    it('shows the owner as text with the reason without the transfer right (read-only)', async () => {
      const { adapter, session } = await memoryBackend('read-only');
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      expect(shadow(picker).querySelector('[role="combobox"]')).to.equal(null);
      expect(text(shadow(picker))).to.contain(c.ownerName);
      expect(text(shadow(picker).querySelector('.reason'))).to.equal('Your profile does not allow this.');
    });
  });

  describe('data', () => {
    it('pages 10,000 agents and drops stale search answers', async function () {
      this.timeout(20_000);
      const { adapter, session } = await memoryBackend('supervisor', withManyAgents(10_000));
      const calls: { query: AgentQuery; release: () => void }[] = [];
      const gated = overriding(adapter, {
        searchAgents: (query, options) =>
          new Promise<Page<Agent>>((resolve, reject) => {
            calls.push({
              query,
              release: () => adapter.searchAgents(query, options).then(resolve, reject),
            });
          }),
      });
      const c = await findCase(adapter);
      const picker = await mountPicker(gated, session, c.id);
      await openList(picker);
      calls.shift()!.release();
      await waitUntil(() => options(picker).length >= 9);
      // One page asked for, not 10,000 agents; and only its first options painted.
      expect(calls).to.have.length(0);
      expect(options(picker).length).to.be.lessThan(20);
      // Scrolling to the end paints more of the page before asking for the next one.
      const painted = options(picker).length;
      await scrollToEnd(picker);
      expect(options(picker).length).to.be.greaterThan(painted);
      expect(calls).to.have.length(0);
      // The end of the list asks for the next page.
      await sendKeys({ press: 'End' });
      await picker.updateComplete;
      await waitUntil(() => calls.some((call) => call.query.offset === 50), 'no next page asked for');
      calls.shift()!.release();
      await waitUntil(() => options(picker).length > 60);

      await sendKeys({ type: 'Agent 0004' });
      const stale = calls.slice(0, -1);
      const latest = calls.at(-1)!;
      expect(latest.query.search).to.equal('Agent 0004');
      latest.release();
      await waitUntil(() => options(picker).some((o) => o.textContent?.includes('Agent 00040')));
      for (const call of stale) call.release();
      await nextTask(20);
      await picker.updateComplete;
      // The first options are painted; the rest of the 11 matches as the list scrolls.
      await scrollToEnd(picker);
      const names = options(picker).map((o) => text(o));
      // Only matches of the latest search (its words, in any order), none of the earlier answers.
      expect(names.length).to.equal(11);
      expect(names.every((n) => n.includes('0004'))).to.equal(true);
      expect(text(shadow(picker).querySelector('.popup-status'))).to.equal('');
    });

    it('renders more than its first options while they do not fill a taller listbox, opened and typed in', async () => {
      const { adapter, session } = await memoryBackend('supervisor', withManyAgents(100));
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      const taller = document.createElement('style');
      taller.textContent = 'ck-owner-picker::part(listbox) { --_listbox-max-block-size: 40rem; }';
      document.head.append(taller);
      try {
        const list = () => shadow(picker).querySelector<HTMLElement>('[role="listbox"]')!;
        const filled = () => list().scrollHeight > list().clientHeight;
        await openList(picker);
        await waitUntil(filled, 'the opened listbox is not filled');
        await sendKeys({ type: 'agent 0' });
        await waitUntil(() => groups(picker).join() === 'Everyone', 'only "Everyone" matches');
        await waitUntil(filled, 'the listbox is not filled after typing');
        expect(options(picker).length).to.be.greaterThan(9);
      } finally {
        taller.remove();
      }
    });

    it('keeps the options "Everyone" painted while narrowing a search empties "My team": none made', async () => {
      const data = withManyAgents(0);
      const marios: Agent[] = Array.from({ length: 30 }, (_, i) => ({
        id: `mario-${i}`,
        name: `Mario ${String(i).padStart(2, '0')}`,
        teamIds: ['team-bulk'],
        profileId: 'agent',
      }));
      const { adapter, session } = await memoryBackend('supervisor', {
        ...data,
        agents: [...data.agents, ...marios],
      });
      const picker = await mountPicker(adapter, session, (await findCase(adapter)).id);
      const everyone = () => [
        ...shadow(picker).querySelectorAll<HTMLElement>('[aria-labelledby="group-everyone"] [role="option"]'),
      ];
      input(picker).focus();
      await sendKeys({ type: 'ma' });
      await waitUntil(
        () => groups(picker).join() === 'My team,Everyone',
        '"My team" and "Everyone" match "ma"',
      );
      const team = options(picker).length - everyone().length;
      const painted = everyone();
      await sendKeys({ type: 'r' });
      await waitUntil(
        () => options(picker).length - everyone().length < team,
        '"mar" matches fewer of my team',
      );
      // The same option elements, none made: a narrowed search removes options.
      expect(everyone()).to.have.length(painted.length);
      expect(everyone().every((option, i) => option === painted[i])).to.equal(true);
    });

    it('keeps its group elements while typing, the groups shown in the last places', async () => {
      const { adapter, session } = await memoryBackend('supervisor', withManyAgents(100));
      const c = await findCase(adapter);
      const picker = await mountPicker(adapter, session, c.id);
      await openList(picker);
      const places = () => [...shadow(picker).querySelectorAll<HTMLElement>('[role="group"]')];
      const before = places();
      expect(before).to.have.length(3);
      await sendKeys({ type: 'agent 0' });
      await waitUntil(() => groups(picker).join() === 'Everyone', 'only "Everyone" matches');
      // The same elements: typing updated their options instead of making new groups.
      expect(places().every((group, i) => group === before[i])).to.equal(true);
      expect(places().map((g) => g.hidden)).to.deep.equal([true, true, false]);
    });

    it('renders nothing again on a keystroke that changes nothing shown, and what the next one changes', async () => {
      const { adapter, session } = await memoryBackend('supervisor', withManyAgents(100));
      const picker = await mountPicker(adapter, session, (await findCase(adapter)).id);
      const status = () => text(shadow(picker).querySelector('.popup-status'));
      input(picker).focus();
      await sendKeys({ type: 'agent 0' });
      await waitUntil(() => groups(picker).join() === 'Everyone', 'only "Everyone" matches');
      await picker.updateComplete;
      const painted = options(picker);
      // The group labels are translated whenever the picker renders its listbox.
      const t = Translator.prototype.t;
      let renders = 0;
      Translator.prototype.t = function (this: Translator, ...args: Parameters<Translator['t']>) {
        if (args[0] === 'ownerPicker.everyone') renders++;
        return t.apply(this, args);
      };
      try {
        // "agent 00" matches the same 100 agents: the same options, the first one active.
        await sendKeys({ type: '0' });
        await nextTask();
        await picker.updateComplete;
        expect(renders).to.equal(0);
        expect(options(picker)).to.deep.equal(painted);
        expect(input(picker).getAttribute('aria-activedescendant')).to.equal(painted[0]!.id);
        // "agent 00009": one match.
        await sendKeys({ type: '009' });
        await waitUntil(() => options(picker).length === 1, 'one match');
        expect(renders).to.be.greaterThan(0);
        expect(input(picker).getAttribute('aria-activedescendant')).to.equal(options(picker)[0]!.id);
        // No match, then still none: the status says what was searched each time.
        await sendKeys({ type: 'x' });
        await waitUntil(() => status() === 'No agent matches “agent 00009x”.', 'no match said');
        await sendKeys({ type: 'y' });
        await waitUntil(() => status() === 'No agent matches “agent 00009xy”.', 'the new search not said');
      } finally {
        Translator.prototype.t = t;
      }
    });

    it('keeps where the agent scrolled to after a keystroke that changed nothing shown', async () => {
      const { adapter, session } = await memoryBackend('supervisor', withManyAgents(100));
      const picker = await mountPicker(adapter, session, (await findCase(adapter)).id);
      const list = () => shadow(picker).querySelector<HTMLElement>('[role="listbox"]')!;
      input(picker).focus();
      await sendKeys({ type: 'agent 0' });
      await waitUntil(() => groups(picker).join() === 'Everyone', 'only "Everyone" matches');
      const painted = options(picker).length;
      // "agent 00": the same options, not rendered again; then the agent scrolls down for more.
      await sendKeys({ type: '0' });
      await nextTask();
      await picker.updateComplete;
      await scrollToEnd(picker);
      await waitUntil(() => options(picker).length > painted, 'no more options painted');
      await nextTask();
      await picker.updateComplete;
      expect(list().scrollTop).to.be.greaterThan(0);
    });

    it('renders an answer that comes at once without "Searching" first, and says it searches for a slow one', async () => {
      const { adapter, session } = await memoryBackend('supervisor', withManyAgents(100));
      let slow: (() => void) | undefined;
      const gated = overriding(adapter, {
        searchAgents: (query, options) =>
          slow === undefined && query.search === 'agent 00x'
            ? new Promise<Page<Agent>>((resolve, reject) => {
                slow = () => adapter.searchAgents(query, options).then(resolve, reject);
              })
            : adapter.searchAgents(query, options),
      });
      const c = await findCase(adapter);
      const picker = await mountPicker(gated, session, c.id);
      await openList(picker);
      const status = () => text(shadow(picker).querySelector('.popup-status'));
      await waitUntil(() => status() === '', 'the first page is shown');
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(status()));
      observer.observe(shadow(picker), { subtree: true, childList: true, characterData: true });
      // Answers within the keystroke: each renders once, its options, never the searching state.
      await sendKeys({ type: 'agent 00' });
      await waitUntil(() => options(picker).some((o) => text(o).includes('Agent 00')));
      expect(seen.filter((s) => s !== '')).to.deep.equal([]);
      // An answer still out after a task: the list says it searches, then shows it.
      await sendKeys({ type: 'x' });
      await waitUntil(() => status() === 'Searching agents…', 'no searching state');
      slow!();
      await waitUntil(() => status() === 'No agent matches “agent 00x”.', 'no answer shown');
      observer.disconnect();
    });

    it('acts on the search typed when a key comes before its answer and the update: Enter chooses its first match', async () => {
      const { adapter, session } = await memoryBackend('supervisor');
      // The "Everyone" search never answers: only "Me" and "My team" are filtered here.
      const gated = overriding(adapter, {
        searchAgents: (query, options) =>
          query.search ? new Promise<Page<Agent>>(() => {}) : adapter.searchAgents(query, options),
      });
      const c = await findCase(adapter, (x) => x.ownerId === session.agent.id);
      const picker = await mountPicker(gated, session, c.id);
      const fold = (a: Agent) =>
        `${a.name} ${a.email ?? ''}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const team = session.teamMembers.filter((a) => a.id !== session.agent.id);
      // A letter of the first two members' texts, not of mine: they are its first two matches.
      const letter = [...'abcdefghijklmnopqrstuvwxyz'].find(
        (l) => fold(team[0]!).includes(l) && fold(team[1]!).includes(l) && !fold(session.agent).includes(l),
      )!;
      expect(letter, 'a letter for the test').to.be.a('string');
      await openList(picker);
      // The second member active ("Me", the first member, the second): still a match after typing.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(input(picker).getAttribute('aria-activedescendant')).to.contain(team[1]!.id);
      const requested = oneEvent(picker, 'ck-owner-change') as Promise<OwnerChangeEvent>;
      // In one task: the input, then Enter before any update renders the filter.
      const field = input(picker);
      field.value = letter;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      expect((await requested).ownerId).to.equal(team[0]!.id);
    });

    it('transfers: request, adapter call with the version, result, announcement', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.ownerId === session.agent.id);
      const target = session.teamMembers.find((a) => a.id !== session.agent.id)!;
      const picker = await mountPicker(adapter, session, c.id);
      const request = oneEvent(picker, 'ck-owner-change') as Promise<OwnerChangeEvent>;
      const result = oneEvent(picker, 'ck-case-transferred') as Promise<CaseTransferredEvent>;
      await choose(picker, target.name);
      expect((await request).ownerId).to.equal(target.id);
      const done = await result;
      expect(done.case.ownerId).to.equal(target.id);
      expect(done.case.version).to.equal(c.version + 1);
      expect(done.visible).to.equal(true);
      await picker.updateComplete;
      expect(input(picker).value).to.equal(target.name);
      expect(announced(picker)).to.equal(`Case ${c.number} transferred to ${target.name}.`);
    });

    it('keeps the owner when the host cancels the request', async () => {
      const { adapter, session } = await memoryBackend('agent');
      const c = await findCase(adapter, (x) => x.ownerId === session.agent.id);
      const target = session.teamMembers.find((a) => a.id !== session.agent.id)!;
      const picker = await mountPicker(adapter, session, c.id);
      picker.addEventListener('ck-owner-change', (event) => event.preventDefault());
      await choose(picker, target.name);
      await nextTask(10);
      expect((await adapter.getCase(c.id)).ownerId).to.equal(session.agent.id);
      expect(input(picker).value).to.equal(c.ownerName);
    });

    it('says clearly when the transfer takes the case out of the agent’s visibility', async () => {
      // An agent who sees their team's cases but may transfer to anybody (a host-made profile).
      const { session } = await memoryBackend('agent');
      const rights = { ...session.profile.rights, transfer: 'everyone' as const };
      const wide: Session = { ...session, profile: { ...session.profile, rights } };
      const { adapter } = await memoryBackend('supervisor');
      const c = await findCase(adapter, (x) => x.ownerId === session.agent.id);
      const picker = await mountPicker(adapter, wide, c.id);
      const result = oneEvent(picker, 'ck-case-transferred') as Promise<CaseTransferredEvent>;
      await choose(picker, 'Sofia Rossi');
      expect((await result).visible).to.equal(false);
      await picker.updateComplete;
      const said = `Case ${c.number} transferred to Sofia Rossi. It is now outside your scope: you can no longer see it.`;
      expect(text(shadow(picker).querySelector('.message.info'))).to.equal(said);
      expect(announced(picker)).to.equal(said);
      expect(shadow(picker).querySelector('[role="combobox"]')).to.equal(null);
    });
  });

  describe('errors', () => {
    const refusals: [string, CaseKitError, RegExp][] = [
      [
        'forbidden',
        new CaseKitError('forbidden', { reason: { code: 'transfer-team-only' } }),
        /members of your team/,
      ],
      ['conflict', new CaseKitError('conflict'), /Someone else changed this case/],
      ['not-found', new CaseKitError('not-found'), /no longer exists/],
      ['network', new CaseKitError('network'), /could not be reached/],
    ];
    for (const [name, error, message] of refusals) {
      it(`shows a ${name} refusal next to the control and restores the owner`, async function () {
        this.timeout(30_000);
        const { adapter, session } = await memoryBackend('agent');
        const c = await findCase(adapter, (x) => x.ownerId === session.agent.id);
        const target = session.teamMembers.find((a) => a.id !== session.agent.id)!;
        const failing = overriding(adapter, { transferCase: () => Promise.reject(error) });
        const picker = await mountPicker(failing, session, c.id);
        await choose(picker, target.name);
        await waitUntil(() => refusal(picker) !== '' || text(shadow(picker)).includes('no longer exists'));
        expect(text(shadow(picker))).to.match(message);
        if (name !== 'not-found') {
          expect(input(picker).value).to.equal(c.ownerName);
          expect(input(picker).getAttribute('aria-describedby')).to.equal('message');
        }
        await expect(picker).to.be.accessible();
      });
    }
  });
});
