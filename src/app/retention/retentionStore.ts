import type { AuditEvent, AuditedEntityType } from '../../domain/model';
import type { RetentionRecordStore } from '../../data/ports/retentionRecords';

/** What the retention use cases need from storage: the records, and the audit log they decide by. */
export interface RetentionStore {
  readonly records: RetentionRecordStore;
  readonly audit: {
    /** Appends; idempotent per event id (a repeated append adds nothing). */
    append(events: readonly AuditEvent[]): Promise<void>;
    /** The entity's audit entries, oldest first. */
    listForEntity(type: AuditedEntityType, id: string): Promise<AuditEvent[]>;
  };
}
