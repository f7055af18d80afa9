import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '@/lib/i18n';

const LABELS: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** zh-CN / en; the choice is remembered in localStorage. */
export function LanguageSwitch() {
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
      prefix={<GlobalOutlined />}
      variant="borderless"
      style={{ minWidth: 130 }}
      popupMatchSelectWidth={false}
    />
  );
}
