import * as React from 'react';

/**
 * After the user navigates, focus moves to the new screen's heading so keyboard and
 * screen-reader users land on it. Screens arrive in lazy chunks, so the heading may not exist
 * yet when navigation happens: the request waits until a screen heading claims it.
 */
export interface ArrivalFocus {
  request(): void;
  /** True once per request: the caller should now move focus to its heading. */
  claim(): boolean;
}

export function createArrivalFocus(): ArrivalFocus {
  let pending = false;
  return {
    request: () => {
      pending = true;
    },
    claim: () => {
      const wasPending = pending;
      pending = false;
      return wasPending;
    }
  };
}

export const ArrivalFocusContext = React.createContext<ArrivalFocus | undefined>(undefined);

/** For a screen heading (by element id): take focus on mount when a navigation is waiting for it. */
export function useFocusOnArrival(headingId: string): void {
  const arrival = React.useContext(ArrivalFocusContext);
  React.useEffect(() => {
    if (arrival?.claim()) document.getElementById(headingId)?.focus();
  }, [arrival, headingId]);
}
