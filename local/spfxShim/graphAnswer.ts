// The two Microsoft Graph calls the web part makes (names for ids, and a people search), answered
// from the local personas' directory, so that MSGraphClientV3's place in the shim has an answer.
import type * as http from 'node:http';
import { personaDirectory } from '../seed/personas';

interface GraphUserRow {
  '@odata.type': '#microsoft.graph.user';
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
}

function rows(): GraphUserRow[] {
  return personaDirectory().map((person) => {
    const upn = person.login.replace(/^i:0#\.f\|membership\|/, '');
    return { '@odata.type': '#microsoft.graph.user', id: person.id, displayName: person.displayName, mail: upn, userPrincipalName: upn };
  });
}

/** Answers GET /v1.0/users ($filter=id in (…) or $search) and POST /v1.0/directoryObjects/getByIds; undefined otherwise. */
export function answerGraph(method: string, url: URL, body: string): { status: number; body: unknown } | undefined {
  if (method === 'POST' && url.pathname.endsWith('/v1.0/directoryObjects/getByIds')) {
    const ids = new Set(((JSON.parse(body || '{}') as { ids?: string[] }).ids ?? []).map((id) => id.toLowerCase()));
    return { status: 200, body: { value: rows().filter((row) => ids.has(row.id.toLowerCase())) } };
  }
  if (method === 'GET' && url.pathname.endsWith('/v1.0/users')) {
    const filter = url.searchParams.get('$filter') ?? '';
    const search = (url.searchParams.get('$search') ?? '')
      .replace(/^"|"$/g, '')
      .replace(/^displayName:/, '')
      .toLowerCase();
    const ids = [...filter.matchAll(/'([^']+)'/g)].map((match) => match[1].toLowerCase());
    const found = rows().filter((row) =>
      ids.length > 0
        ? ids.indexOf(row.id.toLowerCase()) >= 0
        : search !== '' &&
          row.displayName
            .toLowerCase()
            .split(/\s+/)
            .some((word) => word.startsWith(search))
    );
    return { status: 200, body: { value: found } };
  }
  return undefined;
}

export function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
