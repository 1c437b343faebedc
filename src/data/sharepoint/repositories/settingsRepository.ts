import { ConflictError } from '../../errors';
import { eq } from '../../odata';
import type { SettingsRepository } from '../../ports/repositories';
import type { Stored } from '../../ports/stored';
import type { ListGateway, SpRow } from '../listGateway';
import { etagOf } from '../listGateway';
import { fromJson } from '../values';

function requestKeyOf(key: string): string {
  return `setting:${key}`;
}

function storedOf(row: SpRow): Stored<unknown> {
  return { value: fromJson<unknown>(row.ValueJson, undefined), etag: etagOf(row), itemId: row.Id };
}

export class SpSettingsRepository implements SettingsRepository {
  private readonly _gateway: ListGateway;

  public constructor(gateway: ListGateway) {
    this._gateway = gateway;
  }

  private async _row(key: string): Promise<SpRow | undefined> {
    const [row] = await this._gateway.page({ filter: eq('SettingKey', key) }, 1);
    return row;
  }

  private _fields(key: string, value: unknown, description: string | undefined): Record<string, unknown> {
    const fields: Record<string, unknown> = { Title: key.slice(0, 255), SettingKey: key, ValueJson: JSON.stringify(value) };
    if (description !== undefined) {
      fields.SettingDescription = description;
    }
    return fields;
  }

  public async get<T>(key: string): Promise<T | undefined> {
    const row = await this._row(key);
    return row ? fromJson<T | undefined>(row.ValueJson, undefined) : undefined;
  }

  public async read(key: string): Promise<Stored<unknown> | undefined> {
    const row = await this._row(key);
    return row ? storedOf(row) : undefined;
  }

  public async save(key: string, value: unknown, etag: string | undefined, description?: string): Promise<Stored<unknown>> {
    const fields = this._fields(key, value, description);
    if (etag !== undefined) {
      const row = await this._row(key);
      if (!row) {
        throw new ConflictError<Stored<unknown>>(`Setting ${key} was removed since it was read.`, undefined);
      }
      try {
        const saved = await this._gateway.update(row.Id, etag, fields);
        return { value: fromJson<unknown>(fields.ValueJson, undefined), etag: saved, itemId: row.Id };
      } catch (error) {
        if (error instanceof ConflictError) {
          const current = error.current as SpRow | undefined;
          throw new ConflictError<Stored<unknown>>(error.message, current ? storedOf(current) : undefined, error.status);
        }
        throw error;
      }
    }
    // The first value: the unique key column lets only one first save in. A create that finds
    // the key taken returns the item already there, which is someone else's value: a conflict.
    const existing = await this._row(key);
    if (existing) {
      throw new ConflictError<Stored<unknown>>(`Setting ${key} was saved by someone else first.`, storedOf(existing));
    }
    const created = await this._gateway.create(fields, requestKeyOf(key));
    if (created.ValueJson !== fields.ValueJson) {
      throw new ConflictError<Stored<unknown>>(`Setting ${key} was saved by someone else first.`, storedOf(created));
    }
    // An add may answer without the item's etag; the next save must carry the real one, never '*'.
    return etagOf(created) === '*' ? storedOf(await this._gateway.getByItemId(created.Id)) : storedOf(created);
  }

  public async set<T>(key: string, value: T, description?: string): Promise<void> {
    const row = await this._row(key);
    const fields = this._fields(key, value, description);
    if (row) {
      await this._gateway.update(row.Id, etagOf(row), fields);
    } else {
      await this._gateway.create(fields, requestKeyOf(key));
    }
  }
}
