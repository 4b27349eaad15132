import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installNoticeUi } from '../utils/guard/show-notice';

// Injected by the background into a frame's isolated world on the first intervention there
// (utils/guard/notice-loader.ts), so the UI is not loaded on every AI page.
export default defineUnlistedScript(() => installNoticeUi());
