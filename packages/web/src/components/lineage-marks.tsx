import { useTranslation } from 'react-i18next';
import type { Decision } from '../api/types.ts';
import { bodyPath, href } from '../router.ts';

/** "amended by 47/2", "revoked by 47/3" and, where an amendment replaced it, the wording in force: one rendering for the register and the protocol. */
export function LineageMarks({ bodyId, d, withWording = false }: { bodyId: string; d: Decision; withWording?: boolean }) {
  const { t } = useTranslation();
  const l = d.lineage;
  if (!l || (l.amendedBy.length === 0 && !l.revokedBy && !l.amends && !l.revokes)) return null;
  const link = (id: string, label: string) => (
    <a key={id} href={href(bodyPath(bodyId, 'decision', id))}>
      {label}
    </a>
  );
  return (
    <span className="small" data-testid="lineage">
      {l.amends && <span className="tag">{t('item.amends')} {link(l.amends.id, l.amends.label)}</span>}
      {l.revokes && <span className="tag">{t('item.revokes')} {link(l.revokes.id, l.revokes.label)}</span>}
      {l.amendedBy.length > 0 && (
        <span className="tag">
          {t('item.amendedBy')} {l.amendedBy.map((r, i) => [i > 0 ? ', ' : '', link(r.id, r.label)])}
        </span>
      )}
      {l.revokedBy && (
        <span className="tag">
          {t('item.revokedBy')} {link(l.revokedBy.id, l.revokedBy.label)}
        </span>
      )}
      {withWording && l.currentFrom && (
        <span className="muted" data-testid="lineage-current">
          {' '}
          {t('item.current')}: {l.current} ({t('item.asAmendedBy', { label: l.currentFrom.label })})
        </span>
      )}
    </span>
  );
}
