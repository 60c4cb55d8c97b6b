import { render } from 'preact';
import '../../assets/page.css';
import './reader.css';
import { markRules } from '../../components/mark-palette';
import { applyUiLang, initUiLang } from '../../components/t';
import { Reader, readerParams } from './Reader';
import { MARK_TAG } from './ReaderText';

// The page marks' own rules, so an entity looks the same here as on the pages the user reads.
const marks = document.createElement('style');
marks.textContent = markRules(MARK_TAG);
document.head.append(marks);
void initUiLang().then(() => {
  applyUiLang();
  render(
    <main class="reader">
      <Reader params={readerParams(location.search)} />
    </main>,
    document.getElementById('app')!,
  );
});
