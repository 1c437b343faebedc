import type { FieldDefinition } from './types';

/**
 * Small constructors so the list definitions read like a table. Text limits default to
 * SharePoint's single-line maximum (255).
 */

type Options = Partial<Omit<FieldDefinition, 'internalName' | 'displayName' | 'type'>>;

export function text(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'Text', maxLength: 255, ...options };
}

export function note(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'Note', ...options };
}

/** Structured values the list never filters on are stored as JSON in a plain-text note. */
export function json(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'Note', description: 'JSON written by the CCM app; do not edit by hand.', ...options };
}

export function num(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'Number', ...options };
}

export function bool(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'Boolean', ...options };
}

/** A point in time (IsoInstant). */
export function instant(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'DateTime', ...options };
}

/**
 * A calendar date (IsoDate). Stored as a date-and-time at 12:00 UTC rather than as a
 * SharePoint "date only" column: SPO shifts date-only values by the site's time zone
 * (BST turns 2 June into 1 June 23:00Z), and noon survives any UK offset.
 */
export function date(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'DateTime', dateOnly: true, ...options };
}

export function choice(internalName: string, displayName: string, choices: readonly string[], options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'Choice', choices, ...options };
}

export function multiChoice(internalName: string, displayName: string, choices: readonly string[], options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'MultiChoice', choices, ...options };
}

/**
 * A reference to another CCM record by its domain id (text). Deliberately not a
 * SharePoint Lookup: lookups need $expand, count towards the 12-lookup query limit and
 * would point staff at lists they may not read.
 */
export function ref(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  // 255, SharePoint's most for one line of text: ids the service derives from others (an
  // approval's from its sanction's, a sweep task's from its case's) run past 64 characters.
  return { internalName, displayName, type: 'Text', maxLength: 255, indexed: true, ...options };
}

/**
 * A user, stored as the Entra/login id text the domain uses. Not a SharePoint Person
 * column: site user ids differ per site (and in the emulator), person columns need
 * $expand, and the service writes on behalf of people who may never have visited the site.
 */
export function user(internalName: string, displayName: string, options: Options = {}): FieldDefinition {
  return { internalName, displayName, type: 'Text', maxLength: 255, ...options };
}

export const CLIENT_REQUEST_KEY: string = 'ClientRequestKey';

/**
 * Every list has one: the unique key a create carries, so a retried POST cannot make a
 * duplicate. For records the domain names itself (children of a case) it is also the id.
 */
export function clientRequestKey(options: Options = {}): FieldDefinition {
  return {
    internalName: CLIENT_REQUEST_KEY,
    displayName: 'Client request key',
    type: 'Text',
    maxLength: 255,
    required: true,
    indexed: true,
    unique: true,
    description: 'Idempotency key of the request that created the item.',
    ...options
  };
}
