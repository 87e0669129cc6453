import type { Action, Button } from '../../shared/schema/action.ts';

export function StepButtons({ buttons, onAction }: { buttons: Button[]; onAction: (action: Action) => void }) {
  if (!buttons.length) return null;
  return (
    <div class="wm-buttons">
      {buttons.map((button) => (
        <button
          key={button.id}
          type="button"
          class={`wm-btn wm-btn-${button.style ?? 'primary'}`}
          data-wm-button={button.id}
          onClick={() => onAction(button.action)}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}
