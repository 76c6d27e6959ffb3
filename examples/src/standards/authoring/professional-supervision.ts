/**
 * The professional supervisor (机构督导) of the social-work station or contracted organisation that runs
 * a case: they approve their own team's service plans. Not the city's supervisor (督导评估), who compares
 * districts with the indicators and is no approval queue for casework.
 *
 * @example
 *   roles: [{ id: 'socialWorker', … }, PROFESSIONAL_SUPERVISOR],
 *   forms: { 'plan-approval': planApprovalForm() },
 */
import type { RoleItem } from '@jingzhun/standards';
import { date, form, notes, t, when, yes, type JsonSchema } from './schema-fields';

export const PROFESSIONAL_SUPERVISOR: RoleItem = {
  id: 'professionalSupervisor',
  title: t('机构督导', 'Professional supervisor'),
  assignTo: 'professional_supervisor',
};

/** The supervisor's review of a service plan: approved, or sent back with what to change. */
export function planApprovalForm(): JsonSchema {
  return form(
    t('机构督导审核服务方案', 'Professional supervisor reviews the plan'),
    {
      reviewDate: date(t('审核日期', 'Date of review')),
      planApproved: yes(t('方案通过', 'Plan approved')),
      approvalComments: notes(t('督导意见', 'Supervisor’s comments'), {
        help: t('退回修改时必填，写明需修改之处。', 'Required when sending the plan back: say what to change.'),
      }),
    },
    ['reviewDate', 'planApproved'],
    { rules: [when({ planApproved: { const: false } }, { required: ['approvalComments'] })] },
  );
}
