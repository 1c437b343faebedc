import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

/**
 * Validates cards against the official Adaptive Cards 1.5 schema (draft-06) from
 * ../shared/schemas, byte-for-byte as published. Teams-only top-level properties
 * (`msteams`) are stripped first, as the schema README prescribes.
 */
const SCHEMA_PATH: string = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'schemas', 'adaptive-card-1.5.json');

type Validate = (card: unknown) => string[];

let cached: Validate | undefined;

export function adaptiveCardValidator(): Validate {
  if (cached) {
    return cached;
  }
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as object;
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, unknownFormats: 'ignore' });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-06.json'));
  const validate = ajv.compile(schema);
  cached = (card: unknown): string[] => {
    // Round-trip through JSON exactly as the card travels to Teams.
    const wire = JSON.parse(JSON.stringify(card)) as Record<string, unknown>;
    delete wire.msteams;
    return validate(wire) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message ?? ''}`);
  };
  return cached;
}
