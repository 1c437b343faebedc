/**
 * The audit log's hash chain. Each entry stores sha-256(previous entry hash + its own
 * canonical content), so editing or deleting any entry breaks every link after it.
 * Uses Web Crypto (globalThis.crypto.subtle): the same code in browsers and Node 22.
 */
import type { AuditEvent } from '../../domain/model';

export const GENESIS_HASH: string = '0'.repeat(64);

/** The stored columns that the hash covers, exactly as they are written. */
export interface AuditHashContent {
  sequence: number;
  requestKey: string;
  eventAt: string;
  actorId: string;
  action: string;
  entityType: string;
  entityRef: string;
  beforeJson: string;
  afterJson: string;
  rule: string;
  note: string;
}

/** Stable serialisation: fixed key order, so the same content always hashes the same. */
export function canonicalAuditContent(content: AuditHashContent): string {
  return JSON.stringify([
    content.sequence,
    content.requestKey,
    content.eventAt,
    content.actorId,
    content.action,
    content.entityType,
    content.entityRef,
    content.beforeJson,
    content.afterJson,
    content.rule,
    content.note
  ]);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function auditEntryHash(previousHash: string, content: AuditHashContent): Promise<string> {
  return sha256Hex(`${previousHash}\n${canonicalAuditContent(content)}`);
}

/** Seconds precision, 'Z': what SharePoint gives back, so a re-read hashes identically. */
export function normaliseInstant(value: string): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** What an event's entry hashes, at its place in the chain: one definition for every log. */
export function auditHashContentOf(event: AuditEvent, sequence: number, requestKey: string): AuditHashContent {
  return {
    sequence,
    requestKey,
    eventAt: normaliseInstant(event.at),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entity.type,
    entityRef: event.entity.id,
    beforeJson: event.before === undefined ? '' : JSON.stringify(event.before),
    afterJson: event.after === undefined ? '' : JSON.stringify(event.after),
    rule: event.rule ?? '',
    note: event.note ?? ''
  };
}
