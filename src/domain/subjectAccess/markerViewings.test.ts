import { markerViewedEvent } from '../markers/markerRules';
import { isoInstant, type AuditEvent } from '../model';
import { markerViewingsFromAudit } from './markerViewings';

const at = (time: string): ReturnType<typeof isoInstant> => isoInstant(`2026-12-02T${time}:00Z`);

describe('the marker view log read back from the audit log (BR-21, BR-23)', () => {
  test('lists who viewed which of the given markers, when and why, oldest first, each once; other events are not viewings', () => {
    const later = markerViewedEvent({ id: 'm-1' }, 'u-hana', at('15:00'), 'e-2', 'Planning a home visit');
    const earlier = markerViewedEvent({ id: 'm-1' }, 'u-cara', at('09:00'), 'e-1');
    const elsewhere = markerViewedEvent({ id: 'm-other' }, 'u-hana', at('10:00'), 'e-3', 'Another customer');
    const approved: AuditEvent = {
      id: 'e-4',
      actorId: 'u-hana',
      action: 'marker.approved',
      at: at('11:00'),
      entity: { type: 'WarningMarker', id: 'm-1' }
    };
    expect(markerViewingsFromAudit([later, earlier, elsewhere, approved, later], ['m-1'])).toEqual([
      { id: 'e-1', markerId: 'm-1', viewedBy: 'u-cara', viewedAt: at('09:00') },
      { id: 'e-2', markerId: 'm-1', viewedBy: 'u-hana', viewedAt: at('15:00'), reason: 'Planning a home visit' }
    ]);
  });

  test('no markers, no viewings', () => {
    expect(markerViewingsFromAudit([markerViewedEvent({ id: 'm-1' }, 'u', at('09:00'), 'e-1')], [])).toEqual([]);
  });
});
