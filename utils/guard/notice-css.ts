/** Styles of the in-page notice; the shadow root's `all: initial` reset keeps the page's styles out. */
export const NOTICE_CSS = `
.vigie-notice {
  position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 380px;
  box-sizing: border-box; padding: 16px 18px; border-radius: 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; border: 1px solid #d0d7de; border-left: 6px solid #d97706;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
}
.vigie-notice.vigie-block, .vigie-notice.vigie-error { border-left-color: #c62828; }
.vigie-notice.vigie-redact { border-left-color: #1f6feb; }
.vigie-notice a { color: #0550ae; text-decoration: underline; }
.vigie-notice a:focus-visible, .vigie-reason textarea:focus-visible { outline: 3px solid #0969da; outline-offset: 1px; }
.vigie-reason label { display: block; font-weight: 600; margin: 4px 0; }
.vigie-reason textarea {
  box-sizing: border-box; width: 100%; font: inherit; color: #1b1f24; background: #ffffff;
  border: 1px solid #8c959f; border-radius: 6px; padding: 6px;
}
.vigie-link-button {
  font: inherit; font-size: 12px; padding: 0; border: 0; background: none; color: #0550ae;
  text-decoration: underline; cursor: pointer;
}
.vigie-link-button:focus-visible { outline: 3px solid #0969da; outline-offset: 1px; }
.vigie-values { margin: 4px 0 8px; padding-left: 20px; font-family: ui-monospace, monospace; font-size: 12px; }
.vigie-buttons button:disabled { opacity: 0.55; cursor: not-allowed; }
.vigie-notice h2 { margin: 0 0 6px; font-size: 15px; font-weight: 650; }
.vigie-notice p { margin: 0 0 6px; }
.vigie-findings { margin: 0 0 8px; padding-left: 20px; }
.vigie-policy-message { font-style: italic; }
.vigie-hint { color: #57606a; font-size: 12px; }
.vigie-buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; }
.vigie-buttons button {
  font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa;
  color: #1b1f24; cursor: pointer;
}
.vigie-buttons button:focus-visible { outline: 3px solid #0969da; outline-offset: 1px; }
.vigie-buttons button[data-action="cancel"], .vigie-buttons button[data-action="close"] {
  background: #1f6feb; border-color: #1f6feb; color: #ffffff;
}
`;
