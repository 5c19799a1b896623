import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { useMediaQuery } from './hooks/useMediaQuery';
import styles from './PageHeader.module.css';

/** Below this width the header folds its menus away, so the belt starts within the first screen. */
export const NARROW_QUERY = '(max-width: 700px)';

interface PageHeaderProps {
  /** the page's title (the sentence, or the example's name) */
  heading: ReactNode;
  /** the example's one-paragraph description */
  lede: ReactNode;
  /** presenter buttons and display settings */
  toolbar: ReactNode;
  /** the example picker and the cell switch */
  pickers: ReactNode;
}

/**
 * The compact header: the title on one line with the toolbar at its right, the description under it,
 * then the example picker and the cell switch in one row. On a phone the toolbar and the pickers fold
 * into one menu and the description into a disclosure, so the chain and the belt start on the first screen.
 */
export function PageHeader({ heading, lede, toolbar, pickers }: PageHeaderProps) {
  const t = useT().app;
  const narrow = useMediaQuery(NARROW_QUERY);
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 className={styles.heading}>{heading}</h1>
        {!narrow && <div className={styles.toolbar}>{toolbar}</div>}
      </div>
      {narrow ? (
        <>
          <p className={styles.kicker}>{t.kicker}</p>
          <details className={styles.fold}>
            <summary>{t.aboutExample}</summary>
            <p className={styles.lede}>{lede}</p>
          </details>
          <details className={styles.fold}>
            <summary>{t.menu}</summary>
            <div className={styles.menu}>
              {pickers}
              <div className={styles.toolbar}>{toolbar}</div>
            </div>
          </details>
        </>
      ) : (
        <>
          <p className={styles.lede}>
            <span className={styles.kicker}>{t.kicker}</span> {lede}
          </p>
          <div className={styles.pickers}>{pickers}</div>
        </>
      )}
    </header>
  );
}
