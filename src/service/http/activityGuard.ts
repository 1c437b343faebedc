import type { RequestHandler } from 'express';
import type { ServiceErrorBody } from './jsonErrors';

const PARTIES: readonly (readonly [string, string])[] = [
  ['from', 'who sent it'],
  ['recipient', 'who it is for'],
  ['conversation', 'which conversation it belongs to']
];

/**
 * What the messaging endpoint needs to find in a Bot Framework activity before the Teams SDK
 * sees it (issue 14). The SDK answers a body it cannot route with an empty 200, and one our
 * handlers cannot read (no sender, a sender that is not an object) with a bodiless 500; both
 * are bad input, so they are answered here with a 400 in the service's error shape. Only the
 * fields the SDK and the handlers read are checked, and only their types: what the activity
 * means is for the handlers.
 */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body)) return 'The request is not a Teams activity.';
  if (typeof body.type !== 'string' || body.type === '') return 'The activity has no type.';
  for (const [party, words] of PARTIES) {
    const value = body[party];
    if (!isObject(value) || typeof value.id !== 'string' || value.id === '') return `The activity does not say ${words}.`;
  }
  const optionalText: readonly (readonly [Record<string, unknown>, string])[] = [
    [body, 'id'],
    [body, 'name'],
    [body, 'channelId'],
    [body, 'text'],
    [body, 'timestamp'],
    [body, 'replyToId'],
    [body, 'action'],
    [body.from as Record<string, unknown>, 'aadObjectId'],
    [body.from as Record<string, unknown>, 'name'],
    [body.conversation as Record<string, unknown>, 'tenantId'],
    [body.conversation as Record<string, unknown>, 'conversationType']
  ];
  if (optionalText.some(([holder, key]) => holder[key] !== undefined && holder[key] !== null && typeof holder[key] !== 'string')) {
    return 'The activity has a field of the wrong kind.';
  }
  if (body.channelData !== undefined && body.channelData !== null && !isObject(body.channelData)) {
    return 'The activity has a field of the wrong kind.';
  }
  if (body.serviceUrl !== undefined && !isHttpUrl(body.serviceUrl)) return 'The activity does not give a usable service address.';
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Refuses what is not an activity (the body already parsed as JSON); passes the rest on to the SDK. */
export function activityGuard(): RequestHandler {
  return (req, res, next) => {
    const problem = activityProblem(req.body);
    if (problem === undefined) {
      next();
      return;
    }
    const body: ServiceErrorBody = { error: 'invalid', message: problem };
    res.status(400).json(body);
  };
}
