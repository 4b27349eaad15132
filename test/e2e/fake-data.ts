/**
 * Test data. Every value is fake: the card number is from the Visa test range (it passes Luhn and the
 * issuer check, and no bank issues it), the addresses use the reserved example.com domain.
 */
export const FAKE_CARD = '4111 1111 1111 1111';
export const FAKE_EMAIL = 'jane.doe@acme-demo.com';
export const CARD_AND_EMAIL = `Customer Jane Doe <${FAKE_EMAIL}> paid with card ${FAKE_CARD}, please draft the refund e-mail.`;
export const EMAIL_ONLY = `Summarize the thread with ${FAKE_EMAIL} about the Q3 roadmap.`;
export const CLEAN_TEXT = 'Summarize these meeting notes: we agreed to ship version 2.4 in March.';

/** A fake GitHub token: the right shape (ghp_ and 36 characters), random, issued by nobody. */
export const FAKE_GITHUB_TOKEN = `ghp_${'Zq7Lm2Xv9Rt4Kp8Ws1Hd6Fj3Bn5Yc0Ge2Ua7'.slice(0, 36)}`;
export const ENV_WITH_TOKEN = `# deploy settings\nGITHUB_TOKEN=${FAKE_GITHUB_TOKEN}\nREGION=eu-west-3\n`;
