import * as React from 'react';

/**
 * Moves focus to an element inside `container` once React has rendered the change that
 * brings it. The approval card swaps its controls as the manager goes (the decision buttons
 * give way to a comment form, the form to the outcome), so without this a keyboard user's
 * focus would fall back to the page when the focused control disappears.
 */
export function useFocusAfterRender(container: React.RefObject<HTMLElement>): (selector: string) => void {
  const [request, setRequest] = React.useState<{ selector: string } | undefined>(undefined);
  React.useEffect(() => {
    if (!request) return;
    const target = container.current?.querySelector<HTMLElement>(request.selector);
    target?.focus();
  }, [request, container]);
  // A fresh object each time, so asking for the same element twice still moves focus.
  return React.useCallback((selector: string) => setRequest({ selector }), []);
}
