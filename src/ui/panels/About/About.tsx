import { memo, useId } from 'react';
import { useLanguage, useT } from '../../../i18n';
import { Rich } from '../../common/Rich';
import { presetLink } from '../PresetPicker/presetLink';
import { ABOUT_ID } from './anchor';
import { FURTHER_READING, SOURCE_ARTICLES } from './sources';
import styles from './About.module.css';

/**
 * "About and further reading": credits the Chinese articles the explainer was made from (by title: our
 * copies carry no addresses), says what the Alice example shows with a link to the cell that remembers,
 * and links the classic texts. Reads nothing but the dictionary.
 */
export const About = memo(function About() {
  const t = useT().about;
  const { language } = useLanguage();
  const titleId = useId();
  return (
    <section id={ABOUT_ID} className={styles.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {t.title}
      </h2>
      <p className={styles.text}>{t.intro}</p>
      <p className={styles.text}>
        <Rich template={t.story} values={{ remembered: <a href={presetLink('alice-remembered', language)}>{t.rememberedLink}</a> }} />
      </p>
      <div className={styles.columns}>
        <div>
          <h3 className={styles.heading}>{t.sourcesTitle}</h3>
          <ul className={styles.list}>
            {SOURCE_ARTICLES.map((id) => (
              <li key={id}>
                {/* The articles' own titles are Chinese in either language (the translation's is described instead). */}
                <cite className={styles.cite} lang={id === 'translation' ? undefined : 'zh'}>
                  {t.sources[id].title}
                </cite>
                <span className={styles.note}>{t.sources[id].note}</span>
              </li>
            ))}
          </ul>
          <p className={styles.aside}>{t.sourcesNote}</p>
        </div>
        <div>
          <h3 className={styles.heading}>{t.readingTitle}</h3>
          <ul className={styles.list}>
            {FURTHER_READING.map(({ id, href }) => (
              <li key={id}>
                <cite className={styles.cite}>
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t.reading[id].title}
                    <span className="visually-hidden"> {t.opensNewTab}</span>
                  </a>
                </cite>
                <span className={styles.note}>{t.reading[id].note}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
});
