import type { ReactNode } from 'react';
import { consentConfig } from './consent-config';

export const metadata = { title: 'Acme Store (Next.js)' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* The page's store reads its config here: the same one the server uses. */}
        <script
          type="application/json"
          data-consent-config
          dangerouslySetInnerHTML={{ __html: JSON.stringify(consentConfig) }}
        />
        {children}
      </body>
    </html>
  );
}
