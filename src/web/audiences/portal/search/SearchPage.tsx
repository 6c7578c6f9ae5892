import { Empty, Input, Pagination, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { themes } from '../../../../domain/catalog/code-tables.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useSearch } from '../shared/api.ts';
import { useFormat } from '../shared/format.ts';
import { useDebounced, useDocumentTitle } from '../shared/hooks.ts';
import { BundleSection } from '../bundle/BundleSection.tsx';
import { ItemCard } from './ItemCard.tsx';
import { SearchFilters } from './SearchFilters.tsx';
import { usePinyinMatches } from './usePinyinMatches.ts';
import { ALL_PAGE_SIZE, PAGE_SIZE, useSearchState } from './useSearchState.ts';

export function SearchPage() {
  const { t } = useTranslation();
  const { label } = useFormat();
  const { state, update, filtered } = useSearchState();
  const [text, setText] = useState(state.q ?? '');
  const [composing, setComposing] = useState(false);
  const typed = useDebounced(text.trim(), 400);

  // Typing updates the address (replacing, so Back leaves the search); Back/Forward update the box.
  useEffect(() => {
    if (!composing && typed !== (state.q ?? '')) update({ q: typed || undefined }, { replace: true });
  }, [typed, composing]);
  useEffect(() => setText((cur) => (cur.trim() === (state.q ?? '') ? cur : (state.q ?? ''))), [state.q]);

  // A body without a department record is filtered here, over the whole (small) catalog.
  const { body, ...server } = state;
  const results = useSearch(body ? { ...server, page: 1, pageSize: ALL_PAGE_SIZE } : { ...server, pageSize: PAGE_SIZE });
  const rows = body ? (results.data?.items ?? []).filter((i) => i.implementingBody === body) : (results.data?.items ?? []);
  const total = body ? rows.length : (results.data?.total ?? 0);
  const pinyin = usePinyinMatches(state);
  const extra = (pinyin.data ?? []).filter((p) => !rows.some((r) => r.itemId === p.itemId));

  const heading = state.q ? t('portal.search.resultsFor', { q: state.q }) : state.theme ? label(themes, state.theme) : (body ?? t('portal.search.title'));
  useDocumentTitle(heading, t('portal.title'));

  return (
    <>
      <section className="ow-panel">
        <h1 style={{ marginBottom: 10 }}>{heading}</h1>
        <div role="search">
          <label htmlFor="portal-search-q" className="ow-small ow-muted" style={{ display: 'block', marginBottom: 4 }}>
            {t('portal.home.searchLabel')}
          </label>
          <Input.Search
            id="portal-search-q"
            size="large"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onCompositionStart={() => setComposing(true)}
            onCompositionEnd={() => setComposing(false)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            placeholder={t('portal.home.searchPlaceholder')}
            enterButton={t('portal.home.searchButton')}
            allowClear
            autoComplete="off"
            data-testid="portal-search"
          />
        </div>
        <SearchFilters state={state} update={update} filtered={filtered} />
      </section>

      {state.q && <BundleSection q={state.q} />}
      <ErrorAlert error={results.error} style={{ marginBottom: 12 }} />
      <p className="ow-muted ow-small" aria-live="polite" style={{ margin: '0 2px 8px' }} data-testid="portal-total">
        {results.data ? t('portal.search.total', { count: total }) : t('portal.loading')}
      </p>
      {results.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : rows.length === 0 && extra.length === 0 ? (
        <Empty description={t('portal.search.empty')} className="ow-panel" />
      ) : (
        <ul className="ow-results ow-plain" style={{ opacity: results.isPlaceholderData ? 0.6 : 1 }}>
          {rows.map((i) => (
            <ItemCard key={i.itemId} item={i} />
          ))}
        </ul>
      )}
      {!body && total > PAGE_SIZE && (
        <Pagination
          style={{ marginTop: 16, justifyContent: 'center' }}
          current={state.page}
          pageSize={PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          onChange={(page) => {
            update({ page });
            window.scrollTo({ top: 0 });
          }}
        />
      )}
      {extra.length > 0 && (
        <section aria-labelledby="portal-pinyin" style={{ marginTop: 16 }}>
          <h2 id="portal-pinyin" className="ow-small ow-muted" style={{ marginBottom: 8 }}>
            {t('portal.search.pinyin')}
          </h2>
          <ul className="ow-results ow-plain">
            {extra.map((i) => (
              <ItemCard key={i.itemId} item={i} level={3} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
