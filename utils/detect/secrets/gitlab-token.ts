import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** GitLab tokens: personal (glpat-), deploy, runner, trigger, CI job and other gl*- prefixes, runner registration GR1348941. */
export const gitlabTokenDetector = patternDetector({
  id: 'gitlab-token',
  type: 'secret.gitlab_token',
  prefilter: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'glimt-', 'glft-', 'glsoat-', 'gloas-', 'glagent-', 'gr1348941'],
  // Newer routable tokens append dot-separated parts (glpat-xxxx.01.abc); at most three are taken.
  pattern: /(?<![A-Za-z0-9_-])(?:gl(?:pat|dt|rt|ptt|cbt|imt|ft|soat|oas|agent)-|GR1348941)[A-Za-z0-9_-]{20,64}(?:\.[A-Za-z0-9_-]{2,64}){0,3}(?![A-Za-z0-9_-])/g,
  check: prefixed,
});
