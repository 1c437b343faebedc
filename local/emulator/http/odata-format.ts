/**
 * Renders entities in the OData flavour the client asked for (reference §0.2):
 * `Accept: application/json` (PnPjs default) = minimal metadata; `odata=verbose` wraps in `d`
 * with `__metadata`; `odata=nometadata` drops the annotations.
 */
export type ODataFormat = 'minimal' | 'verbose' | 'nometadata';

export function formatFromAccept(accept: string | undefined): ODataFormat {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentTypeFor(format: ODataFormat): string {
  if (format === 'verbose') return 'application/json;odata=verbose;charset=utf-8';
  return `application/json;odata=${format === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
}

export interface Entity {
  /** e.g. SP.Web, SP.List, SP.Data.IncidentsListItem. */
  type: string;
  /** odata.id: absolute URI for most entities, the item GUID for list items (reference §2.1). */
  id: string;
  /** Relative edit link, e.g. Web/Lists(guid'...')/Items(3). */
  editLink?: string;
  /** Quoted etag, e.g. "\"1\"". */
  etag?: string;
  properties: Record<string, unknown>;
}

export interface RenderContext {
  format: ODataFormat;
  /** Absolute URL of the web, without trailing slash. */
  webUrl: string;
}

function annotate(ctx: RenderContext, entity: Entity): Record<string, unknown> {
  if (ctx.format === 'nometadata') return entity.properties;
  if (ctx.format === 'verbose') {
    const uri = entity.editLink ? `${ctx.webUrl}/_api/${entity.editLink}` : entity.id;
    const metadata: Record<string, unknown> = { id: entity.id, uri, type: entity.type };
    if (entity.etag !== undefined) metadata.etag = entity.etag;
    return { __metadata: metadata, ...entity.properties };
  }
  const annotated: Record<string, unknown> = { 'odata.type': entity.type, 'odata.id': entity.id };
  if (entity.etag !== undefined) annotated['odata.etag'] = entity.etag;
  if (entity.editLink !== undefined) annotated['odata.editLink'] = entity.editLink;
  return { ...annotated, ...entity.properties };
}

export function renderEntity(ctx: RenderContext, entity: Entity, metadataFragment: string): unknown {
  const body = annotate(ctx, entity);
  if (ctx.format === 'verbose') return { d: body };
  if (ctx.format === 'nometadata') return body;
  return { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#${metadataFragment}`, ...body };
}

export function renderCollection(ctx: RenderContext, entities: Entity[], metadataFragment: string, nextLink?: string): unknown {
  const values = entities.map((e) => annotate(ctx, e));
  if (ctx.format === 'verbose') {
    const d: Record<string, unknown> = { results: values };
    if (nextLink) d.__next = nextLink;
    return { d };
  }
  const body: Record<string, unknown> = {};
  if (ctx.format === 'minimal') body['odata.metadata'] = `${ctx.webUrl}/_api/$metadata#${metadataFragment}`;
  body.value = values;
  if (nextLink) body['odata.nextLink'] = nextLink;
  return body;
}

/** Verbose collections of primitives (`{results:[...]}`) vs plain arrays in JSON light. */
export function renderPrimitiveCollection(ctx: RenderContext, values: unknown[], edmType: string): unknown {
  return ctx.format === 'verbose' ? { __metadata: { type: `Collection(${edmType})` }, results: values } : values;
}
