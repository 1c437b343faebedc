import { and, dateTime, eq, escapeText, fieldName, literal, or, quote, startsWith } from '../../src/data/odata';
import { firstFilterField } from '../../src/data/sharepoint/listGateway';
import { parseSharePointError, toDataError } from '../../src/data/sharepoint/errorMapping';
import { listDefinition } from '../../src/data/schema';
import { ValidationFailedError } from '../../src/data/errors';

describe('odata helper', () => {
  it("doubles apostrophes (O'Brien)", () => {
    expect(escapeText("O'Brien")).toBe("O''Brien");
    expect(quote("O'Brien")).toBe("'O''Brien'");
    expect(eq('FamilyName', "O'Brien")).toBe("FamilyName eq 'O''Brien'");
  });

  it('leaves other characters to URL encoding', () => {
    expect(quote('Zoë & "Co" #1 100%')).toBe('\'Zoë & "Co" #1 100%\'');
    expect(quote('王秀英')).toBe("'王秀英'");
  });

  it('renders numbers, booleans and datetimes', () => {
    expect(literal(5)).toBe('5');
    expect(literal(true)).toBe('1');
    expect(literal(false)).toBe('0');
    expect(literal(dateTime('2026-11-28T09:30:00.123Z'))).toBe("datetime'2026-11-28T09:30:00Z'");
    expect(() => literal(Number.NaN)).toThrow(RangeError);
  });

  it('joins clauses and parenthesises only compound ones', () => {
    expect(and(eq('A', 1), eq('B', 'x'))).toBe("A eq 1 and B eq 'x'");
    expect(and(eq('A', 1), or(eq('B', 1), eq('C', 2)))).toBe('A eq 1 and (B eq 1 or C eq 2)');
    expect(startsWith('PersonNameKey', "O'B")).toBe("startswith(PersonNameKey,'O''B')");
  });

  it('refuses field names that could carry syntax', () => {
    expect(() => fieldName("Title eq 'x' or 1 eq 1")).toThrow(RangeError);
    expect(fieldName('Author/Title')).toBe('Author/Title');
  });

  it('finds the first filtered column', () => {
    expect(firstFilterField("Status eq 'Active' and X eq 1")).toBe('Status');
    expect(firstFilterField("startswith(FamilyName,'O''B')")).toBe('FamilyName');
  });
});

describe('error mapping', () => {
  it('names the duplicated field by internal name', () => {
    const body = JSON.stringify({
      'odata.error': {
        code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        message: {
          lang: 'en-US',
          value:
            'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Client request key].'
        }
      }
    });
    const error = Object.assign(new Error(`Error making HttpClient request in queryable [500]  ::> ${body}`), {
      isHttpRequestError: true,
      status: 500
    });
    const mapped = toDataError(error, listDefinition('cases'));
    expect(mapped).toBeInstanceOf(ValidationFailedError);
    expect((mapped as ValidationFailedError).isDuplicateOf('ClientRequestKey')).toBe(true);
    expect(parseSharePointError(error.message).code).toContain('SPDuplicateValuesFoundException');
  });

  it('maps statuses to typed errors', () => {
    const make = (status: number): Error => Object.assign(new Error(`[${status}] ::> {}`), { isHttpRequestError: true, status });
    expect(toDataError(make(404)).kind).toBe('NotFound');
    expect(toDataError(make(412)).kind).toBe('Conflict');
    expect(toDataError(make(403)).kind).toBe('Forbidden');
    expect(toDataError(make(429)).kind).toBe('Throttled');
    expect(toDataError(make(400)).kind).toBe('ValidationFailed');
  });
});
