// Stripe semantics: a key is scoped to the secret key, remembers the first executed
// response (status + body) and rejects reuse with different parameters.
export interface StoredResponse {
  status: number
  body: unknown
}

interface Entry {
  fingerprint: string
  response: StoredResponse
}

export type IdempotencyLookup = { kind: 'miss' } | { kind: 'replay'; response: StoredResponse } | { kind: 'mismatch' }

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>()

  private static scope(apiKey: string, key: string): string {
    return `${apiKey}\u0000${key}`
  }

  lookup(apiKey: string, key: string, fingerprint: string): IdempotencyLookup {
    const entry = this.entries.get(IdempotencyStore.scope(apiKey, key))
    if (!entry) return { kind: 'miss' }
    return entry.fingerprint === fingerprint ? { kind: 'replay', response: entry.response } : { kind: 'mismatch' }
  }

  save(apiKey: string, key: string, fingerprint: string, response: StoredResponse): void {
    this.entries.set(IdempotencyStore.scope(apiKey, key), { fingerprint, response })
  }
}
