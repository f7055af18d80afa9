import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import updateLocale from 'dayjs/plugin/updateLocale';

// Weeks start on Monday in both languages, as the metrics count ISO weeks (docs/metrics.md);
// dayjs's English starts them on Sunday. antd's date pickers read the week start and the month
// and day names from these dayjs locales.
dayjs.extend(updateLocale);
dayjs.updateLocale('en', { weekStart: 1 });
dayjs.updateLocale('zh-cn', { weekStart: 1 });

/** The dayjs locale of a UI language. */
export function dayjsLocale(language: string): 'en' | 'zh-cn' {
  return language === 'en' ? 'en' : 'zh-cn';
}

