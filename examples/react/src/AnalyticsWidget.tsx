import { useEffect } from 'react';

declare global {
  interface Window {
    /** Page views the fake analytics counted. */
    fakeAnalyticsHits?: number;
  }
}

/** A stand-in for an analytics script: counts a page view when it mounts. */
export default function AnalyticsWidget() {
  useEffect(() => {
    window.fakeAnalyticsHits = (window.fakeAnalyticsHits ?? 0) + 1;
  }, []);
  return (
    <aside data-testid="analytics-widget">Fake analytics loaded: this visit is counted.</aside>
  );
}
