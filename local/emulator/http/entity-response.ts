import { EmuResponse, RequestContext } from './context';
import { Entity, renderCollection, renderEntity } from './odata-format';
import { jsonResponse } from './responses';
import { projectSelect } from './select';
import { queryEntities } from '../odata/entity-query';

function selected(ctx: RequestContext, entity: Entity): Entity {
  return { ...entity, properties: projectSelect(entity.properties, ctx.query, entity.type) };
}

/** One entity, honouring `$select`. */
export function entityResponse(
  ctx: RequestContext,
  entity: Entity,
  metadataFragment: string,
  status: number = 200,
  headers: Record<string, string> = {}
): EmuResponse {
  return jsonResponse(ctx, renderEntity(ctx.render, selected(ctx, entity), metadataFragment), status, headers);
}

/**
 * A collection of non-item entities: `$filter`, `$orderby`, `$skip` and `$top` run on the full
 * entities (so a filter may use a property that `$select` leaves out), then `$select` projects.
 */
export function collectionResponse(ctx: RequestContext, entities: Entity[], metadataFragment: string, typeName: string): EmuResponse {
  const rows = queryEntities(entities, ctx.query, typeName);
  return jsonResponse(
    ctx,
    renderCollection(
      ctx.render,
      rows.map((entity) => selected(ctx, entity)),
      metadataFragment
    )
  );
}
