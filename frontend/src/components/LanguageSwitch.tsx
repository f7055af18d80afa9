import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '@/lib/i18n';

const LABELS: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };
const SHORT: Record<Language, string> = { 'zh-CN': '中文', en: 'EN' };

/** zh-CN / en; the choice is remembered in localStorage. `compact`: short labels (phones). */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const current = (LANGUAGES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : 'zh-CN';
  return (
    <Select<Language>
      aria-label={t('header.language')}
      data-testid="language-switch"
      value={current}
      onChange={(lng) => void changeLanguage(lng)}
      options={LANGUAGES.map((lng) => ({ value: lng, label: LABELS[lng] }))}
      labelRender={({ value }) => (compact ? SHORT[value as Language] : LABELS[value as Language])}
      prefix={compact ? undefined : <GlobalOutlined />}
      variant="borderless"
      style={compact ? undefined : { minWidth: 130 }}
      popupMatchSelectWidth={false}
    />
  );
}
