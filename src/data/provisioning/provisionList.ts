import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import type { IList } from '@pnp/sp/lists';
import type { FieldDefinition, GroupKey, ListDefinition, PermissionLevelKey } from '../schema';
import { FIELD_TYPE_KIND, fieldSchemaXml } from './fieldXml';
import type { ReportBuilder } from './report';
import type { GroupIds, RoleDefinitionIds } from './provisionSecurity';

export interface ExistingList {
  Id: string;
  Title: string;
  BaseTemplate: number;
  ReadSecurity?: number;
  WriteSecurity?: number;
  EnableVersioning?: boolean;
  HasUniqueRoleAssignments?: boolean;
}

interface ExistingField {
  InternalName: string;
  Title: string;
  FieldTypeKind: number;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Required: boolean;
  Choices?: string[] | { results: string[] };
  /** Text fields only (SP.FieldText). */
  MaxLength?: number;
}

interface ExistingRoleAssignment {
  PrincipalId: number;
  RoleDefinitionBindings?: { Id: number }[] | { results: { Id: number }[] };
}

const TEMPLATE_ID: Readonly<Record<ListDefinition['template'], number>> = { GenericList: 100, DocumentLibrary: 101 };

export const LIST_SELECT: readonly string[] = [
  'Id',
  'Title',
  'BaseTemplate',
  'ReadSecurity',
  'WriteSecurity',
  'EnableVersioning',
  'HasUniqueRoleAssignments'
];

function asArray<T>(value: T[] | { results: T[] } | undefined): T[] {
  if (!value) {
    return [];
  }
  return Array.isArray(value) ? value : value.results;
}

async function ensureListExists(
  sp: SPFI,
  definition: ListDefinition,
  existing: ExistingList | undefined,
  report: ReportBuilder
): Promise<ExistingList | undefined> {
  if (existing) {
    if (existing.BaseTemplate !== TEMPLATE_ID[definition.template]) {
      report.warn(`${definition.title} exists with template ${existing.BaseTemplate}, expected ${TEMPLATE_ID[definition.template]}.`);
    }
    return existing;
  }
  await report.apply('listCreated', definition.title, undefined, () =>
    sp.web.lists.add(definition.title, definition.description, TEMPLATE_ID[definition.template], false)
  );
  // A check stops here for a list that is not there: creating it brings everything it needs.
  return report.dryRun ? undefined : sp.web.lists.getByTitle(definition.title).select(...LIST_SELECT)<ExistingList>();
}

async function ensureListSettings(list: IList, definition: ListDefinition, current: ExistingList, report: ReportBuilder): Promise<void> {
  const wanted: Record<string, number | boolean> = {};
  // Item-level security only exists on generic lists; libraries ignore it.
  if (definition.template === 'GenericList') {
    if ((current.ReadSecurity ?? 1) !== definition.readSecurity) {
      wanted.ReadSecurity = definition.readSecurity;
    }
    if ((current.WriteSecurity ?? 1) !== definition.writeSecurity) {
      wanted.WriteSecurity = definition.writeSecurity;
    }
  }
  if ((current.EnableVersioning ?? false) !== definition.enableVersioning) {
    wanted.EnableVersioning = definition.enableVersioning;
  }
  if (Object.keys(wanted).length > 0) {
    await report.apply('listSettingsUpdated', definition.title, Object.keys(wanted).join(', '), () => list.update(wanted));
  }
}

async function ensureTitleField(list: IList, definition: ListDefinition, fields: ExistingField[], report: ReportBuilder): Promise<void> {
  const title = fields.find((field) => field.InternalName === 'Title');
  if (!title || definition.template !== 'GenericList') {
    return;
  }
  if (title.Title !== definition.titleField.displayName || title.Required !== definition.titleField.required) {
    await report.apply('listSettingsUpdated', `${definition.title}.Title`, 'title column display name / required', () =>
      list.fields
        .getByInternalNameOrTitle('Title')
        .update({ Title: definition.titleField.displayName, Required: definition.titleField.required }, 'SP.FieldText')
    );
  }
}

function choicesToAdd(field: FieldDefinition, existing: ExistingField): string[] {
  const present = asArray(existing.Choices);
  return (field.choices ?? []).filter((choice) => present.indexOf(choice) < 0);
}

async function addField(list: IList, listTitle: string, field: FieldDefinition, report: ReportBuilder): Promise<void> {
  await report.apply('fieldAdded', `${listTitle}.${field.internalName}`, field.type, () =>
    list.fields.createFieldAsXml(fieldSchemaXml(field))
  );
}

async function correctField(
  list: IList,
  listTitle: string,
  field: FieldDefinition,
  existing: ExistingField,
  report: ReportBuilder
): Promise<void> {
  const target = `${listTitle}.${field.internalName}`;
  if (existing.FieldTypeKind !== FIELD_TYPE_KIND[field.type]) {
    // Never convert: a type change can lose data. A person decides.
    report.warn(`${target} is FieldTypeKind ${existing.FieldTypeKind}, the schema wants ${field.type}; left unchanged.`);
    return;
  }
  const handle = list.fields.getByInternalNameOrTitle(field.internalName);
  const fieldType = `SP.Field${field.type === 'Note' ? 'MultiLineText' : field.type}`;
  if ((field.indexed === true || field.unique === true) && !existing.Indexed) {
    await report.apply('fieldIndexed', target, undefined, () => handle.update({ Indexed: true }, fieldType));
  }
  if (field.unique === true && !existing.EnforceUniqueValues) {
    await report.apply('fieldMadeUnique', target, undefined, () => handle.update({ EnforceUniqueValues: true }, fieldType));
  }
  if (field.type === 'Text' && field.maxLength !== undefined) {
    const { MaxLength } = await handle.select('MaxLength')<Pick<ExistingField, 'MaxLength'>>();
    // Widened, never narrowed: a shorter limit would refuse edits to items already longer.
    if (MaxLength !== undefined && MaxLength < field.maxLength) {
      const wider = field.maxLength;
      await report.apply('fieldWidened', target, `${MaxLength} to ${wider} characters`, () =>
        handle.update({ MaxLength: wider }, fieldType)
      );
    }
  }
  if (field.type === 'Choice' || field.type === 'MultiChoice') {
    const withChoices: ExistingField = { ...existing, ...(await handle.select('Choices')<Pick<ExistingField, 'Choices'>>()) };
    const missing = choicesToAdd(field, withChoices);
    if (missing.length > 0) {
      // Existing choices are kept (old items may use them); new ones are appended.
      await report.apply('choicesExtended', target, missing.join(', '), () =>
        handle.update({ Choices: [...asArray(withChoices.Choices), ...missing] }, fieldType)
      );
    }
  }
}

function bindingIds(assignment: ExistingRoleAssignment): number[] {
  return asArray(assignment.RoleDefinitionBindings).map((binding) => binding.Id);
}

async function ensureRoleAssignments(
  list: IList,
  definition: ListDefinition,
  current: ExistingList,
  groups: GroupIds,
  roles: RoleDefinitionIds,
  report: ReportBuilder
): Promise<void> {
  if (current.HasUniqueRoleAssignments !== true) {
    // Lists never inherit: the site's own members must not see case data by default.
    await report.apply('inheritanceBroken', definition.title, undefined, () => list.breakRoleInheritance(false, true));
  }
  const assignments: ExistingRoleAssignment[] = await list.roleAssignments.expand('RoleDefinitionBindings')();
  const grants = Object.entries(definition.grants) as [GroupKey, PermissionLevelKey][];
  for (const [groupKey, levelKey] of grants) {
    const principalId = groups[groupKey];
    const roleId = roles[levelKey];
    const assignment = assignments.find((row) => row.PrincipalId === principalId);
    // More than the schema gives (e.g. Contribute on Settings from before issue 18) is reported,
    // never taken away silently: a person removes it.
    const extra = assignment ? bindingIds(assignment).filter((id) => id !== roleId && Object.values(roles).indexOf(id) >= 0) : [];
    if (extra.length > 0) {
      report.warn(`${definition.title} gives ${groupKey} more than ${levelKey} (permission level ${extra.join(', ')}); remove it.`);
    }
    if (assignment && bindingIds(assignment).indexOf(roleId) >= 0) {
      continue;
    }
    await report.apply('roleAssigned', definition.title, `${groupKey} → ${levelKey}`, () => list.roleAssignments.add(principalId, roleId));
  }
  // Extra assignments are reported, not removed: provisioning never takes access away silently.
  const expected = new Set(grants.map(([groupKey]) => groups[groupKey]));
  const knownGroups = new Set(Object.values(groups));
  for (const assignment of assignments) {
    if (knownGroups.has(assignment.PrincipalId) && !expected.has(assignment.PrincipalId)) {
      report.warn(`${definition.title} grants principal ${assignment.PrincipalId} access the schema does not; review it.`);
    }
  }
}

/** Brings one list up to its definition. Adds and corrects; never deletes. */
export async function provisionList(
  sp: SPFI,
  definition: ListDefinition,
  existing: ExistingList | undefined,
  groups: GroupIds,
  roles: RoleDefinitionIds,
  report: ReportBuilder
): Promise<void> {
  const current = await ensureListExists(sp, definition, existing, report);
  if (!current) return;
  const list = sp.web.lists.getByTitle(definition.title);
  await ensureListSettings(list, definition, current, report);
  // Choices is a property of SP.FieldChoice only, so it cannot be selected on the collection.
  const readFields = (): Promise<ExistingField[]> =>
    list.fields.select('InternalName', 'Title', 'FieldTypeKind', 'Indexed', 'EnforceUniqueValues', 'Required')();
  const before = await readFields();
  await ensureTitleField(list, definition, before, report);
  const missing = definition.fields.filter((field) => !before.some((candidate) => candidate.InternalName === field.internalName));
  for (const field of missing) {
    await addField(list, definition.title, field, report);
  }
  // Re-read after adding, so that an index or uniqueness the server did not take from the
  // XML is set now, not on the next run.
  const fields = missing.length > 0 && !report.dryRun ? await readFields() : before;
  for (const field of definition.fields) {
    const existing = fields.find((candidate) => candidate.InternalName === field.internalName);
    if (existing) {
      await correctField(list, definition.title, field, existing, report);
    } else if (!report.dryRun) {
      report.warn(`${definition.title}.${field.internalName} was added but the server does not list it.`);
    }
  }
  await ensureRoleAssignments(list, definition, current, groups, roles, report);
}
