import { patternDetector } from '../pattern-detector';

/**
 * PyPI and TestPyPI upload tokens: pypi- and a macaroon whose base64 names pypi.org or test.pypi.org. As the password
 * of a .pypirc (username = __token__, password = pypi-...) it is the password detector's: that file's password.
 */
export const pypiTokenDetector = patternDetector({
  id: 'pypi-token',
  type: 'secret.generic_api_key',
  cues: ['pypi-age'],
  pattern: /(?<![\w-])pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[\w-]{50,400}(?![\w-])/g,
  check: (_value, text, start) => (/password\s*[:=]\s*$/i.test(text.slice(start - 20, start)) ? null : 'high'),
});
