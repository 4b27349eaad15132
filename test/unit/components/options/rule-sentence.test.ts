import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fr from '../../../../public/_locales/fr/messages.json';
import { categoryLabel, confidenceLabel, eventLabel, eventPhrase, joinOr, ruleActionPhrase, statusLabel, statusPluralLabel, verdictLabel } from '../../../../components/options/labels';
import { ruleSentence } from '../../../../components/options/rule-sentence';
import { catalogMessage } from '../../../../utils/i18n-catalog';
import { ACTIONS, CATEGORIES, EVENT_KINDS, SITE_STATUSES, type PolicyAction, type PolicyRule } from '../../../../utils/policy/schema';

const useFrench = () => Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => catalogMessage(fr, key, subs) });

const ACTION_EN: Record<PolicyAction, string> = {
  allow: 'allow',
  log: 'allow and record',
  warn: 'warn (the employee may go on)',
  justify: 'ask for a written reason before going on',
  redact: 'mask the data found',
  block: 'block',
};

// Each condition set of a rule, and the sentence it gives before ": <action>".
const CONDITIONS: [string, Omit<PolicyRule, 'id' | 'action'>, string][] = [
  ['no condition', {}, 'On every AI site, for content pasted, dropped, uploaded or sent, whatever it holds'],
  ['a type group', { types: ['secret.*'] }, 'On every AI site, when content pasted, dropped, uploaded or sent holds a secret (any kind) at medium confidence or more'],
  ['a site status and events', { siteStatus: ['unsanctioned'], events: ['paste', 'upload'], types: ['secret.*'] }, 'On unsanctioned sites, when a paste or a file upload holds a secret (any kind) at medium confidence or more'],
  ['two statuses', { siteStatus: ['sanctioned', 'tolerated'], types: ['pii.*'] }, 'On sanctioned or tolerated sites, when content pasted, dropped, uploaded or sent holds personal data (any kind) at medium confidence or more'],
  ['categories', { categories: ['chat', 'image'], events: ['drop'], types: ['code.*'] }, 'On sites in the categories Chat assistants or Image, when a drag and drop holds source code (any kind) at medium confidence or more'],
  ['status and categories', { siteStatus: ['blocked'], categories: ['writing'], types: ['confidential.*'] }, 'On blocked sites in the categories Writing, when content pasted, dropped, uploaded or sent holds a confidentiality marking (any kind) at medium confidence or more'],
  ['named sites', { sites: ['chatgpt', '*.contoso.com'], events: ['submit'], types: ['*'] }, 'On ChatGPT or *.contoso.com, when a message sent holds any kind of sensitive data at medium confidence or more'],
  ['a status and named sites', { siteStatus: ['tolerated'], sites: ['claude'], types: ['pii.email'] }, 'On tolerated sites (only Claude), when content pasted, dropped, uploaded or sent holds data of type “E-mail address” at medium confidence or more'],
  ['named types, a confidence and a count', { types: ['pii.credit_card', 'pii.iban'], minConfidence: 'high', minCount: 3 }, 'On every AI site, when content pasted, dropped, uploaded or sent holds data of type “Payment card number” or “IBAN (bank account)” at least 3 times at high confidence or more'],
  ['a custom detector and a group', { types: ['custom.projects', 'secret.*'], minConfidence: 'low' }, 'On every AI site, when content pasted, dropped, uploaded or sent holds a match of the detector “projects” or a secret (any kind) at low confidence or more'],
  ['a count without types', { minCount: 5, events: ['paste'] }, 'On every AI site, when a paste holds any kind of sensitive data at least 5 times at medium confidence or more'],
  ['events alone', { events: ['upload', 'drop', 'submit'] }, 'On every AI site, for a file upload, a drag and drop or a message sent, whatever it holds'],
];

describe('rule sentences', () => {
  it.each(ACTIONS.flatMap((action) => CONDITIONS.map(([name, conditions, text]) => [action, name, conditions, text] as const)))(
    '%s with %s',
    (action, _name, conditions, text) => {
      expect(ruleSentence({ id: 'r', action, ...conditions }, 'en')).toBe(`${text}: ${ACTION_EN[action]}.`);
    },
  );

  it.each([
    ['en-GB', 'Secrets never go to AI tools.'],
    ['fr-FR', 'Les secrets ne vont jamais dans les outils d’IA.'],
    ['de', 'Secrets never go to AI tools.'],
  ])('ends with the message in the UI language (%s)', (language, message) => {
    const rule: PolicyRule = { id: 'r', action: 'block', types: ['secret.*'], message: { en: 'Secrets never go to AI tools.', fr: 'Les secrets ne vont jamais dans les outils d’IA.' } };
    expect(ruleSentence(rule, language)).toBe(`On every AI site, when content pasted, dropped, uploaded or sent holds a secret (any kind) at medium confidence or more: block, with the message “${message}”`);
  });

  it('reads in French with a French catalog', () => {
    useFrench();
    const rule: PolicyRule = { id: 'r', action: 'block', siteStatus: ['unsanctioned'], events: ['paste', 'upload'], types: ['secret.*'], message: { en: 'No.', fr: 'Non.' } };
    expect(ruleSentence(rule, 'fr')).toBe(
      'Sur les sites non approuvés, quand un collage ou un envoi de fichier contient un secret (tout type) avec une confiance au moins moyenne\u00a0: bloquer, avec le message «\u00a0Non.\u00a0»',
    );
    expect(ruleSentence({ id: 'c', action: 'warn', categories: ['code-assistant'], types: ['pii.iban'], minCount: 2 }, 'fr')).toBe(
      'Sur les sites des catégories Assistants de code, quand un contenu collé, déposé, joint ou envoyé contient une donnée de type «\u00a0IBAN (compte bancaire)\u00a0» au moins 2 fois avec une confiance au moins moyenne\u00a0: avertir (l’employé peut continuer).',
    );
  });

  it('joins lists with commas and a final "or"', () => {
    expect(joinOr([])).toBe('');
    expect(joinOr(['a'])).toBe('a');
    expect(joinOr(['a', 'b', 'c'])).toBe('a, b or c');
  });
});

describe('labels of enumerated values', () => {
  const families: [string, () => string[]][] = [
    ['statuses', () => SITE_STATUSES.map(statusLabel)],
    ['plural statuses', () => [...SITE_STATUSES, 'unsanctioned' as const].map(statusPluralLabel)],
    ['categories', () => CATEGORIES.map(categoryLabel)],
    ['event phrases', () => EVENT_KINDS.map(eventPhrase)],
    ['event labels', () => EVENT_KINDS.map(eventLabel)],
    ['confidences', () => (['low', 'medium', 'high'] as const).map(confidenceLabel)],
    ['rule actions', () => ACTIONS.map(ruleActionPhrase)],
    ['verdicts', () => ACTIONS.map(verdictLabel)],
  ];
  // t() answers the key itself when a message is missing, so a label that looks like a key is a missing one.
  it.each(families)('every value has an English and a French label: %s', (_name, labels) => {
    expect(labels().filter((label) => label.startsWith('options'))).toEqual([]);
    useFrench();
    expect(labels().filter((label) => label.startsWith('options'))).toEqual([]);
  });
});
