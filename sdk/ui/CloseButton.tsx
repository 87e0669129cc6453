export function CloseButton({ onClose, label = 'Close' }: { onClose: () => void; label?: string }) {
  return (
    <button type="button" class="wm-close" aria-label={label} data-wm-close="" onClick={onClose}>
      ×
    </button>
  );
}
