// The special steps of the back office (issue #17, decision 0036): site inspection (现场踏勘)
// with its joint record (联合踏勘记录表), expert review (专家评审), the hearing (听证) and the
// collective discussion (集体研究). Which of them an item has is read from its pinned guide: the
// special procedures (特别程序) and the steps of its 办理流程, by name.
export const specialRecordKinds = ['inspection', 'expert_review', 'hearing_record', 'collective'] as const;
export type SpecialRecordKind = (typeof specialRecordKinds)[number];

export const specialRecordInfo = {
  inspection: { title: '联合踏勘记录表', zh: '现场踏勘', en: 'Site inspection', abbreviation: '踏勘' },
  expert_review: { title: '专家评审意见书', zh: '专家评审', en: 'Expert review', abbreviation: '评审' },
  hearing_record: { title: '听证笔录', zh: '听证', en: 'Hearing record', abbreviation: '听证录' },
  collective: { title: '集体研究记录', zh: '集体研究', en: 'Collective discussion', abbreviation: '集研' },
} as const satisfies Record<SpecialRecordKind, { title: string; zh: string; en: string; abbreviation: string }>;

export type SpecialStep = 'inspection' | 'expertReview' | 'hearing' | 'collective';

const namePatterns: Record<SpecialStep, RegExp> = {
  inspection: /踏勘|勘查|勘察|现场审查|现场核查|实地核验|现场检查/,
  expertReview: /专家/,
  hearing: /听证/,
  collective: /集体研究|集体讨论|集体审议/,
};

/** What the guide says of one special step: whether it names it, and whether it stops the clock (§45). */
export interface DeclaredStep {
  declared: boolean;
  /** The guide's own words (the special procedure's or step's name), for the screen. */
  names: string[];
  /** A §45 procedure listed among the item's special procedures: it runs as a pause of the clock. */
  pausesClock: boolean;
}

export interface GuideSpecials {
  specialProcedures: readonly { kind: string; name: string; note?: string }[];
  process: readonly { name: string }[];
}

/** The special steps an item declares, from its special procedures (特别程序) and process steps. */
export function declaredSpecialSteps(guide: GuideSpecials): Record<SpecialStep, DeclaredStep> {
  const out = {} as Record<SpecialStep, DeclaredStep>;
  for (const step of Object.keys(namePatterns) as SpecialStep[]) {
    const re = namePatterns[step];
    const procs = guide.specialProcedures.filter((s) => re.test(s.name) || re.test(s.note ?? ''));
    const steps = guide.process.filter((s) => re.test(s.name));
    out[step] = { declared: procs.length + steps.length > 0, names: [...procs.map((s) => s.name), ...steps.map((s) => s.name)], pausesClock: procs.length > 0 };
  }
  return out;
}
