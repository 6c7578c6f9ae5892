import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/serverErrors.ts';
import { useCatalogCommands } from '../api.ts';
import { MaterialsTable } from '../guide/MaterialsTable.tsx';
import type { MaterialRow } from '../types.ts';
import { MaterialFilesModal } from './MaterialFiles.tsx';
import { MaterialModal } from './MaterialModal.tsx';
import type { MaterialFileInfo } from '../../../../../domain/catalog/index.ts';

/**
 * 申请材料 of a draft. Each change is saved at once (its own API call), apart from the guide
 * form's save button, so a material is never lost to an unsaved form.
 */
export function MaterialEditor({ versionId, materials, files = [] }: { versionId: string; materials: MaterialRow[]; files?: MaterialFileInfo[] }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { removeMaterial } = useCatalogCommands();
  const [editing, setEditing] = useState<{ material?: MaterialRow } | null>(null);
  const [filesOf, setFilesOf] = useState<MaterialRow | null>(null);

  const remove = (m: MaterialRow) =>
    modal.confirm({
      title: t('console.catalog.materials.confirmDelete', { name: m.name }),
      okText: t('console.catalog.materials.delete'),
      okButtonProps: { danger: true },
      cancelText: t('console.common.cancel'),
      onOk: async () => {
        try {
          await removeMaterial.mutateAsync(m.id);
          message.success(t('console.catalog.materials.deleted'));
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="material-editor">
      <MaterialsTable
        materials={materials}
        actions={(m) => (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing({ material: m as MaterialRow })}>
              {t('console.common.edit')}
            </Button>
            <Button type="link" size="small" onClick={() => setFilesOf(m as MaterialRow)} data-testid="material-files">
              文件（{files.filter((f) => f.materialId === (m as MaterialRow).id).length}）
            </Button>
            <Button type="link" size="small" danger onClick={() => remove(m as MaterialRow)}>
              {t('console.catalog.materials.delete')}
            </Button>
          </Space>
        )}
      />
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => setEditing({})}
        disabled={materials.length >= 100}
        data-testid="material-add"
      >
        {t('console.catalog.materials.add')}
      </Button>
      {filesOf && (
        <MaterialFilesModal versionId={versionId} material={filesOf} files={files.filter((f) => f.materialId === filesOf.id)} onClose={() => setFilesOf(null)} />
      )}
      {editing && <MaterialModal versionId={versionId} material={editing.material} onClose={() => setEditing(null)} />}
    </Space>
  );
}
