import type { ConsentConfig } from 'consent-elements/server';
import { siteConsentConfig } from '../../../shared/consent-config';

/** One config for the server (readConsent) and the page (the data-consent-config script). */
export const consentConfig: ConsentConfig = siteConsentConfig;
