import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Content } from '../../../shared/schema/content.ts';
import { isSafeUrl } from '../../../shared/schema/safeUrl.ts';
import { contentToDom } from './contentToDom.ts';
import { domToContent } from './domToContent.ts';
import type { IconNode } from 'lucide';
import { Bold, Code, Heading1, Heading2, Heading3, ImageIcon, Italic, Link, List, ListOrdered, Pilcrow, Underline } from '../ui/icons.ts';
import { Icon } from '../ui/Icon.tsx';

type Dialog =
  | { kind: 'link'; range: Range | null; target: HTMLAnchorElement | null }
  | { kind: 'image'; range: Range | null; target: HTMLImageElement | null }
  | null;

const positiveInt = (raw: string): number | undefined => {
  const n = Number(raw);
  return raw.trim() !== '' && Number.isInteger(n) && n > 0 && n <= 2000 ? n : undefined;
};

/**
 * Rich text editor for a step's content: bold, italic, underline, code, headings 1–3, lists, links
 * (optionally opening in a new tab) and images (alt text, width, height; click one to edit it), edited
 * in place and read back into the content tree on every commit (the tree is what is stored).
 */
export function ContentEditor({ label, value, onCommit }: { label: string; value: Content | undefined; onCommit: (content: Content) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [url, setUrl] = useState('');
  const [alt, setAlt] = useState('');
  const [newTab, setNewTab] = useState(false);
  const [width, setWidth] = useState('');
  const [height, setHeight] = useState('');
  const [error, setError] = useState('');
  const last = useRef('');
  const clickedImage = useRef<HTMLImageElement | null>(null);

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

  const selectedRange = () => {
    const selection = document.getSelection();
    return selection && selection.rangeCount && ref.current?.contains(selection.anchorNode) ? selection.getRangeAt(0).cloneRange() : null;
  };

  /** Wraps the selection in <code>, or unwraps the code element the selection is in (execCommand has no code mark). */
  const toggleCode = () => {
    const editor = ref.current;
    const range = selectedRange();
    if (!editor || !range) return;
    const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const inside = start?.closest('code');
    if (inside && editor.contains(inside)) inside.replaceWith(...Array.from(inside.childNodes));
    else if (!range.collapsed) {
      const code = document.createElement('code');
      code.append(range.extractContents());
      range.insertNode(code);
    }
    commit();
  };

  const openDialog = (kind: 'link' | 'image') => {
    const range = selectedRange();
    const node = range ? (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement) : null;
    const link = kind === 'link' ? (node?.closest('a') ?? null) : null;
    const image = kind === 'image' && clickedImage.current && ref.current?.contains(clickedImage.current) ? clickedImage.current : null;
    setUrl(link?.getAttribute('href') ?? image?.getAttribute('src') ?? '');
    setNewTab(link?.target === '_blank');
    setAlt(image?.alt ?? '');
    setWidth(image?.getAttribute('width') ?? '');
    setHeight(image?.getAttribute('height') ?? '');
    setError('');
    setDialog(kind === 'link' ? { kind, range, target: link && ref.current?.contains(link) ? link : null } : { kind, range, target: image });
  };

  const setSize = (img: HTMLImageElement) => {
    const w = positiveInt(width);
    const h = positiveInt(height);
    if (w) img.setAttribute('width', String(w));
    else img.removeAttribute('width');
    if (h) img.setAttribute('height', String(h));
    else img.removeAttribute('height');
  };

  const apply = (event: Event) => {
    event.preventDefault();
    if (!dialog) return;
    if (!url || !isSafeUrl(url)) return setError('Use an http(s), mailto or relative URL.');
    if (dialog.kind === 'image' && ((width.trim() && !positiveInt(width)) || (height.trim() && !positiveInt(height)))) return setError('Width and height are whole pixels from 1 to 2000.');
    if (dialog.target) {
      if (dialog.target instanceof HTMLAnchorElement) {
        dialog.target.setAttribute('href', url);
        if (newTab) dialog.target.target = '_blank';
        else dialog.target.removeAttribute('target');
      } else {
        dialog.target.setAttribute('src', url);
        dialog.target.alt = alt;
        setSize(dialog.target);
      }
      setDialog(null);
      return commit();
    }
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
        if (newTab) a.target = '_blank';
        range.insertNode(a);
      } else {
        document.execCommand('createLink', false, url);
        const node = document.getSelection()?.anchorNode;
        const created = (node instanceof Element ? node : node?.parentElement)?.closest('a') ?? editor.querySelector(`a[href="${CSS.escape(url)}"]`);
        if (created && newTab) created.setAttribute('target', '_blank');
      }
    } else {
      const img = document.createElement('img');
      img.src = url;
      img.alt = alt;
      setSize(img);
      range.collapse(false);
      range.insertNode(img);
    }
    setDialog(null);
    commit();
  };

  const tool = (text: string | IconNode, title: string, action: () => void) => (
    <button type="button" class="tool" title={title} aria-label={title} onMouseDown={(e) => e.preventDefault()} onClick={action}>{typeof text === 'string' ? text : <Icon icon={text} size={15} />}</button>
  );

  return (
    <div class="wm-field content-editor" ref={wrapper}>
      <span class="wm-field__label" id={labelId}>{label}</span>
      <div class="toolbar" role="toolbar" aria-label={`${label} formatting`}>
        {tool(Bold, 'Bold', () => command('bold'))}
        {tool(Italic, 'Italic', () => command('italic'))}
        {tool(Underline, 'Underline', () => command('underline'))}
        {tool(Code, 'Code', toggleCode)}
        {tool(Heading1, 'Heading 1', () => command('formatBlock', 'h1'))}
        {tool(Heading2, 'Heading', () => command('formatBlock', 'h2'))}
        {tool(Heading3, 'Heading 3', () => command('formatBlock', 'h3'))}
        {tool(Pilcrow, 'Paragraph', () => command('formatBlock', 'p'))}
        {tool(List, 'Bulleted list', () => command('insertUnorderedList'))}
        {tool(ListOrdered, 'Numbered list', () => command('insertOrderedList'))}
        {tool(Link, 'Link', () => openDialog('link'))}
        {tool(ImageIcon, 'Image', () => openDialog('image'))}
      </div>
      <div
        ref={ref}
        class="editable"
        contentEditable
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        onClick={(event) => {
          clickedImage.current = event.target instanceof HTMLImageElement ? event.target : null;
        }}
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
        <form class="inline-form" onSubmit={apply} aria-label={`${dialog.target ? 'Edit' : 'Insert'} ${dialog.kind}`}>
          <input aria-label={dialog.kind === 'link' ? 'Link URL' : 'Image URL'} value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} placeholder="https://…" />
          {dialog.kind === 'link' ? (
            <label class="checkbox"><input type="checkbox" checked={newTab} onChange={(e) => setNewTab((e.currentTarget as HTMLInputElement).checked)} />Open in a new tab</label>
          ) : (
            <>
              <input aria-label="Image description" value={alt} onInput={(e) => setAlt((e.currentTarget as HTMLInputElement).value)} placeholder="Describe the image" />
              <input aria-label="Image width (px)" type="number" min={1} max={2000} value={width} onInput={(e) => setWidth((e.currentTarget as HTMLInputElement).value)} placeholder="width" />
              <input aria-label="Image height (px)" type="number" min={1} max={2000} value={height} onInput={(e) => setHeight((e.currentTarget as HTMLInputElement).value)} placeholder="height" />
            </>
          )}
          <button type="submit" class="wm-btn wm-btn--primary wm-btn--sm">{dialog.target ? 'Apply' : 'Insert'}</button>
          <button type="button" class="wm-btn wm-btn--ghost wm-btn--sm" onClick={() => setDialog(null)}>Cancel</button>
          {error ? <p class="error" role="alert">{error}</p> : null}
        </form>
      ) : null}
    </div>
  );
}
