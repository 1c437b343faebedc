import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { EmuResponse } from '../http/context';
import { badRequest } from '../http/sp-error';

/** One operation inside a `$batch` body (reference §8.1). */
export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

function parseHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Splits `text` on `--boundary` lines; drops the preamble and everything after the closing `--boundary--`. */
function splitParts(text: string, boundary: string): string[] {
  const lines = text.split('\n');
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      return parts;
    }
    if (line === `--${boundary}`) {
      if (current) parts.push(current.join('\n'));
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /boundary="?([^";]+)"?/i.exec(contentType);
  return match ? match[1] : undefined;
}

function parseHttpPart(text: string): BatchPart {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() !== '') i++; // MIME headers of the part
  i++;
  while (i < lines.length && lines[i].trim() === '') i++;
  const requestLine = /^(\w+)\s+(\S+)(\s+HTTP\/[\d.]+)?$/.exec((lines[i] ?? '').trim());
  if (!requestLine) throw badRequest('The batch request is not valid: missing request line.');
  i++;
  const headerLines: string[] = [];
  while (i < lines.length && lines[i].trim() !== '') headerLines.push(lines[i++]);
  const body = lines
    .slice(i + 1)
    .join('\n')
    .replace(/\n+$/, '');
  return { method: requestLine[1].toUpperCase(), url: requestLine[2], headers: parseHeaders(headerLines), body: Buffer.from(body, 'utf8') };
}

/** Parses PnPjs's (LF) and Microsoft's (CRLF) batch bodies, flattening changesets. */
export function parseBatch(body: string, contentType: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw badRequest('The batch request must have a multipart/mixed content type with a boundary.');
  const text = body.replace(/\r\n/g, '\n');
  const operations: BatchPart[] = [];
  for (const part of splitParts(text, boundary)) {
    const headerEnd = part.indexOf('\n\n');
    const headers = parseHeaders(part.slice(0, headerEnd < 0 ? part.length : headerEnd).split('\n'));
    const partType = headers['content-type'] ?? '';
    if (/multipart\/mixed/i.test(partType)) {
      const changeset = boundaryOf(partType);
      if (!changeset) throw badRequest('The changeset has no boundary.');
      for (const inner of splitParts(part.slice(headerEnd + 2), changeset)) operations.push(parseHttpPart(inner));
    } else if (part.trim() !== '') {
      operations.push(parseHttpPart(part));
    }
  }
  return operations;
}

/** SPO's flat response: one --batchresponse_ part per operation, CRLF, upper-case inner headers (reference §8.2). */
export function renderBatchResponse(responses: EmuResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const chunks: string[] = [];
  for (const response of responses) {
    chunks.push(`--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`);
    chunks.push(`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\n`);
    for (const [name, value] of Object.entries(response.headers)) chunks.push(`${name.toUpperCase()}: ${value}\r\n`);
    const text = response.body === undefined ? '' : Buffer.isBuffer(response.body) ? response.body.toString('utf8') : response.body;
    chunks.push(`\r\n${text}\r\n`);
  }
  chunks.push(`--${boundary}--\r\n`);
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: chunks.join('') };
}
