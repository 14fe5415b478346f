export type UploadedPhoto = { id: string }
export type UploadError = { message: string; reason?: string }

/**
 * Uploads one photo with progress (fetch cannot report upload progress; XHR can). The server checks
 * the bytes themselves, so the file name and type claimed by the browser do not matter.
 */
export function uploadPhoto(shopSlug: string, file: File, onProgress: (percent: number) => void): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `/api/portal/photos?shop=${encodeURIComponent(shopSlug)}`)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    xhr.onload = () => {
      let body: { id?: string; error?: UploadError } = {}
      try {
        body = JSON.parse(xhr.responseText) as typeof body
      } catch {
        // fall through to the generic error below
      }
      if (xhr.status === 201 && body.id) resolve({ id: body.id })
      else reject(body.error ?? { message: `Upload failed (${xhr.status}).` })
    }
    xhr.onerror = () => reject({ message: 'network' } satisfies UploadError)
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })
}
