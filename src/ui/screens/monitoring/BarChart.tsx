import * as React from 'react';
import { Caption1 } from '@fluentui/react-components';
import { useMonitoringStyles } from './useMonitoringStyles';

export interface BarDatum {
  key: string;
  label: string;
  count: number;
}

/**
 * A simple CSS bar chart with its data table. The bars are decoration for sighted users
 * (hidden from assistive technology); the table beneath carries the same numbers for
 * everyone, so no information exists only as a shape or a colour.
 */
export function BarChart({ id, title, data }: { id: string; title: string; data: readonly BarDatum[] }): React.ReactElement {
  const styles = useMonitoringStyles();
  const max = Math.max(1, ...data.map((datum) => datum.count));
  return (
    <figure className={styles.chart} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong>
      </figcaption>
      {data.length === 0 ? <Caption1>Nothing to show.</Caption1> : null}
      <div aria-hidden="true">
        {data.map((datum) => (
          <div key={datum.key} className={styles.barRow}>
            <span>{datum.label}</span>
            <span className={styles.barTrack}>
              <span className={styles.bar} style={{ display: 'block', width: `${(datum.count / max) * 100}%` }} />
            </span>
            <span>{datum.count}</span>
          </div>
        ))}
      </div>
      {data.length > 0 ? (
        <table className={styles.table} aria-label={`${title}: data`}>
          <thead>
            <tr>
              <th scope="col">{title.split(' by ')[1] ? capitalise(title.split(' by ')[1]) : 'Item'}</th>
              <th scope="col">Number</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.key}>
                <th scope="row">{datum.label}</th>
                <td>{datum.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
