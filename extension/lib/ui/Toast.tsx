import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useRef, useState } from 'preact/hooks';
import { IconButton } from './IconButton.tsx';
import { X } from './icons.ts';

export interface ToastMessage {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

type Show = (text: string, tone?: ToastMessage['tone']) => void;

const ToastContext = createContext<Show>(() => {});

/** Feedback that an action happened ("Published to Production"); errors stay until closed. */
export function useToast(): Show {
  return useContext(ToastContext);
}

const LIFETIME_MS = 5000;

export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback<Show>((text, tone = 'info') => {
    const id = next.current++;
    setToasts((list) => [...list.slice(-2), { id, text, tone }]);
    if (tone === 'info') setTimeout(() => dismiss(id), LIFETIME_MS);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div class="wm-toasts" role="status" aria-live="polite" data-toasts>
        {toasts.map((t) => (
          <div key={t.id} class={`wm-toast${t.tone === 'error' ? ' wm-toast--error' : ''}`} data-toast>
            <span class="wm-toast__text">{t.text}</span>
            <IconButton icon={X} label="Dismiss" onClick={() => dismiss(t.id)} />
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
