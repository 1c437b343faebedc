import { readFieldValue } from './builtin-fields';
import { FieldIndex } from './field-index';
import { FieldDef, ItemRecord, ListRecord } from './model';
import { insertSorted, removeSorted } from './sorted-ids';

/**
 * One list at run time: items by ID, the ascending ID order (for $skiptoken paging) and a
 * secondary index per indexed field. All mutations go through here so indexes never drift.
 */
export class ListState {
  public readonly items: Map<number, ItemRecord> = new Map();
  public readonly ids: number[] = [];
  private readonly indexes: Map<string, FieldIndex> = new Map();
  private fieldsByName: Map<string, FieldDef> = new Map();

  public constructor(public readonly record: ListRecord) {
    this.refreshFieldLookup();
    for (const field of record.fields) if (field.indexed && field.internalName !== 'ID') this.buildIndex(field);
  }

  public refreshFieldLookup(): void {
    const map = new Map<string, FieldDef>();
    // Titles first so that an internal name wins when both match (SPO's getByInternalNameOrTitle order).
    for (const field of this.record.fields) map.set(field.title.toLowerCase(), field);
    for (const field of this.record.fields) map.set(field.internalName.toLowerCase(), field);
    this.fieldsByName = map;
  }

  /** Case-insensitive lookup by internal name, falling back to display name. */
  public field(name: string): FieldDef | undefined {
    return this.fieldsByName.get(name.toLowerCase());
  }

  public fieldByInternalName(name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    return this.record.fields.find((f) => f.internalName.toLowerCase() === lower);
  }

  public index(field: FieldDef): FieldIndex | undefined {
    return this.indexes.get(field.internalName);
  }

  public value(item: ItemRecord, field: FieldDef): unknown {
    return readFieldValue(item, field, this.record.rootFolderUrl);
  }

  public buildIndex(field: FieldDef): void {
    const index = new FieldIndex();
    for (const item of this.items.values()) index.add(item.id, this.value(item, field));
    this.indexes.set(field.internalName, index);
  }

  public dropIndex(field: FieldDef): void {
    this.indexes.delete(field.internalName);
  }

  public insert(item: ItemRecord): void {
    this.items.set(item.id, item);
    insertSorted(this.ids, item.id);
    this.forEachIndex((field, index) => index.add(item.id, this.value(item, field)));
  }

  public replace(previous: ItemRecord, next: ItemRecord): void {
    this.forEachIndex((field, index) => index.remove(previous.id, this.value(previous, field)));
    this.items.set(next.id, next);
    this.forEachIndex((field, index) => index.add(next.id, this.value(next, field)));
  }

  public remove(item: ItemRecord): void {
    this.forEachIndex((field, index) => index.remove(item.id, this.value(item, field)));
    this.items.delete(item.id);
    removeSorted(this.ids, item.id);
  }

  private forEachIndex(action: (field: FieldDef, index: FieldIndex) => void): void {
    for (const [name, index] of this.indexes) {
      const field = this.fieldByInternalName(name);
      if (field) action(field, index);
    }
  }
}
