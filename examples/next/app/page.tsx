// A Server Component: it reads the visitor's decision from the request's cookies and hands it to
// the client components through ConsentProvider, so the first HTML already shows that decision.
import { cookies } from 'next/headers';
import { readConsent } from 'consent-elements/server';
import { ConsentProvider } from 'consent-elements/react';
// The wrappers entry starts with "use client": a Server Component may render them as they are.
import { ConsentPolicyBanner } from 'consent-elements/react/wrappers';
import { ConsentUi } from './consent-ui';
import { consentConfig } from './consent-config';

export default async function Page() {
  const consent = readConsent(await cookies(), { config: consentConfig });
  return (
    <ConsentProvider initialState={consent.state}>
      <main>
        <h1>Acme Store</h1>
        <p data-testid="server-analytics">
          Server: analytics {consent.isGranted('analytics') ? 'on' : 'off'}
        </p>
        <ConsentUi />
        <ConsentPolicyBanner position="bottom" />
        {/* Without JavaScript: the route handler records the decision and sets the cookie. */}
        <form method="post" action="/api/consent">
          <button name="decision" value="accept-all">
            Accept all cookies
          </button>
          <button name="decision" value="reject-all">
            Reject all cookies
          </button>
        </form>
      </main>
    </ConsentProvider>
  );
}
