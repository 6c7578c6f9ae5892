import { Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router';

/** A link that looks like a button: one <a> (no button inside a link), followed inside the app. */
export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const navigate = useNavigate();
  return (
    <Button
      {...props}
      href={to}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        void navigate(to);
      }}
    />
  );
}
