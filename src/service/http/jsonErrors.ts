import type { ErrorRequestHandler } from 'express';

interface HttpishError {
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  message?: unknown;
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
    const send = (code: number, body: { error: string; message: string }): void => {
      res.status(code).type('application/json').send(JSON.stringify(body));
    };
    if (failure.type === 'entity.parse.failed') {
      send(400, { error: 'invalid', message: 'The request body is not valid JSON.' });
    } else if (failure.type === 'entity.too.large' || status === 413) {
      send(413, { error: 'tooLarge', message: 'The request is larger than the case service accepts.' });
    } else if (status >= 400 && status < 500) {
      send(status, { error: 'invalid', message: 'The case service could not read this request.' });
    } else {
      log(`${req.method} ${req.path} failed: ${typeof failure.message === 'string' ? failure.message : 'unexpected error'}`);
      send(500, { error: 'unexpected', message: 'The case service could not complete this. Please try again.' });
    }
  };
}
