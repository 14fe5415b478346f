import { expect, test } from 'vitest'
import { ReturnStatus } from '@/prisma/generated/enums'
import { RETURN_STATUSES } from '@/server/domain/return-lifecycle'

test('the database enum and the domain lifecycle know the same return statuses', () => {
  expect([...Object.values(ReturnStatus)].sort()).toEqual([...RETURN_STATUSES].sort())
})
