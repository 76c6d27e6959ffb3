/**
 * The names std-palette's providers know bpmn-js's and diagram-js's own types by. Other modules import
 * those types where they ship (`bpmn-js/lib/model/Types`, `diagram-js/lib/...`).
 */
import type translate from 'diagram-js/lib/i18n/translate/translate';

export type { Element as DiagramElement } from 'bpmn-js/lib/model/Types';
export type Translate = typeof translate;
