import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  // A Node server (`node build`), as a site deploys it.
  kit: { adapter: adapter() },
};
