import type { FoiIssue, ValidationError } from '../../../domain';

/** Validation message first; otherwise any refusal-check issue for the same field. */
export function messageFor(errors: readonly ValidationError[], issues: readonly FoiIssue[], field: string): string | undefined {
  const matches = (candidate: string): boolean =>
    candidate === field || candidate.indexOf(`${field}.`) === 0 || candidate.indexOf(`${field}[`) === 0;
  const error = errors.filter((e) => matches(e.field))[0];
  if (error) return error.message;
  const found = issues.filter((issue) => issue.field === field).map((issue) => issue.message);
  return found.length > 0 ? found.join(' ') : undefined;
}
