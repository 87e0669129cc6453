import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Content } from '../../../shared/schema/content.ts';
import { isSafeUrl } from '../../../shared/schema/safeUrl.ts';
import { contentToDom } from './contentToDom.ts';
import { domToContent } from './domToContent.ts';

type Dialog = { kind: 'link' | 'image'; range: Range | null } | null;

/**
 * Rich text editor for a step's content: bold, italic, headings, lists, links and images, edited
 * in place and read back into the content tree on every commit (the tree is what is stored).
 */
export function ContentEditor({ label, value, onCommit }: { label: string; value: Content | undefined; onCommit: (content: Content) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [url, setUrl] = useState('');
  const [alt, setAlt] = useState('');
  const [error, setError] = useState('');
  const last = useRef('');

  useEffect(() => {
    const editor = ref.current;
    const json = JSON.stringify(value ?? []);
    if (!editor || json === last.current) return;
    last.current = json;
    editor.replaceChildren(...contentToDom(editor.ownerDocument, value));
  }, [value]);

  const commit = () => {
    const editor = ref.current;
    if (!editor) return;
    const content = domToContent(editor);
    const json = JSON.stringify(content);
    if (json === last.current) return;
    last.current = json;
    onCommit(content);
  };

  const command = (name: string, arg?: string) => {
    ref.current?.focus();
    document.execCommand(name, false, arg);
    commit();
  };

  const openDialog = (kind: 'link' | 'image') => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount && ref.current?.contains(selection.anchorNode) ? selection.getRangeAt(0).cloneRange() : null;
    setUrl('');
    setAlt('');
    setError('');
    setDialog({ kind, range });
  };

  const apply = (event: Event) => {
    event.preventDefault();
    if (!dialog) return;
    if (!url || !isSafeUrl(url)) return setError('Use an http(s), mailto or relative URL.');
    const editor = ref.current!;
    editor.focus();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const range = dialog.range ?? (() => {
      const r = document.createRange();
      r.selectNodeContents(editor);
      r.collapse(false);
      return r;
    })();
    selection.addRange(range);
    if (dialog.kind === 'link') {
      if (range.collapsed) {
        const a = document.createElement('a');
        a.href = url;
        a.textContent = url;
        range.insertNode(a);
      } else document.execCommand('createLink', false, url);
    } else {
      const img = document.createElement('img');
      img.src = url;
      img.alt = alt;
      range.collapse(false);
      range.insertNode(img);
    }
    setDialog(null);
    commit();
  };

  const tool = (text: string, title: string, action: () => void) => (
    <button type="button" title={title} aria-label={title} onMouseDown={(e) => e.preventDefault()} onClick={action}>{text}</button>
  );

  return (
    <div class="field content-editor" ref={wrapper}>
      <span class="label" id={labelId}>{label}</span>
      <div class="toolbar" role="toolbar" aria-label={`${label} formatting`}>
        {tool('B', 'Bold', () => command('bold'))}
        {tool('I', 'Italic', () => command('italic'))}
        {tool('H', 'Heading', () => command('formatBlock', 'h2'))}
        {tool('¶', 'Paragraph', () => command('formatBlock', 'p'))}
        {tool('•', 'Bulleted list', () => command('insertUnorderedList'))}
        {tool('1.', 'Numbered list', () => command('insertOrderedList'))}
        {tool('🔗', 'Link', () => openDialog('link'))}
        {tool('🖼', 'Image', () => openDialog('image'))}
      </div>
      <div
        ref={ref}
        class="editable"
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        onBlur={(event) => {
          if (!wrapper.current?.contains(event.relatedTarget as Node | null)) commit();
        }}
        onPaste={(event) => {
          // Paste as plain text: markup from elsewhere never enters the tree.
          event.preventDefault();
          document.execCommand('insertText', false, event.clipboardData?.getData('text/plain') ?? '');
        }}
      />
      {dialog ? (
        <form class="inline-form" onSubmit={apply} aria-label={dialog.kind === 'link' ? 'Insert link' : 'Insert image'}>
          <input aria-label={dialog.kind === 'link' ? 'Link URL' : 'Image URL'} value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} placeholder="https://…" />
          {dialog.kind === 'image' ? <input aria-label="Image description" value={alt} onInput={(e) => setAlt((e.currentTarget as HTMLInputElement).value)} placeholder="Describe the image" /> : null}
          <button type="submit">Insert</button>
          <button type="button" onClick={() => setDialog(null)}>Cancel</button>
          {error ? <p class="error" role="alert">{error}</p> : null}
        </form>
      ) : null}
    </div>
  );
}
