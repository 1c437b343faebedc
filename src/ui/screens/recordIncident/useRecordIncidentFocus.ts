import * as React from 'react';
import type { ValidationError } from '../../../domain';

/**
 * Where focus goes on "Record an incident": to the error summary when a send is refused, and to
 * the new heading when sending replaces the form with the confirmation (and "Record another" the
 * reverse), since the focused button is gone and focus would otherwise be lost to <body>.
 */
export function useRecordIncidentFocus(errors: readonly ValidationError[], saved: boolean): React.RefObject<HTMLDivElement> {
  const summaryRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  const firstRender = React.useRef(true);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('screen-title')?.focus();
  }, [saved]);

  return summaryRef;
}
