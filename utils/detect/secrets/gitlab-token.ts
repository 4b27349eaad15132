import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** GitLab tokens: personal (glpat-), deploy, runner, trigger, CI job and other gl*- prefixes, runner registration GR1348941. */
export const gitlabTokenDetector = patternDetector({
  id: 'gitlab-token',
  // Each prefix whole: "gl" alone is in many English words (global, English), and the detector would run on most texts.
  cues: ['gr1348941', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'glpat-', 'glimt-', 'glft-', 'glsoat-', 'gloas-', 'glagent-'],
  // Newer routable tokens append dot-separated parts (glpat-xxxx.01.abc); at most three are taken.
  pattern: /(?<![\w-])(?:gl(?:pat|dt|rt|ptt|cbt|imt|ft|soat|oas|agent)-|GR1348941)[\w-]{20,64}(?:\.[\w-]{2,64}){0,3}(?![\w-])/g,
  check: prefixed,
});
