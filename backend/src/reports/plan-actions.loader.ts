import { Injectable } from '@nestjs/common';
import { derivedOf } from '../actions/action-progress';
import { AppConfig } from '../config/app-config';
import { todayIn } from '../common/dates';
import { PlanActionReads, type ImprovementRow } from '../actions/plan-action-reads.repository';
import type { PlanAction } from './report-actions';

/**
 * A plan's actions with the improvement items they answer, as the reports read them: reports only read, and
 * going through the actions service would drag its write rules and paging into every report.
 */
@Injectable()
export class PlanActionsLoader {
  constructor(
    private readonly reads: PlanActionReads,
    private readonly config: AppConfig,
  ) {}

  /**
   * Every action of the plan, in two queries whatever its size (see PlanActionReads). `today` (YYYY-MM-DD, the
   * municipality's zone) is the day Kompass's judgement of each action is made for.
   */
  async load(
    planId: number,
    today = todayIn(this.config.timeZone),
  ): Promise<{ actions: PlanAction[]; findingIdsByAction: Map<number, number[]> }> {
    const [rows, links] = await Promise.all([
      this.reads.reportRowsOfPlan(planId),
      this.reads.findingLinksOfPlan(planId),
    ]);
    const findingIdsByAction = new Map<number, number[]>();
    const findingsByAction = new Map<number, PlanAction['findings']>();
    // An improvement item is linked to several actions: convert its columns once.
    const findings = new Map<number, PlanAction['findings'][number]>();
    for (const link of links) {
      let finding = findings.get(link.findingId);
      if (!finding) {
        const { area, questionCodes } = this.reads.improvementOf(link.raw);
        findings.set(link.findingId, (finding = { area, questionCodes: questionCodes ?? [] }));
      }
      (findingIdsByAction.get(link.actionId) ?? findingIdsByAction.set(link.actionId, []).get(link.actionId)!).push(
        link.findingId,
      );
      (findingsByAction.get(link.actionId) ?? findingsByAction.set(link.actionId, []).get(link.actionId)!).push(
        finding,
      );
    }
    const actions = rows.map((a): PlanAction => {
      if (!findingIdsByAction.has(a.id)) findingIdsByAction.set(a.id, []);
      const derivedJudgement = derivedOf(a, today, this.config.timeZone);
      return {
        id: a.id,
        title: a.title,
        status: a.status,
        progress: a.progress,
        deadline: a.deadline,
        doneAt: a.doneAt,
        questionCodes: a.questionCodes ?? [],
        findings: findingsByAction.get(a.id) ?? [],
        areas: a.areas ?? [],
        judgement: a.judgement,
        derivedJudgement,
      };
    });
    return { actions, findingIdsByAction };
  }

  /** The improvement items (förbättringsmöjligheter) of an evaluation. */
  improvementItems(evaluationId: number): Promise<ImprovementRow[]> {
    return this.reads.improvementsInOrder(evaluationId);
  }
}
