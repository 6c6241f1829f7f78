import { useState } from 'preact/hooks';
import type { FieldSpec } from '../../../shared/policy/field-spec';

interface Props {
  readonly name: string;
  readonly spec: FieldSpec;
  readonly value: unknown;
  readonly disabled: boolean;
  readonly onChange: (value: unknown) => void;
}

/** One policy value as a form control: select, number, checkbox, text, or JSON for lists. */
export function FieldInput({ name, spec, value, disabled, onChange }: Props) {
  const id = `field-${name}`;
  switch (spec.kind) {
    case 'enum':
      return (
        <select id={id} name={name} disabled={disabled} value={String(value)} onChange={(e) => onChange(e.currentTarget.value)}>
          {spec.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      );
    case 'integer':
      return (
        <input id={id} name={name} type="number" min={spec.min} max={spec.max} disabled={disabled} value={String(value)}
          onChange={(e) => onChange(Number(e.currentTarget.value))} />
      );
    case 'boolean':
      return <input id={id} name={name} type="checkbox" disabled={disabled} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'string':
    case 'url':
      return (
        <input id={id} name={name} type="text" disabled={disabled} value={value === null ? '' : String(value)}
          onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)} />
      );
    default:
      return <JsonInput id={id} name={name} value={value} disabled={disabled} onChange={onChange} />;
  }
}

function JsonInput(props: { id: string; name: string; value: unknown; disabled: boolean; onChange: (value: unknown) => void }) {
  const [text, setText] = useState(JSON.stringify(props.value));
  const [invalid, setInvalid] = useState(false);
  return (
    <textarea
      id={props.id}
      name={props.name}
      disabled={props.disabled}
      aria-invalid={invalid}
      value={text}
      onInput={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        try {
          props.onChange(JSON.parse(next));
          setInvalid(false);
        } catch {
          setInvalid(true);
        }
      }}
    />
  );
}
