/**
 * The Adaptive Card JSON this package produces. Kept as plain data (no SDK types) so the
 * builders run unchanged in the browser bundle, the Node service and the tests.
 */
export type CardElement = Readonly<Record<string, unknown>>;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  /** Universal Actions (Action.Execute, refresh) need 1.5 in Teams. */
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardElement[];
  readonly refresh?: CardElement;
  readonly fallbackText?: string;
  readonly $schema?: string;
}

export const ADAPTIVE_CARD_CONTENT_TYPE: string = 'application/vnd.microsoft.card.adaptive';
