// The embed page's form: one control per option in the description (guides/options.json), of
// the kind the option takes, filled from the page's address (embed-code.html?guide=spotify).
// Built with DOM calls: guide names are only ever text.

/** A colour the swatch can show: `#rrggbb` (the widget also takes `#rgb`, which it cannot). */
const SWATCH_COLOUR = /^#[0-9a-f]{6}$/i;

function el(tag, properties = {}, ...children) {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}

/** A select of `choices` (`{ value, label }`), `selected` chosen. */
function select(id, name, choices, selected) {
  const control = el('select', { id, name });
  for (const { value, label } of choices) control.append(new Option(label, value, false, value === selected));
  return control;
}

/** The control for one option, and a hint where the value has a form to follow. */
function control(option, id, given, description) {
  switch (option.kind) {
    case 'guide': {
      const guides = description.guides.map((g) => ({ value: g.id, label: g.service }));
      return [select(id, option.key, guides, given ?? guides[0]?.value)];
    }
    case 'choice':
      return [select(id, option.key, option.choices, given ?? option.default)];
    case 'link':
      return [
        el('input', { id, name: option.key, type: 'url', value: given ?? '', placeholder: 'https://example.com/report?guide={guide}', spellcheck: false }),
        'Optional. {guide}, {step} and {verified} in it are filled in.',
      ];
    case 'colour': {
      const text = el('input', { id, name: option.key, value: given ?? '', placeholder: '#0b57d0', size: 8, spellcheck: false });
      const swatch = el('input', { type: 'color', value: SWATCH_COLOUR.test(given ?? '') ? given : '#0b57d0' });
      swatch.setAttribute('aria-label', `${option.label}: pick`);
      // Either sets the other; the text box is what the form reads, and may stay empty.
      swatch.addEventListener('input', () => {
        text.value = swatch.value;
        text.dispatchEvent(new Event('input', { bubbles: true }));
      });
      text.addEventListener('input', () => {
        if (SWATCH_COLOUR.test(text.value.trim())) swatch.value = text.value.trim();
      });
      return [el('span', { className: 'embed-colour' }, text, swatch), 'Optional. Written #rgb or #rrggbb.'];
    }
    default:
      return [el('input', { id, name: option.key, value: given ?? '' })];
  }
}

/** One labelled field per option, in the description's order. */
export function formFor(description, params) {
  return description.options.map((option) => {
    const id = `option-${option.key}`;
    const [input, hint] = control(option, id, params.get(option.key) ?? undefined, description);
    const field = el('p', { className: 'embed-option' }, el('label', { htmlFor: id, textContent: option.label }), input);
    if (hint) {
      const note = el('span', { className: 'embed-hint', id: `${id}-hint`, textContent: hint });
      field.append(note);
      field.querySelector(`#${id}`).setAttribute('aria-describedby', note.id);
    }
    return field;
  });
}

/** The form's values by option key, as the snippets take them. */
export function valuesOf(form, description) {
  const data = new FormData(form);
  return Object.fromEntries(description.options.map((option) => [option.key, String(data.get(option.key) ?? '').trim()]));
}
