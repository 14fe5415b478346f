'use client'

import { useRef } from 'react'

/** A photo thumbnail that opens the full-size picture in a modal dialog (Esc or the button closes it). */
export function PhotoDialog({ url, label }: { url: string; label: string }) {
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className="overflow-hidden rounded-md border border-stone-200" aria-label={`Open ${label}`}>
        <img src={url} alt={label} className="size-20 object-cover" />
      </button>
      <dialog ref={dialog} aria-label={label} className="m-auto max-h-[95dvh] max-w-[95vw] rounded-xl p-0 backdrop:bg-black/70">
        <div className="flex flex-col">
          <div className="flex items-center justify-between gap-4 px-4 py-2">
            <p className="text-sm font-medium">{label}</p>
            <button type="button" onClick={() => dialog.current?.close()} className="min-h-10 rounded-md px-3 text-sm font-semibold underline">
              Close
            </button>
          </div>
          <img src={url} alt={`${label}, full size`} className="max-h-[85dvh] w-auto object-contain" />
        </div>
      </dialog>
    </>
  )
}
