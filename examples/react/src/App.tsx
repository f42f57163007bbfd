import { lazy, Suspense } from 'react';
import { useConsent, useConsentCategory } from 'consent-elements/react';
import { MarketingOptOut } from './MarketingOptOut';

// The fake analytics code is a separate chunk, fetched only once analytics is granted.
const AnalyticsWidget = lazy(() => import('./AnalyticsWidget'));

/** React 19: the custom elements used natively, consent read into app state with the hooks. */
export function App() {
  const { state } = useConsent();
  const analytics = state.categories.analytics === true;
  const marketing = useConsentCategory('marketing');

  return (
    <>
      <header className="site-header">
        <h1>Acme Store</h1>
        <nav aria-label="Main">
          <a href="#shop">Shop</a>
          <a href="#privacy">Privacy</a>
        </nav>
      </header>
      <main>
        <div className="hero" id="shop">
          <h2>Autumn collection</h2>
          <p>Knitwear, boots and everything in between. Built with React.</p>
        </div>
        <div className="status">
          <p data-testid="analytics-status">Analytics: {analytics ? 'on' : 'off'}</p>
          <p data-testid="marketing-status">Marketing: {marketing ? 'on' : 'off'}</p>
        </div>
        {analytics && (
          <Suspense fallback={null}>
            <AnalyticsWidget />
          </Suspense>
        )}
        <section id="privacy" aria-labelledby="privacy-title">
          <h2 id="privacy-title">Your privacy choices</h2>
          <consent-opt-out-toggle id="analytics-opt-out" category="analytics" />
          <MarketingOptOut />
        </section>
      </main>
      <footer className="site-footer">
        <span>© Acme Store</span>
        <a href="#privacy">Privacy policy</a>
        <a href="#cookie-settings" data-consent-settings>
          Cookie settings
        </a>
      </footer>
      <consent-policy-banner />
      <consent-cookie-notice />
    </>
  );
}
