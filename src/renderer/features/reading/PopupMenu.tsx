import { useEffect, useRef } from 'react';

/** One entry of a popup menu. */
export interface MenuEntry {
  label: string;
  hint?: string;
  disabled?: boolean;
  onSelect(): void;
}

interface Props {
  label: string;
  at: { x: number; y: number };
  entries: MenuEntry[];
  onClose(): void;
}

/**
 * A small keyboard-operable menu at a point (context menu, "which annotation?" picker):
 * arrows move, Enter chooses, Escape closes, focus returns to where it was.
 */
export function PopupMenu({ label, at, entries, onClose }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    list.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const outside = (e: MouseEvent) => {
      if (!list.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => {
      document.removeEventListener('mousedown', outside);
      previous?.focus?.();
    };
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
  };

  return (
    <ul
      className="popup-menu"
      role="menu"
      aria-label={label}
      ref={list}
      style={{ left: Math.max(4, Math.min(at.x, window.innerWidth - 260)), top: Math.max(4, Math.min(at.y, window.innerHeight - 40 * entries.length - 8)) }}
      onKeyDown={onKeyDown}
    >
      {entries.map((entry, i) => (
        <li
          key={i}
          role="menuitem"
          tabIndex={-1}
          aria-disabled={entry.disabled || undefined}
          onClick={() => {
            if (entry.disabled) return;
            onClose();
            entry.onSelect();
          }}
          onKeyDown={(e) => {
            if ((e.key === 'Enter' || e.key === ' ') && !entry.disabled) {
              e.preventDefault();
              onClose();
              entry.onSelect();
            }
          }}
        >
          <span>{entry.label}</span>
          {entry.hint && <kbd>{entry.hint}</kbd>}
        </li>
      ))}
    </ul>
  );
}
