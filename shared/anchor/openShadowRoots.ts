/** Every open shadow root in the document, nested ones included (one pass over the elements of each tree). */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const pending: Array<Document | ShadowRoot> = [doc];
  while (pending.length > 0) {
    const scope = pending.pop()!;
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const root = (node as Element).shadowRoot;
      if (root) {
        roots.push(root);
        pending.push(root);
      }
    }
  }
  return roots;
}
