import { eq } from '../../odata';
import type { SettingsRepository } from '../../ports/repositories';
import type { ListGateway } from '../listGateway';
import { etagOf } from '../listGateway';
import { fromJson } from '../values';

export class SpSettingsRepository implements SettingsRepository {
  private readonly _gateway: ListGateway;

  public constructor(gateway: ListGateway) {
    this._gateway = gateway;
  }

  public async get<T>(key: string): Promise<T | undefined> {
    const [row] = await this._gateway.page({ filter: eq('SettingKey', key) }, 1);
    return row ? fromJson<T | undefined>(row.ValueJson, undefined) : undefined;
  }

  public async set<T>(key: string, value: T, description?: string): Promise<void> {
    const [row] = await this._gateway.page({ filter: eq('SettingKey', key) }, 1);
    const fields: Record<string, unknown> = { Title: key.slice(0, 255), SettingKey: key, ValueJson: JSON.stringify(value) };
    if (description !== undefined) {
      fields.SettingDescription = description;
    }
    if (row) {
      await this._gateway.update(row.Id, etagOf(row), fields);
    } else {
      await this._gateway.create(fields, `setting:${key}`);
    }
  }
}
