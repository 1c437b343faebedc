import { SpError } from './sp-error';

/**
 * Value constraints SharePoint enforces on writable properties, as its client object model
 * documents them ("It must not be null. Its length must be equal to or less than 255."):
 * List.Title/Description (learn.microsoft.com ee545356, ee539206), Web.Title (ee546616),
 * GroupCreationInformation.Title (ee540570), RoleDefinition.Name (ee537442).
 * SPO's exact error text for a violation is unconfirmed; the emulator's is its own.
 */
interface Constraint {
  notNull?: boolean;
  notEmpty?: boolean;
  maxLength?: number;
  invalidChars?: string;
}

const CONSTRAINTS: Readonly<Record<string, Readonly<Record<string, Constraint>>>> = {
  'SP.List': { Title: { notNull: true, maxLength: 255 }, Description: { notNull: true } },
  'SP.Web': { Title: { maxLength: 255 } },
  'SP.Group': { Title: { notNull: true, notEmpty: true, maxLength: 255 } },
  'SP.RoleDefinition': { Name: { notNull: true, notEmpty: true, maxLength: 255, invalidChars: '/\\[]:|<>+=;,?*\'"@' } }
};

const ARGUMENT_EXCEPTION = '-2147024809, System.ArgumentException';

function violation(message: string): SpError {
  return new SpError(400, ARGUMENT_EXCEPTION, message);
}

/** Throws SPO-style 400s for values that break the documented constraints of `typeName`. */
export function checkConstraints(typeName: string, body: Record<string, unknown>): void {
  const rules = CONSTRAINTS[typeName] ?? {};
  for (const [name, rule] of Object.entries(rules)) {
    if (!(name in body)) continue;
    const value = body[name];
    if (value === null || value === undefined) {
      if (rule.notNull) throw violation(`The value of '${name}' must not be null.`);
      continue;
    }
    if (typeof value !== 'string') {
      throw violation(`Cannot convert a primitive value to the expected type 'Edm.String' for '${name}'.`);
    }
    if (rule.notEmpty && value.trim() === '') throw violation(`The value of '${name}' must not be empty.`);
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      throw violation(`The length of '${name}' must be equal to or less than ${rule.maxLength}; it is ${value.length}.`);
    }
    if (rule.invalidChars && [...value].some((ch) => rule.invalidChars!.includes(ch))) {
      throw violation(`The value of '${name}' must not contain any of the following characters: ${rule.invalidChars}`);
    }
  }
}
