'use client'

import { useQueryClient } from '@tanstack/react-query'
import { useTRPC } from '@/components/providers/trpc-provider'

/** After any action: the return, the queue and its counts are stale. */
export function useRefreshConsole() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: trpc.console.pathKey() })
}
