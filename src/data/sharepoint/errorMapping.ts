import {
  ConflictError,
  DataError,
  ForbiddenError,
  NotFoundError,
  ThresholdExceededError,
  ThrottledError,
  UnexpectedDataError,
  ValidationFailedError
} from '../errors';
import type { FieldProblem } from '../errors';
import type { ListDefinition } from '../schema';
import { GROUPS } from '../schema/security';

interface HttpRequestErrorLike {
  isHttpRequestError?: boolean;
  status?: number;
  message: string;
  response?: { headers?: Pick<Headers, 'get'> };
}

function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return typeof error === 'object' && !!error && (error as HttpRequestErrorLike).isHttpRequestError === true;
}

interface SharePointErrorBody {
  code: string;
  message: string;
}

/** PnPjs puts the raw body after `::>`; SharePoint's envelope is odata.error (or error when verbose). */
export function parseSharePointError(message: string): SharePointErrorBody {
  const marker = message.indexOf('::>');
  const raw = marker >= 0 ? message.slice(marker + 3).trim() : message;
  try {
    const body = JSON.parse(raw) as Record<string, { code?: string; message?: { value?: string } | string }>;
    const envelope = body['odata.error'] ?? body.error;
    if (envelope) {
      const text = typeof envelope.message === 'string' ? envelope.message : (envelope.message?.value ?? '');
      return { code: envelope.code ?? '', message: text };
    }
  } catch {
    // Not JSON (e.g. the retry behaviour's own message); fall through.
  }
  return { code: '', message: raw };
}

function internalNameFor(list: ListDefinition | undefined, displayOrInternal: string): string {
  const trimmed = displayOrInternal.trim();
  if (!list) {
    return trimmed;
  }
  const field = list.fields.find((candidate) => candidate.displayName === trimmed || candidate.internalName === trimmed);
  return field ? field.internalName : trimmed;
}

/** "…duplicate values were found in the following field(s) in the list: [A, B]." */
function duplicateProblems(message: string, list: ListDefinition | undefined): FieldProblem[] {
  const match = /\[([^\]]*)\]/.exec(message);
  const names = match ? match[1].split(',').filter((name) => name.trim().length > 0) : [''];
  return names.map((name) => ({ field: internalNameFor(list, name), message, duplicate: true }));
}

function validationProblems(message: string, list: ListDefinition | undefined): FieldProblem[] {
  const match = /(?:field|property|column)\s+'([^']+)'/i.exec(message);
  return [{ field: match ? internalNameFor(list, match[1]) : '', message }];
}

function retryAfter(error: HttpRequestErrorLike): number | undefined {
  const header = error.response?.headers?.get('Retry-After');
  const seconds = header ? parseInt(header, 10) : NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * Turns whatever PnPjs threw into one of the typed storage errors. `list` lets unique
 * violations and validation failures name the internal field.
 */
/** The people-facing CCM groups given any access to the list (never the service's own group). */
function groupsGrantedOn(list: ListDefinition): string[] {
  return GROUPS.filter((group) => group.key !== 'serviceAccounts' && list.grants[group.key] !== undefined).map((group) => group.title);
}

export function toDataError(error: unknown, list?: ListDefinition): DataError {
  if (error instanceof DataError) {
    return error;
  }
  if (!isHttpRequestError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new UnexpectedDataError(message, error);
  }
  const status = error.status ?? 0;
  const body = parseSharePointError(error.message);
  const text = body.message || error.message;
  if (/Retry count exceeded/i.test(error.message) || status === 429 || status === 503 || status === 504) {
    return new ThrottledError(text, status, retryAfter(error));
  }
  if (/SPDuplicateValuesFoundException/.test(body.code) || /duplicate values/i.test(text)) {
    return new ValidationFailedError(text, duplicateProblems(text, list), status);
  }
  if (/SPQueryThrottledException/.test(body.code) || /list view threshold/i.test(text)) {
    return new ThresholdExceededError(text, status);
  }
  switch (status) {
    case 404:
      return new NotFoundError(text, status);
    case 412:
      return new ConflictError(text, undefined, status);
    case 401:
    case 403:
      return new ForbiddenError(text, status, list ? groupsGrantedOn(list) : []);
    case 400:
      return new ValidationFailedError(text, validationProblems(text, list), status);
    default:
      return new UnexpectedDataError(text, error, status);
  }
}
