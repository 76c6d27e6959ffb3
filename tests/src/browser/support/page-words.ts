/**
 * What a page says, as a person reads it, and what should not be in it in zh-CN: traditional
 * characters (OpenCC's traditional-to-mainland table changes them), and words in Latin letters —
 * ajv's English, raw keys such as `assistanceType`, ids such as `org-dc-hexie.worker` — but for a
 * short list of names that have no Chinese here.
 *
 * @example
 *   const findings = findingsIn((await page.evaluate(PAGE_WORDS)) as string);
 */
import { Converter } from 'opencc-js';

const toSimplified = Converter({ from: 't', to: 'cn' });

/** What a page says: its text, and the tooltips, placeholders and labels read aloud that are not in it. */
export const PAGE_WORDS = `(() => {
  const said = [document.body.innerText];
  // bpmn.io's watermark keeps its own words (its licence asks that it stay as it is). The properties
  // panel's pop-up button is titled by a text area that bpmn-js-properties-panel gives no translate.
  // An indicator's condition is a FEEL expression over \`value\`, and its example says so.
  for (const el of document.querySelectorAll('[title]:not(.bjs-powered-by):not(.bio-properties-panel-open-feel-popup), [placeholder]:not([data-pointer$="/condition"]), [aria-label]')) {
    for (const name of ['title', 'placeholder', 'aria-label']) if (el.getAttribute(name)) said.push(el.getAttribute(name));
  }
  return said.join('\\n');
})()`;

/**
 * Words in Latin letters a zh-CN page may show: names of things that have no Chinese name here (the
 * language switch, the product, file formats, the Barthel index of daily living, the keys of the
 * keyboard's shortcuts; "JSON Schema" in the raw view kept for experts).
 */
const ALLOWED_WORDS = new Set(['English', 'Jingzhun', 'Excel', 'JSON', 'Schema', 'Barthel', 'Ctrl', 'Shift', 'Alt', 'Delete', 'Enter', 'Esc', 'Tab']);

/** What a person should not meet in a zh-CN page's text, each finding with the words that show it. */
export function findingsIn(text: string): string[] {
  const findings: string[] = [];
  const simplified = toSimplified(text);
  if (simplified !== text) {
    const traditional = [...text].filter((ch, i) => ch !== [...simplified][i]);
    findings.push(`traditional characters: ${[...new Set(traditional)].join('')}`);
  }
  // Codes of standards are upper case (BJ-SW-ELDER); a number or a date is not a word. Anything else in
  // Latin letters is English or a key (`assistanceType`, `referral_started`, `org-dc-hexie.worker`).
  const words = text.match(/[A-Za-z][A-Za-z_]*[A-Za-z]/g) ?? [];
  const english = words.filter((w) => !ALLOWED_WORDS.has(w) && !/^[A-Z]+$/.test(w));
  if (english.length) findings.push(`words in Latin letters: ${[...new Set(english)].slice(0, 20).join(', ')}`);
  return findings;
}
