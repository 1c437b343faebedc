/**
 * An unsigned, JWT-shaped token for talking to a loopback Bot Connector (the Agents
 * Playground locally, a recorder in tests). The SDK decodes outbound tokens to read their
 * expiry, so a plain string will not do. Real connectors reject it, which is the point:
 * it can never authenticate against Teams.
 */
export function loopbackBotToken(appId: string): string {
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 24 * 3600;
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ aud: 'https://api.botframework.com', appid: appId, exp })}.loopback`;
}
