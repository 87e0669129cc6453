const INPUT_ROLES: Record<string, string> = {
  button: 'button', submit: 'button', reset: 'button', image: 'button',
  checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton', search: 'searchbox',
  text: 'textbox', email: 'textbox', tel: 'textbox', url: 'textbox', password: 'textbox',
};

const TYPED_INPUTS = new Set(['hidden', 'color', 'date', 'datetime-local', 'month', 'week', 'time', 'file']);

const TAG_ROLES: Record<string, string> = {
  button: 'button', textarea: 'textbox', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading',
  h5: 'heading', h6: 'heading', ul: 'list', ol: 'list', li: 'listitem', table: 'table', tr: 'row',
  td: 'cell', nav: 'navigation', main: 'main', header: 'banner', footer: 'contentinfo', aside: 'complementary',
  form: 'form', dialog: 'dialog', option: 'option', progress: 'progressbar', hr: 'separator', fieldset: 'group',
  details: 'group', summary: 'button', output: 'status', meter: 'meter',
};

/** The element's ARIA role: the first token of an explicit `role`, else the implicit role of its tag ('' for none). */
export function elementRole(element: Element): string {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit.toLowerCase();
  const tag = element.localName.toLowerCase();
  switch (tag) {
    case 'a':
    case 'area':
      return element.hasAttribute('href') ? 'link' : '';
    case 'input':
      // Unknown types fall back to text inputs, as browsers do; color, date, file… have no role.
      return INPUT_ROLES[(element.getAttribute('type') ?? 'text').toLowerCase()] ?? (TYPED_INPUTS.has((element.getAttribute('type') ?? '').toLowerCase()) ? '' : 'textbox');
    case 'select':
      return element.hasAttribute('multiple') || Number(element.getAttribute('size') ?? 1) > 1 ? 'listbox' : 'combobox';
    case 'img':
      return element.getAttribute('alt') === '' ? 'presentation' : 'img';
    case 'th':
      return element.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    default:
      return TAG_ROLES[tag] ?? '';
  }
}
