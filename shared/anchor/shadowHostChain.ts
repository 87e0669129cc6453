import { hostSelector } from './hostSelector.ts';

/** Selectors of the open shadow hosts above the element, outermost first. */
export function shadowHostChain(element: Element): string[] {
  const hosts: string[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    hosts.unshift(hostSelector(root.host));
    root = root.host.getRootNode();
  }
  return hosts;
}
