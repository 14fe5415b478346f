import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'
import { API_SCOPES } from '@/server/auth/api-key'
import { ZApiError } from './operation'
import { API_OPERATIONS } from './operations'

export const API_BASE_PATH = '/api/v1'
export const OPENAPI_PATH = `${API_BASE_PATH}/openapi.json`

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ZApiError } } })

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers validate
 * with, so the documentation cannot drift from what the API accepts.
 */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry()
  registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: `A shop's API key (rt_live_…), created in the admin under API keys. Scopes: ${API_SCOPES.join(', ')}.`,
  })

  for (const op of API_OPERATIONS) {
    registry.registerPath({
      method: op.method,
      path: `${API_BASE_PATH}${op.path}`,
      operationId: op.operationId,
      summary: op.summary,
      description: [op.description, `Requires the \`${op.scope}\` scope.`].filter(Boolean).join('\n\n'),
      tags: [op.tag],
      security: [{ apiKey: [] }],
      'x-required-scope': op.scope,
      request: {
        ...(op.params ? { params: op.params } : {}),
        ...(op.query ? { query: op.query } : {}),
        ...(op.method === 'post'
          ? { headers: z.object({ 'Idempotency-Key': z.string().min(1).max(255).optional().meta({ description: 'Makes the POST safe to retry: the same key and body replay the first response; the same key with another body is refused (422). While the first request runs, a retry gets 409; a request that never answered (its server died) frees its key after 60 seconds.' }) }) }
          : {}),
        ...(op.body ? { body: { required: true, content: { 'application/json': { schema: op.body } } } } : {}),
      },
      responses: {
        [op.successStatus]: { description: 'Success.', content: { 'application/json': { schema: op.response } } },
        400: errorResponse('The request is not valid; `details.issues` says where.'),
        401: errorResponse('No API key, or a revoked or unknown one.'),
        403: errorResponse('The key lacks the scope this operation needs.'),
        ...(op.params ? { 404: errorResponse("Not found in the key's shop.") } : {}),
        409: errorResponse('Conflicts with the current state (or the same Idempotency-Key is still being processed).'),
        ...(op.method === 'post' ? { 422: errorResponse('Idempotency-Key reused with a different request.') } : {}),
      },
    })
  }

  registry.registerPath({
    method: 'get',
    path: OPENAPI_PATH,
    operationId: 'getOpenApiDocument',
    summary: 'This OpenAPI document',
    tags: ['Meta'],
    security: [],
    responses: { 200: { description: 'The OpenAPI 3.1 document.', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
  })

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Roundtrip merchant API',
      version: '1.0.0',
      description:
        'Push orders in, read returns, report tracking and warehouse events, and mint deep links. Amounts are integers in minor units of their currency; instants are ISO 8601 in UTC. Errors are `{ "error": { "code", "message", "details" } }`.',
    },
    servers: [{ url: '/' }],
    tags: [{ name: 'Orders' }, { name: 'Returns' }, { name: 'Links' }, { name: 'Meta' }],
  })
}
