// A form posted without JavaScript: record the decision on the server, set the cookie, go back.
import { consentFromRequest, consentSetCookie, createConsentRecord } from 'consent-elements/server';
import { consentConfig } from '../../consent-config';

export async function POST(request: Request): Promise<Response> {
  const form = await request.formData();
  const decision = form.get('decision') === 'accept-all' ? 'accept-all' : 'reject-all';
  const previous = consentFromRequest(request, { config: consentConfig }).record;
  const record = createConsentRecord(decision, { config: consentConfig, previous });
  // Secure only over https, so the example also works on plain-http localhost.
  const secure = new URL(request.url).protocol === 'https:';
  return new Response(null, {
    status: 303,
    headers: {
      location: '/',
      'set-cookie': consentSetCookie(record, { config: consentConfig, secure }),
    },
  });
}
