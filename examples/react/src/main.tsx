import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <consent-cookie-notice>, <consent-opt-out-toggle> and <consent-policy-banner>.
import 'consent-elements/define';
import { App } from './App';
import '../../shared/site.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
