import { useTranslation } from 'react-i18next';

/** Archival rows name their source; rows made up to fill gaps say so. */
export function ProvenanceTag({ row }: { row: { synthetic?: boolean; sourceId?: string } }) {
  const { t } = useTranslation();
  if (row.synthetic) return <span className="tag synthetic">{t('provenance.synthetic')}</span>;
  if (row.sourceId)
    return (
      <span className="tag archival" title={t('provenance.sourceTitle', { source: row.sourceId })}>
        {t('provenance.archival')}: {row.sourceId}
      </span>
    );
  return null;
}

export function RestrictedTag({ restricted }: { restricted: boolean }) {
  const { t } = useTranslation();
  return restricted ? <span className="tag restricted">{t('common.restricted')}</span> : null;
}
