function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * A refusal says who can fix it: access comes from the site's CCM groups, which the site owner
 * manages, so "ask your manager" would send people to someone who cannot help.
 */
function forbiddenWords(error: { groupsThatMay?: readonly string[] }): string {
  const groups = error.groupsThatMay ?? [];
  return groups.length > 0
    ? `You do not have permission to do this. If your role needs it, ask the site owner to add you to ${orList(groups)}.`
    : 'You do not have permission to do this. If your role needs it, ask the site owner to add you to the CCM group for your role.';
}

/**
 * Turns any thrown error into words a member of staff understands. Storage errors carry a
 * `kind` (src/data/errors.ts); service errors a `status`. Nothing technical reaches the screen.
 */
export function plainWords(error: unknown): string {
  const kind = typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : undefined;
  switch (kind) {
    case 'NotFound':
      return 'We could not find that record. It may have been removed, or you may not have access to it.';
    case 'Forbidden':
      return forbiddenWords(error as { groupsThatMay?: readonly string[] });
    case 'Conflict':
      return 'Someone else changed this record while you were working on it.';
    case 'Throttled':
      return 'SharePoint is busy at the moment. Please wait a minute and try again.';
    case 'ValidationFailed':
      return 'SharePoint did not accept some of the information. Check the form and try again.';
    default:
      break;
  }
  if (error instanceof Error && error.name === 'CaseServiceError') return error.message;
  return 'Something went wrong and your change was not saved. Please try again. If it keeps happening, contact the IT service desk.';
}
