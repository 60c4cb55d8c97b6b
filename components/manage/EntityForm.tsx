// Adding an entity: type, names and descriptions in English and Arabic, other aliases one a line.
import { useState } from 'preact/hooks';
import type { Entity, EntityType } from '../../lib/types';
import { STRINGS, type UiLang } from '../i18n';
import { MANAGE_STRINGS } from '../i18n-manage';
import { entityFromForm, type EntityFormValues } from './entity-helpers';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'event'];
const EMPTY: EntityFormValues = {
  type: 'person',
  nameEn: '',
  nameAr: '',
  descEn: '',
  descAr: '',
  aliases: '',
};

export function EntityForm({
  lang,
  busy,
  onAdd,
}: {
  lang: UiLang;
  busy: boolean;
  onAdd: (e: Entity) => Promise<boolean>;
}) {
  const m = MANAGE_STRINGS[lang];
  const [v, setV] = useState<EntityFormValues>(EMPTY);
  const [problem, setProblem] = useState(false);
  const text = (
    field: Exclude<keyof EntityFormValues, 'type'>,
    label: string,
    dir: 'ltr' | 'rtl',
    long = false,
  ) => (
    <label class="field" for={`new-entity-${field}`}>
      <span>{label}</span>
      {long ? (
        <textarea
          id={`new-entity-${field}`}
          name={`entity-${field}`}
          dir={dir === 'rtl' ? 'rtl' : 'auto'}
          lang={dir === 'rtl' ? 'ar' : undefined}
          rows={3}
          value={v[field]}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setV((old) => ({ ...old, [field]: value }));
          }}
        />
      ) : (
        <input
          id={`new-entity-${field}`}
          name={`entity-${field}`}
          dir={dir}
          lang={dir === 'rtl' ? 'ar' : 'en'}
          value={v[field]}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setV((old) => ({ ...old, [field]: value }));
          }}
        />
      )}
    </label>
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    const entity = entityFromForm(v, Date.now());
    setProblem(entity === null);
    if (entity && (await onAdd(entity))) setV(EMPTY);
  };
  return (
    <form class="entity-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-entity-heading">
      <h3 id="new-entity-heading">{m.addEntityHeading}</h3>
      <div class="field-grid">
        <label class="field" for="new-entity-type">
          <span>{m.typeField}</span>
          <select
            id="new-entity-type"
            name="entity-type"
            value={v.type}
            onChange={(e) => {
              const type = e.currentTarget.value as EntityType;
              setV((old) => ({ ...old, type }));
            }}
          >
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {STRINGS[lang].type[t]}
              </option>
            ))}
          </select>
        </label>
        {text('nameEn', m.nameEn, 'ltr')}
        {text('nameAr', m.nameAr, 'rtl')}
        {text('descEn', m.descEn, 'ltr', true)}
        {text('descAr', m.descAr, 'rtl', true)}
        {text('aliases', m.aliasesField, 'ltr', true)}
      </div>
      {problem && (
        <p class="error" role="alert">
          {m.needName}
        </p>
      )}
      <button type="submit" data-action="add-entity" disabled={busy}>
        {m.addEntity}
      </button>
    </form>
  );
}
