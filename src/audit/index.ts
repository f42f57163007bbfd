/**
 * `consent-elements/audit` (and `dist/cdn/consent-audit.js`): the `<consent-audit>` development
 * overlay, registered on import, and its report types. It reads the page's one consent store
 * (`getConsentStore()`), so it works beside the CDN module or a bundled copy of the library.
 */
import './define.js';

export { ConsentAudit } from './consent-audit.js';
export {
  Classifier,
  type AuditCategories,
  type AuditKind,
  type Classification,
  type ClassificationSource,
} from './classify.js';
export type {
  AuditObservation,
  AuditReport,
  AuditViolation,
  ConsentEntry,
  ConsentSnapshot,
  ObservationEvent,
  StorageArea,
  ViolationReason,
} from './ledger.js';
export {
  TRACKER_COOKIES,
  TRACKER_HOSTS,
  type TrackerCookie,
  type TrackerHost,
} from './trackers.js';
