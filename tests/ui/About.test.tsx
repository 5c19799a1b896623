// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../src/i18n';
import { About } from '../../src/ui/panels/About/About';

afterEach(cleanup);

const panel = (name: string) => screen.getByRole('region', { name });

describe('About and further reading', () => {
  it('credits the five source articles by title and links colah’s essay, Greff et al. and the 1997 paper', () => {
    render(<About />);
    const about = panel('About and further reading');
    for (const title of ['LSTM的一个计算例子', '循環神經網絡 - 長短期記憶網絡', '当代深度学习模型介绍--长短期记忆网络(LSTMs)', 'NLP之LSTM原理剖析']) {
      expect(within(about).getByText(title)).toHaveAttribute('lang', 'zh');
    }
    expect(about.textContent).toContain('李倩 (Li Qian), 4 May 2018');
    const link = (name: RegExp) => within(about).getByRole('link', { name });
    expect(link(/^Understanding LSTM Networks/)).toHaveAttribute('href', 'https://colah.github.io/posts/2015-08-Understanding-LSTMs/');
    expect(link(/^LSTM: A Search Space Odyssey/)).toHaveAttribute('href', 'https://arxiv.org/abs/1503.04069');
    expect(link(/^Long Short-Term Memory/)).toHaveAttribute('href', 'https://doi.org/10.1162/neco.1997.9.8.1735');
    expect(link(/^Understanding LSTM Networks/)).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link(/^Alice, remembered$/)).toHaveAttribute('href', '?preset=alice-remembered');
  });

  it('speaks Chinese', () => {
    render(
      <LanguageProvider language="zh" onChange={() => {}}>
        <About />
      </LanguageProvider>,
    );
    const about = panel('关于本页与延伸阅读');
    expect(within(about).getByRole('heading', { name: '来源文章' })).toBeInTheDocument();
    // The link keeps the reader's language: a language picked from a link is not remembered.
    expect(within(about).getByRole('link', { name: /^Alice，记住了$/ })).toHaveAttribute('href', '?preset=alice-remembered&lang=zh');
  });
});
