'use client';
// The client part: the tags (React 19 renders them natively) and the hooks. Types for the tags
// come with consent-elements/react.
import 'consent-elements/define';
import { useConsentCategory } from 'consent-elements/react';

export function ConsentUi() {
  // On the server and while hydrating: what the page's ConsentProvider was given.
  const analytics = useConsentCategory('analytics');
  return (
    <>
      <p data-testid="client-analytics">Client: analytics {analytics ? 'on' : 'off'}</p>
      <consent-opt-out-toggle category="analytics" />
      <a href="#cookie-settings" data-consent-settings>
        Cookie settings
      </a>
      <consent-cookie-notice position="bottom" />
    </>
  );
}
