import { randomUUID } from 'node:crypto';
import { EmuResponse, jsonBody, RequestContext } from '../http/context';
import { orNull } from '../http/json-null';
import { checkEntityBody } from '../http/entity-body';
import { collectionResponse, entityResponse } from '../http/entity-response';
import { Entity, renderPrimitiveCollection } from '../http/odata-format';
import { PathSegment } from '../http/resource-path';
import { emptyResponse } from '../http/responses';
import { badRequest, fieldNotFound, resourceNotFound, SpError, unknownProperty } from '../http/sp-error';
import { unsupportedMethod, unsupportedSegment } from '../http/unsupported';
import { Permission } from '../security/base-permissions';
import { fieldODataType, FieldKind, internalNameFromTitle, kindFromTypeName, typeAsString } from '../store/field-types';
import { ListState } from '../store/list-state';
import { FieldDef } from '../store/model';

/** Field properties with behaviour in the emulator. */
const FIELD_APPLIED = [
  'Title',
  'Required',
  'Hidden',
  'Description',
  'Group',
  'MaxLength',
  'DefaultValue',
  'Indexed',
  'EnforceUniqueValues',
  'Choices',
  'AllowMultipleValues'
];

/**
 * Display and formatting settings (what PnPjs's add* helpers send) that the emulator stores
 * and echoes without behaviour. Any other property SPO defines on the field's type answers 501.
 */
const FIELD_STORED = [
  'AllowHyperlink',
  'AppendOnly',
  'NumberOfLines',
  'RestrictedMode',
  'RichText',
  'UnlimitedLengthInDocumentLibrary',
  'DateTimeCalendarType',
  'DisplayFormat',
  'FriendlyDisplayFormat',
  'CurrencyLocaleId',
  'EditFormat',
  'FillInChoice',
  'OutputType',
  'Formula',
  'DateFormat',
  'ShowAsPercentage',
  'SelectionMode',
  'StaticName'
];

const FIELD_UPDATABLE: ReadonlySet<string> = new Set([...FIELD_APPLIED, ...FIELD_STORED]);
const FIELD_CREATABLE: ReadonlySet<string> = new Set([...FIELD_UPDATABLE, 'FieldTypeKind']);
/** `AddField` parameters the emulator honours (IsCompactName and LookupWebId answer 501). */
const ADD_FIELD_PARAMETERS: ReadonlySet<string> = new Set([
  'Title',
  'FieldTypeKind',
  'Required',
  'Choices',
  'LookupListId',
  'LookupFieldName'
]);
const XML_FIELD_PARAMETERS: ReadonlySet<string> = new Set(['SchemaXml']);

function schemaXml(field: FieldDef): string {
  const attrs = [
    `Type="${typeAsString(field)}"`,
    `DisplayName="${field.title}"`,
    `Name="${field.internalName}"`,
    `StaticName="${field.internalName}"`,
    `ID="{${field.id}}"`,
    `Required="${field.required ? 'TRUE' : 'FALSE'}"`,
    `Indexed="${field.indexed ? 'TRUE' : 'FALSE'}"`,
    `EnforceUniqueValues="${field.enforceUniqueValues ? 'TRUE' : 'FALSE'}"`
  ];
  return `<Field ${attrs.join(' ')} />`;
}

export function fieldEntity(ctx: RequestContext, list: ListState, field: FieldDef): Entity {
  const link = `Web/Lists(guid'${list.record.id}')/Fields(guid'${field.id}')`;
  const properties: Record<string, unknown> = {
    CanBeDeleted: !field.builtIn,
    DefaultValue: orNull(field.defaultValue),
    Description: field.description,
    EnforceUniqueValues: field.enforceUniqueValues,
    EntityPropertyName: field.internalName,
    FieldTypeKind: field.typeKind,
    Group: field.group,
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed,
    InternalName: field.internalName,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: schemaXml(field),
    StaticName: field.internalName,
    Title: field.title,
    TypeAsString: typeAsString(field),
    ...field.extraProperties
  };
  if (field.maxLength !== undefined) properties.MaxLength = field.maxLength;
  if (field.choices) properties.Choices = renderPrimitiveCollection(ctx.render, field.choices, 'Edm.String');
  if (field.typeKind === FieldKind.Lookup || field.typeKind === FieldKind.User) {
    properties.AllowMultipleValues = field.allowMultipleValues === true;
    properties.LookupList = field.lookupListId ?? '';
    properties.LookupField = field.lookupField ?? 'Title';
  }
  return {
    type: fieldODataType(field),
    id: `${ctx.webUrl}/_api/${link}`,
    editLink: link,
    properties
  };
}

function choicesFrom(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String);
  const results = (value as { results?: unknown[] }).results;
  return Array.isArray(results) ? results.map(String) : undefined;
}

function bool(value: unknown): boolean {
  return value === true || value === 'TRUE' || value === 'true' || value === 1;
}

/** SPO refuses unique values on a column that is not indexed (reference §6, §10.2). */
function uniqueNeedsIndex(): SpError {
  return badRequest('The column must be indexed before unique values can be enforced.', '-2146232832, Microsoft.SharePoint.SPException');
}

function applyFieldProperties(list: ListState, field: FieldDef, props: Record<string, unknown>): void {
  // Indexed first so that {Indexed:true, EnforceUniqueValues:true} in one call works, as in SPO.
  if ('Indexed' in props) {
    const indexed = bool(props.Indexed);
    if (!indexed && field.enforceUniqueValues && !(props.EnforceUniqueValues === false)) throw uniqueNeedsIndex();
    field.indexed = indexed;
    if (indexed) list.buildIndex(field);
    else if (field.internalName !== 'ID') list.dropIndex(field);
  }
  if ('EnforceUniqueValues' in props) {
    const unique = bool(props.EnforceUniqueValues);
    if (unique && !field.indexed) throw uniqueNeedsIndex();
    if (unique) {
      const index = list.index(field);
      for (const item of list.items.values()) {
        const value = list.value(item, field);
        if (value !== undefined && index && index.lookup(value).length > 1) {
          throw new SpError(
            500,
            '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
            'This field contains duplicate values. Remove all duplicate values and try the operation again.'
          );
        }
      }
    }
    field.enforceUniqueValues = unique;
  }
  if (typeof props.Title === 'string') field.title = props.Title;
  if ('Required' in props) field.required = bool(props.Required);
  if ('Hidden' in props) field.hidden = bool(props.Hidden);
  if (typeof props.Description === 'string') field.description = props.Description;
  if (typeof props.Group === 'string') field.group = props.Group;
  if (typeof props.MaxLength === 'number') field.maxLength = props.MaxLength;
  if (typeof props.DefaultValue === 'string') field.defaultValue = props.DefaultValue;
  if ('AllowMultipleValues' in props) field.allowMultipleValues = bool(props.AllowMultipleValues);
  const choices = choicesFrom(props.Choices);
  if (choices) field.choices = choices;
  for (const name of FIELD_STORED) {
    if (name in props) field.extraProperties = { ...field.extraProperties, [name]: props[name] };
  }
  list.refreshFieldLookup();
}

function addField(
  ctx: RequestContext,
  list: ListState,
  internalName: string,
  title: string,
  typeKind: number,
  props: Record<string, unknown>
): FieldDef {
  ctx.permissions.requireList(ctx.user, list, Permission.ManageLists);
  if (list.fieldByInternalName(internalName)) {
    throw new SpError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${internalName}" was found.`);
  }
  const field: FieldDef = {
    id: randomUUID(),
    internalName,
    title,
    typeKind,
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: false,
    builtIn: false,
    description: '',
    group: 'Custom Columns'
  };
  if (typeKind === FieldKind.Lookup) {
    field.lookupListId = String(props.LookupListId ?? '').replace(/[{}]/g, '');
    field.lookupField = String(props.LookupFieldName ?? 'Title');
  }
  if (typeKind === FieldKind.User) field.lookupField = 'Title';
  list.record.fields.push(field);
  list.refreshFieldLookup();
  try {
    applyFieldProperties(list, field, props);
  } catch (error) {
    list.record.fields.pop();
    list.dropIndex(field);
    list.refreshFieldLookup();
    throw error;
  }
  ctx.store.changed();
  return field;
}

function attr(xml: string, name: string): string | undefined {
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- `name` is one of our own constant attribute names
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(xml);
  return match
    ? match[1]
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    : undefined;
}

/** CreateFieldAsXml: enough of CAML's <Field> to provision the columns our schema uses. */
function addFieldFromXml(ctx: RequestContext, list: ListState, xml: string): FieldDef {
  const { kind, multi } = kindFromTypeName(attr(xml, 'Type') ?? 'Text');
  const name = attr(xml, 'StaticName') ?? attr(xml, 'Name') ?? internalNameFromTitle(attr(xml, 'DisplayName') ?? 'Field');
  const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/gi)].map((m) => m[1]);
  const props: Record<string, unknown> = {
    Required: attr(xml, 'Required') === 'TRUE',
    Indexed: attr(xml, 'Indexed') === 'TRUE',
    EnforceUniqueValues: attr(xml, 'EnforceUniqueValues') === 'TRUE',
    LookupListId: attr(xml, 'List'),
    LookupFieldName: attr(xml, 'ShowField') ?? 'Title',
    AllowMultipleValues: multi || attr(xml, 'Mult') === 'TRUE'
  };
  if (choices.length > 0) props.Choices = choices;
  const maxLength = attr(xml, 'MaxLength');
  if (maxLength) props.MaxLength = Number(maxLength);
  if (!props.Indexed) delete props.Indexed;
  if (!props.EnforceUniqueValues) delete props.EnforceUniqueValues;
  return addField(ctx, list, name, attr(xml, 'DisplayName') ?? name, kind, props);
}

function findField(list: ListState, segment: PathSegment, next?: PathSegment): [FieldDef, number] {
  if (segment.hasArgs) {
    const id = String(segment.positional[0]).replace(/[{}]/g, '').toLowerCase();
    const field = list.record.fields.find((f) => f.id === id);
    if (!field) throw fieldNotFound(id);
    return [field, 1];
  }
  if (!next) throw resourceNotFound('fields');
  const key = String(next.positional[0] ?? '');
  let field: FieldDef | undefined;
  if (next.name === 'getbyinternalnameortitle') field = list.field(key);
  else if (next.name === 'getbytitle') field = list.record.fields.find((f) => f.title.toLowerCase() === key.toLowerCase());
  else if (next.name === 'getbyid') field = list.record.fields.find((f) => f.id === key.replace(/[{}]/g, '').toLowerCase());
  else throw unsupportedSegment('SP.FieldCollection', next);
  if (!field) throw fieldNotFound(key);
  return [field, 2];
}

/** `{"parameters":{...}}` bodies of AddField and createfieldasxml (reference §10.1). */
function parametersOf(body: Record<string, unknown>): Record<string, unknown> {
  const extra = Object.keys(body).find((key) => key !== 'parameters');
  if (extra !== undefined) throw unknownProperty(extra, 'parameters');
  const parameters = body.parameters;
  if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters))
    throw badRequest("The parameter 'parameters' is required.");
  return parameters as Record<string, unknown>;
}

export function handleFields(ctx: RequestContext, list: ListState, segment: PathSegment, rest: PathSegment[]): EmuResponse {
  const action = rest[0]?.name;
  if (!segment.hasArgs && (rest.length === 0 || action === 'addfield' || action === 'createfieldasxml')) {
    if (ctx.method === 'GET' && rest.length === 0) {
      ctx.permissions.requireList(ctx.user, list, Permission.ViewListItems);
      const entities = list.record.fields.map((f) => fieldEntity(ctx, list, f));
      return collectionResponse(ctx, entities, 'SP.ApiData.Fields', 'SP.Field');
    }
    if (ctx.method !== 'POST') throw unsupportedMethod(ctx.method, 'SP.FieldCollection');
    if (rest.length > 1) throw unsupportedSegment('SP.Field', rest[1]);
    const body = jsonBody(ctx);
    let field: FieldDef;
    if (action === 'createfieldasxml') {
      const parameters = parametersOf(body);
      checkEntityBody(ctx, parameters, 'SP.XmlSchemaFieldCreationInformation', XML_FIELD_PARAMETERS);
      field = addFieldFromXml(ctx, list, String(parameters.SchemaXml ?? ''));
    } else {
      const props = action === 'addfield' ? parametersOf(body) : body;
      const typeKind = Number(props.FieldTypeKind ?? FieldKind.Text);
      if (action === 'addfield') checkEntityBody(ctx, props, 'SP.FieldCreationInformation', ADD_FIELD_PARAMETERS);
      else checkEntityBody(ctx, props, fieldODataType({ typeKind }), FIELD_CREATABLE);
      const title = String(props.Title ?? '');
      if (!title) throw badRequest('The field title is required.');
      field = addField(ctx, list, internalNameFromTitle(title), title, typeKind, props);
    }
    return entityResponse(ctx, fieldEntity(ctx, list, field), 'SP.ApiData.Fields/@Element', 201);
  }
  const [field, consumed] = findField(list, segment, rest[0]);
  // `consumed` counts the fields segment itself, so the selector in rest[0] is consumed - 1.
  const tail = rest.slice(consumed - 1);
  if (tail.length > 0) throw unsupportedSegment('SP.Field', tail[0]);
  switch (ctx.method) {
    case 'GET':
      ctx.permissions.requireList(ctx.user, list, Permission.ViewListItems);
      return entityResponse(ctx, fieldEntity(ctx, list, field), 'SP.ApiData.Fields/@Element');
    case 'MERGE':
    case 'PATCH': {
      ctx.permissions.requireList(ctx.user, list, Permission.ManageLists);
      const body = jsonBody(ctx);
      checkEntityBody(ctx, body, fieldODataType(field), FIELD_UPDATABLE);
      applyFieldProperties(list, field, body);
      ctx.store.changed();
      return emptyResponse(204);
    }
    case 'DELETE':
      ctx.permissions.requireList(ctx.user, list, Permission.ManageLists);
      if (field.builtIn) throw badRequest('You cannot delete a built-in field.', '-2146232832, Microsoft.SharePoint.SPException');
      list.record.fields = list.record.fields.filter((f) => f !== field);
      list.dropIndex(field);
      list.refreshFieldLookup();
      ctx.store.changed();
      return emptyResponse(200);
    default:
      throw unsupportedMethod(ctx.method, 'SP.Field');
  }
}
