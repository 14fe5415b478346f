import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** A secret generated once for this checkout's demo (kept in the git-ignored .data folder). */
export async function localSecret(name: string, persistent: boolean): Promise<string> {
  if (!persistent) return randomBytes(32).toString('base64url')
  const file = path.join('.data', `${name}.secret`)
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('base64url')
  await mkdir('.data', { recursive: true })
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
