import { expect } from '@open-wc/testing';
import { readChange } from '../../src/adapters/rest/change-feed.js';
import { EventStreamParser, type StreamEvent } from '../../src/adapters/rest/event-stream.js';

function parse(
  chunks: readonly (string | Uint8Array)[],
  lastEventId?: string,
): { events: StreamEvent[]; retries: number[] } {
  const events: StreamEvent[] = [];
  const retries: number[] = [];
  const parser = new EventStreamParser(
    { event: (event) => events.push(event), retry: (ms) => retries.push(ms) },
    lastEventId,
  );
  for (const chunk of chunks) parser.push(chunk);
  return { events, retries };
}

describe('event stream parser (SSE over fetch)', () => {
  it('reads id, event, multi-line data, comments and retry', () => {
    const { events, retries } = parse([
      ': keep-alive\nretry: 1500\nid: 7\ndata: {"a":\ndata:1}\n\nevent: reset\nid: 9\n\n',
    ]);
    expect(retries).to.deep.equal([1500]);
    expect(events).to.deep.equal([
      { type: 'message', data: '{"a":\n1}', lastEventId: '7' },
      { type: 'reset', data: '', lastEventId: '9' },
    ]);
  });

  it('handles CRLF and CR line ends, also split across chunks, and multi-byte characters split across chunks', () => {
    const bytes = new TextEncoder().encode('data: Zoë\r\n\r\n');
    const splitAt = bytes.indexOf(0xc3) + 1; // inside "ë"
    const { events } = parse(['id: 1\r', '\ndata: a\r', '\r', bytes.slice(0, splitAt), bytes.slice(splitAt)]);
    expect(events).to.deep.equal([
      { type: 'message', data: 'a', lastEventId: '1' },
      { type: 'message', data: 'Zoë', lastEventId: '1' },
    ]);
  });

  it('keeps the last event id across events and starts from the one given', () => {
    const { events } = parse(['data: x\n\n'], '41');
    expect(events).to.deep.equal([{ type: 'message', data: 'x', lastEventId: '41' }]);
  });

  it('dispatches nothing for a block without fields, nor for an unfinished block', () => {
    expect(parse(['\n\n: only a comment\n\ndata: pending\n']).events).to.deep.equal([]);
  });

  it('keeps only well-formed changes from the wire', () => {
    expect(
      readChange({ type: 'case-updated', caseId: 'c-1', version: 3, extra: true, seq: 9 }),
    ).to.deep.equal({
      type: 'case-updated',
      caseId: 'c-1',
      version: 3,
    });
    expect(
      readChange({ type: 'interaction-linked', caseId: 'c-2', interactionId: 'i-1', previousCaseId: 'c-1' }),
    ).to.deep.equal({
      type: 'interaction-linked',
      caseId: 'c-2',
      interactionId: 'i-1',
      previousCaseId: 'c-1',
    });
    expect(readChange({ type: 'case-exploded', caseId: 'c-1' })).to.equal(undefined);
    expect(readChange({ type: 'case-updated' })).to.equal(undefined);
    expect(readChange('case-updated')).to.equal(undefined);
  });
});
