// Sets inline style properties through CSSOM only. Lit's `styleMap` writes its first value
// as a `style` attribute string, which a `style-src 'self'` CSP blocks; setProperty is allowed.
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | null | undefined>>;

class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps belongs in an element position: <div ${styleProps({...})}>');
  }

  render(_props: Props) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/** `<div ${styleProps({ transform: 'translateY(40px)', '--_cols': '1fr 2fr' })}>` */
export const styleProps = directive(StyleProps);
