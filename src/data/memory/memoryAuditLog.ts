// The audit log of the in-memory store, chained exactly as the SharePoint log chains it
// (auditChain.ts): sequence numbers from 1, the first entry after the genesis hash, each entry's
// hash the sha-256 of the previous hash and its own stored content. An event appended again (a
// retry: the same event id, the list's client request key) comes back as the entry it was.
import type { AuditEvent } from '../../domain';
import type { AuditLogRepository, ChainedAuditEvent, Stored } from '../ports';
import { GENESIS_HASH, auditHashContentOf, canonicalAuditContent, type AuditHashContent } from '../sharepoint/auditChain';
import { sha256Hex } from './sha256';

/** As auditChain.auditEntryHash, without Web Crypto (see sha256.ts): the same hash for the same entry. */
function auditEntryHash(previousHash: string, content: AuditHashContent): string {
  return sha256Hex(`${previousHash}\n${canonicalAuditContent(content)}`);
}

function contentOf(event: AuditEvent, sequence: number): AuditHashContent {
  return auditHashContentOf(event, sequence, event.id);
}

/**
 * The event as appended, with the id it was logged under. Its instant is kept as given (the
 * SharePoint log reads it back to the second; screens' tests compare the events they wrote),
 * while the hash covers it to the second, as SharePoint's does.
 */
function asStored(event: AuditEvent, content: AuditHashContent): AuditEvent {
  return event.id === content.requestKey ? event : { ...event, id: content.requestKey };
}

function stored(entry: ChainedAuditEvent): Stored<ChainedAuditEvent> {
  return { value: entry, etag: `"audit-${entry.sequence}"`, itemId: entry.sequence };
}

/** `entries` is the log itself (MemoryStore.audit), oldest first. */
export function memoryAuditLog(entries: ChainedAuditEvent[]): AuditLogRepository {
  return {
    append: async (event) => {
      const known = event.id ? entries.find((entry) => entry.event.id === event.id) : undefined;
      if (known) return stored(known);
      const tail = entries[entries.length - 1];
      const sequence = tail ? tail.sequence + 1 : 1;
      // An event without an id gets one, as the SharePoint log gives it a new request key.
      const content = contentOf(event.id ? event : { ...event, id: `audit-entry-${sequence}` }, sequence);
      const previousHash = tail ? tail.entryHash : GENESIS_HASH;
      const entry: ChainedAuditEvent = {
        event: asStored(event, content),
        sequence: content.sequence,
        previousHash,
        entryHash: auditEntryHash(previousHash, content)
      };
      entries.push(entry);
      return stored(entry);
    },
    listForEntity: async (type, id) =>
      entries.filter((entry) => entry.event.entity.type === type && entry.event.entity.id === id).map(stored),
    // Recomputes every link, as the SharePoint log does: an entry changed in place breaks the chain.
    verifyChain: async () => {
      let previousHash = GENESIS_HASH;
      let checked = 0;
      for (const entry of [...entries].sort((a, b) => a.sequence - b.sequence)) {
        const recomputed = auditEntryHash(previousHash, contentOf(entry.event, entry.sequence));
        if (entry.sequence !== checked + 1 || entry.previousHash !== previousHash || entry.entryHash !== recomputed) {
          return { ok: false, checked, brokenAt: entry.sequence };
        }
        previousHash = recomputed;
        checked += 1;
      }
      return { ok: true, checked };
    }
  };
}
