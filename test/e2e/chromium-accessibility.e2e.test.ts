import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { realPaste } from './harness/clipboard';
import { useChromium } from './harness/fixture';
import { CARD_AND_EMAIL } from './fake-data';

const env = useChromium();

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('the in-page warning notice has no violations', async () => {
    const page = await env.session.context.newPage();
    await page.goto('https://chatgpt.com/');
    await realPaste(page, '#prompt-textarea', CARD_AND_EMAIL);
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    expect(await axeViolations(page, 'vigie-notice')).toEqual([]);
    await page.close();
  });

  it('the popup, with events in the log, has no violations', async () => {
    const popup = await env.session.openPopup();
    await expect.poll(() => popup.locator('[data-testid="event-list"] li').count()).toBeGreaterThan(0);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});
