import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** PyPI and TestPyPI upload tokens: pypi- and a macaroon whose base64 names pypi.org or test.pypi.org. */
export const pypiTokenDetector = patternDetector({
  id: 'pypi-token',
  type: 'secret.generic_api_key',
  cues: ['pypi-age'],
  pattern: /(?<![\w-])pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[\w-]{50,400}(?![\w-])/g,
  check: prefixed,
});
