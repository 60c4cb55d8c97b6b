// The popup's entry. Its first import asks for the comparison (when it opens on an entity) and the
// UI-language setting before the UI's modules are evaluated, so the background works while they start.
import { uiLangReady } from './prefetch-first';
import { render } from 'preact';
import '../../assets/page.css';
import './popup.css';
import { applyUiLang } from '../../components/t';
import { Popup } from './Popup';

void uiLangReady.then(() => {
  applyUiLang();
  render(<Popup />, document.getElementById('app')!);
});
