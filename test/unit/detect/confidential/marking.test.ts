import { describe, expect, it, vi } from 'vitest';
import { classLabelDetector } from '../../../../utils/detect/confidential/class-label';
import { CONFIDENTIAL_DETECTORS } from '../../../../utils/detect/confidential';
import { scan } from '../../../../utils/detect/scan';
import type { Confidence } from '../../../../utils/detect/types';

// Markings only: the code detector has its own tests.
const MARKING_DETECTORS = CONFIDENTIAL_DETECTORS.filter((d) => d.type === 'confidential.marking');
const markings = (text: string) => scan(text, { detectors: MARKING_DETECTORS }).map((f) => [text.slice(f.start, f.end), f.confidence]);

describe('confidentiality markings', () => {
  it.each<[string, string, string, Confidence]>([
    // English
    ['header line', 'CONFIDENTIAL\n\nQ3 board minutes', 'CONFIDENTIAL', 'high'],
    ['bracketed', 'Subject: [CONFIDENTIAL] merger plan', 'CONFIDENTIAL', 'high'],
    // The dash and the words that end the line say for whom, or what not to do: one marking.
    ['strict, at line start', 'STRICTLY CONFIDENTIAL - do not forward', 'STRICTLY CONFIDENTIAL - do not forward', 'high'],
    ['footer with page number', 'Acme Corp | Page 3 of 12 | Internal Use Only', 'Internal Use Only', 'medium'],
    ['internal only label', '** INTERNAL ONLY **', 'INTERNAL ONLY', 'high'],
    ['classification prefix', 'Classification: Confidential', 'Confidential', 'high'],
    ['classification prefix, internal', 'Data classification: Internal\nOwner: Finance', 'Internal', 'high'],
    ['classification prefix in Markdown bold', '# Weekly sync\n\n**Classification:** Confidential\n**Attendees:** Ann, Bo', 'Confidential', 'high'],
    ['classification prefix in Markdown bold, French', '**Niveau de confidentialité :** Diffusion restreinte', 'Diffusion restreinte', 'high'],
    ['do not distribute', 'DRAFT - DO NOT DISTRIBUTE', 'DO NOT DISTRIBUTE', 'medium'],
    ['proprietary and confidential', 'Proprietary and Confidential\n© 2024 Example Ltd', 'Proprietary and Confidential', 'medium'],
    ['title-case header line', 'Confidential\nPricing for Example Ltd', 'Confidential', 'medium'],
    ['restricted label', '[RESTRICTED]', 'RESTRICTED', 'high'],
    ['upper-case in a sentence', 'This document is CONFIDENTIAL.', 'CONFIDENTIAL', 'medium'],
    ['internal alone on its line', 'INTERNAL\nRoadmap 2025', 'INTERNAL', 'high'],
    ['internal use only in prose', 'the deck is for internal use only, thanks', 'for internal use only', 'low'],
    // A banner of equal signs around the label, as plain-text reports and exports set it off.
    ['a banner of equal signs', 'Relocation file:\n\n=== CONFIDENTIAL ===\nORD-2024-997734', 'CONFIDENTIAL', 'high'],
    ['a short banner of equal signs', '== INTERNAL ==\nRoadmap', 'INTERNAL', 'high'],
    ['a banner, mixed case', '=== Confidential ===\n## Drip sequence', 'Confidential', 'medium'],
    // A JSON record's classification field: the prefix's name quoted.
    ['a quoted classification field', '{\n  "classification": "COMPANY CONFIDENTIAL",\n  "siret": "x"\n}', 'COMPANY CONFIDENTIAL', 'high'],
    ['a quoted classification field, mixed case', '{"id": 7, "classification": "Confidential"}', 'Confidential', 'high'],
    ['a quoted classification field, a label word in capitals', '{"classification": "INTERNAL ONLY"}', 'INTERNAL ONLY', 'high'],
    // French
    ['diffusion restreinte', 'DIFFUSION RESTREINTE\nNote au comité', 'DIFFUSION RESTREINTE', 'high'],
    ['strictement confidentiel', 'Document strictement confidentiel', 'strictement confidentiel', 'low'],
    ['strictement confidentiel header', 'Strictement confidentiel – ne pas diffuser', 'Strictement confidentiel – ne pas diffuser', 'medium'],
    ['usage interne', '[Usage interne]', 'Usage interne', 'medium'],
    ['interne uniquement', 'INTERNE UNIQUEMENT', 'INTERNE UNIQUEMENT', 'high'],
    ['confidentiel défense', 'CONFIDENTIEL DÉFENSE', 'CONFIDENTIEL DÉFENSE', 'high'],
    ['confidentiel défense unaccented', 'CONFIDENTIEL DEFENSE', 'CONFIDENTIEL DEFENSE', 'high'],
    ['niveau de confidentialité', 'Niveau de confidentialité : Interne', 'Interne', 'high'],
    ['confidentiel label', 'Confidentiel\nCompte rendu', 'Confidentiel', 'medium'],
    ['document confidentiel as a footer line', 'Cordialement,\nLa DRH\n\nDocument confidentiel\n', 'Document confidentiel', 'medium'],
    ['document confidentiel as a header', 'DOCUMENT CONFIDENTIEL\nAvenant au contrat', 'DOCUMENT CONFIDENTIEL', 'high'],
    // German
    ['streng vertraulich', 'STRENG VERTRAULICH', 'STRENG VERTRAULICH', 'high'],
    ['nur für den internen Gebrauch', 'Nur für den internen Gebrauch', 'Nur für den internen Gebrauch', 'medium'],
    ['fuer spelling', 'NUR FUER DEN INTERNEN GEBRAUCH', 'NUR FUER DEN INTERNEN GEBRAUCH', 'high'],
    ['nur für internen Gebrauch, without "den"', 'Schutzklasse: Nur für internen Gebrauch', 'Nur für internen Gebrauch', 'high'],
    ['nur für internen Gebrauch in a subject', 'Subject: [NUR FÜR INTERNEN GEBRAUCH] WG: Angebot', 'NUR FÜR INTERNEN GEBRAUCH', 'high'],
    ['vertraulich label', 'Vertraulich\nProtokoll der Sitzung', 'Vertraulich', 'medium'],
    ['einstufung intern', 'Einstufung: Intern', 'Intern', 'high'],
    ['bracketed intern', '[Intern]', 'Intern', 'medium'],
    // Spanish
    ['estrictamente confidencial', 'ESTRICTAMENTE CONFIDENCIAL', 'ESTRICTAMENTE CONFIDENCIAL', 'high'],
    ['after "Nivel de difusión:", an emoji after it', 'Nivel de difusión: Estrictamente confidencial 🙏', 'Estrictamente confidencial', 'high'],
    ['uso interno', 'Uso interno\nPresupuesto 2025', 'Uso interno', 'medium'],
    ['difusión restringida', '(Difusión restringida)', 'Difusión restringida', 'medium'],
    ['confidencial label', 'CONFIDENCIAL', 'CONFIDENCIAL', 'high'],
    ['clasificación prefix', 'Clasificación: Confidencial', 'Confidencial', 'high'],
    // Page footers and footer labels
    ['a German page footer', 'Text.\n\nSeite 1/4 – Vertraulich\n', 'Vertraulich', 'medium'],
    ['a Spanish page footer', 'Página 1/4 – Confidencial', 'Confidencial', 'medium'],
    ['a French page footer', 'Page 2 sur 4 - Diffusion restreinte', 'Diffusion restreinte', 'medium'],
    ['an English page footer in capitals', 'Page 3 of 9 | CONFIDENTIAL', 'CONFIDENTIAL', 'high'],
    ['a footer label', 'Footer: Confidential', 'Confidential', 'high'],
    ['a Spanish sheet footer', 'CC-7393,42990,Pablo\n\nPie de hoja: Confidencial\n', 'Confidencial', 'high'],
    // A made-up label id, in the shape of Microsoft Purview's msip_labels mail header.
    ['a Purview label name in a mail header', 'msip_labels: MSIP_Label_0b5c7e2a-1d3f-4e6a-9b8c-7d6e5f4a3b2c_Name=Internal;', 'Internal', 'high'],
    ['a Purview label name of two words', 'msip_labels: MSIP_Label_0b5c7e2a-1d3f-4e6a-9b8c-7d6e5f4a3b2c_Name=Highly Confidential', 'Highly Confidential', 'high'],
    // Set apart at the right of a header line by a gap
    ['a Spanish payslip header', 'NÓMINA — enero 2025   Uso interno\nEmpresa: Transportes Ibéricos S.L.', 'Uso interno', 'medium'],
    ['a Spanish word label after a tab', 'NÓMINA — marzo 2025\tConfidencial\nTrabajador: ...', 'Confidencial', 'medium'],
    ['an English report title in capitals', 'Q3 revenue review   CONFIDENTIAL\n', 'CONFIDENTIAL', 'high'],
    // Ending a title after a dash between blanks
    ['a French title after an em dash', "Appel d'offres RFP-2024-048 — Diffusion restreinte\n\nÉmetteur : ...", 'Diffusion restreinte', 'medium'],
    ['a Spanish word label after an em dash', 'Pliego de condiciones RFP-2024-090 — Confidencial\n\nEntidad: ...', 'Confidencial', 'medium'],
    ['an English label after an en dash', 'Request for Proposal RFP-2025-099 – Internal use only\n\nIssuer: ...', 'Internal use only', 'medium'],
    // The United Kingdom's OFFICIAL-SENSITIVE, Spain's "difusión limitada", German "nur für den Dienstgebrauch" (VS-NfD)
    // and "interne Verwendung".
    ['a UK marking', 'OFFICIAL-SENSITIVE\n\nHousing benefit claim', 'OFFICIAL-SENSITIVE', 'high'],
    ['a Spanish limited distribution label', 'Clasificación: Difusión limitada', 'Difusión limitada', 'high'],
    ['a German restricted marking', 'VS – NUR FÜR DEN DIENSTGEBRAUCH\n\nSicherheitsvorfallbericht', 'NUR FÜR DEN DIENSTGEBRAUCH', 'high'],
    ['a German internal use label', 'Classification : Interne Verwendung\n\n# Eventplan', 'Interne Verwendung', 'high'],
    // A numbered list's item: its number is decoration, as a bullet is (not a page number: "Page 3 Confidential").
    ['a label as a numbered list item', 'Actions :\n1. *** Diffusion restreinte ***\n2. Relire le contrat', 'Diffusion restreinte', 'medium'],
    ['a German internal use label in bold', '**Interne Verwendung**\n\n# Eventplan', 'Interne Verwendung', 'medium'],
    ['a Spanish limited distribution label in brackets', '[Difusión limitada]', 'Difusión limitada', 'medium'],
    // Quoted, as a heading, a subject or a stamp: a label all the same.
    ['a heading in guillemets', '« CONFIDENTIEL »\nRapport annuel 2025', 'CONFIDENTIEL', 'high'],
    ['a subject in guillemets', 'Objet : TR: « CONFIDENTIEL » Projet Atlas', 'CONFIDENTIEL', 'high'],
    ['a stamp in curly quotes', '“STRICTLY CONFIDENTIAL”\nBoard minutes', 'STRICTLY CONFIDENTIAL', 'high'],
    // A meeting declared confidential as it starts (a transcript).
    ['a meeting declared confidential', "[00:00:04] Jonas: OK let's start, recording is on. This meeting is Confidential.\n[00:00:20] Ana: Right.", 'Confidential', 'medium'],
    ['a Spanish meeting declared internal', '[00:00:05] Lea: Vale, empezamos. Esta reunión es Uso interno.\n', 'Uso interno', 'medium'],
    ['a German meeting declared strictly confidential', 'Hugo: Okay, Aufnahme läuft. Dieses Meeting ist Streng vertraulich.', 'Streng vertraulich', 'medium'],
  ])('%s', (_name, text, label, confidence) => {
    expect(markings(text)).toEqual([[label, confidence]]);
  });

  it.each([
    ['confidential in a sentence', 'Please keep this confidential between us.'],
    ['confidentiality agreement', 'We signed a confidentiality agreement last year.'],
    ['NDA defined term', 'Confidential Information means any information disclosed by either party.'],
    ['French plural in prose', 'Ces informations confidentielles doivent être protégées.'],
    ['French adjective in prose', 'Il m’a transmis un document confidentiel hier.'],
    ['German adverb in prose', 'Bitte behandeln Sie das vertraulich und antworten Sie bald.'],
    ['Spanish adjective in prose', 'Es un asunto confidencial que hablaremos mañana.'],
    ['restricted in prose', 'Access to the lab is restricted after 6 pm.'],
    ['a label assigned in code', "label = 'Internal'"],
    ['a classification assigned in code', 'classification=Confidential'],
    ['internal in prose', 'The internal audit starts on Monday.'],
    ['international', 'INTERNATIONAL SALES REPORT'],
    ['intern as a job', 'She joined as an intern in the internal tools team.'],
    ['code identifier', 'if (doc.level === Level.CONFIDENTIAL) return;'],
    ['enum member', 'enum Level {\n  PUBLIC,\n  INTERNAL,\n  CONFIDENTIAL = 3\n}'],
    ['a comparison in code', 'if (CONFIDENTIAL === level) {\n  notify();\n}'],
    ['an equality in code', 'return CONFIDENTIAL == level;'],
    // A record's class in lower case (a network zone, a model's output) and a form's options name no document's marking.
    ['a lower-case classification field', '[{"ip": "10.0.4.12", "classification": "internal"}]'],
    ["a network zone's classification field", '{"zone": "corp-lan", "classification": "Internal", "vlan": 12}'],
    ["a dropdown's options", '[{"value": "internal", "label": "Internal"}, {"value": "restricted", "label": "Restricted"}]'],
    ['quoted string in code', 'const label = "CONFIDENTIAL";'],
    ['snake case', 'ACCESS_RESTRICTED = true'],
    ['snake case before the word', 'CONFIDENTIAL_FLAG = true'],
    ['a name ending in the word', 'x_internal_only = 1'],
    // The words of the new labels in prose.
    ['"official sensitive" in prose', 'Official sensitive topics include immigration and tax.'],
    ['"Interne Verwendung" in prose', 'Interne Verwendung von Cookies: wir setzen nur technisch notwendige ein.'],
    ['"Difusión limitada" in prose', 'Difusión limitada en cines y estreno en plataformas.'],
    ['a page reference in prose', 'see page 3 - confidential data is listed there'],
    ['a defined term after a page number', 'Page 2 - Confidential Information means any data'],
    ['a word in prose after a double space', 'We met on Monday.  Confidential matters were not discussed.'],
    ['a word in prose after an em dash', 'The figures — confidential until Friday — are attached.'],
    ['a word in prose between em dashes', 'The report — confidential — was leaked to the press on Monday.'],
    ['a word in prose after an en dash', 'Le rapport – confidentiel – a fuité hier.'],
    ['a hyphenated word before a marking word', 'Our long-term confidential\nplan'],
    // A marking named in a contract's clause, in quotes: a mention, not the document's label.
    ['a French marking in guillemets', "Le Prestataire s'engage à ne divulguer aucune information marquée « CONFIDENTIEL » à des tiers."],
    ['a French phrase in guillemets', 'toute information marquée « Diffusion restreinte » reste protégée'],
    ['a Spanish marking in guillemets without blanks', 'Toda la información calificada como «Uso interno» será tratada con reserva.'],
    ['an English marking in curly quotes', 'All documents marked “Strictly Confidential” are returned at the end of the term.'],
    ['a German marking in low quotes', 'Alle als „VERTRAULICH“ gekennzeichneten Unterlagen bleiben geschützt.'],
    ['a meeting said to be confidential and more', 'The meeting is confidential and recorded, as agreed.'],
    ['a meeting said to be restricted in prose', 'The meeting is restricted.'],
    ['a word in Markdown bold in prose', 'This is **confidential** information, keep it close.'],
    ['a word in Markdown bold italics in prose', 'Please keep this ***confidential*** between us.'],
  ])('does not report %s at medium or above', (_name, text) => {
    expect(markings(text).filter(([, c]) => c !== 'low')).toEqual([]);
  });

  it('reports each occurrence once', () => {
    const text = 'CONFIDENTIAL\nbody text\nCONFIDENTIAL - page 2';
    expect(markings(text)).toEqual([
      ['CONFIDENTIAL', 'high'],
      ['CONFIDENTIAL', 'high'],
    ]);
  });

  it('reads only the 64 characters before each phrase of a long line, not the line back to its start', () => {
    // One line of 2,000 records (a minified export): searching back for the line's start at each phrase cost the
    // line's length each time, quadratic in the paste.
    const text = `Export\n${'{"tag":"Confidential","id":7},'.repeat(2000)} Classification: CONFIDENTIAL`;
    const searches = vi.spyOn(String.prototype, 'lastIndexOf');
    const found = markings(text);
    const longest = Math.max(0, ...searches.mock.contexts.map((searched) => String(searched).length));
    searches.mockRestore();
    expect(found).toEqual([['CONFIDENTIAL', 'high']]);
    expect(longest).toBeLessThanOrEqual(64);
  });
});

describe('classification levels C1-C4', () => {
  const levels = (text: string) => classLabelDetector.find(text).map((f) => [text.slice(f.start, f.end), f.confidence]);

  it.each<[string, string, string, Confidence]>([
    ['prefix', 'Classification: C3', 'C3', 'high'],
    ['prefix without space', 'Classification:C2', 'C2', 'high'],
    ['bracketed with class name', '[C2 - Internal]', 'C2 - Internal', 'high'],
    ['en dash and class name', 'C3 – Confidential', 'C3 – Confidential', 'high'],
    ['French class name', 'C2 : Interne', 'C2 : Interne', 'high'],
    ['sensibilité prefix', 'Sensibilité : C4', 'C4', 'high'],
    ['bracketed alone', 'Deck [C3]', 'C3', 'low'],
    ['alone on its line, as a banner', 'C2\n\nCOMPTE RENDU D’HOSPITALISATION\nService de cardiologie', 'C2', 'medium'],
    ['alone on the first line after blank lines', '\n  C3  \nNDA between Acme and Globex', 'C3', 'medium'],
    ['French C2 label', 'C2 - Usage interne', 'C2 - Usage interne', 'high'],
    ['in a page footer', 'Page 1/4 – C2 – Diffusion restreinte', 'C2 – Diffusion restreinte', 'high'],
    ['with a class name of three words', 'C2 - Internal use only', 'C2 - Internal use only', 'high'],
    ['with internal only', 'C3 – INTERNAL ONLY', 'C3 – INTERNAL ONLY', 'high'],
    ['with company confidential', 'C2 – Company Confidential', 'C2 – Company Confidential', 'high'],
    ['with a Spanish class name', 'C2 - Solo para uso interno', 'C2 - Solo para uso interno', 'high'],
    ['with difusión restringida', 'C3 - Difusión restringida', 'C3 - Difusión restringida', 'high'],
  ])('%s', (_name, text, label, confidence) => {
    expect(levels(text)).toEqual([[label, confidence]]);
  });

  it.each([
    ['language level', 'Anglais : niveau C1, allemand B2'],
    ['CEFR in English', 'English level C2 (proficient)'],
    ['plant biology', 'C3 and C4 plants fix carbon differently'],
    ['droid', 'C3PO and R2D2'],
    ['vertebrae', 'a C2-C3 disc herniation'],
    ['C4 model', 'We drew a C4 model of the system'],
    ['lower case', 'classification: c3'],
    ['public class', 'Classification: C1 – Public'],
    ['public class in brackets', '[C1 - Public]'],
    ['a German public class after a prefix', 'Fußzeile: C1 – Öffentlich'],
    ['a French public class', 'Classification : C1 : Publique'],
    ['a Spanish public class', 'Clasificación: C1 - Público'],
    ['a MAC address', 'MAC C4:C1:40:09:29:5D'],
    ['a range of language levels', 'CEFR levels: B2 - C1 - C2'],
    ['a range of vertebrae', 'Spinal injury at C3 - C4 level'],
    ['a range of cells', 'Select range C1 - C4 and sum'],
    ['a language level at the end of a line', 'Anglais : C2\nAllemand : B1'],
    ['a language level after a dash', 'Anglais — C2\nAllemand — B1'],
    ['a car model at the end of a line', 'Véhicule : Citroën C3\n'],
    ['a public class alone on its line', 'C1\nRapport public'],
    ['a language level alone on a line of a CV', 'LANGUES\nFrançais\nLangue maternelle\nAnglais\nC2\nAllemand\nB1'],
    ['driving licence classes', 'Führerschein\nC1\nC2\nCE'],
    ['a level alone on the last line', 'Cambridge Certificate of Proficiency\nC2'],
    ['a level after a title in lower case and a dash', 'Cambridge English — C2\n'],
    ['a range of levels in capitals', 'CEFR B2 - C1 - C2\n'],
    ['a language level in capitals after a dash', 'LANGUES\nANGLAIS — C2\nESPAGNOL — B1'],
    ['a seat after a dash', 'BOARDING PASS\nSEAT — C3\nGATE B12'],
    ['a level before a dash on a later line', 'Jane Roe — CV\nC2 — Anglais courant'],
    ['a language level opening a CV', 'C2 – Anglais (courant)\nC1 – Espagnol'],
    ['a car model opening a listing', 'C4 – Citroën Grand Picasso, 2019, 8 500 €'],
  ])('ignores %s', (_name, text) => {
    expect(levels(text)).toEqual([]);
  });
});
