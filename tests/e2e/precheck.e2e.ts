import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hospitalProfileSchema, type HospitalProfile } from '../../src/shared/contracts/profile.js';
import { collectPageErrors, expectAccessible, launchBrowser, newContext } from './support/browser.js';

const baseUrl = inject('baseUrl');
/** A common phone; the guide journeys cover the narrowest (360 px). */
const phone = { width: 390, height: 844 };
/** A directory (e.g. /tmp/precheck-shots) to keep phone screenshots in, to look at; nothing compares them. */
const screenshotDir = process.env.PRECHECK_SCREENSHOTS;

let browser: Browser;
let profile: HospitalProfile;
beforeAll(async () => {
  browser = await launchBrowser();
  // Hospital facts (the phone number) come from the profile, as on the page.
  const response = await fetch(`${baseUrl}/api/v1/profile`);
  profile = hospitalProfileSchema.parse(await response.json());
});
afterAll(() => browser.close());

/** Birth date of someone this many years old today (1 January: the birthday has passed in JST). */
function bornYearsAgo(years: number) {
  const thisYear = Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric' }).format(),
  );
  return { year: thisYear - years, month: 1, day: 1 };
}

type Answers = {
  attendance: '患者さん本人だけ' | '患者さん本人と、家族' | '家族だけ';
  family?: { relationship: string; together: boolean }[];
  birth: { year: number; month: number; day: number };
  consent?: string;
  physician?: boolean;
  materials?: boolean;
  purposes: string[];
  department: string;
  condition: string;
  otherCondition?: string;
  fromJapan?: boolean;
};

async function openPrecheck(): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: phone, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${baseUrl}/precheck`);
  await page.getByRole('heading', { level: 1, name: '申し込めるか確かめる' }).waitFor();
  return { page, context, errors };
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (screenshotDir) await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The question on screen, once it (or the outcome) has replaced `previous`. */
async function currentStep(page: Page, previous: string | null): Promise<string | null> {
  await page.waitForFunction((before) => {
    const question = document.querySelector('[data-testid="question"]');
    if (document.querySelector('[data-testid="precheck-outcome"]')) return true;
    return question !== null && question.getAttribute('data-step') !== before;
  }, previous);
  return page
    .getByTestId('question')
    .getAttribute('data-step', { timeout: 1000 })
    .catch(() => null);
}

/** Every screen: axe clean, nothing wider than the phone, focus on the heading the person arrived at. */
async function checkScreen(page: Page, what: string, focusTestId: string): Promise<void> {
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  expect(focused, what).toBe(focusTestId);
}

const yes = (page: Page) => page.getByRole('radio', { name: /^はい/ }).click();
const yesNo = (page: Page, answer: boolean | undefined) =>
  page.getByRole('radio', { name: answer === false ? /^いいえ/ : /^はい/ }).click();

/** Answers one question the way `answers` says. */
async function answer(page: Page, step: string, answers: Answers): Promise<void> {
  switch (step) {
    case 'attendance':
      return page.getByRole('radio', { name: answers.attendance }).click();
    case 'familyRelationship':
      for (const [index, member] of (answers.family ?? []).entries()) {
        if (index > 0) await page.getByRole('button', { name: '参加する家族をもう1人加える' }).click();
        await page.getByLabel(`${index + 1}人目の家族`).selectOption({ label: member.relationship });
      }
      return;
    case 'familyLivesWith':
      return page.getByRole('radio', { name: answers.family?.[0]?.together ? /^はい/ : /^いいえ/ }).click();
    case 'birthDate':
      await page.getByLabel('生まれた年').selectOption(String(answers.birth.year));
      await page.getByLabel('月', { exact: true }).selectOption(String(answers.birth.month));
      await page.getByLabel('日', { exact: true }).selectOption(String(answers.birth.day));
      return;
    case 'deceased':
    case 'livesInJapan':
    case 'nationality':
    case 'insurance':
      return yes(page);
    case 'consent':
      return page.getByRole('radio', { name: answers.consent ?? '' }).click();
    case 'physician':
      return yesNo(page, answers.physician);
    case 'materials':
      return yesNo(page, answers.materials);
    case 'purposes':
      for (const purpose of answers.purposes) await page.getByRole('checkbox', { name: purpose }).click();
      return;
    case 'department':
      return page.getByRole('radio', { name: answers.department, exact: true }).click();
    case 'condition':
      await page.getByRole('radio', { name: answers.condition }).click();
      if (answers.otherCondition) await page.getByLabel('病気の名前').fill(answers.otherCondition);
      return;
    case 'fromJapan':
      return yesNo(page, answers.fromJapan);
  }
}

/**
 * From the welcome screen through every question the wizard asks (checking each screen), up to the
 * outcome or up to `stopAt`. Returns the questions asked, in order.
 */
async function walk(page: Page, answers: Answers, stopAt?: string): Promise<string[]> {
  await checkScreen(page, 'intro', '');
  await page.getByRole('button', { name: 'はじめる' }).click();
  const asked: string[] = [];
  let step = await currentStep(page, null);
  while (step !== null && step !== stopAt) {
    asked.push(step);
    await checkScreen(page, step, 'question');
    expect(await page.getByTestId('step-indicator').innerText()).toMatch(
      new RegExp(`^質問 ${asked.length} / \\d+$`),
    );
    await answer(page, step, answers);
    if (asked.length === 2) await screenshot(page, `step-${step}`);
    if (step === 'birthDate') await screenshot(page, 'step-birth-date');
    await page.getByRole('button', { name: /^(次へ|結果を見る)$/ }).click();
    step = await currentStep(page, step);
  }
  if (step === null) {
    await page.getByTestId('precheck-outcome').waitFor();
    await checkScreen(page, 'outcome', 'outcome-heading');
  }
  return asked;
}

const documentsOf = (page: Page) =>
  page
    .getByTestId('document-checklist')
    .locator('[data-document]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-document')));

describe('eligibility pre-check on a phone', () => {
  it('R-ELIG-02, R-DOC-03: family alone for a 16-year-old → eligible, insurance-card proof, no consent form', async () => {
    const { page, context, errors } = await openPrecheck();
    const asked = await walk(page, {
      attendance: '家族だけ',
      family: [{ relationship: '父母', together: true }],
      birth: bornYearsAgo(16),
      purposes: ['今の治療について、意見を聞きたい'],
      department: '小児科',
      condition: '小児てんかん',
    });
    // Under 18: nobody is asked for a consent form; the patient is not there, so life is asked about.
    expect(asked).not.toContain('consent');
    expect(asked).toContain('deceased');
    expect(await page.getByTestId('step-indicator').count()).toBe(0);
    expect(await page.getByTestId('precheck-outcome').getAttribute('data-outcome')).toBe('eligible');
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toContain(
      'お申し込みいただけます',
    );
    const documents = await documentsOf(page);
    expect(documents).toContain('RELATIONSHIP_PROOF_INSURANCE_CARD');
    expect(documents).toContain('PROXY_IDENTITY_DOCUMENTS');
    expect(documents).not.toContain('PATIENT_CONSENT_FORM');
    expect(await page.getByTestId('document-checklist').innerText()).toContain('健康保険証');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('R-DOC-02, R-DOC-04: a daughter for her 80-year-old father in geriatrics, living apart, consent signed', async () => {
    const { page, context, errors } = await openPrecheck();
    const birth = bornYearsAgo(80);
    const asked = await walk(page, {
      attendance: '家族だけ',
      family: [{ relationship: '子', together: false }],
      birth,
      consent: 'はい、署名してもらえる',
      purposes: ['今の診断について、意見を聞きたい', 'これからの治療法や、見通しについて意見を聞きたい'],
      department: '老年病科',
      condition: '認知症',
    });
    expect(asked).toContain('consent');
    expect(await page.getByTestId('precheck-outcome').getAttribute('data-outcome')).toBe('eligible');
    const documents = await documentsOf(page);
    for (const code of [
      'PATIENT_CONSENT_FORM',
      'RELATIONSHIP_PROOF_FAMILY_REGISTER',
      'PROXY_IDENTITY_DOCUMENTS',
      'MEDICATION_LIST',
    ]) {
      expect(documents).toContain(code);
    }
    expect(documents).not.toContain('RELATIONSHIP_PROOF_RESIDENT_RECORD');
    // One clear next step, to sign up and come back to the application.
    const signUp = page.getByTestId('sign-up-to-apply');
    expect(await signUp.innerText()).toBe('アカウントを作って申し込む');
    expect(await signUp.getAttribute('href')).toBe('/account/sign-up?next=%2Fapplications%2Fnew');
    expect(await page.getByTestId('precheck-outcome').getByTestId('phone-desk').innerText()).toContain(
      profile.phoneDesk.number,
    );
    await screenshot(page, 'outcome-eligible');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('R-ELIG-04, R-ELIG-07: a refusal shows every reason with what to do next, and leads back to the answer', async () => {
    const { page, context, errors } = await openPrecheck();
    const asked = await walk(page, {
      attendance: '患者さん本人だけ',
      birth: { year: 1951, month: 3, day: 10 },
      physician: false,
      purposes: ['今の治療について、意見を聞きたい', 'この病院に転院したい'],
      department: '循環器内科',
      condition: '心不全',
    });
    // The patient attends alone: no family, life or consent questions.
    expect(asked).not.toContain('familyRelationship');
    expect(asked).not.toContain('deceased');
    expect(asked).toHaveLength(11);
    expect(await page.getByTestId('precheck-outcome').getAttribute('data-outcome')).toBe('ineligible');
    const reasons = page.locator('[data-reason]');
    expect(
      await reasons.evaluateAll((items) => items.map((item) => item.getAttribute('data-reason'))),
    ).toEqual(['WANTS_TRANSFER', 'NO_PRIMARY_PHYSICIAN_CONSENT']);
    const physician = page.locator('[data-reason="NO_PRIMARY_PHYSICIAN_CONSENT"]');
    expect(await physician.getByTestId('reason-advice').innerText()).toContain('まず主治医に');
    // The API's own explanation, in Japanese, sits above the advice.
    expect(await physician.innerText()).toContain('紹介状（診療情報提供書）が必ず必要です');
    const transfer = page.locator('[data-reason="WANTS_TRANSFER"]');
    expect(await transfer.getByTestId('reason-advice').innerText()).toContain(
      '「この病院に転院したい」を外して',
    );
    expect(await page.getByTestId('sign-up-to-apply').count()).toBe(0);
    expect(await page.getByTestId('precheck-outcome').getByTestId('phone-desk').innerText()).toContain(
      profile.phoneDesk.number,
    );
    await screenshot(page, 'outcome-ineligible');

    await physician.getByRole('button', { name: 'この答えを直す' }).click();
    await page.locator('[data-step="physician"]').waitFor();
    expect(await page.getByRole('radio', { name: /^いいえ/ }).getAttribute('aria-checked')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes at the same question after a reload, with every answer kept and nothing in the address', async () => {
    const { page, context, errors } = await openPrecheck();
    await walk(
      page,
      {
        attendance: '患者さん本人と、家族',
        family: [{ relationship: '配偶者', together: true }],
        birth: { year: 1950, month: 4, day: 1 },
        purposes: [],
        department: '',
        condition: '',
      },
      'birthDate',
    );
    const indicator = await page.getByTestId('step-indicator').innerText();
    await page.getByLabel('生まれた年').selectOption('1950');
    await page.getByLabel('月', { exact: true }).selectOption('4');
    expect(await page.getByLabel('生まれた年').locator('option:checked').innerText()).toBe(
      '1950年（昭和25年）',
    );

    await page.reload();
    await page.locator('[data-step="birthDate"]').waitFor();
    expect(await page.getByTestId('step-indicator').innerText()).toBe(indicator);
    expect(await page.getByLabel('生まれた年').inputValue()).toBe('1950');
    expect(await page.getByLabel('月', { exact: true }).inputValue()).toBe('4');
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(
      '/precheck',
    );
    await expectAccessible(page);

    await page.getByLabel('日', { exact: true }).selectOption('1');
    expect(await page.getByTestId('birth-date-summary').innerText()).toContain(
      '昭和25年4月1日（1950年）生まれ',
    );
    // Back never loses an answer.
    await page.getByRole('button', { name: '戻る' }).click();
    await page.locator('[data-step="familyLivesWith"]').waitFor();
    expect(await page.getByRole('radio', { name: /^はい/ }).getAttribute('aria-checked')).toBe('true');
    await page.getByRole('button', { name: '戻る' }).click();
    await page.locator('[data-step="familyRelationship"]').waitFor();
    expect(await page.getByLabel('1人目の家族').inputValue()).toBe('spouse');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '次へ' }).click();
    await page.locator('[data-step="birthDate"]').waitFor();
    expect(await page.getByLabel('日', { exact: true }).inputValue()).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the finished answers on the device for the application (consilium.precheck.v1)', async () => {
    const { page, context, errors } = await openPrecheck();
    await walk(page, {
      attendance: '患者さん本人だけ',
      birth: { year: 1948, month: 11, day: 3 },
      purposes: ['今の診断について、意見を聞きたい'],
      department: '血液・腫瘍内科',
      condition: 'この中にない病気',
      otherCondition: 'アミロイドーシス',
    });
    // An unlisted disease is not refused: the hospital checks (R-ELIG-09).
    expect(await page.getByTestId('precheck-outcome').getAttribute('data-outcome')).toBe('needs_review');
    expect(
      await page.locator('[data-reason="CONDITION_NEEDS_REVIEW"]').getByTestId('reason-advice').innerText(),
    ).toContain('このまま申し込めます');
    const stored = await page.evaluate(() => window.localStorage.getItem('consilium.precheck.v1'));
    const saved = JSON.parse(stored ?? 'null') as { savedAt: string; answers: unknown };
    expect(Date.now() - Date.parse(saved.savedAt)).toBeLessThan(60_000);
    expect(saved.answers).toEqual({
      patient: {
        birthDate: '1948-11-03',
        deceased: false,
        livesInJapan: true,
        japaneseNational: true,
        hasJapaneseHealthInsurance: true,
      },
      attendance: 'patient',
      family: [],
      patientConsent: 'none',
      primaryPhysicianAgrees: true,
      canProvideMaterials: true,
      purposes: ['diagnosis_opinion'],
      department: 'hematology_oncology',
      condition: 'アミロイドーシス',
      consultFromJapan: true,
    });

    // "Start again" forgets everything this device kept.
    await page.getByRole('button', { name: '答えを消して、最初からやり直す' }).click();
    await page.locator('[data-step="attendance"]').waitFor();
    expect(await page.evaluate(() => window.localStorage.getItem('consilium.precheck.v1'))).toBeNull();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is linked from the home page and the eligibility guide, and fits a 360 px phone in English too', async () => {
    const context = await newContext(browser, { viewport: 'phone', locale: 'en' });
    const page = await context.newPage();
    for (const start of ['/', '/guide/eligibility']) {
      await page.goto(`${baseUrl}${start}`);
      await page.getByRole('link', { name: 'Check whether you can apply' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check whether you can apply' }).waitFor();
    }
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('[data-step="attendance"]').waitFor();
    expect(await page.getByTestId('step-indicator').innerText()).toBe('Question 1 / 11');
    // "Next" without an answer: told beside the answers, in English, and nothing moves on.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Please choose one answer.').waitFor();
    expect(await page.getByTestId('question').getAttribute('data-step')).toBe('attendance');
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
