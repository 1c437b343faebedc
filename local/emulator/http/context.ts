import { PermissionEvaluator } from '../security/permission-evaluator';
import { UserRecord } from '../store/model';
import { SiteStore } from '../store/site-store';
import { ODataFormat, RenderContext } from './odata-format';
import { PathSegment } from './resource-path';
import { badRequest } from './sp-error';

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

/** Everything a handler needs for one (possibly batched) REST call. */
export interface RequestContext {
  store: SiteStore;
  permissions: PermissionEvaluator;
  user: UserRecord;
  /** Effective verb: X-HTTP-Method wins over POST (reference §5.1). */
  method: string;
  segments: PathSegment[];
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  format: ODataFormat;
  render: RenderContext;
  /** e.g. http://127.0.0.1:4323 */
  origin: string;
  /** Absolute web URL, no trailing slash. */
  webUrl: string;
  /** Server-relative web URL, e.g. /sites/ccm. */
  sitePath: string;
  /** Absolute URL of this request without its query (for odata.nextLink). */
  requestUrlWithoutQuery: string;
  listViewThreshold: number;
}

export function jsonBody(ctx: RequestContext): Record<string, unknown> {
  if (ctx.body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(ctx.body.toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to SPO's error
  }
  throw badRequest(
    'Invalid JSON. A token was not recognized in the JSON content.',
    '-1, Microsoft.SharePoint.Client.InvalidClientQueryException'
  );
}
