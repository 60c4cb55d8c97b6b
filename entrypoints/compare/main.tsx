import { render } from 'preact';
import '../../assets/page.css';
import './compare.css';
import { applyUiLang, initUiLang } from '../../components/t';
import { ComparePage } from './ComparePage';

void initUiLang().then(() => {
  applyUiLang();
  render(<ComparePage />, document.getElementById('app')!);
});
