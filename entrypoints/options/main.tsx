import { render } from 'preact';
import '../../assets/page.css';
import { CorpusSection } from '../../components/CorpusSection';
import { applyUiLang, ui } from '../../components/t';

function Options() {
  return (
    <main class="options">
      <h1>{ui().optionsHeading}</h1>
      <CorpusSection detailed />
    </main>
  );
}

applyUiLang();
render(<Options />, document.getElementById('app')!);
