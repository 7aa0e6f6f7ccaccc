type Child = Node | string | false | null | undefined;

/** An element with attributes (`hidden: true` sets a boolean one; `false`/`undefined` leave it out) and children. */
export function h(
  tag: string,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A select's options, keeping the chosen value where it is still offered. */
export function setOptions(
  select: HTMLSelectElement,
  options: ReadonlyArray<[value: string, label: string]>,
): void {
  const chosen = select.value;
  select.replaceChildren(...options.map(([value, label]) => h('option', { value }, label)));
  if (options.some(([value]) => value === chosen)) select.value = chosen;
}
