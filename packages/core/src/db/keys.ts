/**
 * Every key of the single table, in one place. Access patterns (each a GetItem, Query or
 * transaction — never a Scan):
 * - tenant by id ............ GetItem  TENANT#<tenantId> / PROFILE
 * - tenant by slug .......... GetItem  TENANTSLUG#<slug> / TENANTSLUG (also the slug's uniqueness claim)
 * - user by id .............. GetItem  USER#<userId> / PROFILE
 * - user by email ........... GetItem  USEREMAIL#<email> / USEREMAIL (also the e-mail's uniqueness claim)
 * - a user's tenants ........ Query    USER#<userId>, sk begins_with MEMBERSHIP#
 * - caller in a tenant ...... GetItem  USER#<userId> / MEMBERSHIP#<slug>
 * - members of a tenant ..... Query    TENANT#<tenantId>, sk begins_with MEMBER#
 * - connections of a tenant . Query    TENANT#<tenantId>, sk begins_with CONN#
 * - a connection by id ...... GetItem  CONN#<connectionId> / CONN
 * - login attempts .......... UpdateItem RATE#<scope>#<key> / <window>
 */
export const keys = {
  tenant: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, sk: "PROFILE" }),
  tenantSlug: (slug: string) => ({ pk: `TENANTSLUG#${slug}`, sk: "TENANTSLUG" }),
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: "PROFILE" }),
  userEmail: (email: string) => ({ pk: `USEREMAIL#${email}`, sk: "USEREMAIL" }),
  membership: (userId: string, slug: string) => ({
    pk: `USER#${userId}`,
    sk: `MEMBERSHIP#${slug}`,
  }),
  membershipsOf: (userId: string) => ({ pk: `USER#${userId}`, skPrefix: "MEMBERSHIP#" }),
  member: (tenantId: string, userId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `MEMBER#${userId}`,
  }),
  membersOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "MEMBER#" }),
  connection: (tenantId: string, connectionId: string) => ({
    pk: `TENANT#${tenantId}`,
    sk: `CONN#${connectionId}`,
  }),
  connectionsOf: (tenantId: string) => ({ pk: `TENANT#${tenantId}`, skPrefix: "CONN#" }),
  connectionLookup: (connectionId: string) => ({ pk: `CONN#${connectionId}`, sk: "CONN" }),
  rateWindow: (scope: string, key: string, window: number) => ({
    pk: `RATE#${scope}#${key}`,
    sk: `W#${window}`,
  }),
} as const;
