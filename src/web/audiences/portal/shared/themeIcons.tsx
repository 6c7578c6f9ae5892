import {
  AppstoreOutlined,
  BankOutlined,
  BuildOutlined,
  CloudOutlined,
  CoffeeOutlined,
  EnvironmentOutlined,
  FileProtectOutlined,
  FlagOutlined,
  GiftOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SmileOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
  ApartmentOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Theme } from '../../../../domain/catalog/code-tables.ts';

// One picture per service theme, so people who read slowly can find theirs at a glance.
export const themeIcons: Record<Theme, ReactNode> = {
  birth: <SmileOutlined />,
  household: <HomeOutlined />,
  identity: <IdcardOutlined />,
  marriage: <HeartOutlined />,
  education: <ReadOutlined />,
  employment: <SolutionOutlined />,
  socialSecurity: <SafetyCertificateOutlined />,
  medicalInsurance: <MedicineBoxOutlined />,
  socialAssistance: <GiftOutlined />,
  elderly: <CoffeeOutlined />,
  disability: <UserOutlined />,
  veterans: <FlagOutlined />,
  health: <MedicineBoxOutlined />,
  housing: <ApartmentOutlined />,
  realEstate: <BankOutlined />,
  planning: <BuildOutlined />,
  agriculture: <EnvironmentOutlined />,
  funeral: <CloudOutlined />,
  businessSetup: <ShopOutlined />,
  permits: <FileProtectOutlined />,
  other: <AppstoreOutlined />,
};

export const audienceIcons = { person: <UserOutlined />, enterprise: <TeamOutlined /> } as const;
