import { HttpResponse, type HttpHandler } from 'msw';
import {
  decodeAgentQuery,
  decodeCrmCardQuery,
  decodeIds,
  decodeInteractionQuery,
} from '../adapters/rest/query-string.js';
import { ifMatchVersion, invalidRequest, readObject, requiredString } from './http-responses.js';
import type { routeBuilder } from './route-builder.js';

type Routes = ReturnType<typeof routeBuilder>;

/** Session, agents, interactions and CRM cards. */
export function directoryRoutes(route: Routes): HttpHandler[] {
  return [
    route.get('/session', async ({ adapter, signal }) =>
      HttpResponse.json(await adapter.getSession({ signal })),
    ),

    route.get('/agents', async ({ adapter, url, signal }) =>
      HttpResponse.json(await adapter.getAgents(decodeIds(url.searchParams.get('ids')), { signal })),
    ),

    route.get('/agents/search', async ({ adapter, url, signal }) =>
      HttpResponse.json(await adapter.searchAgents(decodeAgentQuery(url.searchParams), { signal })),
    ),

    route.get('/interactions', async ({ adapter, url, signal }) =>
      HttpResponse.json(await adapter.listInteractions(decodeInteractionQuery(url.searchParams), { signal })),
    ),

    route.get('/interactions/:id', async ({ adapter, params, signal }) =>
      HttpResponse.json(await adapter.getInteraction(params['id'] ?? '', { signal })),
    ),

    // Link responses add `previousCaseId` (the case the interaction left, or null), so clients can announce the change.
    route.put('/interactions/:id/case', async ({ adapter, params, request, store, signal }) => {
      const id = params['id'] ?? '';
      const version = ifMatchVersion(request);
      const body = await readObject(request);
      const caseId = requiredString(body, 'caseId');
      const move = body['move'] ?? false;
      if (typeof move !== 'boolean') throw invalidRequest('move', 'invalid', '"move" is true or false.', 422);
      const previousCaseId = store.getInteraction(id)?.caseId ?? null;
      const linked = await adapter.linkInteraction(id, caseId, {
        move,
        signal,
        ...(version === undefined ? {} : { version }),
      });
      return HttpResponse.json({ ...linked, previousCaseId });
    }),

    route.delete('/interactions/:id/case', async ({ adapter, params, store, signal }) => {
      const id = params['id'] ?? '';
      const previousCaseId = store.getInteraction(id)?.caseId ?? null;
      const unlinked = await adapter.unlinkInteraction(id, { signal });
      return HttpResponse.json({ ...unlinked, previousCaseId });
    }),

    route.get('/crm-cards', async ({ adapter, url, signal }) =>
      HttpResponse.json(await adapter.searchCrmCards(decodeCrmCardQuery(url.searchParams), { signal })),
    ),

    route.get('/crm-cards/:id', async ({ adapter, params, signal }) =>
      HttpResponse.json(await adapter.getCrmCard(params['id'] ?? '', { signal })),
    ),
  ];
}
