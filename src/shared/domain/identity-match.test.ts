import { describe, expect, it } from 'vitest';
import { matchDicomIdentity, type DicomIdentity, type NameGroup } from './identity-match.js';

const application = { nameKanji: '山田 太郎', nameKana: 'ヤマダ タロウ', birthDate: '1960-04-01' };

const group = (text: string): NameGroup => {
  const [family = '', given = ''] = text.split('^');
  return { family, given };
};

function dicom(
  names: { alphabetic?: string; ideographic?: string; phonetic?: string },
  birthDate: string | null = '1960-04-01',
): DicomIdentity {
  return {
    name: {
      alphabetic: names.alphabetic ? group(names.alphabetic) : null,
      ideographic: names.ideographic ? group(names.ideographic) : null,
      phonetic: names.phonetic ? group(names.phonetic) : null,
    },
    birthDate,
  };
}

describe('matchDicomIdentity', () => {
  it('matches Yamada^Tarou=山田^太郎=やまだ^たろう with the same birth date', () => {
    const result = matchDicomIdentity(
      application,
      dicom({ alphabetic: 'Yamada^Tarou', ideographic: '山田^太郎', phonetic: 'やまだ^たろう' }),
    );
    expect(result).toEqual({ status: 'match', reasons: [] });
  });

  it('matches on the kanji alone or on the kana alone', () => {
    expect(matchDicomIdentity(application, dicom({ ideographic: '山田^太郎' })).status).toBe('match');
    expect(matchDicomIdentity(application, dicom({ phonetic: 'ﾔﾏﾀﾞ^ﾀﾛｳ' })).status).toBe('match');
  });

  it('asks a coordinator when the kana agree but the kanji differ by an old form (旧字体 are not normalised)', () => {
    const app = { ...application, nameKanji: '髙橋 一郎', nameKana: 'タカハシ イチロウ' };
    expect(
      matchDicomIdentity(app, dicom({ ideographic: '高橋^一郎', phonetic: 'たかはし^いちろう' })),
    ).toEqual({
      status: 'unknown',
      reasons: ['name_partly_differs'],
    });
    expect(matchDicomIdentity(app, dicom({ ideographic: '高橋^一郎' }))).toEqual({
      status: 'mismatch',
      reasons: ['name_mismatch'],
    });
  });

  it('reads a single group in Japanese script where the alphabetic group goes (common on Japanese CDs)', () => {
    expect(matchDicomIdentity(application, dicom({ alphabetic: 'やまだ^たろう' })).status).toBe('match');
    expect(matchDicomIdentity(application, dicom({ alphabetic: '山田^太郎' })).status).toBe('match');
    expect(matchDicomIdentity(application, dicom({ alphabetic: '佐藤^花子' })).reasons).toEqual([
      'name_mismatch',
    ]);
  });

  it('flags another person’s name', () => {
    expect(
      matchDicomIdentity(application, dicom({ ideographic: '佐藤^花子', phonetic: 'さとう^はなこ' })),
    ).toEqual({
      status: 'mismatch',
      reasons: ['name_mismatch'],
    });
  });

  it('flags a different birth date, also in DICOM DA form', () => {
    expect(matchDicomIdentity(application, dicom({ ideographic: '山田^太郎' }, '1960-04-02'))).toEqual({
      status: 'mismatch',
      reasons: ['birth_date_mismatch'],
    });
    expect(matchDicomIdentity(application, dicom({ ideographic: '山田^太郎' }, '19600401')).status).toBe(
      'match',
    );
  });

  it('cannot compare a romaji-only name: name missing, so unknown rather than match', () => {
    expect(matchDicomIdentity(application, dicom({ alphabetic: 'Yamada^Tarou' }))).toEqual({
      status: 'unknown',
      reasons: ['name_missing'],
    });
  });

  it('is unknown when DICOM has neither a Japanese name nor a birth date', () => {
    expect(matchDicomIdentity(application, dicom({}, null))).toEqual({
      status: 'unknown',
      reasons: ['name_missing', 'birth_date_missing'],
    });
  });

  it('is unknown, not a match, when the birth date is missing', () => {
    expect(matchDicomIdentity(application, dicom({ ideographic: '山田^太郎' }, null))).toEqual({
      status: 'unknown',
      reasons: ['birth_date_missing'],
    });
  });

  it('a disagreement wins over a missing part', () => {
    expect(matchDicomIdentity(application, dicom({ alphabetic: 'Yamada^Tarou' }, '1970-01-01'))).toEqual({
      status: 'mismatch',
      reasons: ['name_missing', 'birth_date_mismatch'],
    });
  });
});

describe('names that agree only in part', () => {
  it('asks a person to look when the reading agrees but the kanji differ (伊藤 / 伊東)', () => {
    const result = matchDicomIdentity(
      { nameKanji: '伊藤 花子', nameKana: 'いとう はなこ', birthDate: '1950-04-01' },
      {
        name: {
          alphabetic: null,
          ideographic: { family: '伊東', given: '花子' },
          phonetic: { family: 'いとう', given: 'はなこ' },
        },
        birthDate: '19500401',
      },
    );
    expect(result).toEqual({ status: 'unknown', reasons: ['name_partly_differs'] });
  });
});
