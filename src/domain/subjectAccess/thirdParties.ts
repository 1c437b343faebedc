// Who else the records identify (BR-23): staff who reported, decided, wrote or logged; witnesses;
// representatives and other people named; other customers; councillors. Each is FLAGGED for
// the DPO to consider redacting, never removed: the decision to redact (and any exemption) is a
// person's, not the software's, and a removed name cannot be put back.
//
// Found by walking the stored records, so a field added to the model later is covered as long
// as it uses the model's names for people: a user id under one of USER_ID_KEYS, a person id, or
// an object with a `name` (a witness, a representative, a single point of contact). Names are
// then looked for in every text of every record, so a narrative that names a witness is flagged
// too.

import type { SubjectAccessRecord, SubjectAccessSectionKey, ThirdPartyAppearance, ThirdPartyFlag, ThirdPartyKind } from './bundle';

/** Where a record sits: a bundle section, or the person's own record ('subject'). */
export type RecordPlace = SubjectAccessSectionKey | 'subject';

/** Keys under which the model holds a council user's id (src/domain/model). */
const USER_ID_KEYS: ReadonlySet<string> = new Set([
  'acknowledgedBy',
  'actorId',
  'approvedBy',
  'approverId',
  'assignedTo',
  'assignees',
  'caseOfficerId',
  'completedBy',
  'confirmedBy',
  'createdBy',
  'decisionMakerId',
  'examinerId',
  'handlerId',
  'issuedBy',
  'lineManagerId',
  'loggedBy',
  'proposedBy',
  'recordedBy',
  'reporterId',
  'reviewedBy',
  'reviewerId',
  'reviewers',
  'seniorReviewBy',
  'sentBy',
  'spocUserId',
  'staffUserId',
  'userId',
  'viewedBy'
]);

/** Keys under which the model holds a councillor's id. */
const COUNCILLOR_ID_KEYS: ReadonlySet<string> = new Set(['councillorId', 'groupLeaderId']);

/** Keys whose text is a member of staff's name (banners, single points of contact). */
const STAFF_NAME_KEYS: ReadonlySet<string> = new Set(['spocName', 'spocCover', 'staffName']);

/** Keys whose text is a person's id. */
const PERSON_ID_KEYS: ReadonlySet<string> = new Set(['personId', 'subjectPersonId']);

/** Objects under these keys have a `name` that is a file's, not a person's. */
const FILE_KEYS: ReadonlySet<string> = new Set(['attachments', 'attachedFiles', 'documentsReviewed']);

/** Who the records' actors are by id; the system's own actor is nobody. */
const NOT_A_PERSON: ReadonlySet<string> = new Set(['system', '']);

interface Party {
  kind: ThirdPartyKind;
  name?: string;
  identifier?: string;
  appearsIn: ThirdPartyAppearance[];
}

function normalised(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Collects third parties across records; `nameOf` gives a user's display name where known. */
export class ThirdPartyFinder {
  private readonly _parties: Party[] = [];

  public constructor(
    private readonly _subjectId: string,
    private readonly _subjectNames: readonly string[],
    private readonly _nameOf: (userId: string) => string | undefined
  ) {}

  /** Walks one record, noting everyone it identifies by id or by a name field. */
  public scanRecord(place: RecordPlace, recordId: string, data: unknown): void {
    this._walk(place, recordId, data, '', undefined);
  }

  /** Looks for every known third party's name in the record's texts (narratives, letters, notes). */
  public scanTexts(place: RecordPlace, recordId: string, data: unknown): void {
    const named = this._parties.filter((party) => party.name !== undefined && normalised(party.name).length >= 3);
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        const text = normalised(value);
        for (const party of named) {
          if (text.indexOf(normalised(party.name as string)) >= 0) this._appear(party, place, recordId, path);
        }
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, `${path}[${index}]`));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`);
      }
    };
    visit(data, '');
  }

  /** The flags, numbered in order of first appearance; each record told which refs it holds. */
  public flags(): ThirdPartyFlag[] {
    return this._parties.map((party, index) => ({
      ref: `TP${index + 1}`,
      kind: party.kind,
      ...(party.name !== undefined ? { name: party.name } : {}),
      ...(party.identifier !== undefined ? { identifier: party.identifier } : {}),
      appearsIn: party.appearsIn
    }));
  }

  private _walk(place: RecordPlace, recordId: string, value: unknown, path: string, parentKey: string | undefined): void {
    if (Array.isArray(value)) {
      value.forEach((item, index) => this._walk(place, recordId, item, `${path}[${index}]`, parentKey));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (parentKey === undefined || !FILE_KEYS.has(parentKey)) this._namedObject(place, recordId, record, path, parentKey);
    for (const [key, item] of Object.entries(record)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (USER_ID_KEYS.has(key) || COUNCILLOR_ID_KEYS.has(key)) {
        const kind: ThirdPartyKind = COUNCILLOR_ID_KEYS.has(key) ? 'councillor' : 'staff';
        for (const id of Array.isArray(item) ? item : [item]) {
          if (typeof id === 'string' && !NOT_A_PERSON.has(id))
            this._note({ kind, identifier: id, name: this._nameOf(id) }, place, recordId, at);
        }
      } else if (PERSON_ID_KEYS.has(key) && typeof item === 'string' && item !== this._subjectId && item !== '') {
        this._note({ kind: 'otherCustomer', identifier: item }, place, recordId, at);
      } else if (STAFF_NAME_KEYS.has(key) && typeof item === 'string' && item.trim() !== '') {
        this._note({ kind: 'staff', name: item.trim() }, place, recordId, at);
      } else {
        this._walk(place, recordId, item, at, key);
      }
    }
  }

  /** An object with a `name`: a witness, a representative, a single point of contact or their cover. */
  private _namedObject(
    place: RecordPlace,
    recordId: string,
    record: Record<string, unknown>,
    path: string,
    parentKey: string | undefined
  ): void {
    const name = record.name;
    if (typeof name !== 'string' || name.trim() === '') return;
    const userId = typeof record.userId === 'string' ? record.userId : undefined;
    let kind: ThirdPartyKind = 'representative';
    if (parentKey === 'witnesses') kind = record.isThirdParty === true ? 'witness' : 'staff';
    else if (userId !== undefined) kind = 'staff';
    else if (parentKey === 'spoc' || parentKey === 'cover' || parentKey === 'contact') kind = 'staff';
    const at = path === '' ? 'name' : `${path}.name`;
    this._note({ kind, name: name.trim(), identifier: userId }, place, recordId, at);
  }

  private _note(found: Omit<Party, 'appearsIn'>, place: RecordPlace, recordId: string, field: string): void {
    // The person is not a third party in their own records (a self-named representative, say).
    if (found.identifier === this._subjectId) return;
    if (found.name !== undefined && this._subjectNames.some((own) => normalised(own) === normalised(found.name as string))) return;
    const same = this._parties.find(
      (party) =>
        (found.identifier !== undefined && party.identifier === found.identifier) ||
        (found.name !== undefined && party.name !== undefined && normalised(party.name) === normalised(found.name))
    );
    if (same) {
      same.identifier ??= found.identifier;
      same.name ??= found.name;
      this._appear(same, place, recordId, field);
      return;
    }
    const party: Party = { kind: found.kind, appearsIn: [] };
    if (found.name !== undefined) party.name = found.name;
    if (found.identifier !== undefined) party.identifier = found.identifier;
    this._parties.push(party);
    this._appear(party, place, recordId, field);
  }

  private _appear(party: Party, place: RecordPlace, recordId: string, field: string): void {
    if (!party.appearsIn.some((seen) => seen.section === place && seen.recordId === recordId && seen.field === field)) {
      party.appearsIn.push({ section: place, recordId, field });
    }
  }
}

/** Gives each record the refs of the third parties that appear in it. */
export function attachThirdPartyRefs(
  sections: Record<SubjectAccessSectionKey, SubjectAccessRecord[]>,
  flags: readonly ThirdPartyFlag[]
): void {
  for (const flag of flags) {
    for (const appearance of flag.appearsIn) {
      if (appearance.section === 'subject') continue;
      const record = sections[appearance.section].find((candidate) => candidate.id === appearance.recordId);
      if (record && record.thirdPartyRefs.indexOf(flag.ref) < 0) record.thirdPartyRefs.push(flag.ref);
    }
  }
}
