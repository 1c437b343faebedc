import type { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * The one shape of every error the case service answers with (issue 14), from the API, the
 * messaging endpoint and this last-resort handler alike: `error` a short code for programs
 * ('invalid', 'tooLarge', 'unauthenticated', 'refused', 'notFound', 'alreadyDecided',
 * 'unexpected' and the use cases' own kinds), `message` plain words the tab or Teams shows as
 * they are. A refused decision may add the business `rule` and `details`. Never a stack trace,
 * a server path or anything from the request body.
 */
export interface ServiceErrorBody {
  readonly error: string;
  readonly message: string;
  readonly rule?: string;
  readonly details?: readonly string[];
}

interface HttpishError {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

/**
 * A failure for the log in one line: its kind and the first line of its message, without the
 * stack (which names the server's files) and with anything that looks like a server path taken
 * out. The log is read by people who support the service, not by the people a request body is
 * about.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'unexpected error';
  const kind = (error as { kind?: unknown }).kind;
  const firstLine = error.message
    .split(/[\r\n\u2028\u2029]/)[0]
    // Control characters could forge a log line of their own.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/(?:[A-Za-z]:)?(?:[\\/][\w.@-]+){2,}/g, '<path>');
  return `${error.name}${typeof kind === 'string' ? ` (${kind})` : ''}: ${firstLine.slice(0, 200)}`;
}

function statusOf(error: HttpishError): number {
  const status = typeof error.status === 'number' ? error.status : typeof error.statusCode === 'number' ? error.statusCode : 500;
  return status >= 400 && status < 600 ? status : 500;
}

/**
 * The last word on any request that failed before or outside a handler (issue 14): malformed
 * JSON, a body over the limit, anything thrown. Always JSON in plain words, never Express's
 * HTML page with a stack trace and server paths, and the log names the failure without the
 * request body (which may hold a customer's details).
 */
export function jsonErrors(log: (message: string, error?: unknown) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpishError;
    const status = statusOf(failure);
    const send = (code: number, body: ServiceErrorBody): void => {
      res.status(code).type('application/json').send(JSON.stringify(body));
    };
    if (failure.type === 'entity.parse.failed') {
      send(400, { error: 'invalid', message: 'The request body is not valid JSON.' });
    } else if (failure.type === 'entity.too.large' || status === 413) {
      send(413, { error: 'tooLarge', message: 'The request is larger than the case service accepts.' });
    } else if (status >= 400 && status < 500) {
      send(status, { error: 'invalid', message: 'The case service could not read this request.' });
    } else {
      log(`${req.method} ${req.path} failed: ${describeFailure(error)}`);
      send(500, { error: 'unexpected', message: 'The case service could not complete this. Please try again.' });
    }
  };
}

/** Any address the service does not serve: 404 in the same JSON shape, never Express's HTML page. */
export function jsonNotFound(): RequestHandler {
  return (_req, res) => {
    const body: ServiceErrorBody = { error: 'notFound', message: 'The case service has nothing at this address.' };
    res.status(404).type('application/json').send(JSON.stringify(body));
  };
}
