// One labelled text field with its help and error wired for assistive tech.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  error?: string;
  help?: string;
  type?: 'text' | 'email';
  autocomplete?: string;
  required?: boolean;
  multiline?: boolean;
  onInput: (value: string) => void;
}

export function textField(o: TextFieldOptions) {
  const described = [o.help ? `${o.id}-help` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        id=${o.id}
        name=${o.id}
        class="input"
        rows="3"
        .value=${live(o.value)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${o.id}
        name=${o.id}
        class="input"
        type=${o.type ?? 'text'}
        autocomplete=${ifDefined(o.autocomplete)}
        ?required=${o.required}
        aria-required=${o.required ? 'true' : nothing}
        .value=${live(o.value)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${onInput}
      />`;
  return html`<div class="field">
    <label class="field-label" for=${o.id}>${o.label}</label>
    ${control} ${o.help ? html`<p class="field-help" id="${o.id}-help">${o.help}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id="${o.id}-error">${o.error}</p>` : nothing}
  </div>`;
}

/** A simple email check for instant feedback; the server has the last word. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
