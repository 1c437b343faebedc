/** The parsed form of a `$filter` expression (reference §2.4 lists what SPO supports). */
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type LiteralValue = string | number | boolean | undefined;

export interface FieldOperand {
  kind: 'field';
  /** As written, e.g. `Title`, `AuthorId`, `Author/Id`, `Customer/Title`. */
  path: string;
}

export interface LiteralOperand {
  kind: 'literal';
  /** `undefined` stands for OData `null`. */
  value: LiteralValue;
  literalType: 'string' | 'number' | 'boolean' | 'null' | 'datetime';
}

export interface DatePartOperand {
  kind: 'datepart';
  part: 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second';
  field: FieldOperand;
}

export type Operand = FieldOperand | LiteralOperand | DatePartOperand;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'startswith' | 'substringof'; field: FieldOperand; value: string; negate: boolean };
