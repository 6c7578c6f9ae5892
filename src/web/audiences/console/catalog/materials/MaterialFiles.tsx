// 样表 and 空白表格 of one draft material: list, upload (checked by the server), remove.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Modal, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_FILE_MAX_BYTES, type MaterialFileInfo, type MaterialFileKind } from '../../../../../domain/catalog/index.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { staffFileUrl, useFileCommands } from '../files-api.ts';
import type { MaterialRow } from '../types.ts';

const kinds: MaterialFileKind[] = ['blank', 'sample'];
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

interface Props {
  versionId: string;
  material: MaterialRow;
  files: MaterialFileInfo[];
  onClose: () => void;
}

export function MaterialFilesModal({ versionId, material, files, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { upload, remove } = useFileCommands();

  const send = async (kind: MaterialFileKind, file: File) => {
    if (file.size > MATERIAL_FILE_MAX_BYTES) return void message.error(t('console.catalog.files.tooLarge'));
    try {
      await upload.mutateAsync({ versionId, materialId: material.id, kind, file });
      message.success(t('console.catalog.files.uploaded', { name: file.name }));
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const drop = (f: MaterialFileInfo) =>
    modal.confirm({
      title: t('console.catalog.files.confirmDelete', { name: f.fileName }),
      okButtonProps: { danger: true },
      okText: t('console.catalog.files.delete'),
      cancelText: t('console.common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync(f.id);
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  return (
    <Modal open title={t('console.catalog.files.title', { name: material.name })} onCancel={onClose} footer={<Button onClick={onClose}>{t('console.catalog.files.close')}</Button>} width={640}>
      <Typography.Paragraph type="secondary">{t('console.catalog.files.hint')}</Typography.Paragraph>
      {kinds.map((kind) => (
        <div key={kind} style={{ marginBottom: 16 }} data-testid={`material-files-${kind}`}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t(`console.catalog.files.${kind}`)}</Typography.Text>
            <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => (void send(kind, file), false)}>
              <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
                {t('console.catalog.files.upload')}
              </Button>
            </Upload>
          </Space>
          <List
            size="small"
            bordered
            locale={{ emptyText: t('console.catalog.files.empty') }}
            dataSource={files.filter((f) => f.kind === kind)}
            renderItem={(f) => (
              <List.Item actions={[<Button key="d" type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => drop(f)} aria-label={t('console.catalog.files.deleteFile', { name: f.fileName })} />]}>
                <a href={staffFileUrl(f.id)} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {f.fileName}
                </a>
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {size(f.size)}
                </Typography.Text>
              </List.Item>
            )}
          />
        </div>
      ))}
    </Modal>
  );
}
