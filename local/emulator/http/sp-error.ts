/**
 * SharePoint Online error shapes (reference §0.3). Every failure the emulator reports is an
 * SpError so that handlers can simply throw and the server renders SPO's envelope.
 */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly extraHeaders: Record<string, string> = {}
  ) {
    super(message);
  }
}

const ACCESS_DENIED = 'Access denied. You do not have permission to perform this action or access this resource.';

/** Reference §9.5: authenticated but not authorised. */
export function accessDenied(): SpError {
  return new SpError(403, '-2147024891, System.UnauthorizedAccessException', ACCESS_DENIED);
}

/** No (or unknown) X-Emulator-User: SPO answers anonymous REST calls with 401 and the same body. */
export function unauthenticated(): SpError {
  return new SpError(401, '-2147024891, System.UnauthorizedAccessException', ACCESS_DENIED, {
    'WWW-Authenticate': 'Bearer realm="emulator",client_id="00000003-0000-0ff1-ce00-000000000000"'
  });
}

/** Reference §1.2. */
export function listNotFoundByTitle(title: string, webUrl: string): SpError {
  return new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webUrl}'.`);
}

/** Reference §1.2, GUID variant (two spaces before "It may" are SPO's). */
export function listNotFoundById(): SpError {
  return new SpError(
    404,
    '-2130575322, Microsoft.SharePoint.SPException',
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
  );
}

/** Reference §1.2, item variant. */
export function itemNotFound(): SpError {
  return new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
}

/** Reference §5.3. */
export function etagMismatch(sent: string, current: string): SpError {
  return new SpError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`
  );
}

/** Reference §6. */
export function duplicateValues(displayNames: string[]): SpError {
  return new SpError(
    500,
    '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${displayNames.join(', ')}].`
  );
}

/** Reference §3 (current SPO text). */
export function listViewThresholdExceeded(): SpError {
  return new SpError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );
}

/** Generic 400 for malformed OData, as SPO's query parser reports it. */
export function badRequest(message: string, code: string = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException'): SpError {
  return new SpError(400, code, message);
}

export function fieldNotFound(name: string): SpError {
  return new SpError(
    400,
    '-2147024809, System.ArgumentException',
    `Column '${name}' does not exist. It may have been deleted by another user.`
  );
}

/**
 * A path segment SPO does not have: 404 ResourceNotFoundException, as SPO answers e.g.
 * `items/getItemById(1)` (GH vgrem/office365-rest-python-client#177, pnp/pnpframework#445).
 */
export function resourceNotFound(segment: string): SpError {
  return new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);
}

/**
 * Something SPO offers that the emulator does not: 501 in SPO's error envelope, never a
 * silent 200, so code that depends on it fails locally instead of on a tenant. The code is
 * .NET's NotImplementedException; the text is the emulator's own (see DIFFERENCES.md).
 */
export function notImplemented(what: string): SpError {
  return new SpError(
    501,
    '-1, System.NotImplementedException',
    `The local SharePoint emulator does not implement ${what}. See local/emulator/DIFFERENCES.md.`
  );
}

/** Reference §4.2: SPO's OData reader refuses a body property the entity type does not define. */
export function unknownProperty(name: string, typeName: string): SpError {
  return badRequest(
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
  );
}

export function fileNotFound(): SpError {
  return new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The file /  does not exist.');
}

/** Reference §0.3: the envelope depends on the Accept header's odata parameter. */
export function renderErrorBody(error: SpError, verbose: boolean): string {
  const inner = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}
