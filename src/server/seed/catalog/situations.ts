// 情形引导 of a few demo items, by seed key (decision 0029): the questions a clerk or an
// applicant answers so the checklist shows only what this applicant must bring. Options
// name materials exactly as the item lists them (build.ts `common`).
import type { SituationQuestion } from '../../../domain/catalog/index.ts';

const PROXY = '授权委托书及受托人居民身份证';

/** 申请人是否本人办理: the mandate only when someone else comes. */
const inPerson: SituationQuestion = {
  id: 'in-person',
  question: '申请人是否本人办理',
  options: [
    { id: 'self', label: '本人办理', requires: [], drops: [PROXY], conditions: '' },
    { id: 'agent', label: '委托他人办理', requires: [PROXY], drops: [], conditions: '受托人须持本人有效居民身份证，授权委托书须由申请人签字' },
  ],
};

export const demoSituations: Readonly<Record<string, SituationQuestion[]>> = {
  dibao: [
    inPerson,
    {
      id: 'illness',
      question: '共同生活的家庭成员是否有残疾或重病',
      options: [
        { id: 'yes', label: '有', requires: ['残疾人证、重病诊断证明等'], drops: [], conditions: '因残、因病支出型困难家庭按规定扣减刚性支出' },
        { id: 'no', label: '没有', requires: [], drops: ['残疾人证、重病诊断证明等'], conditions: '' },
      ],
    },
  ],
  'id-card-first': [
    {
      id: 'first-time',
      question: '是否首次申领',
      options: [
        { id: 'first', label: '首次申领', requires: [], drops: ['原居民身份证'], conditions: '' },
        { id: 'renew', label: '到期或损坏换领', requires: ['原居民身份证'], drops: [], conditions: '换领时须交回原居民身份证' },
      ],
    },
  ],
  'food-licence': [
    {
      id: 'entity',
      question: '申请人类型',
      options: [
        { id: 'business', label: '企业或个体工商户', requires: [], drops: [], conditions: '' },
        { id: 'canteen', label: '机关、事业单位等单位食堂', requires: [], drops: ['营业执照'], conditions: '单位食堂以法人登记证书（事业单位法人证书等）申请，由窗口通过共享核验' },
      ],
    },
  ],
};
