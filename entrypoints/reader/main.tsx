import { render } from 'preact';
import '../../assets/page.css';
import { applyUiLang } from '../../components/t';
import { Reader, readerParams } from './Reader';

applyUiLang();
render(
  <main class="reader">
    <Reader params={readerParams(location.search)} />
  </main>,
  document.getElementById('app')!,
);
