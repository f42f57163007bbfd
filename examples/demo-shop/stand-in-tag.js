// A stand-in for an analytics tag (gtag.js and the like), served from the stand-in tracker host:
// like the real one it writes first-party `_ga` and `_gid` cookies on the page's site and sends a
// page-view pixel to its own host. It never leaves 127.0.0.1 (see serve.mjs).
(() => {
  const here = new URL(document.currentScript.src);
  const pixel = (event) => {
    new Image().src = `${here.origin}/examples/demo-shop/pixel.svg?event=${event}&t=${Date.now()}`;
  };
  const year = 60 * 60 * 24 * 365;
  const id = `GA1.1.${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1000)}`;
  document.cookie = `_ga=${id}; Path=/; Max-Age=${2 * year}; SameSite=Lax`;
  document.cookie = `_gid=${id}; Path=/; Max-Age=${60 * 60 * 24}; SameSite=Lax`;
  pixel('page_view');
  window.standInTag = { track: pixel };
})();
