import { useState } from 'preact/hooks';
import type { FlowKind } from '../../../shared/schema/flow.ts';
import { newFlow } from '../flows/newFlow.ts';
import { suggestPageRules } from '../flows/suggestPageRules.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import type { FlowRecord } from '../storage/FlowRepository.ts';
import type { Template } from '../templates/Template.ts';
import { FlowEditor } from './FlowEditor.tsx';
import { FlowList } from './FlowList.tsx';
import { NewFlowView } from './NewFlowView.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { KIND_NAMES } from './TemplateGallery.tsx';
import { TemplateWizard } from './TemplateWizard.tsx';

type Mode = { type: 'list' } | { type: 'new' } | { type: 'template'; template: Template } | { type: 'edit'; record: FlowRecord; startRecording: boolean };

/** The Flows tab: the list (or the first-run steps), a new flow, a template being applied, or one flow's editor. */
export function FlowsView({ loaded }: { loaded: boolean }) {
  const { repo, flows, reload } = usePanel();
  const { pageUrl } = useConnectionState();
  const [mode, setMode] = useState<Mode>({ type: 'list' });

  const create = async (kind: FlowKind, name: string, options?: { record?: boolean }) => {
    const id = uniqueId(name, flows.map((r) => r.flow.id), 'flow');
    const page = pageUrl ? suggestPageRules(pageUrl).exact : undefined;
    const record = await repo.saveFlow(newFlow(kind, id, name, page), 'Created');
    await reload();
    setMode({ type: 'edit', record, startRecording: options?.record === true });
  };
  const blank = (kind: FlowKind) => void create(kind, `New ${KIND_NAMES[kind].toLowerCase()}`);

  switch (mode.type) {
    case 'edit':
      return <FlowEditor key={mode.record.flow.id} initial={mode.record} startRecording={mode.startRecording} onClose={() => setMode({ type: 'list' })} />;
    case 'template':
      return <TemplateWizard template={mode.template} onCancel={() => setMode({ type: 'new' })} onCreated={(record) => setMode({ type: 'edit', record, startRecording: false })} />;
    case 'new':
      return <NewFlowView onTemplate={(template) => setMode({ type: 'template', template })} onCreate={create} onCancel={() => setMode({ type: 'list' })} />;
    case 'list':
      return (
        <FlowList
          loaded={loaded}
          onOpen={(record) => setMode({ type: 'edit', record, startRecording: false })}
          onNew={() => setMode({ type: 'new' })}
          onTemplate={(template) => setMode({ type: 'template', template })}
          onBlank={blank}
        />
      );
  }
}
