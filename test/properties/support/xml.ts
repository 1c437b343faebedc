// A strict XML 1.0 parser for the property tests: jsdom's DOMParser (saxes underneath), which
// refuses the characters XML forbids, so "parses" here means what Word and SharePoint mean. One
// jsdom window serves every parse, so the tests run in Node (where docx and fetch work).
import { JSDOM } from 'jsdom';

let parser: DOMParser | undefined;

function domParser(): DOMParser {
  parser ??= new new JSDOM('').window.DOMParser();
  return parser;
}

/** Why the text is not well-formed XML, or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
  const parsed = domParser().parseFromString(xml, 'application/xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  return error ? (error.textContent ?? 'parser error') : undefined;
}

/**
 * Text as XML element content. Carriage returns are written as a character reference because
 * a parser turns a literal CR (or CRLF) into a line feed, and the text must come back exactly.
 */
export function asXmlContent(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** The text back out of `<t>…</t>`, or undefined when that is not well-formed XML. */
export function xmlRoundTrip(text: string): string | undefined {
  const xml = `<t>${asXmlContent(text)}</t>`;
  if (xmlProblem(xml) !== undefined) return undefined;
  return domParser().parseFromString(xml, 'application/xml').documentElement.textContent ?? '';
}

/** All the text of a well-formed XML document, in document order. */
export function xmlText(xml: string): string {
  return domParser().parseFromString(xml, 'application/xml').documentElement.textContent ?? '';
}
