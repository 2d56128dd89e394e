/** Notices (bad link values, failed loads) shown as dismissible messages; the map stays as it was. */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';

/** The notice stack. */
export function NoticePanel() {
  const t = useT();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.noticeActions.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.level}`}>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
