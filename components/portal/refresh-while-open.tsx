'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the server components of the page every `everyMs` while the tab is visible, so a
 * carrier scan or a refund shows up without a reload. This is all the status page runs in the
 * browser: a refresh re-reads the status on the server, where the page was rendered from.
 */
export function RefreshWhileOpen({ everyMs }: { everyMs: number }) {
  const router = useRouter()
  useEffect(() => {
    // A hidden tab skips its turns (nobody is looking) and catches up as soon as it is shown again.
    let missed = false
    const tick = () => {
      if (document.visibilityState === 'visible') router.refresh()
      else missed = true
    }
    const shown = () => {
      if (document.visibilityState === 'visible' && missed) {
        missed = false
        router.refresh()
      }
    }
    const timer = setInterval(tick, everyMs)
    document.addEventListener('visibilitychange', shown)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', shown)
    }
  }, [router, everyMs])
  return null
}
