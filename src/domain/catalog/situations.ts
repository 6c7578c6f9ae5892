// 情形引导 (decision 0029): the applicant's situation, told by answering an item version's
// questions, tailors its checklist. Pure: the portal guide, the consultation desk's notice,
// the intake screen and the server all call the same function, so what the applicant is
// told to bring is what the window asks for.
//
// Rules, chosen so that answering can only narrow what is asked:
// - with no answers, the checklist is the version's whole list, as published;
// - a chosen option's `drops` remove materials; its `requires` make a listed material
//   required (one the guide lists as optional, such as 授权委托书 for an agent);
// - an answer never adds a material the version does not list; a drop wins over a require,
//   so every further answer yields a subset of the list before it;
// - each chosen option's `conditions` is added to the version's 受理条件.
import type { SituationAnswers, SituationOption, SituationQuestion } from './guide.ts';

export interface TailorableMaterial {
  name: string;
  required: boolean;
}

export interface TailorableVersion<M extends TailorableMaterial> {
  situations?: readonly SituationQuestion[] | null;
  materials: readonly M[];
  acceptanceConditions?: string | null;
}

export interface ChosenAnswer {
  questionId: string;
  question: string;
  optionId: string;
  option: string;
}

export interface TailoredChecklist<M extends TailorableMaterial> {
  /** The materials still asked for, in the version's order, `required` as the answers make it. */
  materials: M[];
  /** Materials the answers removed, with the answer that removed each (the checklist's reason). */
  dropped: { material: M; because: string }[];
  /** 受理条件: the version's, then each chosen option's. */
  conditions: string[];
  answered: ChosenAnswer[];
}

export interface SituationAnswerProblem {
  code: 'SITUATION_QUESTION_UNKNOWN' | 'SITUATION_OPTION_UNKNOWN';
  questionId: string;
  optionId: string;
  message: string;
}

/** The chosen option of each answered question, in the version's question order. */
function chosen(situations: readonly SituationQuestion[], answers: SituationAnswers): { q: SituationQuestion; o: SituationOption }[] {
  return situations.flatMap((q) => {
    const o = q.options.find((x) => x.id === answers[q.id]);
    return o ? [{ q, o }] : [];
  });
}

/** "情形：问题 — 选项": why a material was removed, in words the applicant recognises. */
export function answerLabel(q: Pick<SituationQuestion, 'question'>, o: Pick<SituationOption, 'label'>): string {
  return `情形：${q.question} — ${o.label}`;
}

export function materialsForAnswers<M extends TailorableMaterial>(version: TailorableVersion<M>, answers: SituationAnswers = {}): TailoredChecklist<M> {
  const picks = chosen(version.situations ?? [], answers);
  const droppedBy = new Map<string, string>();
  const requiredNow = new Set<string>();
  for (const { q, o } of picks) {
    for (const name of o.drops) if (!droppedBy.has(name)) droppedBy.set(name, answerLabel(q, o));
    for (const name of o.requires) requiredNow.add(name);
  }
  const materials: M[] = [];
  const dropped: TailoredChecklist<M>['dropped'] = [];
  for (const m of version.materials) {
    const because = droppedBy.get(m.name);
    if (because !== undefined) dropped.push({ material: m, because });
    else materials.push(requiredNow.has(m.name) && !m.required ? { ...m, required: true } : m);
  }
  const base = (version.acceptanceConditions ?? '').trim();
  const conditions = [...(base ? [base] : []), ...picks.map(({ o }) => o.conditions.trim()).filter(Boolean)];
  const answered = picks.map(({ q, o }) => ({ questionId: q.id, question: q.question, optionId: o.id, option: o.label }));
  return { materials, dropped, conditions, answered };
}

/** Answers naming a question or option the version does not have (the server refuses them). */
export function situationAnswerProblems(situations: readonly SituationQuestion[] | null | undefined, answers: SituationAnswers): SituationAnswerProblem[] {
  const out: SituationAnswerProblem[] = [];
  for (const [questionId, optionId] of Object.entries(answers)) {
    const q = (situations ?? []).find((x) => x.id === questionId);
    if (!q) out.push({ code: 'SITUATION_QUESTION_UNKNOWN', questionId, optionId, message: `情形问题 ${questionId} 不属于该事项版本` });
    else if (!q.options.some((o) => o.id === optionId)) out.push({ code: 'SITUATION_OPTION_UNKNOWN', questionId, optionId, message: `“${q.question}”没有选项 ${optionId}` });
  }
  return out;
}
