import { HttpRequestError } from '@pnp/queryable';

/** Awaits a PnPjs call that must fail and returns its HttpRequestError. */
export async function failure(promise: Promise<unknown>): Promise<HttpRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpRequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

/** The JSON body PnPjs appends to its error message after `::>`. */
export function errorBody(error: HttpRequestError): unknown {
  return JSON.parse(error.message.slice(error.message.indexOf('::>') + 4));
}
