// Building DOM nodes safely: text goes in as text nodes only, never through innerHTML.

type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  /** Plain attributes; event-handler attributes (`on…`) are refused, links go through `safeUrl`. */
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`el: event attribute ${name} is not allowed`);
    node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replaces an element's text; what a school typed stays characters on screen. */
export function setText(node: Element, text: string): void {
  node.textContent = text;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`panel: #${id} is missing from the page`);
  return node as T;
}

/** Only web links may become an href: a `javascript:` URL from a sheet must never run. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, 'https://invalid.invalid/');
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    if (parsed.hostname === 'invalid.invalid') return null; // relative: not a link Apps Script would give
    return parsed.href;
  } catch {
    return null;
  }
}
