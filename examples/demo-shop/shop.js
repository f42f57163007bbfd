// The demo shop's catalogue, shared by the leaky and the fixed site: the two differ only in how they
// wire consent, which each page shows in full.

const PRODUCTS = [
  { id: 'sencha', name: 'Sencha' },
  { id: 'assam', name: 'Assam' },
  { id: 'oolong', name: 'Oolong' },
];

/** Renders the products into `list`; `onAddToCart(id)` runs when the visitor adds one to the cart. */
export function renderShop(list, onAddToCart) {
  for (const { id, name } of PRODUCTS) {
    const item = document.createElement('li');
    const title = document.createElement('h2');
    title.textContent = name;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.addToCart = id;
    button.textContent = 'Add to cart';
    button.addEventListener('click', () => onAddToCart(id));
    item.append(title, button);
    list.append(item);
  }
}
