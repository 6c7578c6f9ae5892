// Catalog calls outside the guide form: material files (raw-body upload) and center settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import type { MaterialFileInfo, MaterialFileKind } from '../../../../domain/catalog/index.ts';
import { api, ApiError, type ApiErrorBody } from '../../../api/client.ts';
import type { CatalogSettings } from '../../../../contract/catalog.ts';

export type { CatalogSettings };

/** The file's bytes as the body; the server checks its type by content. */
async function uploadFile(versionId: string, materialId: string, kind: MaterialFileKind, file: File): Promise<MaterialFileInfo> {
  const url = `/api/v1/catalog/versions/${versionId}/materials/${materialId}/files?kind=${kind}&name=${encodeURIComponent(file.name)}`;
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/octet-stream', 'accept-language': i18n.language?.startsWith('en') ? 'en' : 'zh-CN' },
    body: file,
  });
  const data = await res.json().catch(() => ({ code: 'INTERNAL', message: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, data as ApiErrorBody);
  return data as MaterialFileInfo;
}

export const staffFileUrl = (id: string) => `/api/v1/catalog/files/${id}`;

export function useFileCommands() {
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['/catalog'] });
  return {
    upload: useMutation({
      mutationFn: (a: { versionId: string; materialId: string; kind: MaterialFileKind; file: File }) => uploadFile(a.versionId, a.materialId, a.kind, a.file),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: (id: string) => api<void>(`/catalog/files/${id}`, { method: 'DELETE' }), onSuccess: refresh }),
  };
}

export function useCatalogSettings(centerId: string | undefined) {
  return useQuery({
    queryKey: ['/catalog', 'settings', centerId],
    queryFn: () => api<CatalogSettings>('/catalog/settings', { query: { centerId } }),
  });
}

export function useSaveCatalogSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ centerId, pct }: { centerId: string; pct: number | null }) =>
      api<CatalogSettings>(`/catalog/settings/${centerId}`, { method: 'PUT', body: { promisedReductionPct: pct } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['/catalog'] }),
  });
}
