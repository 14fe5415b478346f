import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The floor Roundtrip is measured against: the same next/react from the repository's node_modules,
// nothing else. The repository root is the Turbopack root so those packages resolve.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const config = { turbopack: { root }, poweredByHeader: false, serverExternalPackages: ['pg'] }

export default config
