import { PathSegment } from './resource-path';
import { notImplemented, resourceNotFound, SpError } from './sp-error';
import { SP_TYPE_MEMBERS } from './sp-type-members';
import { spTypeHasProperty } from './sp-type-properties';

/**
 * The one answer for a path segment no handler serves: 501 when SPO offers it below `typeName`
 * (a navigation property, a service method or a property of the entity), else SPO's own 404.
 * Handlers throw this instead of falling through, so nothing unimplemented answers 200.
 */
export function unsupportedSegment(typeName: string, segment: PathSegment): SpError {
  const known = (SP_TYPE_MEMBERS[typeName] ?? []).includes(segment.name) || spTypeHasProperty(typeName, segment.name);
  return known ? notImplemented(`'${segment.raw}' on ${typeName}`) : resourceNotFound(segment.raw);
}

/** A verb the emulator does not serve on a resource it does serve (e.g. MERGE on SP.User). */
export function unsupportedMethod(method: string, typeName: string): SpError {
  return notImplemented(`${method} on ${typeName}`);
}

/**
 * For a handler that serves a resource only as a whole: anything after it is refused (501 or
 * 404 by `unsupportedSegment`), and so is any verb outside `methods`.
 */
export function expectEnd(method: string, rest: PathSegment[], typeName: string, ...methods: string[]): void {
  if (rest.length > 0) throw unsupportedSegment(typeName, rest[0]);
  if (!methods.includes(method)) throw unsupportedMethod(method, typeName);
}
