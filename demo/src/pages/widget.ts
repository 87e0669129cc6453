import { page, pageHeader, panel, showStatus, statusMessage } from '../components';
import { h } from '../dom';
import { icon } from '../icons';
import { GREETING_MAX, getState, isHexColor, saveWidget, type WidgetPosition, type WidgetSettings } from '../store';

function isLightColor(hex: string): boolean {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255 > 0.65;
}

interface Preview {
  element: HTMLElement;
  update: (settings: WidgetSettings) => void;
}

function createPreview(workspaceName: string): Preview {
  const greeting = h('p', { class: 'preview-bubble' });
  const element = h(
    'div',
    { class: 'widget-preview', 'data-testid': 'widget-preview' },
    h(
      'div',
      { class: 'preview-browser', 'aria-hidden': 'true' },
      h('span', { class: 'preview-dot' }),
      h('span', { class: 'preview-dot' }),
      h('span', { class: 'preview-dot' }),
      h('span', { class: 'preview-url' }, 'acmeshoes.com'),
    ),
    h(
      'div',
      { class: 'preview-stage' },
      h(
        'div',
        { class: 'preview-chat' },
        h(
          'div',
          { class: 'preview-chat-header' },
          h('span', { class: 'preview-chat-name' }, workspaceName),
          h('span', { class: 'preview-chat-meta' }, 'Typically replies in a few minutes'),
        ),
        h('div', { class: 'preview-chat-body' }, greeting),
        h('div', { class: 'preview-chat-input', 'aria-hidden': 'true' }, 'Write a message…'),
      ),
      h('span', { class: 'preview-launcher', 'aria-hidden': 'true' }, icon('chat')),
    ),
  );

  function update(settings: WidgetSettings): void {
    element.style.setProperty('--preview-color', settings.color);
    element.classList.toggle('is-light', isLightColor(settings.color));
    element.classList.toggle('is-bottom-left', settings.position === 'bottom-left');
    element.classList.toggle('is-bottom-right', settings.position === 'bottom-right');
    greeting.textContent = settings.greeting.trim() || ' ';
  }

  return { element, update };
}

function field(label: HTMLElement, control: HTMLElement, hint?: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, label, control, hint ?? null);
}

export function renderWidget(): HTMLElement {
  const { widget, workspaceName } = getState();
  const preview = createPreview(workspaceName);

  const color = h('input', { type: 'color', id: 'widget-color', name: 'color', value: widget.color, class: 'color-input' });
  const colorValue = h('span', { class: 'color-value', 'aria-hidden': 'true' }, widget.color);

  const position = h(
    'select',
    { name: 'position', id: 'widget-position', class: 'select' },
    h('option', { value: 'bottom-right' }, 'Bottom right'),
    h('option', { value: 'bottom-left' }, 'Bottom left'),
  );
  position.value = widget.position;

  const greeting = h('textarea', {
    id: 'widget-greeting',
    name: 'greeting',
    'aria-label': 'Greeting text',
    rows: 4,
    maxlength: GREETING_MAX,
    class: 'textarea',
    'aria-describedby': 'widget-greeting-count',
  });
  greeting.value = widget.greeting;
  const counter = h('p', { class: 'field-hint', id: 'widget-greeting-count' });

  const status = statusMessage('widget-save-status');

  const readSettings = (): WidgetSettings => ({
    color: isHexColor(color.value) ? color.value : widget.color,
    position: position.value as WidgetPosition,
    greeting: greeting.value,
  });

  const sync = (): void => {
    const settings = readSettings();
    preview.update(settings);
    colorValue.textContent = settings.color;
    counter.textContent = `${settings.greeting.length}/${GREETING_MAX} characters`;
  };

  const onEdit = (): void => {
    sync();
    showStatus(status, '');
  };

  const form = h(
    'form',
    {
      class: 'widget-form',
      'aria-label': 'Widget settings',
      on: {
        submit: (event) => {
          event.preventDefault();
          saveWidget(readSettings());
          showStatus(status, 'Saved');
          window.dispatchEvent(new CustomEvent('chatly:widget-saved'));
        },
      },
    },
    field(h('label', { for: 'widget-color', class: 'label' }, 'Brand colour'), h('div', { class: 'color-field' }, color, colorValue)),
    field(h('label', { for: 'widget-position', class: 'label' }, 'Position'), position),
    field(h('label', { for: 'widget-greeting', class: 'label' }, 'Greeting text'), greeting, counter),
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'save-widget' }, 'Save widget'),
      status,
    ),
  );

  for (const control of [color, position, greeting]) {
    control.addEventListener('input', onEdit);
    control.addEventListener('change', onEdit);
  }
  sync();

  return page(
    'widget',
    pageHeader('Customise widget', 'Choose how the chat bubble looks on acmeshoes.com.'),
    h(
      'div',
      { class: 'widget-layout' },
      panel('widget-form-panel', h('h2', null, 'Appearance'), form),
      panel('widget-preview-panel', h('h2', null, 'Live preview'), preview.element),
    ),
  );
}
