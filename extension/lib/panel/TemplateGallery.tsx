import type { FlowKind } from '../../../shared/schema/flow.ts';
import type { Template } from '../templates/Template.ts';
import { TEMPLATES } from '../templates/templates.ts';
import { Icon } from '../ui/Icon.tsx';
import { ListChecks, Megaphone, MessageSquare, PanelTop, Route, CircleDot, LifeBuoy } from '../ui/icons.ts';

export const KIND_NAMES: Record<FlowKind, string> = { tour: 'Tour', announcement: 'Announcement bar', modal: 'Modal', checklist: 'Checklist', survey: 'Survey', hotspot: 'Hotspot', 'resource-center': 'Resource center' };
export const KIND_ICONS = { tour: Route, announcement: Megaphone, modal: PanelTop, checklist: ListChecks, survey: MessageSquare, hotspot: CircleDot, 'resource-center': LifeBuoy } as const;

/** Templates as cards (the reference case first) and, below, a blank flow of any kind. */
export function TemplateGallery({ onTemplate, onBlank }: { onTemplate: (template: Template) => void; onBlank?: (kind: FlowKind) => void }) {
  return (
    <div class="wm-stack">
      <ul class="template-grid" aria-label="Templates">
        {TEMPLATES.map((template, i) => (
          <li key={template.id}>
            <button type="button" class={`template-card${i === 0 ? ' template-card--featured' : ''}`} onClick={() => onTemplate(template)} data-template={template.id}>
              <span class="template-card__icon"><Icon icon={template.icon} size={18} /></span>
              <span class="template-card__name">{template.name}</span>
              <span class="template-card__text">{template.description}</span>
            </button>
          </li>
        ))}
      </ul>
      {onBlank ? (
        <div class="wm-stack wm-stack--tight">
          <h3 class="wm-section__title">Or start blank</h3>
          <div class="blank-kinds" role="group" aria-label="Blank flow">
            {(Object.keys(KIND_NAMES) as FlowKind[]).map((kind) => (
              <button key={kind} type="button" class="blank-kind" onClick={() => onBlank(kind)} aria-label={`Blank ${KIND_NAMES[kind].toLowerCase()}`}>
                <Icon icon={KIND_ICONS[kind]} size={16} />
                <span>{KIND_NAMES[kind]}</span>
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
