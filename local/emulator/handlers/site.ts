import { EmuResponse, RequestContext } from '../http/context';
import { entityResponse } from '../http/entity-response';
import { PathSegment } from '../http/resource-path';
import { unsupportedMethod, unsupportedSegment } from '../http/unsupported';

/**
 * `/_api/site` (SP.Site): the entity itself, read-only. Everything below it (rootWeb, features,
 * recycleBin, ...) answers 501, where the emulator used to answer 200 to any path and verb.
 */
export function handleSite(ctx: RequestContext, rest: PathSegment[]): EmuResponse {
  if (rest.length > 0) throw unsupportedSegment('SP.Site', rest[0]);
  if (ctx.method !== 'GET') throw unsupportedMethod(ctx.method, 'SP.Site');
  const entity = {
    type: 'SP.Site',
    id: `${ctx.webUrl}/_api/site`,
    editLink: 'site',
    properties: { Id: ctx.store.site.siteId, ServerRelativeUrl: ctx.sitePath, Url: ctx.webUrl }
  };
  return entityResponse(ctx, entity, 'SP.ApiData.Sites/@Element');
}
