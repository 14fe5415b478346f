/** What a merchant API key may do; a key carries one or more. */
export const API_SCOPES = ['orders:write', 'returns:read', 'returns:write', 'links:write'] as const
export type ApiScope = (typeof API_SCOPES)[number]
