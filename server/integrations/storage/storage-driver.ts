/**
 * Where uploaded files live. Drivers are interchangeable (local folder today, an S3-compatible
 * bucket later), so the contract is deliberately small and byte-oriented: no listing, no streams,
 * no public URLs. Files are only ever served through a route that checks authorisation first.
 *
 * Contract shared by every driver:
 * - keys are validated with `assertValidStorageKey` (relative, lowercase, no `..`);
 * - the content type is tied to the key's extension (`contentTypeForKey`), and `put` refuses a
 *   `contentType` that disagrees, so a local folder (which can only remember the name) and a
 *   bucket (which stores the header) answer `get` identically;
 * - `put` replaces atomically: readers see the old object or the new one, never a partial write;
 * - `delete` of a missing key is not an error.
 */
export type StoredObject = Readonly<{ bytes: Buffer; contentType: string }>

export type PutOptions = Readonly<{ contentType: string }>

export type StorageDriver = Readonly<{
  put(key: string, bytes: Uint8Array, options: PutOptions): Promise<void>
  get(key: string): Promise<StoredObject | null>
  delete(key: string): Promise<void>
  exists(key: string): Promise<boolean>
}>
