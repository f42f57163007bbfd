// The page keeps up with the visitor without a reload: after each decision (`consent-change`, from
// the notice, another tab or the API) it shows the new state and starts analytics once granted,
// the same as the server renders on the next request.
const decided = document.querySelector('[data-decided]');
const list = document.querySelector('[data-categories]');

function startAnalytics() {
  if (document.querySelector('script[data-analytics]')) return;
  const script = document.createElement('script');
  script.src = '/analytics.js';
  script.dataset.analytics = '';
  document.head.append(script);
}

document.addEventListener('consent-change', ({ detail: { state } }) => {
  decided.dataset.decided = String(state.decided);
  decided.textContent = state.decided ? 'You decided.' : 'No decision yet.';
  list.replaceChildren(
    ...Object.entries(state.categories).map(([id, on]) => {
      const item = document.createElement('li');
      item.textContent = `${id}: ${on ? 'granted' : 'denied'}`;
      return item;
    }),
  );
  if (state.categories.analytics) startAnalytics();
});
