import { readClientError } from '@/components/portal/trpc-error'

/** One sentence for staff from any failed call: the server's own message, or the first invalid field's. */
export function staffErrorMessage(error: unknown): string {
  const read = readClientError(error)
  if (read.message) return read.message
  const field = Object.entries(read.fields).find(([, message]) => message)
  if (field) return field[1]!
  return read.code === 'NETWORK' ? 'The server could not be reached. Check the connection and try again.' : 'Something went wrong. Please try again.'
}
