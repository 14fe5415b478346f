import { buildOpenApiDocument } from '@/server/api/rest/openapi'

// Built once per server: it only changes with the code.
let document: ReturnType<typeof buildOpenApiDocument> | undefined

export function GET() {
  document ??= buildOpenApiDocument()
  return Response.json(document, { headers: { 'cache-control': 'public, max-age=300' } })
}
