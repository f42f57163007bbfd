import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsentConfig } from 'consent-elements/server';

export declare const config: ConsentConfig;
export declare function createHandler(options?: {
  secure?: boolean;
  cdnModule?: string | URL;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
