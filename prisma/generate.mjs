// Runs `prisma generate` after install. The CLI needs DATABASE_URL to resolve, or it tries to
// download a query engine this project does not use (engineType = "client"); generate never connects.
import { spawnSync } from 'node:child_process'

const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' }
env.DATABASE_URL ||= 'postgresql://generate:generate@127.0.0.1:1/generate'
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env })
process.exit(result.status ?? 1)
