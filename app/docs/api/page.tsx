import { buildOpenApiDocument, OPENAPI_PATH } from '@/server/api/rest/openapi'

export const metadata = { title: 'API reference' }

type Schema = { $ref?: string; type?: string | string[]; items?: Schema; enum?: unknown[]; anyOf?: Schema[]; oneOf?: Schema[]; properties?: Record<string, Schema>; required?: string[]; description?: string; format?: string; default?: unknown; additionalProperties?: unknown }
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema }
type Operation = { operationId: string; summary?: string; description?: string; tags?: string[]; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }> }

/** A JSON Schema as one short line: `string`, `integer`, `Return[]`, `"a" | "b"`… with links to named schemas. */
function TypeOf({ schema }: { schema: Schema | undefined }) {
  if (!schema) return <>any</>
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1)!
    return <a href={`#schema-${name}`} className="underline underline-offset-2">{name}</a>
  }
  if (schema.enum) return <>{schema.enum.map((v) => JSON.stringify(v)).join(' | ')}</>
  const union = schema.anyOf ?? schema.oneOf
  if (union) return <>{union.map((s, i) => <span key={i}>{i > 0 ? ' | ' : ''}<TypeOf schema={s} /></span>)}</>
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []
  if (types.includes('array')) return <><TypeOf schema={schema.items} />[]</>
  if (types.includes('object') && !schema.properties) return <>object</>
  return <>{types.join(' | ') || 'object'}{schema.format ? ` (${schema.format})` : ''}</>
}

function Properties({ schema }: { schema: Schema }) {
  const required = new Set(schema.required ?? [])
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="border-b border-stone-200">
          <th scope="col" className="py-1 pr-3">Field</th>
          <th scope="col" className="py-1 pr-3">Type</th>
          <th scope="col" className="py-1">About</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(schema.properties ?? {}).map(([name, property]) => (
          <tr key={name} className="border-b border-stone-100 align-top">
            <td className="py-1 pr-3"><code>{name}</code>{required.has(name) ? <span className="text-red-700"> *</span> : null}</td>
            <td className="py-1 pr-3"><code><TypeOf schema={property} /></code></td>
            <td className="py-1">{property.description ?? ''}{property.default !== undefined ? ` Default ${JSON.stringify(property.default)}.` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The API reference, rendered on the server from the same OpenAPI document the API serves. */
export default function ApiReferencePage() {
  const document = buildOpenApiDocument() as unknown as { info: { title: string; description: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } }
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })))
  return (
    <main className="mx-auto flex w-full max-w-4xl flex-col gap-8 px-4 py-10">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">{document.info.title}</h1>
        <p className="text-stone-700">{document.info.description}</p>
        <p className="text-stone-700">
          Authenticate with <code>Authorization: Bearer rt_live_…</code> (keys are created in the admin under API keys). Machine-readable:{' '}
          <a className="underline underline-offset-2" href={OPENAPI_PATH}>{OPENAPI_PATH}</a> (OpenAPI {`3.1`}, version {document.info.version}).
        </p>
        <nav aria-label="Operations">
          <ul className="flex flex-col gap-1 text-sm">
            {operations.map(({ path, method, op }) => (
              <li key={op.operationId}><a className="underline underline-offset-2" href={`#${op.operationId}`}><code>{method.toUpperCase()} {path}</code></a> · {op.summary}</li>
            ))}
          </ul>
        </nav>
      </header>

      {operations.map(({ path, method, op }) => {
        const body = op.requestBody?.content['application/json']?.schema
        return (
          <section key={op.operationId} id={op.operationId} aria-labelledby={`${op.operationId}-title`} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
            <h2 id={`${op.operationId}-title`} className="text-xl font-semibold"><code>{method.toUpperCase()} {path}</code></h2>
            <p className="font-medium">{op.summary}</p>
            {op.description ? op.description.split('\n\n').map((paragraph, i) => <p key={i} className="text-stone-700">{paragraph.replace(/`/g, '')}</p>) : null}
            {op.parameters?.length ? (
              <>
                <h3 className="font-semibold">Parameters</h3>
                <ul className="flex flex-col gap-1 text-sm">
                  {op.parameters.map((p) => (
                    <li key={`${p.in}-${p.name}`}><code>{p.name}</code> ({p.in}{p.required ? ', required' : ''}) <code><TypeOf schema={p.schema} /></code>{p.description ? ` · ${p.description}` : ''}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {body ? <p className="text-sm"><span className="font-semibold">Body:</span> <code><TypeOf schema={body} /></code></p> : null}
            <h3 className="font-semibold">Responses</h3>
            <ul className="flex flex-col gap-1 text-sm">
              {Object.entries(op.responses).map(([status, response]) => (
                <li key={status}><code>{status}</code> {response.description} {response.content ? <code>(<TypeOf schema={response.content['application/json']?.schema} />)</code> : null}</li>
              ))}
            </ul>
          </section>
        )
      })}

      <section aria-labelledby="schemas" className="flex flex-col gap-4">
        <h2 id="schemas" className="text-2xl font-semibold">Schemas</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <div key={name} id={`schema-${name}`} className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-4">
            <h3 className="text-lg font-semibold">{name}</h3>
            {schema.description ? <p className="text-stone-700">{schema.description}</p> : null}
            {schema.properties ? <Properties schema={schema} /> : <code><TypeOf schema={schema} /></code>}
          </div>
        ))}
      </section>
    </main>
  )
}
