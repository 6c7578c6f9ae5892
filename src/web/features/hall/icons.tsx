import {
  AppstoreOutlined,
  BankOutlined,
  CarOutlined,
  FileDoneOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  SafetyOutlined,
  ShopOutlined,
  TeamOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ComponentType, CSSProperties } from 'react';

// The icons a ticket category may show at the kiosk, by the name the console stores
// (ticket_category.icon). Unknown or empty names fall back to the general one.
export const categoryIcons: Record<string, ComponentType<{ style?: CSSProperties }>> = {
  appstore: AppstoreOutlined,
  heart: HeartOutlined,
  safety: SafetyOutlined,
  home: HomeOutlined,
  idcard: IdcardOutlined,
  shop: ShopOutlined,
  'file-done': FileDoneOutlined,
  bank: BankOutlined,
  car: CarOutlined,
  medicine: MedicineBoxOutlined,
  team: TeamOutlined,
  wallet: WalletOutlined,
};

export function CategoryIcon({ name, style }: { name: string | null | undefined; style?: CSSProperties }) {
  const Icon = (name && categoryIcons[name]) || AppstoreOutlined;
  return <Icon style={style} />;
}
