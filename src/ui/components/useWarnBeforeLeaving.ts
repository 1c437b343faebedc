import * as React from 'react';

/**
 * While `unfinished` is true, closing or reloading the tab asks the browser's own "Leave this
 * page?" question. A case save writes the case first and then its audit entries and the staff
 * banners (src/app/cases/saveCaseChange.ts); a tab closed in between stops those writes, and a
 * lifted restriction's banner would stay on staff screens until the next sweep repairs it.
 * Moving between screens inside the app does not stop them, so only leaving the page is caught.
 */
export function useWarnBeforeLeaving(unfinished: boolean): void {
  React.useEffect(() => {
    if (!unfinished) return undefined;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // Older Chromium (the Teams desktop client among them) asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unfinished]);
}
