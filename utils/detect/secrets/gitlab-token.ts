import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** GitLab tokens: personal (glpat-), deploy, runner, trigger, CI job and other gl*- prefixes, runner registration GR1348941. */
export const gitlabTokenDetector = patternDetector({
  id: 'gitlab-token',
  type: 'secret.gitlab_token',
  // The prefix the ten gl...- tokens share, and the runner token's: the pattern decides which follow (a wider prefilter
  // finds the same).
  prefilter: ['gl', 'gr1348941'],
  // Newer routable tokens append dot-separated parts (glpat-xxxx.01.abc); at most three are taken.
  pattern: /(?<![\w-])(?:gl(?:pat|dt|rt|ptt|cbt|imt|ft|soat|oas|agent)-|GR1348941)[\w-]{20,64}(?:\.[\w-]{2,64}){0,3}(?![\w-])/g,
  check: prefixed,
});
