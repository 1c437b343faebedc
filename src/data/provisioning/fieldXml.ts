import type { FieldDefinition } from '../schema';

/** Escapes text for an XML attribute or element. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function attribute(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined) {
    return '';
  }
  const text = typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
  return ` ${name}="${xmlEscape(text)}"`;
}

function choicesXml(choices: readonly string[] | undefined): string {
  if (!choices || choices.length === 0) {
    return '';
  }
  return `<CHOICES>${choices.map((choice) => `<CHOICE>${xmlEscape(choice)}</CHOICE>`).join('')}</CHOICES>`;
}

/**
 * SchemaXml for `fields.createFieldAsXml`. XML (not `addText` etc.) because it is the only
 * way to set the internal name independently of the British English display name.
 */
export function fieldSchemaXml(field: FieldDefinition, lookupListId?: string): string {
  const common =
    attribute('Name', field.internalName) +
    attribute('StaticName', field.internalName) +
    attribute('DisplayName', field.displayName) +
    attribute('Required', field.required === true) +
    attribute('Indexed', field.indexed === true) +
    attribute('EnforceUniqueValues', field.unique === true) +
    attribute('Description', field.description);
  switch (field.type) {
    case 'Text':
      return `<Field Type="Text"${common}${attribute('MaxLength', field.maxLength ?? 255)} />`;
    case 'Note':
      // Plain text: rich text would wrap JSON and narratives in HTML.
      return `<Field Type="Note"${common} NumLines="6" RichText="FALSE" UnlimitedLengthInDocumentLibrary="TRUE" />`;
    case 'Number':
      return `<Field Type="Number"${common} />`;
    case 'DateTime':
      return `<Field Type="DateTime"${common} Format="DateTime" />`;
    case 'Boolean':
      return `<Field Type="Boolean"${common}><Default>0</Default></Field>`;
    case 'Choice':
      return `<Field Type="Choice"${common} FillInChoice="FALSE">${choicesXml(field.choices)}</Field>`;
    case 'MultiChoice':
      return `<Field Type="MultiChoice"${common} FillInChoice="FALSE">${choicesXml(field.choices)}</Field>`;
    case 'User':
      return `<Field Type="User"${common} UserSelectionMode="PeopleOnly" />`;
    case 'Lookup':
      return `<Field Type="Lookup"${common}${attribute('List', lookupListId ? `{${lookupListId}}` : undefined)} ShowField="Title" />`;
    default:
      throw new RangeError(`Unknown field type ${String((field as FieldDefinition).type)}`);
  }
}

/** The FieldTypeKind SharePoint reports for each schema type (used to detect drift). */
export const FIELD_TYPE_KIND: Readonly<Record<FieldDefinition['type'], number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  Boolean: 8,
  Number: 9,
  MultiChoice: 15,
  User: 20
};
