import { render } from 'preact';
import '../../assets/page.css';
import './compare.css';
import { applyUiLang } from '../../components/t';
import { ComparePage } from './ComparePage';

applyUiLang();
render(<ComparePage />, document.getElementById('app')!);
