import type { Stage } from '../../core/stage.js';
import { findPublicationDate } from './publication-date.js';

/**
 * Fills `article.publishedAt`, `dateSource`, `approximate`, `notBefore` and `notAfter` from the
 * text and origin when the metadata gave no date (see `findPublicationDate`); a date from
 * metadata is never touched. Example: an article whose text starts "Monday, 6 October 2014"
 * gets publishedAt "2014-10-06" with dateSource 'text'.
 */
export const publicationDateStage: Stage = {
  name: 'publication-date',
  requires: ['blocks'],
  assigns: ['article.publishedAt'],
  run(doc, { article }) {
    if (article.publishedAt) return;
    const found = findPublicationDate(doc.text, `${article.origin} ${article.id}`);
    article.publishedAt = found.publishedAt;
    article.dateSource = found.dateSource;
    article.approximate = found.approximate;
    article.notBefore = found.notBefore;
    article.notAfter = found.notAfter;
    if (found.dateSource === 'inferred' || found.dateSource === 'unknown') {
      const bounds = [found.notBefore && `no earlier than ${found.notBefore}`, found.notAfter && `no later than ${found.notAfter}`].filter(Boolean);
      doc.messages.push({
        reason: bounds.length ? `no publication date; written ${bounds.join(' and ')}` : 'no publication date in metadata or text',
        severity: 'info',
        stage: 'publication-date',
        rule: bounds.length ? 'inferred-bounds' : 'unknown',
      });
    }
  },
};
