import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FlowKind } from '../../../shared/schema/flow.ts';
import type { Template } from '../templates/Template.ts';
import { Button } from '../ui/Button.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Check } from '../ui/icons.ts';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { ServerConnectForm } from './ServerConnectForm.tsx';
import { SiteAccess } from './SiteAccess.tsx';
import { TemplateGallery } from './TemplateGallery.tsx';

const LOCAL_KEY = 'waymark.panel.local';

function Step({ n, done, title, summary, children }: { n: number; done: boolean; title: string; summary?: string; children?: ComponentChildren }) {
  return (
    <li class={`setup-step${done ? ' setup-step--done' : ''}`} data-setup-step={n} aria-current={!done && children ? 'step' : undefined}>
      <span class="setup-step__number" aria-hidden="true">{done ? <Icon icon={Check} size={14} /> : n}</span>
      <div class="setup-step__body">
        <h3 class="setup-step__title">{title}{done ? <span class="wm-sr-only"> (done)</span> : null}</h3>
        {summary ? <p class="wm-small wm-muted">{summary}</p> : null}
        {children}
      </div>
    </li>
  );
}

/**
 * The first run, in the empty flow list: allow Waymark on the app, connect the server the page's
 * SDK talks to (the PM pastes the key once), then start from a template.
 */
export function GetStarted({ onTemplate, onBlank, onNew }: { onTemplate: (template: Template) => void; onBlank: (kind: FlowKind) => void; onNew: () => void }) {
  const { server } = usePanel();
  const { tabId, pageUrl, sites, pageSdk } = useConnectionState();
  const [local, setLocal] = useState(localStorage.getItem(LOCAL_KEY) === '1');
  const siteDone = tabId !== null;
  const serverDone = server !== null || local;
  const workLocally = () => {
    localStorage.setItem(LOCAL_KEY, '1');
    setLocal(true);
  };
  return (
    <section class="wm-stack" aria-label="Get started">
      <div class="wm-stack wm-stack--tight">
        <h2 class="panel-title">Build onboarding on your app</h2>
        <p class="wm-muted">Three steps, a few minutes. Everything you make stays a draft until you publish it.</p>
      </div>
      <ol class="setup-steps">
        <Step n={1} done={siteDone} title="Allow Waymark on your app" summary={siteDone ? `Waymark can see ${new URL(pageUrl!).host}.` : sites.length ? 'Open a page of your app in a tab.' : 'So you can pick elements and preview flows on it.'}>
          {!siteDone ? <SiteAccess /> : null}
        </Step>
        <Step
          n={2}
          done={serverDone}
          title="Connect your Waymark server"
          summary={server ? `Connected to ${new URL(server.serverUrl).host}.` : local ? 'Working in this browser only: connect a server later from the menu.' : pageSdk?.serverUrl ? `This page loads Waymark from ${pageSdk.serverUrl}. Paste the project’s secret key to see its flows and publish.` : siteDone ? 'Enter your server’s address and the project’s secret key.' : undefined}
        >
          {!serverDone && siteDone ? (
            <div class="wm-stack wm-stack--tight">
              <ServerConnectForm key={pageSdk?.serverUrl ?? 'none'} detectedUrl={pageSdk?.serverUrl} />
              <div><Button variant="ghost" size="sm" onClick={workLocally}>Work in this browser only</Button></div>
            </div>
          ) : null}
        </Step>
        <Step n={3} done={false} title="Start from a template" summary={siteDone && serverDone ? 'Each asks for the few elements it needs, then it is an ordinary draft.' : undefined}>
          {siteDone && serverDone ? <TemplateGallery onTemplate={onTemplate} onBlank={onBlank} /> : null}
        </Step>
      </ol>
      <p class="wm-small wm-muted">
        Rather start from nothing? <button type="button" class="panel-link" onClick={onNew}>New flow</button>: blank, or record your clicks.
      </p>
    </section>
  );
}
