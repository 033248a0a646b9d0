// Sets inline style properties through CSSOM only. Lit's `styleMap` writes its first value
// as a `style` attribute string, which a `style-src 'self'` CSP blocks; setProperty is allowed.
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | null | undefined>>;

class StyleProps extends Directive {
  /** The properties set last time, removed when a render leaves them out. */
  #previous: string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps belongs in an element position: <div ${styleProps({...})}>');
  }

  render(_props: Props) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (props[name] == null) style.removeProperty(name);
    this.#previous = Object.keys(props).filter((name) => props[name] != null);
    for (const name of this.#previous) if (style.getPropertyValue(name) !== props[name]) style.setProperty(name, props[name]!);
    return noChange;
  }
}

/** `<div ${styleProps({ transform: 'translateY(40px)', '--_cols': '1fr 2fr' })}>` */
export const styleProps = directive(StyleProps);
