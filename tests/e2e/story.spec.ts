import { expect, saveElementShot, saveShot, test } from './fixtures';
import type { Page } from '@playwright/test';

const presenter = (page: Page) => page.getByRole('region', { name: /Presenter view|演示视图/ });

const WORDS = {
  en: {
    lesson: 'Guided lesson',
    about: 'About and further reading',
    answer: /differ by 22% of what they differed by at “Alice” itself — that much of Alice’s effect is left\. Hardly:/,
    remembered: 'Open Alice with weights that remember',
    keptAnswer: /differ by 95% of what they differed by at “Alice” itself — that much of Alice’s effect is left\. Yes:/,
    example: 'Example',
  },
  zh: {
    lesson: '引导课程',
    about: '关于本页与延伸阅读',
    answer: /是在“Alice”处之差的 22%——Alice 的影响就剩这么多。几乎不记得了/,
    remembered: '打开一个真正记得 Alice 的权重',
    keptAnswer: /是在“Alice”处之差的 95%——Alice 的影响就剩这么多。记得/,
    example: '示例',
  },
} as const;

/** From the lesson's first slide to its answer (slide 14): 13 slides on, plus one reveal for each of the two questions. */
async function toAnswerSlide(page: Page) {
  for (let press = 0; press < 15; press++) await page.keyboard.press('PageDown');
  await expect(presenter(page)).toContainText(/Slide 14 of 15|第 14 页，共 15 页/);
}

test.describe('a story that tells the truth', () => {
  for (const language of ['en', 'zh'] as const) {
    test(`the lesson answers with the measured share and opens the Alice that remembers (${language})`, async ({ page }) => {
      const words = WORDS[language];
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/?lang=${language}`);
      await expect(page.getByTestId('step-counter')).toBeVisible();

      // The About panel at the bottom of the page credits the sources and links onwards.
      const about = page.getByRole('region', { name: words.about });
      await about.scrollIntoViewIfNeeded();
      await expect(about.getByRole('link', { name: /^Understanding LSTM Networks/ })).toHaveAttribute('href', 'https://colah.github.io/posts/2015-08-Understanding-LSTMs/');
      await saveElementShot(about, `story-about-${language}`);

      await page.getByRole('button', { name: words.lesson }).click();
      await expect(presenter(page).locator('q')).toHaveText('Alice is happy. She smiles.');
      await saveShot(page, `story-lesson-title-${language}`);
      await toAnswerSlide(page);
      await expect(page.getByTestId('lesson-answer')).toHaveText(words.answer);
      await saveShot(page, `story-lesson-answer-${language}`);
      await page.keyboard.press('PageDown');
      await saveShot(page, `story-lesson-last-${language}`);
      await page.keyboard.press('PageUp');

      // The link opens the example whose forget gate holds Alice; its own lesson says so.
      await presenter(page).getByRole('link', { name: words.remembered }).click();
      await expect(page).toHaveURL(/\?preset=alice-remembered/);
      await expect(page.getByRole('combobox', { name: words.example })).toHaveValue('alice-remembered');
      await page.getByRole('button', { name: words.lesson }).click();
      await toAnswerSlide(page);
      await expect(page.getByTestId('lesson-answer')).toContainText(words.keptAnswer);
      await saveShot(page, `story-remembered-answer-${language}`);
    });
  }
});
