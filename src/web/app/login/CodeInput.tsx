import { Input } from 'antd';

// A plain six-digit field rather than six boxes: password managers, authenticator autofill
// and pasting all work with one input.
export function CodeInput(props: { value?: string; onChange?: (v: string) => void; autoFocus?: boolean; 'data-testid'?: string }) {
  return (
    <Input
      value={props.value}
      onChange={(e) => props.onChange?.(e.target.value.replace(/\D/g, '').slice(0, 6))}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      autoFocus={props.autoFocus}
      placeholder="000000"
      style={{ fontSize: 24, letterSpacing: 8, textAlign: 'center', fontFamily: 'monospace' }}
      data-testid={props['data-testid']}
    />
  );
}

export const codeRule = (message: string) => ({ pattern: /^\d{6}$/, required: true, message });
