import type { AuditEvent, AuditedEntityType } from '../../../domain/model';
import { ValidationFailedError } from '../../errors';
import { and, eq } from '../../odata';
import type { AuditAppendOutcome, AuditAppender, AuditLogRepository, ChainedAuditEvent, ChainVerification } from '../../ports/repositories';
import type { Stored } from '../../ports/stored';
import { CLIENT_REQUEST_KEY } from '../../schema';
import { GENESIS_HASH, auditEntryHash, auditHashContentOf, normaliseInstant } from '../auditChain';
import type { AuditHashContent } from '../auditChain';
import type { ListGateway, SpRow } from '../listGateway';
import { etagOf } from '../listGateway';
import { fromJson, num, text } from '../values';
import { newId } from './entityRepository';

const MAX_APPEND_ATTEMPTS: number = 8;

/** The tail an append chains onto: a row, none (an empty log) or not known yet (read it). */
const READ_THE_TAIL: unique symbol = Symbol('read the tail');
type KnownTail = SpRow | undefined | typeof READ_THE_TAIL;

function contentOfRow(row: SpRow): AuditHashContent {
  return {
    sequence: num(row.Sequence),
    requestKey: text(row[CLIENT_REQUEST_KEY]),
    eventAt: normaliseInstant(text(row.EventAt)),
    actorId: text(row.ActorId),
    action: text(row.Action),
    entityType: text(row.EntityType),
    entityRef: text(row.EntityRef),
    beforeJson: text(row.BeforeJson),
    afterJson: text(row.AfterJson),
    rule: text(row.Rule),
    note: text(row.AuditNote)
  };
}

function eventOfRow(row: SpRow): ChainedAuditEvent {
  const content = contentOfRow(row);
  const event: AuditEvent = {
    id: content.requestKey,
    actorId: content.actorId,
    action: content.action,
    at: content.eventAt as AuditEvent['at'],
    entity: { type: content.entityType as AuditedEntityType, id: content.entityRef },
    before: fromJson(row.BeforeJson, undefined),
    after: fromJson(row.AfterJson, undefined),
    rule: content.rule || undefined,
    note: content.note || undefined
  };
  return { event, sequence: content.sequence, previousHash: text(row.PreviousHash), entryHash: text(row.EntryHash) };
}

/**
 * Append-only audit log with a hash chain. Concurrent appends both aim at the same next
 * Sequence and PreviousHash; the unique constraints let only one win and the other retries
 * on the new tail, so the chain never forks.
 */
export class SpAuditLogRepository implements AuditLogRepository {
  private readonly _gateway: ListGateway;

  public constructor(gateway: ListGateway) {
    this._gateway = gateway;
  }

  private _stored(row: SpRow): Stored<ChainedAuditEvent> {
    return { value: eventOfRow(row), etag: etagOf(row), itemId: row.Id };
  }

  private async _tail(): Promise<SpRow | undefined> {
    const [row] = await this._gateway.page({ orderBy: { field: 'Sequence', ascending: false } }, 1);
    return row;
  }

  public async append(event: AuditEvent): Promise<Stored<ChainedAuditEvent>> {
    return (await this._appendAfter(event, READ_THE_TAIL)).stored;
  }

  /**
   * Appends events in order, reading the tail once: each entry after the first chains onto the
   * one this call has just written, so N events cost N + 1 round trips, not 2N. The creates
   * still go one after another: SharePoint's $batch is not transactional, so an entry sent in
   * the same batch as the one it chains onto would land even when that one lost a race, and
   * the chain would break. Stops at the first failure and says how many were written.
   */
  public async appendAll(events: readonly AuditEvent[]): Promise<AuditAppendOutcome> {
    return this._appendAllAfter(events, READ_THE_TAIL);
  }

  /**
   * Starts reading the tail now, for events known later (beside the write they must follow):
   * a read writes nothing, and a tail that has moved on by then is read again.
   */
  public startAppend(): AuditAppender {
    const tail = this._tail();
    tail.catch(() => undefined);
    return {
      appendAll: async (events) => {
        let known: KnownTail = READ_THE_TAIL;
        try {
          known = await tail;
        } catch {
          // Read it again when appending: the failure is reported there if it persists.
        }
        return this._appendAllAfter(events, known);
      }
    };
  }

  private async _appendAllAfter(events: readonly AuditEvent[], first: KnownTail): Promise<AuditAppendOutcome> {
    let tail: KnownTail = first;
    for (let index = 0; index < events.length; index += 1) {
      try {
        tail = (await this._appendAfter(events[index], tail)).next;
      } catch (error) {
        return { written: index, error };
      }
    }
    return { written: events.length };
  }

  /** Appends after `known` (re-reading the tail when unknown or when another writer got there first). */
  private async _appendAfter(event: AuditEvent, known: KnownTail): Promise<{ stored: Stored<ChainedAuditEvent>; next: KnownTail }> {
    const requestKey = event.id || newId();
    for (let attempt = 1; ; attempt++) {
      const tail = attempt === 1 && known !== READ_THE_TAIL ? known : await this._tail();
      const content = auditHashContentOf(event, tail ? num(tail.Sequence) + 1 : 1, requestKey);
      const previousHash = tail ? text(tail.EntryHash) : GENESIS_HASH;
      const entryHash = await auditEntryHash(previousHash, content);
      try {
        const row = await this._gateway.create(
          {
            Title: `${content.action} ${content.entityType} ${content.entityRef}`.slice(0, 255),
            Sequence: content.sequence,
            EventAt: content.eventAt,
            ActorId: content.actorId,
            Action: content.action,
            EntityType: content.entityType,
            EntityRef: content.entityRef,
            BeforeJson: content.beforeJson,
            AfterJson: content.afterJson,
            Rule: content.rule,
            AuditNote: content.note,
            PreviousHash: previousHash,
            EntryHash: entryHash
          },
          requestKey
        );
        // A retried event that was already logged comes back as the entry it was then, which
        // need not be the tail now: the next append reads the tail again.
        const wroteIt = text(row.EntryHash) === entryHash && num(row.Sequence) === content.sequence;
        return {
          stored: this._stored(row),
          next: wroteIt ? { Id: row.Id, Sequence: content.sequence, EntryHash: entryHash } : READ_THE_TAIL
        };
      } catch (error) {
        const lostTheRace =
          error instanceof ValidationFailedError && (error.isDuplicateOf('Sequence') || error.isDuplicateOf('PreviousHash'));
        if (!lostTheRace || attempt >= MAX_APPEND_ATTEMPTS) {
          throw error;
        }
      }
    }
  }

  public async listForEntity(type: AuditEvent['entity']['type'], id: string): Promise<Stored<ChainedAuditEvent>[]> {
    const rows = await this._gateway.page({ filter: and(eq('EntityRef', id), eq('EntityType', type)) }, 2000);
    return rows.map((row) => this._stored(row));
  }

  /** Walks the whole log in Sequence order and recomputes every link. */
  public async verifyChain(): Promise<ChainVerification> {
    let previousHash = GENESIS_HASH;
    let expectedSequence = 1;
    let checked = 0;
    for await (const page of this._gateway.pages({ orderBy: { field: 'Sequence', ascending: true }, pageSize: 2000 })) {
      for (const row of page) {
        const content = contentOfRow(row);
        const recomputed = await auditEntryHash(previousHash, content);
        if (content.sequence !== expectedSequence || text(row.PreviousHash) !== previousHash || text(row.EntryHash) !== recomputed) {
          return { ok: false, checked, brokenAt: content.sequence };
        }
        previousHash = recomputed;
        expectedSequence += 1;
        checked += 1;
      }
    }
    return { ok: true, checked };
  }
}
