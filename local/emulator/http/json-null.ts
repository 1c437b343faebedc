/**
 * SharePoint's JSON uses null for empty values (reference §2.3: "ServerRedirectedEmbedUri":null,
 * "CompletedById":null). Internally the emulator uses undefined; this is the one place that turns
 * it into the protocol's null.
 */
// eslint-disable-next-line @rushstack/no-new-null -- the SharePoint wire format needs JSON null
export const JSON_NULL: null = null;

export function orNull<T>(value: T | undefined): T | typeof JSON_NULL {
  return value === undefined ? JSON_NULL : value;
}
