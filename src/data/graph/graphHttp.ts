/*
 * The one way this code calls Microsoft Graph: a fetch-shaped port the host provides (the web
 * part wraps SPFx's MSGraphClientV3, tests call a local server), plus the handling every Graph
 * call needs here: throttling (429 and 503 with Retry-After, retried a bounded number of times)
 * and Graph's error body turned into a typed error. No SPFx import, so it runs under Node too.
 */

export interface GraphHttpRequest {
  method: 'GET' | 'POST';
  /** Path with the version and query, e.g. `/v1.0/users?$top=5`. */
  path: string;
  headers?: Readonly<Record<string, string>>;
  body?: unknown;
}

export interface GraphHttpResponse {
  status: number;
  /** A response header, or undefined when absent. */
  header(name: string): string | undefined;
  json(): Promise<unknown>;
}

export type GraphHttp = (request: GraphHttpRequest) => Promise<GraphHttpResponse>;

/** Graph refused or failed; `code` is Graph's error code (e.g. Authorization_RequestDenied). */
export class GraphError extends Error {
  public readonly status: number;
  public readonly code: string;
  public constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
  }
}

export interface GraphCallOptions {
  /** How many times a throttled call is retried before giving up. */
  maxRetries?: number;
  /** Waits between retries; replaced in tests that count waits. */
  sleep?: (ms: number) => Promise<void>;
  /** Upper bound on one wait: a page must not hang for a long Retry-After. */
  maxWaitMs?: number;
}

const THROTTLED = [429, 503, 504];

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retry-After is seconds in Graph's answers; an HTTP date is also allowed by RFC 9110. */
export function retryAfterMs(value: string | undefined, attempt: number): number {
  if (value !== undefined) {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  // No header: exponential back-off from one second.
  return 1000 * 2 ** attempt;
}

async function errorFrom(response: GraphHttpResponse): Promise<GraphError> {
  const body = await response.json().catch(() => undefined);
  const error = typeof body === 'object' && body !== null ? (body as { error?: { code?: unknown; message?: unknown } }).error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `HTTP${response.status}`;
  const message = typeof error?.message === 'string' ? error.message : `Microsoft Graph answered ${response.status}.`;
  return new GraphError(response.status, code, message);
}

/** One Graph call with throttling handled; resolves with the JSON body of a 2xx answer. */
export async function graphCall<T>(http: GraphHttp, request: GraphHttpRequest, options: GraphCallOptions = {}): Promise<T> {
  const maxRetries = options.maxRetries ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  for (let attempt = 0; ; attempt++) {
    const response = await http(request);
    if (response.status >= 200 && response.status < 300) return (await response.json()) as T;
    if (THROTTLED.indexOf(response.status) < 0 || attempt >= maxRetries) throw await errorFrom(response);
    await sleep(Math.min(maxWaitMs, retryAfterMs(response.header('Retry-After'), attempt)));
  }
}
