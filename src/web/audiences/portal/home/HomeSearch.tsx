import { Input, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSearch } from '../shared/api.ts';
import { useDebounced } from '../shared/hooks.ts';

/** The home page's search: live matches under the box while typing, Enter for the full list. */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  // While a Chinese input method is composing, the box holds pinyin letters: search only
  // what has been committed.
  const [committed, setCommitted] = useState('');
  const [composing, setComposing] = useState(false);
  const q = useDebounced(committed.trim(), 300);
  const live = useSearch({ q, pageSize: 5 }, q.length > 0);
  const go = (value: string) => {
    const s = value.trim();
    navigate(s ? `/portal/search?q=${encodeURIComponent(s)}` : '/portal/search');
  };
  const matches = q ? (live.data?.items ?? []) : [];

  return (
    <div role="search">
      <label htmlFor="portal-q" className="ow-small ow-muted">
        {t('portal.home.searchLabel')}
      </label>
      <Input.Search
        id="portal-q"
        size="large"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (!composing) setCommitted(e.target.value);
        }}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={(e) => {
          setComposing(false);
          setCommitted(e.currentTarget.value);
        }}
        onSearch={go}
        placeholder={t('portal.home.searchPlaceholder')}
        enterButton={t('portal.home.searchButton')}
        allowClear
        autoComplete="off"
        data-testid="portal-search"
      />
      <div aria-live="polite" className="ow-live">
        {q && live.isFetching && !live.data && <Spin size="small" />}
        {matches.length > 0 && (
          <ul className="ow-suggest" data-testid="portal-suggestions">
            {matches.map((i) => (
              <li key={i.itemId}>
                <Link to={`/portal/items/${i.itemId}`}>
                  {i.name}
                  {i.subItemName && <span className="ow-muted">（{i.subItemName}）</span>}
                </Link>
              </li>
            ))}
            {live.data && live.data.total > matches.length && (
              <li>
                <Link to={`/portal/search?q=${encodeURIComponent(q)}`}>{t('portal.search.total', { count: live.data.total })} →</Link>
              </li>
            )}
          </ul>
        )}
        {q && live.data && live.data.total === 0 && <p className="ow-small ow-muted">{t('portal.search.empty')}</p>}
      </div>
    </div>
  );
}
