import * as React from 'react';
import { MONTH_NAMES } from '../../domain/model/dates';

/** '2026-11-28' or an ISO instant → '28 November 2026' (British long form, no weekday). */
export function formatDate(value: string | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return '';
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** '2026-11-28T14:05:00Z' → '28 November 2026 at 14:05' (UTC as stored; the council is in the UK). */
export function formatDateTime(value: string | undefined): string {
  if (!value) return '';
  const date = formatDate(value);
  const time = /T(\d{2}:\d{2})/.exec(value);
  return time ? `${date} at ${time[1]}` : date;
}

export interface DateTextProps {
  value: string | undefined;
  withTime?: boolean;
}

/** A date in a <time> element so assistive technology and tests get the machine value too. */
export function DateText({ value, withTime }: DateTextProps): React.ReactElement {
  if (!value) return <></>;
  return <time dateTime={value}>{withTime ? formatDateTime(value) : formatDate(value)}</time>;
}
