// 样表 and 空白表格 of one draft material: list, upload (checked by the server), remove.
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Modal, Space, Typography, Upload } from 'antd';
import { MATERIAL_FILE_MAX_BYTES, type MaterialFileInfo, type MaterialFileKind } from '../../../../../domain/catalog/index.ts';
import { errorText } from '../../shared/serverErrors.ts';
import { staffFileUrl, useFileCommands } from '../files-api.ts';
import type { MaterialRow } from '../types.ts';

const kinds: [MaterialFileKind, string][] = [
  ['blank', '空白表格'],
  ['sample', '样表（填写示例）'],
];
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

interface Props {
  versionId: string;
  material: MaterialRow;
  files: MaterialFileInfo[];
  onClose: () => void;
}

export function MaterialFilesModal({ versionId, material, files, onClose }: Props) {
  const { message, modal } = App.useApp();
  const { upload, remove } = useFileCommands();

  const send = async (kind: MaterialFileKind, file: File) => {
    if (file.size > MATERIAL_FILE_MAX_BYTES) return void message.error('文件不能超过 5 MB，请压缩后再上传');
    try {
      await upload.mutateAsync({ versionId, materialId: material.id, kind, file });
      message.success(`已上传：${file.name}`);
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const drop = (f: MaterialFileInfo) =>
    modal.confirm({
      title: `删除文件“${f.fileName}”？`,
      okButtonProps: { danger: true },
      okText: '删除',
      cancelText: '取消',
      onOk: async () => {
        try {
          await remove.mutateAsync(f.id);
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  return (
    <Modal open title={`“${material.name}”的样表和空白表格`} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>} width={640}>
      <Typography.Paragraph type="secondary">支持 PDF、Word、Excel、JPG/PNG，单个文件不超过 5 MB。发布后群众可在网上办事大厅下载。</Typography.Paragraph>
      {kinds.map(([kind, label]) => (
        <div key={kind} style={{ marginBottom: 16 }} data-testid={`material-files-${kind}`}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{label}</Typography.Text>
            <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => (void send(kind, file), false)}>
              <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
                上传
              </Button>
            </Upload>
          </Space>
          <List
            size="small"
            bordered
            locale={{ emptyText: '暂无文件' }}
            dataSource={files.filter((f) => f.kind === kind)}
            renderItem={(f) => (
              <List.Item actions={[<Button key="d" type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => drop(f)} aria-label={`删除 ${f.fileName}`} />]}>
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
