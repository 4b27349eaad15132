import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** GitHub tokens: classic ghp_/gho_/ghu_/ghs_/ghr_ with 36 characters, fine-grained github_pat_ with 82. */
export const githubTokenDetector = patternDetector({
  id: 'github-token',
  type: 'secret.github_token',
  prefilter: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
  check: prefixed,
});
