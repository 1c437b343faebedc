import * as React from 'react';

/** Focus goes back to the screen's heading when a dialog closes (the button that opened it may be disabled). */
export function useFocusTitleAfterDialog(dialogOpen: boolean): void {
  const wasOpen = React.useRef(dialogOpen);
  React.useEffect(() => {
    const closed = wasOpen.current && !dialogOpen;
    wasOpen.current = dialogOpen;
    if (closed) document.getElementById('screen-title')?.focus();
  }, [dialogOpen]);
}
