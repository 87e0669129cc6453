import { page } from '../components';
import { h } from '../dom';

export function renderNotFound(): HTMLElement {
  return page(
    'not-found',
    h(
      'div',
      { class: 'empty-state' },
      h('p', { class: 'empty-code' }, '404'),
      h('h1', null, 'Not found'),
      h('p', { class: 'page-subtitle' }, 'We couldn’t find the page you were looking for.'),
      h('a', { href: '/', class: 'btn btn-primary' }, 'Take me home'),
    ),
  );
}
