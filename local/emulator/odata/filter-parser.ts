import { badRequest, SpError } from '../http/sp-error';
import { ComparisonOperator, FieldOperand, FilterNode, Operand } from './filter-ast';

/**
 * Recursive-descent parser for the `$filter` subset SPO accepts (reference §2.4):
 * eq/ne/lt/le/gt/ge, and/or/not, parentheses, startswith(), substringof(), day()..second(),
 * string literals with '' escaping, numbers, true/false, null, datetime'...' literals.
 * Unsupported functions (endswith, tolower, ...) fail with 400 as SPO does.
 */
type Token =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'datetime'; value: string }
  | { type: 'word'; value: string }
  | { type: 'punct'; value: '(' | ')' | ',' };

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const DATE_PARTS: ReadonlySet<string> = new Set(['day', 'month', 'year', 'hour', 'minute', 'second']);

function invalid(filter: string): SpError {
  return badRequest(`The expression "${filter}" is not valid.`);
}

/**
 * Limits on one `$filter`. The parser and the evaluators recurse once per nesting level and
 * once per chained and/or clause, so without limits a crafted filter overflows the stack
 * (a RangeError answered as 500). SPO also refuses over-complex queries, but its limits and
 * wording are unconfirmed; these bounds are the emulator's (see DIFFERENCES.md), far above
 * anything the product sends and far below what the stack can take.
 */
export const MAX_FILTER_NESTING = 100;
export const MAX_FILTER_CONDITIONS = 500;

function tooComplex(reason: string): SpError {
  return badRequest(`The $filter expression is too complex: ${reason}.`);
}

export function tokenise(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const ch = filter[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ type: 'punct', value: ch });
      i++;
    } else if (ch === "'") {
      const [value, next] = readQuoted(filter, i);
      tokens.push({ type: 'string', value });
      i = next;
    } else if (/[0-9-]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?/.exec(filter.slice(i));
      if (!match) throw invalid(filter);
      tokens.push({ type: 'number', value: parseFloat(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_/]*/.exec(filter.slice(i));
      if (!match) throw invalid(filter);
      const word = match[0];
      i += word.length;
      if ((word === 'datetime' || word === 'guid') && filter[i] === "'") {
        const [value, next] = readQuoted(filter, i);
        tokens.push(word === 'datetime' ? { type: 'datetime', value } : { type: 'string', value });
        i = next;
      } else {
        tokens.push({ type: 'word', value: word });
      }
    } else {
      throw invalid(filter);
    }
  }
  return tokens;
}

/** Reads a '...' literal starting at `start`; a doubled quote is one apostrophe (O''Brien). */
function readQuoted(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw invalid(text);
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += text[i];
    i++;
  }
}

class FilterParser {
  private position: number = 0;
  /** Open parentheses, `not`s and function calls around the current token. */
  private depth: number = 0;
  private conditions: number = 0;

  public constructor(
    private readonly tokens: Token[],
    private readonly source: string
  ) {}

  public parse(): FilterNode {
    const node = this.parseOr();
    if (this.position !== this.tokens.length) throw invalid(this.source);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isWord(value: string): boolean {
    const token = this.peek();
    return token !== undefined && token.type === 'word' && token.value.toLowerCase() === value;
  }

  private expectPunct(value: '(' | ')' | ','): void {
    const token = this.tokens[this.position++];
    if (!token || token.type !== 'punct' || token.value !== value) throw invalid(this.source);
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.position++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isWord('and')) {
      this.position++;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  /** Runs `parse` one nesting level deeper, refusing to go past the limit instead of overflowing. */
  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_FILTER_NESTING) throw tooComplex(`it nests deeper than ${MAX_FILTER_NESTING} levels`);
    const result = parse();
    this.depth--;
    return result;
  }

  private countCondition(): void {
    if (++this.conditions > MAX_FILTER_CONDITIONS) throw tooComplex(`it has more than ${MAX_FILTER_CONDITIONS} conditions`);
  }

  private parseUnary(): FilterNode {
    if (this.isWord('not')) {
      this.position++;
      return this.nested(() => ({ kind: 'not', operand: this.parseUnary() }));
    }
    const token = this.peek();
    if (token && token.type === 'punct' && token.value === '(') {
      this.position++;
      const inner = this.nested(() => this.parseOr());
      this.expectPunct(')');
      return inner;
    }
    this.countCondition();
    if (token && token.type === 'word') {
      const name = token.value.toLowerCase();
      if (name === 'startswith' || name === 'substringof') return this.nested(() => this.parseStringFunction(name));
      // Only a call is a function: a column may well be called Length or Trim.
      const next = this.tokens[this.position + 1];
      const isCall = next !== undefined && next.type === 'punct' && next.value === '(';
      if (isCall && ['endswith', 'tolower', 'toupper', 'trim', 'concat', 'substring', 'replace', 'indexof', 'length'].includes(name)) {
        throw badRequest(`The function '${token.value}' is not supported.`);
      }
    }
    const left = this.parseOperand();
    const opToken = this.tokens[this.position++];
    if (!opToken || opToken.type !== 'word' || !COMPARISONS.has(opToken.value.toLowerCase())) throw invalid(this.source);
    const right = this.parseOperand();
    return { kind: 'compare', op: opToken.value.toLowerCase() as ComparisonOperator, left, right };
  }

  private parseStringFunction(name: 'startswith' | 'substringof'): FilterNode {
    this.position++;
    this.expectPunct('(');
    const first = this.parseOperand();
    this.expectPunct(',');
    const second = this.parseOperand();
    this.expectPunct(')');
    // substringof('value', Field) puts the literal first; startswith(Field, 'value') the field.
    const [fieldOperand, valueOperand] = name === 'startswith' ? [first, second] : [second, first];
    if (fieldOperand.kind !== 'field' || valueOperand.kind !== 'literal' || typeof valueOperand.value !== 'string') {
      throw invalid(this.source);
    }
    let negate = false;
    // Allow the long form `startswith(Title,'a') eq true`.
    if (this.isWord('eq') || this.isWord('ne')) {
      const op = (this.tokens[this.position++] as { value: string }).value.toLowerCase();
      const literal = this.parseOperand();
      if (literal.kind !== 'literal' || typeof literal.value !== 'boolean') throw invalid(this.source);
      negate = (op === 'eq') !== literal.value;
    }
    return { kind: name, field: fieldOperand, value: valueOperand.value, negate };
  }

  private parseOperand(): Operand {
    const token = this.tokens[this.position++];
    if (!token) throw invalid(this.source);
    switch (token.type) {
      case 'string':
        return { kind: 'literal', value: token.value, literalType: 'string' };
      case 'number':
        return { kind: 'literal', value: token.value, literalType: 'number' };
      case 'datetime':
        return { kind: 'literal', value: token.value, literalType: 'datetime' };
      case 'punct':
        throw invalid(this.source);
      case 'word': {
        const lower = token.value.toLowerCase();
        if (lower === 'null') return { kind: 'literal', value: undefined, literalType: 'null' };
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', literalType: 'boolean' };
        if (DATE_PARTS.has(lower) && this.peek()?.type === 'punct') {
          this.expectPunct('(');
          // day(day(...)) recurses here too, so it counts against the nesting limit.
          const field = this.nested(() => this.parseOperand());
          this.expectPunct(')');
          if (field.kind !== 'field') throw invalid(this.source);
          return { kind: 'datepart', part: lower as 'day', field: field as FieldOperand };
        }
        return { kind: 'field', path: token.value };
      }
      default:
        throw invalid(this.source);
    }
  }
}

export function parseFilter(filter: string): FilterNode {
  return new FilterParser(tokenise(filter), filter).parse();
}

/** The left-most conjunct: the clause SPO uses to pick an index (reference §3). */
export function firstClause(node: FilterNode): FilterNode {
  return node.kind === 'and' ? firstClause(node.left) : node;
}
