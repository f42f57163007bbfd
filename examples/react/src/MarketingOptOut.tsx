import { useState } from 'react';
import { ConsentOptOutToggle } from 'consent-elements/react/wrappers';

/**
 * React 18 style: the `@lit/react` wrapper sets `category` as a property and maps `onChange` to
 * the element's `change` event (typed: `event.currentTarget` is the toggle).
 */
export function MarketingOptOut() {
  const [lastChoice, setLastChoice] = useState('none yet');
  return (
    <div>
      <ConsentOptOutToggle
        id="marketing-opt-out"
        category="marketing"
        onChange={(event) => setLastChoice(event.currentTarget.optedOut ? 'opted out' : 'opted in')}
      />
      <p data-testid="marketing-last-choice">Last marketing choice: {lastChoice}</p>
    </div>
  );
}
