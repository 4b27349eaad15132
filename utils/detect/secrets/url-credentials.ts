import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { urlPasswordConfidence } from './shared';

/**
 * URLs with a user and password for web, file-transfer, mail, directory and git schemes (database schemes have their own
 * detector), whole: through the path and query, which an API's or a file server's URL can make the longer part. Their
 * characters only: not a sentence's final punctuation, nor the Markdown, table or CSV around them (a link's parenthesis,
 * `code`, **bold**, [[wiki]] brackets, a cell's "|", "," or ";": a path's rare ";jsessionid=" is left out).
 */
export const urlCredentialsDetector = patternDetector({
  id: 'url-credentials',
  cues: ['://'],
  // The schemes in the order gzip codes best: no two of them end before the same ":", so any order finds the same.
  pattern:
    /(?<![.A-Za-z0-9-])(?:https?|socks5h?|ftps?|smtps?|sftp|ssh|pop3s?|svn|git|imaps?|ldaps?|wss?|rtsp|nntp):\/\/[^\s:@/'"<>]{0,100}:[^\s@/'"<>]{1,200}@[A-Za-z0-9._-]{1,253}(?::\d{1,5})?(?:[/?#][\w.:?#!$&+/=~@%-]{0,999}(?<![.,;:!?]))?/giy,
  finder: nearLiteral('://', 7),
  check: urlPasswordConfidence,
});
