// Step 3 of the wizard and the correction screen: each material of each item with its files;
// a photo from the camera or a file from the phone (with progress), remove, and 使用已有材料.
import { CameraOutlined, DeleteOutlined, FileImageOutlined, FilePdfOutlined, HistoryOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, List, Popconfirm, Progress, Skeleton, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './online.css';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { fileUrl, useRemoveFile, useReusable, useReuse, useUpload, type OnlineApplicationDetail, type OnlineFileView, type OnlineMaterialView, type ReusableMaterialView } from './api.ts';
import { fileKind, sizeText, UPLOAD_ACCEPT, uploadProblem } from './wizard.ts';

/** Until the server says otherwise (ONLINE-API-CHANGES item 2). */
export const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

interface Uploading {
  key: string;
  name: string;
  percent: number;
}

function FileRow({ app, file, canEdit }: { app: OnlineApplicationDetail; file: OnlineFileView; canEdit: boolean }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.materials' });
  const remove = useRemoveFile(app.id);
  const Icon = fileKind(file.mime) === 'pdf' ? FilePdfOutlined : FileImageOutlined;
  return (
    <li className="ow-apply-file" data-testid="apply-file">
      <a href={fileUrl(app.id, file.id)} target="_blank" rel="noreferrer" aria-label={t('open', { name: file.name })}>
        <Icon aria-hidden /> <span className="ow-apply-file-name">{file.name}</span>
      </a>
      <span className="ow-small ow-muted">
        {sizeText(file.size)}
        {file.reusedFrom && <Tag style={{ marginLeft: 6 }}>{t('reused')}</Tag>}
      </span>
      {canEdit && (
        <Popconfirm title={t('removeConfirm', { name: file.name })} okText={t('remove')} cancelText={t('cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync(file.id)}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeFile', { name: file.name })} loading={remove.isPending} data-testid="apply-file-remove" />
        </Popconfirm>
      )}
    </li>
  );
}

function ReuseDrawer({ app, itemId, material, onClose }: { app: OnlineApplicationDetail; itemId: string; material: OnlineMaterialView; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.materials' });
  const list = useReusable(material.materialId);
  const reuse = useReuse(app.id);
  const use = async (r: ReusableMaterialView) => {
    await reuse.mutateAsync({ itemId, materialId: material.materialId, source: r.kind === 'file' ? { kind: 'file', fileId: r.id } : { kind: 'certificate', certificateId: r.id } });
    onClose();
  };
  return (
    <Drawer open placement="bottom" size="large" title={t('reuseTitle')} onClose={onClose} data-testid="apply-reuse">
      <p className="ow-small ow-muted" style={{ marginBottom: 12 }}>
        {t('reuseHint')}
      </p>
      {reuse.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(reuse.error, t('reuseEmpty'))} />}
      {list.isPending ? (
        <Skeleton active />
      ) : (list.data?.items ?? []).length === 0 ? (
        <Empty description={t('reuseEmpty')} />
      ) : (
        <List
          dataSource={list.data!.items}
          renderItem={(r) => (
            <List.Item
              actions={[
                <Button key="use" type="primary" onClick={() => void use(r).catch(() => {})} loading={reuse.isPending} data-testid="apply-reuse-use">
                  {t('use')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={r.name}
                description={[r.kind === 'certificate' ? `${t('reuseCertificate')} ${r.certificateNumber ?? ''}` : `${t('reuseFile')}${r.materialName ? `（${r.materialName}）` : ''}`, formatDateTime(r.at)].join(' · ')}
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}

function MaterialBlock({ app, itemId, material, canEdit, maxBytes }: { app: OnlineApplicationDetail; itemId: string; material: OnlineMaterialView; canEdit: boolean; maxBytes: number }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.materials' });
  const upload = useUpload(app.id);
  const [uploading, setUploading] = useState<Uploading[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [reusing, setReusing] = useState(false);
  const files = app.files.filter((f) => f.itemId === itemId && f.materialId === material.materialId);
  const mb = Math.round(maxBytes / 1024 / 1024);

  const send = async (file: File) => {
    const bad = uploadProblem(file, maxBytes);
    if (bad) return setProblem(t(bad === 'size' ? 'tooLarge' : 'badType', { name: file.name, mb }));
    setProblem(null);
    const key = `${file.name}-${Date.now()}-${Math.random()}`;
    setUploading((u) => [...u, { key, name: file.name, percent: 0 }]);
    try {
      await upload(itemId, material.materialId, file, (percent) => setUploading((u) => u.map((x) => (x.key === key ? { ...x, percent } : x))));
    } catch (e) {
      setProblem(errorText(e, t('badType', { name: file.name })));
    } finally {
      setUploading((u) => u.filter((x) => x.key !== key));
    }
  };

  return (
    <li className={`ow-apply-material${material.correction ? ' is-correction' : ''}`} data-testid="apply-material" data-material-id={material.materialId} data-status={files.length > 0 ? 'uploaded' : 'missing'}>
      <div className="ow-row" style={{ justifyContent: 'space-between' }}>
        <h3>{material.name}</h3>
        <span className={`ow-badge ${material.required ? 'ow-badge--warn' : 'ow-badge--type'}`}>{material.required ? t('required') : t('optional')}</span>
      </div>
      {material.fillGuide && <p className="ow-small ow-muted">{material.fillGuide}</p>}
      {material.correction && <Alert type="warning" showIcon style={{ margin: '8px 0' }} title={t('correction', { reason: material.correction })} data-testid="apply-material-correction" />}
      {files.length > 0 ? (
        <ul className="ow-plain ow-apply-files">
          {files.map((f) => (
            <FileRow key={f.id} app={app} file={f} canEdit={canEdit} />
          ))}
        </ul>
      ) : (
        <p className="ow-small" style={{ color: material.required ? '#a40e26' : undefined }}>
          {t('missing')}
        </p>
      )}
      {uploading.map((u) => (
        <div key={u.key} className="ow-small" data-testid="apply-uploading">
          {t('uploading', { name: u.name })}
          <Progress percent={u.percent} size="small" aria-label={t('uploading', { name: u.name })} />
        </div>
      ))}
      <div aria-live="polite" className="ow-live">
        {problem && <Alert type="error" showIcon title={problem} data-testid="apply-upload-error" />}
      </div>
      {canEdit && (
        <div className="ow-row" style={{ marginTop: 8 }}>
          {/* 拍照 opens the phone's camera at once (capture); 选择文件 the gallery or files. */}
          <Upload accept="image/*" capture="environment" showUploadList={false} beforeUpload={(file) => (void send(file), false)}>
            <Button type="primary" icon={<CameraOutlined />} aria-label={t('photoFor', { name: material.name })} data-testid="apply-photo">
              {t('photo')}
            </Button>
          </Upload>
          <Upload accept={UPLOAD_ACCEPT} multiple showUploadList={false} beforeUpload={(file) => (void send(file), false)}>
            <Button icon={<PaperClipOutlined />} aria-label={t('uploadFor', { name: material.name })} data-testid="apply-upload">
              {t('upload')}
            </Button>
          </Upload>
          <Button icon={<HistoryOutlined />} onClick={() => setReusing(true)} aria-label={t('reuseFor', { name: material.name })} data-testid="apply-reuse-open">
            {t('reuse')}
          </Button>
        </div>
      )}
      {reusing && <ReuseDrawer app={app} itemId={itemId} material={material} onClose={() => setReusing(false)} />}
    </li>
  );
}

/** The materials of every item (those a 情形 answer removed are not listed). */
export function MaterialsPanel({ app, canEdit, onlyCorrections = false }: { app: OnlineApplicationDetail; canEdit: boolean; onlyCorrections?: boolean }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.materials' });
  const maxBytes = (app as { uploadMaxBytes?: number }).uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES;
  return (
    <div data-testid="apply-materials">
      <p className="ow-small ow-muted" style={{ marginBottom: 12 }}>
        {t('hint', { mb: Math.round(maxBytes / 1024 / 1024) })}
      </p>
      {app.itemsDetail.map((item) => {
        const materials = item.materials.filter((m) => m.status !== 'not_applicable' && (!onlyCorrections || m.correction));
        return (
          <section key={item.itemId} aria-label={item.itemName} style={{ marginBottom: 12 }}>
            {app.itemsDetail.length > 1 && <h3 style={{ marginBottom: 8 }}>{item.itemName}</h3>}
            {materials.length === 0 ? (
              <p className="ow-muted">{t('none')}</p>
            ) : (
              <ol className="ow-plain ow-apply-materials">
                {materials.map((m) => (
                  <MaterialBlock key={m.materialId} app={app} itemId={item.itemId} material={m} canEdit={canEdit} maxBytes={maxBytes} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
