// Runs on the server for every page: reads the visitor's decision from the request's cookies.
import { readConsent } from 'consent-elements/server';
import { consentConfig } from '$lib/consent-config';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies }) => {
  // `readConsent` takes SvelteKit's `cookies` as they are. The state is plain data, so it travels
  // to the page (server render and hydration) as it is.
  return { consent: readConsent(cookies, { config: consentConfig }).state };
};
