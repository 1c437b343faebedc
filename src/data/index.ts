/**
 * Public surface of the data layer for browser and Node alike. The Node-only auth
 * behaviours live in ./sharepoint/node and are imported from there by Node composition
 * roots only.
 */
export * from './ports';
export * from './odata';
export { CCM_SCHEMA, listDefinition } from './schema';
export type { ListKey, ListDefinition, FieldDefinition, SiteSchema } from './schema';
export { provisionSite } from './provisioning/provisionSite';
export type { ProvisionOptions } from './provisioning/provisionSite';
export type { ProvisioningReport, ProvisioningChange } from './provisioning/report';
export { createSharePointCaseStore } from './sharepoint/caseStore';
export { createNodeSp, fromConfiguredSp } from './sharepoint/spFactory';
