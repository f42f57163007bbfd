// npm run example:leaky-site → http://127.0.0.1:8081/ (the shop with the classic consent mistakes)
import { serveShop } from '../demo-shop/serve.mjs';

serveShop('leaky-site', Number(process.env.PORT ?? 8081));
