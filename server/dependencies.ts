import { env } from '@/server/env'
import type { Carrier } from '@/server/integrations/carriers/carrier'
import { hubNetworkCarrier } from '@/server/integrations/carriers/hub-network-carrier'
import { createStorage, type StorageDriver } from '@/server/integrations/storage'

/** The outside world the services talk to; tests pass in-memory versions instead. */
export type AppDependencies = { storage: StorageDriver; carrier: Carrier }

let dependencies: AppDependencies | undefined

export function appDependencies(): AppDependencies {
  dependencies ??= { storage: createStorage({ driver: 'local', root: env().UPLOADS_DIR }), carrier: hubNetworkCarrier }
  return dependencies
}
