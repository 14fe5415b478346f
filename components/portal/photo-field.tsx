'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { type UploadError, uploadPhoto } from './photo-upload'

type Props = { id: string; shopSlug: string; required: boolean; min: number; max: number; photoIds: string[]; onChange: (ids: string[]) => void }
type Upload = { name: string; percent: number }

const UPLOAD_REASONS = ['not_an_image', 'too_large', 'too_many_pixels', 'too_small', 'corrupt', 'heic_unsupported', 'network'] as const

/** "Add photos": uploads as soon as files are picked, with progress, and shows what the server kept. */
export function PhotoField({ id, shopSlug, required, min, max, photoIds, onChange }: Props) {
  const t = useTranslations('Reasons')
  const tErrors = useTranslations('UploadErrors')
  const [uploads, setUploads] = useState<Upload[]>([])
  const [errors, setErrors] = useState<string[]>([])

  const pick = async (files: FileList | null) => {
    if (!files) return
    const room = Math.max(0, max - photoIds.length)
    const chosen = [...files].slice(0, room)
    setErrors([])
    setUploads(chosen.map((f) => ({ name: f.name, percent: 0 })))
    const added: string[] = []
    const failed: string[] = []
    await Promise.all(
      chosen.map(async (file, index) => {
        try {
          const { id: photoId } = await uploadPhoto(shopSlug, file, (percent) => setUploads((u) => u.map((x, i) => (i === index ? { ...x, percent } : x))))
          added.push(photoId)
        } catch (error) {
          const reason = (error as UploadError).reason ?? (error as UploadError).message
          const known = (UPLOAD_REASONS as readonly string[]).includes(reason) ? (reason as (typeof UPLOAD_REASONS)[number]) : null
          failed.push(t('uploadFailed', { name: file.name, message: known ? tErrors(known) : tErrors('generic') }))
        }
      }),
    )
    setUploads([])
    setErrors(failed)
    if (added.length > 0) onChange([...photoIds, ...added])
  }

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        {t('addPhotos')}
      </label>
      <p id={`${id}-hint`} className="text-sm text-stone-600">
        {required ? t('photosRequired', { min, max }) : t('photosOptional', { max })}
      </p>
      <input
        id={id}
        type="file"
        // HEIC is left out on purpose: iPhones then hand over a JPEG, which the server can read.
        accept="image/jpeg,image/png,image/webp"
        multiple
        aria-describedby={`${id}-hint${errors.length ? ` ${id}-errors` : ''}`}
        aria-invalid={errors.length > 0 || undefined}
        disabled={photoIds.length >= max || uploads.length > 0}
        className="text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-stone-200 file:px-4 file:font-semibold"
        onChange={(event) => {
          void pick(event.target.files)
          event.target.value = ''
        }}
      />
      <div aria-live="polite" className="text-sm text-stone-700">
        {uploads.map((u) => (
          <p key={u.name}>
            {t('uploading', { name: u.name, percent: u.percent })}
            <progress className="ml-2 align-middle" max={100} value={u.percent} />
          </p>
        ))}
      </div>
      {errors.length > 0 ? (
        <ul id={`${id}-errors`} role="alert" className="text-sm font-medium text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {photoIds.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-2">
          {photoIds.map((photoId, index) => (
            <li key={photoId} className="relative">
              <img src={`/api/portal/photos/${photoId}`} alt={t('uploaded', { index: index + 1 })} width={72} height={72} className="size-18 rounded-lg object-cover" />
              <button
                type="button"
                aria-label={t('removePhoto', { index: index + 1 })}
                className="absolute -right-2 -top-2 flex size-7 items-center justify-center rounded-full bg-stone-900 text-white"
                onClick={() => onChange(photoIds.filter((p) => p !== photoId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
