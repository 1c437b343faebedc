// The audit entry of a change made on the administration screen: who changed which setting,
// when, and a short account of what changed (who was added to or removed from a role, which
// parts of the council details), never a copy of the whole value.

import type { AuditEvent } from '../model/audit';
import type { IsoInstant } from '../model/dates';
import type { UserId } from '../model/ids';
import type { SettingKey } from './settingKeys';

export interface SettingChange {
  /** The audit entry's id (a client request key, so a retried append is not written twice). */
  id: string;
  actorId: UserId;
  at: IsoInstant;
  key: SettingKey;
  /** What changed, in a few fields (kept short: the audit log is read by people). */
  changed: Readonly<Record<string, unknown>>;
  /** The version the change was made on top of, so the log shows which one it replaced. */
  replacedVersion?: string;
}

export function settingChangedEvent(change: SettingChange): AuditEvent {
  return {
    id: change.id,
    actorId: change.actorId,
    action: 'setting.changed',
    at: change.at,
    entity: { type: 'Setting', id: change.key },
    ...(change.replacedVersion !== undefined ? { before: { version: change.replacedVersion } } : {}),
    after: change.changed,
    rule: 'ROLE',
    note: 'Changed on the administration screen.'
  };
}
