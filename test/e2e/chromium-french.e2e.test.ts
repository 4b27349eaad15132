import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixture';
import { realPaste } from './harness/clipboard';
import { CARD_AND_EMAIL } from './fake-data';


const env = useChromium({ language: 'fr' });

describe('French user interface in real Chromium', () => {
  it('shows the in-page notice in French', async () => {
    const page = await env.session.context.newPage();
    await page.goto('https://chat.mistral.ai/');
    await realPaste(page, '#prompt-textarea', CARD_AND_EMAIL);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    const text = await dialog.innerText();
    expect(text).toContain('Données sensibles dans ce collage');
    expect(text).toContain('Vigie a arrêté ce collage vers chat.mistral.ai car il contient :');
    expect(text).toContain('Numéro de carte bancaire (1)');
    expect(await dialog.locator('[data-action="proceed"]').innerText()).toBe('Coller quand même');
    await page.close();
  });

  it('shows the popup in French', async () => {
    const popup = await env.session.openPopup();
    await expect.poll(() => popup.locator('[data-testid="event-list"] li').count()).toBe(1);
    const text = await popup.locator('body').innerText();
    expect(text).toContain('Protection active');
    expect(text).toContain('Politique par défaut intégrée');
    expect(text).toContain('Averti · arrêté');
    expect(await popup.locator('[data-export="json"]').innerText()).toBe('Exporter en JSON');
    await popup.close();
  });
});
