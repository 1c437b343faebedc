import { parseBatch, renderBatchResponse } from '../batch/multipart';
import { handleSite } from '../handlers/site';
import { contextInfo, handleWeb } from '../handlers/web';
import { PermissionEvaluator } from '../security/permission-evaluator';
import { SiteStore } from '../store/site-store';
import { EmuResponse, RequestContext } from './context';
import { contentTypeFor, formatFromAccept } from './odata-format';
import { parseResourcePath } from './resource-path';
import { renderErrorBody, resourceNotFound, SpError, unauthenticated } from './sp-error';
import { unsupportedSegment } from './unsupported';

export interface IncomingCall {
  method: string;
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface DispatcherConfig {
  sitePath: string;
  listViewThreshold: number;
}

/**
 * Turns one REST call (top-level or a `$batch` part) into a response. Knows nothing about
 * sockets, so `$batch` can call it again for each part.
 */
export class Dispatcher {
  private readonly permissions: PermissionEvaluator;

  public constructor(
    private readonly store: SiteStore,
    private readonly config: DispatcherConfig
  ) {
    this.permissions = new PermissionEvaluator(store);
  }

  public handle(call: IncomingCall, allowBatch: boolean = true): EmuResponse {
    const format = formatFromAccept(call.headers.accept);
    try {
      return this.route(call, allowBatch);
    } catch (error) {
      const spError =
        error instanceof SpError
          ? error
          : new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', error instanceof Error ? error.message : String(error));
      return {
        status: spError.status,
        headers: { 'Content-Type': contentTypeFor(format === 'nometadata' ? 'nometadata' : format), ...spError.extraHeaders },
        body: renderErrorBody(spError, format === 'verbose')
      };
    }
  }

  private route(call: IncomingCall, allowBatch: boolean): EmuResponse {
    const login = call.headers['x-emulator-user'];
    const user = login ? this.store.findUser(login) : undefined;
    if (!user) throw unauthenticated();
    const apiPrefix = `${this.config.sitePath.toLowerCase()}/_api`;
    const pathname = call.url.pathname;
    if (!pathname.toLowerCase().startsWith(apiPrefix) || (pathname.length > apiPrefix.length && pathname[apiPrefix.length] !== '/')) {
      throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    }
    const apiPath = pathname.slice(apiPrefix.length + 1);
    const override = call.headers['x-http-method'];
    const method = call.method === 'POST' && override ? override.toUpperCase() : call.method.toUpperCase();
    const segments = parseResourcePath(apiPath, call.url.searchParams);
    const origin = call.url.origin;
    const webUrl = `${origin}${this.config.sitePath}`;
    const format = formatFromAccept(call.headers.accept);
    const ctx: RequestContext = {
      store: this.store,
      permissions: this.permissions,
      user,
      method,
      segments,
      query: call.url.searchParams,
      headers: call.headers,
      body: call.body,
      format,
      render: { format, webUrl },
      origin,
      webUrl,
      sitePath: this.config.sitePath,
      requestUrlWithoutQuery: `${origin}${pathname}`,
      listViewThreshold: this.config.listViewThreshold
    };
    const [first, ...rest] = segments;
    if (!first) throw resourceNotFound('');
    switch (first.name) {
      case 'web':
        return handleWeb(ctx, rest);
      case 'site':
        return handleSite(ctx, rest);
      case 'contextinfo':
        if (rest.length > 0) throw resourceNotFound(rest[0].raw);
        if (method !== 'POST') throw resourceNotFound('contextinfo');
        return contextInfo(ctx);
      case '$batch':
        if (rest.length > 0) throw resourceNotFound(rest[0].raw);
        if (!allowBatch || method !== 'POST') throw resourceNotFound('$batch');
        return this.batch(call);
      default:
        throw unsupportedSegment('SP.Root', first);
    }
  }

  /** Runs every part in order; parts fail independently, changesets are not transactional (reference §8.3). */
  private batch(call: IncomingCall): EmuResponse {
    const parts = parseBatch(call.body.toString('utf8'), call.headers['content-type'] ?? '');
    const responses = parts.map((part) => {
      const url = new URL(part.url, call.url);
      return this.handle(
        {
          method: part.method,
          url,
          headers: { ...part.headers, 'x-emulator-user': call.headers['x-emulator-user'] ?? '' },
          body: part.body
        },
        false
      );
    });
    const rendered = renderBatchResponse(responses);
    return { status: 200, headers: { 'Content-Type': rendered.contentType }, body: rendered.body };
  }
}
