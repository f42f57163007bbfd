// npm run example:fixed-site → http://127.0.0.1:8082/ (the same shop wired with consent-elements)
import { serveShop } from '../demo-shop/serve.mjs';

serveShop('fixed-site', Number(process.env.PORT ?? 8082));
