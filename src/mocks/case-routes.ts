import { HttpResponse, type HttpHandler } from 'msw';
import { decodeCaseQuery } from '../adapters/rest/query-string.js';
import type { CasePatch, NewCase } from '../model/types.js';
import { readObject, requiredString, requiredVersion } from './http-responses.js';
import type { routeBuilder } from './route-builder.js';

type Routes = ReturnType<typeof routeBuilder>;

function caseResponse(
  body: { version: number },
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return HttpResponse.json(body, {
    status: init.status ?? 200,
    headers: { ETag: `"${body.version}"`, ...init.headers },
  });
}

/** `/cases` and its sub-resources. */
export function caseRoutes(route: Routes, baseUrl: string): HttpHandler[] {
  return [
    route.get('/cases', async ({ adapter, url, signal }) =>
      HttpResponse.json(await adapter.listCases(decodeCaseQuery(url.searchParams), { signal })),
    ),

    route.post('/cases', async ({ adapter, request, store, agentId, signal }) => {
      const input = (await readObject(request)) as unknown as NewCase;
      const idempotencyKey = request.headers.get('Idempotency-Key') ?? undefined;
      const replay =
        idempotencyKey !== undefined && store.caseIdForKey(agentId, idempotencyKey) !== undefined;
      const created = await adapter.createCase(input, {
        signal,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      });
      return caseResponse(created, {
        status: replay ? 200 : 201,
        headers: { Location: `${baseUrl}/cases/${encodeURIComponent(created.id)}` },
      });
    }),

    route.get('/cases/:id', async ({ adapter, params, signal }) =>
      caseResponse(await adapter.getCase(params['id'] ?? '', { signal })),
    ),

    route.patch('/cases/:id', async ({ adapter, params, request, signal }) => {
      const version = requiredVersion(request);
      const patch = (await readObject(request)) as CasePatch;
      return caseResponse(await adapter.updateCase(params['id'] ?? '', patch, { version, signal }));
    }),

    route.delete('/cases/:id', async ({ adapter, params, request, signal }) => {
      const version = requiredVersion(request);
      await adapter.deleteCase(params['id'] ?? '', { version, signal });
      return new HttpResponse(null, { status: 204 });
    }),

    route.put('/cases/:id/owner', async ({ adapter, params, request, signal }) => {
      const version = requiredVersion(request);
      const ownerId = requiredString(await readObject(request), 'ownerId');
      return caseResponse(await adapter.transferCase(params['id'] ?? '', ownerId, { version, signal }));
    }),

    route.put('/cases/:id/status', async ({ adapter, params, request, signal }) => {
      const version = requiredVersion(request);
      const statusId = requiredString(await readObject(request), 'statusId');
      return caseResponse(await adapter.setCaseStatus(params['id'] ?? '', statusId, { version, signal }));
    }),

    route.put('/cases/:id/crm-card', async ({ adapter, params, request, signal }) => {
      const version = requiredVersion(request);
      const body = await readObject(request);
      const crmCardId = body['crmCardId'] === null ? null : requiredString(body, 'crmCardId');
      return caseResponse(await adapter.setCaseCrmCard(params['id'] ?? '', crmCardId, { version, signal }));
    }),
  ];
}
