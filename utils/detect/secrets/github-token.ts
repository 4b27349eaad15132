import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** GitHub tokens: classic ghp_/gho_/ghu_/ghs_/ghr_ with 36 characters, fine-grained github_pat_ with 82. */
export const githubTokenDetector = patternDetector({
  id: 'github-token',
  // Each prefix whole: "gh" alone is in many English words (right, though), and the detector would run on most texts.
  cues: ['github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /(?<!\w)(?:gh[usopr]_[A-Za-z0-9]{36}|github_pat_\w{82})(?!\w)/g,
  check: prefixed,
});
