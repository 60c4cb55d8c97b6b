import { render } from 'preact';
import '../../assets/page.css';
import './popup.css';
import { applyUiLang } from '../../components/t';
import { Popup } from './Popup';

applyUiLang();
render(<Popup />, document.getElementById('app')!);
