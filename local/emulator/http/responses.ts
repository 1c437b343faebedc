import { EmuResponse, RequestContext } from './context';
import { contentTypeFor } from './odata-format';

export function jsonResponse(
  ctx: RequestContext,
  payload: unknown,
  status: number = 200,
  headers: Record<string, string> = {}
): EmuResponse {
  return { status, headers: { 'Content-Type': contentTypeFor(ctx.format), ...headers }, body: JSON.stringify(payload) };
}

/** MERGE answers 204; DELETE answers 200 with an empty body (PnPjs treats both as `{}`). */
export function emptyResponse(status: number = 204, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers, body: '' };
}

export function binaryResponse(content: Buffer): EmuResponse {
  return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: content };
}

/** Scalar results, e.g. recycle() returning the recycle-bin GUID. */
export function scalarResponse(ctx: RequestContext, name: string, value: unknown, edmType: string): EmuResponse {
  if (ctx.format === 'verbose') return jsonResponse(ctx, { d: { [name]: value } });
  if (ctx.format === 'nometadata') return jsonResponse(ctx, { value });
  return jsonResponse(ctx, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#${edmType}`, value });
}
