import { defineMessages } from './define';

/** Save and share: the buttons, and what each action reports back. */
export const share = defineMessages(
  {
    title: 'Save and share',
    hint: 'Your work is saved in this browser as you go.',
    copyLink: 'Copy link',
    exportJson: 'Export JSON',
    importJson: 'Import JSON…',
    importLabel: 'Scenario file to import',
    traceCsv: 'Trace as CSV',
    beltSvg: 'Belt as SVG',
    beltPng: 'Belt as PNG',
    linkCopied: 'Link copied: it opens this exact scenario at this step.',
    copyByHand: 'Copy this link by hand:',
    notLoaded: '“{file}” was not loaded; nothing changed:',
    loaded: 'Loaded “{file}”. Undo goes back to what you had.',
    noDrawing: 'There is no drawing to export: the sentence has no words.',
    pictureFailed: 'The picture could not be made: {reason}.',
    pictureProblems: {
      render: 'the drawing could not be rendered as an image',
      canvas: 'this browser cannot draw images',
      encode: 'the image could not be encoded',
    },
  },
  {
    title: '保存与分享',
    hint: '你的改动会随时保存在这个浏览器里。',
    copyLink: '复制链接',
    exportJson: '导出 JSON',
    importJson: '导入 JSON…',
    importLabel: '要导入的场景文件',
    traceCsv: '导出数值 CSV',
    beltSvg: '导出传送带 SVG',
    beltPng: '导出传送带 PNG',
    linkCopied: '链接已复制：打开它，会看到完全相同的场景和这一步。',
    copyByHand: '请手动复制这个链接：',
    notLoaded: '没有载入“{file}”，一切保持原样：',
    loaded: '已载入“{file}”。撤销可以回到之前的内容。',
    noDrawing: '没有可导出的图：句子里还没有词。',
    pictureFailed: '无法生成图片：{reason}。',
    pictureProblems: {
      render: '无法把图画成图片',
      canvas: '这个浏览器无法绘制图片',
      encode: '无法对图片编码',
    },
  },
);
