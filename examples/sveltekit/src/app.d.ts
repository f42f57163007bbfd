// Types for the <consent-*> tags in Svelte markup (attributes with their values, events), generated
// by the package from its custom-elements.json: svelte-check rejects
// `<consent-cookie-notice position="sideways">`.
import type {} from 'consent-elements/svelte';
